package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingPlanService.CourseRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core over every training screen, dialogs opened, as the roles that use them: no serious or
 * critical WCAG 2.1 AA violation. One browser for the class (CI time); each role logs in afresh.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingAccessibilityBrowserTest extends AxeScreens {

    @Autowired
    TestUsers users;

    @Autowired
    TrainingPlanService plans;

    @Test
    void professionalsScreens() throws IOException {
        long course = demoCourse();
        as("wijkcoach.baarn");
        List<String> found = new ArrayList<>();
        found.addAll(check("/", "axe-start-wijkcoach"));
        found.addAll(check("/scholing", "axe-catalogue"));
        found.addAll(check("/scholing/cursus/" + course, "axe-course"));
        found.addAll(check("/scholing/mijn", "axe-my-training"));
        assertThat(found).isEmpty();
        // screen readers choose their voice by it
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang"))
                .isEqualTo("nl");
    }

    @Test
    void trainersSessionsAndAttendanceList() throws IOException {
        as("trainer");
        List<String> found = new ArrayList<>(check("/scholing/sessies", "axe-sessions-trainer"));
        firstRowOf("vaadin-grid").click();
        browser.waitForText("Presentielijst");
        found.addAll(current("/scholing/sessies (attendance list)", "axe-attendance-list"));
        assertThat(found).isEmpty();
    }

    @Test
    void processSupervisorsScreensWithTheirDialogs() throws IOException {
        as("procesbegeleider");
        List<String> found = new ArrayList<>(check("/scholing/plan", "axe-plan"));
        browser.driver().findElement(By.id("new-course")).click();
        browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
        found.addAll(current("/scholing/plan (course form)", "axe-plan-course-form"));
        escape();

        found.addAll(check("/scholing/sessies", "axe-sessions-planner"));
        browser.driver().findElement(By.id("new-session")).click();
        browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
        found.addAll(current("/scholing/sessies (session form)", "axe-session-form"));
        escape();

        found.addAll(check("/scholing/overzicht", "axe-overview"));
        found.addAll(check("/", "axe-start-procesbegeleider"));
        assertThat(found).isEmpty();
    }

    @Test
    void providerRepresentativesScreens() throws IOException {
        as("aanbieder");
        List<String> found = new ArrayList<>(check("/", "axe-start-aanbieder"));
        found.addAll(check("/scholing", "axe-catalogue-aanbieder"));
        assertThat(found).isEmpty();
    }

    /** The first body cell of a grid, as a user clicks it (the cell content lives in the light DOM). */
    private WebElement firstRowOf(String gridSelector) {
        browser.settle();
        return (WebElement) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const grid = document.querySelector(arguments[0]);"
                                + " const slot = grid.shadowRoot.querySelector('tbody#items tr td slot');"
                                + " return slot.assignedElements()[0];",
                        gridSelector);
    }

    private long demoCourse() {
        users.login("procesbegeleider");
        try {
            return plans.allCourses().stream()
                    .filter(c -> c.title().equals("Motiverende gespreksvoering"))
                    .mapToLong(CourseRef::id)
                    .findFirst()
                    .orElseThrow();
        } finally {
            users.logout();
        }
    }
}
