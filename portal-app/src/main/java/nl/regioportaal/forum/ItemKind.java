package nl.regioportaal.forum;

/** What an agenda item asks of the meeting. A consent item ("hamerstuk") is decided without discussion. */
public enum ItemKind {
    INFORMATION,
    DISCUSSION,
    DECISION,
    CONSENT
}
