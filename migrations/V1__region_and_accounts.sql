-- Region model and local accounts. Every editable table has a version column (optimistic locking).
CREATE TABLE region (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(100) NOT NULL,
    CONSTRAINT uk_region_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT       NOT NULL DEFAULT 0,
    region_id BIGINT       NOT NULL,
    name      VARCHAR(100) NOT NULL,
    code      VARCHAR(10),
    CONSTRAINT fk_municipality_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uk_municipality_name UNIQUE (region_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE team (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    municipality_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    caseload_scope  VARCHAR(20)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_team_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT uk_team_name UNIQUE (municipality_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_organisation (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(150) NOT NULL,
    CONSTRAINT uk_provider_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(150) NOT NULL,
    email           VARCHAR(200) NOT NULL,
    municipality_id BIGINT,
    provider_id     BIGINT,
    start_date      DATE         NOT NULL,
    end_date        DATE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_person_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_person_provider FOREIGN KEY (provider_id) REFERENCES provider_organisation (id),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT ck_person_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_person_municipality ON person (municipality_id, last_name);

CREATE TABLE person_team (
    person_id BIGINT NOT NULL,
    team_id   BIGINT NOT NULL,
    PRIMARY KEY (person_id, team_id),
    CONSTRAINT fk_person_team_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_person_team_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE = InnoDB;
CREATE INDEX ix_person_team_team ON person_team (team_id);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    username           VARCHAR(100) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    person_id          BIGINT       NOT NULL,
    failed_attempts    INT          NOT NULL DEFAULT 0,
    locked_until       TIMESTAMP(6) NULL,
    last_login_at      TIMESTAMP(6) NULL,
    preferred_language VARCHAR(5),
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Notices to people (in the portal; e-mail when configured), all sent through the notify module.
CREATE TABLE notification (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    recipient_person_id BIGINT        NOT NULL,
    kind                VARCHAR(60)   NOT NULL,
    subject             VARCHAR(200)  NOT NULL,
    body                VARCHAR(2000) NOT NULL,
    link                VARCHAR(300),
    created_at          TIMESTAMP(6)  NOT NULL,
    read_at             TIMESTAMP(6)  NULL,
    CONSTRAINT fk_notification_person FOREIGN KEY (recipient_person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_recipient ON notification (recipient_person_id, created_at);
