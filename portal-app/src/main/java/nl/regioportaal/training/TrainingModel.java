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
            EnrolmentStatus myOpenEnrolment,
            boolean requiresApproval,
            boolean hasOpenSession,
            boolean interested,
            List<SessionInfo> sessions) {}

    public record DayPart(long id, LocalDateTime start, LocalDateTime end) {}

    /** What clicking "enrol" will do for the current user. */
    public enum Outcome {
        SEAT,
        /** A seat held while the team leader decides. */
        APPROVAL,
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
            boolean myCancellable,
            /** The session starts after the date by which the current user must have done the course. */
            boolean afterMyDeadline,
            EnrolPreview preview) {
        public int openSeats() {
            return Math.max(0, seats - enrolled);
        }
    }

    public record EnrolResult(long enrolmentId, EnrolmentStatus status, long waitingPosition) {}

    /** A mandatory course; {@code openEnrolment} tells a seat from a waiting-list place or a request. */
    public record MyCourse(long courseId, String title, CourseStatus status, EnrolmentStatus openEnrolment) {}

    public record MyEnrolment(
            long enrolmentId,
            long courseId,
            String courseTitle,
            long sessionId,
            LocalDateTime startsAt,
            String place,
            EnrolmentStatus status,
            long waitingPosition,
            boolean cancellable,
            /** The last day part has ended (a seat then waits for its attendance to be recorded). */
            boolean sessionOver,
            LocalDate holdUntil,
            String decisionReason) {}

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
