"""Test helper: write hand-made article and figure rows into a fresh warehouse, so that the trend
SQL, exports, charts and quality checks can be tested independently of extraction."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from flows import sql


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        from flows.warehouse import connect
    except ImportError:  # the warehouse module is not there: apply the schema ourselves
        con = duckdb.connect(str(path))
        for name in sql.names("schema_") + sql.names("view_"):
            con.execute(sql.load(name))
        return con
    return connect(path)


def article(article_id: str, published: str, collection: str = "testland", text: str = "") -> dict:
    return {
        "article_id": article_id, "external_id": article_id, "source": f"{article_id}.txt",
        "collection": collection, "published": date.fromisoformat(published), "title": None,
        "url": None, "text": text or f"Article {article_id}.", "content_hash": article_id,
        "extractor_version": "test", "ingested_at": datetime(2024, 1, 1),
    }


def figure(article_id: str, n: int, kind: str, best: int, event_date: str | None = None, *,
           place: str | None = None, country: str | None = None, victims: str | None = "person",
           counted: bool = True, low: int | None = None, high: int | None = None,
           qualifier: str = "exact", role: str = "victim", rule: str = "test") -> dict:
    exact = qualifier == "exact"
    return {
        "figure_id": f"{article_id}#{n}", "article_id": article_id, "kind": kind,
        "low": low if low is not None else (best if exact else None), "best": best,
        "high": high if high is not None else (best if exact else None), "qualifier": qualifier,
        "vague_term": None, "victims": victims, "role": role, "part_of": None,
        "event_date": date.fromisoformat(event_date) if event_date else None,
        "sentence": f"{kind} {best}", "char_start": 0, "char_end": 1, "rule": rule,
        "extractor_version": "test", "counted": counted, "place": place, "country": country,
    }


def write_rows(path: Path, articles: list[dict], figures: list[dict]) -> Path:
    """Create the warehouse at `path` (schema and views) and load the rows in one transaction."""
    con = _connect(path)
    try:
        columns = {t: [r[1] for r in con.execute(f"PRAGMA table_info('{t}')").fetchall()]
                   for t in ("articles", "figures")}
        con.execute("BEGIN")
        for table, rows in (("articles", articles), ("figures", figures)):
            if rows:
                frame = pd.DataFrame(rows)
                frame = frame[[c for c in columns[table] if c in frame.columns]]
                con.register("incoming", frame)
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
                con.unregister("incoming")
        con.execute("COMMIT")
    finally:
        con.close()
    return path
