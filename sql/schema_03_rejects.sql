-- One row per input that could not be used, per run: nothing bad is dropped silently.
CREATE TABLE IF NOT EXISTS rejects (
    source  VARCHAR NOT NULL,
    reason  VARCHAR NOT NULL,
    detail  VARCHAR,
    run_id  VARCHAR NOT NULL,
    seen_at TIMESTAMP NOT NULL
);
