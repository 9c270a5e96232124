-- Minutes of forum meetings: attendance, decisions numbered per forum and year (TLO-2027-014),
-- actions with an owner and a due date that persist across meetings, commitments made to others
-- (toezeggingen), and the review round's comments and amendments.

CREATE TABLE meeting_attendance (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT  NOT NULL DEFAULT 0,
    meeting_id BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    present    BOOLEAN NOT NULL,
    CONSTRAINT uk_attendance UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row per forum and year, locked while a number is drawn: numbers stay unique and gap-free
-- when two secretaries record a decision at the same moment.
CREATE TABLE decision_counter (
    forum_id    BIGINT NOT NULL,
    year        INT    NOT NULL,
    last_number INT    NOT NULL,
    PRIMARY KEY (forum_id, year),
    CONSTRAINT fk_counter_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE forum_decision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    forum_id    BIGINT        NOT NULL,
    meeting_id  BIGINT        NOT NULL,
    item_id     BIGINT        NOT NULL,
    year        INT           NOT NULL,
    number      INT           NOT NULL,
    reference   VARCHAR(30)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    CONSTRAINT uk_decision_number UNIQUE (forum_id, year, number),
    CONSTRAINT uk_decision_reference UNIQUE (reference),
    CONSTRAINT fk_decision_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE FULLTEXT INDEX ft_decision_text ON forum_decision (text);

CREATE TABLE forum_action (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    forum_id        BIGINT        NOT NULL,
    meeting_id      BIGINT        NOT NULL,
    item_id         BIGINT        NULL,
    kind            VARCHAR(20)   NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    owner_person_id BIGINT        NULL,
    owner_name      VARCHAR(150)  NULL,
    to_whom         VARCHAR(150)  NULL,
    due_date        DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    status_note     VARCHAR(1000) NULL,
    CONSTRAINT fk_action_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE SET NULL,
    CONSTRAINT ck_action_owner CHECK (owner_person_id IS NOT NULL OR owner_name IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_action_forum_status ON forum_action (forum_id, status, due_date);
CREATE INDEX ix_action_owner ON forum_action (owner_person_id, status);

CREATE TABLE minutes_comment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    meeting_id BIGINT        NOT NULL,
    item_id    BIGINT        NULL,
    person_id  BIGINT        NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    amendment  BOOLEAN       NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_comment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
