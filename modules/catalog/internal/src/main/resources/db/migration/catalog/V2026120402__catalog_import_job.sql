-- Catalog import jobs (docs/catalog-import.md): every replica reads a job's state, progress and report,
-- whichever replica runs it. heartbeat_at moves while the job runs; a job whose heartbeat stopped
-- belonged to a replica that stopped.
CREATE TABLE catalog_import_job (
    id           UUID PRIMARY KEY,
    started_by   VARCHAR(200) NOT NULL,
    queued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(10) NOT NULL,
    rows_done    BIGINT DEFAULT 0 NOT NULL,
    rows_total   BIGINT DEFAULT 0 NOT NULL,
    report       VARCHAR(10000000),
    failure      VARCHAR(2000),
    replica      VARCHAR(64) NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_import_job_queued ON catalog_import_job (queued_at);
