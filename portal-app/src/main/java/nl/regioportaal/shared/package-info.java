/**
 * Shared kernel: the entity base class, i18n, the clock, the embedded database, the exceptions every
 * feature's service uses to report bad input in a way the UI can show next to the field, and the
 * events every module may listen to ({@link nl.regioportaal.shared.DemoDataCreated}). Depends on no
 * other module. Open: all of its sub-packages are meant for every module, so a new helper package
 * here needs no declaration elsewhere.
 */
@ApplicationModule(
        displayName = "Shared kernel",
        type = Type.OPEN,
        allowedDependencies = {})
package nl.regioportaal.shared;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
