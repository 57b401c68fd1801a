-- Every calendar day of each collection, from its first to its last day with data (an article
-- published, or a counted killed/injured figure's event date). Trend series are built on this spine
-- so that quiet days appear as zeros instead of vanishing.
CREATE OR REPLACE VIEW collection_days AS
WITH dated AS (
    SELECT collection, published AS day
    FROM articles
    UNION ALL
    SELECT a.collection, coalesce(f.event_date, a.published)
    FROM figures AS f
    JOIN articles AS a USING (article_id)
    WHERE f.counted AND f.kind IN ('killed', 'injured')
),
bounds AS (
    SELECT collection, min(day) AS first_day, max(day) AS last_day
    FROM dated
    GROUP BY collection
)
SELECT collection, CAST(unnest(range(first_day, last_day + 1, INTERVAL 1 DAY)) AS DATE) AS day
FROM bounds;
