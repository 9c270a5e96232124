package nl.regioportaal.plugins.api;

/** Sends notices through the portal (stored on the recipient's "Meldingen" page, mailed where configured). */
public interface Notifier {

    /**
     * @param recipientPersonId the person to tell
     * @param subject           short, already in the recipient's language
     * @param body              the text
     * @param link              a portal path to open (e.g. {@code plugin/caseload}), or null
     */
    void send(long recipientPersonId, String subject, String body, String link);
}
