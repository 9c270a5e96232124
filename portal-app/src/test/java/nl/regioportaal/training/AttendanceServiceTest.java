package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.ValidationFailedException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendance per day part on sessions of their own: completion and its notice, the 15-minute
 * window, "iedereen aanwezig" with exceptions and reasons, and the sign-in sheet.
 */
class AttendanceServiceTest extends ServiceTest {

    @Autowired
    AttendanceService attendance;

    @Autowired
    TrainingQueries queries;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    CourseSessionRepository sessions;

    @Autowired
    CourseRepository courses;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Autowired
    CertificateService certificates;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    CompletionRepository completions;

    @Autowired
    NoticesInFlight inFlight;

    List<PersonSummary> pros;

    @BeforeEach
    void setUp() {
        users.login("admin");
        pros = TrainingFixtures.professionals(directory);
    }

    @Test
    void attendanceAtEveryDayPartCompletesTheCourseAndYieldsACertificate() {
        users.login("admin");
        long trainerPerson = users.login("trainer").personId();
        users.login("procesbegeleider");
        long courseId = TrainingFixtures.optionalCourse(plans, "Afronden");
        PersonSummary coach = pros.get(9);
        long[] ids = tx.execute(s -> {
            CourseSession past = new CourseSession(courses.findById(courseId).orElseThrow());
            past.setPlace("Zaal 1");
            past.setSeats(10);
            past.setTrainer(trainerPerson, "Trainer");
            past.setHistoricDates(TrainingDemoData.dayParts(LocalDate.now(clock).minusDays(8), 2));
            sessions.save(past);
            Enrolment e = enrolments.save(new Enrolment(
                    past, coach.id(), coach.municipalityId(), EnrolmentStatus.ENROLLED, clock.instant(), coach.id()));
            return new long[] {
                past.getId(),
                e.getId(),
                past.getDates().get(0).getId(),
                past.getDates().get(1).getId()
            };
        });

        loginAs(coach);
        assertThatThrownBy(() -> attendance.recordAttendance(ids[1], ids[2], AttendanceState.PRESENT))
                .isInstanceOf(AccessDeniedException.class);

        users.login("trainer");
        attendance.recordAttendance(ids[1], ids[2], AttendanceState.PRESENT);
        assertThat(attendance.attendanceSheet(ids[0]).attendees())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(EnrolmentStatus.ENROLLED));
        attendance.recordAttendance(ids[1], ids[3], AttendanceState.PRESENT);

