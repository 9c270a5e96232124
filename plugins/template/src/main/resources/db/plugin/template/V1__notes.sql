-- ${prefix} is replaced by plg_template_: every table of a plugin carries its prefix.
CREATE TABLE ${prefix}note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    text       VARCHAR(200) NOT NULL,
    author_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
