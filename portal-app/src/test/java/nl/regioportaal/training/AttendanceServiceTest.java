package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Attendance per day part, completion and the certificate, on a past session of its own. */
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
        byte[] pdf = attendance.certificatePdf(certificate.completionId());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        loginAs(pros.get(10));
        assertThatThrownBy(() -> attendance.certificatePdf(certificate.completionId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
