package com.concierge.web;

import static com.concierge.web.OrderCrashIT.admin;
import static com.concierge.web.OrderCrashIT.field;
import static com.concierge.web.OrderCrashIT.orderBody;
import static com.concierge.web.OrderCrashIT.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.PackagedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 28's "the reminder job sends once with two store instances running against one
 * PostgreSQL": two packaged stores on the same database, each running the reminder job every
 * second, and twelve reminders due. Each reminder is claimed once (one ReminderSent in the
 * outbox) and mailed once. Runs in CI's PostgreSQL run (.ci/run); an embedded H2 cannot be shared by
 * two processes, so the H2 run skips it.
 */
class ReminderClusterIT {

    private static final Path DATA = Path.of("target/reminder-cluster").toAbsolutePath();
    private static final int REMINDERS = 12;

    @AfterAll
    static void stopStores() {
        PackagedStore.stopAll();
    }

    @Test
    void twoStoresOnOneDatabaseSendEachReminderOnce() throws Exception {
        Assumptions.assumeTrue(PackagedStore.database().equals("postgresql"), "two store processes need a shared PostgreSQL");
        PackagedStore.deleteRecursively(DATA);
        Files.createDirectories(DATA);
        List<String> settings = PackagedStore.settings(DATA, "-Dcc.postpurchase.reminder-every=1s", "-Dcc.postpurchase.reminder-delay=1s");
        PackagedStore one = PackagedStore.start(settings, PackagedStore.freePort(), DATA.resolve("store-1.log"));
        PackagedStore two = PackagedStore.start(settings, PackagedStore.freePort(), DATA.resolve("store-2.log"));

        String run = UUID.randomUUID().toString().substring(0, 8);
        String base = one.base();
        OrderCrashIT.stock(base, run);
        String staff = "Bearer " + Keycloak.accessToken("merchandiser");
        admin(base, staff, "PUT", "/api/admin/replenishment/cluster-" + run, "application/json",
                "{\"products\": [\"crash-kettle-" + run + "\"], \"days\": 30, \"advice\": \"Descale the kettle.\"}");
        String token = field(send(base, "POST", "/api/test-payments/tokens",
                "{\"number\":\"4242424242424242\",\"expMonth\":12,\"expYear\":2040,\"cvc\":\"123\"}", null).body(), "token");
        String delivered = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();
        List<String> reminders = new ArrayList<>();
        try (Connection db = OrderCrashIT.connect()) {
            for (int i = 0; i < REMINDERS; i++) {
                // orders alternate between the two stores, as a load balancer would send them
                String store = i % 2 == 0 ? one.base() : two.base();
                String order = field(send(store, "POST", "/api/orders", orderBody(store, "CRASH-K-" + run, token, "cluster-" + run + "@example.com"),
                        UUID.randomUUID().toString()).body(), "id");
                placedDaysAgo(db, order, 45);
                admin(store, staff, "POST", "/api/admin/orders/" + order + "/fulfil", null, null);
                admin(store, staff, "POST", "/api/admin/orders/" + order + "/deliver?deliveredAt=" + delivered, null, null);
                var asked = send(store, "POST", "/api/orders/" + order + "/reminders", "{\"sku\": \"CRASH-K-" + run + "\"}", null);
                assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
                reminders.add(field(asked.body(), "id"));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && mailed(db, reminders) < REMINDERS) {
                Thread.sleep(500);
            }
            Thread.sleep(3_000); // both jobs and both outbox relays run a few more times: nothing may go twice
            for (String reminder : reminders) {
                assertThat(count(db, "SELECT COUNT(*) FROM kernel_outbox WHERE event_type LIKE '%ReminderSent' AND payload LIKE ?", "%" + reminder + "%"))
                        .as("ReminderSent of %s", reminder).isEqualTo(1);
                assertThat(count(db, "SELECT mails FROM postpurchase_reminder WHERE id = CAST(? AS UUID) AND status = 'SENT'", reminder))
                        .as("e-mails of %s", reminder).isEqualTo(1);
            }
        }
        String logs = Files.readString(DATA.resolve("store-1.log")) + Files.readString(DATA.resolve("store-2.log"));
        assertThat(logs).as("the stores sent the reminders").contains("replenishment reminder(s)");
    }

    private static void placedDaysAgo(Connection db, String order, int days) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE checkout_order SET placed_at = ? WHERE id = CAST(? AS UUID)")) {
            update.setObject(1, java.time.OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
            update.setString(2, order);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static int mailed(Connection db, List<String> reminders) throws Exception {
        int mailed = 0;
        for (String reminder : reminders) {
            mailed += count(db, "SELECT mails FROM postpurchase_reminder WHERE id = CAST(? AS UUID)", reminder) > 0 ? 1 : 0;
        }
        return mailed;
    }

    private static int count(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }
}
