/**
 * Demo data for a fresh portal: region Eemland with its municipalities, teams, staff and the demo
 * accounts (password "demo"). Seeded through the features' own services, so every rule applies.
 * Other modules add their demo data by listening to {@link nl.regioportaal.shared.DemoDataCreated};
 * no module depends on this one.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"region", "security", "shared"})
package nl.regioportaal.demo;

import org.springframework.modulith.ApplicationModule;
