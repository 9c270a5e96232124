-- Spring Modulith's event publication registry (JPA): one row per event and listener, written in the
-- publishing transaction; completed when the listener succeeded. Rows left incomplete (the listener
-- failed or the node died) are published again at the next start. Created here, never by Hibernate.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(8000) NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6)  NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMP(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_event_publication_open ON event_publication (completion_date, publication_date);
