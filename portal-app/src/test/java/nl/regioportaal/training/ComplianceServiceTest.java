package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.RegionDirectory;
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
                        new ComplianceService.Filter(null, otherTeam(leader).id(), null, null), 0, 10))
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
        assertThatThrownBy(() -> compliance.page(new ComplianceService.Filter(amersfoort, null, null, null), 0, 10))
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
