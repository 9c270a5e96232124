/**
 * The notification backbone. Modules publish {@link nl.regioportaal.notify.NoticeEvent}s through
 * {@link nl.regioportaal.notify.Notices} inside their transaction; after the commit this module records
 * each notice once (kind + parameters), renders it in the recipient's language, shows it under the bell
 * and on "Meldingen", mails it (at once or in the weekly digest) with a calendar invitation where it has
 * one, and serves the personal calendar feed. See docs/architecture.md, "Notifications".
 */
@ApplicationModule(
        displayName = "Notify",
        allowedDependencies = {"region", "security", "shared"})
package nl.regioportaal.notify;

import org.springframework.modulith.ApplicationModule;
