package nl.regioportaal.forum;

/** Items every agenda gets by itself: approving the previous minutes, and the open action list. */
public enum StandingItem {
    PREVIOUS_MINUTES,
    ACTION_LIST
}
