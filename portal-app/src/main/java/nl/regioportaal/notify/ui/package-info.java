/** The "Meldingen" page: the logged-in user's notices. */
@ApplicationModule(
        displayName = "Notify UI",
        allowedDependencies = {"notify", "base::ui", "security", "shared"})
package nl.regioportaal.notify.ui;

import org.springframework.modulith.ApplicationModule;
