package nl.regioportaal.browser;

import static nl.regioportaal.browser.Keyboard.press;
import static nl.regioportaal.browser.Keyboard.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingDraft;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MeetingStatus;
import nl.regioportaal.forum.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chair's journey in a real browser, with the keyboard only: on a new meeting of the demo's
 * team-leaders forum the process supervisor adds two items, moves the second above the first,
 * publishes the agenda, starts the meeting and records a decision. Screenshots at each step
 * (target/screenshots/forum-journey-*.png); axe-core on the minutes page.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumChairJourneyBrowserTest extends AxeScreens {

    @Autowired
    TestUsers users;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Test
    void theChairBuildsAndPublishesAnAgendaAndRecordsADecisionWithTheKeyboard() throws IOException {
        users.login("procesbegeleider");
        long tlo = fixtures.forumOfCode("TLO");
        String title = "Extra teamleidersoverleg " + ForumFixtures.uniqueCode();
        LocalDateTime start = LocalDateTime.of(2031, 3, 13, 14, 0);
        long meeting = meetings.planMeeting(
                tlo, new MeetingDraft(title, start, start.plusHours(2), "Stadhuis Amersfoort", null));
        long work = agendas.agenda(meeting).sections().stream()
                .filter(s -> s.kind() == SectionKind.WORK_MEETING)
                .mapToLong(SectionView::id)
                .findFirst()
                .orElseThrow();
        users.logout();

        as("procesbegeleider");
        browser.open("/overleg/vergadering/" + meeting);
        browser.waitFor(By.id("publish-agenda"));
        addItem(work, "Regionale intake", "30");
        addItem(work, "Jaarplanning", "10");
        long second = itemId(meeting, "Jaarplanning");
        tabTo(browser, "button up-" + second);
        press(Keys.ENTER, browser);
        browser.settle();
        assertThat(titles(meeting)).containsSubsequence("Jaarplanning", "Regionale intake");
        String page = browser.bodyText();
        assertThat(page.indexOf("Jaarplanning")).isLessThan(page.indexOf("Regionale intake"));
        browser.screenshot("forum-journey-agenda");

        tabTo(browser, "button publish-agenda");
        press(Keys.ENTER, browser);
        browser.settle();
        tabTo(browser, "button slot:confirm-button");
        press(Keys.ENTER, browser);
        browser.waitForText("Agenda verstuurd");
        assertThat(meeting(meeting)).isEqualTo(MeetingStatus.PUBLISHED);
        browser.screenshot("forum-journey-published");

        browser.open("/overleg/vergadering/" + meeting + "/notulen");
        browser.waitFor(By.id("start-meeting"));
        tabTo(browser, "button start-meeting");
        press(Keys.ENTER, browser);
        browser.waitFor(By.id("close-meeting"));
        long first = itemId(meeting, "Regionale intake");
        browser.driver()
                .findElement(By.cssSelector("#decision-" + first + " textarea"))
                .sendKeys("Alle teams gebruiken de regionale intake.");
        tabTo(browser, "button decide-" + first);
        press(Keys.ENTER, browser);
        browser.waitForText("TLO-2031-");
        List<String> found =
                new ArrayList<>(current("/overleg/vergadering/" + meeting + "/notulen", "forum-journey-minutes"));
        assertThat(browser.bodyText()).contains("Alle teams gebruiken de regionale intake.");
        assertThat(found).isEmpty();
    }

    /** Opens the section's item dialog with the keyboard, types the title and duration, and saves with Enter. */
    private void addItem(long section, String title, String minutes) {
        tabTo(browser, "button add-item-" + section);
        press(Keys.ENTER, browser);
        browser.waitFor(By.id("form-save"));
        browser.driver().findElement(By.cssSelector("#field-title input")).sendKeys(title);
        var duration = browser.driver().findElement(By.cssSelector("#field-durationMinutes input"));
        duration.sendKeys(Keys.chord(Keys.CONTROL, "a"), minutes);
        tabTo(browser, "button form-save");
        press(Keys.ENTER, browser);
        browser.waitForText(title);
        browser.settle();
    }

    private List<String> titles(long meeting) {
        users.login("procesbegeleider");
        try {
            return agendas.agenda(meeting).items().stream().map(ItemView::title).toList();
        } finally {
            users.logout();
        }
    }

    private long itemId(long meeting, String title) {
        users.login("procesbegeleider");
        try {
            return agendas.agenda(meeting).items().stream()
                    .filter(i -> title.equals(i.title()))
                    .mapToLong(ItemView::id)
                    .findFirst()
                    .orElseThrow();
        } finally {
            users.logout();
        }
    }

    private MeetingStatus meeting(long meeting) {
        users.login("procesbegeleider");
        try {
            return meetings.meeting(meeting).status();
        } finally {
            users.logout();
        }
    }
}
