package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MeetingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core over the forum's screens in the demo (my forums, the team-leaders forum, its next
 * meeting with the chair's agenda builder and item dialog, and the same meeting as the invited
 * provider sees it): no serious or critical WCAG 2.1 AA violation. One browser for the class.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumAccessibilityBrowserTest extends AxeScreens {

    @Autowired
    TestUsers users;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    MeetingService meetings;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theChairsScreensAndTheItemDialog() throws IOException {
        users.login("procesbegeleider");
        long teamLeaders = fixtures.forumOfCode("TLO");
        long next = nextMeetingOf("aanbieder");
        users.logout();

        as("procesbegeleider");
        List<String> found = new ArrayList<>(check("/overleg", "axe-forums"));
        found.addAll(check("/overleg/" + teamLeaders, "axe-forum"));
        found.addAll(check("/overleg/vergadering/" + next, "axe-meeting-chair"));
        browser.driver()
                .findElement(By.cssSelector("vaadin-button[id^='add-item-']"))
                .click();
        browser.waitFor(By.id("form-save"));
        found.addAll(current("/overleg/vergadering (item dialog)", "axe-meeting-item-dialog"));
        escape();
        assertThat(found).isEmpty();
    }

    @Test
    void theMinutesActionsDecisionsAndSearchScreens() throws IOException {
        users.login("procesbegeleider");
        long teamLeaders = fixtures.forumOfCode("TLO");
        long approved = meetings.meetings(teamLeaders).stream()
                .filter(m -> m.status() == MeetingStatus.APPROVED)
                .mapToLong(MeetingSummary::id)
                .findFirst()
                .orElseThrow();
        users.logout();

        as("procesbegeleider");
        List<String> found = new ArrayList<>(check("/overleg/vergadering/" + approved + "/notulen", "axe-minutes"));
        assertThat(browser.bodyText()).contains("Besluit TLO-");
        found.addAll(check("/overleg/" + teamLeaders + "/besluiten", "axe-decisions-and-actions"));
        found.addAll(check("/overleg/acties", "axe-my-actions"));
        found.addAll(check("/overleg/zoeken", "axe-forum-search"));
        assertThat(found).isEmpty();
    }

    @Test
    void theInvitedProvidersViewOfTheMeeting() throws IOException {
        long next = nextMeetingOf("aanbieder");
        as("aanbieder");
        List<String> found = new ArrayList<>(check("/overleg/vergadering/" + next, "axe-meeting-guest"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("Dialoog met externe partners")
                .doesNotContain("Vervanging bij langdurige afwezigheid");
        assertThat(found).isEmpty();
    }

    private long nextMeetingOf(String account) {
        users.login(account);
        return meetings.myUpcoming(1).stream()
                .mapToLong(MeetingSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
