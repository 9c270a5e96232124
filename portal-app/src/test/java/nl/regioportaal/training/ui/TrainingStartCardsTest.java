package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.CourseForm;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.MyEnrolment;
import nl.regioportaal.training.TrainingModel.SessionRow;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TrainingStartCardsTest extends KaribuTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    AttendanceService attendance;

    @Autowired
    Clock clock;

    @Autowired
    TrainingQueries training;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void professionalGetsNextSessionAndToDoCards() {
        login("wijkcoach.baarn");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains("Mijn volgende sessie", "Verplichte scholing nog te doen")
                .doesNotContain("Scholing van mijn team");
    }

    @Test
    void aProviderRepresentativeSeesTheCoursesOfTheirOrganisationReadOnly() {
        login("procesbegeleider");
        long lumens = directory.providers().stream()
                .filter(p -> p.name().equals("Lumens"))
                .findFirst()
                .orElseThrow()
                .id();
        CourseForm f = new CourseForm();
        f.setPlanId(TrainingFixtures.publishedPlan(plans));
        f.setTitle("Van Lumens " + System.nanoTime());
        f.setHours(new BigDecimal("3"));
        f.setProviderId(lumens);
        long course = plans.saveCourse(f);
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        List<PersonSummary> pros = TrainingFixtures.professionals(directory);
        enrolments.enrol(session, pros.get(40).id());
        enrolments.enrol(session, pros.get(41).id());

        login("aanbieder");
        navigate(StartView.class);
        Div card = _find(Div.class, s -> s.withClasses("rp-card")).stream()
                .filter(d -> d.getElement().getTextRecursively().startsWith("Cursussen van je organisatie"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getElement().getTextRecursively())
                .contains(f.getTitle())
                .contains(": 2 van 5 plaatsen bezet, 0 op de wachtlijst");
        assertThat(_find(card, Anchor.class, s -> s.withText(f.getTitle())))
                .singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("scholing/cursus/" + course));
        assertThat(_find(card, Button.class)).as("read-only").isEmpty();

        UI.getCurrent().navigate(CourseView.class, CourseView.params(course));
        assertThat(_find(Button.class, s -> s.withId("enrol-" + session)))
                .as("not the audience")
                .isEmpty();
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

    @Test
    void theNextSessionCardAgreesWithMyTraining() {
        login("procesbegeleider");
        List<PersonSummary> pros = TrainingFixtures.professionals(directory);
        PersonSummary me = pros.get(40);
        long waitingCourse = TrainingFixtures.optionalCourse(plans, "Volgeboekt");
        long full = TrainingFixtures.session(plans, waitingCourse, 1, Map.of());
        enrolments.enrol(full, pros.get(41).id());
        long pastCourse = TrainingFixtures.optionalCourse(plans, "Geweest");
        long past = TrainingFixtures.session(plans, pastCourse, 5, Map.of());
        long seatCourse = TrainingFixtures.optionalCourse(plans, "Plaats");
        long seat = TrainingFixtures.session(plans, seatCourse, 5, Map.of());
        List<String> titles = List.of(seatCourse, waitingCourse, pastCourse).stream()
                .map(c -> TrainingFixtures.title(plans, c))
                .toList();

        loginAs(TrainingFixtures.profileOf(me));
        enrolments.enrol(full);
        enrolments.enrol(past);
        TrainingFixtures.moveIntoThePast(jdbc, past, 1);
        enrolments.enrol(seat);

        MyEnrolment next = training.myNextSession().orElseThrow();
        assertThat(next.sessionId()).isEqualTo(seat);
        assertThat(training.myTraining().enrolments())
                .filteredOn(e -> e.status() == EnrolmentStatus.ENROLLED && !e.sessionOver())
                .extracting(MyEnrolment::sessionId)
                .containsExactly(seat);
        navigate(StartView.class);
        String card = cardText("Mijn volgende sessie");
        assertThat(card).contains(titles.get(0)).doesNotContain(titles.get(1)).doesNotContain(titles.get(2));
    }

    @Test
    void theTeamLeaderApprovesAndDeclinesFromStart() {
        PortalUser leader = login("teamleider.soest");
        List<PersonSummary> members = leader.teamIds().stream()
                .flatMap(t -> directory.activeMembersOf(t).stream())
                .filter(p -> p.id() != leader.personId() && p.roles().contains(Role.PROFESSIONAL))
                .distinct()
                .toList();
        login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Start", 5);
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        loginAs(TrainingFixtures.profileOf(members.get(0)));
        long first = enrolments.enrol(session).enrolmentId();
        loginAs(TrainingFixtures.profileOf(members.get(1)));
        long second = enrolments.enrol(session).enrolmentId();

        for (String other : List.of("wijkcoach.baarn", "procesbegeleider", "manager.leusden")) {
            login(other);
            navigate(StartView.class);
            assertThat(_find(Div.class, s -> s.withId("approval-card")))
                    .as(other)
                    .isEmpty();
        }

        login("teamleider.soest");
        navigate(StartView.class);
        assertThat(cardText("Aanvragen voor scholing")).contains(members.get(0).displayName());
        _click(_get(Button.class, s -> s.withId("approve-" + first)));
        assertThat(notificationTexts())
                .anyMatch(t -> t.startsWith("Goedgekeurd: " + members.get(0).displayName()));

        _click(_get(Button.class, s -> s.withId("decline-" + second)));
        _click(_get(Button.class, s -> s.withId("decline-confirm")));
        assertThat(_get(TextArea.class, s -> s.withId("decline-reason")).getErrorMessage())
                .isEqualTo("Geef een reden op.");
        type(_get(TextArea.class, s -> s.withId("decline-reason")), "Volgend jaar");
        _click(_get(Button.class, s -> s.withId("decline-confirm")));
        assertThat(notificationTexts())
                .anyMatch(t -> t.startsWith("Afgewezen: " + members.get(1).displayName()));
        assertThat(_find(Button.class, s -> s.withId("approve-" + second))).isEmpty();
        assertThat(training.trainingOf(members.get(1).id()).enrolments())
                .filteredOn(e -> e.enrolmentId() == second)
                .singleElement()
                .satisfies(e -> assertThat(e.decisionReason()).isEqualTo("Volgend jaar"));
    }

    private static String cardText(String title) {
        return _find(H3.class).stream()
                .filter(h -> h.getText().equals(title))
                .findFirst()
                .orElseThrow()
                .getParent()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
    }
}
