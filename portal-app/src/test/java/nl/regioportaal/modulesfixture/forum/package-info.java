/** Fixture module that others use. */
@ApplicationModule(allowedDependencies = {})
package nl.regioportaal.modulesfixture.forum;

import org.springframework.modulith.ApplicationModule;
