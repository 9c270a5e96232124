package nl.regioportaal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.regioportaal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo region is Eemland as the articles describe it, with every documented demo account. */
@PortalTest
class DemoDataSeederTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The demo's teams as the articles describe Eemland: 13 in Amersfoort, 7 in the six smaller municipalities. */
    private static final List<String> DEMO_TEAMS = List.of(
            "Wijkteam Centrum",
            "Wijkteam Noord",
            "Wijkteam Kruiskamp",
            "Wijkteam Liendert",
            "Wijkteam Rustenburg",
            "Wijkteam Schothorst",
            "Wijkteam Zielhorst",
            "Wijkteam Kattenbroek",
            "Wijkteam Nieuwland",
            "Wijkteam Vathorst",
            "Wijkteam Hoogland",
            "Wijkteam Schuilenburg",
            "Wijkteam Soesterkwartier",
            "Sociaal team Baarn",
            "Sociaal team Bunschoten",
            "Sociaal team Eemnes",
            "Sociaal team Leusden",
            "Sociaal team Soest",
            "Sociaal team Woudenberg",
            "Jeugdteam Soest en Eemnes");

    /*
     * Other tests add teams and people to the same database (with other names and e-mail domains), so
     * each count below is of the demo's own rows: its teams by name, its staff by the demo's domains.
     */
    @Test
    void eemlandHasItsMunicipalitiesTeamsAndStaff() {
        assertThat(jdbc.queryForList("select name from region", String.class)).containsExactly("Eemland");
        assertThat(jdbc.queryForList(
                        "select concat(name, ' ', code) from municipality where code like 'GM%' order by name",
                        String.class))
                .containsExactly(
                        "Amersfoort GM0307",
                        "Baarn GM0308",
                        "Bunschoten GM0313",
                        "Eemnes GM0317",
                        "Leusden GM0327",
                        "Soest GM0342",
                        "Woudenberg GM0351");
        List<Map<String, Object>> teams = jdbc.queryForList(
                "select t.name, m.name municipality, t.kind from team t join municipality m on m.id = t.municipality_id"
                        + " where t.name in ("
                        + String.join(",", DEMO_TEAMS.stream().map(n -> "?").toList()) + ")",
                DEMO_TEAMS.toArray());
        assertThat(teams).hasSize(20);
        assertThat(teams)
                .filteredOn(t -> t.get("municipality").equals("Amersfoort"))
                .extracting(t -> t.get("name"))
                .containsExactlyInAnyOrderElementsOf(DEMO_TEAMS.subList(0, 13));
        assertThat(teams)
                .filteredOn(t -> t.get("kind").equals("YOUTH"))
                .extracting(t -> t.get("name") + " in " + t.get("municipality"))
                .containsExactly("Jeugdteam Soest en Eemnes in Soest");
        assertThat(count("select count(distinct p.id) from person p join person_role r on r.person_id = p.id"
                        + " where r.role = 'PROFESSIONAL' and p.email like '%@eemland.example'"))
                .isEqualTo(250);
        // every demo team has exactly one demo leader, every municipality exactly one demo manager
        for (String team : DEMO_TEAMS) {
            assertThat(count("select count(*) from team t join person_team pt on pt.team_id = t.id"
                            + " join person p on p.id = pt.person_id and p.email like '%@eemland.example'"
                            + " join person_role r on r.person_id = p.id and r.role = 'TEAM_LEADER' where t.name = '"
                            + team.replace("'", "''") + "'"))
                    .as("leaders of %s", team)
                    .isOne();
        }
        assertThat(jdbc.queryForList(
                        "select m.name from person p join person_role r on r.person_id = p.id and r.role = 'MANAGER'"
                                + " join municipality m on m.id = p.municipality_id where p.email like '%@eemland.example'"
                                + " order by m.name",
                        String.class))
                .containsExactly("Amersfoort", "Baarn", "Bunschoten", "Eemnes", "Leusden", "Soest", "Woudenberg");
        assertThat(jdbc.queryForList(
                        "select o.name from person p join provider_organisation o on o.id = p.provider_id"
                                + " where p.email like '%@aanbieder.example' order by o.name",
                        String.class))
                .containsExactly("GGD regio Utrecht", "Lumens", "MEE", "Zuidzorg");
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
