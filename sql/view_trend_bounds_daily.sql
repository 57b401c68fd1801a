-- Bounds for analysts beside the incident estimate, per collection, day (event date) and kind:
-- `reported_max` is the largest single article's account (a floor: at least this many), and
-- `reported_sum` adds every article's account as if each were a separate incident (a ceiling, and
-- what a per-article count such as GDELT's reports). `estimate` (from `incidents`) lies between.
CREATE OR REPLACE VIEW trend_bounds_daily AS
WITH reported AS (
    SELECT collection, kind, event_date AS period,
           max(best) AS reported_max, CAST(sum(best) AS BIGINT) AS reported_sum,
           count(DISTINCT article_id) AS reports
    FROM (
        SELECT collection, kind, event_date, article_id, CAST(sum(best) AS BIGINT) AS best
        FROM incident_reports
        GROUP BY collection, kind, event_date, article_id
    )
    GROUP BY collection, kind, event_date
),
estimated AS (
    SELECT collection, kind, event_date AS period, count(*) AS incidents, CAST(sum(best) AS BIGINT) AS estimate
    FROM incidents
    GROUP BY collection, kind, event_date
)
SELECT collection, period, kind, e.incidents, e.estimate, r.reported_max, r.reported_sum, r.reports
FROM reported AS r
JOIN estimated AS e USING (collection, kind, period);
