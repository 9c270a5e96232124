/** The login page. Needs nothing of the portal: Spring Security handles the form it posts. */
@ApplicationModule(
        displayName = "Security UI",
        allowedDependencies = {})
package nl.regioportaal.security.ui;

import org.springframework.modulith.ApplicationModule;
