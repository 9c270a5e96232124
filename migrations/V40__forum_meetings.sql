-- Team-leaders forum and its sister forums: forums with members (chair, secretary, member,
-- adviser), meeting series, meetings with an agenda of sections and items, a backlog per forum,
-- guests invited to one meeting or one section, attendance answers and member proposals.
-- People belong to the region module: referenced by id only. Local date-times are Amsterdam wall
-- time (see "Time" in docs/architecture.md); instants are UTC.

CREATE TABLE forum (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    code               VARCHAR(10)  NOT NULL,
    name               VARCHAR(150) NOT NULL,
    description        VARCHAR(2000),
    auto_publish_days  INT          NULL,
    CONSTRAINT uk_forum_code UNIQUE (code),
    CONSTRAINT uk_forum_name UNIQUE (name),
    CONSTRAINT ck_forum_auto_publish CHECK (auto_publish_days IS NULL OR auto_publish_days BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_member (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT      NOT NULL DEFAULT 0,
    forum_id  BIGINT      NOT NULL,
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    CONSTRAINT uk_forum_member UNIQUE (forum_id, person_id),
    CONSTRAINT fk_forum_member_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_forum_member_person ON forum_member (person_id);

CREATE TABLE meeting_series (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    forum_id         BIGINT       NOT NULL,
    title            VARCHAR(150) NOT NULL,
    first_start      DATETIME(0)  NOT NULL,
    duration_minutes INT          NOT NULL,
    rrule            VARCHAR(200) NOT NULL,
    until_date       DATE         NOT NULL,
    place            VARCHAR(200),
    online_link      VARCHAR(500),
    CONSTRAINT fk_series_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT ck_series_duration CHECK (duration_minutes BETWEEN 15 AND 720)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The series' template agenda: sections in order.
CREATE TABLE meeting_series_section (
    series_id BIGINT      NOT NULL,
    position  INT         NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    PRIMARY KEY (series_id, position),
    CONSTRAINT fk_series_section_series FOREIGN KEY (series_id) REFERENCES meeting_series (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE meeting (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    forum_id         BIGINT       NOT NULL,
    series_id        BIGINT       NULL,
    title            VARCHAR(150) NOT NULL,
    starts_at        DATETIME(0)  NOT NULL,
    ends_at          DATETIME(0)  NOT NULL,
    place            VARCHAR(200),
    online_link      VARCHAR(500),
    status           VARCHAR(20)  NOT NULL,
    published_at     TIMESTAMP(6) NULL,
    review_deadline  DATE         NULL,
    CONSTRAINT fk_meeting_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id) ON DELETE SET NULL,
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_forum_start ON meeting (forum_id, starts_at);

CREATE TABLE agenda_section (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    meeting_id BIGINT      NOT NULL,
    kind       VARCHAR(30) NOT NULL,
    position   INT         NOT NULL,
    CONSTRAINT fk_section_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_section_meeting ON agenda_section (meeting_id, position);

-- An item is on a meeting's agenda (meeting + section) or in its forum's backlog (neither).
CREATE TABLE agenda_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    forum_id            BIGINT        NOT NULL,
    meeting_id          BIGINT        NULL,
    section_id          BIGINT        NULL,
    position            INT           NOT NULL DEFAULT 0,
    title               VARCHAR(200)  NOT NULL,
    explanation         TEXT,
    presenter           VARCHAR(150),
    duration_minutes    INT           NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    confidential        BOOLEAN       NOT NULL DEFAULT FALSE,
    standing            VARCHAR(20)   NULL,
    outcome             VARCHAR(20)   NULL,
    carried_from_id     BIGINT        NULL,
    forwarded_from_id   BIGINT        NULL,
    forwarded_to_id     BIGINT        NULL,
    minutes_notes       TEXT,
    CONSTRAINT fk_item_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_section FOREIGN KEY (section_id) REFERENCES agenda_section (id) ON DELETE CASCADE,
    CONSTRAINT ck_item_duration CHECK (duration_minutes BETWEEN 0 AND 480),
    CONSTRAINT ck_item_placed CHECK ((meeting_id IS NULL) = (section_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_item_section ON agenda_item (section_id, position);
CREATE INDEX ix_item_backlog ON agenda_item (forum_id, meeting_id);

CREATE TABLE meeting_guest (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    section_id BIGINT NULL,
    CONSTRAINT uk_meeting_guest UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_guest_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_guest_section FOREIGN KEY (section_id) REFERENCES agenda_section (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_guest_person ON meeting_guest (person_id);

CREATE TABLE meeting_rsvp (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    meeting_id  BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    answer      VARCHAR(10)  NOT NULL,
    substitute  VARCHAR(150),
    CONSTRAINT uk_meeting_rsvp UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_rsvp_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_proposal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    forum_id            BIGINT       NOT NULL,
    meeting_id          BIGINT       NULL,
    proposer_person_id  BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    explanation         TEXT,
    duration_minutes    INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    reason              VARCHAR(1000),
    item_id             BIGINT       NULL,
    proposed_at         TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_proposal_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE SET NULL,
    CONSTRAINT fk_proposal_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_proposal_forum_status ON agenda_proposal (forum_id, status);
