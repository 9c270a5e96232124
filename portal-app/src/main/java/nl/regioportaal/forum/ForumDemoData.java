package nl.regioportaal.forum;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.regioportaal.forum.ForumModel.Agenda;
import nl.regioportaal.forum.ForumModel.ForumDraft;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.SeriesDraft;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.DemoDataCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo forums: the regional team-leaders forum (chair: the process supervisor; every team leader a
 * member) meeting every four weeks on Thursday 14:00–16:00, and the managers' forum (chair: the
 * manager of Leusden; the process supervisor as adviser). The meetings of the last three months
 * were held and have approved minutes ({@link ForumDemoMinutes}); the next team-leaders meeting
 * has a published agenda with items in three sections, the provider representative of Lumens
 * invited as a guest for the dialogue with external partners, and a proposal of the Soest team
 * leader waiting for the chair.
 */
@Component
class ForumDemoData {

    static final String TEAM_LEADERS = "Regionaal teamleidersoverleg";
    static final String MANAGERS = "Managersoverleg sociale teams";

    private final ForumService forums;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final AgendaProposalRepository proposals;
    private final MeetingRepository meetingRows;
    private final ForumDemoMinutes demoMinutes;
    private final RegionDirectory directory;
    private final Clock clock;

    ForumDemoData(
            ForumService forums,
            MeetingService meetings,
            AgendaService agendas,
            AgendaProposalRepository proposals,
            MeetingRepository meetingRows,
            ForumDemoMinutes demoMinutes,
            RegionDirectory directory,
            Clock clock) {
        this.forums = forums;
        this.meetings = meetings;
        this.agendas = agendas;
        this.proposals = proposals;
        this.meetingRows = meetingRows;
        this.demoMinutes = demoMinutes;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void onDemoData(DemoDataCreated event) {
        long supervisor = event.personOf("procesbegeleider");
        long leaders = forums.createForum(new ForumDraft(
                "TLO",
                TEAM_LEADERS,
                "De teamleiders van alle sociale teams in de regio; voorzitter is de procesbegeleider.",
                7,
                supervisor));
        List<PersonSummary> teamLeaders = directory.activeWithRole(Role.TEAM_LEADER);
        for (int i = 0; i < teamLeaders.size(); i++) {
            forums.setMember(leaders, teamLeaders.get(i).id(), i == 1 ? ForumRole.SECRETARY : ForumRole.MEMBER);
        }
        long managers = forums.createForum(new ForumDraft(
                "MO",
                MANAGERS,
                "De managers sociale teams van de zeven gemeenten.",
                null,
                event.personOf("manager.leusden")));
        for (PersonSummary manager : directory.activeWithRole(Role.MANAGER)) {
            if (manager.id() != event.personOf("manager.leusden")) {
                forums.setMember(managers, manager.id(), ForumRole.MEMBER);
            }
        }
        forums.setMember(managers, supervisor, ForumRole.ADVISER);

        LocalDate today = LocalDate.now(clock);
        LocalDate firstThursday = today.minusWeeks(12).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        meetings.planSeries(
                leaders,
                new SeriesDraft(
                        "Teamleidersoverleg",
                        firstThursday.atTime(14, 0),
                        120,
                        "FREQ=WEEKLY;INTERVAL=4;BYDAY=TH",
                        today.plusMonths(6),
                        "Stadhuis Amersfoort, zaal 2",
                        null,
                        List.of(
                                SectionKind.OPENING,
                                SectionKind.WORK_MEETING,
                                SectionKind.PARTNER_DIALOGUE,
                                SectionKind.PEER_SUPERVISION,
                                SectionKind.OTHER_BUSINESS,
                                SectionKind.CLOSING)));
        LocalDate firstTuesday = today.minusWeeks(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        meetings.planSeries(
                managers,
                new SeriesDraft(
                        "Managersoverleg",
                        firstTuesday.atTime(9, 30),
                        90,
                        "FREQ=WEEKLY;INTERVAL=6;BYDAY=TU",
                        today.plusMonths(6),
                        null,
                        "https://overleg.regio-eemland.nl/managers",
                        List.of(
                                SectionKind.OPENING,
                                SectionKind.WORK_MEETING,
                                SectionKind.OTHER_BUSINESS,
                                SectionKind.CLOSING)));
        demoMinutes.recordPastMeetings(leaders, LocalDateTime.now(clock));
        demoMinutes.recordPastMeetings(managers, LocalDateTime.now(clock));
        prepareNextTeamLeadersMeeting(leaders, event);
    }

    private void prepareNextTeamLeadersMeeting(long forumId, DemoDataCreated event) {
        LocalDateTime now = LocalDateTime.now(clock);
        MeetingSummary next = meetings.meetings(forumId).stream()
                .filter(m -> m.startsAt().isAfter(now))
                .findFirst()
                .orElseThrow();
        Agenda agenda = agendas.agenda(next.id());
        long work = sectionOf(agenda, SectionKind.WORK_MEETING);
        long partners = sectionOf(agenda, SectionKind.PARTNER_DIALOGUE);
        long peer = sectionOf(agenda, SectionKind.PEER_SUPERVISION);
        agendas.addItem(
                next.id(),
                work,
                new ItemDraft(
                        "Eenduidige werkwijze keukentafelgesprek",
                        "<p>Voorstel voor één gespreksleidraad in alle teams. Bespreken en besluiten.</p>",
                        "Procesbegeleider",
                        30,
                        ItemKind.DECISION,
                        false));
        agendas.addItem(
                next.id(),
                work,
                new ItemDraft("Vervanging bij langdurige afwezigheid", null, null, 15, ItemKind.DISCUSSION, true));
        agendas.addItem(
                next.id(),
                work,
                new ItemDraft("Vaststellen jaarplanning overleg", null, null, 5, ItemKind.CONSENT, false));
        agendas.addItem(
                next.id(),
                partners,
                new ItemDraft(
                        "Wachttijden ambulante begeleiding",
                        "<p>Lumens licht de wachttijden toe; samen zoeken we naar overbrugging.</p>",
                        "Lumens",
                        30,
                        ItemKind.DISCUSSION,
                        false));
        agendas.addItem(
                next.id(),
                peer,
                new ItemDraft("Intervisie: grenzen aan de eigen kracht", null, null, 20, ItemKind.DISCUSSION, false));
        meetings.inviteGuest(next.id(), event.personOf("aanbieder"), partners);
        meetings.publish(next.id());
        // written as the Soest team leader would have proposed it (demo data runs as the system)
        Meeting meeting = meetingRows.findById(next.id()).orElseThrow();
        AgendaProposal proposal = new AgendaProposal(
                meeting.getForum(),
                meeting,
                event.personOf("teamleider.soest"),
                "Lokale afwijking Soest: aanmeldroute jeugd",
                15,
                clock.instant());
        proposal.setExplanation(
                "<p>In Soest loopt de aanmelding jeugd via het CJG. Graag bespreken of dit regionaal kan.</p>");
        proposals.save(proposal);
    }

    private static long sectionOf(Agenda agenda, SectionKind kind) {
        return agenda.sections().stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
