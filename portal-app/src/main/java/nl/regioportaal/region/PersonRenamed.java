package nl.regioportaal.region;

/**
 * A person's display name changed. Published inside the transaction that renamed them, so modules
 * that keep the name in a read model (the training overview) show the new name as soon as it is
 * committed, not after their nightly refresh.
 */
public record PersonRenamed(long personId, String displayName) {}
