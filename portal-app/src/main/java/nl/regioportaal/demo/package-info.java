/**
 * Demo data for a fresh portal: region Eemland with its municipalities, teams, staff and the demo
 * accounts (password "demo"). Seeded through the features' own services, so every rule applies.
 * Other modules add their demo data by listening to {@link nl.regioportaal.demo.DemoDataCreated}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package nl.regioportaal.demo;
