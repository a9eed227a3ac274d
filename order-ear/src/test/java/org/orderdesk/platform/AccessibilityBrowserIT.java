package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /**
     * The Russian walk also switches each page's language there and back (LanguageRoundTrip) after scanning it: a
     * walk of its own cost over a minute of every build.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyPageHasNoCriticalOrSeriousViolation(String language) {
        SiteTour.Check check = "ru".equals(language)
                ? (who, stop, browser, problems) -> {
                    scan(who, stop, browser, problems);
                    LanguageRoundTrip.check(who, stop, browser, problems);
                }
                : AccessibilityBrowserIT::scan;
        assertEquals(List.of(), SiteTour.walk(language, check));
    }

    private static void scan(String who, Stop stop, ChromeDriver browser, List<String> violations) {
        try {
            stop.open().run();
        } catch (WebDriverException e) {
            violations.add(who + " " + stop + ": " + e.getRawMessage());
            return;
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        for (Rule rule : results.getViolations()) {
            if (FAILING.contains(rule.getImpact())) {
                violations.add(who + " " + stop + ": " + rule.getImpact() + " " + rule.getId() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")));
            }
        }
    }
}
