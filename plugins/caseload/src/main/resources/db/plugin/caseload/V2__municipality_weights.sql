-- Weights per municipality: each municipality that enables the plugin decides how heavy a light, medium
-- or heavy case counts in its own weighted caseload (its municipality administrator sets them on the
-- plugin's "Gewichten" screen). A class without a row here falls back to ${prefix}weight (the defaults).
CREATE TABLE ${prefix}municipality_weight (
    municipality_id BIGINT       NOT NULL,
    complexity      VARCHAR(10)  NOT NULL,
    weight          DECIMAL(4,2) NOT NULL,
    changed_by      BIGINT       NOT NULL,
    PRIMARY KEY (municipality_id, complexity)
) ENGINE = InnoDB;
