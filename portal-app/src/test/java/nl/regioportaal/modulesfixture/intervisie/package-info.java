/** Fixture module that declares the module it uses: allowed. */
@ApplicationModule(allowedDependencies = "forum")
package nl.regioportaal.modulesfixture.intervisie;

import org.springframework.modulith.ApplicationModule;
