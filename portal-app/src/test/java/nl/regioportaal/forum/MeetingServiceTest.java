package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingDraft;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.RsvpCount;
import nl.regioportaal.forum.ForumModel.SeriesDraft;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.ValidationFailedException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class MeetingServiceTest extends ServiceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MeetingService meetings;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    MailLog mailLog;

    @Autowired
    AgendaService agendas;

    @Autowired
    RegionDirectory directory;

    @Autowired
    MinutesService minutes;

    @Autowired
    Clock clock;

    @Test
    void aSeriesAcrossTheEndOfSummerTimeKeepsTwoOClockLocal() {
        long forum = fixtures.forumWith();
        LocalDateTime first = LocalDateTime.of(2030, 9, 26, 14, 0); // a Thursday; summer time ends 27 October 2030
        long series = meetings.planSeries(
                forum,
                new SeriesDraft(
                        "Teamleidersoverleg",
                        first,
                        120,
                        "FREQ=WEEKLY;INTERVAL=4;BYDAY=TH",
                        LocalDate.of(2030, 12, 31),
                        "Stadhuis Amersfoort",
                        null,
                        List.of(SectionKind.OPENING, SectionKind.WORK_MEETING, SectionKind.CLOSING)));

        List<MeetingSummary> planned = meetings.meetings(forum);
        assertThat(series).isPositive();
        assertThat(planned)
                .extracting(m -> m.startsAt().toLocalDate())
                .containsExactly(
                        LocalDate.of(2030, 9, 26),
                        LocalDate.of(2030, 10, 24),
                        LocalDate.of(2030, 11, 21),
                        LocalDate.of(2030, 12, 19));
        assertThat(planned).allSatisfy(m -> {
            assertThat(m.startsAt().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
            assertThat(m.endsAt().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        });
        // the same wall-clock time is a different UTC hour on either side of the change
        assertThat(planned.get(0)
                        .startsAt()
                        .atZone(AMSTERDAM)
                        .toInstant()
                        .atZone(ZoneId.of("UTC"))
                        .getHour())
                .isEqualTo(12);
        assertThat(planned.get(2)
                        .startsAt()
                        .atZone(AMSTERDAM)
                        .toInstant()
                        .atZone(ZoneId.of("UTC"))
                        .getHour())
                .isEqualTo(13);
    }

    @Test
    void theNthWeekdayOfTheMonthIsARuleToo() {
        long forum = fixtures.forumWith();
        meetings.planSeries(
                forum,
                new SeriesDraft(
                        "Managersoverleg",
                        LocalDateTime.of(2031, 1, 14, 9, 30),
                        90,
                        "FREQ=MONTHLY;BYDAY=2TU",
                        LocalDate.of(2031, 4, 30),
                        null,
                        "https://meet.example.org/mo",
                        List.of()));
        assertThat(meetings.meetings(forum))
                .extracting(m -> m.startsAt().toLocalDate())
                .containsExactly(
                        LocalDate.of(2031, 1, 14),
                        LocalDate.of(2031, 2, 11),
                        LocalDate.of(2031, 3, 11),
                        LocalDate.of(2031, 4, 8));
    }

    @Test
    void badTimesAndRulesAreRefusedWithTheFieldAndNothingIsPlanned() {
        long forum = fixtures.forumWith();
        LocalDateTime start = LocalDateTime.of(2030, 3, 5, 14, 0);
        assertThatThrownBy(() -> meetings.planMeeting(
                        forum, new MeetingDraft("Overleg", start, start.minusHours(1), null, null)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("endsAt", "forum.error.end-before-start"));
        assertThatThrownBy(() -> meetings.planSeries(
                        forum,
                        new SeriesDraft(
                                "Reeks",
                                start,
                                60,
                                "FREQ=NOOIT",
                                start.toLocalDate().plusMonths(2),
                                null,
                                null,
                                List.of())))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsKey("rule"));
        assertThatThrownBy(() -> meetings.planSeries(
                        forum,
                        new SeriesDraft(
                                "Reeks",
                                start,
                                60,
                                "FREQ=DAILY",
                                start.toLocalDate().plusYears(1),
                                null,
                                null,
                                List.of())))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("until", "forum.error.series-too-long"));
        assertThat(meetings.meetings(forum)).isEmpty();
    }

    @Test
    void tooLongTextsAndAMissingAnswerAreRefusedAtTheFieldAndNothingIsSaved() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        LocalDateTime start = LocalDateTime.of(2030, 3, 5, 14, 0);
        String place = "Stadhuis ".repeat(23); // 207 characters
        String link = "https://meet.example.org/" + "x".repeat(480);
        assertThatThrownBy(() -> meetings.planSeries(
                        forum,
                        new SeriesDraft(
                                "Teamleidersoverleg ".repeat(8),
                                start,
                                60,
                                "FREQ=MONTHLY",
                                start.toLocalDate().plusMonths(2),
                                place,
                                link,
                                List.of())))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("title", "forum.error.title")
                        .containsEntry("place", "forum.error.place")
                        .containsEntry("onlineLink", "forum.error.online-link"));
        assertThatThrownBy(() -> meetings.planMeeting(
                        forum, new MeetingDraft("Overleg", start, start.plusHours(2), place, link)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("place", "forum.error.place")
                        .containsEntry("onlineLink", "forum.error.online-link"));
        assertThat(meetings.meetings(forum)).isEmpty();

        long meeting = fixtures.meeting(forum, start);
        users.login("teamleider.soest");
        assertThatThrownBy(() -> meetings.answer(meeting, null, null))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("answer", "forum.error.rsvp-answer"));
        assertThatThrownBy(() -> meetings.answer(meeting, RsvpAnswer.ABSENT, "Een collega ".repeat(13)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("substitute", "forum.error.substitute"));
        assertThat(meetings.myAnswer(meeting)).isNull();
    }

    @Test
    void publishingSendsMembersAndGuestsTheAgendaWithAnInvitationThenUpdatesAndCancels() throws Exception {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long guest = fixtures.personOf("aanbieder");
        long leader = fixtures.personOf("teamleider.soest");
        String title = "Overleg " + ForumFixtures.uniqueCode();
        LocalDateTime start = LocalDateTime.now(clock)
                .plusDays(30)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        long meeting = fixtures.meeting(forum, title, start);
        meetings.inviteGuest(meeting, guest, null);
        meetings.publish(meeting);

        String link = "overleg/vergadering/" + meeting;
        assertThat(noticesOf(leader, "forum.agenda-published"))
                .filteredOn(n -> n.link().equals(link))
                .hasSize(1);
        assertThat(noticesOf(guest, "forum.agenda-published"))
                .filteredOn(n -> n.link().equals(link))
                .hasSize(1);
        MailLog.ReceivedMail mail = awaitMail("Agenda: " + title);
        VEvent event = onlyEvent(new CalendarBuilder().build(new StringReader(mail.ics())));
        assertThat(event.<ZonedDateTime>getStartDate()
                        .map(DtStart::getDate)
                        .orElseThrow()
                        .withZoneSameInstant(AMSTERDAM))
                .isEqualTo(start.atZone(AMSTERDAM));
        assertThat(event.<ZonedDateTime>getEndDate()
                        .map(DtEnd::getDate)
                        .orElseThrow()
                        .withZoneSameInstant(AMSTERDAM))
                .isEqualTo(start.plusHours(2).atZone(AMSTERDAM));
        assertThatThrownBy(() -> meetings.publish(meeting)).isInstanceOf(ValidationFailedException.class);

        long version = meetings.meeting(meeting).version();
        meetings.reschedule(meeting, version, start.plusHours(1), start.plusHours(3));
        assertThat(noticesOf(leader, "forum.meeting-changed"))
                .filteredOn(n -> n.link().equals(link))
                .hasSize(1);
        meetings.cancel(meeting);
        assertThat(noticesOf(guest, "forum.meeting-cancelled"))
                .filteredOn(n -> n.link().equals(link))
                .hasSize(1);
        MailLog.ReceivedMail cancel = awaitMail("Geannuleerd: " + title);
        Calendar cancelled = new CalendarBuilder().build(new StringReader(cancel.ics()));
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
    }

    @Test
    void membersAndGuestsAnswerAndTheChairSeesTheCount() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 6, 6, 14, 0));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), null);
        meetings.publish(meeting);

        users.login("teamleider.soest");
        meetings.answer(meeting, RsvpAnswer.ATTEND, null);
        users.login("aanbieder");
        meetings.answer(meeting, RsvpAnswer.ABSENT, "een collega van Lumens");
        assertThat(meetings.myAnswer(meeting)).isEqualTo(RsvpAnswer.ABSENT);
        assertThatThrownBy(() -> meetings.answers(meeting)).isInstanceOf(AccessDeniedException.class);

        users.login("procesbegeleider");
        assertThat(meetings.answers(meeting)).isEqualTo(new RsvpCount(1, 1, 2));
    }

    @Test
    void aGuestSeesOnlyTheMeetingTheyAreInvitedToAndOutsidersNothing() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long invited = fixtures.meeting(forum, LocalDateTime.of(2030, 6, 6, 14, 0));
        long other = fixtures.meeting(forum, LocalDateTime.of(2030, 7, 4, 14, 0));
        meetings.inviteGuest(invited, fixtures.personOf("aanbieder"), null);
        meetings.publish(invited);
        meetings.publish(other);

        users.login("aanbieder");
        assertThat(meetings.meetings(forum)).extracting(MeetingSummary::id).containsExactly(invited);
        assertThat(meetings.meeting(invited).id()).isEqualTo(invited);
        assertThatThrownBy(() -> meetings.meeting(other)).isInstanceOf(AccessDeniedException.class);

        users.login("wijkcoach.baarn");
        assertThat(meetings.meetings(forum)).isEmpty();
        assertThatThrownBy(() -> meetings.meeting(invited)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.answer(invited, RsvpAnswer.ATTEND, null))
                .isInstanceOf(AccessDeniedException.class);

        users.login("teamleider.soest");
        assertThat(meetings.meetings(forum)).hasSize(2);
        assertThatThrownBy(() -> meetings.publish(invited)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGuestInvitedAgainForTheWholeMeetingSeesItAllAndGetsTheAgendaOnceMore() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 9, 5, 14, 0));
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);
        long partnerItem = agendas.addItem(
                meeting, partners, new ItemDraft("Wachttijden", null, null, 20, ItemKind.DISCUSSION, false));
        long workItem = agendas.addItem(
                meeting,
                fixtures.section(meeting, SectionKind.WORK_MEETING),
                new ItemDraft("Intern werkoverleg", null, null, 20, ItemKind.DISCUSSION, false));
        long guest = fixtures.personOf("aanbieder");
        meetings.inviteGuest(meeting, guest, partners);
        meetings.publish(meeting);
        String link = "overleg/vergadering/" + meeting;

        users.login("aanbieder");
        assertThat(agendas.agenda(meeting).items())
                .extracting(ItemView::id)
                .contains(partnerItem)
                .doesNotContain(workItem);

        users.login("procesbegeleider");
        meetings.inviteGuest(meeting, guest, null); // now the whole meeting
        users.login("aanbieder");
        assertThat(agendas.agenda(meeting).items()).extracting(ItemView::id).contains(partnerItem, workItem);
        assertThat(noticesOf(guest, "forum.agenda-published"))
                .filteredOn(n -> n.link().equals(link))
                .as("the agenda at publication, and again for the new part")
                .hasSize(2);

        users.login("procesbegeleider");
        meetings.inviteGuest(meeting, guest, null); // the same part again changes nothing
        assertThat(noticesOf(guest, "forum.agenda-published"))
                .filteredOn(n -> n.link().equals(link))
                .hasSize(2);
        assertThat(meetings.answers(meeting))
                .as("the chair and the guest, once")
                .isEqualTo(new RsvpCount(0, 0, 2));
    }

    @Test
    void noGuestIsInvitedToAMeetingThatStartedOrWasCancelled() {
        long forum = fixtures.forumWith();
        long cancelled = fixtures.meeting(forum, LocalDateTime.of(2030, 9, 12, 14, 0));
        long started = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        long guest = fixtures.personOf("aanbieder");
        meetings.cancel(cancelled);
        minutes.start(started);
        for (long meeting : new long[] {cancelled, started}) {
            assertThatThrownBy(() -> meetings.inviteGuest(meeting, guest, null))
                    .isInstanceOf(ValidationFailedException.class)
                    .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                            .containsValue("forum.error.guest-closed"));
            assertThat(meetings.answers(meeting).unanswered())
                    .as("only the chair is invited")
                    .isEqualTo(1);
        }
    }

    @Test
    void aMemberIsNotInvitedAsAGuest() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 6, 6, 14, 0));
        long leader = fixtures.personOf("teamleider.soest");
        users.login("procesbegeleider");
        assertThatThrownBy(() -> meetings.inviteGuest(meeting, leader, null))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void theInvitationMailCarriesTheAgendaAsPdfAsTheRecipientMaySeeIt() throws Exception {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        String title = "Overleg " + ForumFixtures.uniqueCode();
        long meeting = fixtures.meeting(forum, title, LocalDateTime.now(clock).plusDays(30));
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);
        agendas.addItem(meeting, partners, new ItemDraft("Wachttijden", null, null, 20, ItemKind.DISCUSSION, false));
        agendas.addItem(meeting, partners, new ItemDraft("Contractgesprek", null, null, 20, ItemKind.DISCUSSION, true));
        agendas.addItem(
                meeting,
                fixtures.section(meeting, SectionKind.WORK_MEETING),
                new ItemDraft("Intern werkoverleg", null, null, 20, ItemKind.DISCUSSION, false));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), partners);
        meetings.publish(meeting);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> mails("Agenda: " + title).size() >= 2);
        String guestAgenda = agendaOf(mailTo("aanbieder", title), meeting);
        assertThat(guestAgenda).contains("Wachttijden").doesNotContain("Contractgesprek", "Intern werkoverleg");
        String memberAgenda = agendaOf(mailTo("teamleider.soest", title), meeting);
        assertThat(memberAgenda).contains("Wachttijden", "Contractgesprek", "Intern werkoverleg");
    }

    private MailLog.ReceivedMail mailTo(String account, String title) {
        String email = SystemAuthentication.call(
                () -> directory.person(fixtures.personOf(account)).orElseThrow().email());
        return mails("Agenda: " + title).stream()
                .filter(m -> m.recipient().contains(email))
                .findFirst()
                .orElseThrow();
    }

    /** The text of the agenda PDF attached to the mail. */
    private static String agendaOf(MailLog.ReceivedMail mail, long meeting) throws IOException {
        assertThat(mail.files()).containsKey("agenda-" + meeting + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(mail.files().get("agenda-" + meeting + ".pdf"))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private MailLog.ReceivedMail awaitMail(String subject) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !mails(subject).isEmpty());
        return mails(subject).getFirst();
    }

    private List<MailLog.ReceivedMail> mails(String subject) {
        return SystemAuthentication.call(() -> mailLog.received()).stream()
                .filter(m -> subject.equals(m.subject()) && m.ics() != null)
                .toList();
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    /** Someone's notices, read as the administrator (the only one besides the person who may). */
    private List<Notice> noticesOf(long personId, String kind) {
        return SystemAuthentication.call(() -> inFlight.noticesOf(personId, kind));
    }
}
