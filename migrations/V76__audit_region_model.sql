-- Audit trail (Hibernate Envers, docs/operations.md "Audit trail"): one revision per changing
-- transaction, and per audited table a copy of its columns per revision (<table>_aud). The columns
-- match the audited tables exactly (Hibernate validates the schema); version columns are not audited.
-- Rows that exist before this script get one baseline revision at the end of V77.
-- Deleting a revision (retention) deletes its rows in every _aud table (ON DELETE CASCADE).

CREATE TABLE audit_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at      TIMESTAMP(6) NOT NULL,
    actor_person_id BIGINT       NULL,
    actor_name      VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_revision_changed_at ON audit_revision (changed_at);
CREATE INDEX ix_audit_revision_actor ON audit_revision (actor_person_id, changed_at);

CREATE TABLE municipality_aud (
    id        BIGINT       NOT NULL,
    rev       BIGINT       NOT NULL,
    revtype   TINYINT,
    region_id BIGINT,
    name      VARCHAR(100),
    code      VARCHAR(10),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_municipality_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE team_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT,
    municipality_id BIGINT,
    name            VARCHAR(100),
    kind            VARCHAR(20),
    caseload_scope  VARCHAR(20),
    active          BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_team_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_organisation_aud (
    id      BIGINT       NOT NULL,
    rev     BIGINT       NOT NULL,
    revtype TINYINT,
    name    VARCHAR(150),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_provider_organisation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT,
    first_name      VARCHAR(100),
    last_name       VARCHAR(150),
    email           VARCHAR(200),
    municipality_id BIGINT,
    provider_id     BIGINT,
    start_date      DATE,
    end_date        DATE,
    active          BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_person_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person_team_aud (
    rev       BIGINT  NOT NULL,
    revtype   TINYINT NOT NULL,
    person_id BIGINT  NOT NULL,
    team_id   BIGINT  NOT NULL,
    PRIMARY KEY (rev, revtype, person_id, team_id),
    CONSTRAINT fk_person_team_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE person_role_aud (
    rev       BIGINT      NOT NULL,
    revtype   TINYINT     NOT NULL,
    person_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (rev, revtype, person_id, role),
    CONSTRAINT fk_person_role_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB;
