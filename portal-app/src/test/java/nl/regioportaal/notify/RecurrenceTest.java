package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    @Test
    void aWeeklySeriesKeepsTwoOClockLocalAcrossTheEndOfSummerTime() {
        // summer time ends on Sunday 25 October 2026 in the Netherlands
        LocalDateTime first = LocalDateTime.of(2026, 10, 13, 14, 0);
        List<LocalDateTime> starts = Recurrence.starts(first, "FREQ=WEEKLY;COUNT=4", LocalDate.of(2026, 12, 31));
        assertThat(starts).containsExactly(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
        assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(14, 0)));
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        assertThat(starts.get(1).atZone(amsterdam).getOffset().getTotalSeconds())
                .isEqualTo(7200);
        assertThat(starts.get(2).atZone(amsterdam).getOffset().getTotalSeconds())
                .isEqualTo(3600);
    }

    @Test
    void anOpenSeriesStopsAtTheGivenDay() {
        LocalDateTime first = LocalDateTime.of(2027, 1, 4, 9, 30);
        assertThat(Recurrence.starts(first, "FREQ=WEEKLY;INTERVAL=2", LocalDate.of(2027, 2, 15)))
                .containsExactly(first, first.plusWeeks(2), first.plusWeeks(4), first.plusWeeks(6));
    }
}
