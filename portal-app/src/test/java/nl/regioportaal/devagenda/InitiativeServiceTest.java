package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDetail;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDraft;
import nl.regioportaal.devagenda.AgendaModel.ThemeRollup;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class InitiativeServiceTest extends ServiceTest {

    @Autowired
    InitiativeService agenda;

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    Clock clock;

    @Autowired
    ProgressService progress;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Acceptance: the process supervisor creates a theme and initiatives, shares one with Lumens, adds
     * milestones; the roll-up counts per status and weighs the progress, leaving the stopped one out:
     * (50×1 + 20×3 + 0×1) / (1 + 3 + 1) = 22 %, not (… + 90×2) / 7.
     */
    @Test
    void theRollupCountsPerStatusAndWeighsProgressWithoutTheStoppedInitiatives() {
        long theme = fixtures.theme();
        long shared = fixtures.initiative(theme, InitiativeStatus.RUNNING, 50, 1, null);
        fixtures.initiative(theme, InitiativeStatus.RUNNING, 20, 3, null);
        fixtures.initiative(theme, InitiativeStatus.STOPPED, 90, 2, null);
        fixtures.initiative(theme, InitiativeStatus.IDEA, 0, 1, null);
        agenda.share(shared, queries.initiative(shared).version(), Set.of(fixtures.provider("Lumens")));
        LocalDate today = LocalDate.now(clock);
        agenda.addMilestone(shared, "Plan klaar", today.minusDays(3));
        long done = agenda.addMilestone(shared, "Start gemaakt", today.minusDays(10));
        agenda.setMilestoneDone(done, true);
        agenda.addMilestone(shared, "Evaluatie", today.plusMonths(2));

        ThemeRollup rollup = queries.rollup().stream()
                .filter(r -> Long.valueOf(theme).equals(r.themeId()))
                .findFirst()
                .orElseThrow();

        assertThat(rollup.perStatus())
                .containsEntry(InitiativeStatus.RUNNING, 2)
                .containsEntry(InitiativeStatus.STOPPED, 1)
                .containsEntry(InitiativeStatus.IDEA, 1)
                .containsEntry(InitiativeStatus.PREPARATION, 0)
                .containsEntry(InitiativeStatus.EVALUATED, 0);
        assertThat(rollup.initiatives()).isEqualTo(4);
        assertThat(rollup.weightedProgress()).isEqualTo(22.0);
        assertThat(rollup.lateMilestones()).isEqualTo(1);
        assertThat(queries.initiative(shared).sharedWith()).containsExactly("Lumens");
    }

    @Test
    void aThemeWithOnlyStoppedInitiativesHasNoWeightedProgress() {
        long theme = fixtures.theme();
        fixtures.initiative(theme, InitiativeStatus.STOPPED, 40, 1, null);
        ThemeRollup rollup = queries.rollup().stream()
                .filter(r -> Long.valueOf(theme).equals(r.themeId()))
                .findFirst()
                .orElseThrow();
        assertThat(rollup.weightedProgress()).isNull();
        assertThat(rollup.perStatus()).containsEntry(InitiativeStatus.STOPPED, 1);
    }

    @Test
    void badInputIsRefusedPerFieldInDutchKeysAndNothingIsSaved() {
        long theme = fixtures.theme();
        int before = queries.initiatives().size();
        InitiativeDraft bad = new InitiativeDraft(
                theme,
                " ",
                "<p>Cliënt met BSN 111222333</p>",
                fixtures.municipality("Amersfoort"),
                null,
                Set.of(),
                Set.of(),
                InitiativeStatus.RUNNING,
                120,
                0,
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 4, 1),
                "javascript:alert(1)",
                null);

        assertThatThrownBy(() -> agenda.createInitiative(bad))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("title", "devagenda.error.title")
                                .containsEntry("description", "devagenda.error.privacy")
                                .containsEntry("percentage", "devagenda.error.percentage")
                                .containsEntry("weight", "devagenda.error.weight")
                                .containsEntry("end", "devagenda.error.period")
                                .containsEntry("links", "devagenda.error.links"));
        assertThat(queries.initiatives()).hasSize(before);
    }

    @Test
    void aConcurrentEditIsRefusedAndTheOtherChangeKept() {
        long theme = fixtures.theme();
        long id = fixtures.initiative(theme, InitiativeStatus.IDEA, 0, 1, null);
        InitiativeDetail read = queries.initiative(id);
        InitiativeDraft first = fixtures.draft(theme, "Eerste versie", InitiativeStatus.PREPARATION, 10, 1, null);
        agenda.updateInitiative(id, read.version(), first);

        InitiativeDraft second = fixtures.draft(theme, "Tweede versie", InitiativeStatus.RUNNING, 30, 1, null);
        assertThatThrownBy(() -> agenda.updateInitiative(id, read.version(), second))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.initiative(id).row().title()).isEqualTo("Eerste versie");
    }

    /** Following is no edit: someone clicking "Volgen" while the owner edits does not make the owner's save stale. */
    @Test
    void someoneFollowingMeanwhileDoesNotRefuseTheOwnersSave() {
        long theme = fixtures.theme();
        long id = fixtures.initiative(theme, InitiativeStatus.IDEA, 0, 1, null);
        long leusden = fixtures.personOf("manager.leusden");
        InitiativeDetail read = queries.initiative(id);

        follow(id, "manager.leusden");
        users.login("procesbegeleider");
        agenda.updateInitiative(
                id, read.version(), fixtures.draft(theme, "Na het volgen", InitiativeStatus.PREPARATION, 10, 1, null));

        assertThat(queries.initiative(id).row().title()).isEqualTo("Na het volgen");
        assertThat(followers(id)).contains(leusden);
    }

    /** Two owners share at once: the second, from the version before the first, is refused; the first stays. */
    @Test
    void sharingFromAStaleVersionIsRefusedAndTheOtherOwnersChoiceKept() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        long seen = queries.initiative(id).version();
        agenda.share(id, seen, Set.of(fixtures.provider("Lumens")));

        assertThatThrownBy(() -> agenda.share(id, seen, Set.of(fixtures.provider("MEE"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.initiative(id).sharedWith()).containsExactly("Lumens");
    }

    @Test
    void descriptionsAreSanitisedWhenSaved() {
        long theme = fixtures.theme();
        InitiativeDraft draft =
                fixtures.draft(theme, AgendaFixtures.unique("Schoon"), InitiativeStatus.IDEA, 0, 1, null);
        long id = agenda.createInitiative(new InitiativeDraft(
                draft.themeId(),
                draft.title(),
                "<p onclick=\"x()\">Samen <script>alert(1)</script><b>sterk</b></p>",
                draft.ownerMunicipalityId(),
                null,
                Set.of(),
                Set.of(),
                draft.status(),
                draft.percentage(),
                draft.weight(),
                null,
                null,
                null,
                null));
        assertThat(queries.initiative(id).description())
                .contains("Samen", "<b>sterk</b>")
                .doesNotContain("script", "alert", "onclick");
    }

    @Test
    void aManagerOwnsOnlyTheInitiativesOfTheirMunicipality() {
        long theme = fixtures.theme();
        long amersfoort = fixtures.initiative(theme, InitiativeStatus.IDEA, 0, 1, null);
        users.login("manager.leusden");
        assertThatThrownBy(() ->
                        agenda.share(amersfoort, queries.initiative(amersfoort).version(), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.createInitiative(fixtures.draft(
                        theme, AgendaFixtures.unique("Niet van Leusden"), InitiativeStatus.IDEA, 0, 1, null)))
                .isInstanceOf(AccessDeniedException.class);
        InitiativeDraft own =
                fixtures.draft(theme, AgendaFixtures.unique("Van Leusden"), InitiativeStatus.IDEA, 0, 1, null);
        long id = agenda.createInitiative(new InitiativeDraft(
                own.themeId(),
                own.title(),
                null,
                fixtures.municipality("Leusden"),
                null,
                Set.of(),
                Set.of(),
                own.status(),
                own.percentage(),
                own.weight(),
                null,
                null,
                null,
                null));
        assertThat(queries.initiative(id).mayEdit()).isTrue();
    }

    /** Withdrawing a share ends the following of that provider's representatives; other followers stay. */
    @Test
    void unsharingEndsTheFollowingOfTheProviderThatLostSight() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        agenda.share(
                id, queries.initiative(id).version(), Set.of(fixtures.provider("MEE"), fixtures.provider("Lumens")));
        long mee = fixtures.personOf("aanbieder.mee");
        long lumens = fixtures.personOf("aanbieder");
        follow(id, "aanbieder.mee");
        follow(id, "aanbieder");
        assertThat(followers(id)).contains(mee, lumens);

        users.login("procesbegeleider");
        agenda.share(id, queries.initiative(id).version(), Set.of(fixtures.provider("Lumens")));

        assertThat(followers(id)).contains(lumens).doesNotContain(mee);
        agenda.share(id, queries.initiative(id).version(), Set.of());
        assertThat(followers(id)).doesNotContain(mee, lumens);
    }

    /** A provider that is no longer co-owner (and not shared with) stops following; the new co-owner may follow. */
    @Test
    void aChangedCoOwnerEndsTheFollowingOfTheFormerCoOwner() {
        long theme = fixtures.theme();
        long id = fixtures.initiative(theme, InitiativeStatus.RUNNING, 10, 1, fixtures.provider("MEE"));
        long mee = fixtures.personOf("aanbieder.mee");
        long supervisor = fixtures.personOf("procesbegeleider");
        follow(id, "aanbieder.mee");
        assertThat(followers(id)).contains(mee, supervisor);

        users.login("procesbegeleider");
        InitiativeDetail read = queries.initiative(id);
        agenda.updateInitiative(
                id,
                read.version(),
                fixtures.draft(
                        theme, read.row().title(), InitiativeStatus.RUNNING, 20, 1, fixtures.provider("Lumens")));

        assertThat(followers(id)).contains(supervisor).doesNotContain(mee);
    }

    private void follow(long id, String username) {
        users.login(username);
        progress.follow(id);
    }

    private List<Long> followers(long id) {
        return jdbc.queryForList("select person_id from devagenda_follower where initiative_id = ?", Long.class, id);
    }

    @Test
    void onlyRegionWideStaffManageThemes() {
        users.login("manager.leusden");
        assertThatThrownBy(fixtures::themeAsCurrentUser).isInstanceOf(AccessDeniedException.class);
    }
}
