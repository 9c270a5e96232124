package nl.regioportaal.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.ScheduledJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortalStateCardTest extends KaribuTest {

    @Autowired
    MailLog mails;

    @Autowired
    ScheduledJobs jobs;

    @Test
    void administratorSeesFailedJobsAndMailsOnStart() {
        login("admin");
        long failedMails = mails.failedCount();
        long failedJobs = jobs.all().stream()
                .filter(j -> Boolean.FALSE.equals(j.succeeded()))
                .count();
        navigate(StartView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("state-mails")).getText())
                .isEqualTo(
                        failedMails == 0
                                ? "Geen mislukte e-mails."
                                : failedMails == 1
                                        ? "1 e-mail kon niet worden verstuurd."
                                        : failedMails + " e-mails konden niet worden verstuurd.");
        if (failedJobs == 0) {
            assertThat(_get(Paragraph.class, s -> s.withId("state-jobs")).getText())
                    .isEqualTo("Alle geplande taken liepen de laatste keer goed.");
        } else {
            assertThat(_find(Paragraph.class))
                    .extracting(Paragraph::getText)
                    .anyMatch(t -> t.endsWith("mislukt bij de laatste keer:"));
        }
    }

    @Test
    void othersDoNotGetThePortalState() {
        login("beheer.amersfoort");
        navigate(StartView.class);
        assertThat(_find(H3.class)).extracting(H3::getText).doesNotContain("Portaalstatus: taken en e-mail");
    }
}
