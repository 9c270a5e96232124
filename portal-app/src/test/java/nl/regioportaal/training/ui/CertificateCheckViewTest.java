package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.MainLayout;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.AttendanceFixtures;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public certificate check: no login, no menu, the facts or "niet gevonden". */
class CertificateCheckViewTest extends KaribuTest {

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    AttendanceService attendance;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void anyoneWithoutLoginSeesTheNameCourseAndDatesOfAGenuineCertificate() {
        users.login("admin");
        PersonSummary coach = TrainingFixtures.professionals(directory).get(23);
        LocalDate day = LocalDate.now(clock).minusDays(4);
        AttendanceFixtures.Made made = fixtures.session("Openbaar", List.of(day.atTime(9, 0)), List.of(coach));
        users.login("trainer");
        attendance.markEveryonePresent(made.sessionId(), made.dayParts().getFirst());
        String code = jdbc.queryForObject(
                "select certificate_code from completion where enrolment_id = ?",
                String.class,
                made.enrolments().getFirst());
        users.logout();

        UI.getCurrent().navigate("certificaat/" + code);
        CertificateCheckView view = _get(CertificateCheckView.class);
        String text = view.result.getElement().getTextRecursively();
        assertThat(text)
                .contains("Dit certificaat is echt.")
                .contains("Naam: " + coach.displayName())
                .contains("Cursus: " + made.courseTitle())
                .contains("Afgerond op: " + TrainingUi.date(day))
                .contains("Geldig tot en met: " + TrainingUi.date(day.plusMonths(24)));
        // nothing else: no e-mail address, team or provider, and no portal menu around it
        assertThat(text).doesNotContain(coach.email(), "Lumens", "Jeroen");
        assertThat(_find(MainLayout.class)).isEmpty();
    }

    @Test
    void anUnknownCodeSaysNietGevonden() {
        UI.getCurrent().navigate("certificaat/ABCD-EFGH-JKMN-PQRS");
        CertificateCheckView view = _get(CertificateCheckView.class);
        assertThat(_get(view.result, Paragraph.class).getText())
                .isEqualTo("Certificaat niet gevonden. Controleer de code op het certificaat.");
    }
}
