package nl.regioportaal.intervisie;

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
 * facilitator with its calendar invitation (.ics); who leaves the group gets each coming session's
 * cancellation for their calendar. Case texts never go into a notice.
 */
@Component
class IntervisieNotices implements NoticeKinds {

    private final Notices notices;

    IntervisieNotices(Notices notices) {
        this.notices = notices;
    }

    void sessionPlanned(Collection<Long> recipients, PeerSession session) {
        CalendarInvite invite = invite(session);
        String when = when(session);
        for (long person : recipients) {
            String kind = "intervisie.session-planned";
            notices.publish(new IntervisieNotice(
                    person,
                    kind,
                    "intervisie.notice.session-planned",
                    List.of(session.getGroup().getName(), when),
                    link(session),
                    Notices.key(kind, link(session), person, UUID.randomUUID().toString()),
                    invite));
        }
    }

    /** Someone left the group: the session leaves their calendar (METHOD:CANCEL). */
    void sessionWithdrawn(long person, PeerSession session) {
        CalendarInvite now = invite(session);
        String kind = "intervisie.session-withdrawn";
        notices.publish(new IntervisieNotice(
                person,
                kind,
                "intervisie.notice.session-withdrawn",
                List.of(session.getGroup().getName(), when(session)),
                link(session),
                Notices.key(kind, link(session), person, UUID.randomUUID().toString()),
                new CalendarInvite(now.itemRef(), now.title(), now.location(), now.url(), now.slots(), true)));
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
        kinds.put("intervisie.session-withdrawn", Channel.EMAIL);
        return Collections.unmodifiableMap(kinds);
    }

    @Override
    public String labelKey(String kind) {
        return "intervisie.notice." + kind.substring("intervisie.".length()) + ".label";
    }
}
