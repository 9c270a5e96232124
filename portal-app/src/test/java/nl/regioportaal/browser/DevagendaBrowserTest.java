package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The development agenda in a real browser: the provider representative's journey (Start card, the
 * agenda with only Lumens' initiatives, a co-owned initiative, posting an update that lands on the
 * timeline), photographed; and axe-core over the module's screens for staff and provider: no
 * serious or critical WCAG 2.1 AA violation. One browser for the class.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevagendaBrowserTest extends AxeScreens {

    @Autowired
    TestUsers users;

    @Autowired
    AgendaQueries queries;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theProviderRepresentativesJourney() throws IOException {
        users.login("aanbieder");
        List<InitiativeRow> shared = queries.initiatives();
        InitiativeRow coOwned = shared.stream()
                .filter(r -> "Lumens".equals(r.coOwner()))
                .findFirst()
                .orElseThrow();
        users.logout();

        as("aanbieder");
        browser.settle();
        browser.waitForText("Ontwikkelagenda: gedeeld met jouw organisatie");
        browser.screenshot("devagenda-1-start-aanbieder");

        List<String> found = new ArrayList<>(check("/ontwikkelagenda", "devagenda-2-agenda-aanbieder"));
        String agenda = browser.bodyText();
        shared.forEach(r -> assertThat(agenda).contains(r.title()));
        assertThat(agenda).doesNotContain("Jeugdprofessional op elke school").doesNotContain("Nieuw initiatief");

        found.addAll(check("/ontwikkelagenda/initiatief/" + coOwned.id(), "devagenda-3-initiative-aanbieder"));
        assertThat(browser.bodyText()).contains(coOwned.title()).doesNotContain("Interne notities");

        browser.driver().findElement(By.id("post-update")).click();
        WebElement text = browser.waitFor(By.cssSelector("vaadin-text-area textarea"));
        text.sendKeys("Vier wijken doen nu mee.");
        found.addAll(current("/ontwikkelagenda/initiatief (update dialog)", "devagenda-4-update-dialog"));
        browser.driver().findElement(By.id("form-save")).click();
        browser.waitForText("Update: Vier wijken doen nu mee.");
        browser.screenshot("devagenda-5-timeline-aanbieder");
        assertThat(found).isEmpty();
    }

    @Test
    void theStaffScreens() throws IOException {
        users.login("procesbegeleider");
        long first = queries.initiatives().getFirst().id();
        users.logout();

        as("procesbegeleider");
        List<String> found = new ArrayList<>(check("/ontwikkelagenda", "devagenda-agenda-staff"));
        found.addAll(check("/ontwikkelagenda/initiatief/" + first, "devagenda-initiative-staff"));
        browser.driver().findElement(By.id("edit-initiative")).click();
        browser.waitFor(By.id("form-save"));
        found.addAll(current("/ontwikkelagenda/initiatief (edit dialog)", "devagenda-edit-dialog"));
        escape();
        found.addAll(check("/ontwikkelagenda/wijzigingen", "devagenda-changes"));
        assertThat(found).isEmpty();
    }
}
