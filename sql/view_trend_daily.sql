-- The daily trend series of each collection, every day from its first to its last day with data:
-- killed / injured = incident estimates by event date (`incidents`, one count per incident),
-- death_toll = the cumulative toll at the end of the day (carried forward, NULL before the first
-- report), articles = articles published that day. Weekly and monthly series
-- (`casualties export trends --by week|month`) roll this up: sums, and the toll of the last day.
CREATE OR REPLACE VIEW trend_daily AS
WITH incident_days AS (
    SELECT collection, event_date AS day,
           sum(best) FILTER (WHERE kind = 'killed')  AS killed,
           sum(best) FILTER (WHERE kind = 'injured') AS injured
    FROM incidents
    GROUP BY collection, event_date
),
article_days AS (
    SELECT collection, published AS day, count(*) AS articles
    FROM articles
    GROUP BY collection, published
)
SELECT
    d.collection,
    d.day                                   AS period,
    CAST(coalesce(i.killed, 0) AS BIGINT)   AS killed,
    CAST(coalesce(i.injured, 0) AS BIGINT)  AS injured,
    t.death_toll,
    CAST(coalesce(n.articles, 0) AS BIGINT) AS articles
FROM collection_days AS d
LEFT JOIN incident_days AS i USING (collection, day)
LEFT JOIN article_days AS n USING (collection, day)
LEFT JOIN death_toll_daily AS t USING (collection, day);
