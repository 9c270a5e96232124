package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.Collections;

/**
 * The one place that decides a person's state for a course. Everything else (Mijn scholing, the
 * Start cards, the compliance read model, the notices) asks this class, so the screens can never
 * disagree about who is behind.
 */
public final class TrainingStatusRules {

    /** A certificate counts as "expiring" this many days before its end. */
    public static final int EXPIRING_DAYS = 60;

    private TrainingStatusRules() {}

    public static boolean isRequired(CourseRule course, TrainingSubject person) {
        return course.mandatory()
                && (course.roles().isEmpty() || !Collections.disjoint(course.roles(), person.roles()))
                && (course.teamKinds().isEmpty() || !Collections.disjoint(course.teamKinds(), person.teamKinds()))
                && (course.municipalityIds().isEmpty()
                        || (person.municipalityId() != null
                                && course.municipalityIds().contains(person.municipalityId())));
    }

    /**
     * Deadline of a first completion: the fixed date, or N months after the person started; with
     * both, the later one (so staff who start after the fixed date still get their N months).
     */
    public static LocalDate firstDeadline(CourseRule course, TrainingSubject person) {
        LocalDate fixed = course.deadlineDate();
        LocalDate personal = course.deadlineMonthsAfterStart() == null || person.startDate() == null
                ? null
                : person.startDate().plusMonths(course.deadlineMonthsAfterStart());
        if (fixed == null) {
            return personal;
        }
        return personal == null || fixed.isAfter(personal) ? fixed : personal;
    }

    /**
     * @param latestCompletedOn the most recent completion, or null if never completed
     * @param latestValidUntil  its end of validity (null: valid for ever)
     * @param openEnrolment     has a seat or waiting-list place in a session of the course
     */
    public static CourseStatus compute(
            CourseRule course,
            TrainingSubject person,
            LocalDate latestCompletedOn,
            LocalDate latestValidUntil,
            boolean openEnrolment,
            LocalDate today) {
        boolean required = isRequired(course, person);
        if (latestCompletedOn != null && (latestValidUntil == null || !today.isAfter(latestValidUntil))) {
            boolean expiring =
                    latestValidUntil != null && !today.plusDays(EXPIRING_DAYS).isBefore(latestValidUntil);
            return new CourseStatus(
                    expiring ? TrainingState.EXPIRING : TrainingState.VALID, latestValidUntil, latestValidUntil);
        }
        LocalDate deadline =
                !required ? null : latestCompletedOn != null ? latestValidUntil : firstDeadline(course, person);
        if (openEnrolment) {
            return new CourseStatus(TrainingState.ENROLLED, deadline, latestValidUntil);
        }
        if (!required) {
            return new CourseStatus(TrainingState.NOT_REQUIRED, null, latestValidUntil);
        }
        if (latestCompletedOn != null) {
            // completed once, but no longer valid: "expired", never mistaken for "never done"
            return new CourseStatus(TrainingState.EXPIRED, deadline, latestValidUntil);
        }
        boolean late = deadline != null && today.isAfter(deadline);
        return new CourseStatus(late ? TrainingState.OVERDUE : TrainingState.TO_DO, deadline, null);
    }
}
