-- Audit trail, continued (see V76): the training plan, enrolments and plugin installations.
-- Not audited (so no columns here): enrolment.open_marker and .reminded, plugin_installation's
-- failure columns (the portal's own bookkeeping), a session's quotas, and plugin archives (blobs).

CREATE TABLE training_plan_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT,
    plan_year    INT,
    title        VARCHAR(150),
    published    BOOLEAN,
    published_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_training_plan_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_aud (
    id                              BIGINT        NOT NULL,
    rev                             BIGINT        NOT NULL,
    revtype                         TINYINT,
    plan_id                         BIGINT,
    title                           VARCHAR(200),
    description                     VARCHAR(4000),
    hours                           DECIMAL(5, 1),
    provider                        VARCHAR(200),
    provider_id                     BIGINT,
    mandatory                       BOOLEAN,
    validity_months                 INT,
    deadline_date                   DATE,
    deadline_months_after_start     INT,
    peer_supervision_hours_per_year INT,
    requires_approval               BOOLEAN,
    approval_hold_days              INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_course_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_audience_role_aud (
    rev       BIGINT      NOT NULL,
    revtype   TINYINT     NOT NULL,
    course_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (rev, revtype, course_id, role),
    CONSTRAINT fk_course_audience_role_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE course_audience_team_kind_aud (
    rev       BIGINT      NOT NULL,
    revtype   TINYINT     NOT NULL,
    course_id BIGINT      NOT NULL,
    team_kind VARCHAR(20) NOT NULL,
    PRIMARY KEY (rev, revtype, course_id, team_kind),
    CONSTRAINT fk_course_audience_team_kind_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE course_audience_municipality_aud (
    rev             BIGINT  NOT NULL,
    revtype         TINYINT NOT NULL,
    course_id       BIGINT  NOT NULL,
    municipality_id BIGINT  NOT NULL,
    PRIMARY KEY (rev, revtype, course_id, municipality_id),
    CONSTRAINT fk_course_audience_municipality_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE course_session_aud (
    id                 BIGINT       NOT NULL,
    rev                BIGINT       NOT NULL,
    revtype            TINYINT,
    course_id          BIGINT,
    place              VARCHAR(300),
    online_link        VARCHAR(500),
    trainer_person_id  BIGINT,
    trainer_name       VARCHAR(200),
    seats              INT,
    starts_at          DATETIME(0),
    cancel_cutoff_days INT,
    quota_release_days INT,
    quota_released     BOOLEAN,
    cancelled          BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_course_session_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_date_aud (
    id         BIGINT      NOT NULL,
    rev        BIGINT      NOT NULL,
    revtype    TINYINT,
    session_id BIGINT,
    starts_at  DATETIME(0),
    ends_at    DATETIME(0),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_session_date_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE enrolment_aud (
    id                    BIGINT       NOT NULL,
    rev                   BIGINT       NOT NULL,
    revtype               TINYINT,
    session_id            BIGINT,
    course_id             BIGINT,
    person_id             BIGINT,
    municipality_id       BIGINT,
    status                VARCHAR(20),
    created_at            TIMESTAMP(6) NULL,
    enrolled_by_person_id BIGINT,
    hold_until            TIMESTAMP(6) NULL,
    decided_by_person_id  BIGINT,
    decision_reason       VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_enrolment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_enrolment_aud_person ON enrolment_aud (person_id);

CREATE TABLE plugin_installation_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT,
    plugin_id      VARCHAR(40),
    plugin_version VARCHAR(40),
    provider       VARCHAR(200),
    file_name      VARCHAR(200),
    sha512         CHAR(128),
    signed_by      VARCHAR(200),
    region_wide    BOOLEAN,
    installed_at   TIMESTAMP(6) NULL,
    installed_by   VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_plugin_installation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plugin_enablement_aud (
    rev             BIGINT  NOT NULL,
    revtype         TINYINT NOT NULL,
    installation_id BIGINT  NOT NULL,
    municipality_id BIGINT  NOT NULL,
    PRIMARY KEY (rev, revtype, installation_id, municipality_id),
    CONSTRAINT fk_plugin_enablement_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB;
