/**
 * Every notice the portal sends goes through {@link nl.regioportaal.notify.NotificationService}:
 * stored for the recipient's "Meldingen" page and logged for delivery by e-mail where configured.
 * Small on purpose; features call it rather than each sending their own messages.
 */
@ApplicationModule(
        displayName = "Notify",
        allowedDependencies = {"security", "shared"})
package nl.regioportaal.notify;

import org.springframework.modulith.ApplicationModule;
