package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.kernel.events.Outbox;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A conversation is its owner's alone (docs/security.md#who-may-open-a-conversation), proved with
 * the real Keycloak's tokens for two shoppers, a merchandiser and an operator, two guests (an API
 * client with its token, a browser with its cookie) and an anonymous caller: every conversation
 * route, its receipts, its pages and server-sent words, naming it on a cart line, and history and
 * erasure. Unknown and not-yours look the same (404).
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConversationIsolationTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** The owner's own words, which no other page of the store holds. */
    private static final String MARK = "zephyrine";
    private static final String WORDS = "a quiet blender for smoothies under $150 for the " + MARK + " cottage";

    @Inject
    Outbox outbox;

    @TestHTTPResource("/")
    URI store;

    /** Someone calling the store, and how their requests say who they are. */
    record Party(String name, UnaryOperator<RequestSpecification> as) {
        RequestSpecification given() {
            return as.apply(io.restassured.RestAssured.given());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private String shopperToken;
    private String otherShopperToken;

    @BeforeEach
    void tokens() {
        shopperToken = Keycloak.accessToken("shopper");
        otherShopperToken = Keycloak.accessToken("shopper2");
    }

    private List<Party> everyoneBut(String owner) {
        String otherGuestToken = Talk.token(Talk.start());
        List<Party> parties = new ArrayList<>(List.of(
                new Party("anonymous", spec -> spec),
                new Party("another guest (API token)", spec -> spec.header(Talk.TOKEN_HEADER, otherGuestToken)),
                new Party("another guest (browser cookie)", spec -> spec.cookie("cc_guest", browserGuestKey())),
                new Party("shopper", spec -> spec.auth().oauth2(shopperToken)),
                new Party("shopper2", spec -> spec.auth().oauth2(otherShopperToken)),
                new Party("merchandiser", spec -> spec.auth().oauth2(Keycloak.accessToken("merchandiser"))),
                new Party("ops", spec -> spec.auth().oauth2(Keycloak.accessToken("ops")))));
        parties.removeIf(p -> p.name().equals(owner));
        return parties;
    }

    @Test
    void aSignedInShoppersConversationIsTheirsAlone() {
        Party owner = new Party("shopper", spec -> spec.auth().oauth2(shopperToken));
        String conversation = owner.given().post("/api/assistant/conversations").then().statusCode(201)
                .body("token", org.hamcrest.Matchers.nullValue()).extract().path("id");
        JsonPath turn = say(owner, conversation, WORDS);
        String receipt = turn.getString("recommendations[0].receipt.id");
        String product = turn.getString("recommendations[0].product");
        String sku = turn.getString("recommendations[0].variant");
        assertThat(receipt).as("the turn showed products").isNotNull();

        for (Party other : everyoneBut("shopper")) {
            assertEveryRouteIsRefused(other, conversation, receipt, product, sku);
        }

        // nothing the others tried reached the conversation
        JsonPath after = owner.given().get("/api/assistant/conversations/" + conversation).then().statusCode(200).extract().jsonPath();
        assertThat(after.getInt("turns")).isEqualTo(1);
        assertThat(after.getString("constraints.find { it.id == 'price' }.max")).isEqualTo("150");
        assertThat(owner.given().get("/api/assistant/receipts/" + receipt).then().statusCode(200).extract().path("product").toString())
                .isEqualTo(product);

        // history and erasure act on what the caller owns
        outbox.deliverPending();
        assertThat(history(shopperToken)).contains(conversation);
        assertThat(history(otherShopperToken)).doesNotContain(conversation);
        given().auth().oauth2(otherShopperToken).delete("/api/me/history").then().statusCode(200);
        owner.given().get("/api/assistant/conversations/" + conversation).then().statusCode(200);
        assertThat(history(shopperToken)).contains(conversation);
    }

    @Test
    void aGuestApiClientsConversationNeedsItsToken() {
        String conversation = Talk.start();
        String token = Talk.token(conversation);
        assertThat(token).as("a guest gets a capability, not just an id").hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(conversation);
        Party owner = new Party("the guest", spec -> spec.header(Talk.TOKEN_HEADER, token));
        JsonPath turn = say(owner, conversation, WORDS);
        String receipt = turn.getString("recommendations[0].receipt.id");

        for (Party other : everyoneBut("none")) {
            assertEveryRouteIsRefused(other, conversation, receipt, turn.getString("recommendations[0].product"),
                    turn.getString("recommendations[0].variant"));
        }
        owner.given().get("/api/assistant/conversations/" + conversation).then().statusCode(200).body("turns", org.hamcrest.Matchers.is(1));

        // a signed-in shopper cannot take it by naming it on their own cart line, so their erasure cannot touch it
        String cart = given().auth().oauth2(shopperToken).contentType(ContentType.JSON).body("{}").post("/api/carts").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(shopperToken).contentType(ContentType.JSON)
                .body(Map.of("sku", turn.getString("recommendations[0].variant"), "quantity", 1, "conversation", conversation))
                .post("/api/carts/" + cart + "/items").then().statusCode(404).contentType("application/problem+json");
        outbox.deliverPending();
        assertThat(history(shopperToken)).doesNotContain(conversation);
        given().auth().oauth2(shopperToken).delete("/api/me/history").then().statusCode(200);
        owner.given().get("/api/assistant/conversations/" + conversation).then().statusCode(200);

        // the owner may name it on their own (guest) cart
        String guestCart = owner.given().contentType(ContentType.JSON).body(Map.of("conversation", conversation)).post("/api/carts")
                .then().statusCode(201).extract().path("id");
        assertThat(given().get("/api/carts/" + guestCart).then().statusCode(200).extract().jsonPath().getList("conversations"))
                .containsExactly(conversation);
    }

    @Test
    void aBrowserGuestsConversationBecomesTheShoppersOnlyWhenTheySignInFromThatBrowser() {
        HttpClient browser = Keycloak.browser();
        String conversation = askInBrowser(browser, WORDS);
        String key = Keycloak.cookie(browser, "cc_guest");
        assertThat(key).as("the browser holds a guest capability").isNotBlank().isNotEqualTo(conversation);
        HttpResponse<String> page = Keycloak.get(browser, store.resolve("/?c=" + conversation));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(MARK);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");

        // another browser, and another shopper signing in there, see nothing
        HttpClient other = Keycloak.browser();
        HttpResponse<String> elsewhere = Keycloak.get(other, store.resolve("/?c=" + conversation));
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).doesNotContain(MARK);
        HttpResponse<String> signedInElsewhere = Keycloak.openSignedIn(other, store.resolve("/signin?then=%2F%3Fc%3D" + conversation), "shopper2");
        assertThat(signedInElsewhere.statusCode()).isEqualTo(404);
        given().auth().oauth2(otherShopperToken).get("/api/assistant/conversations/" + conversation).then().statusCode(404);

        // the browser that holds the capability signs in: the conversation comes along
        HttpResponse<String> signedIn = Keycloak.openSignedIn(browser, store.resolve("/signin?then=%2F%3Fc%3D" + conversation), "shopper");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains(MARK).contains("href=\"/logout\"");
        given().auth().oauth2(shopperToken).get("/api/assistant/conversations/" + conversation).then().statusCode(200);
        // now the shopper's: the guest capability alone no longer opens it
        given().cookie("cc_guest", key).get("/?c=" + conversation).then().statusCode(404);
        given().header(Talk.TOKEN_HEADER, key).get("/api/assistant/conversations/" + conversation).then().statusCode(404);
        given().auth().oauth2(otherShopperToken).get("/api/assistant/conversations/" + conversation).then().statusCode(404);
    }

    /** Every way to reach a conversation answers {@code other} as if it did not exist, and shows none of its words. */
    private void assertEveryRouteIsRefused(Party other, String conversation, String receipt, String product, String sku) {
        String api = "/api/assistant/conversations/" + conversation;
        List<Response> refused = List.of(
                other.given().get(api),
                other.given().contentType(ContentType.JSON).body(Map.of("text", "cheaper please")).post(api + "/messages"),
                other.given().contentType(ContentType.JSON).accept("text/event-stream").body(Map.of("text", "cheaper please"))
                        .post(api + "/messages"),
                other.given().contentType(ContentType.JSON).body(Map.of("product", product, "text", "is it quiet?")).post(api + "/questions"),
                other.given().contentType(ContentType.JSON).body(Map.of("value", "90")).put(api + "/constraints/price"),
                other.given().delete(api + "/constraints/price"),
                other.given().contentType(ContentType.JSON).body(Map.of("kind", "HANDOFF_REQUESTED")).post(api + "/interactions"),
                other.given().get("/api/assistant/receipts/" + receipt),
                other.given().contentType(ContentType.JSON).body(Map.of("conversation", conversation)).post("/api/carts"));
        for (Response response : refused) {
            assertThat(response.statusCode()).as("%s: %s", other, response.asString()).isEqualTo(404);
            assertThat(response.contentType()).as("%s", other).startsWith("application/problem+json");
            assertThat(response.asString()).as("%s", other).doesNotContain(MARK);
        }
        String cart = other.given().contentType(ContentType.JSON).body("{}").post("/api/carts").then().statusCode(201).extract().path("id");
        other.given().contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "quantity", 1, "conversation", conversation))
                .post("/api/carts/" + cart + "/items").then().statusCode(404);

        Response page = other.given().get("/?c=" + conversation);
        assertThat(page.statusCode()).as("%s", other).isEqualTo(404);
        assertThat(page.asString()).as("%s", other).doesNotContain(MARK);
        other.given().accept("text/event-stream").queryParam("c", conversation).queryParam("n", 1).get("/assistant/words")
                .then().statusCode(404);
        assertThat(other.given().get("/search?category=blenders&c=" + conversation).asString()).as("%s", other)
                .doesNotContain("Back to the conversation");
    }

    private static JsonPath say(Party party, String conversation, String text) {
        return party.given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/assistant/conversations/" + conversation + "/messages")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> history(String token) {
        return given().auth().oauth2(token).get("/api/me/history").then().statusCode(200).extract().jsonPath().getList("conversations.conversation");
    }

    /** A browser starts a conversation from the home page's form; returns its id. */
    private String askInBrowser(HttpClient browser, String words) {
        Matcher token = FORM_TOKEN.matcher(Keycloak.get(browser, store).body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> asked = Keycloak.postForm(browser, store.resolve("/ask"), Map.of("csrf-token", token.group(1), "q", words));
        assertThat(asked.statusCode()).isEqualTo(303);
        return asked.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([0-9a-f-]{36}).*", "$1");
    }

    private String browserGuestKey;

    /** A second browser's guest capability (it started a conversation of its own). */
    private String browserGuestKey() {
        if (browserGuestKey == null) {
            HttpClient browser = Keycloak.browser();
            askInBrowser(browser, "a kettle");
            browserGuestKey = Keycloak.cookie(browser, "cc_guest");
        }
        return browserGuestKey;
    }
}
