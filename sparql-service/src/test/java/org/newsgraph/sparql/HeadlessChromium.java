package org.newsgraph.sparql;

import org.apache.commons.io.file.PathUtils;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, for the pages' browser tests; skips the test,
 * saying what to install, when {@code chromium} or {@code chromium-driver} is missing.
 * <pre>
 *   chromium = HeadlessChromium.start("1280,1000");   // in @BeforeAll
 *   chromium.browser().get(url);
 *   chromium.close();                                // in @AfterAll
 * </pre>
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where tests leave their screenshots, to be looked at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver browser;

    private HeadlessChromium(Path profile, ChromeDriver browser) {
        this.profile = profile;
        this.browser = browser;
    }

    /** Starts a browser with a window of {@code size} ("width,height") and a fresh profile. */
    public static HeadlessChromium start(String size) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: no " + CHROMIUM + " or " + CHROMEDRIVER + "; install them with "
                        + "'apt-get install chromium chromium-driver' (.ci/run does)");
        Path profile = Files.createTempDirectory("newsgraph-chromium");
        // Both executables are named, so Selenium Manager has nothing to find and is not run.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + size, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium(profile, new ChromeDriver(service, options));
    }

    public ChromeDriver browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.quit();
        try {
            PathUtils.deleteDirectory(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
