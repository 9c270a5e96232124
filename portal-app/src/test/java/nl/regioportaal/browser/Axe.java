package nl.regioportaal.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's engine, the one the "78 screens" figure came from) run on the page the
 * browser shows now, against WCAG 2.1 A and AA. Only serious and critical findings count: those are
 * the ones that lock someone out.
 */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    /** Serious and critical violations on the current page, one readable line each (empty when none). */
    public static List<String> blockingViolations(Browser browser, String page) {
        // the portal has no frames: one run in the page itself, without the blank helper window that the
        // frame-by-frame mode opens (on a busy CI machine its one-second load limit made runs fail)
        Results results = new AxeBuilder()
                .withTags(WCAG_21_AA)
                .setLegacyMode(true)
                .disableIframeTesting()
                .setTimeout(60)
                .analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                String targets = rule.getNodes().stream()
                        .map(CheckedNode::getTarget)
                        .map(String::valueOf)
                        .limit(5)
                        .collect(Collectors.joining(" | "));
                lines.add(page + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + targets);
            }
        }
        return lines;
    }
}
