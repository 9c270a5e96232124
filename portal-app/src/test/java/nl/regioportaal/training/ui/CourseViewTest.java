package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.NotFoundView;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.training.CourseForm;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingQueries;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void enrolButtonSaysWhatHappensThenEnrolsAndCancels() {
        long course = course("Inschrijven");
        long session = session(course, 5);
        login("wijkcoach.baarn");
        open(course);
        Button enrol = _get(Button.class, s -> s.withId("enrol-" + session));
        assertThat(enrol.getText()).isEqualTo("Inschrijven (er is een plaats vrij)");
        _click(enrol);
        assertThat(feedback(session)).isEqualTo("Je bent ingeschreven. Je krijgt een bevestiging bij Meldingen.");
        assertThat(announced()).isEqualTo(feedback(session));
        assertThat(training.course(course).sessions().getFirst().myEnrolmentStatus())
                .isEqualTo(EnrolmentStatus.ENROLLED);

        _click(_get(Button.class, s -> s.withId("cancel-" + session)));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("cancel-confirm"));
        assertThat(ConfirmDialogKt._getText(confirm)).contains("Wil je je afmelden");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(training.course(course).sessions().getFirst().myEnrolmentStatus())
                .as("not cancelled without saying yes")
                .isEqualTo(EnrolmentStatus.ENROLLED);
        _click(_get(Button.class, s -> s.withId("cancel-" + session)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("cancel-confirm")));
        assertThat(feedback(session)).isEqualTo("Je bent afgemeld.");
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
        assertThat(feedback(full)).isEqualTo("De sessie is vol: je staat op plaats 1 van de wachtlijst.");
        assertThat(_find(Paragraph.class, p -> p.withId("feedback-" + other)))
                .as("only next to its session")
                .isEmpty();
        SessionInfo after = training.course(course).sessions().stream()
                .filter(s -> s.id() == full)
                .findFirst()
                .orElseThrow();
        assertThat(after.myEnrolmentStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(after.myWaitingPosition()).isEqualTo(1);
        // the other session of the same course now says so instead of offering a second enrolment
        Button second = _get(Button.class, b -> b.withId("enrol-" + other));
        assertThat(second.isEnabled()).isFalse();
        assertThat(second.getText())
                .as("a waiting-list place is not an enrolment")
                .isEqualTo("Je staat al op de wachtlijst van een andere sessie");
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
        assertThat(feedback(session)).startsWith(who.displayName() + " is ingeschreven");
        assertThat(training.trainingOf(who.id()).enrolments())
                .filteredOn(e -> e.courseId() == course)
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
    }

    @Test
    void aWaitingListPlaceNeverReadsAsEnrolled() {
        long course = course("Geen plaats");
        long full = session(course, 1);
        enrolments.enrol(full, someoneOutsideBaarn().id());
        loginAs(TrainingFixtures.profileOf(person(3)));
        open(course);
        _click(_get(Button.class, s -> s.withId("enrol-" + full)));
        assertThat(_get(Span.class, s -> s.withClasses("rp-training-state")).getText())
                .isEqualTo("Op de wachtlijst");
        assertThat(pageText())
                .contains("Je staat op plaats 1 van de wachtlijst.")
                .doesNotContain("Ingeschreven");
    }

    @Test
    void aPastSessionOffersNoCancel() {
        long course = course("Voorbij");
        long session = session(course, 5);
        loginAs(TrainingFixtures.profileOf(person(4)));
        enrolments.enrol(session);
        open(course);
        assertThat(_find(Button.class, s -> s.withId("cancel-" + session))).hasSize(1);
        TrainingFixtures.moveIntoThePast(jdbc, session, 2);
        open(course);
        assertThat(_find(Button.class, s -> s.withId("cancel-" + session))).isEmpty();
        assertThat(training.course(course).sessions().getFirst().myCancellable())
                .isFalse();
    }

    @Test
    void aSessionAfterMyDeadlineWarnsBeforeEnrolling() {
        long woudenberg = woudenberg();
        PersonSummary me = TrainingFixtures.professionals(directory).stream()
                .filter(p -> p.municipalityId() != null && p.municipalityId() == woudenberg)
                .findFirst()
                .orElseThrow();
        long course = mandatoryDueInTenDays(woudenberg);
        long late = session(course, 5);

        loginAs(TrainingFixtures.profileOf(me));
        open(course);
        assertThat(pageText()).contains("Let op: deze sessie begint na je uiterste datum");
        _click(_get(Button.class, s -> s.withId("enrol-" + late)));
        ConfirmDialog warning = _get(ConfirmDialog.class, s -> s.withId("deadline-confirm"));
        assertThat(ConfirmDialogKt._getText(warning)).contains("Toch inschrijven?");
        ConfirmDialogKt._fireCancel(warning);
        assertThat(training.course(course).sessions().getFirst().myEnrolmentStatus())
                .isNull();
        _click(_get(Button.class, s -> s.withId("enrol-" + late)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("deadline-confirm")));
        assertThat(training.course(course).sessions().getFirst().myEnrolmentStatus())
                .isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void aTeamLeaderIsWarnedBeforeEnrollingAMemberAfterTheirDeadline() {
        long woudenberg = woudenberg();
        login("procesbegeleider");
        PersonSummary leader = directory.activeWithRole(Role.TEAM_LEADER).stream()
                .filter(p -> p.municipalityId() != null && p.municipalityId() == woudenberg)
                .findFirst()
                .orElseThrow();
        PersonSummary member = leader.teamIds().stream()
                .flatMap(t -> directory.activeMembersOf(t).stream())
                .filter(p -> p.roles().contains(Role.PROFESSIONAL))
                .findFirst()
                .orElseThrow();
        long course = mandatoryDueInTenDays(woudenberg);
        long late = session(course, 5);

        loginAs(TrainingFixtures.profileOf(leader));
        open(course);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> box = _get(ComboBox.class, s -> s.withId("member-" + late));
        type(box, member);
        assertThat(box.getHelperText())
                .as("warned before pressing anything")
                .startsWith("Let op: deze sessie begint na de uiterste datum van " + member.displayName());
        _click(_get(Button.class, s -> s.withId("enrol-member-" + late)));
        ConfirmDialog warning = _get(ConfirmDialog.class, s -> s.withId("deadline-confirm"));
        assertThat(ConfirmDialogKt._getText(warning)).contains(member.displayName(), "Toch inschrijven?");
        ConfirmDialogKt._fireCancel(warning);
        assertThat(training.trainingOf(member.id()).enrolments()).noneMatch(e -> e.courseId() == course);
        _click(_get(Button.class, s -> s.withId("enrol-member-" + late)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("deadline-confirm")));
        assertThat(training.trainingOf(member.id()).enrolments())
                .filteredOn(e -> e.courseId() == course)
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
    }

    /** A small municipality, so a new mandatory course reaches few people that other tests count. */
    private long woudenberg() {
        login("procesbegeleider");
        return directory.municipalities().stream()
                .filter(m -> m.name().equals("Woudenberg"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A mandatory course for the municipality's professionals, due in ten days (its sessions start in 30). */
    private long mandatoryDueInTenDays(long municipalityId) {
        login("procesbegeleider");
        CourseForm f = new CourseForm();
        f.setPlanId(TrainingFixtures.publishedPlan(plans));
        f.setTitle("Deadline " + System.nanoTime());
        f.setHours(new BigDecimal("2"));
        f.setMandatory(true);
        f.setAudienceRoles(EnumSet.of(Role.PROFESSIONAL));
        f.setAudienceMunicipalityIds(Set.of(municipalityId));
        f.setDeadlineDate(LocalDate.now(clock).plusDays(10));
        return plans.saveCourse(f);
    }

    @Test
    void aCourseNeedingApprovalAsksTheTeamLeader() {
        login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Aanvragen", 5);
        long session = session(course, 5);
        loginAs(TrainingFixtures.profileOf(person(6)));
        open(course);
        Button ask = _get(Button.class, s -> s.withId("enrol-" + session));
        assertThat(ask.getText()).isEqualTo("Aanvragen bij je teamleider (er is een plaats vrij)");
        _click(ask);
        assertThat(feedback(session)).startsWith("Je aanvraag is naar je teamleider gestuurd");
        assertThat(pageText()).contains("Je aanvraag ligt bij je teamleider").doesNotContain("Ingeschreven");
        // withdrawn, so no team leader's Start shows this test's request
        enrolments.cancel(training.course(course).sessions().getFirst().myEnrolmentId());
    }

    @Test
    void aCourseWithoutASessionOffersInterestAndItsWithdrawal() {
        long course = course("Interesse");
        loginAs(TrainingFixtures.profileOf(person(7)));
        open(course);
        _click(_get(Button.class, s -> s.withId("show-interest")));
        assertThat(_get(Paragraph.class, p -> p.withId("feedback-course")).getText())
                .isEqualTo("Je interesse is genoteerd. Je krijgt bericht zodra er een sessie is.");
        _click(_get(Button.class, s -> s.withId("withdraw-interest")));
        assertThat(_find(Button.class, s -> s.withId("show-interest"))).hasSize(1);

        login("aanbieder");
        open(course);
        assertThat(_find(Button.class, s -> s.withId("show-interest")))
                .as("not the audience")
                .isEmpty();
    }

    /** A demo professional of their own for a test (their enrolments touch nobody else's assertions). */
    private PersonSummary person(int index) {
        return TrainingFixtures.professionals(directory).get(index + 20);
    }

    private static String pageText() {
        return _get(CourseView.class).getElement().getTextRecursively();
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

    @Test
    void anUnknownDraftOrMalformedCourseIdShowsTheNotFoundPageAndLogsOneRefusalLine() {
        login("procesbegeleider");
        int year = plans.plans().stream().mapToInt(p -> p.year()).max().orElse(2030) + 1;
        CourseForm draft = new CourseForm();
        draft.setPlanId(plans.createPlan(year, "Concept " + year));
        draft.setTitle("Nog niet gepubliceerd");
        draft.setHours(new BigDecimal("2"));
        long draftCourse = plans.saveCourse(draft);

        login("wijkcoach.baarn");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            for (String id : List.of("abc", "999999999", "-1", "99999999999999999999", String.valueOf(draftCourse))) {
                UI.getCurrent().navigate("scholing/cursus/" + id);
                assertThat(_find(CourseView.class)).as(id).isEmpty();
                assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                        .as(id)
                        .contains("Pagina niet gevonden");
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
        assertThat(log.list)
                .filteredOn(e -> e.getFormattedMessage().startsWith("route refused"))
                .hasSize(5)
                .allMatch(e -> e.getThrowableProxy() == null);
    }

    @Test
    void aProviderRepresentativeReadsTheSessionsWithoutEnrolButtons() {
        long course = course("Aanbieder");
        long session = session(course, 5);
        login("aanbieder");
        open(course);
        assertThat(_find(Button.class, s -> s.withId("enrol-" + session))).isEmpty();
        assertThat(_get(CourseView.class).getElement().getTextRecursively()).contains("5 van 5 plaatsen vrij");
    }

    /** The outcome shown in the session's own card (not over the page). */
    private static String feedback(long session) {
        return _get(Paragraph.class, p -> p.withId("feedback-" + session)).getText();
    }

    /** What the page's live region hands to screen readers. */
    private static String announced() {
        return _get(CourseView.class)
                .getChildren()
                .filter(c -> c.getElement().getClassList().contains("rp-sr-only"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getText();
    }

    private static void open(long courseId) {
        UI.getCurrent().navigate(CourseView.class, CourseView.params(courseId));
        _get(CourseView.class);
    }
}
