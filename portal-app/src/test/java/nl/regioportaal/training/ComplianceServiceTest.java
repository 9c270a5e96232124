package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class ComplianceServiceTest extends ServiceTest {

    /** Statements for one overview page (rows + roll-ups), whatever the page size. */
    static final int MAX_STATEMENTS_PER_PAGE = 12;

    @Autowired
    ComplianceService compliance;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RegionService regionService;

    @Autowired
    Clock clock;

    /** Kept roll-ups are recounted after each change's commit, on another thread: wait for those. */
    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    RollupKeeper keeper;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    EnrolmentService enrolments;

    @Test
    void teamLeaderSeesExactlyOwnTeam() {
        PortalUser leader = users.login("teamleider.soest");
        ComplianceService.Page page = compliance.all(ComplianceService.Filter.none());
        String team =
                directory.team(leader.teamIds().iterator().next()).orElseThrow().name();
        long members =
                directory.activeMembersOf(leader.teamIds().iterator().next()).size();
        assertThat(page.rows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.teamName()).isEqualTo(team));
        assertThat(page.rows()).hasSize((int) members);
        assertThat(page.rollups())
                .extracting(ComplianceService.Rollup::level)
                .containsOnly(ComplianceService.Level.TEAM);
        assertThat(page.rollups()).extracting(ComplianceService.Rollup::name).containsExactly(team);
        assertThatThrownBy(() -> compliance.page(
                        new ComplianceService.Filter(null, otherTeam(leader).id(), null, Set.of(), false), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managerSeesExactlyOwnMunicipality() {
        PortalUser manager = users.login("manager.leusden");
        ComplianceService.Page page = compliance.all(ComplianceService.Filter.none());
        List<String> teams = directory.teamsOf(manager.municipalityId()).stream()
                .map(TeamRef::name)
                .toList();
        assertThat(page.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.municipalityName()).isEqualTo("Leusden");
            assertThat(teams).contains(r.teamName());
        });
        assertThat(page.rollups())
                .filteredOn(r -> r.level() == ComplianceService.Level.MUNICIPALITY)
                .extracting(ComplianceService.Rollup::name)
                .containsExactly("Leusden");
        assertThat(page.rollups())
                .extracting(ComplianceService.Rollup::level)
                .doesNotContain(ComplianceService.Level.REGION);
        long amersfoort = directory.municipalities().getFirst().id();
        assertThatThrownBy(() ->
                        compliance.page(new ComplianceService.Filter(amersfoort, null, null, Set.of(), false), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void processSupervisorSeesTheRegionAndRollupsAddUp() {
        users.login("procesbegeleider");
        ComplianceService.Page page = compliance.all(ComplianceService.Filter.none());
        assertThat(page.rows().stream()
                        .map(ComplianceService.Row::municipalityName)
                        .collect(Collectors.toSet()))
                .hasSize(7);
        ComplianceService.Rollup region = page.region();
        Map<ComplianceService.Level, List<ComplianceService.Rollup>> byLevel =
                page.rollups().stream().collect(Collectors.groupingBy(ComplianceService.Rollup::level));
        for (ComplianceService.Level level :
                List.of(ComplianceService.Level.TEAM, ComplianceService.Level.MUNICIPALITY)) {
            assertThat(byLevel.get(level).stream()
                            .mapToLong(ComplianceService.Rollup::required)
                            .sum())
                    .isEqualTo(region.required());
            assertThat(byLevel.get(level).stream()
                            .mapToLong(ComplianceService.Rollup::compliant)
                            .sum())
                    .isEqualTo(region.compliant());
        }
        // the matrix cells count the same as the roll-up
        long cells = page.rows().stream().mapToLong(r -> r.cells().size()).sum();
        long met = page.rows().stream()
                .flatMap(r -> r.cells().values().stream())
                .filter(c -> c.state().compliant())
                .count();
        assertThat(cells).isEqualTo(region.required());
        assertThat(met).isEqualTo(region.compliant());
        assertThat(region.counts()).containsKeys(TrainingState.VALID, TrainingState.EXPIRED, TrainingState.OVERDUE);
    }

    @Test
    void theBehindFilterKeepsWhoIsOverdueExpiredOrDueSoonAndTheTotals() {
        users.login("procesbegeleider");
        ComplianceService.Page everybody = compliance.all(ComplianceService.Filter.none());
        LocalDate soon = LocalDate.now(clock).plusDays(StatusRefresher.DUE_SOON_DAYS);
        Predicate<ComplianceService.Cell> behind = c -> c.state() == TrainingState.OVERDUE
                || c.state() == TrainingState.EXPIRED
                || c.state() == TrainingState.EXPIRING
                || (c.state() == TrainingState.TO_DO
                        && c.deadline() != null
                        && !c.deadline().isAfter(soon));
        List<Long> expected = everybody.rows().stream()
                .filter(r -> r.cells().values().stream().anyMatch(behind))
                .map(ComplianceService.Row::personId)
                .toList();
        long behindCells = everybody.rows().stream()
                .flatMap(r -> r.cells().values().stream())
                .filter(behind)
                .count();

        ComplianceService.Page filtered = compliance.all(ComplianceService.Filter.behindOnly());

        assertThat(expected).isNotEmpty().hasSizeLessThan(everybody.rows().size());
        assertThat(filtered.rows()).extracting(ComplianceService.Row::personId).containsExactlyElementsOf(expected);
        assertThat(filtered.totalRows()).isEqualTo(expected.size());
        // the totals still describe everybody in scope; the filter is counted next to them
        assertThat(filtered.region().required()).isEqualTo(everybody.region().required());
        assertThat(filtered.region().percent()).isEqualTo(everybody.region().percent());
        assertThat(filtered.region().matching()).isEqualTo(behindCells);
    }

    @Test
    void severalStatesAtOnceKeepWhoHasAnyOfThem() {
        users.login("procesbegeleider");
        Set<TrainingState> wanted = Set.of(TrainingState.EXPIRED, TrainingState.OVERDUE);
        ComplianceService.Page everybody = compliance.all(ComplianceService.Filter.none());
        List<Long> expected = everybody.rows().stream()
                .filter(r -> r.cells().values().stream().anyMatch(c -> wanted.contains(c.state())))
                .map(ComplianceService.Row::personId)
                .toList();
        ComplianceService.Page filtered = compliance.all(new ComplianceService.Filter(null, null, null, wanted, false));
        assertThat(filtered.rows()).extracting(ComplianceService.Row::personId).containsExactlyElementsOf(expected);
        Map<ComplianceService.Level, List<ComplianceService.Rollup>> byLevel =
                filtered.rollups().stream().collect(Collectors.groupingBy(ComplianceService.Rollup::level));
        assertThat(byLevel.get(ComplianceService.Level.TEAM).stream()
                        .mapToLong(ComplianceService.Rollup::matching)
                        .sum())
                .isEqualTo(filtered.region().matching())
                .isEqualTo(filtered.region().late());
    }

    @Test
    void rowsSortByNameTeamOrMunicipalityInTheDatabase() {
        users.login("procesbegeleider");
        ComplianceService.Filter none = ComplianceService.Filter.none();
        int n = (int) compliance.count(none);
        Comparator<String> dutch = String.CASE_INSENSITIVE_ORDER;
        List<ComplianceService.Row> byTeam =
                compliance.rows(none, new ComplianceService.Sort(ComplianceService.SortKey.TEAM, false), 0, n);
        assertThat(byTeam).extracting(ComplianceService.Row::teamName).isSortedAccordingTo(dutch);
        List<ComplianceService.Row> byMunicipalityDown =
                compliance.rows(none, new ComplianceService.Sort(ComplianceService.SortKey.MUNICIPALITY, true), 0, n);
        assertThat(byMunicipalityDown)
                .extracting(ComplianceService.Row::municipalityName)
                .isSortedAccordingTo(dutch.reversed());
        // a page further on continues the same order
        assertThat(compliance.rows(none, new ComplianceService.Sort(ComplianceService.SortKey.TEAM, false), 10, 5))
                .containsExactlyElementsOf(byTeam.subList(10, 15));
        assertThat(compliance.allRows(none, ComplianceService.Sort.BY_NAME))
                .containsExactlyElementsOf(compliance.all(none).rows());
    }

    @Test
    void aRenamedPersonShowsUnderTheNewNameAtOnce() {
        users.login("procesbegeleider");
        ComplianceService.Row someone = compliance
                .rows(ComplianceService.Filter.none(), ComplianceService.Sort.BY_NAME, 0, 1)
                .getFirst();
        users.login("admin");
        PersonForm form = regionService.getPerson(someone.personId());
        String before = form.getLastName();
        form.setLastName("Hernoemd-" + UUID.randomUUID().toString().substring(0, 6));
        try {
            regionService.savePerson(form);
            users.login("procesbegeleider");
            assertThat(compliance.all(ComplianceService.Filter.none()).rows())
                    .filteredOn(r -> r.personId() == someone.personId())
                    .singleElement()
                    .extracting(ComplianceService.Row::name)
                    .isEqualTo(form.getFirstName() + " " + form.getLastName());
        } finally {
            users.login("admin");
            PersonForm back = regionService.getPerson(someone.personId());
            back.setLastName(before);
            regionService.savePerson(back);
        }
    }

    @Test
    void startReadsTheKeptRollupAndItFollowsEachChange() {
        users.login("procesbegeleider");
        assertKeptEqualsCounted();
        // it is read from the kept table (no aggregate): a change there shows until the team is recounted
        ComplianceService.Rollup team = compliance.rollups(ComplianceService.Filter.none()).stream()
                .filter(r -> r.level() == ComplianceService.Level.TEAM)
                .findFirst()
                .orElseThrow();
        long before = compliance.scopeTotal().required();
        jdbc.update("update training_rollup set pairs = pairs + 1000 where team_id = ? limit 1", team.id());
        assertThat(compliance.scopeTotal().required()).isEqualTo(before + 1000);
        keeper.recount(Set.of(team.id()));
        assertThat(compliance.scopeTotal().required()).isEqualTo(before);

        // an enrolment changes a state: the kept roll-up follows once it is committed
        TrainingFixtures.CourseToDo toDo = TrainingFixtures.someoneWithACourseToDo(compliance, plans);
        ComplianceService.Row someone = toDo.person();
        long session = toDo.sessionId();
        long toDoBefore = compliance.scopeTotal().counts().getOrDefault(TrainingState.TO_DO, 0L);
        enrolments.enrol(session, someone.personId());
        inFlight.awaitRecorded();
        assertThat(compliance.scopeTotal().counts().getOrDefault(TrainingState.TO_DO, 0L))
                .isEqualTo(toDoBefore - 1);
        assertKeptEqualsCounted();
    }

    private void assertKeptEqualsCounted() {
        inFlight.awaitRecorded();
        ComplianceService.Rollup kept = compliance.scopeTotal();
        ComplianceService.Rollup counted =
                compliance.all(ComplianceService.Filter.none()).region();
        assertThat(kept.level()).isEqualTo(ComplianceService.Level.REGION);
        assertThat(kept.counts()).isEqualTo(counted.counts());
        assertThat(kept.percent()).isEqualTo(counted.percent());
    }

    @Test
    void professionalsAndTrainersHaveNoOverview() {
        users.login("wijkcoach.baarn");
        assertThatThrownBy(() -> compliance.page(ComplianceService.Filter.none(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        users.login("trainer");
        assertThatThrownBy(() -> compliance.page(ComplianceService.Filter.none(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOverviewPageTakesAFixedNumberOfStatementsWhateverItsSize() {
        users.login("procesbegeleider");
        long small = statements(10);
        long large = statements(200);
        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    /** Counted by MariaDB itself on the one connection of the transaction (no proxy, nothing mocked). */
    private long statements(int pageSize) {
        return tx.execute(s -> {
            long before = questions();
            compliance.page(ComplianceService.Filter.none(), 0, pageSize);
            return questions() - before - 1;
        });
    }

    private long questions() {
        return jdbc.queryForObject("show session status like 'Questions'", (rs, i) -> rs.getLong(2));
    }

    private TeamRef otherTeam(PortalUser leader) {
        return directory.teams().stream()
                .filter(t -> !leader.teamIds().contains(t.id()))
                .findFirst()
                .orElseThrow();
    }
}
