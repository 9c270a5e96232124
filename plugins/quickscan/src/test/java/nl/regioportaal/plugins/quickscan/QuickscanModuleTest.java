package nl.regioportaal.plugins.quickscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.plugins.testkit.TestPluginContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quickscan's share of a staff member's AVG export and erasure (plugin API 1.4.0), on its own schema. */
class QuickscanModuleTest {

    private final QuickscanModule module = new QuickscanModule();
    private TestPluginContext context;
    private QuickscanStore store;

    @BeforeEach
    void start() {
        context = TestPluginContext.forPlugin("quickscan");
        module.start(context);
        store = new QuickscanStore(context.database());
    }

    @Test
    void theExportNamesTheRoundsAPersonTookPartInButNotTheirMarks() {
        store.answer("2026-Q2", 7, 11, 2, marks(6));
        store.answer("2026-Q3", 7, 11, 2, marks(8));
        store.answer("2026-Q3", 8, 11, 2, marks(4));

        assertThat(module.exportPersonalData(7))
                .isEqualTo(Map.of(
                        "roundsTakenPart",
                        List.of(Map.of("round", "2026-Q2", "teamId", 11L), Map.of("round", "2026-Q3", "teamId", 11L))));
        assertThat(module.exportPersonalData(9)).isEmpty();
    }

    @Test
    void erasureForgetsThatThePersonTookPartAndKeepsTheTeamsAnonymousMarks() {
        store.answer("2026-Q3", 7, 11, 2, marks(8));
        store.answer("2026-Q3", 8, 11, 2, marks(4));

        module.erasePersonalData(7);
        module.erasePersonalData(7);

        assertThat(store.hasAnswered("2026-Q3", 7, 11)).isFalse();
        assertThat(store.hasAnswered("2026-Q3", 8, 11)).isTrue();
        assertThat(store.answerCount("2026-Q3", 11)).isEqualTo(2);
        assertThat(module.exportPersonalData(7)).isEmpty();
    }

    private static Map<Dimension, Integer> marks(int mark) {
        Map<Dimension, Integer> marks = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            marks.put(d, mark);
        }
        return marks;
    }
}
