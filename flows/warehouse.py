"""The DuckDB warehouse: open it (schema and views applied), load batches, re-extract.

DuckDB allows one writing process at a time, so every write here opens the file, runs ONE short
transaction and closes it again; batches are staged as Arrow tables (never row-by-row inserts).
"""
from __future__ import annotations

import os
import re
import time
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from flows import sql
from flows.articles import Article, Reject
from flows.batch import ExtractedBatch
from flows.extract import EXTRACTOR_VERSION

LOCK_WAIT_SECONDS = 30.0


class WarehouseMissing(FileNotFoundError):
    """The warehouse file does not exist yet."""

    def __init__(self, path: Path):
        super().__init__(f"no warehouse at {path}: run `casualties ingest PATH` first "
                         "(or point --warehouse / CASUALTIES_WAREHOUSE at an existing one)")
        self.path = path


class ViewError(RuntimeError):
    """A view in sql/ could not be created (usually: it depends on a missing table or view)."""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# --- opening -----------------------------------------------------------------------------------

def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            # Another process holds the file for a (short) write transaction: wait for it.
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables of sql/schema_*.sql that do not exist yet (in file-name order)."""
    for name in sql.names("schema_"):
        con.execute(sql.load(name))


_CREATE_VIEW = re.compile(r"\bCREATE\s+(OR\s+REPLACE\s+)?VIEW\b", re.IGNORECASE)


def apply_views(con: duckdb.DuckDBPyConnection, temporary: bool = False) -> None:
    """Create or replace every view of sql/view_*.sql.

    Views may build on each other, so the ones that fail are retried after the others until no more
    succeed; whatever still fails raises ViewError naming the view and DuckDB's reason.
    `temporary` creates them as TEMP views (for read-only connections, so that queries always see
    the views of the installed code, even on a warehouse written by an older version).
    """
    pending = sql.names("view_")
    errors: dict[str, str] = {}
    while pending:
        failed = []
        for name in pending:
            text = sql.load(name)
            if temporary:
                text = _CREATE_VIEW.sub("CREATE OR REPLACE TEMP VIEW", text, count=1)
            try:
                con.execute(text)
            except duckdb.Error as exc:
                failed.append(name)
                errors[name] = str(exc).splitlines()[0]
        if len(failed) == len(pending):
            detail = "; ".join(f"{n}.sql: {errors[n]}" for n in failed)
            raise ViewError(f"could not create view(s) from sql/: {detail}")
        pending = failed


def connect(path: str | os.PathLike, read_only: bool = False,
            wait: float = LOCK_WAIT_SECONDS) -> duckdb.DuckDBPyConnection:
    """A connection with the schema and views applied (idempotent).

    Read-write creates the file (and its folder) when missing; read-only raises WarehouseMissing.
    Waits up to `wait` seconds while another process holds the write lock.
    """
    path = Path(path)
    if read_only:
        if not path.is_file():
            raise WarehouseMissing(path)
        con = _open(path, True, wait)
        try:
            apply_views(con, temporary=True)
        except BaseException:
            con.close()
            raise
        return con
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, False, wait)
    try:
        con.execute("BEGIN")
        apply_schema(con)
        apply_views(con)
        con.execute("COMMIT")
    except BaseException:
        con.close()
        raise
    return con


@contextmanager
def write_transaction(path: str | os.PathLike) -> Iterator[duckdb.DuckDBPyConnection]:
    """A write connection inside one transaction: committed when the block ends, rolled back
    when it raises, and closed either way, so the file lock is held only for the block."""
    con = connect(path)
    try:
        con.execute("BEGIN")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:  # the failed statement may have aborted it already
                pass
            raise
    finally:
        con.close()


# --- staging -----------------------------------------------------------------------------------

ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("external_id", pa.string()), ("source", pa.string()),
    ("collection", pa.string()), ("published", pa.date32()), ("title", pa.string()),
    ("url", pa.string()), ("text", pa.string()), ("content_hash", pa.string()),
    ("extractor_version", pa.string()), ("ingested_at", pa.timestamp("us")),
])
FIGURE_SCHEMA = pa.schema([
    ("figure_id", pa.string()), ("article_id", pa.string()), ("kind", pa.string()),
    ("low", pa.int64()), ("best", pa.int64()), ("high", pa.int64()), ("qualifier", pa.string()),
    ("vague_term", pa.string()), ("victims", pa.string()), ("role", pa.string()),
    ("part_of", pa.string()), ("event_date", pa.date32()), ("sentence", pa.string()),
    ("char_start", pa.int32()), ("char_end", pa.int32()), ("rule", pa.string()),
    ("extractor_version", pa.string()), ("counted", pa.bool_()), ("place", pa.string()),
    ("country", pa.string()),
])
REJECT_SCHEMA = pa.schema([
    ("source", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
    ("run_id", pa.string()), ("seen_at", pa.timestamp("us")),
])


def _last_by(rows: Iterable[dict], key: str) -> list[dict]:
    """Rows deduplicated on `key`, the last occurrence winning, in order of last occurrence."""
    latest: dict = {}
    for row in rows:
        latest.pop(row[key], None)
        latest[row[key]] = row
    return list(latest.values())


def article_table(articles: Iterable[Article], extractor_version: str = EXTRACTOR_VERSION,
                  ingested_at: datetime | None = None) -> pa.Table:
    ingested_at = ingested_at or _now()
    rows = [{**asdict(a), "extractor_version": extractor_version, "ingested_at": ingested_at}
            for a in articles]
    return pa.Table.from_pylist(_last_by(rows, "article_id"), schema=ARTICLE_SCHEMA)


def figure_table(figure_rows: Iterable[dict]) -> pa.Table:
    columns = FIGURE_SCHEMA.names
    rows = [{c: r.get(c) for c in columns} for r in figure_rows]
    return pa.Table.from_pylist(_last_by(rows, "figure_id"), schema=FIGURE_SCHEMA)


def reject_table(rejects: Iterable[Reject], run_id: str, seen_at: datetime | None = None) -> pa.Table:
    seen_at = seen_at or _now()
    rows = [{"source": r.source, "reason": r.reason, "detail": r.detail, "run_id": run_id,
             "seen_at": seen_at} for r in rejects]
    return pa.Table.from_pylist(rows, schema=REJECT_SCHEMA)


# --- reads -------------------------------------------------------------------------------------

def stored_versions(path: str | os.PathLike, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(content_hash, collection) of the given articles already in the warehouse, in one short
    read. An absent warehouse holds nothing."""
    path = Path(path)
    if not article_ids or not path.is_file():
        return {}
    con = _open(path, True, LOCK_WAIT_SECONDS)
    try:
        if not con.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_name = 'articles'").fetchall()[0][0]:
            return {}
        con.register("wanted", pa.table({"article_id": pa.array(list(article_ids), pa.string())}))
        rows = con.execute("SELECT a.article_id, a.content_hash, a.collection FROM articles a "
                           "JOIN wanted w USING (article_id)").fetchall()
    finally:
        con.close()
    return {aid: (h, c) for aid, h, c in rows}


