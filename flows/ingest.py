"""The Prefect flow `ingest`: sources -> articles -> figures -> DuckDB.

Tasks are batch-sized (hundreds to thousands of articles each), never one per article:
discover_sources -> read_articles (per group of files) -> filter_unchanged -> extract_figures ->
load_batch. Unchanged articles (same id, same content hash) are dropped before extraction; each
batch loads in one short DuckDB transaction.
"""
from __future__ import annotations

from flows import settings  # noqa: F401  (sets PREFECT_HOME etc. before prefect is imported)

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import readers
from flows import warehouse as wh
from flows.articles import Article, Reject
from flows.batch import ExtractedBatch, extract_figure_rows

BATCH_SIZE = 1000          # articles per extract/load batch
FILES_PER_READ = 1000      # files per read_articles task


@dataclass
class RunSummary:
    run_id: str
    warehouse: str
    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: int = 0
    figures: int = 0
    skipped: int = 0                                          # unsupported files found in folders
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    checks: object | None = None                              # quality checks (issue 4), if any

    def line(self) -> str:
        return (f"seen {self.seen}, new {self.new}, changed {self.changed}, "
                f"unchanged {self.unchanged}, rejected {self.rejected}, figures {self.figures}")


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


# Inputs are large lists of articles: hashing them for Prefect's cache keys would cost more than
# the work, and nothing here is worth caching across runs (the warehouse is the cache).
@task(cache_policy=NO_CACHE)
def discover_sources(sources: list[str]) -> readers.Discovery:
    """Every readable file below the given paths (sorted), the URLs, and what was skipped."""
    return readers.discover(sources)


@task(cache_policy=NO_CACHE)
def read_articles(files: list[str], collection: str | None) -> tuple[list[Article], list[Reject]]:
    """Parse a group of files into articles and rejects."""
    return readers.split_records(readers.read_files(files, collection))


def read_web_articles(urls: list[str], collection: str | None,
                      warehouse_path: str) -> tuple[list[Article], list[Reject]]:
    """Feeds and article pages via flows.web (issue 5), which runs its own batch task; URLs are
    rejected as `unsupported` while that module is absent."""
    try:
        from flows.web import read_web_sources
    except ModuleNotFoundError as exc:
        if exc.name != "flows.web":
            raise
        return [], [Reject(url, "unsupported", "web sources are not available in this version")
                    for url in urls]
    return read_web_sources(list(urls), collection, Path(warehouse_path))


@task(cache_policy=NO_CACHE)
def filter_unchanged(articles: list[Article], warehouse_path: str) -> tuple[list[Article], int]:
    """Drop articles stored with the same content (one short read); keep the last of duplicate ids.
    Returns (articles to extract, number unchanged)."""
    latest: dict[str, Article] = {}
    for article in articles:
        latest.pop(article.article_id, None)
        latest[article.article_id] = article
    stored = wh.stored_versions(warehouse_path, list(latest))
    todo = [a for a in latest.values()
            if stored.get(a.article_id) != (a.content_hash, a.collection)]
    return todo, len(latest) - len(todo)


@task(cache_policy=NO_CACHE)
def extract_figures(articles: list[Article]) -> ExtractedBatch:
    """Figure rows for a batch of articles. Pure (no warehouse, no shared state): can run anywhere."""
    return extract_figure_rows(articles)


@task(cache_policy=NO_CACHE)
def load_batch(warehouse_path: str, articles: list[Article], figure_rows: list[dict],
               rejects: list[Reject], run_id: str, seen: int, unchanged: int) -> wh.LoadResult:
    """One DuckDB transaction: upsert articles, replace their figures, add rejects, update the ledger."""
    return wh.load_batch(warehouse_path, articles, figure_rows, rejects, run_id,
                                seen=seen, unchanged=unchanged)


def _run_id() -> str:
    try:
        from prefect.runtime import flow_run
        run_id = flow_run.get_id()
    except Exception:  # outside a flow run context
        run_id = None
    return str(run_id or uuid.uuid4())


def _quality_and_report(summary: RunSummary) -> None:
    # --- issue 4 hook: data-quality checks and the run's markdown artifact -----------------------
    # flows.quality / flows.report are optional: the flow works without them.
    try:
        from flows import quality
    except ModuleNotFoundError as exc:
        if exc.name != "flows.quality":
            raise
        return
    summary.checks = quality.run_checks(Path(summary.warehouse), summary.run_id)
    try:
        from flows import report
    except ModuleNotFoundError as exc:
        if exc.name != "flows.report":
            raise
        return
    report.publish_run_artifact(summary, summary.checks)


@flow(name="ingest", log_prints=False)
def ingest(sources: list[str], collection: str | None = None, warehouse: str | None = None,
           batch_size: int = BATCH_SIZE) -> RunSummary:
    """Ingest files, folders and URLs into the warehouse; return the run's counts."""
    logger = get_run_logger()
    db = str(settings.warehouse_path(warehouse))
    summary = RunSummary(run_id=_run_id(), warehouse=db)
    wh.start_run(db, summary.run_id, datetime.now(timezone.utc).replace(tzinfo=None))
    reasons: Counter[str] = Counter()
    status = "failed"
    try:
        found = discover_sources(sources)
        summary.skipped = len(found.skipped)

        def load(articles: list[Article], rejects: list[Reject]) -> None:
            reasons.update(r.reason for r in rejects)
            batches = _chunks(articles, batch_size) or [[]]
            for number, batch in enumerate(batches):
                todo, unchanged = filter_unchanged(batch, db) if batch else ([], 0)
                extracted = extract_figures(todo) if todo else ExtractedBatch()
                batch_rejects = (rejects if number == 0 else []) + list(extracted.failed.values())
                reasons.update(r.reason for r in extracted.failed.values())
                result = load_batch(db, todo, extracted.rows, batch_rejects,
                                    summary.run_id, seen=len(batch), unchanged=unchanged)
                summary.seen += len(batch)
                summary.unchanged += unchanged + result.unchanged
                summary.new += result.new
                summary.changed += result.changed
                summary.figures += result.figures
                summary.rejected += result.rejected

        if found.missing:  # the CLI refuses these up front; a served run records them
            logger.warning("not found: %s", ", ".join(found.missing))
            load([], [Reject(path, "not_found", "no such file or folder") for path in found.missing])
        for files in _chunks(found.files, FILES_PER_READ):
            load(*read_articles(files, collection))
        if found.urls:
            load(*read_web_articles(found.urls, collection, db))
        status = "completed"
    finally:
        summary.rejects_by_reason = dict(reasons.most_common())
        wh.finish_run(db, summary.run_id, status)
    _quality_and_report(summary)
    logger.info("ingest %s: %s", summary.run_id, summary.line())
    return summary
