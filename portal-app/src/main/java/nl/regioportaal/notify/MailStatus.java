package nl.regioportaal.notify;

/** Where a mail stands. */
public enum MailStatus {
    /** To be sent (again) from {@code nextAttemptAt}. */
    PENDING,
    SENT,
    /** Every try failed; an administrator may retry it on {@code /beheer/e-mail}. */
    FAILED,
    /** Waits for the person's weekly digest. */
    DIGEST_WAITING,
    /** Went out in digest mail {@code digestId}. */
    IN_DIGEST
}
