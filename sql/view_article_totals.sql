-- Article totals (FIGURES.md section 5): the sum of counted figures per kind, and the largest counted
-- cumulative death toll (NULL when the article reports none).
CREATE OR REPLACE VIEW article_totals AS
SELECT
    a.article_id,
    a.external_id,
    a.collection,
    a.published,
    coalesce(sum(f.best) FILTER (WHERE f.kind = 'killed' AND f.counted), 0)  AS killed,
    coalesce(sum(f.best) FILTER (WHERE f.kind = 'injured' AND f.counted), 0) AS injured,
    max(f.best) FILTER (WHERE f.kind = 'death_toll' AND f.counted)           AS death_toll
FROM articles AS a
LEFT JOIN figures AS f USING (article_id)
GROUP BY a.article_id, a.external_id, a.collection, a.published;
