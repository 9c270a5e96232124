package nl.regioportaal.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Someone else saved the same record after the user opened it; the UI explains and reloads. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String what, Throwable cause) {
        super("Concurrent edit of " + what, cause);
    }

    /** Refuses the change when the record's version is no longer the one the user started from. */
    public static void requireVersion(long current, long seen, String what, long id) {
        if (current != seen) {
            throw new ConcurrentEditException(what + " " + id, new ObjectOptimisticLockingFailureException(what, id));
        }
    }
}
