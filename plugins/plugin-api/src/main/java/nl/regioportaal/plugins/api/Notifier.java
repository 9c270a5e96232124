package nl.regioportaal.plugins.api;

/**
 * Sends notices through the portal: stored on the recipient's "Meldingen" page and mailed according
 * to their preferences, each rendered in the recipient's own language.
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
