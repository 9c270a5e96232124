package nl.regioportaal.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.shared.PersonalData;
import nl.regioportaal.shared.db.UtcInstants;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The training module's share of a person's data (AVG). {@link nl.regioportaal.region.PersonalDataService}
 * checks who may ask; this class does no checks of its own.
 * <p>
 * <b>Export:</b> the person's enrolments (seats, waiting-list places, history, with how long a request
 * holds a seat and the reason given on the decision), their attendance per day part (with the reason
 * for "afgemeld met reden"), their completions (certificates), their compliance states, the
 * peer-supervision sessions counted as hours in their record, the courses they showed interest in,
 * and the sessions they give as trainer.
 * <p>
 * <b>Erasure</b>, and why each part is deleted or kept:
 * <ul>
 *   <li>open enrolments (a seat or a waiting-list place) are <b>deleted</b>: a seat must not stay
 *       taken by someone who is gone. After the erasure commits, each freed seat goes to the next
 *       person waiting, with the usual "promoted" notice, exactly as when someone cancels.</li>
 *   <li>completions (certificates) are <b>deleted</b>: a certificate is a personal qualification;
 *       nothing outside the person's own state counts them.</li>
 *   <li>peer-supervision hours are <b>deleted</b>: like a certificate they only count towards the
 *       person's own yearly requirement.</li>
 *   <li>the compliance read model rows (training_member, training_status) are <b>deleted</b>:
 *       the person leaves every team on erasure, so they no longer belong in the overview, and the
 *       roll-ups are sums of those rows, so they still add up.</li>
 *   <li>closed enrolments of past sessions (completed, not completed, cancelled) and their
 *       attendance marks are <b>kept, anonymised</b>: they are the session's history (how many took
 *       part, who was present per day part) that the trainer's attendance sheet and the session
 *       counts show, and those must still add up. They hold no name, only the person's id, and
 *       {@code PersonalDataService} turns that person into an anonymous placeholder
 *       ("Verwijderde medewerker"), so nothing in them identifies the person any more. The free-text
 *       reasons on them (the team leader's decision, "afgemeld met reden") are <b>blanked</b>, since
 *       they may name the person.</li>
 *   <li>sessions the person gave as trainer are <b>kept without a trainer</b> (name and account
 *       blanked): the session belongs to its participants; region-wide staff still run it.</li>
 * </ul>
 */
@Component
class TrainingPersonalData implements PersonalData {

    record EnrolmentData(
            long id,
            String course,
            LocalDateTime sessionStartsAt,
            String place,
            String status,
            Instant enrolledAt,
            boolean enrolledBySomeoneElse,
            Instant seatHeldUntil,
            String decisionReason) {}

    record AttendanceData(String course, LocalDateTime dayPartStartsAt, String state, String reason) {}

    record InterestData(String course, Instant since) {}

    record TrainerSessionData(
            long id, String course, LocalDateTime startsAt, String place, String trainerName, boolean cancelled) {}

    record CompletionData(
            long id, String course, LocalDate completedOn, LocalDate validUntil, String certificateNumber) {}

    record StatusData(String course, String state, LocalDate deadline, LocalDate validUntil) {}

    record PeerSupervisionData(LocalDate day, int minutes) {}

    private final JdbcTemplate jdbc;
    private final EnrolmentService enrolments;
    private final RollupKeeper rollups;

    TrainingPersonalData(JdbcTemplate jdbc, EnrolmentService enrolments, RollupKeeper rollups) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.rollups = rollups;
    }

    @Override
    public String section() {
        return "training";
    }

    @Override
    public Object export(long personId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "enrolments",
                jdbc.query(
                        "select e.id, c.title, s.starts_at, coalesce(s.place, s.online_link), e.status, "
                                + "e.created_at, e.enrolled_by_person_id, e.hold_until, e.decision_reason "
                                + "from enrolment e join course_session s on s.id = e.session_id "
                                + "join course c on c.id = e.course_id where e.person_id = ? order by s.starts_at, e.id",
                        (rs, i) -> new EnrolmentData(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getObject(3, LocalDateTime.class),
                                rs.getString(4),
                                rs.getString(5),
                                UtcInstants.read(rs, 6),
                                rs.getLong(7) != personId,
                                UtcInstants.read(rs, 8),
                                rs.getString(9)),
                        personId));
        export.put(
                "attendance",
                jdbc.query(
                        "select c.title, d.starts_at, a.state, a.reason from attendance a "
                                + "join enrolment e on e.id = a.enrolment_id join course c on c.id = e.course_id "
                                + "join session_date d on d.id = a.session_date_id where e.person_id = ? order by d.starts_at",
                        (rs, i) -> new AttendanceData(
                                rs.getString(1),
                                rs.getObject(2, LocalDateTime.class),
                                rs.getString(3),
                                rs.getString(4)),
                        personId));
        export.put(
                "completions",
                jdbc.query(
                        "select p.id, c.title, p.completed_on, p.valid_until, p.certificate_code from completion p "
                                + "join course c on c.id = p.course_id where p.person_id = ? order by p.completed_on, p.id",
                        // the code printed on the certificate, which anyone can check until the erasure
                        (rs, i) -> new CompletionData(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class),
                                CertificateCode.display(rs.getString(5))),
                        personId));
        export.put(
                "states",
                jdbc.query(
                        "select c.title, t.state, t.deadline, t.valid_until from training_status t "
                                + "join course c on c.id = t.course_id where t.person_id = ? order by c.title",
                        (rs, i) -> new StatusData(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class)),
                        personId));
        export.put(
                "peerSupervisionHours",
                jdbc.query(
                        "select day, minutes from peer_supervision_hours where person_id = ? order by day, id",
                        (rs, i) -> new PeerSupervisionData(rs.getObject(1, LocalDate.class), rs.getInt(2)),
                        personId));
        export.put(
                "interest",
                jdbc.query(
                        "select c.title, i.created_at from course_interest i join course c on c.id = i.course_id "
                                + "where i.person_id = ? order by i.created_at, i.id",
                        (rs, i) -> new InterestData(rs.getString(1), UtcInstants.read(rs, 2)),
                        personId));
        // the sessions they give: their name (and account) is on them for every participant to see
        export.put(
                "sessionsAsTrainer",
                jdbc.query(
                        "select s.id, c.title, s.starts_at, coalesce(s.place, s.online_link), s.trainer_name, "
                                + "s.cancelled from course_session s join course c on c.id = s.course_id "
                                + "where s.trainer_person_id = ? order by s.starts_at, s.id",
                        (rs, i) -> new TrainerSessionData(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getObject(3, LocalDateTime.class),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getBoolean(6)),
                        personId));
        return export;
    }

    @Override
    public void erase(long personId) {
        List<Long> freedSeats = jdbc.queryForList(
                "select distinct session_id from enrolment where person_id = ? and status in "
                        + SeatLedger.HOLDING_SEAT,
                Long.class,
                personId);
        jdbc.update("delete from completion where person_id = ?", personId);
        // attendance of an open enrolment (a session under way) goes with it (ON DELETE CASCADE)
        jdbc.update("delete from enrolment where person_id = ? and open_marker = 1", personId);
        Set<Long> teams = rollups.teamsOf(List.of(personId));
        jdbc.update("delete from training_status where person_id = ?", personId);
        jdbc.update("delete from training_member where person_id = ?", personId);
        jdbc.update("delete from course_interest where person_id = ?", personId);
        jdbc.update("delete from peer_supervision_hours where person_id = ?", personId);
        // the history that stays must not say who it was: free text may name them, and a session they
        // gave keeps no trainer (the version moves, so a planner's open form cannot write the name back)
        jdbc.update(
                "update attendance set reason = null "
                        + "where enrolment_id in (select id from enrolment where person_id = ?)",
                personId);
        jdbc.update("update enrolment set decision_reason = null where person_id = ?", personId);
        jdbc.update(
                "update course_session set trainer_person_id = null, trainer_name = null, version = version + 1 "
                        + "where trainer_person_id = ?",
                personId);
        rollups.changed(teams);
        if (freedSeats.isEmpty()) {
            return;
        }
        // the waiting list moves up once the erasure is committed: in transactions of their own, that
        // lock each session first, so the seat count they see is the committed one
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enrolments.fillFreedSeats(freedSeats);
                }
            });
        } else {
            enrolments.fillFreedSeats(freedSeats);
        }
    }
}
