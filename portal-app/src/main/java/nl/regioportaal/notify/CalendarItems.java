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
     * The item after this invitation, or null when there is nothing to send: nothing an attendee sees
     * changed (an identical invitation twice), the invitation is older than the state kept (notices are
     * recorded out of order at times), or it cancels an item the person never had. That cancellation is
     * kept all the same, unsent, so that the invitation it cancels, arriving after it, is passed over.
     */
    CalendarItem apply(long personId, CalendarInvite invite) {
        var existing = items.findByItemRefAndPersonId(invite.itemRef(), personId);
        if (existing.isPresent()) {
            return existing.get().update(invite, clock.instant()) ? existing.get() : null;
        }
        String uid = invite.itemRef() + "-p" + personId + "@regioportaal";
        CalendarItem item = items.save(new CalendarItem(uid, personId, invite, clock.instant()));
        return item.neverSent() ? null : item;
    }
}
