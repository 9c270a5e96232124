package nl.regioportaal.forum;

/** The sections an agenda is built from, in their usual order; screen names {@code forum.section.NAME}. */
public enum SectionKind {
    OPENING,
    WORK_MEETING,
    PARTNER_DIALOGUE,
    PEER_SUPERVISION,
    OTHER_BUSINESS,
    CLOSING
}
