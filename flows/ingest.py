"""The Prefect flow `ingest`: sources -> articles -> figures -> DuckDB.

Tasks are batch-sized (hundreds to thousands of articles each), never one per article:
discover_sources -> read_articles (per group of files) -> filter_unchanged -> extract_figures ->
load_batch. Unchanged articles (same id, same content hash) are dropped before extraction; each
batch loads in one short DuckDB transaction.

Scale-out: with a Dask task runner (`ingest.with_options(task_runner=dask_task_runner(...))`,
`casualties ingest --workers N / --dask-address`) only `extract_figures` runs on the Dask workers;
it is pure (articles in, rows out). Reading, filter_unchanged and every load stay in the flow
process, which remains DuckDB's only writer and loads the batches in input order, so a run gives
the same rows as a run without Dask.
"""
from __future__ import annotations

from flows import settings  # noqa: F401  (sets PREFECT_HOME etc. before prefect is imported)

import math
import sys
import uuid
from collections import Counter, deque
from contextlib import contextmanager
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
# On Dask a load batch is extracted as up to one task per worker thread, but no task gets fewer
# than this many articles (a task's scheduling and Prefect bookkeeping cost tens of milliseconds).
MIN_ARTICLES_PER_DASK_TASK = 100
# Extract tasks queued or running per Dask worker thread: enough that no worker waits while the
# flow process loads, few enough that memory stays bounded (the corpus is never submitted at once).
DASK_TASKS_PER_THREAD = 2


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
def filter_unchanged(articles: list[Article], warehouse_path: str,
                     pending: dict[str, tuple[str, str]] | None = None) -> tuple[list[Article], int]:
    """Drop articles stored with the same content (one short read); keep the last of duplicate ids.
    `pending` holds (content_hash, collection) of articles in earlier batches that are still being
    extracted: they count as stored, as they would be in a run that loads one batch at a time.
    Returns (articles to extract, number unchanged)."""
    latest: dict[str, Article] = {}
    for article in articles:
        latest.pop(article.article_id, None)
        latest[article.article_id] = article
    stored = wh.stored_versions(warehouse_path, list(latest))
    if pending:
        stored.update((aid, pending[aid]) for aid in latest if aid in pending)
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


class DaskUnavailable(RuntimeError):
    """The Dask cluster the run was given cannot be reached (nothing has been written yet)."""


def dask_task_runner(workers: int | None = None, address: str | None = None):
    """A prefect_dask.DaskTaskRunner for `ingest.with_options(task_runner=...)`: a local cluster of
    `workers` processes with one thread each (extraction is pure Python: threads would share one
    GIL), or the existing cluster whose scheduler listens at `address` (tcp://HOST:PORT)."""
    if (workers is None) == (address is None):
        raise ValueError("give either workers or address")
    from prefect_dask import DaskTaskRunner

    if address is not None:
        return DaskTaskRunner(address=address)
    if workers < 1:
        raise ValueError("workers must be at least 1")
    # No dashboard: it needs a free port (8787) and bokeh; a long-lived cluster of your own
    # (`--dask-address`) can have one.
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})


def check_dask_scheduler(address: str, timeout: float = 10.0) -> None:
    """Raise DaskUnavailable unless a Dask scheduler answers at `address` (a quick connect and
    disconnect, so a wrong address fails before a run starts)."""
    import distributed
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        if scheme in ("tcp", "tls"):
            parse_host_port(location)  # a Client would retry a malformed address until its timeout
    except ValueError as exc:
        raise DaskUnavailable(f"not a Dask scheduler address: {address} ({exc}); "
                              "expected tcp://HOST:PORT") from exc
    try:
        distributed.Client(address, timeout=timeout, set_as_default=False).close()
    except (OSError, ValueError) as exc:  # unreachable (TimeoutError is an OSError) / malformed
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _dask_threads() -> int:
    """Worker threads of the flow run's Dask cluster; 0 when the flow does not run on Dask.
    Connecting here, before anything is written, makes an unreachable scheduler fail the run
    before it starts."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    dask_runners = sys.modules.get("prefect_dask.task_runners")  # imported if a runner exists
    if context is None or dask_runners is None or not isinstance(
            context.task_runner, dask_runners.DaskTaskRunner):
        return 0
    runner = context.task_runner
    try:
        client = runner.client
    except OSError as exc:  # distributed: unreachable scheduler (TimeoutError is an OSError)
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {runner.address}: {exc}") from exc
    # A cluster that is still starting (or scales adaptively) may report no worker yet.
    return max(1, sum(client.nthreads().values()))


@contextmanager
def _settings_for_dask_workers():
    """Tasks on Dask workers reach the Prefect API named in the settings sent along with them.
    Without PREFECT_API_URL the flow process runs a temporary local server that its settings do
    not name, and every worker would start a temporary server of its own (~10 s each): name the
    flow's server in the settings of the tasks submitted in this block."""
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    context = FlowRunContext.get()
    if PREFECT_API_URL.value() or context is None or context.client is None:
        yield
        return
    with temporary_settings(updates={PREFECT_API_URL: str(context.client.api_url)}):
        yield


@dataclass
class _ExtractingBatch:
    """A batch whose extract tasks were submitted to Dask and that waits for its turn to load."""
    seen: int
    todo: list[Article]
    unchanged: int
    rejects: list[Reject]
    parts: list                  # futures of extract_figures over consecutive slices of todo


