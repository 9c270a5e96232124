/** {@code /beheer/audit}: the administrator's search through the audit trail. */
@ApplicationModule(
        displayName = "Audit UI",
        allowedDependencies = {"audit", "base::ui", "base::component", "region", "security", "shared"})
package nl.regioportaal.audit.ui;

import org.springframework.modulith.ApplicationModule;
