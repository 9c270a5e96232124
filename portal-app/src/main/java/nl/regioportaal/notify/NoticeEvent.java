package nl.regioportaal.notify;

import java.util.List;

/**
 * A domain event that tells one person something. Modules publish it inside their own transaction
 * (through {@link Notices#publish}); notify records it after the commit, renders it in the
 * recipient's language when shown or mailed, and mails it according to the person's preference.
 * Implementations are small records in the publishing module (they are stored as JSON in the event
 * publication registry until the notice is recorded).
 */
public interface NoticeEvent {

    long recipientPersonId();

    /** Stable machine name, {@code <module>.<what>}, e.g. {@code training.enrolment-confirmed}. */
    String kind();

    /**
     * The bundle key prefix of the texts: {@code <textKey>.subject} and {@code <textKey>.body}, in the
     * bundles of the module (or plugin) that owns the kind.
     */
    String textKey();

    /** The texts' parameters ({@code {0}}, {@code {1}}, …), already as text. */
    List<String> params();

    /** A portal path to open (e.g. {@code scholing/mijn}), or null. */
    String link();

    /**
     * Kind + object + recipient + occasion: the notice is recorded (and mailed) once per key, however
     * often the event arrives. See {@link Notices#key}.
     */
    String deliveryKey();

    /** A calendar invitation to attach (new, changed or cancelled item), or null. */
    default CalendarInvite calendar() {
        return null;
    }
}
