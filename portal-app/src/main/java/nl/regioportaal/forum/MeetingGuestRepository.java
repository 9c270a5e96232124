package nl.regioportaal.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingGuestRepository extends JpaRepository<MeetingGuest, Long> {

    List<MeetingGuest> findByMeetingId(long meetingId);

    List<MeetingGuest> findByPersonId(long personId);

    Optional<MeetingGuest> findByMeetingIdAndPersonId(long meetingId, long personId);
}
