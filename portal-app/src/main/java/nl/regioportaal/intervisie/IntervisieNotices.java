package nl.regioportaal.intervisie;

import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.regioportaal.notify.CalendarInvite;
import nl.regioportaal.notify.Channel;
import nl.regioportaal.notify.NoticeKinds;
import nl.regioportaal.notify.Notices;
import org.springframework.stereotype.Component;

/**
 * The one place intervisie tells people something: a planned session reaches every member and the
 * facilitator with its calendar invitation (.ics), as does a session moved (the changed invitation)
 * or cancelled (the cancellation); who leaves the group gets each coming session's cancellation. Case texts never go into a notice.
 */
@Component
class IntervisieNotices implements NoticeKinds {

    private final Notices notices;
    private final Clock clock;

    IntervisieNotices(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    void sessionPlanned(Collection<Long> recipients, PeerSession session) {
        tell(recipients, "session-planned", session, invite(session));
    }

    /** Another time or place: the changed invitation replaces the one in everyone's calendar. */
    void sessionMoved(Collection<Long> recipients, PeerSession session) {
        tell(recipients, "session-moved", session, invite(session));
    }

    void sessionCancelled(Collection<Long> recipients, PeerSession session) {
        tell(recipients, "session-cancelled", session, cancellation(session));
    }

    /** Someone left the group: the session leaves their calendar (METHOD:CANCEL). */
    void sessionWithdrawn(long person, PeerSession session) {
        tell(List.of(person), "session-withdrawn", session, cancellation(session));
    }

    private void tell(Collection<Long> recipients, String what, PeerSession session, CalendarInvite calendar) {
        String kind = "intervisie." + what;
        CalendarInvite seen = calendar.seenAt(clock.instant());
        for (long person : recipients) {
            notices.publish(new IntervisieNotice(
                    person,
                    kind,
                    "intervisie.notice." + what,
                    List.of(session.getGroup().getName(), when(session)),
                    link(session),
                    Notices.key(kind, link(session), person, UUID.randomUUID().toString()),
                    seen));
        }
    }

    private static CalendarInvite cancellation(PeerSession session) {
        return invite(session).asCancellation();
    }

    private static String when(PeerSession session) {
        return session.getStartsAt().toLocalDate() + " " + session.getStartsAt().toLocalTime();
    }

    static String link(PeerSession session) {
        return "intervisie/sessie/" + session.getId();
    }

    static CalendarInvite invite(PeerSession s) {
        return new CalendarInvite(
                "intervisie-session-" + s.getId(),
                "Intervisie " + s.getGroup().getName(),
                s.getPlace(),
                link(s),
                List.of(new CalendarInvite.Slot(s.getStartsAt(), s.getEndsAt())),
                false);
    }

    @Override
    public Map<String, Channel> defaults() {
        Map<String, Channel> kinds = new LinkedHashMap<>();
        kinds.put("intervisie.session-planned", Channel.EMAIL);
        kinds.put("intervisie.session-moved", Channel.EMAIL);
        kinds.put("intervisie.session-cancelled", Channel.EMAIL);
        kinds.put("intervisie.session-withdrawn", Channel.EMAIL);
        return Collections.unmodifiableMap(kinds);
    }

    @Override
    public String labelKey(String kind) {
        return "intervisie.notice." + kind.substring("intervisie.".length()) + ".label";
    }
}
