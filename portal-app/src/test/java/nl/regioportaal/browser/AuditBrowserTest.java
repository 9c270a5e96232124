package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.regioportaal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * axe-core over the audit trail as the administrator sees it in the demo (the baseline revision and
 * whatever the demo's start changed): no serious or critical WCAG 2.1 AA violation, and a screenshot.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditBrowserTest extends AxeScreens {

    @Test
    void theAuditTrailHasNoSeriousViolations() throws IOException {
        as("admin");
        assertThat(check("/beheer/audit", "axe-audit")).isEmpty();
        assertThat(browser.bodyText()).contains("Audittrail");
    }
}
