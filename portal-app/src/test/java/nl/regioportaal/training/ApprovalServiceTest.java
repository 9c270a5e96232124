package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.ApprovalService.ApprovalRequest;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import nl.regioportaal.training.TrainingModel.MyEnrolment;
import nl.regioportaal.training.TrainingModel.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course that needs the team leader's approval: the request holds a seat; approved, declined
 * with a reason, or expired (the clock moved past the hold), and the freed seat to the waiting list.
 * Every test on a course of its own with one seat; the requester is a member of teamleider.soest's team.
 */
class ApprovalServiceTest extends ServiceTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    TrainingQueries queries;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NoticesInFlight notifications;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    PersonSummary member;
    PersonSummary other;

    @BeforeEach
    void setUp() {
        PortalUser leader = users.login("teamleider.soest");
        member = leader.teamIds().stream()
                .flatMap(t -> directory.activeMembersOf(t).stream())
                .filter(p -> p.id() != leader.personId() && p.roles().contains(Role.PROFESSIONAL))
                .findFirst()
                .orElseThrow();
        other = TrainingFixtures.professionals(directory).stream()
                .filter(p -> p.id() != member.id() && p.teamIds().stream().noneMatch(leader.teamIds()::contains))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRequestHoldsTheSeatUntilTheTeamLeaderApproves() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Goedkeuren", 5);
        String title = TrainingFixtures.title(plans, course);
        long session = TrainingFixtures.session(plans, course, 1, Map.of());

        loginAs(member);
        assertThat(queries.course(course).sessions().getFirst().preview().outcome())
                .isEqualTo(Outcome.APPROVAL);
        EnrolResult request = enrolment.enrol(session);
        assertThat(request.status()).isEqualTo(EnrolmentStatus.AWAITING_APPROVAL);
        assertThat(TrainingFixtures.notices(notifications, member.id(), "training.approval-requested", title))
                .hasSize(1);
        loginAs(other);
        assertThat(enrolment.enrol(session).status())
                .as("the held seat is taken")
                .isEqualTo(EnrolmentStatus.WAITING);

        users.login("teamleider.soest");
        assertThat(approvals.pendingRequests())
                .filteredOn(r -> r.enrolmentId() == request.enrolmentId())
                .singleElement()
                .satisfies(r -> assertThat(r.holdUntil())
                        .isEqualTo(clock.instant()
                                .plus(Duration.ofDays(5))
                                .atZone(clock.getZone())
                                .toLocalDate()));
        approvals.approve(request.enrolmentId());
        assertThat(approvals.pendingRequests()).noneMatch(r -> r.enrolmentId() == request.enrolmentId());
        assertThatThrownBy(() -> approvals.approve(request.enrolmentId()))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.request-decided"));

        loginAs(member);
        assertThat(mine(request.enrolmentId()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(TrainingFixtures.notices(notifications, member.id(), "training.approval-granted", title))
                .hasSize(1);
    }

    @Test
    void theHoldNeverOutlastsTheSessionAndTheTeamLeaderIsToldARequestArrived() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Kort dag", 5);
        String title = TrainingFixtures.title(plans, course);
        SessionForm form = TrainingFixtures.sessionForm(
                course,
                1,
                LocalDate.now(clock.withZone(PortalFormats.AMSTERDAM)).plusDays(2),
                1);
        long session = plans.saveSession(form);
        LocalDateTime start = form.getDates().getFirst().start();

        loginAs(member);
        EnrolResult request = enrolment.enrol(session);
        assertThat(TrainingFixtures.notices(notifications, member.id(), "training.approval-requested", title))
                .singleElement()
                .as("the person is promised the date the hold really ends")
                .satisfies(
                        n -> assertThat(n.body()).contains(PortalFormats.date(start.toLocalDate(), Locale.of("nl"))));

        PortalUser leader = users.login("teamleider.soest");
        assertThat(approvals.pendingRequests())
                .filteredOn(r -> r.enrolmentId() == request.enrolmentId())
                .singleElement()
                .as("five hold days, but the session starts in two")
                .satisfies(r -> assertThat(r.holdUntil()).isEqualTo(start.toLocalDate()));
        assertThat(notifications.noticesOf(leader.personId(), "training.approval-arrived"))
                .filteredOn(n -> n.body().contains(title))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.subject()).contains(member.displayName());
                    assertThat(n.body())
                            .contains(PortalFormats.date(start.toLocalDate(), Locale.of("nl")))
                            .doesNotContain(start.toLocalDate().toString());
                    assertThat(n.link()).as("Start").isEqualTo("/");
                });
        approvals.decline(request.enrolmentId(), "Opgeruimd"); // no open request left for other tests' Start
    }

    @Test
    void declineNeedsAReasonThePersonReadsAndTheSeatGoesToTheWaitingList() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Afwijzen", 5);
        String title = TrainingFixtures.title(plans, course);
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        loginAs(member);
        EnrolResult request = enrolment.enrol(session);
        users.login("procesbegeleider");
        EnrolResult waiting = enrolment.enrol(session, other.id());
        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITING);

        users.login("teamleider.soest");
        assertThatThrownBy(() -> approvals.decline(request.enrolmentId(), "  "))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "training.error.reason-required"));
        assertThatThrownBy(() -> approvals.decline(request.enrolmentId(), "BSN 111222333 wacht"))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "training.error.reason-privacy"));
        approvals.decline(request.enrolmentId(), "Eerst de basiscursus");

        loginAs(member);
        MyEnrolment declined = mine(request.enrolmentId());
        assertThat(declined.status()).isEqualTo(EnrolmentStatus.DECLINED);
        assertThat(declined.decisionReason()).isEqualTo("Eerst de basiscursus");
        assertThat(TrainingFixtures.notices(notifications, member.id(), "training.approval-declined", title))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Eerst de basiscursus"));
        loginAs(other);
        assertThat(mine(waiting.enrolmentId()).status())
                .as("enrolled by the region, so no request of their own")
                .isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(TrainingFixtures.notices(notifications, other.id(), "training.promoted", title))
                .hasSize(1);
    }

    @Test
    void anUndecidedRequestExpiresWhenItsHoldRunsOutAndTheWaitingListMovesUp() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Verlopen", 2);
        String title = TrainingFixtures.title(plans, course);
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        loginAs(member);
        EnrolResult request = enrolment.enrol(session);
        loginAs(other);
        EnrolResult waiting = enrolment.enrol(session);
        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITING);

        users.login("procesbegeleider");
        approvals.expireDueRequests(Clock.offset(clock, Duration.ofDays(1)).instant());
        loginAs(member);
        assertThat(mine(request.enrolmentId()).status())
                .as("a day later the seat is still held")
                .isEqualTo(EnrolmentStatus.AWAITING_APPROVAL);

        users.login("procesbegeleider");
        assertThat(approvals.expireDueRequests(
                        Clock.offset(clock, Duration.ofDays(3)).instant()))
                .isPositive();
        loginAs(member);
        assertThat(mine(request.enrolmentId()).status()).isEqualTo(EnrolmentStatus.EXPIRED);
        assertThat(TrainingFixtures.notices(notifications, member.id(), "training.approval-expired", title))
                .hasSize(1);
        loginAs(other);
        assertThat(mine(waiting.enrolmentId()).status())
                .as("they joined the waiting list themselves: the freed seat is held for their own request")
                .isEqualTo(EnrolmentStatus.AWAITING_APPROVAL);
        assertThat(TrainingFixtures.notices(notifications, other.id(), "training.approval-requested", title))
                .hasSize(1);
    }

    @Test
    void onlyTheTeamLeaderOfThePersonsTeamDecides() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Wie beslist", 5);
        long session = TrainingFixtures.session(plans, course, 3, Map.of());
        loginAs(member);
        EnrolResult request = enrolment.enrol(session);

        assertThatThrownBy(() -> approvals.approve(request.enrolmentId())).isInstanceOf(AccessDeniedException.class);
        assertThat(approvals.pendingRequests()).isEmpty();
        for (String stranger : List.of("procesbegeleider", "manager.leusden", "wijkcoach.baarn")) {
            users.login(stranger);
            assertThatThrownBy(() -> approvals.decline(request.enrolmentId(), "nee"))
                    .as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(approvals.pendingRequests()).as(stranger).isEmpty();
        }
        users.login("teamleider.soest");
        List<ApprovalRequest> mine = approvals.pendingRequests();
        assertThat(mine).extracting(ApprovalRequest::enrolmentId).contains(request.enrolmentId());
        assertThat(mine).extracting(ApprovalRequest::personId).doesNotContain(other.id());
        approvals.decline(request.enrolmentId(), "Opgeruimd"); // no open request left for other tests' Start
    }

    @Test
    void aTeamLeaderEnrollingAMemberIsTheApproval() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Door leider", 5);
        long session = TrainingFixtures.session(plans, course, 3, Map.of());
        users.login("teamleider.soest");
        assertThat(enrolment.enrol(session, member.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void aRequestForASessionThatHasBegunIsNoLongerApproved() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.approvalCourse(plans, "Begonnen", 5);
        long session = TrainingFixtures.session(plans, course, 3, Map.of());
        loginAs(member);
        EnrolResult request = enrolment.enrol(session);
        TrainingFixtures.moveIntoThePast(jdbc, session, 1);
        users.login("teamleider.soest");
        assertThatThrownBy(() -> approvals.approve(request.enrolmentId()))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.session-started"));
        approvals.decline(request.enrolmentId(), "Te laat"); // no open request left for other tests' Start
    }

    private MyEnrolment mine(long enrolmentId) {
        return queries.myTraining().enrolments().stream()
                .filter(e -> e.enrolmentId() == enrolmentId)
                .findFirst()
                .orElseThrow();
    }
}
