package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rotation's promises, over many schedules: 8 sessions, 6 members, two of them absent each time
 * (chosen at random per session, 500 seeds): one role per person per session, nobody absent gets a
 * role, and nobody gets a role again while a member who is there and free has had it fewer times.
 */
class RotationTest {

    static final List<Long> MEMBERS = List.of(1L, 2L, 3L, 4L, 5L, 6L);

    @ParameterizedTest(name = "rotating facilitator: {0}")
    @ValueSource(booleans = {true, false})
    void overManySchedulesNobodyGetsARoleTwiceBeforeEveryAvailableMemberHadIt(boolean rotating) {
        for (int seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            List<Map<PeerRole, Long>> history = new ArrayList<>();
            for (int session = 0; session < 8; session++) {
                Set<Long> absent = twoAbsent(random);
                Set<PeerRole> toFill = rotating
                        ? EnumSet.allOf(PeerRole.class)
                        : EnumSet.of(PeerRole.CASE_BRINGER, PeerRole.MINUTE_TAKER);
                Map<PeerRole, Long> given = new EnumMap<>(PeerRole.class);
                if (!rotating) {
                    given.put(PeerRole.FACILITATOR, 6L);
                }
                Map<PeerRole, Long> roles = new EnumMap<>(given);
                roles.putAll(Rotation.propose(MEMBERS, history, absent, toFill, given));

                String where = "seed " + seed + ", session " + (session + 1) + ", absent " + absent;
                assertThat(roles).as(where).containsKeys(PeerRole.CASE_BRINGER, PeerRole.MINUTE_TAKER);
                assertThat(new HashSet<>(roles.values()))
                        .as("one role per person, " + where)
                        .hasSameSizeAs(roles.values());
                Set<Long> absentWithRole = new HashSet<>(absent);
                absentWithRole.removeIf(p -> !roles.containsValue(p) || given.containsValue(p));
                assertThat(absentWithRole).as("absent with a role, " + where).isEmpty();
                for (var e : roles.entrySet()) {
                    if (given.containsKey(e.getKey())) {
                        continue;
                    }
                    int had = count(history, e.getKey(), e.getValue());
                    for (long other : MEMBERS) {
                        boolean availableAndFree = !absent.contains(other) && !roles.containsValue(other);
                        if (availableAndFree) {
                            assertThat(count(history, e.getKey(), other))
                                    .as("%s had %s fewer times than %s, %s", other, e.getKey(), e.getValue(), where)
                                    .isGreaterThanOrEqualTo(had);
                        }
                    }
                }
                if (!rotating) {
                    assertThat(roles.get(PeerRole.FACILITATOR))
                            .as("fixed facilitator, " + where)
                            .isEqualTo(6L);
                }
                history.add(roles);
            }
        }
    }

    @Test
    void withoutAbsencesEveryoneHasEachRoleOnceInTheFirstSixSessions() {
        List<Map<PeerRole, Long>> history = new ArrayList<>();
        for (int session = 0; session < 6; session++) {
            history.add(Rotation.propose(MEMBERS, history, Set.of(), EnumSet.allOf(PeerRole.class), Map.of()));
        }
        for (PeerRole role : PeerRole.values()) {
            assertThat(history.stream().map(h -> h.get(role)).toList())
                    .as(role.name())
                    .containsExactlyInAnyOrderElementsOf(MEMBERS);
        }
    }

    @Test
    void aRoleSetByHandCountsAsThatPersonsTurn() {
        // member 4 was made case bringer by hand in the first session
        List<Map<PeerRole, Long>> history = new ArrayList<>();
        history.add(Rotation.propose(
                MEMBERS, history, Set.of(), EnumSet.allOf(PeerRole.class), Map.of(PeerRole.CASE_BRINGER, 4L)));
        history.getFirst().put(PeerRole.CASE_BRINGER, 4L);
        for (int session = 1; session < 6; session++) {
            Map<PeerRole, Long> roles =
                    Rotation.propose(MEMBERS, history, Set.of(), EnumSet.allOf(PeerRole.class), Map.of());
            assertThat(roles.get(PeerRole.CASE_BRINGER))
                    .as("session " + (session + 1))
                    .isNotEqualTo(4L);
            history.add(roles);
        }
    }

    @Test
    void withTooFewPeopleARoleStaysOpenRatherThanDoubled() {
        Map<PeerRole, Long> roles =
                Rotation.propose(MEMBERS, List.of(), Set.of(1L, 2L, 3L, 4L), EnumSet.allOf(PeerRole.class), Map.of());
        assertThat(roles).hasSize(2);
        assertThat(new HashSet<>(roles.values())).containsExactlyInAnyOrder(5L, 6L);
    }

    private static Set<Long> twoAbsent(Random random) {
        List<Long> shuffled = new ArrayList<>(MEMBERS);
        Collections.shuffle(shuffled, random);
        return Set.of(shuffled.get(0), shuffled.get(1));
    }

    private static int count(List<Map<PeerRole, Long>> history, PeerRole role, long person) {
        Map<Long, Integer> counts = new HashMap<>();
        history.forEach(h -> {
            Long p = h.get(role);
            if (p != null) counts.merge(p, 1, Integer::sum);
        });
        return counts.getOrDefault(person, 0);
    }
}