class _BatchLoader:
    """Extracts batches and loads them into the warehouse in the order they were added.

    Without Dask each batch is extracted in the flow process and loaded at once, as before. On
    Dask, extraction is submitted ahead, at most DASK_TASKS_PER_THREAD tasks per worker thread,
    so workers extract batch k+1 while the flow process loads batch k; loads stay in order, in
    this process (the single DuckDB writer).
    """

    def __init__(self, db: str, summary: RunSummary, reasons: Counter[str], dask_threads: int):
        self.db = db
        self.summary = summary
        self.reasons = reasons
        self.dask_threads = dask_threads
        self.extracting: deque[_ExtractingBatch] = deque()

    def pending_versions(self) -> dict[str, tuple[str, str]]:
        """(content_hash, collection) of the articles submitted but not yet loaded."""
        return {a.article_id: (a.content_hash, a.collection)
                for batch in self.extracting for a in batch.todo}

    def add(self, seen: int, todo: list[Article], unchanged: int, rejects: list[Reject]) -> None:
        if not self.dask_threads or (not todo and not self.extracting):
            extracted = extract_figures(todo) if todo else ExtractedBatch()
            self._load(seen, todo, unchanged, rejects, extracted)
            return
        # A batch with nothing to extract still waits for its turn: loads keep the input order.
        with _settings_for_dask_workers():
            parts = [extract_figures.submit(part) for part in self._slices(todo)]
        self.extracting.append(_ExtractingBatch(seen, todo, unchanged, rejects, parts))
        limit = DASK_TASKS_PER_THREAD * self.dask_threads
        # Wait for the oldest batch only when too many tasks are queued; load finished ones anyway.
        while self.extracting and (sum(len(b.parts) for b in self.extracting) > limit
                                   or self._extracted(self.extracting[0])):
            self._load_oldest()

    def drain(self) -> None:
        """Load every batch still extracting."""
        while self.extracting:
            self._load_oldest()

    def _slices(self, todo: list[Article]) -> list[list[Article]]:
        """One slice per worker thread, none below MIN_ARTICLES_PER_DASK_TASK articles."""
        if not todo:
            return []
        n_slices = max(1, min(self.dask_threads, len(todo) // MIN_ARTICLES_PER_DASK_TASK))
        return _chunks(todo, math.ceil(len(todo) / n_slices))

    @staticmethod
    def _extracted(batch: _ExtractingBatch) -> bool:
        return all(part.wrapped_future.done() for part in batch.parts)

    def _load_oldest(self) -> None:
        batch = self.extracting.popleft()
        extracted = ExtractedBatch()
        for part in batch.parts:
            result: ExtractedBatch = part.result()
            extracted.rows.extend(result.rows)
            extracted.failed.update(result.failed)
        self._load(batch.seen, batch.todo, batch.unchanged, batch.rejects, extracted)

    def _load(self, seen: int, todo: list[Article], unchanged: int, rejects: list[Reject],
              extracted: ExtractedBatch) -> None:
        summary = self.summary
        batch_rejects = rejects + list(extracted.failed.values())
        self.reasons.update(r.reason for r in extracted.failed.values())
        result = load_batch(self.db, todo, extracted.rows, batch_rejects,
                            summary.run_id, seen=seen, unchanged=unchanged)
        summary.seen += seen
        summary.unchanged += unchanged + result.unchanged
        summary.new += result.new
        summary.changed += result.changed
        summary.figures += result.figures
        summary.rejected += result.rejected


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
    dask_threads = _dask_threads()
    summary = RunSummary(run_id=_run_id(), warehouse=db)
    wh.start_run(db, summary.run_id, datetime.now(timezone.utc).replace(tzinfo=None))
    reasons: Counter[str] = Counter()
    status = "failed"
    try:
        found = discover_sources(sources)
        summary.skipped = len(found.skipped)
        loader = _BatchLoader(db, summary, reasons, dask_threads)
        if dask_threads:
            logger.info("extracting on Dask: %d worker thread(s)", dask_threads)

        def load(articles: list[Article], rejects: list[Reject]) -> None:
            reasons.update(r.reason for r in rejects)
            batches = _chunks(articles, batch_size) or [[]]
            for number, batch in enumerate(batches):
                todo, unchanged = (filter_unchanged(batch, db, loader.pending_versions())
                                   if batch else ([], 0))
                loader.add(len(batch), todo, unchanged, rejects if number == 0 else [])

        if found.missing:  # the CLI refuses these up front; a served run records them
            logger.warning("not found: %s", ", ".join(found.missing))
            load([], [Reject(path, "not_found", "no such file or folder") for path in found.missing])
        for files in _chunks(found.files, FILES_PER_READ):
            load(*read_articles(files, collection))
        if found.urls:
            loader.drain()  # the web reader keeps its fetch cache in the warehouse
            load(*read_web_articles(found.urls, collection, db))
        loader.drain()
        status = "completed"
    finally:
        summary.rejects_by_reason = dict(reasons.most_common())
        wh.finish_run(db, summary.run_id, status)
    _quality_and_report(summary)
    logger.info("ingest %s: %s", summary.run_id, summary.line())
    return summary
