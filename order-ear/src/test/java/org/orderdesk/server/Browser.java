package org.orderdesk.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CapabilityType;

/**
 * Real headless Chromium, from the system packages (chromium-headless-shell, chromium-driver): the driver path is set
 * explicitly so that Selenium Manager never tries to download a browser.
 * <p>
 * By default the browser is Chromium's headless shell, the "old" headless mode as a program of its own: the same
 * Blink and V8 as the full browser, without its window and tab layer. The browser tests are CPU-bound on 2 cores,
 * and on the shell the tests of the six largest browser classes took a quarter less time than on
 * {@code chromium --headless=new} (371 s against 279 s, two runs each way, alternating; docs/BENCHMARKS.md).
 * {@code -Dchrome.binary=/usr/bin/chromium} still runs the full browser in its new headless mode. Differences the
 * tests meet: the shell sends the Accept-Language of the --accept-lang flag only, and its desktop viewport is the
 * whole window (1280 x 900; the full browser's was 1280 x 757).
 */
public final class Browser {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    /** Debian's binary itself: /usr/bin/chromium-headless-shell is a shell script that stays between driver and it. */
    private static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

    private Browser() {
    }

    /**
     * A fresh browser whose user prefers the given language (its Accept-Language header). Its profile folder in the
     * temporary directory, with every temporary file of the browser's, goes when the browser quits.
     */
    public static ChromeDriver preferring(String language) {
        Path profile = temporaryProfile();
        String binary = System.getProperty("chrome.binary", HEADLESS_SHELL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        if (isHeadlessShell(binary)) {
            // chromedriver opens the shell's first tab only for this browser name: without it, the shell starts with
            // no page and the session fails ("unable to discover open pages").
            options.setCapability(CapabilityType.BROWSER_NAME, "chrome-headless-shell");
            // The shell reads no Accept-Language from the profile's preferences: without the flag it sent none.
            options.addArguments("--accept-lang=" + language);
        } else {
            options.addArguments("--headless=new");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver",
                        "/usr/bin/chromedriver")))
                // Chromium's temporary files too (its shared memory, with --disable-dev-shm-usage) go with the
                // profile: ended by the driver's quit, Chromium left some of them in /tmp.
                .withEnvironment(Map.of("TMPDIR", profile.toString()))
                .build();
        ChromeDriver driver;
        try {
            driver = new WithThrowawayProfile(service, options, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Makes a used browser a new visitor's, as a fresh one would be for the server: one tab, no cookies (so no
     * session, cart or language choice), no cache, the desktop screen.
     */
    public static void forgetVisitor(ChromeDriver browser) {
        resetScreen(browser);
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** One tab on a blank page, at the size the browser started with, without a Screen's emulation. */
    public static void resetScreen(ChromeDriver browser) {
        String first = browser.getWindowHandles().iterator().next();
        for (String tab : browser.getWindowHandles()) {
            if (!tab.equals(first)) {
                browser.switchTo().window(tab).close();
            }
        }
        browser.switchTo().window(first);
        browser.get("about:blank");
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", false));
        browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }

    /** Debian's chromium-headless-shell, or Chrome for Testing's chrome-headless-shell. */
    private static boolean isHeadlessShell(String binary) {
        return Path.of(binary).getFileName().toString().contains("headless-shell");
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("orderdesk-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Chromium profile " + profile + " not deleted", e);
        }
    }

    /** Deletes its profile once Chromium has ended: every browser used to leave its profile (a few MB) in /tmp. */
    private static final class WithThrowawayProfile extends ChromeDriver {

        private final Path profile;

        WithThrowawayProfile(ChromeDriverService service, ChromeOptions options, Path profile) {
            super(service, options);
            this.profile = profile;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                delete(profile);
            }
        }
    }
}
