-- The compliance roll-up per team and state, kept current by StatusRefresher after each change to
-- training_status (recounting only the teams it touched), so Start shows a leader's totals by key
-- lookups instead of an aggregate over every status row on every visit.
CREATE TABLE training_rollup (
    team_id         BIGINT      NOT NULL,
    municipality_id BIGINT      NOT NULL DEFAULT 0,
    state           VARCHAR(20) NOT NULL,
    pairs           INT         NOT NULL,
    PRIMARY KEY (team_id, municipality_id, state)
) ENGINE = InnoDB;

-- One row per team, locked while its roll-up is recounted: two recounts of a team follow each
-- other, so the later one (which sees every committed change) is the one that stays.
CREATE TABLE training_rollup_team (
    team_id BIGINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

CREATE INDEX ix_training_status_team ON training_status (team_id, municipality_id, state);

INSERT INTO training_rollup (team_id, municipality_id, state, pairs)
SELECT team_id, COALESCE(municipality_id, 0), state, COUNT(*)
FROM training_status
WHERE team_id IS NOT NULL
GROUP BY team_id, COALESCE(municipality_id, 0), state;

INSERT INTO training_rollup_team (team_id)
SELECT DISTINCT team_id FROM training_status WHERE team_id IS NOT NULL;
