-- AVG erasure and plugins (plugin API 1.4.0): a plugin that is not running when a person is erased
-- cannot be asked then. The erasure remembers it here, in its own transaction with the portal's part,
-- and plugins.PendingPluginErasures asks the plugin as soon as it runs again on any node; the row goes
-- once the plugin has erased. No name, only the id of the person, who is by then an anonymous placeholder.
CREATE TABLE plugin_pending_erasure (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    plugin_id    VARCHAR(40)  NOT NULL,
    person_id    BIGINT       NOT NULL,
    requested_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_plugin_pending_erasure UNIQUE (plugin_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
