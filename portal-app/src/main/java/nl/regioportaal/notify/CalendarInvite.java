package nl.regioportaal.notify;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An item in a person's calendar as the publishing module sees it now: notify keeps one per item and
 * person, gives it a stable UID, raises its SEQUENCE on every change and sends METHOD:REQUEST (new or
 * changed) or METHOD:CANCEL. Times are Europe/Amsterdam wall-clock times.
 *
 * @param itemRef  the item, unique in the portal, e.g. {@code training-session-42}
 * @param slots    one or more day parts (a session over several days)
 * @param url      a full URL back to the object in the portal, or a portal path
 * @param seenAt   when the publishing module saw the item so ({@link #seenAt(Instant)}, from the portal's
 *                 clock, as it publishes): notices are recorded after the commit and not always in the
 *                 order they were published, and notify keeps the state seen last. Null (an invitation
 *                 published before this existed) is applied as it comes.
 */
public record CalendarInvite(
        String itemRef,
        String title,
        String location,
        String url,
        List<Slot> slots,
        boolean cancelled,
        Instant seenAt) {

    public record Slot(LocalDateTime start, LocalDateTime end) {}

    public CalendarInvite {
        slots = List.copyOf(slots);
    }

    public CalendarInvite(
            String itemRef, String title, String location, String url, List<Slot> slots, boolean cancelled) {
        this(itemRef, title, location, url, slots, cancelled, null);
    }

    /** The same item, cancelled (METHOD:CANCEL). */
    public CalendarInvite asCancellation() {
        return new CalendarInvite(itemRef, title, location, url, slots, true, seenAt);
    }

    /** The same item as seen at this moment. */
    public CalendarInvite seenAt(Instant moment) {
        return new CalendarInvite(itemRef, title, location, url, slots, cancelled, moment);
    }
}
