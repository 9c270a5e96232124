-- The jobs screen (/beheer/taken): the last run of every Quartz job, whichever node ran it.
CREATE TABLE notify_job_run (
    job_group   VARCHAR(100)  NOT NULL,
    job_name    VARCHAR(150)  NOT NULL,
    started_at  TIMESTAMP(6)  NOT NULL,
    duration_ms BIGINT        NOT NULL,
    succeeded   BOOLEAN       NOT NULL,
    error       VARCHAR(500)  NULL,
    PRIMARY KEY (job_group, job_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
