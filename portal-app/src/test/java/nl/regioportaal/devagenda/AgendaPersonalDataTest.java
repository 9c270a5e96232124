package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.regioportaal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaPersonalDataTest extends ServiceTest {

    @Autowired
    AgendaPersonalData personalData;

    @Autowired
    ProgressService progress;

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaFixtures fixtures;

    @Test
    void exportListsFollowsAndEntriesAndErasureKeepsTheEntriesWithoutTheAuthor() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, fixtures.provider("Lumens"));
        long person = users.login("aanbieder").personId();
        progress.follow(id);
        progress.postUpdate(id, "<p>Wij zijn gestart.</p>", null, null);
        String title = queries.initiative(id).row().title();

        Map<?, ?> export = (Map<?, ?>) personalData.export(person);
        assertThat(export.get("following").toString()).contains(title);
        assertThat(export.get("timelineEntries").toString()).contains("Wij zijn gestart.");

        personalData.erase(person);

        assertThat(queries.initiative(id).following()).isFalse();
        assertThat(queries.initiative(id).timeline()).anySatisfy(e -> {
            assertThat(e.text()).contains("Wij zijn gestart.");
            assertThat(e.author()).isNull();
        });
    }
}
