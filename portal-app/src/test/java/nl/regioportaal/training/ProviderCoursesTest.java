package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.ProviderCourses.ProviderCourse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course names the organisation that provides it (chosen, or found by its free-text name); that
 * organisation's representative reads its courses and how full the sessions are, nobody else.
 */
class ProviderCoursesTest extends ServiceTest {

    @Autowired
    ProviderCourses provided;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    RegionDirectory directory;

    @Test
    void theRepresentativeSeesTheirOrganisationsCoursesWithTheSeatsTaken() {
        users.login("procesbegeleider");
        long lumens = provider("Lumens");
        long chosen = course(lumens, null);
        long byName = course(null, "  lumens ");
        long other = course(provider("MEE"), null);
        long session = TrainingFixtures.session(plans, chosen, 4, Map.of());
        enrolments.enrol(
                session, TrainingFixtures.professionals(directory).get(30).id());
        assertThat(plans.getCourse(byName).getProviderId())
                .as("the free text names the organisation")
                .isEqualTo(lumens);

        users.login("aanbieder");
        assertThat(provided.ofMyOrganisation())
                .extracting(ProviderCourse::id)
                .contains(chosen, byName)
                .doesNotContain(other);
        assertThat(provided.ofMyOrganisation())
                .filteredOn(c -> c.id() == chosen)
                .singleElement()
                .satisfies(c -> assertThat(c.sessions()).singleElement().satisfies(s -> {
                    assertThat(s.seats()).isEqualTo(4);
                    assertThat(s.taken()).isEqualTo(1);
                }));
    }

    @Test
    void nobodyElseReadsAProvidersListAndAnUnknownOrganisationIsRefused() {
        for (String account : new String[] {"wijkcoach.baarn", "procesbegeleider", "trainer"}) {
            users.login(account);
            assertThatThrownBy(() -> provided.ofMyOrganisation()).as(account).isInstanceOf(AccessDeniedException.class);
        }
        users.login("procesbegeleider");
        assertThatThrownBy(() -> course(-5L, null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("providerId", "training.error.provider-unknown"));
    }

    private long provider(String name) {
        return directory.providers().stream()
                .filter(p -> p.name().equals(name))
                .map(ProviderRef::id)
                .findFirst()
                .orElseThrow();
    }

    private long course(Long providerId, String providerText) {
        CourseForm f = new CourseForm();
        f.setPlanId(TrainingFixtures.publishedPlan(plans));
        f.setTitle("Aanbod " + UUID.randomUUID().toString().substring(0, 8));
        f.setHours(new BigDecimal("2"));
        f.setProvider(providerText);
        f.setProviderId(providerId);
        return plans.saveCourse(f);
    }
}
