/** The peer-supervision screens under {@code /intervisie} (groups, one group, one session, the live session, methods), its menu entry and Start card. */
@ApplicationModule(
        displayName = "Intervisie UI",
        allowedDependencies = {"intervisie", "base::ui", "base::component", "region", "security", "shared"})
package nl.regioportaal.intervisie.ui;

import org.springframework.modulith.ApplicationModule;
