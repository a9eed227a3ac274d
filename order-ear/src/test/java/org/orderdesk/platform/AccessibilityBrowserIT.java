package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.naming.OperationNotSupportedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.LanguageRoundTrip;
import org.orderdesk.server.SiteTour;
import org.orderdesk.server.SiteTour.Stop;

/**
 * An automated WCAG 2.1 A and AA scan (axe-core, the script of the npm package that Deque's Selenium binding
 * bundles) of every page, as a visitor, a customer and an operator see it, in Russian and in English: no critical
 * and no serious violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("critical", "serious");
    private static final String AXE_SCRIPT = axeScript();

    /** With the tests: its customers and operators are new ones (NewCustomers, NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    /**
     * The walks also switch the pages' language there and back (LanguageRoundTrip) after scanning them: a walk of
     * its own cost over a minute of every build. Each page is switched once, the Russian walk switching the first
     * page of the tour, the third, and so on, the English walk the others: when the Russian walk switched them all,
     * the test waited for it alone, 20 s longer (136 s against 117 s on a busy machine). The two walks run at once,
     * each in a browser of its own with a customer and an operator of its own: one after the other they took 140 s.
     */
    @Test
    void everyPageInRussianAndInEnglishHasNoCriticalOrSeriousViolation() throws Exception {
        ExecutorService walks = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> russian = walks.submit(() -> SiteTour.walk("ru", scanAndSwitchEveryOther("ru", 0)));
            Future<List<String>> english = walks.submit(() -> SiteTour.walk("en", scanAndSwitchEveryOther("en", 1)));
            assertEquals(List.of(), russian.get(), "in Russian");
            assertEquals(List.of(), english.get(), "in English");
        } finally {
            walks.shutdownNow();
        }
    }

    /** Scans every stop; switches the language of the stops whose place on the tour (from 0) has this parity. */
    private static SiteTour.Check scanAndSwitchEveryOther(String language, int parity) {
        SiteTour.Check roundTrip = LanguageRoundTrip.in(language);
        AtomicInteger place = new AtomicInteger();
        return (who, stop, browser, problems) -> {
            if (place.get() == 0) {
                axeOnEveryPage(browser);
            }
            scan(who, stop, browser, problems);
            if (place.getAndIncrement() % 2 == parity) {
                roundTrip.at(who, stop, browser, problems);
            }
        };
    }

    /**
     * Runs axe in the page, injected once: Chromium puts it into every page the walk opens (axeOnEveryPage), and a
     * page that came before gets it now. The binding's default way (axe.runPartial here, axe.finishRun in a new
     * window with a second copy of the script) is for pages with frames of other origins, which the shop has none
     * of; it took three quarters of a second a page, most of the walk. Only violations are reported in full.
     */
    private static Results axe(ChromeDriver browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof axe === 'object' && typeof axe.run === 'function'"))) {
            browser.executeScript(AXE_SCRIPT);
        }
        AxeRunOnlyOptions wcag21aa = new AxeRunOnlyOptions();
        wcag21aa.setType("tag");
        wcag21aa.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag21aa);
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder().withOptions(options).setLegacyMode(true);
        axe.setInjectAxe(injectedAbove -> { }, false);
        return axe.analyze(browser);
    }

    /**
     * From the next page on, Chromium runs axe's script in every page it opens in the browser's tab (ahead of the
     * page's own, which it leaves alone): handing the 560 KB script over with each page took 0.2 s a page.
     */
    private static void axeOnEveryPage(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SCRIPT));
    }

    private static String axeScript() {
        try {
            return new AxeBuilder().getAxeScriptProvider().getScript();
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is missing from its Selenium binding", e);
        }
    }

    private static void scan(String who, Stop stop, ChromeDriver browser, List<String> violations) {
        try {
            stop.open().run();
        } catch (WebDriverException e) {
            violations.add(who + " " + stop + ": " + e.getRawMessage());
            return;
        }
        Results results = axe(browser);
        if (results.isErrored()) {
            violations.add(who + " " + stop + ": axe did not run: " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getViolations()) {
            if (FAILING.contains(rule.getImpact())) {
                violations.add(who + " " + stop + ": " + rule.getImpact() + " " + rule.getId() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")));
            }
        }
    }
}
