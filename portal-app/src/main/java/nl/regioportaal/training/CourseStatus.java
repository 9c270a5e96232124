package nl.regioportaal.training;

import java.time.LocalDate;

/**
 * The outcome of {@link TrainingStatusRules}: the state, the deadline that applies (to do, overdue,
 * expired: the date by which it should have been done) and the end of the current validity.
 */
public record CourseStatus(TrainingState state, LocalDate deadline, LocalDate validUntil) {}
