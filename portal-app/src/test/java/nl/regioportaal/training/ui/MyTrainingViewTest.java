package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.PeerSupervisionAttended;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.PeerSupervisionService;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.CertificateInfo;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.MyEnrolment;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class MyTrainingViewTest extends KaribuTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeerSupervisionService peerSupervision;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Test
    void professionalSeesMandatoryCoursesWithStateAndDeadlineAndTheCertificateHistory() {
        login("wijkcoach.baarn");
        MyTrainingView view = navigate(MyTrainingView.class);
        List<MyCourse> mandatory = GridKt._fetch(view.mandatory, 0, 50);
        assertThat(mandatory)
                .extracting(MyCourse::title)
                .contains("Motiverende gespreksvoering", "Meldcode huiselijk geweld en kindermishandeling");
        assertThat(mandatory).allSatisfy(c -> assertThat(c.status().deadline()).isNotNull());
        // shown as text in the grid cell, the colour only repeats it
        MyCourse meldcode = mandatory.stream()
                .filter(c -> c.title().startsWith("Meldcode"))
                .findFirst()
                .orElseThrow();
        // the demo's expired certificate; no test leaves an open Meldcode enrolment of wijkcoach.baarn behind
        assertThat(meldcode.status().state()).isEqualTo(TrainingState.EXPIRED);
        assertThat(GridKt._getFormattedRow(view.mandatory, mandatory.indexOf(meldcode))
                        .get(2))
                .isEqualTo(TrainingUi.date(meldcode.status().deadline()));
        List<CertificateInfo> certificates = GridKt._fetch(view.certificates, 0, 50);
        assertThat(certificates)
                .filteredOn(c -> c.courseTitle().startsWith("Meldcode"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.current()).isFalse());
    }

    @Test
    void rolesWithoutOwnTrainingAreRefused() {
        login("trainer");
        assertRefused(MyTrainingView.class);
        login("manager.leusden");
        assertRefused(MyTrainingView.class);
    }

    @Test
    void aPastSessionWithoutAttendanceWaitsForItAndOffersNoCancel() {
        login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Presentie");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        loginAs(TrainingFixtures.profileOf(
                TrainingFixtures.professionals(directory).get(30)));
        long id = enrolments.enrol(session).enrolmentId();
        TrainingFixtures.moveIntoThePast(jdbc, session, 3);

        MyTrainingView view = navigate(MyTrainingView.class);
        MyEnrolment past = row(view, id);
        assertThat(view.enrolmentText(past)).isEqualTo("Wacht op presentie");
        assertThat(past.cancellable()).isFalse();
        assertThat(GridKt._getCellComponent(
                                view.enrolments,
                                GridKt._fetch(view.enrolments, 0, 50).indexOf(past),
                                "cancel")
                        .getChildren())
                .isEmpty();
    }

    @Test
    void aWaitingListPlaceShowsItsPlaceAndCancellingAsksFirst() {
        login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Wachten");
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        List<PersonSummary> pros = TrainingFixtures.professionals(directory);
        enrolments.enrol(session, pros.get(31).id());
        loginAs(TrainingFixtures.profileOf(pros.get(32)));
        long id = enrolments.enrol(session).enrolmentId();

        MyTrainingView view = navigate(MyTrainingView.class);
        MyEnrolment waiting = row(view, id);
        assertThat(view.enrolmentText(waiting))
                .isEqualTo("Je staat op plaats 1 van de wachtlijst.")
                .doesNotContain("Ingeschreven");
        Button cancel = (Button) GridKt._getCellComponent(
                view.enrolments, GridKt._fetch(view.enrolments, 0, 50).indexOf(waiting), "cancel");
        _click(cancel);
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("cancel-confirm"));
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(notificationTexts()).contains("Je bent afgemeld.");
        assertThat(row(view, id).status()).isEqualTo(EnrolmentStatus.CANCELLED);
    }

    private static MyEnrolment row(MyTrainingView view, long enrolmentId) {
        return GridKt._fetch(view.enrolments, 0, 50).stream()
                .filter(e -> e.enrolmentId() == enrolmentId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void attendedPeerSupervisionShowsAsHoursThisYear() {
        long baarn = login("wijkcoach.baarn").personId();
        events.publishEvent(
                new PeerSupervisionAttended(baarn, "test-session-" + UUID.randomUUID(), LocalDate.now(clock), 150));
        MyTrainingView view = navigate(MyTrainingView.class);

        BigDecimal hours = peerSupervision.myHours().hours();
        assertThat(hours).isGreaterThanOrEqualTo(new BigDecimal("2.5"));
        assertThat(view.peerHours.getText())
                .isEqualTo("Intervisie in " + LocalDate.now(clock).getYear() + ": "
                        + PortalFormats.number(hours, 1, PortalI18NProvider.DUTCH) + " uur.");
    }
}
