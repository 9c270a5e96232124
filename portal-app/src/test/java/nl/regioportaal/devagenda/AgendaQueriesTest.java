package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDetail;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.ThemeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What each reader sees of the agenda; the provider scoping is the service's, so it is tested here. */
class AgendaQueriesTest extends ServiceTest {

    @Autowired
    AgendaQueries queries;

    @Autowired
    InitiativeService agenda;

    @Autowired
    ProgressService progress;

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    Clock clock;

    /** Everything the process supervisor sees that Lumens co-owns or has been shared, by id. */
    private List<Long> sharedWith(String provider) {
        users.login("procesbegeleider");
        return queries.initiatives().stream()
                .map(r -> queries.initiative(r.id()))
                .filter(d ->
                        provider.equals(d.row().coOwner()) || d.sharedWith().contains(provider))
                .map(d -> d.row().id())
                .toList();
    }

    @Test
    void aanbiederSeesExactlyTheInitiativesSharedWithLumensAndNoInternalNotes() {
        long theme = fixtures.theme();
        long sharedHere = fixtures.initiative(theme, InitiativeStatus.RUNNING, 10, 1, null);
        agenda.share(sharedHere, queries.initiative(sharedHere).version(), Set.of(fixtures.provider("Lumens")));
        long notShared = fixtures.initiative(theme, InitiativeStatus.RUNNING, 10, 1, null);
        List<Long> expected = sharedWith("Lumens");
        assertThat(expected).contains(sharedHere).doesNotContain(notShared).hasSizeGreaterThan(3);

        users.login("aanbieder");
        List<InitiativeRow> seen = queries.initiatives();

        assertThat(seen).extracting(InitiativeRow::id).containsExactlyInAnyOrderElementsOf(expected);
        for (InitiativeRow row : seen) {
            InitiativeDetail detail = queries.initiative(row.id());
            assertThat(detail.internalNotes())
                    .as("internal notes of %s", row.title())
                    .isNull();
            assertThat(detail.mayEdit()).isFalse();
        }
        assertThat(queries.themes())
                .extracting(ThemeView::id)
                .containsExactlyInAnyOrderElementsOf(
                        seen.stream().map(InitiativeRow::themeId).distinct().toList());
        assertThatThrownBy(() -> queries.initiative(notShared)).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.rollup().getLast().initiatives()).isEqualTo(expected.size());
    }

    @Test
    void theProcessSupervisorReadsTheInternalNotes() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.IDEA, 0, 1, null);
        assertThat(queries.initiative(id).internalNotes())
                .isEqualTo("Alleen voor de gemeenten: budget is nog onzeker.");
    }

    @Test
    void aanbiederMeeSeesNoneOfLumensInitiatives() {
        List<Long> lumens = sharedWith("Lumens");
        List<Long> mee = sharedWith("MEE");
        assertThat(mee).isNotEmpty();

        users.login("aanbieder.mee");
        List<Long> seen = queries.initiatives().stream().map(InitiativeRow::id).toList();

        assertThat(seen).containsExactlyInAnyOrderElementsOf(mee).doesNotContainAnyElementsOf(lumens);
        for (long id : lumens) {
            if (!mee.contains(id)) {
                assertThatThrownBy(() -> queries.initiative(id)).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void aTrainerReachesNothingOfTheAgenda() {
        users.login("trainer");
        assertThat(queries.initiatives()).isEmpty();
        assertThat(queries.themes()).isEmpty();
    }

    @Test
    void whatChangedSinceADateListsTheTimelineOfVisibleInitiatives() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        progress.postUpdate(id, "<p>Startbijeenkomst gehouden.</p>", null, 20);
        assertThat(queries.changesSince(LocalDate.now(clock).minusDays(1))).anySatisfy(c -> {
            assertThat(c.initiativeId()).isEqualTo(id);
            assertThat(c.entry().text()).contains("Startbijeenkomst");
            assertThat(c.entry().newPercentage()).isEqualTo(20);
        });
        users.login("aanbieder");
        assertThat(queries.changesSince(LocalDate.now(clock).minusDays(1))).noneMatch(c -> c.initiativeId() == id);
    }
}
