package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The storefront's pages over HTTP: htmx fragments and the SSE reply, CSRF refusals, escaping of
 * untrusted review text, the JSON-LD block, security headers, input kept with a message, and money
 * in the shopper's locale.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class StorefrontPagesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** A browser's first visit: the CSRF cookie and the token its forms carry. */
    record Visit(String cookie, String token, Map<String, String> cookies) {
        static Visit to(String path) {
            Response page = given().get(path);
            Matcher m = TOKEN.matcher(page.asString());
            assertThat(m.find()).as("a form token on " + path).isTrue();
            Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
            cookies.put("cc-csrf", page.getCookie("cc-csrf"));
            return new Visit(page.getCookie("cc-csrf"), m.group(1), cookies);
        }

        io.restassured.specification.RequestSpecification post() {
            return browse().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("csrf-token", token);
        }

        /** A request from this browser: its cookies go along (the guest capability among them), the ones it is given are kept. */
        io.restassured.specification.RequestSpecification browse() {
            return given().cookies(cookies).filter((request, response, context) -> {
                Response answer = context.next(request, response);
                answer.getCookies().forEach((name, value) -> {
                    if (!value.isEmpty()) {
                        cookies.put(name, value);
                    }
                });
                return answer;
            });
        }
    }

    @Test
    void formsWithoutTheirTokenAreRefusedWithAPageAndChangeNothing() {
        Response missing = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("q", "a quiet blender").post("/ask");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.asString()).contains("This form has expired").doesNotContain("Exception");

        Visit visit = Visit.to("/");
        Response forged = given().redirects().follow(false).cookie("cc-csrf", visit.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "forged-" + visit.token()).formParam("sku", "ANY").post("/cart/add");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.getCookie("cc_cart")).as("no cart was opened").isNull();

        Response fromAnotherSite = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", visit.token()).formParam("q", "x").post("/ask");
        assertThat(fromAnotherSite.statusCode()).as("a token without its cookie").isEqualTo(400);

        Response good = visit.post().formParam("q", "a quiet blender for smoothies").post("/ask");
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(good.header("Location")).contains("/?c=");
    }

    @Test
    void htmxGetsTheTurnAsAFragmentAndTheWordingOverServerSentEvents() {
        Visit visit = Visit.to("/");
        Response fragment = visit.post().header("HX-Request", "true").formParam("q", "a quiet blender for smoothies under $150").post("/ask");
        assertThat(fragment.statusCode()).isEqualTo(200);
        String html = fragment.asString();
        assertThat(html).startsWith("<li class=\"turn\" id=\"turn-1\">").doesNotContain("<html").doesNotContain("<header");
        assertThat(html).contains("<div id=\"chips\"").contains("hx-swap-oob=\"true\"").contains("under $150");
        assertThat(html).as("the cards come at once").contains("class=\"card");
        String push = fragment.header("HX-Push-Url");
        assertThat(push).startsWith("/?c=");
        String conversation = push.substring(4);
        assertThat(html).contains("sse-connect=\"/assistant/words?c=" + conversation + "&amp;n=1\"");

        String events = visit.browse().accept("text/event-stream").queryParam("c", conversation).queryParam("n", 1)
                .get("/assistant/words").then().statusCode(200).extract().asString();
        assertThat(events).contains("event:reply").contains("blender").contains("event:done");
        assertThat(events.indexOf("event:reply")).isLessThan(events.indexOf("event:done"));

        // the same conversation as a page after a reload
        String page = visit.browse().queryParam("c", conversation).get("/").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"turn-1\"").contains("a quiet blender for smoothies under $150");

        Response problem = visit.post().header("HX-Request", "true").formParam("c", conversation).formParam("q", "  ").post("/ask");
        assertThat(problem.header("HX-Retarget")).isEqualTo("#problem");
        assertThat(problem.asString()).contains("Tell the assistant what you are looking for.");
    }

    @Test
    void reviewTextAndProductDataAreEscapedAndTheJsonLdCannotBeBrokenOutOf() throws Exception {
        String token = Keycloak.accessToken("merchandiser");
        String sku = "EVIL-" + UUID.randomUUID();
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("sku", sku, "title", "Evil </script><script>alert(1)</script> kettle", "brand", "<b>Bold</b>",
                        "price", Map.of("amount", "20", "currency", "USD")))
                .post("/api/admin/products").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType("text/csv")
                .body("rating,title,text,date,variant,verified,author\n"
                        + "1,<img src=x onerror=alert(1)>,\"Broke at once. <script>alert('xss')</script> Do not buy.\",2026-10-01,,yes,mallory\n")
                .post("/api/admin/products/" + id + "/reviews").then().statusCode(200);
        String handle = given().get("/api/products/" + id).then().statusCode(200).extract().path("product.handle");

        String html = given().get("/products/" + handle).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>alert").doesNotContain("<b>Bold</b>");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;script&gt;alert(");

        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(block.find()).isTrue();
        JsonNode json = new ObjectMapper().readTree(block.group(1));
        assertThat(json.get("name").asText()).isEqualTo("Evil </script><script>alert(1)</script> kettle");
        assertThat(block.find()).as("only one JSON-LD block, and nothing after it breaks out").isFalse();
    }

    @Test
    void theProductPageCarriesValidProductAndOfferJsonLd() throws Exception {
        String html = given().get("/products/vortex-classic-1050-6").then().statusCode(200).extract().asString();
        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(block.find()).isTrue();
        JsonNode json = new ObjectMapper().readTree(block.group(1));
        assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asText()).isEqualTo("Product");
        assertThat(json.get("name").asText()).isEqualTo("Vortex Classic 1050 Blender");
        assertThat(json.get("url").asText()).endsWith("/products/vortex-classic-1050-6");
        JsonNode offer = json.get("offers").get(0);
        assertThat(offer.get("@type").asText()).isEqualTo("Offer");
        assertThat(offer.get("price").asText()).isEqualTo("143.99");
        assertThat(offer.get("priceCurrency").asText()).isEqualTo("USD");
        assertThat(offer.get("availability").asText()).startsWith("https://schema.org/");
    }

    @Test
    void pagesSendSecurityHeadersThatAllowNoInlineScript() {
        Response page = given().get("/products/vortex-classic-1050-6");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.asString()).doesNotContainPattern("<script>(?!</)").doesNotContain(" onclick=").doesNotContain(" style=\"");
    }

    @Test
    void badInputIsKeptInTheFormWithAMessageAndNeverAStackTrace() {
        Visit visit = Visit.to("/products/vortex-classic-1050-6");
        String product = given().get("/api/products/vortex-classic-1050-6").then().extract().path("product.id");
        Response tooLong = visit.post().formParam("product", product).formParam("q", "is it quiet? " + "x".repeat(1000)).post("/products/ask");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("Please keep your question under 1000 characters.").contains("is it quiet? xxx");

        Response search = given().queryParam("q", "blender").queryParam("price.min", "cheap").get("/search");
        assertThat(search.statusCode()).isEqualTo(400);
        assertThat(search.asString()).contains("This search cannot be run").contains("value=\"blender\"").doesNotContain("Exception");

        Response missing = given().get("/products/no-such-product-" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.asString()).contains("We could not find that product");

        // checkout: a bad expiry keeps the e-mail, never the card number
        String sku = given().get("/api/products/vortex-classic-1050-6").then().extract().path("product.variants[0].sku");
        Response added = visit.post().formParam("sku", sku).formParam("quantity", "1").post("/cart/add");
        String cart = added.getCookie("cc_cart");
        given().redirects().follow(false).cookie("cc-csrf", visit.cookie()).cookie("cc_cart", cart).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", visit.token()).formParam("region", "US").post("/cart/ship").then().statusCode(303);
        String checkout = given().cookie("cc_cart", cart).get("/checkout").then().statusCode(200).extract().asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(checkout);
        assertThat(version.find()).isTrue();
        Response refused = given().redirects().follow(false).cookie("cc-csrf", visit.cookie()).cookie("cc_cart", cart)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", visit.token())
                .formParam("key", UUID.randomUUID().toString()).formParam("version", version.group(1)).formParam("email", "kept@example.com")
                .formParam("card", "4242424242424242").formParam("exp", "next year").formParam("cvc", "123").post("/checkout/place");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("MM/YY").contains("value=\"kept@example.com\"").doesNotContain("4242424242424242");
    }

    @Test
    void pricesAndNumbersFollowTheShoppersLanguage() {
        assertThat(given().header("Accept-Language", "en-US").get("/products/vortex-classic-1050-6").asString()).contains("$143.99");
        assertThat(given().header("Accept-Language", "de-DE,de;q=0.9").get("/products/vortex-classic-1050-6").asString()).contains("143,99");
    }

    @Test
    void searchFacetsAreLinksThatFilterAndTheConversationOpensItsOwnSearch() {
        String html = given().queryParam("q", "blender").get("/search").then().statusCode(200).extract().asString();
        Matcher brand = Pattern.compile("href=\"(/search\\?[^\"]*brand=[^\"]+)\"").matcher(html);
        assertThat(brand.find()).as("a brand facet link").isTrue();
        String filtered = given().urlEncodingEnabled(false).get(brand.group(1).replace("&amp;", "&")).then().statusCode(200).extract().asString();
        assertThat(filtered).contains("aria-current=\"true\"");

        Visit visit = Visit.to("/");
        String location = visit.post().formParam("q", "a blender under $100").post("/ask").header("Location");
        String conversation = location.replaceAll(".*c=([0-9a-f-]{36}).*", "$1");
        String page = visit.browse().queryParam("c", conversation).get("/").asString();
        Matcher search = Pattern.compile("href=\"(/search\\?[^\"]*)\">See every match").matcher(page);
        assertThat(search.find()).isTrue();
        String link = search.group(1).replace("&amp;", "&");
        assertThat(link).contains("category=blenders").contains("price.max=100").contains("c=" + conversation);
        String results = visit.browse().urlEncodingEnabled(false).get(link).then().statusCode(200).extract().asString();
        assertThat(results).contains("under $100").contains("Back to the conversation");
    }

    @Test
    void filtersChosenInTheConversationsSearchBecomeItsChips() {
        Visit visit = Visit.to("/");
        String location = visit.post().formParam("q", "a blender under $100").post("/ask").header("Location");
        String conversation = location.replaceAll(".*c=([0-9a-f-]{36}).*", "$1");
        Matcher search = Pattern.compile("href=\"(/search\\?[^\"]*)\">See every match").matcher(visit.browse().queryParam("c", conversation).get("/").asString());
        assertThat(search.find()).isTrue();
        String link = search.group(1).replace("&amp;", "&");
        String own = visit.browse().urlEncodingEnabled(false).get(link).then().statusCode(200).extract().asString();
        assertThat(own).as("nothing chosen yet: nothing to take back").doesNotContain("Ask again with these filters");

        // the shopper raises the cap and picks a brand among the results
        String raised = visit.browse().urlEncodingEnabled(false).get(link.replace("price.max=100", "price.max=200")).then().statusCode(200)
                .extract().asString();
        Matcher brandLink = Pattern.compile("href=\"(/search\\?[^\"]*brand=([^\"&]+)[^\"]*)\"").matcher(raised);
        assertThat(brandLink.find()).as("a brand facet link").isTrue();
        String brand = java.net.URLDecoder.decode(brandLink.group(2), java.nio.charset.StandardCharsets.UTF_8);
        String chosen = visit.browse().urlEncodingEnabled(false).get(brandLink.group(1).replace("&amp;", "&")).then().statusCode(200).extract().asString();
        Matcher form = Pattern.compile("name=\"filters\" value=\"([^\"]+)\"").matcher(chosen);
        assertThat(form.find()).as("the form that takes the filters back").isTrue();

        Response back = visit.post().formParam("c", conversation).formParam("filters", form.group(1).replace("&amp;", "&"))
                .post("/search/conversation");
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.header("Location")).endsWith("/?c=" + conversation + "#turn-2");
        // the browser's guest capability is the same key an API client holds
        io.restassured.path.json.JsonPath now = given().header(Talk.TOKEN_HEADER, visit.cookies().get("cc_guest"))
                .get("/api/assistant/conversations/" + conversation).then().statusCode(200)
                .extract().jsonPath();
        assertThat(now.getString("constraints.find { it.id == 'price' }.max")).isEqualTo("200");
        assertThat(now.getList("constraints.find { it.id == 'brand' }.values", String.class)).containsExactly(brand);
        String page = visit.browse().queryParam("c", conversation).get("/").asString();
        assertThat(page).contains("under $200").contains(brand);
        Matcher cardBrands = Pattern.compile("<p class=\"brand-name\">([^<]+)</p>").matcher(page.substring(page.indexOf("id=\"turn-2\"")));
        assertThat(cardBrands.results().map(m -> m.group(1)).toList()).as("every card of the new turn is of the chosen brand")
                .isNotEmpty().containsOnly(brand);

        Response unknownAttribute = visit.post().formParam("c", conversation).formParam("filters", "category=blenders&attr.wingspan.max=3")
                .post("/search/conversation");
        assertThat(unknownAttribute.statusCode()).isEqualTo(400);
        assertThat(unknownAttribute.asString()).doesNotContain("Exception");
    }

    @Test
    void theCartPageChangesQuantitiesAndSaysWhatItRefuses() {
        Visit visit = Visit.to("/products/vortex-classic-1050-6");
        String sku = given().get("/api/products/vortex-classic-1050-6").then().extract().path("product.variants[0].sku");
        String cart = visit.post().formParam("sku", sku).formParam("quantity", "1").post("/cart/add").getCookie("cc_cart");
        java.util.function.Function<Map<String, String>, Response> post = form -> given().redirects().follow(false)
                .cookie("cc-csrf", visit.cookie()).cookie("cc_cart", cart).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", visit.token()).formParams(form).post(form.get("to"));

        assertThat(post.apply(Map.of("to", "/cart/update", "sku", sku, "quantity", "2")).statusCode()).isEqualTo(303);
        assertThat(given().cookie("cc_cart", cart).get("/cart").asString()).contains("value=\"2\"").contains("$287.98");

        Response notANumber = post.apply(Map.of("to", "/cart/update", "sku", sku, "quantity", "two"));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.asString()).contains("The quantity must be a whole number, not “two”.").contains("value=\"2\"");

        Response unknownCode = post.apply(Map.of("to", "/cart/discount", "code", "NO-SUCH-CODE"));
        assertThat(unknownCode.statusCode()).isEqualTo(404);
        assertThat(unknownCode.asString()).contains("NO-SUCH-CODE");

        assertThat(post.apply(Map.of("to", "/cart/update", "sku", sku, "remove", "1")).statusCode()).isEqualTo(303);
        assertThat(given().cookie("cc_cart", cart).get("/cart").asString()).contains("Your cart is empty");
    }

    @Test
    void aQuestionAboutANamedProductIsAnsweredWithCitationsOverTheApiToo() {
        String product = given().get("/api/products/vortex-classic-1050-6").then().extract().path("product.id");
        String conversation = Talk.start();
        io.restassured.path.json.JsonPath turn = Talk.as(conversation).contentType("application/json")
                .body(Map.of("product", product, "text", "is the jar dishwasher safe?"))
                .post("/api/assistant/conversations/" + conversation + "/questions").then().statusCode(200).extract().jsonPath();
        assertThat(turn.getString("intent")).isEqualTo("QUESTION");
        assertThat(turn.getString("answer.product")).isEqualTo(product);
        assertThat(turn.getBoolean("answer.known")).isTrue();
        assertThat(turn.getList("answer.citations.id", String.class)).contains(product + "/dishwasher_safe");

        Talk.as(conversation).contentType("application/json").body(Map.of("product", UUID.randomUUID().toString(), "text", "is it quiet?"))
                .post("/api/assistant/conversations/" + conversation + "/questions").then().statusCode(404)
                .contentType("application/problem+json");
        Talk.as(conversation).contentType("application/json").body(Map.of("product", product, "text", " "))
                .post("/api/assistant/conversations/" + conversation + "/questions").then().statusCode(400);
    }
}
