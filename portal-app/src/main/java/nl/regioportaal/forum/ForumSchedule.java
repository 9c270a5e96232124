package nl.regioportaal.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's timed work, run by its Quartz jobs as the system: agendas published automatically N
 * days before the meeting (the forum's setting), the chair reminded the day before when proposals
 * still wait, and overdue actions sent to their owners (kind {@code forum.actions-overdue}, in the
 * weekly digest unless the owner chose otherwise).
 */
@Service
@Transactional
public class ForumSchedule {

    private final ForumRepository forums;
    private final MeetingRepository meetings;
    private final ForumMemberRepository members;
    private final AgendaProposalRepository proposals;
    private final MeetingService meetingService;
    private final FollowUpService followUps;
    private final ForumNotices notices;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    ForumSchedule(
            ForumRepository forums,
            MeetingRepository meetings,
            ForumMemberRepository members,
            AgendaProposalRepository proposals,
            MeetingService meetingService,
            FollowUpService followUps,
            ForumNotices notices,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.forums = forums;
        this.meetings = meetings;
        this.members = members;
        this.proposals = proposals;
        this.meetingService = meetingService;
        this.followUps = followUps;
        this.notices = notices;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** Publishes every draft agenda whose forum sends it automatically and whose day has come. */
    public int publishDue() {
        requireSystem();
        LocalDate today = LocalDate.now(clock);
        int published = 0;
        for (Forum forum : forums.findAll()) {
            Integer days = forum.getAutoPublishDays();
            if (days == null) {
                continue;
            }
            for (Meeting m : meetings.findByForumIdOrderByStartsAtAsc(forum.getId())) {
                LocalDate meetingDay = m.getStartsAt().toLocalDate();
                if (m.getStatus() == MeetingStatus.DRAFT
                        && !today.isBefore(meetingDay.minusDays(days))
                        && meetingDay.isAfter(today.minusDays(1))) {
                    meetingService.publishLocked(meetings.lockById(m.getId()).orElseThrow());
                    published++;
                }
            }
        }
        return published;
    }

    /** The day before a meeting, its forum's chairs hear how many proposals still wait for an answer. */
    public int remindChairs() {
        requireSystem();
        LocalDateTime from = LocalDate.now(clock).plusDays(1).atStartOfDay();
        int reminded = 0;
        for (MeetingStatus status : List.of(MeetingStatus.DRAFT, MeetingStatus.PUBLISHED)) {
            for (Meeting m : meetings.findByStatusAndStartsAtBetween(
                    status, from, from.plusDays(1).minusSeconds(1))) {
                int waiting = proposals
                        .findByForumIdAndStatusOrderByProposedAtAsc(m.getForum().getId(), ProposalStatus.PENDING)
                        .size();
                if (waiting == 0) {
                    continue;
                }
                for (ForumMember chair : members.findByForumId(m.getForum().getId())) {
                    if (chair.getRole() == ForumRole.CHAIR) {
                        notices.proposalWaiting(chair.getPersonId(), m, waiting);
                        reminded++;
                    }
                }
            }
        }
        return reminded;
    }

    /** Each owner of overdue actions gets one notice listing them. */
    public int sendOverdueActions() {
        requireSystem();
        List<Long> all = forums.findAll().stream().map(Forum::getId).toList();
        Map<Long, List<FollowUpView>> byOwner = followUps.overdueByOwner(all);
        byOwner.forEach((owner, list) -> notices.actionsOverdue(owner, list, LocalDate.now(clock)));
        return byOwner.size();
    }

    private void requireSystem() {
        access.require(access.isRegionWide(currentUser.require()), "system work");
    }
}
