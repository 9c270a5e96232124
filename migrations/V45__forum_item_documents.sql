-- Documents attached to an agenda item (uploaded by the chair). Kept in the database, not on a
-- node's disk, so every portal node serves them; a guest only gets those of items they may see.
CREATE TABLE agenda_document (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT        NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(120)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    content         MEDIUMBLOB    NOT NULL,
    uploaded_by     BIGINT        NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_document_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_document_size CHECK (size_bytes BETWEEN 1 AND 10485760)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_document_item ON agenda_document (item_id);
