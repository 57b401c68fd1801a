"""Pure batch step shared by the ingest flow, `casualties reextract` and `casualties extract`:
a list of articles in, a list of figure rows (dicts shaped like the `figures` table) out.

No Prefect, no warehouse, no shared state, so a batch can run on any worker.
"""
from __future__ import annotations

from collections.abc import Iterable

from flows.articles import Article
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


def extract_figure_rows(articles: Iterable[Article]) -> list[dict]:
    """Figure rows for every article: figure_id = article_id#index, part_of = the parent's figure_id."""
    locate = _locator()
    rows: list[dict] = []
    for article in articles:
        for index, figure in enumerate(extract_figures(article.text, article.published)):
            rows.append(figure_row(article, index, figure, locate))
    return rows
