/** Fixture module with the deliberate violation: it uses {@code forum} but declares nothing. */
@ApplicationModule(allowedDependencies = {})
package nl.regioportaal.modulesfixture.agenda;

import org.springframework.modulith.ApplicationModule;
