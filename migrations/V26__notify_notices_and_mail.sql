-- Notices are stored as kind + text key + parameters and rendered in the recipient's language when
-- shown or mailed. Rows written before this version keep their pre-rendered Dutch subject and body.
ALTER TABLE notification
    MODIFY subject VARCHAR(200) NULL,
    MODIFY body VARCHAR(2000) NULL,
    ADD COLUMN text_key VARCHAR(200) NULL,
    ADD COLUMN params VARCHAR(2000) NULL,
    ADD COLUMN delivery_key VARCHAR(250) NULL,
    ADD CONSTRAINT uk_notification_delivery_key UNIQUE (delivery_key);

-- The mail log: one row per mail to send (an immediate notice mail or a weekly digest). Its key is unique,
-- so a notice recorded twice (two nodes, a replayed event) can never be mailed twice; the Message-ID is
-- derived from it, so a resend after a crash is dropped as a duplicate by mail clients.
CREATE TABLE notify_mail (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    delivery_key        VARCHAR(250)  NOT NULL,
    message_id          VARCHAR(300)  NOT NULL,
    recipient_person_id BIGINT        NOT NULL,
    notification_id     BIGINT        NULL,
    kind                VARCHAR(60)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    attempts            INT           NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP(6)  NOT NULL,
    last_error          VARCHAR(500)  NULL,
    recipient_address   VARCHAR(200)  NULL,
    subject             VARCHAR(300)  NULL,
    ics                 MEDIUMTEXT    NULL,
    digest_id           BIGINT        NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    sent_at             TIMESTAMP(6)  NULL,
    CONSTRAINT uk_notify_mail_key UNIQUE (delivery_key),
    CONSTRAINT fk_notify_mail_person FOREIGN KEY (recipient_person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_notify_mail_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notify_mail_due ON notify_mail (status, next_attempt_at);
CREATE INDEX ix_notify_mail_person ON notify_mail (recipient_person_id, status);
