package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.training.TrainingModel;
import nl.regioportaal.training.TrainingModel.CatalogueFilter;
import nl.regioportaal.training.TrainingModel.CourseCard;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import nl.regioportaal.training.TrainingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** As wijkcoach.baarn: enrol with a seat, see the waiting-list place of a full session, cancel. */
class CourseViewTest extends KaribuTest {

    @Autowired
    TrainingService training;

    @Test
    void enrolButtonSaysWhatHappensThenEnrolsAndCancels() {
        login("wijkcoach.baarn");
        long meldcode = course("Meldcode huiselijk geweld en kindermishandeling");
        open(meldcode);
        SessionInfo session = training.course(meldcode).sessions().getFirst();
        Button enrol = _get(Button.class, s -> s.withId("enrol-" + session.id()));
        assertThat(enrol.getText()).isEqualTo("Inschrijven (er is een plaats vrij)");
        _click(enrol);
        assertThat(notificationTexts()).contains("Je bent ingeschreven. Je krijgt een bevestiging bij Meldingen.");
        assertThat(training.course(meldcode)
                        .sessions()
                        .getFirst()
                        .myEnrolmentStatus()
                        .name())
                .isEqualTo("ENROLLED");

        _click(_get(Button.class, s -> s.withId("cancel-" + session.id())));
        assertThat(notificationTexts()).contains("Je bent afgemeld.");
        assertThat(_get(Button.class, s -> s.withId("enrol-" + session.id())).getText())
                .isEqualTo("Inschrijven (er is een plaats vrij)");
    }

    @Test
    void aFullSessionOffersTheWaitingListWithThePlace() {
        login("wijkcoach.baarn");
        long nah = course("Omgaan met niet-aangeboren hersenletsel");
        open(nah);
        SessionInfo full = training.course(nah).sessions().stream()
                .filter(s -> s.openSeats() == 0)
                .findFirst()
                .orElseThrow();
        Button enrol = _get(Button.class, s -> s.withId("enrol-" + full.id()));
        assertThat(enrol.getText()).isEqualTo("Op de wachtlijst zetten (plaats " + (full.waiting() + 1) + ")");
        _click(enrol);
        assertThat(notificationTexts())
                .contains("De sessie is vol: je staat op plaats " + (full.waiting() + 1) + " van de wachtlijst.");
        SessionInfo after = training.course(nah).sessions().stream()
                .filter(s -> s.id() == full.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.myWaitingPosition()).isEqualTo(full.waiting() + 1);
        // other sessions of the same course now say so instead of offering a second enrolment
        training.course(nah).sessions().stream()
                .filter(s -> s.id() != full.id())
                .forEach(s -> assertThat(_get(Button.class, b -> b.withId("enrol-" + s.id()))
                                .isEnabled())
                        .isFalse());
        training.cancel(after.myEnrolmentId());
    }

    @Test
    void teamLeaderEnrolsATeamMember() {
        login("teamleider.soest");
        long course = course("Motiverende gespreksvoering");
        open(course);
        SessionInfo session = training.course(course).sessions().stream()
                .filter(s -> s.preview().outcome() != TrainingModel.Outcome.CLOSED)
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> member = _get(ComboBox.class, s -> s.withId("member-" + session.id()));
        PersonSummary who = member.getListDataView()
                .getItems()
                .filter(p -> training.trainingOf(p.id()).enrolments().stream()
                        .noneMatch(e -> e.courseId() == course && e.status().isOpen()))
                .findFirst()
                .orElseThrow();
        type(member, who);
        _click(_get(Button.class, s -> s.withId("enrol-member-" + session.id())));
        assertThat(notificationTexts())
                .anyMatch(t -> t.startsWith(who.displayName() + " is ingeschreven")
                        || t.contains(who.displayName() + " staat op plaats"));
        assertThat(training.trainingOf(who.id()).enrolments())
                .anyMatch(e -> e.courseId() == course && e.status().isOpen());
    }

    private long course(String title) {
        return training.catalogue(CatalogueFilter.all()).stream()
                .filter(c -> c.title().equals(title))
                .map(CourseCard::id)
                .findFirst()
                .orElseThrow();
    }

    private static void open(long courseId) {
        UI.getCurrent().navigate(CourseView.class, CourseView.params(courseId));
        _get(CourseView.class);
    }
}
