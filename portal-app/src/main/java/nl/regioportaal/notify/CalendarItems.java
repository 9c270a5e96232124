package nl.regioportaal.notify;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Keeps each person's calendar items in step with the invitations sent to them. */
@Component
class CalendarItems {

    private final CalendarItemRepository items;
    private final Clock clock;

    CalendarItems(CalendarItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /**
     * The item after this invitation, or null when nothing an attendee sees changed (an identical
     * invitation twice, or a cancellation of an item the person never had): no new invitation then.
     */
    CalendarItem apply(long personId, CalendarInvite invite) {
        var existing = items.findByItemRefAndPersonId(invite.itemRef(), personId);
        if (existing.isPresent()) {
            return existing.get().update(invite, clock.instant()) ? existing.get() : null;
        }
        if (invite.cancelled()) {
            return null;
        }
        String uid = invite.itemRef() + "-p" + personId + "@regioportaal";
        return items.save(new CalendarItem(uid, personId, invite, clock.instant()));
    }
}
