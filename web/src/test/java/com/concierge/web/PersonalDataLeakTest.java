package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.kernel.events.Outbox;
import com.concierge.kernel.privacy.PlantedPersonalData;
import com.concierge.kernel.privacy.PlantedPersonalData.Planted;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Personal data in a shopper's message never gets past the assistant's door (docs/privacy.md): e-mail
 * addresses in their written forms, phone, card numbers and street addresses, generated and planted
 * at random places in shopper messages (the kernel's {@link PlantedPersonalData}, whose property test
 * covers the redaction itself), sent through the real pipeline by guests and a signed-in shopper,
 * then looked for everywhere the store writes: the turn as answered, the conversation, every stored
 * turn and receipt, the outbox payloads, the measurement event log and intent records, the
 * merchandiser's export, the shopper's history, the ops event API and every log line.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class PersonalDataLeakTest {

    private static final int MESSAGES = 60;
    /** A fixed sample, so a failure here is the same failure next time; the kernel's property test draws new ones every run. */
    private static final long SEED = 20261202L;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entities;

    @Test
    void plantedPersonalDataIsFoundNowhere() {
        List<Planted> planted = PlantedPersonalData.planted(MESSAGES, SEED);
        String shopper = Keycloak.accessToken("shopper");
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + (record.getParameters() == null ? "" : List.of(record.getParameters())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<String> seen = new ArrayList<>();
        try {
            String shoppersConversation = given().auth().oauth2(shopper).post("/api/assistant/conversations").then().statusCode(201)
                    .extract().path("id");
            for (int i = 0; i < planted.size(); i++) {
                String message = planted.get(i).message();
                if (i % 2 == 0) {
                    String conversation = Talk.start();
                    seen.add(Talk.as(conversation).contentType(ContentType.JSON).body(Map.of("text", message))
                            .post("/api/assistant/conversations/" + conversation + "/messages").then().statusCode(200).extract().asString());
                    seen.add(Talk.as(conversation).get("/api/assistant/conversations/" + conversation).then().statusCode(200).extract().asString());
                } else {
                    seen.add(given().auth().oauth2(shopper).contentType(ContentType.JSON).body(Map.of("text", message))
                            .post("/api/assistant/conversations/" + shoppersConversation + "/messages").then().statusCode(200).extract().asString());
                }
            }
            outbox.deliverPending();
            String merchandiser = Keycloak.accessToken("merchandiser");
            seen.add(given().auth().oauth2(Keycloak.accessToken("ops")).queryParam("limit", 4 * MESSAGES).get("/api/ops/events")
                    .then().statusCode(200).extract().asString());
            seen.add(given().auth().oauth2(merchandiser).queryParam("format", "csv").get("/api/admin/intents/export").then().statusCode(200)
                    .extract().asString());
            seen.add(given().auth().oauth2(merchandiser).queryParam("format", "jsonl").get("/api/admin/intents/export").then().statusCode(200)
                    .extract().asString());
            seen.add(given().auth().oauth2(merchandiser).get("/api/admin/intents/analytics").then().statusCode(200).extract().asString());
            seen.add(given().auth().oauth2(shopper).get("/api/me/history").then().statusCode(200).extract().asString());
            seen.addAll(storedText());
        } finally {
            root.removeHandler(capture);
        }
        seen.addAll(logged);

        String everything = String.join("\n", seen);
        assertThat(everything).as("the pipeline answered and stored what it read").contains("[phone]").contains("[email]");
        for (Planted p : planted) {
            assertThat(PlantedPersonalData.tracesIn(everything, p)).as("traces of %s (in \"%s\")", p.data(), p.message()).isEmpty();
        }
    }

    /** Every text column the assistant, the outbox and measurement wrote. */
    @SuppressWarnings("unchecked")
    private List<String> storedText() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> rows = new ArrayList<>();
            for (String query : List.of(
                    "SELECT state FROM assistant_conversation",
                    "SELECT message || ' ' || reply FROM assistant_turn",
                    "SELECT body FROM assistant_receipt",
                    "SELECT payload FROM kernel_outbox",
                    "SELECT payload FROM measurement_event_log",
                    "SELECT COALESCE(text, '') || ' ' || COALESCE(uncovered_words, '') || ' ' || COALESCE(constraint_words, '') FROM measurement_turn")) {
                entities.createNativeQuery(query).getResultList().forEach(row -> rows.add(String.valueOf(row)));
            }
            return rows;
        });
    }
}
