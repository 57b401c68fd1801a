-- The cumulative death toll of each collection on every day (FIGURES.md: a toll is a level "as of"
-- the article's publication, never new deaths). `reported` is the largest toll published that day
-- (NULL on days without a report); `death_toll` carries the latest report forward and stays NULL
-- before the first one; `revised_down` flags a day whose report is lower than the toll before it.
CREATE OR REPLACE VIEW death_toll_daily AS
WITH reports AS (
    SELECT a.collection, a.published AS day, max(f.best) AS reported, count(*) AS reports
    FROM figures AS f
    JOIN articles AS a USING (article_id)
    WHERE f.kind = 'death_toll' AND f.counted  -- (not a toll the article itself replaced)
    GROUP BY a.collection, a.published
),
series AS (
    SELECT d.collection, d.day, r.reported, coalesce(r.reports, 0) AS reports,
           last_value(r.reported IGNORE NULLS) OVER (
               PARTITION BY d.collection ORDER BY d.day
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS death_toll
    FROM collection_days AS d
    LEFT JOIN reports AS r USING (collection, day)
)
SELECT collection, day, death_toll, reported, reports,
       lag(death_toll) OVER (PARTITION BY collection ORDER BY day) AS previous_toll,
       coalesce(reported < lag(death_toll) OVER (PARTITION BY collection ORDER BY day), false) AS revised_down
FROM series;
