package nl.regioportaal.plugins.quickscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickscanStoreTest {

    @Test
    void roundIsTheQuarter() {
        assertThat(QuickscanStore.round(LocalDate.of(2026, 1, 1))).isEqualTo("2026-Q1");
        assertThat(QuickscanStore.round(LocalDate.of(2026, 11, 30))).isEqualTo("2026-Q4");
    }

    @Test
    void averageCountsEachTeamOnce() {
        var a = new QuickscanStore.TeamResult(
                1,
                1,
                5,
                Map.of(
                        Dimension.HELP,
                        6.0,
                        Dimension.MONEY,
                        6.0,
                        Dimension.CLIENT,
                        6.0,
                        Dimension.NEIGHBOURHOOD,
                        6.0,
                        Dimension.TEAM,
                        6.0));
        var b = new QuickscanStore.TeamResult(
                2,
                1,
                50,
                Map.of(
                        Dimension.HELP,
                        8.0,
                        Dimension.MONEY,
                        8.0,
                        Dimension.CLIENT,
                        8.0,
                        Dimension.NEIGHBOURHOOD,
                        8.0,
                        Dimension.TEAM,
                        8.0));
        assertThat(QuickscanStore.average(List.of(a, b))).containsEntry(Dimension.HELP, 7.0);
    }
}
