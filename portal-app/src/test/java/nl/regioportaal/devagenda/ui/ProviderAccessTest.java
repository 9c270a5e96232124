package nl.regioportaal.devagenda.ui;

import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.region.ui.MunicipalitiesView;
import nl.regioportaal.region.ui.PeopleView;
import nl.regioportaal.region.ui.TeamsView;
import nl.regioportaal.training.ui.ComplianceView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance: provider representatives are refused the training overview, the administration, peer
 * supervision, and any forum meeting they are not invited to (the demo's managers' forum meetings) —
 * route by route.
 */
class ProviderAccessTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void providersAreRefusedTheTrainingOverviewAdministrationAndMeetingsTheyAreNotInvitedTo() {
        long managersMeeting = jdbc.queryForObject(
                "select min(m.id) from meeting m join forum f on f.id = m.forum_id where f.code = 'MO'", Long.class);
        long peerGroup = jdbc.queryForObject("select min(id) from peer_group", Long.class);
        for (String account : new String[] {"aanbieder", "aanbieder.mee"}) {
            login(account);
            navigate(StartView.class);
            assertRefused(ComplianceView.class);
            assertRefused(PeopleView.class);
            assertRefused(TeamsView.class);
            assertRefused(MunicipalitiesView.class);
            assertRefused("beheer/plugins");
            assertRefused("beheer/taken");
            assertRefused("overleg/vergadering/" + managersMeeting);
            assertRefused("intervisie");
            assertRefused("intervisie/groep/" + peerGroup);
        }
    }
}
