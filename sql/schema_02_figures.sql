-- One row per casualty figure (../shared/FIGURES.md). figure_id is article_id || '#' || position,
-- so a re-extraction replaces an article's figures as a whole. part_of holds the parent's figure_id.
-- counted: whether the figure adds to its article's total (false for subgroups, repeats,
-- background events and alternative estimates); article_totals sums only counted figures.
CREATE TABLE IF NOT EXISTS figures (
    figure_id         VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,
    low               BIGINT,
    best              BIGINT NOT NULL,
    high              BIGINT,
    qualifier         VARCHAR NOT NULL,
    vague_term        VARCHAR,
    victims           VARCHAR,
    role              VARCHAR NOT NULL,
    part_of           VARCHAR,
    event_date        DATE,
    sentence          VARCHAR NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    rule              VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    counted           BOOLEAN NOT NULL DEFAULT TRUE,
    place             VARCHAR,
    country           VARCHAR
);
