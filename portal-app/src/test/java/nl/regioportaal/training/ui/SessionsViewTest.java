package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.training.AttendanceFixtures;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.AttendanceState;
import nl.regioportaal.training.CertificateService;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.InterestService;
import nl.regioportaal.training.InterestService.Demand;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel;
import nl.regioportaal.training.TrainingModel.AttendanceSheet;
import nl.regioportaal.training.TrainingModel.Attendee;
import nl.regioportaal.training.TrainingModel.CertificateInfo;
import nl.regioportaal.training.TrainingModel.DayPart;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.SessionRow;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The sessions page. As trainer: record attendance for last week's session; wijkcoach.baarn's state
 * turns to "completed and valid" and the certificate can be downloaded. As process supervisor: plan
 * a session, edit one (seats never below the people seated, stale edits refused); trainers and
 * professionals may not.
 */
class SessionsViewTest extends KaribuTest {

    @Autowired
    AttendanceService training;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CertificateService certificates;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    InterestService interest;

    @Autowired
    RegionDirectory directory;

    @Test
    void trainerMarksEveryonePresentThenTheExceptionWithAReasonAndSeesItSaved() {
        users.login("admin");
        List<PersonSummary> pros = TrainingFixtures.professionals(directory);
        LocalDateTime start = LocalDate.now(clock).minusDays(1).atTime(9, 0);
        AttendanceFixtures.Made made = fixtures.session(
                "Presentie", List.of(start, LocalDateTime.now(clock).plusDays(6)), List.of(pros.get(21), pros.get(22)));
        long today = made.dayParts().get(0);
        long later = made.dayParts().get(1);

        login("trainer");
        SessionsView view = navigate(SessionsView.class);
        view.open(made.sessionId());
        assertThat(_get(Anchor.class, s -> s.withId("sign-in-sheet")).getText())
                .isEqualTo("Presentielijst om te tekenen (pdf)");
        // a day part a week ahead: not yet, and said so in its header
        assertThat(_get(Button.class, s -> s.withId("everyone-present-" + later))
                        .isEnabled())
                .isFalse();
        assertThat(view.attendanceList.getColumnByKey("date-" + later).getHeaderText())
                .contains("(vanaf ");
        assertThat(attendanceField(view, 0, later).isReadOnly()).isTrue();

        _click(_get(Button.class, s -> s.withId("everyone-present-" + today)));
        assertThat(view.savedState.getText()).isEqualTo("2 personen aanwezig gemeld; pas nu de uitzonderingen aan.");
        assertThat(attendanceField(view, 0, today).getValue()).isEqualTo(AttendanceState.PRESENT);
        assertThat(attendanceField(view, 1, today).getValue()).isEqualTo(AttendanceState.PRESENT);

        // the exception: afgemeld met reden, with the reason typed next to it (one cell: its state and reason)
        Component cell = GridKt._getCellComponent(view.attendanceList, 1, "date-" + today);
        @SuppressWarnings("unchecked")
        ComboBox<AttendanceState> second =
                (ComboBox<AttendanceState>) cell.getChildren().findFirst().orElseThrow();
        TextField reason = (TextField) cell.getChildren().skip(1).findFirst().orElseThrow();
        assertThat(reason.isVisible()).isFalse();
        second.setValue(AttendanceState.EXCUSED);
        assertThat(reason.isVisible()).isTrue();
        type(reason, "Trein viel uit");
        assertThat(view.savedState.getText()).startsWith("Opgeslagen om ");
        AttendanceSheet sheet = training.attendanceSheet(made.sessionId());
        assertThat(sheet.attendees().get(1).attendance()).containsEntry(today, AttendanceState.EXCUSED);
        assertThat(sheet.attendees().get(1).reasons()).containsEntry(today, "Trein viel uit");

        // too long a reason: refused next to the field, in Dutch, and nothing changed
        type(reason, "x".repeat(201));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("De reden mag hoogstens 200 tekens lang zijn.");
        assertThat(view.savedState.getText()).startsWith("Niet opgeslagen: ");
        assertThat(training.attendanceSheet(made.sessionId()).attendees().get(1).reasons())
                .containsEntry(today, "Trein viel uit");
    }

