package org.newsgraph.sparql;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test of the service's pages in a real headless Chromium ({@link HeadlessChromium}): one
 * browser for the test class, started before its tests and closed after them; the class is
 * skipped, saying what to install, where Chromium is missing.
 * <pre>
 *   &#64;QuarkusTest
 *   class SomePageTest extends BrowserTest {
 *       &#64;Test void draws() { browser.get(root + "explore"); ... screenshot("explore.png"); }
 *   }
 * </pre>
 */
public abstract class BrowserTest {
    private static HeadlessChromium chromium;
    protected static ChromeDriver browser;

    @TestHTTPResource("/")
    protected URL root;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start("1400,1200");
        browser = chromium.browser();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>}. */
    protected static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, HeadlessChromium.SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