# --- writes ------------------------------------------------------------------------------------

@dataclass
class LoadResult:
    new: int = 0
    changed: int = 0
    unchanged: int = 0      # articles of the batch already stored with the same content
    figures: int = 0
    rejected: int = 0


def start_run(path: str | os.PathLike, run_id: str, started_at: datetime | None = None) -> None:
    """Record a run as `running` in the ledger (a no-op if it is already there)."""
    con = connect(path)
    try:
        con.execute("INSERT INTO runs (run_id, started_at, status) VALUES (?, ?, 'running') "
                    "ON CONFLICT DO NOTHING", [run_id, started_at or _now()])
    finally:
        con.close()


def finish_run(path: str | os.PathLike, run_id: str, status: str = "completed") -> None:
    con = connect(path)
    try:
        con.execute("INSERT INTO runs (run_id, started_at, status) VALUES (?, ?, 'running') "
                    "ON CONFLICT DO NOTHING", [run_id, _now()])
        con.execute("UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?",
                    [status, _now(), run_id])
    finally:
        con.close()


def load_batch(path: str | os.PathLike, articles: Sequence[Article], figure_rows: Sequence[dict],
               rejects: Sequence[Reject], run_id: str, *, seen: int = 0, unchanged: int = 0,
               extractor_version: str = EXTRACTOR_VERSION) -> LoadResult:
    """Load one batch in ONE transaction and close the connection.

    Articles are upserted (the last of duplicate ids in the batch wins); an article whose content
    is already stored unchanged is left alone; a new or changed article's figures replace all its
    earlier figures. Rejects are appended and the run's ledger row is incremented by this batch's
    counts (`seen` / `unchanged` count articles the caller filtered out before extraction).
    """
    now = _now()
    staged_articles = article_table(articles, extractor_version, now)
    staged_figures = figure_table(figure_rows)
    staged_rejects = reject_table(rejects, run_id, now)
    with write_transaction(path) as con:
        con.register("batch_articles", staged_articles)
        con.register("batch_figures", staged_figures)
        con.register("batch_rejects", staged_rejects)
        # Classify against what is stored before touching anything.
        con.execute("""
            CREATE OR REPLACE TEMP TABLE batch_status AS
            SELECT b.article_id,
                   CASE WHEN a.article_id IS NULL THEN 'new'
                        WHEN a.content_hash = b.content_hash AND a.collection = b.collection
                             THEN 'unchanged'
                        ELSE 'changed' END AS status
            FROM batch_articles b LEFT JOIN articles a USING (article_id)""")
        counts = dict(con.execute(
            "SELECT status, count(*) FROM batch_status GROUP BY status").fetchall())
        con.execute("""
            DELETE FROM figures WHERE article_id IN
                (SELECT article_id FROM batch_status WHERE status <> 'unchanged')""")
        con.execute("""
            INSERT OR REPLACE INTO articles BY NAME
            SELECT b.* FROM batch_articles b JOIN batch_status s USING (article_id)
            WHERE s.status <> 'unchanged'""")
        n_figures = con.execute("""
            INSERT INTO figures BY NAME
            SELECT f.* FROM batch_figures f JOIN batch_status s USING (article_id)
            WHERE s.status <> 'unchanged'""").fetchall()[0][0]
        con.execute("INSERT INTO rejects BY NAME SELECT * FROM batch_rejects")
        result = LoadResult(new=counts.get("new", 0), changed=counts.get("changed", 0),
                            unchanged=counts.get("unchanged", 0), figures=n_figures,
                            rejected=staged_rejects.num_rows)
        con.execute("INSERT INTO runs (run_id, started_at, status) VALUES (?, ?, 'running') "
                    "ON CONFLICT DO NOTHING", [run_id, now])
        con.execute("""
            UPDATE runs SET articles_seen = articles_seen + ?, articles_new = articles_new + ?,
                   articles_changed = articles_changed + ?,
                   articles_unchanged = articles_unchanged + ?, rejected = rejected + ?,
                   figures_loaded = figures_loaded + ?
            WHERE run_id = ?""",
                    [seen, result.new, result.changed, unchanged + result.unchanged,
                     result.rejected, result.figures, run_id])
        con.execute("DROP TABLE batch_status")
    return result


