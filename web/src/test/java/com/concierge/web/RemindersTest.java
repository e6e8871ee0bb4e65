package com.concierge.web;

import static com.concierge.web.support.Shop.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.replenishment.ReplenishmentInterval;
import com.concierge.kernel.events.Outbox;
import com.concierge.postpurchase.api.Reminders;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Replenishment reminders through the HTTP API and the job (docs/postpurchase.md#replenishment): a
 * consumable of a delivered order may have one, due the delivery day plus its interval; the job
 * sends each once, even run at the same time twice; the e-mail carries a reorder link that shows
 * today's price. (Two store processes on one PostgreSQL: ReminderClusterIT.)
 */
@QuarkusTest
class RemindersTest {

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    @Inject
    Reminders reminders;

    @Inject
    Outbox outbox;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    private static String staff() {
        return Keycloak.accessToken("merchandiser");
    }

    @Test
    void aConsumableOfADeliveredOrderIsRemindedOnceWithALinkToReorderIt() throws Exception {
        Shop.Returnable store = Shop.Returnable.stock(catalog, inventory);
        UUID jar = inventory.sellable(store.jar()).orElseThrow().product();
        String interval = "jars-" + store.category().substring(store.category().length() - 8);
        as(staff()).body(Map.of("products", List.of(jar.toString()), "days", 30, "advice", "Replace the jar before it clouds."))
                .put("/api/admin/replenishment/" + interval).then().statusCode(200).body("days", org.hamcrest.Matchers.equalTo(30));
        as(staff()).body(Map.of("categories", List.of("toasters"), "days", 30, "advice", "x")).put("/api/admin/replenishment/bad-" + interval)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("no category 'toasters'"));

        String shopper = Keycloak.accessToken("shopper");
        JsonPath order = store.buy(shopper);
        String id = order.getString("id");
        JsonPath before = as(shopper).get("/api/orders/" + id + "/reminders").then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("sku", String.class)).as("only the consumable").containsExactly(store.jar());
        assertThat(before.getBoolean("[0].available")).isFalse();
        assertThat(before.getString("[0].why")).isEqualTo("once the order is delivered");
        as(shopper).body(Map.of("sku", store.jar())).post("/api/orders/" + id + "/reminders").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("is not delivered yet"));

        as(staff()).post("/api/admin/orders/" + id + "/fulfil").then().statusCode(200);
        backdate(id, 45);
        LocalDate delivered = LocalDate.now(ZoneOffset.UTC).minusDays(40);
        as(staff()).queryParam("deliveredAt", delivered.toString()).post("/api/admin/orders/" + id + "/deliver").then().statusCode(200);

        as(shopper).body(Map.of("sku", store.blender())).post("/api/orders/" + id + "/reminders").then().statusCode(400)
                .body("detail", containsString("not a consumable"));
        as(Keycloak.accessToken("shopper2")).body(Map.of("sku", store.jar())).post("/api/orders/" + id + "/reminders").then().statusCode(404);
        JsonPath reminder = as(shopper).body(Map.of("sku", store.jar())).post("/api/orders/" + id + "/reminders").then().statusCode(200)
                .extract().jsonPath();
        String reminderId = reminder.getString("id");
        assertThat(reminder.getString("status")).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(reminder.getString("dueAt"))).isEqualTo(delivered.atTime(12, 0).toInstant(ZoneOffset.UTC).plus(30, ChronoUnit.DAYS));
        assertThat(as(shopper).body(Map.of("sku", store.jar())).post("/api/orders/" + id + "/reminders").then().statusCode(200).extract()
                .path("id").toString()).as("asked again: the same reminder").isEqualTo(reminderId);

        // the job on two instances at once: one claims the reminder, the other finds it sent
        mailbox.clear();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> job = () -> reminders.sendDue(Instant.now());
            List<Future<Integer>> runs = two.invokeAll(List.of(job, job));
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).isGreaterThanOrEqualTo(1);
        } finally {
            two.shutdown();
        }
        assertThat(reminders.sendDue(Instant.now())).as("nothing left due").isZero();
        outbox.deliverPending();
        List<Mail> mails = mailbox.getMailsSentTo("buyer@example.com").stream().filter(m -> m.getText().contains(reminderId)).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("time to replace your");
        assertThat(mails.get(0).getText()).contains("Replace the jar before it clouds.").contains("/reorder/" + reminderId);
        assertThat(mailsOf(reminderId)).isEqualTo(1);
        assertThat(outboxRows(reminderId)).as("one ReminderSent").isEqualTo(1);

        JsonPath after = as(shopper).get("/api/orders/" + id + "/reminders").then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("[0].reminder.status")).isEqualTo("SENT");
        as(shopper).delete("/api/reminders/" + reminderId).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("SENT"));

        io.restassured.RestAssured.given().accept("text/html").get("/reorder/" + reminderId).then().statusCode(200)
                .body(containsString("Reorder " + order.getString("lines.find { it.sku == '" + store.jar() + "' }.title")))
                .body(containsString("$25.00")).body(containsString("name=\"sku\" value=\"" + store.jar() + "\""));
        io.restassured.RestAssured.given().accept("text/html").get("/reorder/" + UUID.randomUUID()).then().statusCode(404);

        as(staff()).delete("/api/admin/replenishment/" + interval).then().statusCode(204);
    }

    @Test
    void aCancelledReminderIsNotSentAndCanBeAskedForAgain() throws Exception {
        Shop.Returnable store = Shop.Returnable.stock(catalog, inventory);
        UUID jar = inventory.sellable(store.jar()).orElseThrow().product();
        catalog.putReplenishment(new ReplenishmentInterval("cancel-" + store.category().substring(store.category().length() - 8), Set.of(jar),
                Set.of(), 10, "Replace the jar."));
        String id = store.buy(null).getString("id");
        as(staff()).post("/api/admin/orders/" + id + "/fulfil").then().statusCode(200);
        backdate(id, 30);
        as(staff()).queryParam("deliveredAt", LocalDate.now(ZoneOffset.UTC).minusDays(20).toString()).post("/api/admin/orders/" + id + "/deliver")
                .then().statusCode(200);
        // the order page: the consumable with its button; a line that is none cannot have one
        StorefrontPagesTest.Visit visit = StorefrontPagesTest.Visit.to("/orders/" + id);
        visit.browse().get("/orders/" + id).then().statusCode(200).body(containsString("Reminders to reorder"))
                .body(containsString("every 10 days. Replace the jar.")).body(containsString("Remind me in 10 days"));
        visit.post().formParam("sku", store.blender()).post("/orders/" + id + "/reminders").then().statusCode(422)
                .body(containsString("is not a consumable with a replacement interval"));
        visit.post().formParam("sku", store.jar()).post("/orders/" + id + "/reminders").then().statusCode(303);
        visit.browse().get("/orders/" + id).then().statusCode(200).body(containsString("We will e-mail you on"))
                .body(containsString("Cancel the reminder"));
        String reminder = as(null).get("/api/orders/" + id + "/reminders").then().statusCode(200).extract().path("[0].reminder.id");
        visit.post().post("/orders/" + id + "/reminders/" + reminder + "/cancel").then().statusCode(303);
        as(null).get("/api/orders/" + id + "/reminders").then().statusCode(200).body("[0].reminder.status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        reminders.sendDue(Instant.now());
        assertThat(outboxRows(reminder)).isZero();
        as(null).body(Map.of("sku", store.jar())).post("/api/orders/" + id + "/reminders").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SCHEDULED")).body("id", org.hamcrest.Matchers.equalTo(reminder));
        reminders.sendDue(Instant.now());
        assertThat(outboxRows(reminder)).isEqualTo(1);
    }

    private void backdate(String order, int days) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE checkout_order SET placed_at = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
            update.setObject(2, UUID.fromString(order));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private int mailsOf(String reminder) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT mails FROM postpurchase_reminder WHERE id = ?")) {
            query.setObject(1, UUID.fromString(reminder));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getInt(1);
            }
        }
    }

    private int outboxRows(String reminder) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM kernel_outbox WHERE event_type LIKE ? AND payload LIKE ?")) {
            query.setString(1, "%ReminderSent");
            query.setString(2, "%" + reminder + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
