/** Training screens (catalogue, course, my training, compliance, sessions, plan) and Start cards. */
@ApplicationModule(
        displayName = "Training UI",
        allowedDependencies = {"training", "base::ui", "base::component", "region", "security", "shared"})
package nl.regioportaal.training.ui;

import org.springframework.modulith.ApplicationModule;
