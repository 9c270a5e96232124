package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.CalendarFeedTest.InviteNotice;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Notices are recorded after their commit, and two of them for the same calendar item and person are
 * not always recorded in the order they were published: the item keeps the state seen last.
 */
class CalendarItemsTest extends ServiceTest {

    @Autowired
    Notices notices;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    CalendarItemRepository items;

    @Autowired
    Clock clock;

    @Autowired
    EventSerializer serializer;

    private final String itemRef = "test-order-" + UUID.randomUUID();
    private final LocalDateTime start = LocalDateTime.of(2031, 3, 12, 14, 0);

    @Test
    void anInvitationThatArrivesAfterANewerOneIsPassedOver() {
        PortalUser me = users.login("teamleider.soest");
        Instant first = clock.instant();
        send(me, invite("Zaal 1", false).seenAt(first.plusSeconds(1)));
        send(me, invite("Zaal 2", false).seenAt(first));

        CalendarItem item =
                items.findByItemRefAndPersonId(itemRef, me.personId()).orElseThrow();
        assertThat(item.getLocation()).as("the newer place stays").isEqualTo("Zaal 1");
        assertThat(item.getSequence()).as("nothing sent for the older one").isZero();

        send(me, invite("Zaal 3", false).seenAt(first.plusSeconds(2)));
        item = items.findByItemRefAndPersonId(itemRef, me.personId()).orElseThrow();
        assertThat(item.getLocation()).isEqualTo("Zaal 3");
        assertThat(item.getSequence()).isEqualTo(1);
    }

    @Test
    void aCancellationThatArrivesBeforeItsInvitationKeepsTheItemOutOfTheCalendar() {
        PortalUser me = users.login("teamleider.soest");
        Instant first = clock.instant();
        send(me, invite("Zaal 1", true).seenAt(first.plusSeconds(1)));
        send(me, invite("Zaal 1", false).seenAt(first));

        CalendarItem item =
                items.findByItemRefAndPersonId(itemRef, me.personId()).orElseThrow();
        assertThat(item.isCancelled()).isTrue();
        assertThat(item.neverSent()).isTrue();
        assertThat(IcsWriter.feed(items.findByPersonIdOrderByIdAsc(me.personId()), "http://localhost", first))
                .as("an item the person never had is not in their feed")
                .doesNotContain(item.getUid());

        send(me, invite("Zaal 1", false).seenAt(first.plusSeconds(2)));
        item = items.findByItemRefAndPersonId(itemRef, me.personId()).orElseThrow();
        assertThat(item.isCancelled()).as("invited again later").isFalse();
        assertThat(item.getSequence()).isEqualTo(1);
        assertThat(IcsWriter.feed(items.findByPersonIdOrderByIdAsc(me.personId()), "http://localhost", first))
                .contains(item.getUid());
    }

    @Test
    void anInvitationWithoutTheMomentItWasSeenIsAppliedAsItComes() {
        PortalUser me = users.login("teamleider.soest");
        send(me, invite("Zaal 1", false).seenAt(clock.instant()));
        send(me, invite("Zaal 2", false));

        CalendarItem item =
                items.findByItemRefAndPersonId(itemRef, me.personId()).orElseThrow();
        assertThat(item.getLocation()).isEqualTo("Zaal 2");
        assertThat(item.getSequence()).isEqualTo(1);
    }

    @Test
    void theMomentTravelsWithTheEventWhileItWaitsInThePublicationRegistry() {
        PortalUser me = users.login("teamleider.soest");
        CalendarInvite invite = invite("Zaal 1", false).seenAt(clock.instant());
        InviteNotice event = new InviteNotice(me.personId(), "key", invite);
        Object read = serializer.deserialize(serializer.serialize(event), InviteNotice.class);
        assertThat(read).isEqualTo(event);
    }

    private CalendarInvite invite(String place, boolean cancelled) {
        return new CalendarInvite(
                itemRef,
                "Bijeenkomst",
                place,
                "meldingen",
                List.of(new CalendarInvite.Slot(start, start.plusHours(2))),
                cancelled);
    }

    /** Publishes one invitation and waits until it is recorded, so the next arrives after it. */
    private void send(PortalUser to, CalendarInvite invite) {
        String key = Notices.key(
                "test.feed", itemRef, to.personId(), UUID.randomUUID().toString());
        notices.publish(new InviteNotice(to.personId(), key, invite));
        inFlight.awaitRecorded();
    }
}
