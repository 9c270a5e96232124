package nl.regioportaal.notify;

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
 */
public record CalendarInvite(
        String itemRef, String title, String location, String url, List<Slot> slots, boolean cancelled) {

    public record Slot(LocalDateTime start, LocalDateTime end) {}

    public CalendarInvite {
        slots = List.copyOf(slots);
    }
}
