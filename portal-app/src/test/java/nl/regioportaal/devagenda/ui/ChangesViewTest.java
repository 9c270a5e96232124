package nl.regioportaal.devagenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.Clock;
import java.time.LocalDate;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.devagenda.AgendaFixtures;
import nl.regioportaal.devagenda.AgendaModel.Change;
import nl.regioportaal.devagenda.InitiativeStatus;
import nl.regioportaal.devagenda.ProgressService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangesViewTest extends KaribuTest {

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    ProgressService progress;

    @Autowired
    Clock clock;

    @Test
    void theManagerSeesWhatChangedSinceTheDateAndAnEmptyPeriodLater() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        progress.postUpdate(id, "<p>Werkgroep is begonnen.</p>", null, 15);
        login("manager.leusden");
        ChangesView view = navigate(ChangesView.class);
        assertThat(GridKt._findAll(view.changes))
                .extracting(Change::initiativeId)
                .contains(id);

        type(view.since, LocalDate.now(clock).plusDays(1));
        assertThat(GridKt._findAll(view.changes)).isEmpty();
    }
}
