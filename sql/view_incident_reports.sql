-- One article's account of the people killed (or injured) on one event date at one place: the sum
-- of the article's counted figures (FIGURES.md section 5 already leaves out subgroups, repeats,
-- background events and alternative estimates), split by the place each figure names.
-- These accounts are what `incidents` merges across articles.
CREATE OR REPLACE VIEW incident_reports AS
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
    count(*)                                                         AS figures
FROM figures AS f
JOIN articles AS a USING (article_id)
WHERE f.counted AND f.kind IN ('killed', 'injured')
GROUP BY a.collection, f.kind, coalesce(f.event_date, a.published), f.article_id, a.published,
         f.place, f.country;
