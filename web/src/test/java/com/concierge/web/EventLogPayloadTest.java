package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.web.support.Keycloak;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the bulk intake keeps in the event log: an event's JSON exactly as it came when it holds
 * only the event's fields, and otherwise the event as read, so neither a field the event does not
 * have nor an unredacted word reaches the log.
 */
@QuarkusTest
class EventLogPayloadTest {

    private static final Instant AT = LocalDate.now(ZoneOffset.UTC).minusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS);

    @Inject
    ObjectMapper json;

    @Test
    void theLogKeepsTheTextAsItCameOnlyWhenItIsJustTheEvent() throws Exception {
        UUID conversation = UUID.randomUUID();
        ShopperInteracted asItCame = new ShopperInteracted(UUID.randomUUID(), AT, conversation, ShopperInteracted.Kind.CARD_CLICKED,
                List.of(UUID.randomUUID()));
        String spaced = json.writeValueAsString(asItCame).replace(",\"", ", \"").replace("\":", "\": ");
        ShopperInteracted withExtra = new ShopperInteracted(UUID.randomUUID(), AT, conversation, ShopperInteracted.Kind.COMPARE_USED, List.of());
        String extra = json.writeValueAsString(withExtra).replaceFirst("\\{", "{\"note\":\"call me on (555) 123-4567\",");
        AssistantTurnTaken mailed = turn(conversation, 1, "a quiet blender, mail me at jane.doe@example.com");
        AssistantTurnTaken twice = turn(conversation, 2, "quiet please");
        String twiceText = json.writeValueAsString(twice).replace("\"text\":\"quiet please\"",
                "\"text\":\"write to jane.doe@example.com\",\"text\":\"quiet please\"");

        JsonPath report = ingest(List.of(line("ShopperInteracted", spaced), line("ShopperInteracted", extra),
                line("AssistantTurnTaken", json.writeValueAsString(mailed)), line("AssistantTurnTaken", twiceText)));
        assertThat(report.getLong("recorded")).isEqualTo(3);
        assertThat(report.getLong("rejected")).as("a field given twice: which one was meant cannot be told, so the line is refused")
                .isEqualTo(1);
        assertThat(report.getLong("rejections[0].line")).isEqualTo(4);
        assertThat(report.getString("rejections[0].error")).contains("text");

        Map<UUID, String> logged = logged();
        assertThat(logged.get(asItCame.eventId())).as("the event's own fields only: kept byte for byte").isEqualTo(spaced);
        assertThat(logged.get(withExtra.eventId())).as("a field the event does not have is not logged")
                .doesNotContain("note", "123-4567") /* not "555": a random event id may hold it */.isEqualTo(json.writeValueAsString(withExtra));
        assertThat(logged.get(mailed.eventId())).contains("mail me at [email]").doesNotContain("jane.doe");
        assertThat(logged).as("the refused line is not logged").doesNotContainKey(twice.eventId());
    }

    private JsonPath ingest(List<String> lines) {
        return given().auth().oauth2(Keycloak.accessToken("ops")).contentType("application/x-ndjson")
                .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).post("/api/ops/events").then().statusCode(200)
                .extract().jsonPath();
    }

    private Map<UUID, String> logged() {
        List<Map<String, Object>> events = given().auth().oauth2(Keycloak.accessToken("ops")).queryParam("limit", 500)
                .get("/api/ops/events").then().statusCode(200).extract().jsonPath().getList("$");
        return events.stream().collect(java.util.stream.Collectors.toMap(e -> UUID.fromString((String) e.get("eventId")),
                e -> (String) e.get("payload"), (a, b) -> a));
    }

    private static String line(String type, String payload) {
        return "{\"eventType\":\"" + type + "\",\"payload\":" + payload + "}";
    }

    private static AssistantTurnTaken turn(UUID conversation, int number, String text) {
        return new AssistantTurnTaken(UUID.randomUUID(), AT.plusSeconds(number), conversation, number, "SHOP", List.of("category"),
                List.of(), List.of(), 0, null, null, text, "blenders", List.of(), List.of("quiet"), List.of());
    }
}
