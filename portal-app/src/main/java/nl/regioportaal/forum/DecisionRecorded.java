package nl.regioportaal.forum;

import java.time.LocalDate;

/**
 * Published when the minutes record a decision, so that other modules (the development agenda)
 * can follow up on what they proposed without the forum knowing them: {@code proposalId} is the
 * member proposal the item came from, or null.
 */
public record DecisionRecorded(
        long forumId,
        long meetingId,
        long itemId,
        Long proposalId,
        String reference,
        String text,
        LocalDate meetingDate) {}
