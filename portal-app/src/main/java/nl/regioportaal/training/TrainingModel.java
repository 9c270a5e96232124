package nl.regioportaal.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the training services hand to screens: plain records, no entities. */
public final class TrainingModel {

    private TrainingModel() {}

    public record CatalogueFilter(Boolean mandatory, boolean openSeatsOnly, YearMonth month) {
        public static CatalogueFilter all() {
            return new CatalogueFilter(null, false, null);
        }
    }

    public record CourseCard(
            long id,
            String title,
            boolean mandatory,
            BigDecimal hours,
            String provider,
            boolean requiredForMe,
            int upcomingSessions,
            int openSeats,
            LocalDateTime nextSession) {}

    public record CourseDetails(
            long id,
            String title,
            String description,
            BigDecimal hours,
            String provider,
            boolean mandatory,
            Integer validityMonths,
            String planTitle,
            CourseStatus myStatus,
            List<SessionInfo> sessions) {}

    public record DayPart(long id, LocalDateTime start, LocalDateTime end) {}

    /** What clicking "enrol" will do for the current user. */
    public enum Outcome {
        SEAT,
        WAITING_LIST,
        ALREADY_OPEN,
        CLOSED
    }

    public record EnrolPreview(Outcome outcome, long waitingPosition) {}

    public record SessionInfo(
            long id,
            List<DayPart> dates,
            String place,
            String onlineLink,
            String trainerName,
            int seats,
            int enrolled,
            int waiting,
            boolean cancelled,
            Long myEnrolmentId,
            EnrolmentStatus myEnrolmentStatus,
            long myWaitingPosition,
            EnrolPreview preview) {
        public int openSeats() {
            return Math.max(0, seats - enrolled);
        }
    }

    public record EnrolResult(long enrolmentId, EnrolmentStatus status, long waitingPosition) {}

    public record MyCourse(long courseId, String title, CourseStatus status) {}

    public record MyEnrolment(
            long enrolmentId,
            long courseId,
            String courseTitle,
            long sessionId,
            LocalDateTime startsAt,
            String place,
            EnrolmentStatus status,
            long waitingPosition,
            boolean cancellable) {}

    public record CertificateInfo(
            long completionId,
            long courseId,
            String courseTitle,
            LocalDate completedOn,
            LocalDate validUntil,
            boolean current) {}

    public record MyTraining(
            List<MyCourse> mandatory, List<MyEnrolment> enrolments, List<CertificateInfo> certificates) {}

    public record SessionRow(
            long id,
            long courseId,
            String courseTitle,
            LocalDateTime startsAt,
            String place,
            String trainerName,
            int seats,
            int enrolled,
            int waiting,
            boolean cancelled) {}

    public record Attendee(
            long enrolmentId,
            long personId,
            String name,
            EnrolmentStatus status,
            Map<Long, AttendanceState> attendance,
            Map<Long, String> reasons) {}

    public record AttendanceSheet(
            long sessionId,
            String courseTitle,
            String place,
            String trainerName,
            List<DayPart> dates,
            List<Attendee> attendees,
            List<Attendee> waiting,
            Set<Long> recordableDayParts) {}
}
