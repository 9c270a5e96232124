-- A course may need the team leader's approval: the request holds a seat until hold_until, after
-- which the seat goes to the waiting list. approval_hold_days is how long a request holds a seat.
ALTER TABLE course
    ADD COLUMN requires_approval  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN approval_hold_days INT     NOT NULL DEFAULT 5;

ALTER TABLE enrolment
    ADD COLUMN hold_until           TIMESTAMP(6) NULL,
    ADD COLUMN decided_by_person_id BIGINT       NULL,
    ADD COLUMN decision_reason      VARCHAR(500) NULL;
CREATE INDEX ix_enrolment_hold ON enrolment (status, hold_until);

-- "Interesse tonen": demand for a course without an open session, per municipality for planning;
-- a row is removed once its person has been told a session opened.
CREATE TABLE course_interest (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id       BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    municipality_id BIGINT       NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_course_interest UNIQUE (course_id, person_id),
    CONSTRAINT fk_course_interest_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_course_interest_person ON course_interest (person_id);
