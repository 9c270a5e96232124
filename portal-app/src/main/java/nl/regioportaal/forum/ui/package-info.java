/** The forum's screens under {@code /overleg} (forums, one forum, one meeting's agenda) and its Start cards. */
@ApplicationModule(
        displayName = "Forum UI",
        allowedDependencies = {"forum", "base::ui", "base::component", "region", "security", "shared"})
package nl.regioportaal.forum.ui;

import org.springframework.modulith.ApplicationModule;
