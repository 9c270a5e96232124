package nl.regioportaal.plugins.api;

/**
 * Sends notices through the portal: stored on the recipient's "Meldingen" page and mailed according
 * to their preferences, each rendered in the recipient's own language.
 *
 * <p>Example: the bundles carry the texts,
 * <pre>
 * # plugin-i18n/messages_nl.properties
 * caseload.reminder.subject=Caseload van {0} invullen
 * caseload.reminder.body=Vul de caseload van {0} voor {1} in.
 * # plugin-i18n/messages_en.properties
 * caseload.reminder.subject=Fill in the caseload of {0}
 * caseload.reminder.body=Please fill in the caseload of {0} for {1}.
 * </pre>
 * and the plugin sends only the key, a link and the parameters; a Dutch recipient reads the Dutch text, an
 * English-speaking one the English text:
 * <pre>{@code
 * context.notifier().notify(leader.id(), "caseload.reminder", context.links().to("invoer"), team.name(), "2026-03");
 * }</pre>
 */
public interface Notifier {

    /**
     * Sends a notice whose texts come from the plugin's bundles ({@code plugin-i18n/messages_<lang>.properties}):
     * subject {@code <key>.subject}, body {@code <key>.body}, both with the same parameters, rendered per
     * recipient in their language when shown or mailed.
     *
     * @param recipientPersonId the person to tell
     * @param key               the texts' key prefix, e.g. {@code caseload.reminder}
     * @param link              a portal path to open (e.g. {@code plugin/caseload}), or null
     * @param params            the texts' parameters ({@code {0}}, {@code {1}}, …), kept as text
     * @since 1.2.0
     */
    void notify(long recipientPersonId, String key, String link, Object... params);

    /**
     * Sends a notice with texts already written in one language (every recipient sees them as given).
     *
     * @deprecated since 1.2.0: use {@link #notify(long, String, String, Object...)}, so that each
     *     recipient reads the notice in their own language.
     */
    @Deprecated(since = "1.2.0")
    void send(long recipientPersonId, String subject, String body, String link);
}