    @Test
    void providerRepresentativesAndTeamLeadersCannotOpenAttendance() {
        login("aanbieder");
        assertRefused(SessionsView.class);
        login("teamleider.soest");
        assertRefused(SessionsView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AttendanceState> attendanceField(SessionsView view, int row, long dayPart) {
        Component cell = GridKt._getCellComponent(view.attendanceList, row, "date-" + dayPart);
        return (ComboBox<AttendanceState>) cell.getChildren().findFirst().orElseThrow();
    }

    @Test
    void trainerRecordsAttendanceAndTheProfessionalIsCompletedAndValidWithACertificate() {
        PortalUser coach = users.login("wijkcoach.baarn");
        login("trainer");
        SessionsView view = navigate(SessionsView.class);
        SessionRow past = GridKt._fetch(view.sessions, 0, 100).stream()
                .filter(s -> s.startsAt().isBefore(LocalDateTime.now(clock))
                        && s.courseTitle().equals("Motiverende gespreksvoering"))
                .findFirst()
                .orElseThrow();
        GridKt._clickItem(view.sessions, GridKt._fetch(view.sessions, 0, 100).indexOf(past));
        AttendanceSheet sheet = training.attendanceSheet(past.id());
        Attendee attendee = sheet.attendees().stream()
                .filter(a -> a.personId() == coach.personId())
                .findFirst()
                .orElseThrow();
        for (DayPart d : sheet.dates()) {
            type(attendanceField(view, rowOf(view, coach.personId()), d.id()), AttendanceState.PRESENT);
        }

        login("wijkcoach.baarn");
        MyTrainingView mine = navigate(MyTrainingView.class);
        MyCourse mgv = GridKt._fetch(mine.mandatory, 0, 50).stream()
                .filter(c -> c.title().equals("Motiverende gespreksvoering"))
                .findFirst()
                .orElseThrow();
        assertThat(mgv.status().state()).isEqualTo(TrainingState.VALID);
        assertThat(mgv.status().validUntil())
                .isEqualTo(sheet.dates().getLast().start().toLocalDate().plusMonths(24));
        CertificateInfo certificate = GridKt._fetch(mine.certificates, 0, 50).stream()
                .filter(c -> c.courseTitle().equals("Motiverende gespreksvoering"))
                .findFirst()
                .orElseThrow();
        int row = GridKt._fetch(mine.certificates, 0, 50).indexOf(certificate);
        assertThat(((Anchor) GridKt._getCellComponent(mine.certificates, row, "download")).getText())
                .isEqualTo("Certificaat downloaden (pdf)");
        byte[] pdf = certificates.certificate(certificate.completionId()).pdf();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    private static int rowOf(SessionsView view, long personId) {
        List<Attendee> rows = GridKt._fetch(view.attendanceList, 0, 100);
        return rows.indexOf(
                rows.stream().filter(a -> a.personId() == personId).findFirst().orElseThrow());
    }

    @Test
    void planningASessionWithBadInputIsRefusedInDutchNextToTheFieldAndNothingIsSaved() {
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        int before = GridKt._size(view.sessions);
        LocatorJ._click(_get(Button.class, s -> s.withId("new-session")));
        @SuppressWarnings("unchecked")
        ComboBox<TrainingPlanService.CourseRef> course = _get(view.dialog, ComboBox.class, s -> s.withLabel("Cursus"));
        type(course, course.getListDataView().getItems().findFirst().orElseThrow());
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Plaats")), "Zaal 3");
        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), -1);
        type(
                _get(view.dialog, DatePicker.class, s -> s.withLabel("Datum")),
                LocalDate.now(clock).minusDays(2));
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.fieldError("seats")).isEqualTo("Het aantal plaatsen kan niet negatief zijn.");
        assertThat(view.dialog.fieldError("dates")).isEqualTo("Een sessie kan niet in het verleden liggen.");
        assertThat(GridKt._size(view.sessions)).isEqualTo(before);

        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 12);
        type(
                _get(view.dialog, DatePicker.class, s -> s.withLabel("Datum")),
                LocalDate.now(clock).plusDays(30));
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.sessions)).isEqualTo(before + 1);
    }

    @Test
    void textsStopAtTheirColumnLengthAndALongerOneIsRefusedNextToItsField() {
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        int before = GridKt._size(view.sessions);
        LocatorJ._click(_get(Button.class, s -> s.withId("new-session")));
        TextField place = _get(view.dialog, TextField.class, s -> s.withLabel("Plaats"));
        assertThat(place.getMaxLength()).isEqualTo(300);
        assertThat(_get(view.dialog, TextField.class, s -> s.withLabel("Online link"))
                        .getMaxLength())
                .isEqualTo(500);

        // the browser keeps to the limit; a longer value sent all the same gets the message at the field
        @SuppressWarnings("unchecked")
        ComboBox<TrainingPlanService.CourseRef> course = _get(view.dialog, ComboBox.class, s -> s.withLabel("Cursus"));
        type(course, course.getListDataView().getItems().findFirst().orElseThrow());
        type(place, "z".repeat(301));
        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 12);
        type(
                _get(view.dialog, DatePicker.class, s -> s.withLabel("Datum")),
                LocalDate.now(clock).plusDays(30));
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.fieldError("place")).isEqualTo("Deze tekst is te lang: maximaal 300 tekens.");
        assertThat(GridKt._size(view.sessions)).isEqualTo(before);
        view.dialog.close();
    }

    @Test
    void aSessionOfSeveralDayPartsWithSeveralMunicipalityQuotasIsPlannedAndChanged() {
        login("procesbegeleider");
        long courseId = TrainingFixtures.optionalCourse(plans, "Meerdaags");
        String title = TrainingFixtures.title(plans, courseId);
        MunicipalityRef amersfoort = municipality("Amersfoort");
        MunicipalityRef soest = municipality("Soest");
        LocalDate day = LocalDate.now(clock).plusDays(30);
        SessionsView view = navigate(SessionsView.class);
        LocatorJ._click(_get(Button.class, s -> s.withId("new-session")));
        @SuppressWarnings("unchecked")
        ComboBox<TrainingPlanService.CourseRef> course = _get(view.dialog, ComboBox.class, s -> s.withLabel("Cursus"));
        type(
                course,
                course.getListDataView()
                        .getItems()
                        .filter(c -> c.id() == courseId)
                        .findFirst()
                        .orElseThrow());
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Plaats")), "Zaal 4");
        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 10);
        type(_get(view.dialog, DatePicker.class, s -> s.withLabel("Datum")), day);

        // a second day part at the same time as the first, and a third without a date
        LocatorJ._click(_get(view.dialog, Button.class, s -> s.withId("add-day-part")));
        type(_get(view.dialog, DatePicker.class, s -> s.withId("day-part-2-date")), day);
        LocatorJ._click(_get(view.dialog, Button.class, s -> s.withId("add-day-part")));
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.fieldError("moreDayParts"))
                .isEqualTo("Vul bij elk dagdeel de datum en beide tijden in.");
        LocatorJ._click(_get(view.dialog, Button.class, s -> s.withId("remove-day-part-3")));
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.fieldError("dates")).isEqualTo("Twee dagdelen overlappen elkaar.");
        type(_get(view.dialog, DatePicker.class, s -> s.withId("day-part-2-date")), day.plusDays(7));

        // quotas for two municipalities; the same one twice is refused next to the rows
        @SuppressWarnings("unchecked")
        ComboBox<MunicipalityRef> first = _get(view.dialog, ComboBox.class, s -> s.withLabel("Quotum voor gemeente"));
        type(first, amersfoort);
        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Plaatsen in het quotum")), 3);
        LocatorJ._click(_get(view.dialog, Button.class, s -> s.withId("add-quota")));
        @SuppressWarnings("unchecked")
        ComboBox<MunicipalityRef> second = _get(view.dialog, ComboBox.class, s -> s.withId("quota-2-municipality"));
        type(second, amersfoort);
        type(_get(view.dialog, IntegerField.class, s -> s.withId("quota-2-seats")), 2);
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.fieldError("moreQuotas")).isEqualTo("Elke gemeente kan maar één quotum hebben.");
        assertThat(training.manageableSessions()).noneMatch(s -> s.courseTitle().equals(title));
        type(second, soest);
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isFalse();

        long session = training.manageableSessions().stream()
                .filter(s -> s.courseTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
        SessionForm saved = plans.getSession(session);
        assertThat(saved.getDates()).extracting(d -> d.start().toLocalDate()).containsExactly(day, day.plusDays(7));
        assertThat(saved.getQuotas()).containsExactlyInAnyOrderEntriesOf(Map.of(amersfoort.id(), 3, soest.id(), 2));

        // changed: the rows show what was saved; the second day part goes, both quotas stay
        view.open(session);
        _click(_get(Button.class, s -> s.withId("edit-session")));
        assertThat(_get(view.dialog, ComboBox.class, s -> s.withId("quota-2-municipality"))
                        .getValue())
                .isEqualTo(soest);
        LocatorJ._click(_get(view.dialog, Button.class, s -> s.withId("remove-day-part-2")));
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(plans.getSession(session).getDates()).hasSize(1);
        assertThat(plans.getSession(session).getQuotas()).hasSize(2);
    }

    private MunicipalityRef municipality(String name) {
        return directory.municipalities().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anEndBeforeTheStartShowsUnderTheTimesAndGoesOnceFixed() {
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        LocatorJ._click(_get(Button.class, s -> s.withId("new-session")));
        @SuppressWarnings("unchecked")
        ComboBox<TrainingPlanService.CourseRef> course = _get(view.dialog, ComboBox.class, s -> s.withLabel("Cursus"));
        type(course, course.getListDataView().getItems().findFirst().orElseThrow());
        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 12);
        type(
                _get(view.dialog, DatePicker.class, s -> s.withLabel("Datum")),
                LocalDate.now(clock).plusDays(30));
        type(_get(view.dialog, TimePicker.class, s -> s.withLabel("Van")), LocalTime.of(14, 0));
        TimePicker to = _get(view.dialog, TimePicker.class, s -> s.withLabel("Tot"));
        type(to, LocalTime.of(10, 0));
        LocatorJ._click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Het einde van een dagdeel ligt vóór of op het begin.");
        type(to, LocalTime.of(17, 0));
        assertThat(to.isInvalid()).as("the stale error goes").isFalse();
        view.dialog.close();
    }

    @Test
    void professionalsAndManagersCannotOpenSessionManagement() {
        login("wijkcoach.baarn");
        assertRefused(SessionsView.class);
        login("manager.leusden");
        assertRefused(SessionsView.class);
    }

    @Test
    void theProcessSupervisorPlansWithTheDemandPerMunicipalityAndTheTrainerDoesNotSeeIt() {
        login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Vraag");
        String title = TrainingFixtures.title(plans, course);
        PersonSummary asking = TrainingFixtures.professionals(directory).get(12);
        String municipality = directory.municipalities().stream()
                .filter(m -> m.id() == asking.municipalityId())
                .findFirst()
                .orElseThrow()
                .name();
        loginAs(TrainingFixtures.profileOf(asking));
        interest.showInterest(course);

        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        assertThat(GridKt._fetch(view.demand, 0, 100))
                .filteredOn(d -> d.courseId() == course)
                .extracting(Demand::courseTitle, Demand::municipality, Demand::people)
                .containsExactly(tuple(title, municipality, 1L));

        login("trainer");
        navigate(SessionsView.class);
        assertThat(_find(Details.class, s -> s.withId("demand"))).isEmpty();
    }

    @Test
    void processSupervisorSeesAllSessions() {
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        assertThat(GridKt._size(view.sessions)).isGreaterThanOrEqualTo(7);
    }

    @Test
    void processSupervisorEditsASessionButNotBelowTheSeatedCount() {
        long session = oneSeatSessionWithWijkcoachSeated();
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        view.open(session);
        _click(_get(Button.class, s -> s.withId("edit-session")));

        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 0);
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.fieldError("seats"))
                .isEqualTo(
                        "Er zijn al meer deelnemers geplaatst dan dit aantal plaatsen. Kies minstens zoveel plaatsen als er deelnemers zijn.");
        assertThat(jdbc.queryForObject("select seats from course_session where id = ?", Integer.class, session))
                .isOne();

        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 3);
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Plaats")), "Zaal 9");
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Externe trainer (zonder account)")), "J. de Vries");
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isFalse();
        SessionForm saved = plans.getSession(session);
        assertThat(saved.getSeats()).isEqualTo(3);
        assertThat(saved.getPlace()).isEqualTo("Zaal 9");
        assertThat(saved.getTrainerName()).isEqualTo("J. de Vries");
        assertThat(saved.getDates()).hasSize(1);
    }

    @Test
    void aStaleEditIsRefusedWithTheDutchConcurrentEditMessage() {
        long session = oneSeatSessionWithWijkcoachSeated();
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        view.open(session);
        _click(_get(Button.class, s -> s.withId("edit-session")));
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Plaats")), "Mijn wijziging");

        // meanwhile someone else saves the session
        SessionForm other = plans.getSession(session);
        other.setPlace("Andermans wijziging");
        plans.saveSession(other);

        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(notificationTexts())
                .contains(
                        "Iemand anders heeft dit intussen gewijzigd. Je wijziging is niet opgeslagen; de nieuwste gegevens zijn opnieuw geladen.");
        assertThat(plans.getSession(session).getPlace()).isEqualTo("Andermans wijziging");
    }

    @Test
    void trainerAndProfessionalMayNotEditSessions() {
        long session = oneSeatSessionWithWijkcoachSeated();
        login("procesbegeleider");
        SessionForm form = plans.getSession(session);

        login("trainer");
        SessionsView view = navigate(SessionsView.class);
        List<TrainingModel.SessionRow> own = GridKt._fetch(view.sessions, 0, 100);
        view.open(own.getFirst().id());
        assertThat(_find(Button.class, s -> s.withId("edit-session"))).isEmpty();
        assertThatThrownBy(() -> plans.saveSession(form)).isInstanceOf(AccessDeniedException.class);

        login("wijkcoach.baarn");
        assertRefused(SessionsView.class);
        assertThatThrownBy(() -> plans.saveSession(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.renamePlan(1, 0, "Niet van mij")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theProcessSupervisorCancelsASessionOnlyAfterSayingYesAndNotOnceItHasBegun() {
        PersonSummary seated =
                directory.person(fixtures.newProfessional("Annuleer")).orElseThrow();
        AttendanceFixtures.Made coming = fixtures.session(
                "Annuleren", List.of(LocalDate.now(clock).plusDays(10).atTime(9, 0)), List.of(seated));
        LocalDateTime began = LocalDateTime.now(clock).minusHours(1).withNano(0);
        AttendanceFixtures.Made underWay = fixtures.session("Bezig", List.of(began, began.plusDays(7)), List.of());

        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        view.open(underWay.sessionId());
        assertThat(_find(Button.class, s -> s.withId("edit-session"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("cancel-session")))
                .as("no cancelling once the first day part has begun")
                .isEmpty();

        view.open(coming.sessionId());
        _click(_get(Button.class, s -> s.withId("cancel-session")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("cancel-session-confirm"));
        assertThat(ConfirmDialogKt._getText(confirm))
                .contains("Wil je de sessie van " + coming.courseTitle())
                .contains("niet ongedaan maken");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(cancelled(coming.sessionId()))
                .as("not cancelled without saying yes")
                .isFalse();

        _click(_get(Button.class, s -> s.withId("cancel-session")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("cancel-session-confirm")));
        assertThat(notificationTexts()).contains("De sessie is geannuleerd; de deelnemers hebben bericht gekregen.");
        assertThat(cancelled(coming.sessionId())).isTrue();
        assertThat(jdbc.queryForObject(
                        "select status from enrolment where id = ?",
                        String.class,
                        coming.enrolments().getFirst()))
                .isEqualTo("SESSION_CANCELLED");
        assertThat(_find(Button.class, s -> s.withId("cancel-session")))
                .as("nothing left to cancel")
                .isEmpty();
    }

    @Test
    void theTrainerIsChosenAmongTheActiveTrainersAndAnOutsideTrainerIsOnlyAName() {
        long trainer = fixtures.newTrainer("Kiesbaar");
        long professional = fixtures.newProfessional("Nietkiesbaar");
        PersonSummary chosen = directory.person(trainer).orElseThrow();
        login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Trainer kiezen");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        SessionsView view = navigate(SessionsView.class);
        view.open(session);
        _click(_get(Button.class, s -> s.withId("edit-session")));

        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> pick = _get(view.dialog, ComboBox.class, s -> s.withLabel("Trainer"));
        TextField outside = _get(view.dialog, TextField.class, s -> s.withLabel("Externe trainer (zonder account)"));
        assertThat(outside.getMaxLength()).isEqualTo(200);
        List<PersonSummary> offered = pick.getListDataView().getItems().toList();
        assertThat(offered).extracting(PersonSummary::id).contains(trainer).doesNotContain(professional);
        assertThat(offered).allMatch(p -> p.active() && p.roles().contains(Role.TRAINER));
        type(pick, offered.stream().filter(p -> p.id() == trainer).findFirst().orElseThrow());
        assertThat(outside.isVisible()).as("the name comes with the account").isFalse();
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isFalse();
        SessionForm saved = plans.getSession(session);
        assertThat(saved.getTrainerPersonId()).isEqualTo(trainer);
        assertThat(saved.getTrainerName()).isEqualTo(chosen.displayName());

        // a trainer from outside: no account, so nobody but the region runs the session
        _click(_get(Button.class, s -> s.withId("edit-session")));
        assertThat(pick.getValue().id()).isEqualTo(trainer);
        type(pick, null);
        assertThat(outside.isVisible()).isTrue();
        type(outside, "Gastdocent Lumens");
        _click(_get(Button.class, s -> s.withId("form-save")));
        saved = plans.getSession(session);
        assertThat(saved.getTrainerPersonId()).isNull();
        assertThat(saved.getTrainerName()).isEqualTo("Gastdocent Lumens");
    }

    private boolean cancelled(long sessionId) {
        return jdbc.queryForObject("select cancelled from course_session where id = ?", Boolean.class, sessionId);
    }

    /** A new optional course with a one-seat session, the seat taken by wijkcoach.baarn. */
    private long oneSeatSessionWithWijkcoachSeated() {
        login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Bewerken");
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        login("wijkcoach.baarn");
        enrolments.enrol(session);
        return session;
    }
}
