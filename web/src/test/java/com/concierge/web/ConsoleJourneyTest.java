package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Chromium;
import com.concierge.web.support.Keycloak;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
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

    private BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aMerchandiserFixesABlendersNoiseAndTheAssistantAnswersWithIt() {
        String handle = given().queryParam("category", "blenders").queryParam("brand", "Calma").queryParam("sort", "price_desc")
                .queryParam("size", 1).get("/api/products").then().statusCode(200).extract().path("hits[0].handle");
        String noise = given().get("/api/products/" + handle).then().extract().path("product.attributes.find { it.key == 'noise' }.source");

        Browser browser = Chromium.browser();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
        Page page = context.newPage();
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
    }

    private static void look(Page page, String name) {
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, name);
    }
}
