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

/**
 * Real headless Chromium, from the system packages (chromium, chromium-driver): the driver path is set explicitly
 * so that Selenium Manager never tries to download a browser.
 */
public final class Browser {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    private Browser() {
    }

    /**
     * A fresh browser whose user prefers the given language (its Accept-Language header). Its profile folder in the
     * temporary directory, with every temporary file of the browser's, goes when the browser quits.
     */
    public static ChromeDriver preferring(String language) {
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
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
