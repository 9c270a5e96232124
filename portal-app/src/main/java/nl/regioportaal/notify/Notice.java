package nl.regioportaal.notify;

import java.time.Instant;

/** A notice as its recipient sees it. */
public record Notice(long id, String kind, String subject, String body, String link, Instant createdAt, boolean read) {}
