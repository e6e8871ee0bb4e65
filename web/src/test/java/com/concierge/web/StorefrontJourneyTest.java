package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Chromium;
import com.concierge.web.support.Keycloak;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shopper's whole journey in a real Chromium, once with JavaScript (htmx fragments, the reply
 * over SSE) and once without (forms and full pages): ask for a quiet blender under $150, check
 * every card meets the cap, open "why this?", ask for cheaper, open a product, ask it a question
 * and see a cited answer, add it to the cart, check out as a guest and see the confirmation.
 * Every page is checked with axe-core, and no page may break its Content Security Policy.
 */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class StorefrontJourneyTest {

    private static final Pattern PRICE = Pattern.compile("\\$([0-9,]+\\.[0-9]{2})");

    @TestHTTPResource("/")
    URL home;

    private BrowserContext context;
    private final List<String> cspViolations = new ArrayList<>();

    @BeforeEach
    void quietConsole() {
        cspViolations.clear();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
    }

    @Test
    void aGuestFindsABlenderAsksAboutItAndBuysItWithJavaScript() {
        Page page = open(true);
        page.navigate(home.toString());
        assertThat(page.locator("h1").textContent()).isEqualTo("What are you looking for?");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "home");

        // the cards arrive as a fragment, the wording over SSE
        page.waitForResponse(r -> r.url().contains("/assistant/words"), () -> ask(page, "a quiet blender for smoothies under $150"));
        Locator first = page.locator("#turn-1");
        first.locator(".reply p").filter(new Locator.FilterOptions().setHasNotText("Writing")).first().waitFor();
        assertThat(page.url()).as("the conversation is in the address").contains("?c=");
        List<BigDecimal> prices = prices(first);
        assertThat(prices).isNotEmpty().allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(new BigDecimal("150")));
        assertThat(first.locator(".reply").textContent()).doesNotContain("Writing");
        whyThis(first);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "answer");

        // a refinement keeps the limit: "quiet" may already show the cheapest blender, so "cheaper" is not used here
        ask(page, "with a dishwasher safe jar");
        Locator second = page.locator("#turn-2");
        second.locator(".card").first().waitFor();
        assertThat(prices(second)).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(new BigDecimal("150")));
        assertThat(page.locator("#chips").textContent()).contains("under $").containsIgnoringCase("dishwasher");

        page.reload();
        assertThat(page.locator(".turn").count()).as("the conversation survives a reload").isEqualTo(2);

        // compare two of the first answer's cards
        first = page.locator("#turn-1");
        first.locator(".compare-pick input").nth(0).check();
        first.locator(".compare-pick input").nth(1).check();
        first.locator(".compare-form button").click();
        page.waitForURL(Pattern.compile(".*/compare\\?.*"));
        assertThat(page.locator("table.compare tbody tr").count()).isGreaterThan(2);
        assertThat(page.locator(".verdict").textContent()).isNotBlank();
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "compare");
        page.goBack();

        openFirstProduct(page);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "product");
        askAboutProduct(page);
        page.locator("form.add button").click();
        page.locator(".buy .added").filter(new Locator.FilterOptions().setHasText("Added")).waitFor();
        assertThat(page.locator(".buy .added").textContent()).contains("Cart (1)");

        checkOut(page, "", true);
    }

    @Test
    void theSameJourneyWorksWithoutJavaScript() {
        Page page = open(false);
        page.navigate(home.toString());
        ask(page, "a quiet blender for smoothies under $150");
        page.waitForURL(Pattern.compile(".*\\?c=.*"));
        Locator first = page.locator("#turn-1");
        assertThat(first.locator(".reply").textContent()).contains("blender");
        List<BigDecimal> prices = prices(first);
        assertThat(prices).isNotEmpty().allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(new BigDecimal("150")));
        whyThis(first);
        Chromium.screenshot(page, "nojs-answer");

        ask(page, "cheaper");
        Locator second = page.locator("#turn-2");
        assertThat(prices(second)).allSatisfy(p -> assertThat(p).isLessThan(prices.stream().min(BigDecimal::compareTo).orElseThrow()));

        // removing a chip is a form too
        page.locator("#chips li").filter(new Locator.FilterOptions().setHasText("under $")).locator("button.chip-remove").click();
        assertThat(page.locator("#chips").textContent()).doesNotContain("under $");

        openFirstProduct(page);
        askAboutProduct(page);
        page.locator("form.add button").click();
        page.waitForURL(Pattern.compile(".*/cart$"));
        checkOut(page, "nojs-", false);
    }

    @Test
    void signingInKeepsTheConversationAndBringsTheGuestCartAlong() {
        Page page = open(true);
        page.navigate(home.toString());
        ask(page, "a blender under $200");
        page.locator("#turn-1 .card").first().waitFor();
        page.waitForURL(Pattern.compile(".*\\?c=.*"));
        String conversation = page.url().replaceAll(".*\\?c=([0-9a-f-]{36}).*", "$1");
        page.locator("#turn-1 .card-actions button").first().click();
        page.locator("#turn-1 .added").filter(new Locator.FilterOptions().setHasText("Added")).first().waitFor();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.locator("#username").waitFor(); // Keycloak's own login page
        page.locator("#username").fill("shopper");
        page.locator("#password").fill(Keycloak.DEMO_PASSWORDS.get("shopper"));
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(".*/\\?c=" + conversation + ".*"));
        assertThat(page.locator("#turn-1").textContent()).contains("a blender under $200");
        assertThat(page.locator("header").textContent()).contains("Signed in as").contains("Sign out");

        page.navigate(home + "cart");
        assertThat(page.locator("table.lines tbody tr").count()).as("the guest cart's line came along").isGreaterThanOrEqualTo(1);
    }

    /**
     * The store's client gets 10-second tokens and a 25-second idle time for this test (the realm's
     * are 5 and 30 minutes): past the token lifetime the shopper is still signed in (the store
     * renewed the tokens); past the idle time the session ends, and the form they sent comes back
     * kept on the session-expired page, to send once signed in again in another tab.
     */
    @Test
    void aSignedInShopperStaysSignedInPastTheTokenLifetimeAndAnExpiredSessionKeepsTheForm() {
        Map<String, String> previous = Keycloak.clientAttributes("concierge-app",
                Map.of("access.token.lifespan", "10", "client.session.idle.timeout", "25"));
        try {
            Page page = open(false);
            page.navigate(home + "signin?then=%2Fproducts%2Fvortex-classic-1050-6");
            page.locator("#username").fill("shopper");
            page.locator("#password").fill(Keycloak.DEMO_PASSWORDS.get("shopper"));
            page.locator("#kc-login").click();
            page.waitForURL(Pattern.compile(".*/products/vortex-classic-1050-6.*"));
            assertThat(page.locator("header").textContent()).contains("Signed in as shopper");
            String sku = page.locator("form.add input[name=sku]").first().getAttribute("value");
            int before = quantityInCart(page, sku);
            page.navigate(home + "products/vortex-classic-1050-6");

            page.waitForTimeout(13_000); // the tokens have expired; the refresh token has not
            page.locator("form.add button").first().click();
            page.waitForURL(Pattern.compile(".*/cart$"));
            assertThat(page.locator("header").textContent()).as("still signed in").contains("Signed in as shopper");
            assertThat(quantityInCart(page, sku)).isEqualTo(before + 1);

            page.navigate(home + "products/vortex-classic-1050-6");
            page.waitForTimeout(30_000); // past the idle time: the session cannot be renewed
            page.locator("form.add button").first().click();
            page.waitForURL(Pattern.compile(".*/session-expired.*"));
            assertThat(page.locator("h1").textContent()).isEqualTo("You were signed out");
            assertThat(page.locator("#kept").textContent()).contains("Nothing you had just sent was done");
            assertThat(page.locator("form.kept-form input[name=sku]").getAttribute("value")).isEqualTo(sku);
            assertThat(page.locator("form.kept-form").getAttribute("action")).isEqualTo("/cart/add");

            Page signIn = context.waitForPage(() -> page.getByText("Sign in again (opens a new tab)").click());
            signIn.waitForLoadState();
            if (signIn.locator("#username").count() > 0) {
                signIn.locator("#username").fill("shopper");
                signIn.locator("#password").fill(Keycloak.DEMO_PASSWORDS.get("shopper"));
                signIn.locator("#kc-login").click();
            }
            signIn.waitForURL(Pattern.compile(".*/session-expired/signed-in$"));
            signIn.close();

            page.locator("form.kept-form button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/cart$"));
            assertThat(page.locator("header").textContent()).as("sent as the shopper").contains("Signed in as shopper");
            assertThat(quantityInCart(page, sku)).as("the kept form added the item once").isEqualTo(before + 2);
        } finally {
            Keycloak.clientAttributes("concierge-app", previous);
        }
    }

    /** Units of {@code sku} in the cart page (0 when the cart has no such line); leaves the page on the cart. */
    private int quantityInCart(Page page, String sku) {
        page.navigate(home + "cart");
        Locator line = page.locator("table.lines tbody tr").filter(new Locator.FilterOptions().setHas(page.locator("input[value='" + sku + "']")));
        return line.count() == 0 ? 0 : Integer.parseInt(line.first().locator("input[name=quantity]").inputValue());
    }

    @Test
    void aPhoneSizedScreenGetsOneColumnAndStaysAccessible() {
        Page page = open(true);
        page.setViewportSize(390, 844);
        page.navigate(home + "products/vortex-classic-1050-6");
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "phone-product");
    }

    private Page open(boolean javaScript) {
        Browser browser = Chromium.browser();
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript).setLocale("en-US")
                .setViewportSize(1280, 900));
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text() + " at " + m.location() + " on " + page.url());
            }
        });
        return page;
    }

    private static void ask(Page page, String text) {
        page.locator("#q").fill(text);
        page.locator("#ask-form button").click();
    }

    private static List<BigDecimal> prices(Locator turn) {
        List<BigDecimal> prices = new ArrayList<>();
        for (String text : turn.locator(".card .price").allTextContents()) {
            java.util.regex.Matcher m = PRICE.matcher(text);
            assertThat(m.find()).as("a price in " + text).isTrue();
            prices.add(new BigDecimal(m.group(1).replace(",", "")));
        }
        return prices;
    }

    private static void whyThis(Locator turn) {
        Locator why = turn.locator("details.why").first();
        why.locator("summary").click();
        assertThat(why.getAttribute("open")).isNotNull();
        assertThat(why.textContent()).contains("Meets what you asked").contains("under $150").contains("Evidence");
        assertThat(why.locator(".evidence a").first().getAttribute("href")).startsWith("/products/");
    }

    private static void openFirstProduct(Page page) {
        page.locator(".turn .card h3 a").first().click();
        page.waitForURL(Pattern.compile(".*/products/[^?]+\\?c=.*"));
        assertThat(page.locator("#specs table tr").count()).isGreaterThan(2);
        assertThat(page.locator("#policies").textContent()).contains("Returnable");
    }

    private static void askAboutProduct(Page page) {
        page.locator("#question").fill("is the jar dishwasher safe?");
        page.locator("form.ask-product button").click();
        Locator answer = page.locator("#answer");
        answer.locator("h3").filter(new Locator.FilterOptions().setHasText("dishwasher")).waitFor();
        assertThat(answer.locator(".evidence a").count()).as("the answer cites its sources").isGreaterThan(0);
        assertThat(answer.locator(".evidence a").first().getAttribute("href")).startsWith("#");
    }

    private void checkOut(Page page, String shots, boolean javaScript) {
        page.navigate(home + "cart");
        assertThat(page.locator("table.lines tbody tr").count()).isEqualTo(1);
        page.locator("#region").selectOption("US");
        page.locator("form.ship button").click();
        assertThat(page.locator(".totals").textContent()).contains("Tax");
        if (javaScript) {
            Chromium.assertAccessible(page);
        }
        Chromium.screenshot(page, shots + "cart");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check out")).click();
        page.waitForURL(Pattern.compile(".*/checkout$"));
        page.locator("#email").fill("guest@example.com");
        page.locator("#card").fill("4242 4242 4242 4242");
        page.locator("#exp").fill("12/30");
        page.locator("#cvc").fill("123");
        page.locator("form.pay button").click();
        page.waitForURL(Pattern.compile(".*/checkout/orders/.*"));
        assertThat(page.locator("h1").textContent()).contains("Your order is placed");
        assertThat(page.locator(".order-number").textContent()).startsWith("CC-");
        Chromium.screenshot(page, shots + "confirmation");
    }
}
