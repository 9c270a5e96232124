-- Peer-supervision hours in the training record: attended sessions (one row per person and
-- session, recorded from the peer-supervision module's event), and the hours a course may require
-- per calendar year.

CREATE TABLE peer_supervision_hours (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    person_id   BIGINT      NOT NULL,
    source_ref  VARCHAR(60) NOT NULL,
    day         DATE        NOT NULL,
    minutes     INT         NOT NULL,
    CONSTRAINT uk_peer_supervision_hours UNIQUE (person_id, source_ref),
    CONSTRAINT ck_peer_supervision_minutes CHECK (minutes BETWEEN 1 AND 1440)
) ENGINE = InnoDB;
CREATE INDEX ix_peer_supervision_hours_day ON peer_supervision_hours (day);

ALTER TABLE course ADD COLUMN peer_supervision_hours_per_year INT NULL;
ALTER TABLE course ADD CONSTRAINT ck_course_peer_hours CHECK (
    peer_supervision_hours_per_year IS NULL OR peer_supervision_hours_per_year BETWEEN 1 AND 100);
