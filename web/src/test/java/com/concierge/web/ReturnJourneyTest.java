package com.concierge.web;

import static com.concierge.web.support.Shop.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.web.support.Chromium;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A return in a real Chromium, with and without JavaScript (docs/postpurchase.md): the shopper signs
 * in on Keycloak's page, opens the order from their orders, asks to return the blender as too loud;
 * ops finds it in the console, approves it, receives it and refunds it; the shopper sees the refund
 * on the order page. Each page is checked with axe-core and kept as a screenshot
 * (target/screenshots/returns-*.png; docs/screenshots with -Dcc.docs-screenshots=true).
 */
@Tag("database-independent") // checked once, on H2; ReturnsTest covers the rules on PostgreSQL too
@QuarkusTest
class ReturnJourneyTest {

    @TestHTTPResource("/")
    URL home;

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aShopperReturnsTheBlenderAndOpsRefundsIt(boolean javaScript) {
        Shop.Returnable store = Shop.Returnable.stock(catalog, inventory);
        String number = store.buy(Keycloak.accessToken("shopper")).getString("number");
        String order = as(Keycloak.accessToken("merchandiser")).get("/api/admin/orders/" + number).then().statusCode(200).extract().path("id");
        as(Keycloak.accessToken("merchandiser")).post("/api/admin/orders/" + order + "/fulfil").then().statusCode(200);
        as(Keycloak.accessToken("ops")).post("/api/admin/orders/" + order + "/deliver").then().statusCode(403); // ops receives returns, not orders
        as(Keycloak.accessToken("merchandiser")).post("/api/admin/orders/" + order + "/deliver").then().statusCode(200);
        String shots = javaScript ? "returns-" : "returns-nojs-";

        Page shopper = signIn(javaScript, "shopper", "orders");
        shopper.locator("a", new Page.LocatorOptions().setHasText(number)).click();
        assertThat(shopper.locator("h1").textContent()).contains(number);
        assertThat(shopper.locator(".order-status").textContent()).isEqualTo("Delivered");
        assertThat(shopper.locator(".return-form").textContent()).contains("Not returnable: final sale");
        look(shopper, shots + "order");

        shopper.locator("#reason").selectOption("too-loud");
        shopper.locator("#comment").fill("much louder than I expected");
        shopper.locator("button", new Page.LocatorOptions().setHasText("Ask for the return")).click();
        assertThat(shopper.locator("#problem").textContent()).contains("Choose how many");
        assertThat(shopper.locator("#reason").inputValue()).as("the form keeps what was chosen").isEqualTo("too-loud");
        assertThat(shopper.locator("#comment").inputValue()).isEqualTo("much louder than I expected");
        shopper.getByLabel("Test item " + store.blender(), new Page.GetByLabelOptions().setExact(false)).selectOption("1");
        shopper.locator("button", new Page.LocatorOptions().setHasText("Ask for the return")).click();
        assertThat(shopper.locator("[role=status]").textContent()).contains("is asked for");
        assertThat(shopper.locator(".return .return-status").textContent()).isEqualTo("Requested");
        look(shopper, shots + "asked");
        String ret = shopper.locator(".return").getAttribute("id").substring("return-".length());

        Page ops = signIn(javaScript, "ops", "admin/returns");
        Locator article = ops.locator("#return-" + ret);
        assertThat(article.textContent()).contains("Too loud").contains("much louder than I expected");
        look(ops, shots + "console");
        article.locator("button", new Locator.LocatorOptions().setHasText("Approve")).click();
        assertThat(ops.locator("[role=status]").textContent()).contains(ret + " approved");
        ops.locator("#return-" + ret).locator("select").selectOption("yes");
        ops.locator("#return-" + ret).locator("button", new Locator.LocatorOptions().setHasText("Received")).click();
        assertThat(ops.locator("[role=status]").textContent()).contains(ret + " received");
        ops.locator("#return-" + ret).locator("button", new Locator.LocatorOptions().setHasText("Refund")).click();
        assertThat(ops.locator("[role=status]").textContent()).contains(ret + " refunded");

        shopper.reload();
        assertThat(shopper.locator(".return .return-status").textContent()).isEqualTo("Refunded");
        String refunded = shopper.locator(".return-refunded").textContent();
        assertThat(shopper.locator(".refunded").textContent()).isEqualTo(refunded);
        assertThat(refunded).startsWith("$");
        look(shopper, shots + "refunded");
    }

    private BrowserContext newContext(boolean javaScript) {
        BrowserContext created = Chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript).setLocale("en-US")
                .setViewportSize(1280, 900));
        contexts.add(created);
        return created;
    }

    /** A new browser signed in as {@code user} on Keycloak's own login page, back on {@code path}. */
    private Page signIn(boolean javaScript, String user, String path) {
        Page page = newContext(javaScript).newPage();
        page.navigate(home + "signin?then=/" + path);
        page.locator("#username").waitFor();
        page.locator("#username").fill(user);
        page.locator("#password").fill(Keycloak.DEMO_PASSWORDS.get(user));
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(home + path));
        return page;
    }

    /** axe-core runs in the page, so only with JavaScript; the HTML is the same without. */
    private static void look(Page page, String name) {
        if (name.startsWith("returns-nojs-")) {
            Chromium.screenshot(page, name);
            return;
        }
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, name);
    }
}
