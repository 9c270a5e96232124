package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.SessionRow;
import nl.regioportaal.training.TrainingPlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrainingStartCardsTest extends KaribuTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    AttendanceService attendance;

    @Autowired
    Clock clock;

    @Test
    void professionalGetsNextSessionAndToDoCards() {
        login("wijkcoach.baarn");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains("Mijn volgende sessie", "Verplichte scholing nog te doen")
                .doesNotContain("Scholing van mijn team");
    }

    @Test
    void leadersGetTheirTeamsCompliance() {
        login("teamleider.soest");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).contains("Scholing van mijn team");
        login("manager.leusden");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains("Scholing in mijn gemeente")
                .doesNotContain("Mijn volgende sessie", "Scholing van mijn team");
        login("procesbegeleider");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).contains("Scholing in de regio");
    }

    @Test
    void trainerSeesTheirNextSessionsAndTheAttendanceListsStillToFillIn() {
        PortalUser trainer = login("trainer");
        login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Trainerkaart");
        long session = TrainingFixtures.session(plans, course, 7, Map.of());
        SessionForm form = plans.getSession(session);
        form.setTrainerPersonId(trainer.personId());
        plans.saveSession(form);
        String title = TrainingFixtures.title(plans, course);

        login("trainer");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains("Mijn sessies als trainer")
                .doesNotContain("Mijn volgende sessie", "Scholing van mijn team");
        assertThat(_get(UnorderedList.class, s -> s.withId("trainer-upcoming"))
                        .getElement()
                        .getTextRecursively())
                .contains(title + ": ")
                .contains("0 van 7 plaatsen bezet");

        // the demo's session of last week: listed as long as an attendee has no mark yet
        SessionRow lastWeek = attendance.manageableSessions().stream()
                .filter(s -> s.startsAt().isBefore(LocalDateTime.ofInstant(clock.instant(), PortalFormats.AMSTERDAM)))
                .filter(s -> s.courseTitle().equals("Motiverende gespreksvoering"))
                .findFirst()
                .orElseThrow();
        boolean blanks = attendance.attendanceSheet(lastWeek.id()).attendees().stream()
                .anyMatch(a ->
                        a.status() == EnrolmentStatus.ENROLLED && a.attendance().isEmpty());
        List<UnorderedList> toFill = _find(UnorderedList.class, s -> s.withId("trainer-to-fill"));
        String listed = toFill.isEmpty() ? "" : toFill.getFirst().getElement().getTextRecursively();
        if (blanks) {
            assertThat(listed).contains("Motiverende gespreksvoering");
        } else {
            assertThat(listed).doesNotContain("Motiverende gespreksvoering");
        }
    }

    @Test
    void providerRepresentativeGetsNoLearnerOrTrainerCards() {
        login("aanbieder");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .doesNotContain("Mijn volgende sessie", "Verplichte scholing nog te doen", "Mijn sessies als trainer");
    }
}
