-- What scheduled polling has already seen on the web, one row per URL (a feed or an article page),
-- so a feed polled every few minutes re-fetches nothing unchanged. A page counts as seen only
-- while the articles table holds its content_hash, so a run that fetched but failed to load
-- fetches it again; a feed is asked with its validators only when all its entries are done.
CREATE TABLE IF NOT EXISTS web_cache (
    url           VARCHAR PRIMARY KEY,
    kind          VARCHAR NOT NULL,   -- feed | page
    status        VARCHAR NOT NULL,   -- ok, or the reject reason of the last fetch (http_404, ...)
    etag          VARCHAR,            -- validators the server sent, for conditional requests
    last_modified VARCHAR,
    body_hash     VARCHAR,            -- sha256 of the response body
    content_hash  VARCHAR,            -- the article's content_hash (pages that became articles)
    entry_version VARCHAR,            -- the feed entry's updated/published stamp that led here
    feed_url      VARCHAR,            -- the feed that led to this page, if any
    fetched_at    TIMESTAMP,          -- last time a body was downloaded
    checked_at    TIMESTAMP NOT NULL  -- last time the URL was asked for (a 304 included)
);
-- Warehouses made by a development version before feed_url existed.
ALTER TABLE web_cache ADD COLUMN IF NOT EXISTS feed_url VARCHAR;
