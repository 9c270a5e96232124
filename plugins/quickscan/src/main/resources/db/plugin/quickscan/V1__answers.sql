-- Answers are anonymous: no person in them. Who took part in a round is kept apart (participation),
-- only to stop someone from answering twice, and cannot be joined to an answer.
CREATE TABLE ${prefix}answer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    round           CHAR(7)  NOT NULL,
    team_id         BIGINT   NOT NULL,
    municipality_id BIGINT   NOT NULL,
    help            TINYINT  NOT NULL,
    money           TINYINT  NOT NULL,
    client          TINYINT  NOT NULL,
    neighbourhood   TINYINT  NOT NULL,
    team            TINYINT  NOT NULL,
    CONSTRAINT ck_${prefix}answer_marks CHECK (help BETWEEN 1 AND 10 AND money BETWEEN 1 AND 10 AND client BETWEEN 1 AND 10
        AND neighbourhood BETWEEN 1 AND 10 AND team BETWEEN 1 AND 10)
) ENGINE = InnoDB;
CREATE INDEX ix_${prefix}answer_round ON ${prefix}answer (round, team_id);

CREATE TABLE ${prefix}participation (
    round     CHAR(7) NOT NULL,
    person_id BIGINT  NOT NULL,
    team_id   BIGINT  NOT NULL,
    PRIMARY KEY (round, person_id, team_id)
) ENGINE = InnoDB;
