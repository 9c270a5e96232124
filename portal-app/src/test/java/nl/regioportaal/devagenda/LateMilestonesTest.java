package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LateMilestonesTest extends ServiceTest {

    @Autowired
    LateMilestones late;

    @Autowired
    InitiativeService agenda;

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    NoticesInFlight notices;

    @Autowired
    Clock clock;

    @Test
    void followersHearOfALateMilestoneOnceHoweverOftenTheJobRuns() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        agenda.addMilestone(id, "Plan van aanpak", LocalDate.now(clock).minusDays(2));
        agenda.addMilestone(id, "Nog niet", LocalDate.now(clock).plusDays(2));
        String title = queries.initiative(id).row().title();
        long supervisor = fixtures.personOf("procesbegeleider");

        late.tellFollowers();
        late.tellFollowers();

        assertThat(notices.noticesOf(supervisor, AgendaNotices.MILESTONE_LATE))
                .filteredOn(n -> n.subject().equals("Mijlpaal te laat: " + title))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Plan van aanpak"));
    }
}
