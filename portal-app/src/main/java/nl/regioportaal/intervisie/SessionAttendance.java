package nl.regioportaal.intervisie;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.regioportaal.shared.PeerSupervisionAttended;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who attended a held session: members who said they would come, and the role holders who did not
 * say they would be absent. Their time counts as peer-supervision hours in the training record.
 */
@Component
class SessionAttendance {

    private final SessionRsvpRepository answers;
    private final ApplicationEventPublisher events;

    SessionAttendance(SessionRsvpRepository answers, ApplicationEventPublisher events) {
        this.answers = answers;
        this.events = events;
    }

    Set<Long> attendees(PeerSession session) {
        Set<Long> people = new LinkedHashSet<>();
        Set<Long> absent = new LinkedHashSet<>();
        for (SessionRsvp a : answers.findBySessionId(session.getId())) {
            (a.getAnswer() == PeerAnswer.ATTEND ? people : absent).add(a.getPersonId());
        }
        session.roles().values().stream().filter(p -> !absent.contains(p)).forEach(people::add);
        return people;
    }

    /** The session is over: its attendees' hours go to their training record. */
    void held(PeerSession session) {
        for (long person : attendees(session)) {
            events.publishEvent(new PeerSupervisionAttended(
                    person,
                    "intervisie-session-" + session.getId(),
                    session.getStartsAt().toLocalDate(),
                    session.getMethod().totalMinutes()));
        }
    }
}
