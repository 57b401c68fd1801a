-- One row per article, keyed by a source-stable id. The text is kept so that figures can be
-- re-extracted (`casualties reextract`) without the source files.
CREATE TABLE IF NOT EXISTS articles (
    article_id        VARCHAR PRIMARY KEY,
    external_id       VARCHAR,
    source            VARCHAR NOT NULL,
    collection        VARCHAR NOT NULL,
    published         DATE NOT NULL,
    title             VARCHAR,
    url               VARCHAR,
    text              VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ingested_at       TIMESTAMP NOT NULL
);
