package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.InterestService.Demand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "Interesse tonen": demand per municipality for planning, and a notice when a session opens. */
class InterestServiceTest extends ServiceTest {

    @Autowired
    InterestService interest;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    TrainingQueries queries;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NoticesInFlight notifications;

    List<PersonSummary> pros;

    @BeforeEach
    void setUp() {
        users.login("admin");
        pros = TrainingFixtures.professionals(directory);
    }

    @Test
    void theInterestedAreCountedPerMunicipalityAndToldWhenASessionOpens() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Belangstelling");
        String title = TrainingFixtures.title(plans, course);
        PersonSummary first = pros.get(0);
        PersonSummary second = pros.stream()
                .filter(p -> p.municipalityId() != null && p.municipalityId().equals(first.municipalityId()))
                .filter(p -> p.id() != first.id())
                .findFirst()
                .orElseThrow();
        PersonSummary withdrawing = pros.get(pros.size() - 1);
        for (PersonSummary p : List.of(first, second, withdrawing)) {
            loginAs(p);
            interest.showInterest(course);
            interest.showInterest(course); // twice is once
            assertThat(queries.course(course).interested()).isTrue();
        }
        loginAs(withdrawing);
        interest.withdrawInterest(course);
        assertThat(interest.isInterested(course)).isFalse();

        users.login("procesbegeleider");
        String municipality = directory.municipalities().stream()
                .filter(m -> m.id() == first.municipalityId())
                .map(MunicipalityRef::name)
                .findFirst()
                .orElseThrow();
        assertThat(interest.demand())
                .filteredOn(d -> d.courseId() == course)
                .extracting(Demand::municipality, Demand::people)
                .containsExactly(tuple(municipality, 2L));

        TrainingFixtures.session(plans, course, 5, Map.of());
        assertThat(interest.demand()).noneMatch(d -> d.courseId() == course);
        loginAs(first);
        assertThat(TrainingFixtures.notices(notifications, first.id(), "training.session-opened", title))
                .singleElement()
                .satisfies(n -> assertThat(n.link()).contains("scholing/cursus/" + course));
        assertThat(interest.isInterested(course)).as("answered").isFalse();
        loginAs(second);
        assertThat(TrainingFixtures.notices(notifications, second.id(), "training.session-opened", title))
                .hasSize(1);
        loginAs(withdrawing);
        assertThat(TrainingFixtures.notices(notifications, withdrawing.id(), "training.session-opened", title))
                .isEmpty();
    }

    @Test
    void aCourseWithAnOpenSessionAsksForAnEnrolmentNotForInterest() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Open sessie");
        TrainingFixtures.session(plans, course, 5, Map.of());
        loginAs(pros.get(1));
        assertThat(queries.course(course).hasOpenSession()).isTrue();
        assertThatThrownBy(() -> interest.showInterest(course))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.session-open"));
    }

    @Test
    void onlyTheRegionReadsTheDemandAndAProviderShowsNoInterest() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Toegang");
        for (String user : List.of("wijkcoach.baarn", "teamleider.soest", "manager.leusden", "aanbieder", "trainer")) {
            users.login(user);
            assertThatThrownBy(() -> interest.demand()).as(user).isInstanceOf(AccessDeniedException.class);
        }
        users.login("aanbieder");
        assertThatThrownBy(() -> interest.showInterest(course)).isInstanceOf(AccessDeniedException.class);
    }
}
