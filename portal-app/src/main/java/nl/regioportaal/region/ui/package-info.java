/** Administration screens for municipalities, teams and staff (incl. AVG export and erasure). */
@ApplicationModule(
        displayName = "Region UI",
        allowedDependencies = {"region", "base::ui", "base::component", "security", "shared"})
package nl.regioportaal.region.ui;

import org.springframework.modulith.ApplicationModule;