        loginAs(coach);
        TrainingModel.MyTraining mine = queries.myTraining();
        assertThat(mine.enrolments())
                .filteredOn(e -> e.enrolmentId() == ids[1])
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.COMPLETED));
        TrainingModel.CertificateInfo certificate = mine.certificates().stream()
                .filter(c -> c.courseId() == courseId)
                .findFirst()
                .orElseThrow();
        assertThat(certificate.current()).isTrue();
        assertThat(certificate.completedOn()).isEqualTo(LocalDate.now(clock).minusDays(1));
        byte[] pdf = certificates.certificate(certificate.completionId()).pdf();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        loginAs(pros.get(10));
        assertThatThrownBy(() -> certificates.certificate(certificate.completionId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editingASessionKeepsWhatWasRecordedForItsDayPartsAndADayPartThatHasBegunStaysAsItWas() {
        LocalDateTime now = LocalDateTime.now(clock);
        // one day part (three hours, as all of the fixture's) ended an hour ago; the next starts in ten minutes, so its
        // attendance is open
        AttendanceFixtures.Made made =
                fixtures.session("Bewaren", List.of(now.minusHours(4), now.plusMinutes(10)), List.of(pros.get(18)));
        long begun = made.dayParts().get(0);
        long next = made.dayParts().get(1);
        users.login("trainer");
        attendance.recordAttendance(made.enrolments().get(0), begun, AttendanceState.PRESENT);
        attendance.recordAttendance(made.enrolments().get(0), next, AttendanceState.EXCUSED, "Ziek");
        Map<Long, AttendanceState> recorded = Map.of(begun, AttendanceState.PRESENT, next, AttendanceState.EXCUSED);

        users.login("procesbegeleider");
        SessionForm otherRoom = plans.getSession(made.sessionId());
        otherRoom.setPlace("Zaal De Bron, Soest");
        plans.saveSession(otherRoom);
        assertThat(onlyAttendee(made.sessionId()).attendance()).isEqualTo(recorded);
        assertThat(onlyAttendee(made.sessionId()).reasons()).containsEntry(next, "Ziek");

        // the next day part moves to tomorrow: what was recorded for it moves along
        SessionForm tomorrow = plans.getSession(made.sessionId());
        LocalDateTime later = now.plusDays(1).withNano(0);
        tomorrow.setDates(List.of(tomorrow.getDates().get(0), new SessionForm.DayPart(later, later.plusHours(3))));
        plans.saveSession(tomorrow);
        assertThat(plans.getSession(made.sessionId()).getDates())
                .extracting(SessionForm.DayPart::start)
                .last()
                .isEqualTo(later);
        assertThat(onlyAttendee(made.sessionId()).attendance()).isEqualTo(recorded);

        // the day part that has begun can be neither removed nor moved
        SessionForm withoutIt = plans.getSession(made.sessionId());
        withoutIt.setDates(List.of(withoutIt.getDates().get(1)));
        SessionForm movedAway = plans.getSession(made.sessionId());
        movedAway.setDates(List.of(
                new SessionForm.DayPart(later.plusDays(1), later.plusDays(1).plusHours(3)),
                movedAway.getDates().get(1)));
        for (SessionForm refused : List.of(withoutIt, movedAway)) {
            assertThatThrownBy(() -> plans.saveSession(refused))
                    .isInstanceOfSatisfying(
                            ValidationFailedException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("dates", "training.error.day-part-begun"));
        }
        assertThat(onlyAttendee(made.sessionId()).attendance()).isEqualTo(recorded);
    }

    private TrainingModel.Attendee onlyAttendee(long sessionId) {
        return attendance.attendanceSheet(sessionId).attendees().getFirst();
    }

    @Test
    void attendanceCanBeRecordedFromFifteenMinutesBeforeADayPartStartsAndNotEarlier() {
        LocalDateTime now = LocalDateTime.now(clock);
        // one day part opens in five minutes (starts in 20), the other opened five minutes ago (starts in 10)
        AttendanceFixtures.Made made =
                fixtures.session("Kwartier", List.of(now.plusMinutes(20), now.plusMinutes(10)), List.of(pros.get(11)));
        long later = made.dayParts().get(0);
        long sooner = made.dayParts().get(1);
        long seat = made.enrolments().getFirst();

        users.login("trainer");
        assertThat(attendance.attendanceSheet(made.sessionId()).recordableDayParts())
                .containsExactly(sooner);
        assertThatThrownBy(() -> attendance.recordAttendance(seat, later, AttendanceState.PRESENT))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.attendance-too-early"));
        assertThatThrownBy(() -> attendance.markEveryonePresent(made.sessionId(), later))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(marks(made.sessionId())).isEmpty();

        attendance.recordAttendance(seat, sooner, AttendanceState.PRESENT);
        assertThat(marks(made.sessionId())).containsExactly(AttendanceState.PRESENT);
        // the rule itself, at the exact boundary
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 0);
        assertThat(AttendanceService.opensAt(start)).isEqualTo(LocalDateTime.of(2026, 12, 1, 8, 45));
    }

    @Test
    void everyonePresentMarksTheUnmarkedAndKeepsTheExceptionsWithTheirReason() {
        LocalDateTime day = LocalDate.now(clock).minusDays(2).atTime(9, 0);
        AttendanceFixtures.Made made =
                fixtures.session("Iedereen", List.of(day), List.of(pros.get(12), pros.get(13), pros.get(14)));
        long part = made.dayParts().getFirst();
        long excused = made.enrolments().get(1);

        users.login("trainer");
        attendance.recordAttendance(excused, part, AttendanceState.EXCUSED, "  trein viel uit  ");
        assertThat(attendance.markEveryonePresent(made.sessionId(), part)).isEqualTo(2);
        // again: nobody left without a mark
        assertThat(attendance.markEveryonePresent(made.sessionId(), part)).isZero();

        TrainingModel.AttendanceSheet sheet = attendance.attendanceSheet(made.sessionId());
        assertThat(sheet.attendees()).hasSize(3).allSatisfy(a -> {
            if (a.enrolmentId() == excused) {
                assertThat(a.attendance()).containsEntry(part, AttendanceState.EXCUSED);
                assertThat(a.reasons()).containsEntry(part, "trein viel uit");
                assertThat(a.status()).isEqualTo(EnrolmentStatus.NOT_COMPLETED);
            } else {
                assertThat(a.attendance()).containsEntry(part, AttendanceState.PRESENT);
                assertThat(a.status()).isEqualTo(EnrolmentStatus.COMPLETED);
            }
        });

        // a reason belongs to "afgemeld met reden" only, and is short
        attendance.recordAttendance(excused, part, AttendanceState.ABSENT, "wordt niet bewaard");
        assertThat(attendance.attendanceSheet(made.sessionId()).attendees().stream()
                        .filter(a -> a.enrolmentId() == excused)
                        .findFirst()
                        .orElseThrow()
                        .reasons())
                .isEmpty();
        assertThatThrownBy(() -> attendance.recordAttendance(excused, part, AttendanceState.EXCUSED, "x".repeat(201)))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "training.error.reason-too-long"));

        loginAs(pros.get(12));
        assertThatThrownBy(() -> attendance.markEveryonePresent(made.sessionId(), part))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSignInSheetHasASignatureColumnPerDayPartTheSessionDataAndTheNames() throws IOException {
        LocalDate first = LocalDate.now(clock).plusDays(7);
        AttendanceFixtures.Made made = fixtures.session(
                "Aftekenlijst",
                List.of(
                        first.atTime(9, 0),
                        first.plusWeeks(1).atTime(13, 30),
                        first.plusWeeks(2).atTime(9, 0)),
                List.of(pros.get(15), pros.get(16)));

        users.login("trainer");
        AttendanceService.SignInSheet sheet = attendance.signInSheet(made.sessionId());
        assertThat(sheet.fileName()).startsWith("presentielijst-aftekenlijst-").endsWith("-" + first + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(sheet.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Presentielijst " + made.courseTitle())
                    .contains("Aanbieder: Lumens", "Trainer: Jeroen de Trainer", "Plaats: Zaal De Eem, Amersfoort")
                    .contains("Studiebelasting: 6,5 uur")
                    .contains("Handtekening dagdeel 1", "Handtekening dagdeel 2", "Handtekening dagdeel 3")
                    .doesNotContain("dagdeel 4")
                    .contains("13:30–16:30")
                    .contains(pros.get(15).displayName(), pros.get(16).displayName())
                    // a document, not a screen: no menu
                    .doesNotContain("Sessiebeheer", "Meldingen", "Uitloggen");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }

        loginAs(pros.get(15));
        assertThatThrownBy(() -> attendance.signInSheet(made.sessionId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completingACourseTellsThePersonWithALinkToTheCertificate() {
        PersonSummary coach = pros.get(17);
        LocalDate day = LocalDate.now(clock).minusDays(3);
        AttendanceFixtures.Made made = fixtures.session("Gefeliciteerd", List.of(day.atTime(9, 0)), List.of(coach));

        users.login("trainer");
        attendance.recordAttendance(
                made.enrolments().getFirst(), made.dayParts().getFirst(), AttendanceState.PRESENT);

        String code = tx.execute(st -> completions
                .findByEnrolmentId(made.enrolments().getFirst())
                .orElseThrow()
                .getCertificateCode());
        users.login("admin");
        assertThat(inFlight.noticesOf(coach.id(), "training.completed"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.subject()).isEqualTo("Cursus afgerond: " + made.courseTitle());
                    assertThat(n.body()).contains(made.courseTitle(), CertificateCode.display(code));
                    assertThat(n.link()).isEqualTo("certificaat/" + CertificateCode.display(code));
                });
    }

    private List<AttendanceState> marks(long sessionId) {
        return attendance.attendanceSheet(sessionId).attendees().stream()
                .flatMap(a -> a.attendance().values().stream())
                .toList();
    }
}
