-- Two or more portal nodes: an installed plugin's archive lives in the database, not only in one node's
-- plugins directory. Every node copies the live archives into its own directory and loads them
-- (plugins.PluginSync polls this table). One row per archive ever stored, keyed by its SHA-512: a row
-- that is no longer live keeps its hash (content dropped), so that a node that was down during an
-- upgrade or an uninstall recognises the old file in its directory as stale instead of adopting it again.
CREATE TABLE plugin_archive (
    sha512     CHAR(128)    NOT NULL PRIMARY KEY,
    plugin_id  VARCHAR(40)  NOT NULL,
    file_name  VARCHAR(200) NOT NULL,
    content    LONGBLOB     NULL,
    live       BOOLEAN      NOT NULL,
    stored_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    INDEX ix_plugin_archive_plugin (plugin_id, live)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
