package nl.regioportaal.shared;

/** Someone else saved the same record after the user opened it; the UI explains and reloads. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String what, Throwable cause) {
        super("Concurrent edit of " + what, cause);
    }
}
