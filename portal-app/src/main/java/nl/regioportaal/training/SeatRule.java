package nl.regioportaal.training;

import java.util.Map;

/**
 * Whether a seat of a session is free for someone of a municipality: the pure rule, without the
 * database (its callers hold the session lock while they ask). Reserved (quota) seats are for their
 * municipality until released; the rest is open to all, and a municipality that has used its quota
 * competes for those.
 */
final class SeatRule {

    private SeatRule() {}

    /** The rule for a session entity (loaded under its lock, or for a preview). */
    static boolean seatFree(CourseSession s, Long municipalityId, Map<Long, Long> taken) {
        return seatFree(s.getSeats(), s.isQuotaReleased(), s.getQuotas(), municipalityId, taken);
    }

    /**
     * @param seats the session's seats
     * @param quotaReleased whether the reserved seats are open to everybody by now
     * @param quotas reserved seats per municipality
     * @param municipalityId the municipality of the person asking (null: none)
     * @param taken seats taken per municipality (a null key for people without one)
     */
    static boolean seatFree(
            int seats, boolean quotaReleased, Map<Long, Integer> quotas, Long municipalityId, Map<Long, Long> taken) {
        if (total(taken) >= seats) {
            return false;
        }
        if (quotaReleased || quotas.isEmpty()) {
            return true;
        }
        int reserved = quotas.values().stream().mapToInt(Integer::intValue).sum();
        long general = seats - reserved;
        long generalUsed = 0;
        for (Map.Entry<Long, Long> t : taken.entrySet()) {
            int q = t.getKey() == null ? 0 : quotas.getOrDefault(t.getKey(), 0);
            generalUsed += Math.max(0, t.getValue() - q);
        }
        int myQuota = municipalityId == null ? 0 : quotas.getOrDefault(municipalityId, 0);
        if (taken.getOrDefault(municipalityId, 0L) < myQuota) {
            return true;
        }
        return generalUsed < general;
    }

    static long total(Map<Long, Long> taken) {
        return taken.values().stream().mapToLong(Long::longValue).sum();
    }
}
