-- Per team and month: cases per complexity class as entered by the team leader. The flat caseload is
-- their sum, the weighted caseload the sum weighted by ${prefix}weight (configurable per class).
CREATE TABLE ${prefix}weight (
    complexity VARCHAR(10)  NOT NULL PRIMARY KEY,
    weight     DECIMAL(4,2) NOT NULL
) ENGINE = InnoDB;
INSERT INTO ${prefix}weight (complexity, weight) VALUES ('light', 0.5), ('medium', 1.0), ('heavy', 2.0);

CREATE TABLE ${prefix}figure (
    team_id         BIGINT  NOT NULL,
    municipality_id BIGINT  NOT NULL,
    month           CHAR(7) NOT NULL,
    light           INT     NOT NULL,
    medium          INT     NOT NULL,
    heavy           INT     NOT NULL,
    entered_by      BIGINT  NOT NULL,
    PRIMARY KEY (team_id, month)
) ENGINE = InnoDB;
