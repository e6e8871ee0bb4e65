package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conversations with the assistant on the demo store, through the API, against the real OpenSearch. */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class AssistantConversationTest {

    /** Its own profile: other demo-store tests add thousands of blenders, which would move "quiet". */
    public static class DemoStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cc.demo.load-if-empty", "true");
        }
    }

    static String start() {
        return Talk.start();
    }

    static JsonPath say(String conversation, String text) {
        return Talk.say(conversation, text);
    }

    /**
     * The assistant is the front door: with OpenSearch gone it still answers, from the database, and
     * every pick still meets the shopper's hard limit; the reply says search is briefly unavailable.
     */
    @Test
    void whileSearchIsDownTheAssistantAnswersFromTheDatabaseWithinTheLimits() {
        com.concierge.web.support.CuttableProxy search = com.concierge.web.support.RealServices.openSearchProxy();
        String c = start();
        search.cut();
        try {
            JsonPath turn = say(c, "a blender under $100");

            assertThat(turn.getString("reply")).contains("Search is briefly unavailable");
            List<Map<String, Object>> recs = turn.getList("recommendations");
            assertThat(recs).isNotEmpty();
            for (int i = 0; i < recs.size(); i++) {
                assertThat(turn.getLong("recommendations[" + i + "].price.minorUnits")).isLessThanOrEqualTo(10_000L);
                String product = turn.getString("recommendations[" + i + "].product");
                assertThat(given().get("/api/products/" + product).then().statusCode(200).extract().<String>path("product.category"))
                        .isEqualTo("blenders");
            }
        } finally {
            search.restore();
        }
    }

    @Test
    void aQuietBlenderForSmoothiesUnder150() {
        String c = start();
        JsonPath turn = say(c, "a quiet blender for smoothies, easy to clean, under $150");
        assertThat(turn.getString("intent")).isEqualTo("SHOP");
        assertThat(turn.getList("constraints.id", String.class)).contains("price", "reason.quiet", "reason.easy_to_clean", "use.smoothie");
        assertThat(turn.getString("constraints.find { it.id == 'price' }.max")).isEqualTo("150");
        assertThat(turn.getBoolean("constraints.find { it.id == 'price' }.hard")).isTrue();
        assertThat(turn.getBoolean("constraints.find { it.id == 'reason.quiet' }.hard")).isFalse();
        List<Map<String, Object>> recs = turn.getList("recommendations");
        assertThat(recs).isNotEmpty();
        for (int i = 0; i < recs.size(); i++) {
            assertThat(new BigDecimal(turn.getString("recommendations[" + i + "].price.minorUnits"))).isLessThanOrEqualTo(new BigDecimal(15000));
            String receipt = turn.getString("recommendations[" + i + "].receipt.id");
            JsonPath stored = Talk.as(c).get("/api/assistant/receipts/" + receipt).then().statusCode(200).extract().jsonPath();
            assertThat(stored.getString("product")).isEqualTo(turn.getString("recommendations[" + i + "].product"));
            assertThat(stored.getList("meets.constraint", String.class)).contains("price", "stock");
            assertThat(stored.getList("optimizedFor", String.class)).contains("prefer quiet");
            AssistantScenarioTest.assertEvidenceResolves(stored,
                    given().get("/api/products/" + stored.getString("product")).then().statusCode(200).extract().jsonPath());
        }
        assertThat(turn.getString("reply")).contains("Top pick").contains(turn.getString("recommendations[0].title"));
    }

    /**
     * "quiet" ranks by the measured noise, not by the reason-code tag: the top pick is the quietest
     * in-stock blender under the cap, and each card's tradeoffs say how loud it is against the others.
     */
    @Test
    void aQuietRequestPutsTheLowestNoiseThatFitsFirstAndTheTradeoffsNameIt() {
        String c = start();
        JsonPath turn = say(c, "a quiet blender under $150");
        BigDecimal quietest = inStockBlendersUnder150().stream()
                .map(h -> ((Map<?, ?>) h.get("attributes")).get("noise")).filter(java.util.Objects::nonNull)
                .map(n -> new BigDecimal(n.toString())).min(BigDecimal::compareTo).orElseThrow();
        String top = turn.getString("recommendations[0].product");
        Object noise = given().get("/api/products/" + top).then().statusCode(200).extract().jsonPath()
                .getString("product.attributes.find { it.key == 'noise' }.value");
        assertThat(new BigDecimal(noise.toString())).isEqualByComparingTo(quietest);
        assertThat(turn.getString("recommendations[0].receipt.tradeoffs[0]")).containsIgnoringCase("noise");

        // a question across the cards is answered from their own values
        JsonPath which = say(c, "which one is the quietest?");
        assertThat(which.getString("intent")).isEqualTo("QUESTION");
        assertThat(which.getString("answer.product")).isEqualTo(top);
        assertThat(which.getString("reply")).contains(turn.getString("recommendations[0].title")).contains("dB");

        // "why the first one?" is answered from the receipt it was shown with
        JsonPath why = say(c, "why the first one?");
        assertThat(why.getString("intent")).isEqualTo("QUESTION");
        assertThat(why.getString("answer.product")).isEqualTo(top);
        assertThat(why.getString("reply")).startsWith("Why the " + turn.getString("recommendations[0].title")).contains("under $150");

        // "quieter than the second one": a bound below that card's noise, and every card is quieter
        String second = turn.getString("recommendations[1].product");
        BigDecimal secondNoise = new BigDecimal(given().get("/api/products/" + second).then().statusCode(200).extract().jsonPath()
                .getString("product.attributes.find { it.key == 'noise' }.value"));
        JsonPath quieter = say(c, "something quieter than the second one");
        assertThat(new BigDecimal(quieter.getString("constraints.find { it.field == 'attr.noise' && it.operator == 'AT_MOST' }.max")))
                .isLessThan(secondNoise);
        for (String product : quieter.getList("recommendations.product", String.class)) {
            BigDecimal shownNoise = new BigDecimal(given().get("/api/products/" + product).then().statusCode(200).extract().jsonPath()
                    .getString("product.attributes.find { it.key == 'noise' }.value"));
            assertThat(shownNoise).isLessThan(secondNoise);
        }
    }

    /**
     * "quiet" can put the cheapest blender among the cards; "cheaper" then honestly finds nothing and
     * offers the nearest change, and says nothing about currencies.
     */
    @Test
    void cheaperAfterAQuietRequestIsCheaperThanEveryCardOrSaysSo() {
        String c = start();
        JsonPath first = say(c, "a quiet blender for smoothies under $150");
        BigDecimal cheapest = first.getList("recommendations.price.minorUnits", Integer.class).stream().map(BigDecimal::valueOf)
                .min(BigDecimal::compareTo).orElseThrow();
        JsonPath cheaper = say(c, "cheaper");
        cheaper.getList("recommendations.price.minorUnits", Integer.class)
                .forEach(p -> assertThat(BigDecimal.valueOf(p)).isLessThan(cheapest));
        if (cheaper.getList("recommendations").isEmpty()) {
            assertThat(cheaper.getString("reply")).startsWith("Nothing in stock fits");
        }
        assertThat(cheaper.getString("reply")).doesNotContain("US dollars");
    }

    /**
     * "a present for my son, up to $100" names no product: the reply asks what he is into (never "we
     * don't sell 'son'") and keeps the budget, so the next turn's blenders are all within it.
     */
    @Test
    void aBudgetSaidBeforeTheThingIsKeptForIt() {
        String c = start();
        JsonPath gift = say(c, "a present for my son, up to $100");
        assertThat(gift.getList("recommendations")).isEmpty();
        assertThat(gift.getString("reply")).contains("gift for your son").doesNotContain("don't sell");
        assertThat(gift.getList("constraints.id", String.class)).contains("price");

        JsonPath blenders = say(c, "a blender");
        assertThat(blenders.getList("recommendations")).isNotEmpty();
        for (Integer price : blenders.getList("recommendations.price.minorUnits", Integer.class)) {
            assertThat(price).isLessThanOrEqualTo(100_00);
        }
    }

    /**
     * "the best rated blender under $150" puts the best-rated in-stock blender under the cap first, and "which one is
     * the best rated?" names the best-rated card shown.
     */
    @Test
    void theBestRatedRequestRanksByRatingAndTheQuestionNamesTheBestRatedCard() {
        String c = start();
        JsonPath turn = say(c, "the best rated blender under $150");
        BigDecimal best = inStockBlendersUnder150().stream().map(h -> h.get("rating")).filter(java.util.Objects::nonNull)
                .map(r -> new BigDecimal(r.toString())).max(BigDecimal::compareTo).orElseThrow();
        assertThat(new BigDecimal(turn.getString("recommendations[0].rating"))).isEqualByComparingTo(best);

        JsonPath which = say(c, "which one is the best rated?");
        assertThat(which.getString("intent")).isEqualTo("QUESTION");
        assertThat(which.getString("answer.product")).isEqualTo(turn.getString("recommendations[0].product"));
        assertThat(which.getString("reply")).contains("best rated is the " + turn.getString("recommendations[0].title"));
    }

    /** The catalog's own answer to compare a top pick with: every in-stock blender under $150, as the product API lists it. */
    private static List<Map<String, Object>> inStockBlendersUnder150() {
        List<Map<String, Object>> hits = given().queryParam("category", "blenders").queryParam("price.max", "150").queryParam("size", "100")
                .get("/api/products").then().statusCode(200).extract().jsonPath().getList("hits");
        return hits.stream().filter(h -> Boolean.TRUE.equals(h.get("inStock"))).toList();
    }

    /**
     * "a rice cooker, 6 cup, under $100": the store says it sells none and keeps the budget, not the cooker's size, so
     * "an air fryer then, same price" shows air fryers within it.
     */
    @Test
    void theBudgetForAThingNotSoldIsKeptForTheNextThing() {
        String c = start();
        JsonPath cooker = say(c, "rice cooker, 6 cup, under $100");
        assertThat(cooker.getList("recommendations")).isEmpty();
        assertThat(cooker.getString("reply")).contains("don't sell").contains("rice cooker").contains("I'll keep");
        assertThat(cooker.getList("constraints.id", String.class)).containsExactly("price");

        JsonPath fryers = say(c, "an air fryer then, same price");
        assertThat(fryers.getList("recommendations")).isNotEmpty();
        for (Integer price : fryers.getList("recommendations.price.minorUnits", Integer.class)) {
            assertThat(price).isLessThanOrEqualTo(100_00);
        }
    }

    /** A turn that shows nothing leaves the cards the shopper last saw on screen: "the second one" is still one of them. */
    @Test
    void aTurnThatShowsNothingLeavesTheLastCardsToPointAt() {
        String c = start();
        JsonPath first = say(c, "a blender under $200");
        String second = first.getString("recommendations[1].product");
        JsonPath none = say(c, "only ones under $5");
        assertThat(none.getList("recommendations")).isEmpty();
        assertThat(none.getString("reply")).startsWith("Nothing in stock fits");

        JsonPath question = say(c, "how loud is the second one?");
        assertThat(question.getString("intent")).isEqualTo("QUESTION");
        assertThat(question.getString("answer.product")).isEqualTo(second);
        assertThat(question.getString("reply")).contains("dB");
    }

    /**
     * "at least 35 mm" in running shoes, with no word naming the measure: the store asks instead of
     * showing cards that may break the limit meant, offering only the measures whose range can hold
     * it (a drop is at most 16 mm), each as a follow-up that says the limit whole.
     */
    @Test
    void aLimitOnAMeasureTheWordsDoNotNameIsAskedAboutBeforeAnyCardIsShown() {
        String c = start();
        JsonPath asked = say(c, "road running shoes, the foam has to be at least 35 mm thick");
        assertThat(asked.getList("recommendations")).isEmpty();
        assertThat(asked.getString("reply")).contains("\"at least 35 mm\"").contains("is that the heel stack height?")
                .as("a drop is at most 16 mm").doesNotContain("drop");
        List<String> choices = asked.getList("followUps", String.class);
        assertThat(choices).containsExactly("Heel stack height at least 35 mm");

        JsonPath shown = say(c, "Heel stack height at least 35 mm");
        assertThat(shown.getList("constraints.id", String.class)).contains("attr.stack_height");
        assertThat(shown.getList("recommendations.product", String.class)).as("the demo has road shoes that tall").isNotEmpty();
        for (String product : shown.getList("recommendations.product", String.class)) {
            JsonPath details = given().get("/api/products/" + product).then().statusCode(200).extract().jsonPath();
            assertThat(details.getDouble("product.attributes.find { it.key == 'stack_height' }.value")).isGreaterThanOrEqualTo(35.0);
        }
    }

    @Test
    void aCardThatWasNotShownIsSaidSoInsteadOfAnsweringAboutAnother() {
        String c = start();
        JsonPath first = say(c, "a blender under $200");
        int shown = first.getList("recommendations").size();
        assertThat(shown).isBetween(1, 3);
        String beyond = shown == 3 ? "fourth" : shown == 2 ? "third" : "second";

        JsonPath question = say(c, "how loud is the " + beyond + " one?");
        assertThat(question.getString("intent")).isEqualTo("QUESTION");
        assertThat(question.getString("answer")).isNull();
        assertThat(question.getString("reply")).contains("no number " + (shown + 1)).contains(first.getString("recommendations[0].title"))
                .endsWith("Which one do you mean?");
    }

    @Test
    void fiveTurnsNarrowToADecision() {
        String c = start();
        JsonPath first = say(c, "I need a blender under $200");
        assertThat(first.getList("recommendations")).isNotEmpty();
        BigDecimal cheapest = first.getList("recommendations.price.minorUnits", Integer.class).stream().map(BigDecimal::valueOf)
                .min(BigDecimal::compareTo).orElseThrow();

        JsonPath cheaper = say(c, "cheaper");
        assertThat(cheaper.getString("intent")).isEqualTo("REFINE");
        BigDecimal cap = new BigDecimal(cheaper.getString("constraints.find { it.id == 'price' }.max"));
        assertThat(cap.movePointRight(2)).isLessThan(cheapest);
        cheaper.getList("recommendations.price.minorUnits", Integer.class)
                .forEach(p -> assertThat(BigDecimal.valueOf(p)).isLessThanOrEqualTo(cap.movePointRight(2)));

        JsonPath glass = say(c, "only with a glass jar");
        assertThat(glass.getString("constraints.find { it.id == 'attr.jar_material' }.value")).isEqualTo("glass");

        JsonPath question = say(c, "is the first one dishwasher safe?");
        assertThat(question.getString("intent")).isEqualTo("QUESTION");
        assertThat(question.getList("constraints.id", String.class)).doesNotContain("attr.dishwasher_safe");
        if (question.getBoolean("answer.known")) {
            assertThat(question.getList("answer.citations.kind", String.class)).isNotEmpty();
        }

        JsonPath decide = say(c, "help me decide");
        assertThat(decide.getString("intent")).isEqualTo("DECIDE");
        assertThat(decide.getList("recommendations.role", String.class)).startsWith("PICK");
        assertThat(decide.getString("recommendations[0].receipt.why")).startsWith("My pick");

        JsonPath state = Talk.as(c).get("/api/assistant/conversations/" + c).then().statusCode(200).extract().jsonPath();
        assertThat(state.getInt("turns")).isEqualTo(5);
        assertThat(state.getString("category")).isEqualTo("blenders");
    }

    @Test
    void nothingFitsSoTheSmallestRelaxationIsOfferedWithNumbers() {
        String c = start();
        JsonPath turn = say(c, "a blender under $40 with a glass jar under 50 dB");
        assertThat(turn.getList("recommendations")).isEmpty();
        assertThat(turn.getList("relaxations")).isNotEmpty();
        List<Double> changes = turn.getList("relaxations.change", Double.class);
        assertThat(changes).isSorted();
        assertThat(turn.getString("reply")).startsWith("Nothing in stock fits");
        assertThat(turn.getString("relaxations[0].text")).containsAnyOf("$", "dB");
    }

    @Test
    void chipsCanBeChangedAndRemoved() {
        String c = start();
        say(c, "quiet blender under $150");
        JsonPath edited = Talk.as(c).contentType(ContentType.JSON).body(Map.of("value", "100"))
                .put("/api/assistant/conversations/" + c + "/constraints/price").then().statusCode(200).extract().jsonPath();
        assertThat(edited.getString("constraints.find { it.id == 'price' }.max")).isEqualTo("100");
        edited.getList("recommendations.price.minorUnits", Integer.class).forEach(p -> assertThat(p).isLessThanOrEqualTo(10000));
        Talk.as(c).contentType(ContentType.JSON).body(Map.of("value", "cheap")).put("/api/assistant/conversations/" + c + "/constraints/price")
                .then().statusCode(400).contentType("application/problem+json");
        Talk.as(c).contentType(ContentType.JSON).body(Map.of("value", "99999999999999999999999")).put("/api/assistant/conversations/" + c + "/constraints/price")
                .then().statusCode(400).contentType("application/problem+json");
        JsonPath removed = Talk.as(c).delete("/api/assistant/conversations/" + c + "/constraints/price").then().statusCode(200).extract().jsonPath();
        assertThat(removed.getList("constraints.id", String.class)).doesNotContain("price");

        JsonPath forgot = say(c, "under $90");
        assertThat(forgot.getList("constraints.id", String.class)).contains("price");
        JsonPath noLimit = say(c, "forget the price limit");
        assertThat(noLimit.getList("constraints.id", String.class)).doesNotContain("price").contains("reason.quiet");
    }

    @Test
    void regulatedTopicsAreRefusedWithAPointer() {
        String c = start();
        JsonPath turn = say(c, "which blender will cure my diabetes?");
        assertThat(turn.getBoolean("refused.refused")).isTrue();
        assertThat(turn.getString("refused.topic")).isEqualTo("medical");
        assertThat(turn.getList("recommendations")).isEmpty();
    }

    @Test
    void theAssistantNeverActsWithoutConfirmation() {
        String c = start();
        say(c, "wireless headphones with noise cancelling");
        JsonPath turn = say(c, "add the first one to my cart");
        assertThat(turn.getString("intent")).isEqualTo("ACTION");
        assertThat(turn.getString("action.kind")).isEqualTo("ADD_TO_CART");
        assertThat(turn.getString("reply")).contains("confirm");
    }

    @Test
    void personalDataIsRedactedBeforeTheMessageIsReadSoAPhoneNumberIsNeverAPrice() {
        String c = start();
        JsonPath turn = say(c, "a quiet blender, call me at 555-123-4567 or mail john at gmail dot com, ship to 42 Elm Street, Springfield");
        assertThat(turn.getList("constraints.field", String.class)).doesNotContain("price");
        // ids are random UUIDs and times have microseconds, which may hold "555" by chance: only the words are searched
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        String instant = "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z";
        assertThat(turn.prettify().replaceAll(uuid, "<id>").replaceAll(instant, "<time>")).doesNotContain("555").doesNotContain("4567")
                .doesNotContain("john").doesNotContain("Elm").doesNotContain("Springfield");
        assertThat(Talk.as(c).get("/api/assistant/conversations/" + c).then().statusCode(200).extract().asString().replaceAll(uuid, "<id>")
                .replaceAll(instant, "<time>")).doesNotContain("555");
    }

    @Test
    void badInputIsAProblem() {
        String c = start();
        Talk.as(c).contentType(ContentType.JSON).body(Map.of("text", " ")).post("/api/assistant/conversations/" + c + "/messages")
                .then().statusCode(400).contentType("application/problem+json");
        Talk.as(c).contentType(ContentType.JSON).body(Map.of("text", "x".repeat(1001))).post("/api/assistant/conversations/" + c + "/messages")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("text", "hi"))
                .post("/api/assistant/conversations/00000000-0000-0000-0000-000000000000/messages").then().statusCode(404);
        given().get("/api/assistant/receipts/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void theTurnStreamsCardsFirst() {
        String c = start();
        String body = Talk.as(c).contentType(ContentType.JSON).accept("text/event-stream").body(Map.of("text", "a quiet vacuum"))
                .post("/api/assistant/conversations/" + c + "/messages").then().statusCode(200).extract().asString();
        assertThat(body.indexOf("event:cards")).isNotNegative().isLessThan(body.indexOf("event:reply"));
    }
}
