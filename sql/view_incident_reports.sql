-- One article's account of the people killed (or injured) on one event date at one place: the sum
-- of the article's counted figures (FIGURES.md section 5 already leaves out subgroups, repeats,
-- background events and alternative estimates), split by the place each figure names.
-- These accounts are what `incidents` merges across articles.
--
-- A running toll of one incident (rule `incident_toll`: "the death toll from the floods has risen
-- to 27, officials said on Thursday") is that incident's dead so far, not Thursday's: it counts on
-- the day of the earliest account of the same collection, kind and place (or both unplaced) in the
-- six days before it, so that `incidents` takes the larger of the two instead of adding them.
CREATE OR REPLACE VIEW incident_reports AS
WITH raw_reports AS (
    SELECT
        a.collection,
        f.kind,
        coalesce(f.event_date, a.published)                              AS event_date,
        f.article_id,
        a.published,
        f.place,
        f.country,
        CAST(sum(f.best) AS BIGINT)                                      AS best,
        string_agg(DISTINCT f.victims, ', ' ORDER BY f.victims)          AS victims,
        count(*)                                                         AS figures,
        bool_or(f.rule = 'incident_toll')                                AS running_toll
    FROM figures AS f
    JOIN articles AS a USING (article_id)
    WHERE f.counted AND f.kind IN ('killed', 'injured')
    GROUP BY a.collection, f.kind, coalesce(f.event_date, a.published), f.article_id, a.published,
             f.place, f.country
),
first_days AS (
    SELECT t.collection, t.kind, t.event_date, t.article_id, t.place, min(e.event_date) AS first_day
    FROM raw_reports AS t
    JOIN raw_reports AS e
      ON e.collection = t.collection AND e.kind = t.kind AND e.article_id <> t.article_id
     AND e.event_date < t.event_date AND e.event_date >= t.event_date - INTERVAL 6 DAY
     AND (lower(e.place) = lower(t.place) OR (e.place IS NULL AND t.place IS NULL))
    WHERE t.running_toll
    GROUP BY t.collection, t.kind, t.event_date, t.article_id, t.place
)
SELECT
    r.collection,
    r.kind,
    CAST(coalesce(d.first_day, r.event_date) AS DATE) AS event_date,
    r.article_id,
    r.published,
    r.place,
    r.country,
    r.best,
    r.victims,
    r.figures
FROM raw_reports AS r
LEFT JOIN first_days AS d
  ON d.collection = r.collection AND d.kind = r.kind AND d.event_date = r.event_date
 AND d.article_id = r.article_id AND d.place IS NOT DISTINCT FROM r.place;
