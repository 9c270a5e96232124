-- The shared development agenda with care providers: themes, initiatives (owned by a municipality,
-- co-owned by a provider organisation, shared per initiative with provider organisations),
-- milestones, the timeline of progress updates and forum decisions, followers, and the forum
-- proposals an initiative was put forward in.

CREATE TABLE devagenda_theme (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    title                   VARCHAR(200)  NOT NULL,
    goal                    VARCHAR(2000) NULL,
    lead_municipality_id    BIGINT        NOT NULL,
    CONSTRAINT uk_devagenda_theme_title UNIQUE (title),
    CONSTRAINT fk_devagenda_theme_lead FOREIGN KEY (lead_municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE devagenda_initiative (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    theme_id                BIGINT        NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    description             TEXT          NULL,
    owner_municipality_id   BIGINT        NOT NULL,
    co_owner_provider_id    BIGINT        NULL,
    status                  VARCHAR(20)   NOT NULL,
    percentage              INT           NOT NULL DEFAULT 0,
    weight                  INT           NOT NULL DEFAULT 1,
    start_date              DATE          NULL,
    end_date                DATE          NULL,
    links                   VARCHAR(2000) NULL,
    internal_notes          TEXT          NULL,
    changed_at              TIMESTAMP(6)  NOT NULL,
    CONSTRAINT ck_devagenda_percentage CHECK (percentage BETWEEN 0 AND 100),
    CONSTRAINT ck_devagenda_weight CHECK (weight >= 1),
    CONSTRAINT fk_devagenda_initiative_theme FOREIGN KEY (theme_id) REFERENCES devagenda_theme (id),
    CONSTRAINT fk_devagenda_initiative_owner FOREIGN KEY (owner_municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_devagenda_initiative_co_owner FOREIGN KEY (co_owner_provider_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_devagenda_initiative_co_owner ON devagenda_initiative (co_owner_provider_id);

-- Provider organisations the owner shared the initiative with (the co-owner always sees it as well).
CREATE TABLE devagenda_share (
    initiative_id BIGINT NOT NULL,
    provider_id   BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, provider_id),
    CONSTRAINT fk_devagenda_share_initiative FOREIGN KEY (initiative_id) REFERENCES devagenda_initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_devagenda_share_provider FOREIGN KEY (provider_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB;
CREATE INDEX ix_devagenda_share_provider ON devagenda_share (provider_id);

CREATE TABLE devagenda_participating_provider (
    initiative_id BIGINT NOT NULL,
    provider_id   BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, provider_id),
    CONSTRAINT fk_devagenda_pp_initiative FOREIGN KEY (initiative_id) REFERENCES devagenda_initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_devagenda_pp_provider FOREIGN KEY (provider_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB;

CREATE TABLE devagenda_participating_municipality (
    initiative_id   BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, municipality_id),
    CONSTRAINT fk_devagenda_pm_initiative FOREIGN KEY (initiative_id) REFERENCES devagenda_initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_devagenda_pm_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE devagenda_follower (
    initiative_id BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, person_id),
    CONSTRAINT fk_devagenda_follower_initiative FOREIGN KEY (initiative_id) REFERENCES devagenda_initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_devagenda_follower_person ON devagenda_follower (person_id);

CREATE TABLE devagenda_milestone (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    initiative_id BIGINT       NOT NULL,
    title         VARCHAR(200) NOT NULL,
    due_date      DATE         NOT NULL,
    done_on       DATE         NULL,
    CONSTRAINT fk_devagenda_milestone_initiative FOREIGN KEY (initiative_id) REFERENCES devagenda_initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline: progress updates (optionally with a new status or percentage), status changes by
-- the owner, proposals to a forum and the forum's decisions.
CREATE TABLE devagenda_timeline (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    initiative_id    BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    author_person_id BIGINT        NULL,
    author_name      VARCHAR(150)  NULL,
    text             TEXT          NULL,
    new_status       VARCHAR(20)   NULL,
    new_percentage   INT           NULL,
    reference        VARCHAR(60)   NULL,
    happened_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_devagenda_timeline_initiative FOREIGN KEY (initiative_id) REFERENCES devagenda_initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_devagenda_timeline_when ON devagenda_timeline (happened_at);
CREATE INDEX ix_devagenda_timeline_author ON devagenda_timeline (author_person_id);

-- An initiative put forward for a forum meeting through the forum's proposals: the forum's
-- decision on it (event DecisionRecorded, carrying the proposal) lands on the timeline.
CREATE TABLE devagenda_forum_link (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    initiative_id BIGINT NOT NULL,
    proposal_id   BIGINT NOT NULL,
    forum_id      BIGINT NOT NULL,
    meeting_id    BIGINT NULL,
    CONSTRAINT uk_devagenda_forum_link_proposal UNIQUE (proposal_id),
    CONSTRAINT fk_devagenda_forum_link_initiative FOREIGN KEY (initiative_id) REFERENCES devagenda_initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB;
