-- Regional training plan ("regionaal scholingsplan"): plans, courses with their audience, sessions
-- with dates and municipality quotas, enrolments with waiting list, attendance and completions.
-- People, teams and municipalities belong to the region module: referenced by id only.

CREATE TABLE training_plan (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    plan_year    INT          NOT NULL,
    title        VARCHAR(150) NOT NULL,
    published    BOOLEAN      NOT NULL DEFAULT FALSE,
    published_at TIMESTAMP(6) NULL,
    CONSTRAINT uk_training_plan_year UNIQUE (plan_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course (
    id                           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                      BIGINT        NOT NULL DEFAULT 0,
    plan_id                      BIGINT        NOT NULL,
    title                        VARCHAR(200)  NOT NULL,
    description                  VARCHAR(4000),
    hours                        DECIMAL(5, 1) NOT NULL,
    provider                     VARCHAR(200),
    mandatory                    BOOLEAN       NOT NULL,
    validity_months              INT           NULL,
    deadline_date                DATE          NULL,
    deadline_months_after_start  INT           NULL,
    CONSTRAINT fk_course_plan FOREIGN KEY (plan_id) REFERENCES training_plan (id),
    CONSTRAINT uk_course_title UNIQUE (plan_id, title),
    CONSTRAINT ck_course_hours CHECK (hours >= 0),
    CONSTRAINT ck_course_validity CHECK (validity_months IS NULL OR validity_months > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Audience of a mandatory course: roles x team kinds x municipalities (no municipality rows = all).
CREATE TABLE course_audience_role (
    course_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (course_id, role),
    CONSTRAINT fk_course_role_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE course_audience_team_kind (
    course_id BIGINT      NOT NULL,
    team_kind VARCHAR(20) NOT NULL,
    PRIMARY KEY (course_id, team_kind),
    CONSTRAINT fk_course_kind_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE course_audience_municipality (
    course_id       BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, municipality_id),
    CONSTRAINT fk_course_mun_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE course_session (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    course_id           BIGINT        NOT NULL,
    place               VARCHAR(300),
    online_link         VARCHAR(500),
    trainer_person_id   BIGINT        NULL,
    trainer_name        VARCHAR(200),
    seats               INT           NOT NULL,
    starts_at           DATETIME(0)   NOT NULL,
    cancel_cutoff_days  INT           NOT NULL DEFAULT 2,
    quota_release_days  INT           NOT NULL DEFAULT 14,
    quota_released      BOOLEAN       NOT NULL DEFAULT FALSE,
    cancelled           BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_session_seats CHECK (seats >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_session_course ON course_session (course_id, starts_at);
CREATE INDEX ix_session_start ON course_session (starts_at);

-- One row per day part of a session.
CREATE TABLE session_date (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    session_id BIGINT      NOT NULL,
    starts_at  DATETIME(0) NOT NULL,
    ends_at    DATETIME(0) NOT NULL,
    CONSTRAINT fk_session_date_session FOREIGN KEY (session_id) REFERENCES course_session (id) ON DELETE CASCADE,
    CONSTRAINT ck_session_date_order CHECK (ends_at > starts_at)
) ENGINE = InnoDB;
CREATE INDEX ix_session_date_session ON session_date (session_id, starts_at);

CREATE TABLE session_quota (
    session_id      BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    seats           INT    NOT NULL,
    PRIMARY KEY (session_id, municipality_id),
    CONSTRAINT fk_session_quota_session FOREIGN KEY (session_id) REFERENCES course_session (id) ON DELETE CASCADE,
    CONSTRAINT ck_session_quota_seats CHECK (seats >= 0)
) ENGINE = InnoDB;

-- open_marker is 1 while the enrolment is open (seat or waiting list) and NULL otherwise, so the
-- unique key allows any number of closed enrolments but only one open one per person and course.
CREATE TABLE enrolment (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    session_id           BIGINT       NOT NULL,
    course_id            BIGINT       NOT NULL,
    person_id            BIGINT       NOT NULL,
    municipality_id      BIGINT       NULL,
    status               VARCHAR(20)  NOT NULL,
    open_marker          INT          NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    enrolled_by_person_id BIGINT      NOT NULL,
    reminded             BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uk_enrolment_open UNIQUE (person_id, course_id, open_marker)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_enrolment_session ON enrolment (session_id, status, id);
CREATE INDEX ix_enrolment_person ON enrolment (person_id, status);

CREATE TABLE attendance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    enrolment_id    BIGINT      NOT NULL,
    session_date_id BIGINT      NOT NULL,
    state           VARCHAR(20) NOT NULL,
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_date FOREIGN KEY (session_date_id) REFERENCES session_date (id) ON DELETE CASCADE,
    CONSTRAINT uk_attendance UNIQUE (enrolment_id, session_date_id)
) ENGINE = InnoDB;

-- Every completion is kept (history); the latest one decides validity.
CREATE TABLE completion (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT NOT NULL DEFAULT 0,
    person_id      BIGINT NOT NULL,
    course_id      BIGINT NOT NULL,
    enrolment_id   BIGINT NULL,
    completed_on   DATE   NOT NULL,
    valid_until    DATE   NULL,
    CONSTRAINT fk_completion_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uk_completion_enrolment UNIQUE (enrolment_id)
) ENGINE = InnoDB;
CREATE INDEX ix_completion_person ON completion (person_id, course_id, completed_on);

-- Read model for the compliance overview, written only by the status computation
-- (TrainingStatusRules via StatusRefresher): who is in which team, and each person's state per
-- mandatory course. Not edited by users, so no version column.
CREATE TABLE training_member (
    person_id       BIGINT       NOT NULL PRIMARY KEY,
    display_name    VARCHAR(260) NOT NULL,
    municipality_id BIGINT       NULL,
    team_id         BIGINT       NULL,
    -- number of mandatory courses that apply: people with none are no row of the overview
    required_count  INT          NOT NULL DEFAULT 0,
    start_date      DATE         NULL,
    refreshed_on    DATE         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_training_member_scope ON training_member (municipality_id, team_id, display_name);
CREATE INDEX ix_training_member_team ON training_member (team_id, display_name);
CREATE INDEX ix_training_member_name ON training_member (display_name, person_id);

-- team_id and municipality_id repeat the member's, so the roll-ups are one scan of a covering index.
CREATE TABLE training_status (
    person_id       BIGINT      NOT NULL,
    course_id       BIGINT      NOT NULL,
    municipality_id BIGINT      NULL,
    team_id         BIGINT      NULL,
    state           VARCHAR(20) NOT NULL,
    deadline      DATE        NULL,
    valid_until   DATE        NULL,
    notified_key  VARCHAR(20) NULL,
    PRIMARY KEY (person_id, course_id),
    CONSTRAINT fk_training_status_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_training_status_course ON training_status (course_id, state);
CREATE INDEX ix_training_status_rollup ON training_status (municipality_id, team_id, state, course_id);
