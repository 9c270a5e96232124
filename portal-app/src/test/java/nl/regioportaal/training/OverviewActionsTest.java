package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OverviewActionsTest extends ServiceTest {

    @Autowired
    OverviewActions actions;

    @Autowired
    ComplianceService compliance;

    @Autowired
    NoticesInFlight notifications;

    @Test
    void aTeamLeaderRemindsAMemberOnceADayThroughTheNotices() {
        users.login("teamleider.soest");
        ComplianceService.Row member = compliance
                .rows(ComplianceService.Filter.behindOnly(), ComplianceService.Sort.BY_NAME, 0, 1)
                .getFirst();
        ComplianceService.CourseColumn course = compliance.mandatoryCourses().stream()
                .filter(c -> member.cells().containsKey(c.id())
                        && !member.cells().get(c.id()).state().compliant())
                .findFirst()
                .orElseThrow();
        assertThat(actions.mayActFor(member.personId())).isTrue();

        actions.remind(
                member.personId(), course.id(), member.cells().get(course.id()).deadline());
        actions.remind(
                member.personId(), course.id(), member.cells().get(course.id()).deadline());

        notifications.awaitRecorded();
        // notices are the recipient's (and the administrator's) to read
        users.login("admin");
        List<Notice> reminders =
                TrainingFixtures.notices(notifications, member.personId(), "training.manual-reminder", course.title());
        assertThat(reminders).hasSize(1);
        assertThat(reminders.getFirst().subject()).isEqualTo("Herinnering: verplichte scholing " + course.title());
    }

    @Test
    void aManagerMayLookButNotRemind() {
        PortalUser manager = users.login("manager.leusden");
        ComplianceService.Row someone = compliance
                .rows(ComplianceService.Filter.none(), ComplianceService.Sort.BY_NAME, 0, 1)
                .getFirst();
        long course = compliance.mandatoryCourses().getFirst().id();
        assertThat(manager.personId()).isNotEqualTo(someone.personId());
        assertThat(actions.mayActFor(someone.personId())).isFalse();
        assertThatThrownBy(() -> actions.remind(someone.personId(), course, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
