package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Map;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * As wijkcoach.baarn: enrol with a seat, see the waiting-list place of a full session, cancel; as a
 * team leader: enrol a team member. Each test on a course of its own, so nothing depends on what
 * other tests did with the demo courses, and nothing is left behind in them.
 */
class CourseViewTest extends KaribuTest {

    @Autowired
    TrainingQueries training;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Test
    void enrolButtonSaysWhatHappensThenEnrolsAndCancels() {
        long course = course("Inschrijven");
        long session = session(course, 5);
        login("wijkcoach.baarn");
        open(course);
        Button enrol = _get(Button.class, s -> s.withId("enrol-" + session));
        assertThat(enrol.getText()).isEqualTo("Inschrijven (er is een plaats vrij)");
        _click(enrol);
        assertThat(notificationTexts()).contains("Je bent ingeschreven. Je krijgt een bevestiging bij Meldingen.");
        assertThat(training.course(course).sessions().getFirst().myEnrolmentStatus())
                .isEqualTo(EnrolmentStatus.ENROLLED);

        _click(_get(Button.class, s -> s.withId("cancel-" + session)));
        assertThat(notificationTexts()).contains("Je bent afgemeld.");
        assertThat(_get(Button.class, s -> s.withId("enrol-" + session)).getText())
                .isEqualTo("Inschrijven (er is een plaats vrij)");
        assertThat(training.course(course).sessions().getFirst().myEnrolmentStatus())
                .isEqualTo(EnrolmentStatus.CANCELLED);
    }

    @Test
    void aFullSessionOffersTheWaitingListWithThePlace() {
        long course = course("Wachtlijst");
        long full = session(course, 1);
        long other = session(course, 5);
        login("procesbegeleider");
        enrolments.enrol(full, someoneOutsideBaarn().id());

        login("wijkcoach.baarn");
        open(course);
        Button enrol = _get(Button.class, s -> s.withId("enrol-" + full));
        assertThat(enrol.getText()).isEqualTo("Op de wachtlijst zetten (plaats 1)");
        _click(enrol);
        assertThat(notificationTexts()).contains("De sessie is vol: je staat op plaats 1 van de wachtlijst.");
        SessionInfo after = training.course(course).sessions().stream()
                .filter(s -> s.id() == full)
                .findFirst()
                .orElseThrow();
        assertThat(after.myEnrolmentStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(after.myWaitingPosition()).isEqualTo(1);
        // the other session of the same course now says so instead of offering a second enrolment
        assertThat(_get(Button.class, b -> b.withId("enrol-" + other)).isEnabled())
                .isFalse();
    }

    @Test
    void teamLeaderEnrolsATeamMember() {
        long course = course("Teamlid");
        long session = session(course, 5);
        login("teamleider.soest");
        open(course);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> member = _get(ComboBox.class, s -> s.withId("member-" + session));
        PersonSummary who = member.getListDataView().getItems().findFirst().orElseThrow();
        type(member, who);
        _click(_get(Button.class, s -> s.withId("enrol-member-" + session)));
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith(who.displayName() + " is ingeschreven"));
        assertThat(training.trainingOf(who.id()).enrolments())
                .filteredOn(e -> e.courseId() == course)
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
    }

    private long course(String prefix) {
        login("procesbegeleider");
        return TrainingFixtures.optionalCourse(plans, prefix);
    }

    private long session(long course, int seats) {
        login("procesbegeleider");
        return TrainingFixtures.session(plans, course, seats, Map.of());
    }

    private PersonSummary someoneOutsideBaarn() {
        long baarn = directory.municipalities().stream()
                .filter(m -> m.name().equals("Baarn"))
                .findFirst()
                .orElseThrow()
                .id();
        return directory.teams().stream()
                .filter(t -> t.municipalityId() != baarn)
                .flatMap(t -> directory.activeMembersOf(t.id()).stream())
                .findFirst()
                .orElseThrow();
    }

    private static void open(long courseId) {
        UI.getCurrent().navigate(CourseView.class, CourseView.params(courseId));
        _get(CourseView.class);
    }
}
