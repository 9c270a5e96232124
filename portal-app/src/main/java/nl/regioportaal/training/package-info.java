/**
 * The regional training plan ("regionaal scholingsplan"): courses (mandatory for an audience, or
 * optional), sessions with seats and municipality quotas, enrolment with a waiting list,
 * attendance, certificates and the compliance overview. Its API is one service per reason to change:
 * {@link nl.regioportaal.training.EnrolmentService}, {@link nl.regioportaal.training.TrainingQueries},
 * {@link nl.regioportaal.training.AttendanceService}, {@link nl.regioportaal.training.SessionReminders} and
 * {@link nl.regioportaal.training.TrainingPlanService}; a person's state per course is decided in one place, {@link nl.regioportaal.training.TrainingStatusRules}.
 * The screens and Start cards are the nested module {@code training.ui}.
 */
@ApplicationModule(
        displayName = "Training",
        allowedDependencies = {"region", "notify", "security", "shared"})
package nl.regioportaal.training;

import org.springframework.modulith.ApplicationModule;
