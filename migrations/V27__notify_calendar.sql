-- A person's calendar items (training sessions now; meetings and peer-supervision sessions later): the
-- source of the invitations' SEQUENCE and of the personal feed. One row per event and person; the UID
-- is stable, the sequence goes up on every change.
CREATE TABLE notify_calendar_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    uid                 VARCHAR(200)  NOT NULL,
    item_ref            VARCHAR(120)  NOT NULL,
    person_id           BIGINT        NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    location            VARCHAR(500)  NULL,
    url                 VARCHAR(500)  NULL,
    slots               VARCHAR(2000) NOT NULL,
    sequence_no         INT           NOT NULL DEFAULT 0,
    cancelled           BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_notify_calendar_uid UNIQUE (uid),
    CONSTRAINT uk_notify_calendar_item UNIQUE (item_ref, person_id),
    CONSTRAINT fk_notify_calendar_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The personal feed: only a hash of the token is kept (the token is a password for the feed).
CREATE TABLE notify_feed_token (
    person_id  BIGINT       NOT NULL PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_notify_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_notify_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Wrong feed tokens per address, counted in the database so the limit holds across nodes.
CREATE TABLE notify_feed_miss (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    address  VARCHAR(64)  NOT NULL,
    missed_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB;
CREATE INDEX ix_notify_feed_miss ON notify_feed_miss (address, missed_at);
