-- Per person and kind: in-app only, e-mail at once, or the weekly digest. No row: the kind's default.
CREATE TABLE notify_preference (
    person_id BIGINT      NOT NULL,
    kind      VARCHAR(60) NOT NULL,
    channel   VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, kind),
    CONSTRAINT fk_notify_preference_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB;
