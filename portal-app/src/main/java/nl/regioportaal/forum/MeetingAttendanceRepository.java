package nl.regioportaal.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

    List<MeetingAttendance> findByMeetingId(long meetingId);

    Optional<MeetingAttendance> findByMeetingIdAndPersonId(long meetingId, long personId);

    List<MeetingAttendance> findByPersonId(long personId);
}
