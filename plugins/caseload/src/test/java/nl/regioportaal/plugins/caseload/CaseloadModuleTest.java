package nl.regioportaal.plugins.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.regioportaal.plugins.testkit.TestPluginContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caseload plugin's share of a staff member's AVG export (plugin API 1.4.0), on its own schema. */
class CaseloadModuleTest {

    private final CaseloadModule module = new CaseloadModule();
    private CaseloadStore store;

    @BeforeEach
    void start() {
        TestPluginContext context = TestPluginContext.forPlugin("caseload");
        module.start(context);
        store = new CaseloadStore(context.database());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportNamesTheFiguresAPersonEnteredAndTheWeightsTheySet() {
        store.saveFigures(11, 2, YearMonth.of(2026, 9), 1, 2, 3, 7);
        store.saveFigures(12, 2, YearMonth.of(2026, 9), 1, 2, 3, 8);
        store.setWeights(2, new Weights(new BigDecimal("0.50"), new BigDecimal("1.00"), new BigDecimal("3.00")), 7);

        Map<String, Object> export = module.exportPersonalData(7);

        assertThat(export).containsEntry("figuresEntered", List.of(Map.of("teamId", 11L, "month", "2026-09")));
        List<Map<String, Object>> weights = (List<Map<String, Object>>) export.get("weightsSet");
        assertThat(weights)
                .extracting(w -> w.get("municipalityId") + " " + w.get("complexity") + " " + w.get("weight"))
                .containsExactly("2 heavy 3.00", "2 light 0.50", "2 medium 1.00");
        assertThat(module.exportPersonalData(9)).isEmpty();
    }
}
