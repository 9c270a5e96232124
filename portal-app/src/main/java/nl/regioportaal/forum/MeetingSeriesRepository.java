package nl.regioportaal.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, Long> {

    List<MeetingSeries> findByForumIdOrderByFirstStartAsc(long forumId);
}
