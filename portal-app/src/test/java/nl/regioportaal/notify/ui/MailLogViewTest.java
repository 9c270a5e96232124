package nl.regioportaal.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Pre;
import java.time.Duration;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.NoticesInFlight;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailLogViewTest extends KaribuTest {

    @Autowired
    NoticesInFlight inFlight;

    @Test
    void theAdministratorSeesTheMailsOfTheDemosEnrolmentsWithTheirInvitation() {
        login("admin");
        inFlight.awaitRecorded();
        // the demo's enrolments sent their confirmations (with the session's invitation) at start
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> navigate(MailLogView.class)
                        .received
                        .getGenericDataView()
                        .getItems()
                        .anyMatch(m -> m.subject().startsWith("Inschrijving bevestigd: Omgaan met niet-aangeboren")));
        MailLogView view = navigate(MailLogView.class);
        assertThat(view.mode.getText()).startsWith("Demo: e-mail gaat naar de ingebouwde SMTP-server");
        List<MailLog.ReceivedMail> received = GridKt._fetch(view.received, 0, 500);
        MailLog.ReceivedMail demo = received.stream()
                .filter(m -> m.subject().startsWith("Inschrijving bevestigd: Omgaan met niet-aangeboren"))
                .findFirst()
                .orElseThrow();
        assertThat(demo.ics()).contains("METHOD:REQUEST").contains("BEGIN:VTIMEZONE");
        assertThat(GridKt._fetch(view.deliveries, 0, 200)).isNotEmpty();

        view.show(demo);
        assertThat(_find(Pre.class)).anySatisfy(p -> assertThat(p.getText()).contains("BEGIN:VEVENT"));
    }

    @Test
    void onlyAdministratorsSeeTheMail() {
        login("procesbegeleider");
        assertRefused(MailLogView.class);
        login("beheer.amersfoort");
        assertRefused("beheer/e-mail");
    }
}
