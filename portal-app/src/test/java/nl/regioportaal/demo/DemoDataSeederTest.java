package nl.regioportaal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioportaal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo region is Eemland as the articles describe it, with every documented demo account. */
@PortalTest
class DemoDataSeederTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eemlandHasItsMunicipalitiesTeamsAndStaff() {
        assertThat(jdbc.queryForList("select name from region", String.class)).containsExactly("Eemland");
        assertThat(count("select count(*) from municipality")).isEqualTo(7);
        assertThat(
                        count(
                                "select count(*) from team t join municipality m on m.id = t.municipality_id where m.name = 'Amersfoort' and t.name like 'Wijkteam %'"))
                .isEqualTo(13);
        assertThat(count("select count(*) from team where name like 'Sociaal team %' or name like 'Jeugdteam %'"))
                .isEqualTo(7);
        assertThat(count("select count(*) from team where kind = 'YOUTH'")).isEqualTo(1);
        assertThat(
                        count(
                                "select count(distinct p.id) from person p join person_role r on r.person_id = p.id where r.role = 'PROFESSIONAL' and p.email like '%@eemland.example'"))
                .isBetween(240L, 260L);
        // every team has a leader, every municipality a manager
        assertThat(
                        count(
                                "select count(*) from team t where not exists (select 1 from person_team pt join person_role r on r.person_id = pt.person_id and r.role = 'TEAM_LEADER' where pt.team_id = t.id)"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from municipality m where not exists (select 1 from person p join person_role r on r.person_id = p.id and r.role = 'MANAGER' where p.municipality_id = m.id)"))
                .isZero();
        assertThat(count("select count(*) from person where provider_id is not null"))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyDemoAccountExistsWithTheDocumentedRole() {
        List<String> accounts = List.of(
                "procesbegeleider:PROCESS_SUPERVISOR",
                "teamleider.soest:TEAM_LEADER",
                "wijkcoach.baarn:PROFESSIONAL",
                "manager.leusden:MANAGER",
                "aanbieder:PROVIDER",
                "trainer:TRAINER",
                "beheer.amersfoort:MUNICIPALITY_ADMIN",
                "admin:ADMIN");
        for (String entry : accounts) {
            String[] parts = entry.split(":");
            assertThat(jdbc.queryForList(
                            "select r.role from account a join person_role r on r.person_id = a.person_id where a.username = ?",
                            String.class,
                            parts[0]))
                    .as(parts[0])
                    .contains(parts[1]);
        }
        assertThat(jdbc.queryForObject(
                        "select m.name from account a join person p on p.id = a.person_id join municipality m on m.id = p.municipality_id where a.username = 'wijkcoach.baarn'",
                        String.class))
                .isEqualTo("Baarn");
        assertThat(jdbc.queryForObject(
                        "select m.name from account a join person p on p.id = a.person_id join municipality m on m.id = p.municipality_id where a.username = 'manager.leusden'",
                        String.class))
                .isEqualTo("Leusden");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void anExternalDatabaseIsSeededOnlyWhenAsked() {
        assertThat(DemoDataSeeder.wanted("auto", true)).isTrue();
        assertThat(DemoDataSeeder.wanted("auto", false)).isFalse();
        assertThat(DemoDataSeeder.wanted("true", false)).isTrue();
        assertThat(DemoDataSeeder.wanted("false", true)).isFalse();
    }
}
