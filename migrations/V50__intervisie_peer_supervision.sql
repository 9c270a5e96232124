-- Peer supervision ("intervisie"): groups with members and a rotating or fixed (possibly external)
-- facilitator, a library of methods whose versions are kept (a planned session keeps the version it
-- was planned with), sessions with proposed roles, attendance answers, case questions and votes, the
-- live phase timer (the phase start is stored, so every node and every reload shows the same
-- remaining time), the minute taker's notes, evaluations and the log of what retention deleted.
-- People belong to the region module: referenced by id only. Local date-times are Amsterdam wall
-- time; instants (TIMESTAMP) are UTC.

CREATE TABLE peer_group (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    name                   VARCHAR(150) NOT NULL,
    facilitation           VARCHAR(10)  NOT NULL,
    facilitator_person_id  BIGINT       NULL,
    retention_days         INT          NOT NULL DEFAULT 30,
    CONSTRAINT uk_peer_group_name UNIQUE (name),
    CONSTRAINT ck_peer_group_retention CHECK (retention_days BETWEEN 1 AND 365),
    CONSTRAINT ck_peer_group_fixed CHECK (facilitation = 'ROTATING' OR facilitator_person_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE peer_group_member (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT NOT NULL DEFAULT 0,
    group_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    CONSTRAINT uk_peer_group_member UNIQUE (group_id, person_id),
    CONSTRAINT fk_peer_group_member_group FOREIGN KEY (group_id) REFERENCES peer_group (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_peer_group_member_person ON peer_group_member (person_id);
CREATE INDEX ix_peer_group_facilitator ON peer_group (facilitator_person_id);

CREATE TABLE peer_method (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    code          VARCHAR(40)  NOT NULL,
    retired       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_peer_method_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every edit of a method is a new version; sessions point at the version they were planned with.
CREATE TABLE peer_method_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    method_id      BIGINT        NOT NULL,
    number         INT           NOT NULL,
    name_nl        VARCHAR(100)  NOT NULL,
    name_en        VARCHAR(100)  NOT NULL,
    group_chooses  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_peer_method_version UNIQUE (method_id, number),
    CONSTRAINT fk_peer_method_version_method FOREIGN KEY (method_id) REFERENCES peer_method (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE peer_method_phase (
    method_version_id BIGINT        NOT NULL,
    position          INT           NOT NULL,
    name_nl           VARCHAR(100)  NOT NULL,
    name_en           VARCHAR(100)  NOT NULL,
    minutes           INT           NOT NULL,
    speaker           VARCHAR(30)   NOT NULL,
    instruction_nl    VARCHAR(1000) NOT NULL,
    instruction_en    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (method_version_id, position),
    CONSTRAINT ck_peer_method_phase_minutes CHECK (minutes BETWEEN 1 AND 120),
    CONSTRAINT fk_peer_method_phase_version FOREIGN KEY (method_version_id) REFERENCES peer_method_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE peer_session (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                  BIGINT       NOT NULL DEFAULT 0,
    group_id                 BIGINT       NOT NULL,
    method_version_id        BIGINT       NOT NULL,
    starts_at                DATETIME(0)  NOT NULL,
    ends_at                  DATETIME(0)  NOT NULL,
    place                    VARCHAR(200),
    case_bringer_person_id   BIGINT       NULL,
    minute_taker_person_id   BIGINT       NULL,
    facilitator_person_id    BIGINT       NULL,
    overridden_roles         VARCHAR(60)  NOT NULL DEFAULT '',
    status                   VARCHAR(10)  NOT NULL,
    phase_index              INT          NOT NULL DEFAULT 0,
    phase_started_at         TIMESTAMP(6) NULL,
    paused_at                TIMESTAMP(6) NULL,
    phase_extra_seconds      INT          NOT NULL DEFAULT 0,
    chosen_case_id           BIGINT       NULL,
    agreements               VARCHAR(4000),
    lesson                   VARCHAR(2000),
    lesson_kept              BOOLEAN      NOT NULL DEFAULT FALSE,
    notes_override_reason    VARCHAR(300),
    purged_at                TIMESTAMP(6) NULL,
    CONSTRAINT fk_peer_session_group FOREIGN KEY (group_id) REFERENCES peer_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_peer_session_method FOREIGN KEY (method_version_id) REFERENCES peer_method_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_peer_session_group ON peer_session (group_id, starts_at);

CREATE TABLE peer_session_rsvp (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    session_id BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    answer     VARCHAR(10) NOT NULL,
    CONSTRAINT uk_peer_session_rsvp UNIQUE (session_id, person_id),
    CONSTRAINT fk_peer_session_rsvp_session FOREIGN KEY (session_id) REFERENCES peer_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE peer_case (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    session_id       BIGINT        NOT NULL,
    author_person_id BIGINT        NOT NULL,
    question         VARCHAR(1000) NOT NULL,
    override_reason  VARCHAR(300),
    CONSTRAINT uk_peer_case_author UNIQUE (session_id, author_person_id),
    CONSTRAINT fk_peer_case_session FOREIGN KEY (session_id) REFERENCES peer_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE peer_case_vote (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT NOT NULL DEFAULT 0,
    session_id BIGINT NOT NULL,
    case_id    BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    CONSTRAINT uk_peer_case_vote UNIQUE (session_id, person_id),
    CONSTRAINT fk_peer_case_vote_case FOREIGN KEY (case_id) REFERENCES peer_case (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE peer_evaluation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    session_id BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    score      INT          NOT NULL,
    remark     VARCHAR(300),
    CONSTRAINT uk_peer_evaluation UNIQUE (session_id, person_id),
    CONSTRAINT ck_peer_evaluation_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT fk_peer_evaluation_session FOREIGN KEY (session_id) REFERENCES peer_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What retention deleted, without content: counts and when.
CREATE TABLE peer_purge_log (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    session_id       BIGINT       NOT NULL,
    purged_at        TIMESTAMP(6) NOT NULL,
    cases_deleted    INT          NOT NULL,
    votes_deleted    INT          NOT NULL,
    notes_deleted    BOOLEAN      NOT NULL,
    lesson_kept      BOOLEAN      NOT NULL
) ENGINE = InnoDB;
