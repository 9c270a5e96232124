package nl.regioportaal.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a where a.enrolment.session.id = :sessionId")
    List<Attendance> findBySession(@Param("sessionId") long sessionId);

    @Query("select a from Attendance a where a.enrolment.id = :enrolmentId")
    List<Attendance> findByEnrolment(@Param("enrolmentId") long enrolmentId);

    @Query("select a from Attendance a where a.enrolment.id = :enrolmentId and a.sessionDateId = :dateId")
    Optional<Attendance> find(@Param("enrolmentId") long enrolmentId, @Param("dateId") long dateId);
}
