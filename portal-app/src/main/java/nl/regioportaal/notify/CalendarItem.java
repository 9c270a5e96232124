package nl.regioportaal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regioportaal.shared.BaseEntity;

/** One item in one person's calendar, as last sent to them: the UID stays, the sequence goes up on every change. */
@Entity
@Table(name = "notify_calendar_item")
class CalendarItem extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String uid;

    @Column(name = "item_ref", nullable = false, length = 120)
    private String itemRef;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 500)
    private String location;

    @Column(length = 500)
    private String url;

    /** start/end pairs, ISO local date-times (Europe/Amsterdam). */
    @Column(nullable = false, length = 2000)
    @Convert(converter = TextListConverter.class)
    private List<String> slots;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the publishing module saw the state kept here ({@link CalendarInvite#seenAt()}); null if unknown. */
    @Column(name = "seen_at")
    private Instant seenAt;

    protected CalendarItem() {}

    CalendarItem(String uid, long personId, CalendarInvite invite, Instant now) {
        this.uid = uid;
        this.itemRef = invite.itemRef();
        this.personId = personId;
        copy(invite, now);
    }

    /**
     * Takes the new state; the sequence goes up when anything an attendee sees changed. A state seen
     * before the one kept here arrived late and is passed over; an item never sent (a cancellation that
     * came first) stays unsent while it is cancelled.
     *
     * @return whether the person is to get the new state
     */
    boolean update(CalendarInvite invite, Instant now) {
        if (seenAt != null && invite.seenAt() != null && invite.seenAt().isBefore(seenAt)) {
            return false;
        }
        boolean changed = !Objects.equals(title, invite.title())
                || !Objects.equals(location, invite.location())
                || !Objects.equals(url, invite.url())
                || !Objects.equals(slots, encode(invite.slots()))
                || cancelled != invite.cancelled();
        boolean send = changed && !(neverSent() && invite.cancelled());
        if (send) {
            sequence++;
        }
        copy(invite, now);
        return send;
    }

    /**
     * A cancellation that arrived before the invitation it cancels is kept, cancelled, so that the
     * late invitation is recognised as older; the person never had it, so it is neither sent nor in
     * their feed (a sent item that is cancelled has a sequence above 0).
     */
    boolean neverSent() {
        return cancelled && sequence == 0;
    }

    private void copy(CalendarInvite invite, Instant now) {
        this.title = invite.title();
        this.location = invite.location();
        this.url = invite.url();
        this.slots = encode(invite.slots());
        this.cancelled = invite.cancelled();
        this.updatedAt = now;
        if (invite.seenAt() != null) {
            this.seenAt = invite.seenAt();
        }
    }

    private static List<String> encode(List<CalendarInvite.Slot> slots) {
        List<String> out = new ArrayList<>();
        slots.forEach(s -> {
            out.add(s.start().toString());
            out.add(s.end().toString());
        });
        return out;
    }

    List<CalendarInvite.Slot> getSlots() {
        List<CalendarInvite.Slot> out = new ArrayList<>();
        for (int i = 0; i + 1 < slots.size(); i += 2) {
            out.add(new CalendarInvite.Slot(LocalDateTime.parse(slots.get(i)), LocalDateTime.parse(slots.get(i + 1))));
        }
        return out;
    }

    String getUid() {
        return uid;
    }

    String getItemRef() {
        return itemRef;
    }

    long getPersonId() {
        return personId;
    }

    String getTitle() {
        return title;
    }

    String getLocation() {
        return location;
    }

    String getUrl() {
        return url;
    }

    int getSequence() {
        return sequence;
    }

    boolean isCancelled() {
        return cancelled;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
