package nl.regioportaal.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRsvpRepository extends JpaRepository<MeetingRsvp, Long> {

    List<MeetingRsvp> findByMeetingId(long meetingId);

    List<MeetingRsvp> findByPersonId(long personId);

    Optional<MeetingRsvp> findByMeetingIdAndPersonId(long meetingId, long personId);
}
