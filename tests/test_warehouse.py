"""Warehouse: schema and views applied idempotently, batch loads, re-extraction."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from conftest import query as rows
from flows import readers, warehouse as wh
from flows.articles import Reject
from flows.batch import ExtractedBatch


def article(name: str, text: str = "Two people were killed.", published: date = date(2024, 3, 1),
            collection: str = "c"):
    return readers.make_article(source=f"{name}.txt", collection=collection, published=published,
                                text=text)


def figure(a, index: int, best: int, kind: str = "killed", part_of: int | None = None) -> dict:
    return {"figure_id": f"{a.article_id}#{index}", "article_id": a.article_id, "kind": kind,
            "low": best, "best": best, "high": best, "qualifier": "exact", "vague_term": None,
            "victims": "person", "role": "victim",
            "part_of": f"{a.article_id}#{part_of}" if part_of is not None else None,
            "event_date": a.published, "sentence": a.text, "char_start": 0, "char_end": 3,
            "rule": "test", "extractor_version": "t", "counted": part_of is None, "place": None,
            "country": None}




def test_connect_creates_tables_and_views_idempotently(warehouse_file):
    for _ in range(2):
        con = wh.connect(warehouse_file)
        names = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        con.close()
        assert {"articles", "figures", "rejects", "runs", "article_totals"} <= names


def test_read_only_connect_needs_an_existing_warehouse(warehouse_file):
    with pytest.raises(wh.WarehouseMissing, match="casualties ingest"):
        wh.connect(warehouse_file, read_only=True)
    wh.connect(warehouse_file).close()
    con = wh.connect(warehouse_file, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM article_totals").fetchall() == [(0,)]
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM articles")
    finally:
        con.close()


def test_a_view_that_cannot_be_built_raises_naming_it(warehouse_file, tmp_path, monkeypatch):
    from flows import sql
    sql_dir = tmp_path / "sql"
    sql_dir.mkdir()
    for name in sql.names("schema_") + sql.names("view_"):
        (sql_dir / f"{name}.sql").write_text(sql.load(name), encoding="utf-8")
    (sql_dir / "view_zz_broken.sql").write_text(
        "CREATE OR REPLACE VIEW zz_broken AS SELECT * FROM no_such_table;", encoding="utf-8")
    monkeypatch.setattr(sql, "SQL_DIR", sql_dir)
    sql.load.cache_clear()
    try:
        with pytest.raises(wh.ViewError, match="view_zz_broken.sql"):
            wh.connect(warehouse_file)
    finally:
        sql.load.cache_clear()


def test_load_batch_upserts_and_is_idempotent(warehouse_file):
    a, b = article("a"), article("b", "Four were injured.")
    figs = [figure(a, 0, 2), figure(b, 0, 4, "injured")]
    first = wh.load_batch(warehouse_file, [a, b], figs, [Reject("x.txt", "empty", "no text")],
                          "run-1", seen=2)
    assert (first.new, first.changed, first.unchanged, first.figures, first.rejected) == (2, 0, 0, 2, 1)
    again = wh.load_batch(warehouse_file, [a, b], figs, [], "run-2", seen=2)
    assert (again.new, again.changed, again.unchanged, again.figures) == (0, 0, 2, 0)
    assert rows(warehouse_file, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(warehouse_file, "SELECT count(*) FROM figures") == [(2,)]
    assert rows(warehouse_file, "SELECT run_id, articles_seen, articles_new, articles_unchanged, "
                                "rejected, figures_loaded FROM runs ORDER BY run_id") == [
        ("run-1", 2, 2, 0, 1, 2), ("run-2", 2, 0, 2, 0, 0)]
    assert rows(warehouse_file, "SELECT source, reason, run_id FROM rejects") == [
        ("x.txt", "empty", "run-1")]


def test_a_changed_article_replaces_its_figures(warehouse_file):
    a = article("a", "Two killed, three hurt.")
    wh.load_batch(warehouse_file, [a], [figure(a, 0, 2), figure(a, 1, 3, "injured")], [], "r1")
    edited = article("a", "Five killed.")
    assert edited.article_id == a.article_id and edited.content_hash != a.content_hash
    result = wh.load_batch(warehouse_file, [edited], [figure(edited, 0, 5)], [], "r2")
    assert (result.new, result.changed, result.figures) == (0, 1, 1)
    assert rows(warehouse_file, "SELECT article_id, text FROM articles") == [("a.txt", "Five killed.")]
    assert rows(warehouse_file, "SELECT figure_id, kind, best FROM figures") == [("a.txt#0", "killed", 5)]


def test_the_same_article_twice_in_a_batch_keeps_the_last(warehouse_file):
    old, new = article("a", "One killed."), article("a", "Nine killed.")
    result = wh.load_batch(warehouse_file, [old, new], [figure(old, 0, 1), figure(new, 0, 9)], [], "r")
    assert (result.new, result.figures) == (1, 1)
    assert rows(warehouse_file, "SELECT text FROM articles") == [("Nine killed.",)]
    assert rows(warehouse_file, "SELECT best FROM figures") == [(9,)]


def test_article_totals_sum_counted_figures_and_take_the_largest_toll(warehouse_file):
    a = article("a", "Ten killed including two children; four hurt; toll 50.")
    figs = [figure(a, 0, 10), figure(a, 1, 2, part_of=0), figure(a, 2, 4, "injured"),
            figure(a, 3, 50, "death_toll"), figure(a, 4, 40, "death_toll")]
    wh.load_batch(warehouse_file, [a, article("b", "Nothing.")], figs, [], "r")
    assert rows(warehouse_file, "SELECT article_id, killed, injured, death_toll FROM article_totals "
                                "ORDER BY article_id") == [("a.txt", 10, 4, 50), ("b.txt", 0, 0, None)]


def test_a_batch_that_fails_leaves_nothing_behind(warehouse_file):
    a = article("a")
    bad = figure(a, 0, 2)
    bad["kind"] = None  # NOT NULL column: the insert fails inside the transaction
    with pytest.raises(duckdb.Error):
        wh.load_batch(warehouse_file, [a], [bad], [Reject("x", "empty", "")], "r")
    assert rows(warehouse_file, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM rejects), "
                                "(SELECT count(*) FROM runs)") == [(0, 0, 0)]


def test_stored_versions_reads_hashes_of_known_articles(warehouse_file):
    assert wh.stored_versions(warehouse_file, ["a.txt"]) == {}
    a = article("a")
    wh.load_batch(warehouse_file, [a], [], [], "r")
    assert wh.stored_versions(warehouse_file, ["a.txt", "zzz"]) == {"a.txt": (a.content_hash, "c")}


def test_reextract_replaces_figures_of_articles_with_another_version(warehouse_file):
    a, b = article("a", "Two killed."), article("b", "Three killed.")
    wh.load_batch(warehouse_file, [a, b], [figure(a, 0, 2), figure(a, 1, 7), figure(b, 0, 3)], [],
                  "r", extractor_version="old")
    con = duckdb.connect(str(warehouse_file))
    con.execute("UPDATE articles SET extractor_version = 'new' WHERE article_id = 'b.txt'")
    con.close()
    seen = []

    def extract(articles):
        seen.extend(x.article_id for x in articles)
        return ExtractedBatch(rows=[figure(x, 0, 100) for x in articles])

    assert wh.reextract(warehouse_file, extract, batch_size=1, extractor_version="new") == (1, 1)
    assert seen == ["a.txt"]
    assert rows(warehouse_file, "SELECT figure_id, best FROM figures ORDER BY figure_id") == [
        ("a.txt#0", 100), ("b.txt#0", 3)]
    assert rows(warehouse_file, "SELECT DISTINCT extractor_version FROM articles") == [("new",)]
    assert wh.reextract(warehouse_file, extract, extractor_version="new") == (0, 0)


def test_reextract_keeps_old_figures_of_an_article_the_extractor_fails_on(warehouse_file):
    a, b = article("a", "Two killed."), article("b", "Three killed.")
    wh.load_batch(warehouse_file, [a, b], [figure(a, 0, 2), figure(b, 0, 3)], [], "r",
                  extractor_version="old")

    def extract(articles):
        batch = ExtractedBatch(rows=[figure(x, 0, 100) for x in articles if x.article_id != "b.txt"])
        batch.failed.update({x.article_id: Reject(x.source, "extract_error", "boom")
                             for x in articles if x.article_id == "b.txt"})
        return batch

    assert wh.reextract(warehouse_file, extract, extractor_version="new") == (1, 1)
    assert rows(warehouse_file, "SELECT figure_id, best FROM figures ORDER BY figure_id") == [
        ("a.txt#0", 100), ("b.txt#0", 3)]
    assert rows(warehouse_file, "SELECT article_id, extractor_version FROM articles ORDER BY 1") == [
        ("a.txt", "new"), ("b.txt", "old")]


def test_warehouse_path_option_beats_environment_beats_default(monkeypatch, tmp_path):
    from flows import settings
    monkeypatch.delenv("CASUALTIES_WAREHOUSE", raising=False)
    assert settings.warehouse_path(None) == settings.DEFAULT_WAREHOUSE
    monkeypatch.setenv("CASUALTIES_WAREHOUSE", str(tmp_path / "env.duckdb"))
    assert settings.warehouse_path(None) == tmp_path / "env.duckdb"
    assert settings.warehouse_path(tmp_path / "opt.duckdb") == tmp_path / "opt.duckdb"


def test_prefect_state_defaults_to_the_project_with_analytics_off(tmp_path):
    import os
    import subprocess
    import sys

    from conftest import PROJECT
    env = {k: v for k, v in os.environ.items()
           if k not in ("PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED")}
    code = ("import os, flows.settings; "
            "print(os.environ['PREFECT_HOME']); print(os.environ['PREFECT_SERVER_ANALYTICS_ENABLED'])")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert out == [str(PROJECT / ".prefect"), "false"]
    env["PREFECT_HOME"] = str(tmp_path / "mine")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert out[0] == str(tmp_path / "mine")
