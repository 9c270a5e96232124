package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;
import org.junit.jupiter.api.Test;

/** The one place that decides a state: every state, and never "expired" for "never done". */
class TrainingStatusRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final CourseRule MGV = new CourseRule(
            1,
            true,
            EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEADER),
            Set.of(),
            Set.of(),
            LocalDate.of(2027, 6, 1),
            6,
            24);
    static final TrainingSubject COACH = new TrainingSubject(
            7, EnumSet.of(Role.PROFESSIONAL), 2L, EnumSet.of(TeamKind.GENERAL), LocalDate.of(2015, 1, 1));

    @Test
    void neverCompletedIsToDoUntilTheDeadlineThenOverdue() {
        assertThat(TrainingStatusRules.compute(MGV, COACH, null, null, false, TODAY))
                .isEqualTo(new CourseStatus(TrainingState.TO_DO, LocalDate.of(2027, 6, 1), null));
        assertThat(TrainingStatusRules.compute(MGV, COACH, null, null, false, LocalDate.of(2027, 6, 2))
                        .state())
                .isEqualTo(TrainingState.OVERDUE);
    }

    @Test
    void newStaffGetTheirMonthsAfterStartingWhenThatIsLater() {
        TrainingSubject newcomer = new TrainingSubject(
                8, EnumSet.of(Role.PROFESSIONAL), 2L, EnumSet.of(TeamKind.GENERAL), LocalDate.of(2027, 2, 1));
        assertThat(TrainingStatusRules.compute(MGV, newcomer, null, null, false, TODAY)
                        .deadline())
                .isEqualTo(LocalDate.of(2027, 8, 1));
    }

    @Test
    void validThenExpiringWithinSixtyDaysThenExpired() {
        LocalDate done = LocalDate.of(2026, 1, 10);
        LocalDate until = done.plusMonths(24);
        assertThat(TrainingStatusRules.compute(MGV, COACH, done, until, false, TODAY))
                .isEqualTo(new CourseStatus(TrainingState.VALID, until, until));
        assertThat(TrainingStatusRules.compute(MGV, COACH, done, until, false, until.minusDays(60))
                        .state())
                .isEqualTo(TrainingState.EXPIRING);
        assertThat(TrainingStatusRules.compute(MGV, COACH, done, until, false, until.minusDays(61))
                        .state())
                .isEqualTo(TrainingState.VALID);
        assertThat(TrainingStatusRules.compute(MGV, COACH, done, until, false, until)
                        .state())
                .isEqualTo(TrainingState.EXPIRING);
        CourseStatus expired = TrainingStatusRules.compute(MGV, COACH, done, until, false, until.plusDays(1));
        assertThat(expired.state()).isEqualTo(TrainingState.EXPIRED);
        assertThat(expired.deadline()).isEqualTo(until);
    }

    @Test
    void expiredIsNeverOverdueAndNeverDoneIsNeverExpired() {
        LocalDate longAfter = LocalDate.of(2031, 1, 1);
        assertThat(TrainingStatusRules.compute(
                                MGV, COACH, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1), false, longAfter)
                        .state())
                .isEqualTo(TrainingState.EXPIRED);
        assertThat(TrainingStatusRules.compute(MGV, COACH, null, null, false, longAfter)
                        .state())
                .isEqualTo(TrainingState.OVERDUE);
    }

    @Test
    void openEnrolmentShowsAsEnrolledUnlessStillValid() {
        assertThat(TrainingStatusRules.compute(MGV, COACH, null, null, true, TODAY)
                        .state())
                .isEqualTo(TrainingState.ENROLLED);
        assertThat(TrainingStatusRules.compute(
                                MGV, COACH, LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 1), true, TODAY)
                        .state())
                .isEqualTo(TrainingState.VALID);
    }

    @Test
    void audienceIsRolesTimesTeamKindsTimesMunicipalities() {
        CourseRule youthInSoest = new CourseRule(
                2, true, EnumSet.of(Role.PROFESSIONAL), EnumSet.of(TeamKind.YOUTH), Set.of(5L), null, null, null);
        TrainingSubject youthSoest =
                new TrainingSubject(9, EnumSet.of(Role.PROFESSIONAL), 5L, EnumSet.of(TeamKind.YOUTH), TODAY);
        assertThat(TrainingStatusRules.isRequired(youthInSoest, youthSoest)).isTrue();
        assertThat(TrainingStatusRules.isRequired(youthInSoest, COACH)).isFalse();
        assertThat(TrainingStatusRules.isRequired(
                        youthInSoest,
                        new TrainingSubject(9, EnumSet.of(Role.MANAGER), 5L, EnumSet.of(TeamKind.YOUTH), TODAY)))
                .isFalse();
        assertThat(TrainingStatusRules.compute(youthInSoest, COACH, null, null, false, TODAY)
                        .state())
                .isEqualTo(TrainingState.NOT_REQUIRED);
        CourseRule optional = new CourseRule(3, false, Set.of(), Set.of(), Set.of(), null, null, null);
        assertThat(TrainingStatusRules.compute(optional, COACH, null, null, false, TODAY)
                        .state())
                .isEqualTo(TrainingState.NOT_REQUIRED);
    }

    @Test
    void noticesAreDueSoonOverdueAndExpiring() {
        assertThat(StatusRefresher.noticeKey(new CourseStatus(TrainingState.TO_DO, TODAY.plusDays(30), null), TODAY))
                .isEqualTo("due-soon");
        assertThat(StatusRefresher.noticeKey(new CourseStatus(TrainingState.TO_DO, TODAY.plusDays(31), null), TODAY))
                .isNull();
        assertThat(StatusRefresher.noticeKey(new CourseStatus(TrainingState.OVERDUE, TODAY, null), TODAY))
                .isEqualTo("overdue");
        assertThat(StatusRefresher.noticeKey(new CourseStatus(TrainingState.EXPIRING, TODAY, TODAY), TODAY))
                .isEqualTo("expiring");
    }
}
