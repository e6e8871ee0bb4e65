package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Tag;

/**
 * Shopper requests on the demo store, through the API against the real OpenSearch: each scenario
 * is one conversation of one or more messages, with what the assistant must have understood. After
 * every turn the same checks run whatever the scenario: every product shown meets every hard
 * constraint on its own data (price of the variant sold, attributes, options, brand, stock), its
 * receipt is stored and every evidence id in it resolves, relaxations name a product that fits
 * everything else, and nothing is executed without confirmation.
 */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class AssistantScenarioTest {

    /** One message and what must hold after it; the text may depend on the previous turn. */
    record Step(Function<JsonPath, String> message, List<Consumer<Turn>> checks) {
    }

    record Scenario(String name, List<Step> steps) {
    }

    /** A turn's answer, with the conversation's state after it. */
    record Turn(JsonPath json, JsonPath conversation) {

        Map<String, Object> constraint(String id) {
            Map<String, Object> c = json.getMap("constraints.find { it.id == '" + id + "' }");
            if (c == null) {
                fail("no constraint " + id + " in " + json.getList("constraints.id"));
            }
            return c;
        }
    }

    // ---- the scenarios ---------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> shopperRequests() {
        List<Scenario> scenarios = scenarios();
        long messages = scenarios.stream().mapToLong(s -> s.steps().size()).sum();
        assertThat(messages).as("shopper messages").isGreaterThanOrEqualTo(40);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> run(s)));
    }

    static List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        // blenders
        all.add(scenario("the brief's example", say("a quiet blender for smoothies, easy to clean, under $150",
                intent("SHOP"), category("blenders"), atMost("price", "150"), soft("reason.quiet"), soft("reason.easy_to_clean"),
                has("use.smoothie"), recommends())));
        all.add(scenario("a cap in slang", say("blender, 150 bucks max", category("blenders"), atMost("price", "150"), recommends())));
        all.add(scenario("a price range", say("a blender between $50 and $100", range("price", "50", "100"), recommends())));
        all.add(scenario("a capacity in another unit", say("blender with at least 64 oz jar", atLeast("attr.jar_capacity", "1.89"), recommends())));
        all.add(scenario("negations and a flag", say("blender not red, no glass, dishwasher safe",
                values("option.color", "NONE_OF", "red"), values("attr.jar_material", "NONE_OF", "glass"),
                values("attr.dishwasher_safe", "ANY_OF", "yes"), recommends())));
        all.add(scenario("a noise cap", say("a blender under 60 dB", atMost("attr.noise", "60"), recommends())));
        all.add(scenario("nothing fits", say("a blender under $40 with a glass jar under 50 dB", relaxes())));
        all.add(scenario("refining over four turns",
                say("I need a blender under $200", atMost("price", "200"), recommends()),
                say("cheaper", intent("REFINE"), capBelowCheapestShown()),
                say("only black", values("option.color", "ANY_OF", "black"), has("price")),
                say("forget the price limit", lacks("price"), has("option.color"), recommends())));
        all.add(scenario("a brand and a material", say("a Calma blender with a glass jar",
                values("brand", "ANY_OF", "Calma"), values("attr.jar_material", "ANY_OF", "glass"))));
        // air fryers
        all.add(scenario("a capacity range in quarts", say("an air fryer between 2 and 4 quarts", category("air-fryers"),
                range("attr.capacity", "2", "4"), recommends())));
        all.add(scenario("a quiet ceramic air fryer", say("quiet air fryer with a ceramic basket under $120",
                soft("reason.quiet"), values("attr.basket_coating", "ANY_OF", "ceramic"), atMost("price", "120"))));
        all.add(scenario("a family", say("an air fryer for a family of five", category("air-fryers"), recommends())));
        // coffee
        all.add(scenario("espresso with a grinder", say("an espresso machine with a built-in grinder", category("coffee-makers"),
                values("attr.type", "ANY_OF", "espresso"), values("attr.grinder", "ANY_OF", "yes"))));
        all.add(scenario("drip under a cap", say("drip coffee maker under $80", values("attr.type", "ANY_OF", "drip"),
                atMost("price", "80"), recommends())));
        all.add(scenario("a beginner decides",
                say("a coffee maker for beginners", category("coffee-makers"), has("reason.beginner_friendly"), recommends()),
                say("with a grinder", values("attr.grinder", "ANY_OF", "yes")),
                say("help me decide", intent("DECIDE"), roles("PICK"))));
        // vacuums
        all.add(scenario("a light stick vacuum", say("a lightweight stick vacuum for pet hair", category("vacuums"),
                soft("reason.lightweight"), values("attr.type", "ANY_OF", "stick"), recommends())));
        all.add(scenario("a quiet robot", say("robot vacuum under 60 dB", values("attr.type", "ANY_OF", "robot"), atMost("attr.noise", "60"))));
        all.add(scenario("quieter and a question",
                say("a vacuum under $400", category("vacuums"), recommends()),
                say("quieter", intent("REFINE"), recommends()),
                say("is the first one good with pet hair?", intent("QUESTION"), answered())));
        // "quiet" already puts the quietest vacuum first, so nothing is quieter: the nearest change is offered
        all.add(scenario("quieter than the quietest", say("a quiet vacuum", category("vacuums"), soft("reason.quiet"), recommends()),
                say("quieter", intent("REFINE"), relaxes())));
        all.add(scenario("HEPA", say("vacuum with HEPA filtration", values("attr.hepa", "ANY_OF", "yes"), recommends())));
        // headphones
        all.add(scenario("wireless and noise cancelling", say("wireless headphones with noise cancelling", category("headphones"),
                values("attr.wireless", "ANY_OF", "yes"), values("attr.noise_cancelling", "ANY_OF", "yes"), recommends())));
        all.add(scenario("over-ear under a cap", say("over-ear headphones under $100", values("attr.form", "ANY_OF", "over-ear"),
                atMost("price", "100"))));
        all.add(scenario("for travel", say("headphones for travel", category("headphones"), soft("reason.travel_friendly"), recommends())));
        all.add(scenario("battery life", say("in-ear headphones with at least 30 hours of battery", values("attr.form", "ANY_OF", "in-ear"),
                atLeast("attr.battery_life", "30"))));
        all.add(scenario("compare, then a cart request",
                say("noise cancelling headphones", recommends()),
                say("compare the first and the second", intent("COMPARE"), compares(2)),
                say("add the first one to my cart", intent("ACTION"), proposes("ADD_TO_CART"))));
        // running shoes
        all.add(scenario("overpronation", say("running shoes for overpronation", category("running-shoes"),
                values("attr.support", "ANY_OF", "stability"), recommends())));
        all.add(scenario("trail shoes", say("trail running shoes", values("attr.surface", "ANY_OF", "trail"), recommends())));
        all.add(scenario("low drop", say("road running shoes with a drop under 6 mm", values("attr.surface", "ANY_OF", "road"),
                atMost("attr.drop", "6"))));
        // toys
        all.add(scenario("a gift for a seven-year-old", say("a wedding gift for my son who is seven", category("kids-toys"),
                atMost("attr.age_min", "7"), soft("reason.giftable"), recommends())));
        all.add(scenario("a game for six", say("a board game for 6 players", values("attr.kind", "ANY_OF", "board game"),
                atLeast("attr.players_max", "6"))));
        all.add(scenario("a wooden puzzle", say("a wooden puzzle", category("kids-toys"), values("attr.material", "ANY_OF", "wood"))));
        // knives, luggage, smart home, parts
        all.add(scenario("a chef knife", say("a chef knife under $150", category("kitchen-knives"), values("attr.style", "ANY_OF", "chef"),
                atMost("price", "150"), recommends())));
        all.add(scenario("a dishwasher-safe set", say("a dishwasher safe knife set", values("attr.style", "ANY_OF", "set"),
                values("attr.dishwasher_safe", "ANY_OF", "yes"))));
        all.add(scenario("a light carry-on", say("a carry-on suitcase under 8 pounds", category("luggage"),
                values("attr.type", "ANY_OF", "carry-on"), atMost("attr.weight", "8"))));
        all.add(scenario("a hardside", say("hardside luggage", category("luggage"), values("attr.shell", "ANY_OF", "hardside"), recommends())));
        all.add(scenario("a smart plug", say("a smart plug that works with Apple Home", category("smart-home"),
                values("attr.kind", "ANY_OF", "smart plug"), values("attr.ecosystems", "ANY_OF", "Apple Home"))));
        all.add(scenario("a replacement jar", say("a replacement glass jar for a blender", category("blender-parts"),
                values("attr.kind", "ANY_OF", "jar"))));
        all.add(scenario("a washable filter", say("a washable HEPA filter for my vacuum", category("vacuum-parts"),
                values("attr.kind", "ANY_OF", "HEPA filter"))));
        // words the grammar does not know go through the embedding model
        all.add(scenario("unknown words", say("earbuds for the gym", category("headphones"), recommends())));
        // questions, refusals, unclear
        all.add(scenario("questions about what was shown",
                say("quiet blender under $150", recommends()),
                say("what is the return policy?", intent("QUESTION"), answeredWith("POLICY")),
                say("is the second one dishwasher safe?", intent("QUESTION"), answered()),
                say("help me decide", intent("DECIDE"), roles("PICK"))));
        all.add(scenario("medical", say("which blender will cure my diabetes?", refused("medical"))));
        all.add(scenario("safety", say("is this air fryer safe to leave unattended?", refused("safety-critical"))));
        all.add(scenario("legal or financial", say("is a blender tax deductible for my business?", refused("legal-financial"))));
        all.add(scenario("age-restricted", say("show me vodka", refused("age-restricted"))));
        all.add(scenario("a greeting", say("hello there", intent("UNCLEAR"))));
        all.add(scenario("a new topic starts fresh",
                say("quiet blender under $150", atMost("price", "150")),
                say("start over, I need headphones", category("headphones"), lacks("price"), lacks("reason.quiet"))));
        all.add(scenario("X or Y",
                say("wireless headphones", recommends()),
                say(previous -> "the " + previous.getString("recommendations[0].title") + " or the " + previous.getString("recommendations[1].title") + "?",
                        intent("COMPARE"), compares(2))));
        return all;
    }

    // ---- running a scenario ------------------------------------------------------------------------

    private final Map<String, JsonPath> products = new HashMap<>();

    void run(Scenario scenario) {
        String conversation = AssistantConversationTest.start();
        JsonPath previous = null;
        for (Step step : scenario.steps()) {
            String text = step.message().apply(previous);
            JsonPath json = AssistantConversationTest.say(conversation, text);
            JsonPath state = Talk.as(conversation).get("/api/assistant/conversations/" + conversation).then().statusCode(200).extract().jsonPath();
            Turn turn = new Turn(json, state);
            String context = scenario.name() + " / \"" + text + "\" → " + json.prettify();
            try {
                step.checks().forEach(c -> c.accept(turn));
                invariants(json);
            } catch (AssertionError e) {
                throw new AssertionError(context + "\n" + e.getMessage(), e);
            }
            previous = json;
        }
    }

    /** What holds after every turn. */
    void invariants(JsonPath turn) {
        List<Map<String, Object>> hard = turn.<Map<String, Object>>getList("constraints").stream().filter(c -> Boolean.TRUE.equals(c.get("hard"))).toList();
        List<Map<String, Object>> recs = turn.getList("recommendations");
        for (int i = 0; i < recs.size(); i++) {
            String product = turn.getString("recommendations[" + i + "].product");
            String sku = turn.getString("recommendations[" + i + "].variant");
            JsonPath document = product(product);
            Map<String, Object> variant = document.getMap("product.variants.find { it.sku == '" + sku + "' }");
            assertThat(variant).as("the variant sold is the product's").isNotNull();
            assertThat(((Number) variant.get("stock")).intValue()).as("in stock").isPositive();
            assertThat(turn.getLong("recommendations[" + i + "].price.minorUnits")).isEqualTo(((Number) ((Map<?, ?>) variant.get("price")).get("minorUnits")).longValue());
            for (Map<String, Object> c : hard) {
                assertThat(meets(c, document, variant)).as(product + " " + sku + " meets " + c.get("text")).isTrue();
            }
            String receiptId = turn.getString("recommendations[" + i + "].receipt.id");
            JsonPath receipt = Talk.as(receiptId).get("/api/assistant/receipts/" + receiptId).then().statusCode(200).extract().jsonPath();
            assertThat(receipt.getString("product")).isEqualTo(product);
            assertThat(receipt.getString("variant")).isEqualTo(sku);
            assertThat(receipt.getBoolean("sponsored")).isEqualTo(turn.getBoolean("recommendations[" + i + "].sponsored"));
            assertThat(receipt.getList("meets.constraint", String.class)).containsAll(hard.stream().map(c -> (String) c.get("id")).toList());
            assertEvidenceResolves(receipt, document);
        }
        List<Map<String, Object>> relaxations = turn.getList("relaxations");
        for (int i = 0; i < relaxations.size(); i++) {
            String dropped = turn.getString("relaxations[" + i + "].constraint");
            String also = turn.getString("relaxations[" + i + "].also");
            JsonPath document = product(turn.getString("relaxations[" + i + "].product"));
            boolean fitsTheRest = document.<Map<String, Object>>getList("product.variants").stream()
                    .filter(v -> ((Number) v.get("stock")).intValue() > 0)
                    .anyMatch(v -> hard.stream().filter(c -> !c.get("id").equals(dropped) && !c.get("id").equals(also))
                            .allMatch(c -> meets(c, document, v)));
            assertThat(fitsTheRest).as("the relaxation's product fits everything but " + dropped + " " + also).isTrue();
        }
        if (!"ACTION".equals(turn.getString("intent"))) {
            assertThat(turn.getMap("action")).as("no action without being asked").isNull();
        }
    }

    /** A hard constraint checked against the product document, independently of the assistant's own check. */
    static boolean meets(Map<String, Object> c, JsonPath document, Map<String, Object> variant) {
        String field = (String) c.get("field");
        String operator = (String) c.get("operator");
        @SuppressWarnings("unchecked")
        List<String> values = ((List<String>) c.get("values")).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        if (field.equals("price")) {
            BigDecimal price = BigDecimal.valueOf(((Number) ((Map<?, ?>) variant.get("price")).get("minorUnits")).longValue(), 2);
            return within(price, c);
        }
        if (field.equals("brand")) {
            boolean listed = values.contains(document.getString("product.brand").toLowerCase(Locale.ROOT));
            return operator.equals("ANY_OF") == listed;
        }
        if (field.startsWith("option.")) {
            Object value = ((Map<?, ?>) variant.get("options")).get(field.substring(7));
            return value != null && operator.equals("ANY_OF") == values.contains(value.toString().toLowerCase(Locale.ROOT));
        }
        if (field.startsWith("attr.")) {
            Map<String, Object> attribute = document.getMap("product.attributes.find { it.key == '" + field.substring(5) + "' }");
            if (attribute == null) {
                return false;
            }
            Object value = attribute.get("value");
            return switch (operator) {
                case "AT_MOST", "AT_LEAST", "BETWEEN" -> {
                    String[] display = ((String) attribute.get("display")).replace(",", "").split(" ", 2);
                    String unit = display.length > 1 ? display[1] : null;
                    assertThat(unit).as("the constraint on " + field + " is in the unit the product shows").isEqualTo(c.get("unit"));
                    yield within(new BigDecimal(display[0]), c);
                }
                case "ANY_OF", "NONE_OF" -> {
                    List<String> stated = value instanceof List<?> list ? list.stream().map(v -> v.toString().toLowerCase(Locale.ROOT)).toList()
                            : value instanceof Boolean flag ? List.of(flag ? "yes" : "no") : List.of(String.valueOf(value).toLowerCase(Locale.ROOT));
                    boolean listed = stated.stream().anyMatch(values::contains);
                    yield operator.equals("ANY_OF") == listed;
                }
                default -> true;
            };
        }
        return true;
    }

    private static boolean within(BigDecimal value, Map<String, Object> c) {
        Object min = c.get("min");
        Object max = c.get("max");
        return (min == null || value.compareTo(new BigDecimal(min.toString())) >= 0) && (max == null || value.compareTo(new BigDecimal(max.toString())) <= 0);
    }

    /** Every evidence id names something that exists: an attribute or reason code of the product, a review span, a policy. */
    static void assertEvidenceResolves(JsonPath receipt, JsonPath document) {
        String product = receipt.getString("product");
        List<Map<String, String>> evidence = receipt.getList("evidence");
        assertThat(evidence).as("receipt evidence").isNotEmpty();
        for (Map<String, String> e : evidence) {
            String id = e.get("id");
            switch (e.get("kind")) {
                case "ATTRIBUTE" -> {
                    assertThat(id).startsWith(product + "/");
                    assertThat(document.getList("product.attributes.key", String.class)).contains(id.substring(product.length() + 1));
                }
                case "REASON" -> {
                    assertThat(id).startsWith(product + "/");
                    assertThat(document.getList("product.reasonCodes.code", String.class)).contains(id.substring(product.length() + 1));
                }
                case "POLICY" -> assertThat(given().get("/api/policies").then().statusCode(200).extract().asString()).contains("\"" + id + "\"");
                case "REVIEW" -> {
                    String review = id.substring(0, id.lastIndexOf(':'));
                    String[] span = id.substring(id.lastIndexOf(':') + 1).split("-");
                    List<Map<String, Object>> reviews = given().queryParam("limit", 200).get("/api/products/" + product + "/reviews").then()
                            .statusCode(200).extract().jsonPath().getList("$");
                    Map<String, Object> found = reviews.stream().filter(r -> review.equals(r.get("id"))).findFirst().orElse(null);
                    assertThat(found).as("review " + review + " of " + product).isNotNull();
                    String text = (String) found.get("text");
                    String quote = text.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1])).strip();
                    assertThat(e.get("text")).as("the evidence quotes the span").contains(quote);
                }
                default -> fail("unexpected evidence kind " + e.get("kind"));
            }
        }
    }

    private JsonPath product(String id) {
        return products.computeIfAbsent(id, p -> given().get("/api/products/" + p).then().statusCode(200).extract().jsonPath());
    }

    // ---- the little language of the scenarios ------------------------------------------------------

    @SafeVarargs
    static Scenario scenario(String name, Step... steps) {
        return new Scenario(name, List.of(steps));
    }

    @SafeVarargs
    static Step say(String text, Consumer<Turn>... checks) {
        return new Step(previous -> text, List.of(checks));
    }

    @SafeVarargs
    static Step say(Function<JsonPath, String> text, Consumer<Turn>... checks) {
        return new Step(text, List.of(checks));
    }

    static Consumer<Turn> intent(String intent) {
        return t -> assertThat(t.json().getString("intent")).as("intent").isEqualTo(intent);
    }

    static Consumer<Turn> category(String category) {
        return t -> assertThat(t.conversation().getString("category")).as("category").isEqualTo(category);
    }

    static Consumer<Turn> has(String id) {
        return t -> t.constraint(id);
    }

    static Consumer<Turn> field(String id, String field) {
        return t -> assertThat(t.constraint(id).get("field")).as(id + " field").isEqualTo(field);
    }

    static Consumer<Turn> lacks(String id) {
        return t -> assertThat(t.json().getList("constraints.id", String.class)).as("constraints").doesNotContain(id);
    }

    static Consumer<Turn> soft(String id) {
        return t -> assertThat(t.constraint(id).get("hard")).as(id + " is a preference").isEqualTo(false);
    }

    static Consumer<Turn> atMost(String id, String max) {
        return t -> {
            Map<String, Object> c = t.constraint(id);
            assertThat(c.get("hard")).as(id + " is hard").isEqualTo(true);
            assertThat(new BigDecimal(String.valueOf(c.get("max")))).as(id + " max").isEqualByComparingTo(max);
            assertThat(c.get("min")).as(id + " min").isNull();
        };
    }

    static Consumer<Turn> atLeast(String id, String min) {
        return t -> {
            Map<String, Object> c = t.constraint(id);
            assertThat(c.get("hard")).as(id + " is hard").isEqualTo(true);
            assertThat(new BigDecimal(String.valueOf(c.get("min")))).as(id + " min").isEqualByComparingTo(min);
        };
    }

    static Consumer<Turn> range(String id, String min, String max) {
        return t -> {
            Map<String, Object> c = t.constraint(id);
            assertThat(new BigDecimal(String.valueOf(c.get("min")))).as(id + " min").isEqualByComparingTo(min);
            assertThat(new BigDecimal(String.valueOf(c.get("max")))).as(id + " max").isEqualByComparingTo(max);
        };
    }

    static Consumer<Turn> values(String id, String operator, String... values) {
        return t -> {
            Map<String, Object> c = t.constraint(id);
            assertThat(c.get("operator")).as(id + " operator").isEqualTo(operator);
            @SuppressWarnings("unchecked")
            List<String> stated = ((List<String>) c.get("values")).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            assertThat(stated).as(id + " values").containsExactlyInAnyOrder(Stream.of(values).map(v -> v.toLowerCase(Locale.ROOT)).toArray(String[]::new));
        };
    }

    static Consumer<Turn> recommends() {
        return t -> assertThat(t.json().getList("recommendations")).as("recommendations").isNotEmpty();
    }

    static Consumer<Turn> relaxes() {
        return t -> {
            assertThat(t.json().getList("recommendations")).as("recommendations").isEmpty();
            assertThat(t.json().getList("relaxations")).as("relaxations").isNotEmpty();
            assertThat(t.json().getList("relaxations.change", Double.class)).isSorted();
        };
    }

    static Consumer<Turn> capBelowCheapestShown() {
        return t -> {
            BigDecimal cap = new BigDecimal(String.valueOf(t.constraint("price").get("max")));
            assertThat(cap).as("the new cap").isLessThan(new BigDecimal("200"));
        };
    }

    static Consumer<Turn> answered() {
        return t -> {
            assertThat(t.json().getMap("answer")).as("an answer").isNotNull();
            if (t.json().getBoolean("answer.known")) {
                assertThat(t.json().getList("answer.citations")).as("citations").isNotEmpty();
            } else {
                assertThat(t.json().getString("answer.text")).startsWith("I don't know");
            }
        };
    }

    static Consumer<Turn> answeredWith(String kind) {
        return t -> {
            assertThat(t.json().getBoolean("answer.known")).as("known").isTrue();
            assertThat(t.json().getList("answer.citations.kind", String.class)).contains(kind);
        };
    }

    /** Help me decide: the pick first; a budget option costs less; an upgrade costs more and gives more. */
    static Consumer<Turn> roles(String first) {
        return t -> {
            JsonPath j = t.json();
            List<String> roles = j.getList("recommendations.role", String.class);
            assertThat(roles).as("roles").isNotEmpty().startsWith(first).doesNotHaveDuplicates();
            long pick = j.getLong("recommendations[0].price.minorUnits");
            int budget = roles.indexOf("BUDGET");
            if (budget >= 0) {
                assertThat(j.getLong("recommendations[" + budget + "].price.minorUnits")).as("the budget option is cheaper").isLessThan(pick);
            }
            int upgrade = roles.indexOf("UPGRADE");
            if (upgrade >= 0) {
                assertThat(j.getLong("recommendations[" + upgrade + "].price.minorUnits")).as("the upgrade costs more").isGreaterThan(pick);
                BigDecimal pickRating = new BigDecimal(String.valueOf(j.getString("recommendations[0].rating")).replace("null", "0"));
                BigDecimal upgradeRating = new BigDecimal(String.valueOf(j.getString("recommendations[" + upgrade + "].rating")).replace("null", "0"));
                List<String> pickMatched = j.getList("recommendations[0].receipt.matched", String.class);
                List<String> upgradeMatched = j.getList("recommendations[" + upgrade + "].receipt.matched", String.class);
                assertThat(upgradeRating.compareTo(pickRating) > 0 || !pickMatched.containsAll(upgradeMatched))
                        .as("the upgrade is better rated or meets more preferences").isTrue();
            }
        };
    }

    static Consumer<Turn> compares(int items) {
        return t -> {
            assertThat(t.json().getList("comparison.items")).as("compared").hasSize(items);
            assertThat(t.json().getString("comparison.verdict")).isNotBlank();
        };
    }

    static Consumer<Turn> proposes(String kind) {
        return t -> {
            assertThat(t.json().getString("action.kind")).isEqualTo(kind);
            assertThat(t.json().getString("reply")).contains("confirm");
        };
    }

    static Consumer<Turn> refused(String topic) {
        return t -> {
            assertThat(t.json().getBoolean("refused.refused")).as("refused").isTrue();
            assertThat(t.json().getString("refused.topic")).isEqualTo(topic);
            assertThat(t.json().getList("recommendations")).isEmpty();
        };
    }
}
