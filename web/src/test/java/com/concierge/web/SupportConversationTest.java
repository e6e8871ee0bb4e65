package com.concierge.web;

import static com.concierge.web.support.Shop.add;
import static com.concierge.web.support.Shop.as;
import static com.concierge.web.support.Shop.openCart;
import static com.concierge.web.support.Shop.order;
import static com.concierge.web.support.Shop.place;
import static com.concierge.web.support.Shop.shipToUs;
import static com.concierge.web.support.Shop.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import com.concierge.web.support.Talk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Help after the sale in the conversation (docs/postpurchase.md#in-the-conversation), on the demo
 * store and its guides: a signed-in shopper's own blender is found from their orders, a
 * troubleshooting question is answered with cited steps, a burning smell goes to the safety route
 * and into the review queue, a guest is asked to sign in, and another shopper never sees the order.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class SupportConversationTest {

    @TestHTTPResource("/")
    URI store;

    /** The shopper buys the demo store's first blender in stock; the paid order's JSON. */
    private static JsonPath buyABlender(String shopper) {
        String sku = as(null).get("/api/products?category=blenders&in_stock=true&size=1").then().statusCode(200).extract().path("hits[0].sku");
        String cart = openCart(shopper);
        JsonPath left = as(shopper).get("/api/carts/" + cart).then().statusCode(200).extract().jsonPath();
        for (String leftover : left.getList("lines.sku", String.class)) {
            as(shopper).delete("/api/carts/" + cart + "/items/" + leftover).then().statusCode(200);
        }
        add(shopper, cart, sku, 1);
        return place(shopper, order(shipToUs(shopper, cart), token(Shop.VISA)), UUID.randomUUID().toString()).then().statusCode(201)
                .extract().jsonPath();
    }

    /** A conversation of the signed-in shopper ({@code token}), or a guest's for null. */
    private static String start(String token) {
        return token == null ? Talk.start()
                : as(token).post("/api/assistant/conversations").then().statusCode(201).extract().path("id");
    }

    private static JsonPath say(String token, String conversation, String text) {
        return token == null ? Talk.say(conversation, text)
                : as(token).contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/assistant/conversations/" + conversation + "/messages")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aTroubleshootingQuestionAboutTheShoppersOwnBlenderIsAnsweredWithCitedSteps() {
        String shopper = Keycloak.accessToken("shopper");
        JsonPath order = buyABlender(shopper);
        String conversation = start(shopper);

        JsonPath turn = say(shopper, conversation, "my blender won't turn on");
        assertThat(turn.getString("intent")).isEqualTo("SUPPORT");
        assertThat(turn.getString("reply")).contains("1. Is it plugged into a working wall socket?").contains(order.getString("number"));
        assertThat(turn.getList("answer.citations.id", String.class)).startsWith("blender-wont-start/1", "blender-wont-start/2");
        assertThat(turn.getList("answer.citations.kind", String.class)).containsOnly("GUIDE");
        assertThat(turn.getString("answer.product")).isEqualTo(order.getString("lines[0].product"));
        assertThat(turn.getString("action.kind")).isEqualTo("START_RETURN");
        assertThat(turn.getString("action.order")).as("the return starts from the order's page, by the shopper").isEqualTo(order.getString("id"));
        assertThat(turn.getList("recommendations")).isEmpty();

        JsonPath setup = say(shopper, conversation, "how do I set up my blender?");
        assertThat(setup.getString("intent")).isEqualTo("SUPPORT");
        assertThat(setup.getList("answer.citations.id", String.class)).first().isEqualTo("blender-setup/1");

        // shopping still shops, even about an old blender
        JsonPath shopping = say(shopper, conversation, "my old blender died, I want a quiet one under $150");
        assertThat(shopping.getString("intent")).isIn("SHOP", "REFINE");
        assertThat(shopping.getList("recommendations")).isNotEmpty();
    }

    @Test
    void aBurningSmellGoesToTheSafetyRouteAndIntoTheReviewQueue() {
        String shopper = Keycloak.accessToken("shopper");
        JsonPath order = buyABlender(shopper);
        String product = order.getString("lines[0].product");
        String conversation = start(shopper);

        JsonPath turn = say(shopper, conversation, "my blender smells like burning plastic when it runs");
        assertThat(turn.getString("intent")).isEqualTo("SAFETY");
        assertThat(turn.getString("reply")).startsWith("Please stop using it now").contains("product safety team");
        assertThat(turn.getList("answer.citations.id", String.class)).first().isEqualTo("safety-smoke-burning-shock/1");
        assertThat(turn.getString("action.kind")).isEqualTo("START_RETURN");

        as(Keycloak.accessToken("merchandiser")).get("/api/admin/review-flags?status=open&product=" + product).then().statusCode(200)
                .body("kind", hasItem("SAFETY"))
                .body("detail", hasItem(org.hamcrest.Matchers.containsString("smells like burning plastic")));

        // even a message a regulated topic would decline goes to safety first
        JsonPath smoke = say(shopper, conversation, "there's smoke coming out of my blender, is it safe to leave it unattended?");
        assertThat(smoke.getString("intent")).isEqualTo("SAFETY");
    }

    @Test
    void aGuestIsAskedToSignInAndAnotherShopperNeverSeesTheOrder() {
        String shopper = Keycloak.accessToken("shopper");
        JsonPath order = buyABlender(shopper);

        String guest = start(null);
        JsonPath named = say(null, guest, "my blender won't turn on");
        assertThat(named.getString("intent")).isEqualTo("SUPPORT");
        assertThat(named.getString("reply")).contains("1. Is it plugged into a working wall socket?").contains("Sign in");
        assertThat(named.getString("action")).isNull();
        JsonPath unnamed = say(null, guest, "how do I pair these with my phone?");
        assertThat(unnamed.getString("reply")).contains("Which product is it?").contains("Sign in");

        String other = Keycloak.accessToken("shopper2");
        JsonPath theirs = say(other, start(other), "my blender won't turn on");
        assertThat(theirs.getString("reply")).doesNotContain(order.getString("number")).contains("can't find it among your orders");
        assertThat(theirs.getString("action")).isNull();
    }

    @Test
    void whereItIsBuyingItAgainWhatFitsItAndReturningItComeFromTheShoppersOwnOrders() {
        String shopper = Keycloak.accessToken("shopper");
        JsonPath order = buyABlender(shopper);
        String staff = Keycloak.accessToken("merchandiser");
        as(staff).post("/api/admin/orders/" + order.getString("id") + "/fulfil?carrier=DHL&trackingNumber=JD014600006281").then().statusCode(200);
        String conversation = start(shopper);
        String title = order.getString("lines[0].title");

        JsonPath where = say(shopper, conversation, "where is my order?");
        assertThat(where.getString("intent")).isEqualTo("SUPPORT");
        assertThat(where.getString("reply")).startsWith("Order " + order.getString("number")).contains("is shipped, with DHL, tracking number JD014600006281");

        JsonPath again = say(shopper, conversation, "reorder my blender");
        assertThat(again.getString("action.kind")).isEqualTo("ADD_TO_CART");
        assertThat(again.getString("action.variant")).isEqualTo(order.getString("lines[0].sku"));
        assertThat(again.getString("reply")).contains("today's price");

        JsonPath fits = say(shopper, conversation, "what fits my blender?");
        assertThat(fits.getString("reply")).startsWith("These go with your " + title);
        List<String> cited = fits.getList("answer.citations.id", String.class);
        assertThat(cited).isNotEmpty().allMatch(id -> id.startsWith(order.getString("lines[0].product") + "/"));
        for (String id : cited) { // every suggestion is linked to the blender bought in the catalog's graph
            String other = id.substring(id.lastIndexOf('/') + 1);
            as(null).get("/api/products/" + other + "/compatibility").then().statusCode(200)
                    .body("other", hasItem(order.getString("lines[0].product")));
        }

        JsonPath ret = say(shopper, conversation, "I want to return my blender");
        assertThat(ret.getString("action.kind")).isEqualTo("START_RETURN");
        assertThat(ret.getString("action.order")).isEqualTo(order.getString("id"));

        JsonPath guest = say(null, start(null), "where is my order?");
        assertThat(guest.getString("reply")).contains("sign in").contains("number and e-mail");
    }

    @Test
    void theOrderPageShowsTheGuidesOfWhatWasBought() {
        JsonPath order = buyABlender(Keycloak.accessToken("shopper"));
        HttpClient browser = Keycloak.browser();
        Keycloak.openSignedIn(browser, store.resolve("/signin"), "shopper");
        HttpResponse<String> page = Keycloak.get(browser, store.resolve("/orders/" + order.getString("id")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Setting up and troubleshooting").contains("Set up your blender").contains("The blender will not start")
                .contains("id=\"guide-blender-wont-start-2\"").contains("Stop using it now");
    }

    @Test
    void merchandisersWriteAndImportGuidesAndEveryRowIsAccountedFor() {
        String staff = Keycloak.accessToken("merchandiser");
        String blender = as(null).get("/api/products?category=blenders&size=1").then().statusCode(200).extract().path("hits[0].id");
        as(staff).body(Map.of("kind", "troubleshooting", "title", "The lid will not lock", "categories", List.of("blenders"),
                        "symptoms", List.of("lid won't lock", "lid pops off"), "steps",
                        List.of(Map.of("text", "Is the jar on the base?", "fix", "Seat it first."), Map.of("text", "Is the tab clean?"))))
                .put("/api/admin/guides/blender-lid-test").then().statusCode(200).body("steps.number", org.hamcrest.Matchers.contains(1, 2))
                .body("otherwise", org.hamcrest.Matchers.equalTo("CONTACT_US"));
        as(null).get("/api/products/" + blender + "/guides").then().statusCode(200).body("id", hasItem("blender-lid-test"));

        // refusals as problem+json
        as(staff).body(Map.of("kind", "setup", "title", "No steps", "categories", List.of("blenders"))).put("/api/admin/guides/empty-test")
                .then().statusCode(400).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("1 to 30"));
        as(staff).body(Map.of("kind", "setup", "title", "Toaster", "categories", List.of("toasters"), "steps", List.of(Map.of("text", "x"))))
                .put("/api/admin/guides/toaster-test").then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("no category 'toasters'"));
        as(Keycloak.accessToken("shopper")).get("/api/admin/guides").then().statusCode(403);
        // the demo store's consumables carry their intervals
        JsonPath intervals = as(staff).get("/api/admin/replenishment").then().statusCode(200).extract().jsonPath();
        assertThat(intervals.getList("id", String.class)).contains("hepa-filters", "foam-filters", "blade-assemblies");
        assertThat(intervals.getList("find { it.id == 'hepa-filters' }.products", String.class)).isNotEmpty();
        assertThat(intervals.getInt("find { it.id == 'hepa-filters' }.days")).isEqualTo(180);

        JsonPath report = as(staff).contentType("text/csv").body("""
                guide,kind,title,categories,symptoms,step,text,fix
                jar-clean-test,setup,Clean the jar,blenders,,1,Rinse it,
                jar-clean-test,,,,,2,Dry it,
                kettle-test,setup,Kettle,kettles,,1,Boil,
                """).post("/api/admin/guides/import").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("stored", String.class)).containsExactly("jar-clean-test");
        assertThat(report.getInt("problems[0].row")).isEqualTo(4);
        assertThat(report.getString("problems[0].reason")).isEqualTo("UNKNOWN_CATEGORY");

        HttpClient browser = Keycloak.browser();
        HttpResponse<String> list = Keycloak.openSignedIn(browser, store.resolve("/admin/guides"), "merchandiser");
        assertThat(list.body()).contains("The lid will not lock").contains("Clean the jar").contains("Smoke, a burning smell, sparks or a shock");
        HttpResponse<String> form = Keycloak.get(browser, store.resolve("/admin/guides/blender-lid-test"));
        assertThat(form.body()).contains("Is the jar on the base? | Seat it first.");
        HttpResponse<String> wrong = Keycloak.postFormOf(browser, form, store.resolve("/admin/guides"), Map.of("id", "blender-lid-test",
                "existing", "true", "kind", "troubleshooting", "title", "The lid will not lock", "categories", "blenders", "symptoms", "",
                "steps", "Is the jar on the base? | Seat it first.", "otherwise", "contact-us"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("needs at least one symptom").contains("Nothing was saved");
        HttpResponse<String> saved = Keycloak.postFormOf(browser, form, store.resolve("/admin/guides"), Map.of("id", "blender-lid-test",
                "existing", "true", "kind", "troubleshooting", "title", "The lid will not lock", "categories", "blenders", "symptoms", "lid pops off",
                "steps", "Is the jar on the base? | Seat it first.\nIs the tab clean? | Wipe it.", "otherwise", "start-return"));
        assertThat(saved.statusCode()).isEqualTo(303);
        as(staff).get("/api/admin/guides/blender-lid-test").then().statusCode(200).body("otherwise", org.hamcrest.Matchers.equalTo("START_RETURN"))
                .body("steps[1].fix", org.hamcrest.Matchers.equalTo("Wipe it."));

        as(staff).delete("/api/admin/guides/blender-lid-test").then().statusCode(204);
        as(staff).delete("/api/admin/guides/jar-clean-test").then().statusCode(204);
        as(staff).delete("/api/admin/guides/jar-clean-test").then().statusCode(404);
    }
}
