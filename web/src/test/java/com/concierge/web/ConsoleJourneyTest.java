package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Chromium;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import com.concierge.assistant.internal.intent.VocabularySource;
import com.concierge.kernel.events.Outbox;
import com.concierge.measurement.api.Measurement;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser's journey through the console in a real Chromium, signed in on Keycloak's own login
 * page (docs/console.md): find a blender, give its noise a value the schema refuses (the error shows
 * under the field, nothing is saved), fix it, and see the product page and the assistant's answer
 * change and the change log record it. Every console page is checked with axe-core and kept as a
 * screenshot (target/screenshots/console-*.png).
 */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsoleJourneyTest {

    @TestHTTPResource("/")
    URL home;

    private static final String SPONSORED_ASK = "a blender under $200";

    @Inject
    Measurement measurement;

    @Inject
    Outbox outbox;

    @Inject
    VocabularySource vocabularies;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Test
    void aMerchandiserFixesABlendersNoiseAndTheAssistantAnswersWithIt() {
        String handle = given().queryParam("category", "blenders").queryParam("brand", "Calma").queryParam("sort", "price_desc")
                .queryParam("size", 1).get("/api/products").then().statusCode(200).extract().path("hits[0].handle");
        String noise = given().get("/api/products/" + handle).then().extract().path("product.attributes.find { it.key == 'noise' }.source");

        Page page = newContext().newPage();
        page.navigate(home + "admin");
        page.locator("#username").waitFor(); // Keycloak's own login page
        page.locator("#username").fill("merchandiser");
        page.locator("#password").fill(Keycloak.DEMO_PASSWORDS.get("merchandiser"));
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.endsWith("/admin"));
        look(page, "console-home");

        page.getByText("Products", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#q").fill("calma");
        page.locator("#category").selectOption("blenders");
        page.locator("form.filters button").click();
        look(page, "console-products");
        page.locator("a[href='/admin/products/" + handle + "']").click();
        assertThat(page.locator("h2#assistant-heading").textContent()).isEqualTo("How the assistant sees it");
        look(page, "console-editor");

        page.locator("[name='attr.noise']").fill("whisper quiet");
        page.locator("form.editor button[type=submit]").click();
        assertThat(page.locator("#attr\\.noise-error").textContent()).isNotBlank();
        assertThat(page.locator("[name='attr.noise']").inputValue()).isEqualTo("whisper quiet");
        assertThat(page.locator("[role=alert]").textContent()).contains("Nothing was saved");
        look(page, "console-editor-refused");
        assertThat((String) given().get("/api/products/" + handle).then().extract().path("product.attributes.find { it.key == 'noise' }.source"))
                .as("nothing saved").isEqualTo(noise);

        try {
            page.locator("[name='attr.noise']").fill("44 dB");
            page.locator("form.editor button[type=submit]").click();
            assertThat(page.locator("[role=status]").textContent()).contains("Saved.");

            page.navigate(home + "products/" + handle);
            assertThat(page.locator("main").textContent()).contains("44 dB");

            page.navigate(home.toString());
            page.locator("#q").fill("a blender quieter than 50 dB");
            page.locator("#ask-form button").click();
            Locator turn = page.locator("#turn-1");
            turn.locator(".card").first().waitFor();
            assertThat(turn.locator(".card a[href*='/products/" + handle + "']").count()).as("the edited blender is the answer").isPositive();

            page.navigate(home + "admin/changes?kind=product");
            assertThat(page.locator("table.changes tbody tr").first().textContent()).contains("merchandiser").contains("edit");
            look(page, "console-changes");
        } finally {
            page.navigate(home + "admin/products/" + handle);
            page.locator("[name='attr.noise']").fill(noise);
            page.locator("form.editor button[type=submit]").click();
            assertThat(page.locator("[role=status]").textContent()).contains("Saved.");
        }
        page.navigate(home + "admin/synonyms");
        look(page, "console-synonyms");
        page.navigate(home + "admin/guides");
        look(page, "console-guides");
        page.navigate(home + "admin/guides/blender-wont-start");
        assertThat(page.locator("#steps").inputValue()).contains("Is the jar seated on the base until it clicks? | ");
        look(page, "console-guide");
    }

    @Test
    void aMerchandiserSponsorsABlenderShoppersSeeTheLabelAndTheLedgerCountsIt() {
        List<String> organic = Talk.say(Talk.start(), SPONSORED_ASK).getList("recommendations.product", String.class);
        Map<String, Object> fitting = given().queryParam("category", "blenders").queryParam("price.max", "200").queryParam("in_stock", "true")
                .queryParam("sort", "rating").queryParam("size", "20").get("/api/products").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("hits").stream().filter(h -> !organic.contains((String) h.get("id"))).skip(2).findFirst().orElseThrow();
        String product = (String) fitting.get("id");
        String label = "Sponsored by the journey";

        Page console = signIn("/admin/placements");
        try {
            console.locator("#product").fill((String) fitting.get("handle"));
            console.locator("#label").fill(label);
            console.locator("#active").check();
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sponsor").setExact(true)).click();
            assertThat(console.locator("[role=status]").textContent()).contains("Saved the sponsorship.");
            assertThat(console.locator("table.sponsored").textContent()).contains(label).contains("running");

            BrowserContext guest = newContext();
            Page shopper = guest.newPage();
            shopper.navigate(home.toString());
            shopper.locator("#q").fill(SPONSORED_ASK);
            shopper.locator("#ask-form button").click();
            Locator sponsored = shopper.locator("#turn-1 .card.sponsored");
            sponsored.waitFor();
            assertThat(sponsored.locator(".label-sponsored").textContent()).isEqualTo(label);
            assertThat(sponsored.locator("h3").textContent().strip()).isEqualTo(fitting.get("title"));
            sponsored.locator("form[action='/cart/add'] button").click();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !sponsored.locator(".added").textContent().isBlank());

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                outbox.deliverPending();
                assertThat(measurement.sponsoredLedger(today, today)).filteredOn(d -> d.product().toString().equals(product))
                        .singleElement().satisfies(d -> {
                            assertThat(d.impressions()).isPositive();
                            assertThat(d.conversations()).isPositive();
                            assertThat(d.cartAdds()).isEqualTo(1);
                        });
            });
            console.navigate(home + "admin/placements");
            assertThat(console.locator("table.ledger tbody tr").filter(new Locator.FilterOptions().setHasText((String) fitting.get("title")))
                    .first().textContent()).contains(today.toString());
            look(console, "console-placements");
        } finally {
            given().auth().oauth2(Keycloak.accessToken("merchandiser")).delete("/api/admin/assistant/placements/sponsored/" + product)
                    .then().statusCode(204);
        }
        List<Map<String, Object>> ledger = given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/assistant/placements/ledger")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(ledger).as("an ended sponsorship keeps its lines").anySatisfy(line -> assertThat(line.get("product")).isEqualTo(product));
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).queryParam("from", "yesterday").get("/api/admin/assistant/placements/ledger")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aMerchandiserDecidesAFlagGradesAnAnswerAndImportsAFileWithBadRows() throws java.io.IOException {
        Map<String, Object> fryer = given().queryParam("category", "air-fryers").queryParam("size", 1).get("/api/products").then().statusCode(200)
                .extract().path("hits[0]");
        String handle = (String) fryer.get("handle");
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("text/csv").body("""
                product,rating,text,date,author
                %s,1,"The basket handle melted and it started smoking.",2026-10-02,eve-3005
                """.formatted(handle)).post("/api/admin/reviews").then().statusCode(200);
        String conversation = Talk.start();
        Talk.say(conversation, "an air fryer for two under $120");
        outbox.deliverPending();
        String audit = (String) given().auth().oauth2(Keycloak.accessToken("merchandiser"))
                .queryParam("day", LocalDate.now(ZoneOffset.UTC).toString()).post("/api/admin/audits/sample").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream().filter(i -> conversation.equals(i.get("conversation")))
                .findFirst().orElseThrow(() -> new AssertionError("the answer was not sampled")).get("id");

        String words = URLEncoder.encode((String) fryer.get("title"), StandardCharsets.UTF_8);
        Page page = signIn("/admin/products");
        Locator flag = page.locator("tr").filter(new Locator.FilterOptions().setHasText("basket handle melted"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            page.navigate(home + "admin/products?flagged=on&q=" + words); // the product's open flags, linked to its queue
            Locator count = page.locator("a[href='/admin?product=" + handle + "#queue-heading']");
            if (count.count() == 0) {
                return false;
            }
            count.click();
            return flag.count() > 0;
        });
        look(page, "console-review-queue");
        flag.first().locator("input[name=note]").fill("Confirmed with the maker.");
        flag.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.locator("[role=status]").first().textContent()).contains("Confirmed");

        page.navigate(home + "admin/audits?item=" + audit);
        Locator item = page.locator("article").filter(new Locator.FilterOptions().setHas(page.locator("#accuracy-" + audit)));
        page.locator("#accuracy-" + audit).selectOption("4");
        page.locator("#policy-" + audit).selectOption("5");
        item.locator("form.grade button").click(); // tone left out: refused under the item, nothing graded
        assertThat(page.locator("#error-" + audit).textContent()).contains("Tone must be a score from 1 to 5");
        look(page, "console-audits");
        page.locator("#accuracy-" + audit).selectOption("4");
        page.locator("#policy-" + audit).selectOption("5");
        page.locator("#tone-" + audit).selectOption("3");
        item.locator("form.grade button").click();
        assertThat(item.locator("p.grade").textContent()).contains("Graded by merchandiser: accuracy 4, policy 5, tone 3");

        String category = "journey-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"name\": \"Journey imports\", \"attributes\": []}").put("/api/admin/categories/" + category).then().statusCode(200);
        page.navigate(home + "admin/imports");
        page.locator("#file").setInputFiles(new FilePayload("things.csv", "text/csv", """
                product,sku,category,title,brand,price,currency
                %1$s-a,%1$s-A,%1$s,Thing A,Brand,10,USD
                %1$s-b,%1$s-B,%1$s,Thing B,Brand,ten dollars,USD
                """.formatted(category).getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        page.getByText("Done:").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(page.locator("[role=status]").textContent()).contains("2 rows read, 1 stored, 1 refused");
        look(page, "console-import-report");
        Download download = page.waitForDownload(() -> page.getByText("Download the report (CSV)").click());
        assertThat(download.suggestedFilename()).endsWith(".csv");
        assertThat(Files.readString(download.path())).startsWith("row,sku,field,reason,message").contains("MALFORMED_PRICE");

        page.navigate(home + "admin/changes");
        assertThat(page.locator("table.changes").textContent()).contains("review-flag").contains("answer-audit");
    }

    @Test
    void aMerchandiserAddsASynonymAndShoppersAreReadWithIt() {
        Page console = signIn("/admin/synonyms");
        console.locator("#term").fill("storm proof");
        console.locator("#kind").selectOption("attribute");
        console.locator("#target").fill("waterproof=perhaps");
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(console.locator("#target-error").textContent()).contains("it is yes or no");
        assertThat(console.locator("#term").inputValue()).isEqualTo("storm proof");
        console.locator("#target").fill("waterproof=yes");
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(console.locator("[role=status]").textContent()).contains("Saved");
        try {
            vocabularies.refresh(); // what the 30-second schedule does on every replica
            Page shopper = newContext().newPage();
            shopper.navigate(home.toString());
            shopper.locator("#q").fill("trail running shoes, storm proof");
            shopper.locator("#ask-form button").click();
            shopper.locator("#turn-1 .card").first().waitFor();
            assertThat(shopper.locator("#chips").textContent().toLowerCase()).contains("waterproof");
        } finally {
            console.navigate(home + "admin/synonyms?q=storm");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove")).first().click();
            assertThat(console.locator("[role=status]").textContent()).contains("storm proof");
        }
    }

    @Test
    void everyConsolePageIsAccessibleForItsRoles() {
        Page page = signIn("/admin");
        page.navigate(home + "admin/products?category=blenders");
        String editor = page.locator("table a[href^='/admin/products/']").first().getAttribute("href").substring(1);
        for (String[] visit : new String[][] {{"admin/products?category=blenders", "console-products"}, {editor, "console-editor"},
                {"admin/categories", "console-categories"}, {"admin/categories/blenders", "console-category"},
                {"admin/policies", "console-policies"}, {"admin/do-not-generate", "console-do-not-generate"},
                {"admin/quality", "console-quality"}, {"admin/imports", "console-imports"}, {"admin/operations", "console-operations"},
                {"admin/audits", "console-audits-queue"}, {"admin/kpis", "console-kpis"}}) {
            page.navigate(home + visit[0]);
            assertThat(page.locator("h1").count()).as(visit[0]).isEqualTo(1);
            look(page, visit[1]);
        }

        Page ops = newContext().newPage(); // ops: operations and the imports, read-only; not the merchandiser's pages
        ops.navigate(home + "admin/operations");
        ops.locator("#username").fill("ops");
        ops.locator("#password").fill(Keycloak.DEMO_PASSWORDS.get("ops"));
        ops.locator("#kc-login").click();
        ops.waitForURL(url -> url.endsWith("/admin/operations"));
        look(ops, "console-operations-ops");
        ops.navigate(home + "admin/imports");
        assertThat(ops.locator("input[type=file]").count()).as("no upload for ops").isZero();
        assertThat(ops.navigate(home + "admin/products").status()).isEqualTo(403);
    }

    /** A new browser context (its own cookies), closed after the test. */
    private BrowserContext newContext() {
        BrowserContext created = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
        contexts.add(created);
        return created;
    }

    /** A new browser signed in as the merchandiser on Keycloak's own login page, back on {@code path}. */
    private Page signIn(String path) {
        Page page = newContext().newPage();
        page.navigate(home + path.substring(1));
        page.locator("#username").waitFor();
        page.locator("#username").fill("merchandiser");
        page.locator("#password").fill(Keycloak.DEMO_PASSWORDS.get("merchandiser"));
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(home + path.substring(1)));
        return page;
    }

    private static void look(Page page, String name) {
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, name);
    }
}
