package nl.regioportaal.intervisie;

import java.util.Collection;
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
 * facilitator with its calendar invitation (.ics). Case texts never go into a notice.
 */
@Component
class IntervisieNotices implements NoticeKinds {

    private final Notices notices;

    IntervisieNotices(Notices notices) {
        this.notices = notices;
    }

    void sessionPlanned(Collection<Long> recipients, PeerSession session) {
        CalendarInvite invite = invite(session);
        String when = session.getStartsAt().toLocalDate() + " "
                + session.getStartsAt().toLocalTime();
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
        return Map.of("intervisie.session-planned", Channel.EMAIL);
    }

    @Override
    public String labelKey(String kind) {
        return "intervisie.notice." + kind.substring("intervisie.".length()) + ".label";
    }
}
