"""Pure batch step shared by the ingest flow, `casualties reextract` and `casualties extract`:
a list of articles in, a list of figure rows (dicts shaped like the `figures` table) out.

No Prefect, no warehouse, no shared state, so a batch can run on any worker.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flows.articles import Article, Reject
from flows.extract import EXTRACTOR_VERSION, Figure, extract_figures


def _locator():
    """flows.extract.places.locate(sentence, text) -> (place, country) once it exists (issue 4)."""
    try:
        from flows.extract.places import locate
    except (ModuleNotFoundError, ImportError):
        return None
    return locate


def figure_row(article: Article, index: int, figure: Figure, locate=None) -> dict:
    place = country = None
    if locate is not None:
        place, country = locate(figure.sentence, article.text)
    return {
        "figure_id": f"{article.article_id}#{index}",
        "article_id": article.article_id,
        "kind": figure.kind,
        "low": figure.low,
        "best": figure.best,
        "high": figure.high,
        "qualifier": figure.qualifier,
        "vague_term": figure.vague_term,
        "victims": figure.victims,
        "role": figure.role,
        "part_of": f"{article.article_id}#{figure.part_of}" if figure.part_of is not None else None,
        "event_date": figure.event_date,
        "sentence": figure.sentence,
        "char_start": figure.char_start,
        "char_end": figure.char_end,
        "rule": figure.rule,
        "extractor_version": EXTRACTOR_VERSION,
        "counted": bool(figure.counted),
        "place": place,
        "country": country,
    }


@dataclass
class ExtractedBatch:
    """Figure rows of a batch, and the articles the extractor failed on (by article_id).

    A failing article is reported, not raised: one odd text must not fail a run or lose the
    rest of its batch. The article itself is still loaded (its text is kept for `reextract`).
    """

    rows: list[dict] = field(default_factory=list)
    failed: dict[str, Reject] = field(default_factory=dict)


def extract_figure_rows(articles: Iterable[Article]) -> ExtractedBatch:
    """Figure rows for every article: figure_id = article_id#index, part_of = the parent's figure_id."""
    locate = _locator()
    batch = ExtractedBatch()
    for article in articles:
        try:
            figures = extract_figures(article.text, article.published)
            rows = [figure_row(article, index, figure, locate) for index, figure in enumerate(figures)]
        except Exception as exc:  # noqa: BLE001 - any extractor bug becomes a recorded rejection
            batch.failed[article.article_id] = Reject(
                article.source, "extract_error",
                f"{article.article_id}: {type(exc).__name__}: {exc}"[:500])
            continue
        batch.rows.extend(rows)
    return batch
