-- Municipality plugins: what is installed (one row per plugin id, the jar itself lives in the plugins
-- directory) and where it is enabled. A plugin's own tables are created by its own Flyway instance with
-- its own history table (plg_<id>_schema_history), never by these portal migrations.
CREATE TABLE plugin_installation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    plugin_id      VARCHAR(40)   NOT NULL,
    plugin_version VARCHAR(40)   NOT NULL,
    provider       VARCHAR(200),
    file_name      VARCHAR(200)  NOT NULL,
    sha512         CHAR(128)     NOT NULL,
    signed_by      VARCHAR(200),
    region_wide    BOOLEAN       NOT NULL DEFAULT FALSE,
    failed_reason  VARCHAR(1000),
    failed_at      TIMESTAMP(6)  NULL,
    installed_at   TIMESTAMP(6)  NOT NULL,
    installed_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_plugin_installation_plugin UNIQUE (plugin_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Enabled for these municipalities (region_wide above covers region-wide staff and every municipality).
CREATE TABLE plugin_enablement (
    installation_id BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (installation_id, municipality_id),
    CONSTRAINT fk_plugin_enablement_installation FOREIGN KEY (installation_id) REFERENCES plugin_installation (id) ON DELETE CASCADE,
    CONSTRAINT fk_plugin_enablement_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;
