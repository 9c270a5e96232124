/**
 * The shell every feature's screens live in. Its two packages are its published interfaces:
 * {@code ui} (layout, Start page and card slots, menu contributions, error pages, {@code PortalPage},
 * {@code FieldErrors}) and {@code ui.component} (form dialog, search bar, date field, upload texts).
 * Feature modules declare {@code "base::ui"} and/or {@code "base::component"} in their {@code ui}
 * sub-module. Depends on security (who is logged in) and the shared kernel.
 */
@ApplicationModule(
        displayName = "Shell",
        allowedDependencies = {"security", "shared"})
package nl.regioportaal.base;

import org.springframework.modulith.ApplicationModule;
