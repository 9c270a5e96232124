package nl.regioportaal.intervisie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fair rotation of a session's roles. Every role goes to an available member (not absent, no other
 * role in this session) who has had that role least often so far; among those, to who had it
 * longest ago, then in member order. The whole set of roles is chosen at once (at most 10·9·8
 * combinations), so the choice for one role never makes another role unfair when a fair choice for
 * both exists. Roles set by hand (and a fixed facilitator) are taken as given, and count in the
 * history like any other turn.
 */
final class Rotation {

    private Rotation() {}

    /**
     * @param members    the group's members, in member order
     * @param history    the roles of the group's earlier sessions, oldest first
     * @param absent     who said they will not come
     * @param toFill     the roles the rotation proposes
     * @param given      roles already decided (overrides, a fixed facilitator); their holders get no other role
     * @return the proposal for {@code toFill}; a role stays out when nobody is left for it
     */
    static Map<PeerRole, Long> propose(
            List<Long> members,
            List<Map<PeerRole, Long>> history,
            Set<Long> absent,
            Collection<PeerRole> toFill,
            Map<PeerRole, Long> given) {
        Map<PeerRole, Map<Long, Integer>> counts = new EnumMap<>(PeerRole.class);
        Map<PeerRole, Map<Long, Integer>> lastTurn = new EnumMap<>(PeerRole.class);
        for (PeerRole role : PeerRole.values()) {
            counts.put(role, new HashMap<>());
            lastTurn.put(role, new HashMap<>());
        }
        for (int i = 0; i < history.size(); i++) {
            for (var e : history.get(i).entrySet()) {
                counts.get(e.getKey()).merge(e.getValue(), 1, Integer::sum);
                lastTurn.get(e.getKey()).put(e.getValue(), i);
            }
        }
        List<Long> candidates = members.stream()
                .filter(m -> !absent.contains(m) && !given.containsValue(m))
                .toList();
        List<PeerRole> roles =
                toFill.stream().filter(r -> !given.containsKey(r)).toList();
        Search search = new Search(roles, candidates, counts, lastTurn);
        search.run(0, new ArrayList<>(), new HashSet<>());
        Map<PeerRole, Long> proposal = new EnumMap<>(PeerRole.class);
        for (int i = 0; i < roles.size(); i++) {
            Long person = search.best.get(i);
            if (person != null) {
                proposal.put(roles.get(i), person);
            }
        }
        return proposal;
    }

    /** Tries every way to give the roles to distinct candidates and keeps the fairest. */
    private static final class Search {
        final List<PeerRole> roles;
        final List<Long> candidates;
        final Map<PeerRole, Map<Long, Integer>> counts;
        final Map<PeerRole, Map<Long, Integer>> lastTurn;
        List<Long> best;
        long[] bestScore;

        Search(
                List<PeerRole> roles,
                List<Long> candidates,
                Map<PeerRole, Map<Long, Integer>> counts,
                Map<PeerRole, Map<Long, Integer>> lastTurn) {
            this.roles = roles;
            this.candidates = candidates;
            this.counts = counts;
            this.lastTurn = lastTurn;
        }

        void run(int roleIndex, List<Long> chosen, Set<Long> used) {
            if (roleIndex == roles.size()) {
                long[] score = score(chosen);
                if (bestScore == null || compare(score, bestScore) < 0) {
                    best = new ArrayList<>(chosen);
                    bestScore = score;
                }
                return;
            }
            boolean anyFree = false;
            for (Long c : candidates) {
                if (used.add(c)) {
                    anyFree = true;
                    chosen.add(c);
                    run(roleIndex + 1, chosen, used);
                    chosen.removeLast();
                    used.remove(c);
                }
            }
            if (!anyFree) {
                chosen.add(null);
                run(roleIndex + 1, chosen, used);
                chosen.removeLast();
            }
        }

        /**
         * Lower is fairer: unfilled roles, then distance above the least-served, then turns in the
         * role, then roles of any kind so far (who had fewer turns altogether goes first, which keeps
         * every role fair in the sessions to come), then recency, then member order.
         */
        long[] score(List<Long> chosen) {
            long unfilled = 0;
            long unfairness = 0;
            long turns = 0;
            long load = 0;
            long recency = 0;
            long order = 0;
            for (int i = 0; i < roles.size(); i++) {
                Long p = chosen.get(i);
                if (p == null) {
                    unfilled++;
                    continue;
                }
                Map<Long, Integer> c = counts.get(roles.get(i));
                int least = candidates.stream()
                        .mapToInt(x -> c.getOrDefault(x, 0))
                        .min()
                        .orElse(0);
                unfairness += c.getOrDefault(p, 0) - least;
                turns += c.getOrDefault(p, 0);
                for (PeerRole any : PeerRole.values()) {
                    load += counts.get(any).getOrDefault(p, 0);
                }
                recency += lastTurn.get(roles.get(i)).getOrDefault(p, -1) + 1;
                order = order * 16 + candidates.indexOf(p);
            }
            return new long[] {unfilled, unfairness, turns, load, recency, order};
        }

        static int compare(long[] a, long[] b) {
            for (int i = 0; i < a.length; i++) {
                int c = Long.compare(a[i], b[i]);
                if (c != 0) return c;
            }
            return 0;
        }
    }
}
