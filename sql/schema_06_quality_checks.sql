-- Data-quality checks recorded by each ingest run (flows/quality.py), one row per run and check.
-- status: pass | warn (worth a look, e.g. outliers) | fail (rows that break the data's rules).
-- failing counts the offending rows out of `checked`; detail names a few of them (figure ids).
CREATE TABLE IF NOT EXISTS quality_checks (
    run_id     VARCHAR NOT NULL,
    check_name VARCHAR NOT NULL,
    status     VARCHAR NOT NULL,
    failing    BIGINT NOT NULL,
    checked    BIGINT NOT NULL,
    detail     VARCHAR,
    checked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, check_name)
);
