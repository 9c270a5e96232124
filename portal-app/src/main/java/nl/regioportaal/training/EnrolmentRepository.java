package nl.regioportaal.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    /** Seats taken by one municipality in a session (a null municipality is a group of its own). */
    interface SeatsTaken {
        Long getMunicipalityId();

        long getSeats();
    }

    /** How many enrolments of a session have this status. */
    interface StatusCount {
        long getSessionId();

        EnrolmentStatus getStatus();

        long getCount();
    }

    /** A person with an open enrolment in a course. */
    interface OpenCourse {
        long getPersonId();

        long getCourseId();
    }

    @Query(
            "select e.municipalityId as municipalityId, count(e) as seats from Enrolment e where e.session.id = :sessionId "
                    + "and e.status in (nl.regioportaal.training.EnrolmentStatus.ENROLLED, "
                    + "nl.regioportaal.training.EnrolmentStatus.AWAITING_APPROVAL) group by e.municipalityId")
    List<SeatsTaken> seatsTakenPerMunicipality(@Param("sessionId") long sessionId);

    @Query("select e from Enrolment e where e.session.id = :sessionId and e.status = :status order by e.id")
    List<Enrolment> findBySessionAndStatus(@Param("sessionId") long sessionId, @Param("status") EnrolmentStatus status);

    @Query("select e from Enrolment e where e.session.id = :sessionId and e.status in :statuses order by e.id")
    List<Enrolment> findBySessionAndStatuses(
            @Param("sessionId") long sessionId, @Param("statuses") Collection<EnrolmentStatus> statuses);

    @Query("select e from Enrolment e where e.personId = :personId and e.courseId = :courseId and e.openMarker = 1")
    Optional<Enrolment> findOpen(@Param("personId") long personId, @Param("courseId") long courseId);

    @Query(
            "select e from Enrolment e join fetch e.session s join fetch s.course where e.personId = :personId order by s.startsAt desc")
    List<Enrolment> findByPerson(@Param("personId") long personId);

    @Query(
            "select e.personId as personId, e.courseId as courseId from Enrolment e where e.personId in :personIds and e.openMarker = 1")
    List<OpenCourse> openCoursesOf(@Param("personIds") Collection<Long> personIds);

    @Query(
            "select count(e) from Enrolment e where e.session.id = :sessionId and e.status = nl.regioportaal.training.EnrolmentStatus.WAITING and e.id < :id")
    long waitingBefore(@Param("sessionId") long sessionId, @Param("id") long id);

    @Query(
            "select e.session.id as sessionId, e.status as status, count(e) as count from Enrolment e where e.session.id in :sessionIds and e.status in (nl.regioportaal.training.EnrolmentStatus.ENROLLED, nl.regioportaal.training.EnrolmentStatus.WAITING, nl.regioportaal.training.EnrolmentStatus.AWAITING_APPROVAL) group by e.session.id, e.status")
    List<StatusCount> countsPerSession(@Param("sessionIds") Collection<Long> sessionIds);

    /** Requests whose seat hold ran out. */
    @Query(
            "select e from Enrolment e where e.status = nl.regioportaal.training.EnrolmentStatus.AWAITING_APPROVAL and e.holdUntil < :now order by e.id")
    List<Enrolment> findExpiredRequests(@Param("now") Instant now);

    /** Open requests of the people of some teams' members, oldest first. */
    @Query(
            "select e from Enrolment e join fetch e.session s join fetch s.course where e.personId in :personIds and e.status = nl.regioportaal.training.EnrolmentStatus.AWAITING_APPROVAL order by e.id")
    List<Enrolment> findRequestsOf(@Param("personIds") Collection<Long> personIds);
}
