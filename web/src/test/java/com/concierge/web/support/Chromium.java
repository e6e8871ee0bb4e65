package com.concierge.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java, started once per JVM (no browser download: the
 * executable is {@code /usr/bin/chromium}, or {@code CC_CHROMIUM}). Also runs axe-core (from its
 * webjar) in a page, and saves screenshots under target/screenshots.
 */
public final class Chromium {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CC_CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static com.microsoft.playwright.Browser browser;
    private static String axe;

    private Chromium() {
    }

    public static synchronized com.microsoft.playwright.Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(CHROMIUM + " is missing: install Debian's chromium (apt-get install -y chromium), "
                        + "as .ci/run does, or point CC_CHROMIUM at a Chromium");
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                            "--no-first-run", "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    /** A full-page screenshot to target/screenshots/NAME.png (and to docs/screenshots when -Dcc.docs-screenshots=true). */
    public static void screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        if (Boolean.getBoolean("cc.docs-screenshots")) {
            try {
                Path docs = Path.of("..", "docs", "screenshots", name + ".png");
                Files.createDirectories(docs.getParent());
                Files.copy(file, docs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Runs axe-core on the page (WCAG 2.0/2.1/2.2 A and AA rules) and fails on any serious or
     * critical violation, naming the rule and the elements. The script is evaluated through the
     * DevTools protocol, so the page's CSP (which allows no inline script) does not stop it.
     */
    public static void assertAccessible(Page page) {
        page.evaluate(axeSource());
        Object result = page.evaluate("async () => { const r = await axe.run(document, { resultTypes: ['violations'], runOnly: "
                + "{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
        assertThat((List<?>) result).as("serious or critical accessibility violations on " + page.url()).isEmpty();
    }

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe-core's webjar is not on the test class path");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
