-- Each plugin has its own schema (plg_<id>) and its own MariaDB account (plg_<id>) with rights on that
-- schema only. The account's password is kept here (the portal's own schema, which no plugin account can
-- read), so that every portal node of a cluster connects a plugin with the same account.
CREATE TABLE plugin_db_account (
    plugin_id  VARCHAR(40)  NOT NULL PRIMARY KEY,
    password   VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