def reextract(path: str | os.PathLike, extract: Callable[[list[Article]], ExtractedBatch],
              batch_size: int = 1000, extractor_version: str = EXTRACTOR_VERSION) -> tuple[int, int]:
    """Re-run `extract` on stored articles whose extractor_version differs from the current one,
    replacing their figures batch by batch (one transaction each). Returns (articles, figures).

    The text is read in one short read per batch and extraction runs with no connection open; a
    batch only replaces figures of articles whose content did not change in the meantime.
    """
    path = Path(path)
    if not path.is_file():
        raise WarehouseMissing(path)
    done_articles = done_figures = 0
    after = ""
    while True:
        con = connect(path)
        try:
            rows = con.execute("""
                SELECT article_id, external_id, source, collection, published, title, url, text,
                       content_hash
                FROM articles WHERE extractor_version IS DISTINCT FROM ? AND article_id > ?
                ORDER BY article_id LIMIT ?""", [extractor_version, after, batch_size]).fetchall()
        finally:
            con.close()
        if not rows:
            return done_articles, done_figures
        after = rows[-1][0]
        articles = [Article(*row) for row in rows]
        extracted = extract(articles)
        # An article the extractor fails on keeps its old figures and version (retried next time).
        articles = [a for a in articles if a.article_id not in extracted.failed]
        staged_figures = figure_table(extracted.rows)
        staged = pa.table({"article_id": [a.article_id for a in articles],
                           "content_hash": [a.content_hash for a in articles]})
        with write_transaction(path) as con:
            con.register("batch_articles", staged)
            con.register("batch_figures", staged_figures)
            con.execute("""
                CREATE OR REPLACE TEMP TABLE batch_ids AS
                SELECT article_id FROM batch_articles JOIN articles USING (article_id, content_hash)""")
            con.execute("DELETE FROM figures WHERE article_id IN (SELECT article_id FROM batch_ids)")
            n_figures = con.execute("""
                INSERT INTO figures BY NAME
                SELECT f.* FROM batch_figures f JOIN batch_ids USING (article_id)""").fetchall()[0][0]
            n_articles = con.execute("""
                UPDATE articles SET extractor_version = ?
                WHERE article_id IN (SELECT article_id FROM batch_ids)""",
                                     [extractor_version]).fetchall()[0][0]
            con.execute("DROP TABLE batch_ids")
        done_articles += n_articles
        done_figures += n_figures
