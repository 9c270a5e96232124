package nl.regioportaal.forum;

/**
 * What became of an item the meeting did not reach: moved (it leaves these minutes with a note and
 * continues elsewhere) or duplicated (it stays in these minutes as discussed and comes back).
 */
public enum CarryOver {
    MOVED,
    DUPLICATED
}
