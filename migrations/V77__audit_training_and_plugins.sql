-- Audit trail, continued (see V76): the training plan, enrolments and plugin installations, and
-- the baseline at the end.
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

-- The baseline: one revision by the portal itself that holds the rows of the region model and the
-- training plan as they are at this upgrade, so that the first change of such a row after it shows
-- its old values, and a person's teams (or an enrolment's session) still have names when the teams
-- themselves never change again. Enrolments and plugin installations start at their next change.
-- On a new database the revision is empty.
INSERT INTO audit_revision (changed_at, actor_person_id, actor_name) VALUES (UTC_TIMESTAMP(6), NULL, 'systeem');
SET @baseline = LAST_INSERT_ID();

INSERT INTO municipality_aud (id, rev, revtype, region_id, name, code)
SELECT id, @baseline, 0, region_id, name, code FROM municipality;
INSERT INTO team_aud (id, rev, revtype, municipality_id, name, kind, caseload_scope, active)
SELECT id, @baseline, 0, municipality_id, name, kind, caseload_scope, active FROM team;
INSERT INTO provider_organisation_aud (id, rev, revtype, name)
SELECT id, @baseline, 0, name FROM provider_organisation;
INSERT INTO person_aud (id, rev, revtype, first_name, last_name, email, municipality_id, provider_id, start_date,
                        end_date, active)
SELECT id, @baseline, 0, first_name, last_name, email, municipality_id, provider_id, start_date, end_date, active
FROM person;
INSERT INTO person_team_aud (rev, revtype, person_id, team_id)
SELECT @baseline, 0, person_id, team_id FROM person_team;
INSERT INTO person_role_aud (rev, revtype, person_id, role)
SELECT @baseline, 0, person_id, role FROM person_role;

INSERT INTO training_plan_aud (id, rev, revtype, plan_year, title, published, published_at)
SELECT id, @baseline, 0, plan_year, title, published, published_at FROM training_plan;
INSERT INTO course_aud (id, rev, revtype, plan_id, title, description, hours, provider, provider_id, mandatory,
                        validity_months, deadline_date, deadline_months_after_start, peer_supervision_hours_per_year,
                        requires_approval, approval_hold_days)
SELECT id, @baseline, 0, plan_id, title, description, hours, provider, provider_id, mandatory, validity_months,
       deadline_date, deadline_months_after_start, peer_supervision_hours_per_year, requires_approval, approval_hold_days
FROM course;
INSERT INTO course_audience_role_aud (rev, revtype, course_id, role)
SELECT @baseline, 0, course_id, role FROM course_audience_role;
INSERT INTO course_audience_team_kind_aud (rev, revtype, course_id, team_kind)
SELECT @baseline, 0, course_id, team_kind FROM course_audience_team_kind;
INSERT INTO course_audience_municipality_aud (rev, revtype, course_id, municipality_id)
SELECT @baseline, 0, course_id, municipality_id FROM course_audience_municipality;
INSERT INTO course_session_aud (id, rev, revtype, course_id, place, online_link, trainer_person_id, trainer_name, seats,
                                starts_at, cancel_cutoff_days, quota_release_days, quota_released, cancelled)
SELECT id, @baseline, 0, course_id, place, online_link, trainer_person_id, trainer_name, seats, starts_at,
       cancel_cutoff_days, quota_release_days, quota_released, cancelled
FROM course_session;
INSERT INTO session_date_aud (id, rev, revtype, session_id, starts_at, ends_at)
SELECT id, @baseline, 0, session_id, starts_at, ends_at FROM session_date;
