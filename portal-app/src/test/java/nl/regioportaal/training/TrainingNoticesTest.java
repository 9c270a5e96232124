package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Training's notices through the backbone: kind + parameters rendered per recipient, mailed through the
 * embedded SMTP server with the session's calendar invitation (REQUEST, update, CANCEL), and never
 * written inside the enrolment transaction.
 */
class TrainingNoticesTest extends ServiceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    EnrolmentService training;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NotificationService notifications;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    MailLog mailLog;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDbConfig.EmbeddedDatabase embedded;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    SessionCancellation cancellation;

    List<PersonSummary> pros;

    @BeforeEach
    void people() {
        users.login("procesbegeleider");
        pros = TrainingFixtures.professionals(directory);
    }

    @Test
    void confirmationArrivesOnceWithAnInvitationThatIsUpdatedAndCancelled() throws Exception {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Agenda");
        SessionForm form =
                TrainingFixtures.sessionForm(course, 5, LocalDate.now().plusDays(40), 1);
        long session = plans.saveSession(form);
        String title = titleOf(course);
        PersonSummary p = pros.get(21);
        TrainingFixtures.loginAs(p);
        training.enrol(session);

        String subject = "Inschrijving bevestigd: " + title;
        MailLog.ReceivedMail confirmation = awaitMail(p.email(), subject);
        inFlight.awaitRecorded();
        assertThat(mailsTo(p.email(), subject)).as("once").hasSize(1);
        assertThat(confirmation.text()).contains("Je bent ingeschreven voor " + title);
        assertThat(confirmation.html()).contains("Je bent ingeschreven voor " + title);
        Calendar invitation = parse(confirmation.ics());
        assertThat(invitation.getProperty(Property.METHOD).orElseThrow().toString())
                .contains("REQUEST");
        assertThat(invitation.getComponent(Component.VTIMEZONE)).isPresent();
        VEvent event = onlyEvent(invitation);
        SessionForm.DayPart day = form.getDates().getFirst();
        assertThat(start(event)).isEqualTo(day.start().atZone(AMSTERDAM));
        assertThat(end(event)).isEqualTo(day.end().atZone(AMSTERDAM));
        assertThat(tzid(event)).isEqualTo("Europe/Amsterdam");
        String uid = event.getUid().orElseThrow().getValue();
        assertThat(uid).contains("training-session-" + session).contains("p" + p.id());
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue()).endsWith("scholing/cursus/" + course);
        int sequence = sequence(event);

        // moved by a day: an update with the same UID and a higher SEQUENCE
        users.login("procesbegeleider");
        SessionForm edit = plans.getSession(session);
        LocalDateTime newStart = day.start().plusDays(1);
        edit.setDates(new ArrayList<>(
                List.of(new SessionForm.DayPart(newStart, day.end().plusDays(1)))));
        plans.saveSession(edit);
        MailLog.ReceivedMail update = awaitMail(p.email(), "Sessie gewijzigd: " + title);
        VEvent moved = onlyEvent(parse(update.ics()));
        assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(sequence(moved)).isGreaterThan(sequence);
        assertThat(start(moved)).isEqualTo(newStart.atZone(AMSTERDAM));

        // cancelled: METHOD:CANCEL for the same item
        cancellation.cancelSession(session);
        MailLog.ReceivedMail cancel = awaitMail(p.email(), "Sessie geannuleerd: " + title);
        Calendar cancelled = parse(cancel.ics());
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().toString())
                .contains("CANCEL");
        VEvent gone = onlyEvent(cancelled);
        assertThat(gone.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(sequence(gone)).isGreaterThan(sequence(moved));
    }

    @Test
    void whoGivesUpTheirSeatHasTheSessionCancelledInTheirCalendarAndOnlyThey() throws Exception {
        PersonSummary seated =
                directory.person(fixtures.newProfessional("Afmelder")).orElseThrow();
        PersonSummary waiting =
                directory.person(fixtures.newProfessional("Wachter")).orElseThrow();
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Afmelden");
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        String title = titleOf(course);
        TrainingFixtures.loginAs(seated);
        long seat = training.enrol(session).enrolmentId();
        TrainingFixtures.loginAs(waiting);
        long place = training.enrol(session).enrolmentId();
        VEvent invited = onlyEvent(parse(
                awaitMail(seated.email(), "Inschrijving bevestigd: " + title).ics()));

        TrainingFixtures.loginAs(seated);
        training.cancel(seat);

        MailLog.ReceivedMail cancel = awaitMail(seated.email(), "Afgemeld: " + title);
        Calendar cancelled = parse(cancel.ics());
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().toString())
                .contains("CANCEL");
        VEvent gone = onlyEvent(cancelled);
        assertThat(gone.getUid().orElseThrow().getValue())
                .isEqualTo(invited.getUid().orElseThrow().getValue());
        assertThat(sequence(gone)).isGreaterThan(sequence(invited));
        inFlight.awaitRecorded();
        assertThat(jdbc.queryForObject(
                        "select cancelled from notify_calendar_item where item_ref = ? and person_id = ?",
                        Boolean.class,
                        "training-session-" + session,
                        seated.id()))
                .as("the calendar feed no longer shows it either")
                .isTrue();

        // the one who moved up into the seat gets their invitation; they now give it up too
        awaitMail(waiting.email(), "Er is een plaats vrij: " + title);
        TrainingFixtures.loginAs(waiting);
        training.cancel(place);
        awaitMail(waiting.email(), "Afgemeld: " + title);
    }

    @Test
    void aWaitingListPlaceGivenUpSendsNoCalendarCancellation() {
        PersonSummary seated =
                directory.person(fixtures.newProfessional("Zitter")).orElseThrow();
        PersonSummary waiting =
                directory.person(fixtures.newProfessional("Wachter")).orElseThrow();
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Wachtlijst afmelden");
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        String title = titleOf(course);
        TrainingFixtures.loginAs(seated);
        training.enrol(session);
        TrainingFixtures.loginAs(waiting);
        long place = training.enrol(session).enrolmentId();

        training.cancel(place);

        inFlight.awaitRecorded();
        assertThat(TrainingFixtures.notices(inFlight, waiting.id(), "training.waiting-list", title))
                .hasSize(1);
        assertThat(TrainingFixtures.notices(inFlight, waiting.id(), "training.enrolment-cancelled", title))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notify_calendar_item where item_ref = ? and person_id = ?",
                        Long.class,
                        "training-session-" + session,
                        waiting.id()))
                .isZero();
    }

    @Test
    void anEnglishSpeakingUserGetsTheEnglishTextInAppAndByMail() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Engels");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        String title = titleOf(course);
        PortalUser me = users.login("wijkcoach.baarn");
        accounts.setPreferredLanguage("en");
        try {
            training.enrol(session);
            String email = SystemAuthentication.call(() -> directory.person(me.personId()))
                    .orElseThrow()
                    .email();
            MailLog.ReceivedMail mail = awaitMail(email, "Enrolment confirmed: " + title);
            assertThat(mail.text()).contains("Dear ").contains("You are enrolled for " + title);
            users.login("wijkcoach.baarn");
            assertThat(notifications.noticesOf(me.personId(), "training.enrolment-confirmed"))
                    .extracting(Notice::subject)
                    .contains("Enrolment confirmed: " + title);
            // the same stored notice, read by a Dutch-speaking administrator, stays in the recipient's language
            users.login("admin");
            assertThat(notifications.noticesOf(me.personId(), "training.enrolment-confirmed"))
                    .extracting(Notice::subject)
                    .contains("Enrolment confirmed: " + title);
        } finally {
            users.login("wijkcoach.baarn");
            accounts.setPreferredLanguage("nl");
        }
    }

    /**
     * Every statement the database received, through MariaDB's general log: in the connection that
     * held the session lock, nothing between the start of that transaction and its COMMIT inserts a
     * notice (the event publication is inserted there instead); the notice is inserted afterwards.
     */
    @Test
    void noStatementInsertsANoticeInsideTheEnrolmentTransaction() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Statements");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        PersonSummary p = pros.get(22);
        inFlight.awaitRecorded();
        // the server's general log is the database administrator's: read it as root, not as the portal
        JdbcTemplate root = new JdbcTemplate(new SingleConnectionDataSource(
                embedded.jdbcUrl(), "root", embedded.credentials().rootPassword(), true));
        root.execute("truncate table mysql.general_log");
        root.execute("set global log_output = 'TABLE'");
        root.execute("set global general_log = 'ON'");
        try {
            TrainingFixtures.loginAs(p);
            training.enrol(session);
            inFlight.awaitRecorded();
        } finally {
            root.execute("set global general_log = 'OFF'");
        }
        record Statement(long thread, String sql) {}
        List<Statement> log = root.query(
                "select thread_id, convert(argument using utf8mb4) from mysql.general_log "
                        + "where command_type in ('Query', 'Execute')",
                (rs, i) -> new Statement(rs.getLong(1), rs.getString(2)));
        root.execute("truncate table mysql.general_log");

        String lock = "from course_session where id = " + session + " for update";
        Statement locking = log.stream()
                .filter(s -> s.sql().toLowerCase().contains(lock))
                .findFirst()
                .orElseThrow();
        List<String> ownConnection = log.stream()
                .filter(s -> s.thread() == locking.thread())
                .map(s -> s.sql().toLowerCase())
                .toList();
        int at = ownConnection.indexOf(locking.sql().toLowerCase());
        int begin = at;
        while (begin > 0 && !ownConnection.get(begin).startsWith("set autocommit=0")) {
            begin--;
        }
        int end = at;
        while (end < ownConnection.size() - 1 && !ownConnection.get(end).startsWith("commit")) {
            end++;
        }
        List<String> transaction = ownConnection.subList(begin, end + 1);
        assertThat(transaction.getLast()).startsWith("commit");
        assertThat(transaction).anyMatch(s -> s.startsWith("insert into enrolment"));
        assertThat(transaction).anyMatch(s -> s.startsWith("insert into event_publication"));
        assertThat(transaction).noneMatch(s -> s.contains("insert into notification"));
        assertThat(log)
                .as("the notice is recorded after the commit")
                .anyMatch(s -> s.sql().toLowerCase().startsWith("insert into notification")
                        && s.sql().contains("'training.enrolment-confirmed'")
                        && s.sql().contains("|" + p.id() + "|"));
    }

    private String titleOf(long course) {
        return plans.allCourses().stream()
                .filter(c -> c.id() == course)
                .findFirst()
                .orElseThrow()
                .title();
    }

    private MailLog.ReceivedMail awaitMail(String to, String subject) {
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !mailsTo(to, subject).isEmpty());
        return mailsTo(to, subject).getFirst();
    }

    private List<MailLog.ReceivedMail> mailsTo(String to, String subject) {
        return SystemAuthentication.call(() -> mailLog.received()).stream()
                .filter(m -> m.recipient().contains(to) && subject.equals(m.subject()))
                .toList();
    }

    static Calendar parse(String ics) throws IOException, ParserException {
        assertThat(ics).isNotNull();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static ZonedDateTime start(VEvent e) {
        DtStart<ZonedDateTime> start = e.<ZonedDateTime>getStartDate().orElseThrow();
        return start.getDate().withZoneSameInstant(AMSTERDAM);
    }

    private static ZonedDateTime end(VEvent e) {
        DtEnd<ZonedDateTime> end = e.<ZonedDateTime>getEndDate().orElseThrow();
        return end.getDate().withZoneSameInstant(AMSTERDAM);
    }

    private static String tzid(VEvent e) {
        return e.getProperty(Property.DTSTART)
                .orElseThrow()
                .<TzId>getParameter(Parameter.TZID)
                .orElseThrow()
                .getValue();
    }

    private static int sequence(VEvent e) {
        return Integer.parseInt(e.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
