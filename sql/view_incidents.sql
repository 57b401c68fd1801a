-- Incidents: reports of the same collection, kind and event date that describe the same incident
-- count once, with the largest estimate; different incidents add. Identity, most specific first
-- (README "Trends" documents the rule and its limits):
--   1. accounts naming the same place (case-insensitive) are one incident;
--   2. an account naming only a country joins that day's incident at a place in the same country
--      (preferring the same victims, then the closest value); with none, the country's accounts
--      are one incident;
--   3. an account naming no place joins one of that day's incidents from 1-2 (same preference);
--      with none, the day's unplaced accounts are one incident.
CREATE OR REPLACE VIEW incidents AS
WITH accounts AS (
    SELECT *, lower(trim(place)) AS place_key
    FROM incident_reports
),
placed AS (
    SELECT collection, kind, event_date, 'place:' || place_key AS incident_key,
           any_value(country) AS country, max(best) AS best,
           string_agg(DISTINCT victims, ', ' ORDER BY victims) AS victims
    FROM accounts
    WHERE place_key IS NOT NULL AND place_key <> ''
    GROUP BY collection, kind, event_date, place_key
),
country_accounts AS (
    SELECT * FROM accounts
    WHERE (place_key IS NULL OR place_key = '') AND country IS NOT NULL
),
country_matched AS (
    SELECT c.article_id, c.collection, c.kind, c.event_date, c.country, p.incident_key
    FROM country_accounts AS c
    JOIN placed AS p USING (collection, kind, event_date, country)
    QUALIFY row_number() OVER (
        PARTITION BY c.article_id, c.collection, c.kind, c.event_date, c.country
        ORDER BY (c.victims IS NOT DISTINCT FROM p.victims) DESC, abs(p.best - c.best), p.incident_key) = 1
),
country_assigned AS (
    SELECT c.*, coalesce(m.incident_key, 'country:' || c.country) AS incident_key
    FROM country_accounts AS c
    LEFT JOIN country_matched AS m USING (article_id, collection, kind, event_date, country)
),
-- The day's incidents known before unplaced accounts are assigned, with their current estimate.
known AS (
    SELECT collection, kind, event_date, incident_key, max(best) AS best,
           string_agg(DISTINCT victims, ', ' ORDER BY victims) AS victims
    FROM (
        SELECT collection, kind, event_date, incident_key, best, victims FROM placed
        UNION ALL
        SELECT collection, kind, event_date, incident_key, best, victims FROM country_assigned
    )
    GROUP BY collection, kind, event_date, incident_key
),
unplaced AS (
    SELECT * FROM accounts
    WHERE (place_key IS NULL OR place_key = '') AND country IS NULL
),
unplaced_matched AS (
    SELECT u.article_id, u.collection, u.kind, u.event_date, k.incident_key
    FROM unplaced AS u
    JOIN known AS k USING (collection, kind, event_date)
    QUALIFY row_number() OVER (
        PARTITION BY u.article_id, u.collection, u.kind, u.event_date
        ORDER BY (u.victims IS NOT DISTINCT FROM k.victims) DESC, abs(k.best - u.best), k.incident_key) = 1
),
assigned AS (
    SELECT collection, kind, event_date, article_id, published, place, country, best, victims,
           'place:' || place_key AS incident_key
    FROM accounts
    WHERE place_key IS NOT NULL AND place_key <> ''
    UNION ALL
    SELECT collection, kind, event_date, article_id, published, place, country, best, victims, incident_key
    FROM country_assigned
    UNION ALL
    SELECT u.collection, u.kind, u.event_date, u.article_id, u.published, u.place, u.country, u.best,
           u.victims, coalesce(m.incident_key, 'day') AS incident_key
    FROM unplaced AS u
    LEFT JOIN unplaced_matched AS m USING (article_id, collection, kind, event_date)
)
SELECT
    collection,
    kind,
    event_date,
    incident_key,
    any_value(place ORDER BY best DESC) FILTER (WHERE place IS NOT NULL)     AS place,
    any_value(country ORDER BY best DESC) FILTER (WHERE country IS NOT NULL) AS country,
    max(best)                                                                AS best,
    min(best)                                                                AS reported_min,
    count(DISTINCT article_id)                                               AS reports,
    string_agg(DISTINCT victims, ', ' ORDER BY victims)                      AS victims,
    min(published)                                                           AS first_published,
    max(published)                                                           AS last_published,
    list(DISTINCT article_id ORDER BY article_id)                            AS article_ids
FROM assigned
GROUP BY collection, kind, event_date, incident_key;
