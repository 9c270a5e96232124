/**
 * The regional training plan ("regionaal scholingsplan"): courses (mandatory for an audience, or
 * optional), sessions with seats and municipality quotas, enrolment with a waiting list,
 * attendance, certificates and the compliance overview. {@link nl.regioportaal.training.TrainingService}
 * is the API; a person's state per course is decided in one place, {@link nl.regioportaal.training.TrainingStatusRules}.
 * The screens and Start cards are the nested module {@code training.ui}.
 */
@ApplicationModule(
        displayName = "Training",
        allowedDependencies = {"region", "notify", "security", "shared"})
package nl.regioportaal.training;

import org.springframework.modulith.ApplicationModule;
