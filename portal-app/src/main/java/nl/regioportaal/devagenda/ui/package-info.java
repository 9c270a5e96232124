/** The development agenda's screens under {@code /ontwikkelagenda} and its Start cards. */
@ApplicationModule(
        displayName = "Development agenda UI",
        allowedDependencies = {"devagenda", "forum", "base::ui", "base::component", "region", "security", "shared"})
package nl.regioportaal.devagenda.ui;

import org.springframework.modulith.ApplicationModule;
