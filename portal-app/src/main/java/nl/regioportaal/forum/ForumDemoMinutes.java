package nl.regioportaal.forum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.forum.ForumModel.Agenda;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.forum.ForumModel.SectionView;
import org.springframework.stereotype.Component;

/**
 * The demo's history: each past meeting of a forum gets an item, attendance, notes, a numbered
 * decision, an action and a commitment, recorded through the minutes service as a secretary would;
 * its minutes are then approved. The oldest meeting's action is done; the later ones are still
 * open, so the action list shows both and the older open ones are overdue.
 */
@Component
class ForumDemoMinutes {

    private static final List<String> TOPICS = List.of(
            "Gezamenlijke aanpak wachtlijsten",
            "Eenduidige intake in alle teams",
            "Samenwerking met huisartsen",
            "Vroegsignalering schulden");

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final FollowUpService followUps;
    private final ForumService forums;
    private final MeetingRepository meetingRows;

    ForumDemoMinutes(
            MeetingService meetings,
            AgendaService agendas,
            MinutesService minutes,
            FollowUpService followUps,
            ForumService forums,
            MeetingRepository meetingRows) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.followUps = followUps;
        this.forums = forums;
        this.meetingRows = meetingRows;
    }

    /** Records and approves the minutes of every meeting of the forum that ended before {@code now}. */
    void recordPastMeetings(long forumId, LocalDateTime now) {
        List<MemberRow> members = forums.members(forumId);
        List<MeetingSummary> past = meetings.meetings(forumId).stream()
                .filter(m -> m.endsAt().isBefore(now) && m.status() == MeetingStatus.DRAFT)
                .toList();
        for (int i = 0; i < past.size(); i++) {
            record(past.get(i), TOPICS.get(i % TOPICS.size()), members, i == 0);
        }
    }

    private void record(MeetingSummary meeting, String topic, List<MemberRow> members, boolean oldest) {
        Agenda agenda = agendas.agenda(meeting.id());
        long work = agenda.sections().stream()
                .filter(s -> s.kind() == SectionKind.WORK_MEETING)
                .map(SectionView::id)
                .findFirst()
                .orElse(agenda.sections().getFirst().id());
        long item = agendas.addItem(
                meeting.id(), work, new ItemDraft(topic, null, "Procesbegeleider", 45, ItemKind.DECISION, false));
        minutes.start(meeting.id());
        for (int m = 0; m < members.size(); m++) {
            // one member sends apologies each time, a different one per meeting
            minutes.recordAttendance(
                    meeting.id(), members.get(m).personId(), m != (int) (meeting.id() % members.size()));
        }
        long version = agendas.agenda(meeting.id()).items().stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .orElseThrow()
                .version();
        minutes.recordNotes(
                item, version, "<p>Besproken: " + topic.toLowerCase() + ". De teams delen hun ervaringen.</p>");
        minutes.decide(item, "Het overleg stemt in met de regionale werkwijze '" + topic + "'.");
        LocalDate held = meeting.startsAt().toLocalDate();
        MemberRow owner = members.get((int) (meeting.id() % members.size()));
        long action = minutes.addFollowUp(
                meeting.id(),
                item,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Werkwijze '" + topic + "' in het eigen team bespreken",
                        owner.personId(),
                        null,
                        null,
                        held.plusWeeks(2)));
        minutes.addFollowUp(
                meeting.id(),
                item,
                new FollowUpDraft(
                        FollowUpKind.COMMITMENT,
                        "Terugkoppeling over '" + topic + "'",
                        null,
                        "Procesbegeleider",
                        "Managersoverleg",
                        held.plusWeeks(6)));
        minutes.close(meeting.id());
        if (oldest) {
            followUps.close(action, FollowUpStatus.DONE, null);
        }
        Meeting row = meetingRows.findById(meeting.id()).orElseThrow();
        // the review round lies in the past: the demo shows its outcome, approved minutes
        row.setReviewDeadline(held.plusWeeks(1));
        row.setStatus(MeetingStatus.APPROVED);
        meetingRows.save(row);
    }
}
