package nl.regioportaal.devagenda;

/** Where an initiative stands; a stopped one no longer counts in the weighted progress. Screen names: {@code devagenda.status.NAME}. */
public enum InitiativeStatus {
    IDEA,
    PREPARATION,
    RUNNING,
    EVALUATED,
    STOPPED
}
