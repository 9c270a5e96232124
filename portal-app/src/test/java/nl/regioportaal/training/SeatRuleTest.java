package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pure seat rule, without Spring or a database: one row per case. */
class SeatRuleTest {

    static final long AMERSFOORT = 1, BAARN = 2, SOEST = 3;

    static Stream<Arguments> cases() {
        return Stream.of(
                // seats, released, quotas, who, taken, free?, why
                row(4, false, Map.of(), BAARN, Map.of(), true, "empty session without quotas"),
                row(4, false, Map.of(), BAARN, taken(null, 3L), true, "one seat left, no quotas"),
                row(4, false, Map.of(), BAARN, taken(null, 4L), false, "full"),
                row(0, false, Map.of(), BAARN, Map.of(), false, "no seats at all"),
                row(
                        4,
                        false,
                        Map.of(AMERSFOORT, 2),
                        BAARN,
                        taken(BAARN, 2L),
                        false,
                        "general seats used, rest reserved"),
                row(4, false, Map.of(AMERSFOORT, 2), AMERSFOORT, taken(BAARN, 2L), true, "own quota still free"),
                row(4, false, Map.of(AMERSFOORT, 2), BAARN, taken(BAARN, 1L), true, "one general seat left"),
                row(
                        4,
                        false,
                        Map.of(AMERSFOORT, 2),
                        AMERSFOORT,
                        taken(AMERSFOORT, 2L, BAARN, 1L),
                        true,
                        "quota used: competes for the general seat left"),
                row(
                        6,
                        false,
                        Map.of(AMERSFOORT, 2, SOEST, 2),
                        AMERSFOORT,
                        taken(AMERSFOORT, 4L),
                        false,
                        "quota and general seats used by its own overflow: Soest's reserved seats stay free"),
                row(
                        4,
                        false,
                        Map.of(AMERSFOORT, 2),
                        null,
                        taken(BAARN, 1L),
                        true,
                        "someone without a municipality takes a general seat"),
                row(
                        4,
                        false,
                        Map.of(AMERSFOORT, 2),
                        null,
                        taken(null, 2L),
                        false,
                        "general seats used by people without one"),
                row(
                        4,
                        true,
                        Map.of(AMERSFOORT, 2),
                        BAARN,
                        taken(BAARN, 2L),
                        true,
                        "released: reserved seats open to all"),
                row(4, true, Map.of(AMERSFOORT, 2), BAARN, taken(BAARN, 4L), false, "released but full"),
                row(
                        6,
                        false,
                        Map.of(AMERSFOORT, 2, SOEST, 2),
                        SOEST,
                        taken(AMERSFOORT, 2L, BAARN, 2L),
                        true,
                        "two quotas: Soest's own still free"),
                row(
                        6,
                        false,
                        Map.of(AMERSFOORT, 2, SOEST, 2),
                        BAARN,
                        taken(AMERSFOORT, 1L, BAARN, 2L),
                        false,
                        "two quotas: the two general seats used"));
    }

    @ParameterizedTest(name = "{6}")
    @MethodSource("cases")
    void seatFree(
            int seats,
            boolean released,
            Map<Long, Integer> quotas,
            Long who,
            Map<Long, Long> taken,
            boolean expected,
            String why) {
        assertThat(SeatRule.seatFree(seats, released, quotas, who, taken))
                .as(why)
                .isEqualTo(expected);
    }

    private static Arguments row(
            int seats,
            boolean released,
            Map<Long, Integer> quotas,
            Long who,
            Map<Long, Long> taken,
            boolean free,
            String why) {
        return Arguments.of(seats, released, quotas, who, taken, free, why);
    }

    /** Seats taken per municipality; a null key for people without one (Map.of refuses null keys). */
    private static Map<Long, Long> taken(Object... municipalityThenCount) {
        Map<Long, Long> taken = new HashMap<>();
        for (int i = 0; i < municipalityThenCount.length; i += 2) {
            taken.put((Long) municipalityThenCount[i], (Long) municipalityThenCount[i + 1]);
        }
        return taken;
    }
}
