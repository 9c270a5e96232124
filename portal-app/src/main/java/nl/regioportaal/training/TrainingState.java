package nl.regioportaal.training;

/**
 * A person's one state for one course. Screen text comes from {@code training.state.NAME}; colours
 * only repeat what the text says.
 */
public enum TrainingState {
    NOT_REQUIRED,
    TO_DO,
    ENROLLED,
    VALID,
    EXPIRING,
    EXPIRED,
    OVERDUE;

    /** Counts as meeting the obligation (the certificate is still valid). */
    public boolean compliant() {
        return this == VALID || this == EXPIRING;
    }

    public String i18nKey() {
        return "training.state." + name();
    }
}
