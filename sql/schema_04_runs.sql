-- The ingest ledger: one row per run, written as each batch commits.
CREATE TABLE IF NOT EXISTS runs (
    run_id             VARCHAR PRIMARY KEY,
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    status             VARCHAR NOT NULL,
    articles_seen      INTEGER NOT NULL DEFAULT 0,
    articles_new       INTEGER NOT NULL DEFAULT 0,
    articles_changed   INTEGER NOT NULL DEFAULT 0,
    articles_unchanged INTEGER NOT NULL DEFAULT 0,
    rejected           INTEGER NOT NULL DEFAULT 0,
    figures_loaded     INTEGER NOT NULL DEFAULT 0
);
