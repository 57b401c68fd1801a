"""`casualties reextract`: figures re-extracted from stored text when the extractor version changes."""
from __future__ import annotations

from datetime import date

import duckdb
from typer.testing import CliRunner

from flows import readers, warehouse as wh
from flows.batch import extract_figure_rows
from flows.cli import app
from flows.extract import EXTRACTOR_VERSION

TEXTS = ["Gunmen killed 4 villagers on Friday, police said.",
         "A blast wounded 12 people in the market.",
         "Negotiators met again on Thursday."]


def test_reextract_rebuilds_stale_articles_only(warehouse_file):
    articles = [readers.make_article(source=f"a{i}.txt", collection="c", published=date(2024, 3, i + 1),
                                     text=t) for i, t in enumerate(TEXTS)]
    stale = [{**row, "kind": "injured", "best": 999, "extractor_version": "0.0.0"}
             for row in extract_figure_rows(articles[:2]).rows]
    stale.append({**(stale[0] if stale else {}), "figure_id": "a0.txt#77", "article_id": "a0.txt",
                  "kind": "killed", "best": 1, "low": 1, "high": 1, "qualifier": "exact",
                  "role": "victim", "sentence": "x", "char_start": 0, "char_end": 1, "rule": "old",
                  "extractor_version": "0.0.0", "counted": True})
    wh.load_batch(warehouse_file, articles[:2], stale, [], "r1", extractor_version="0.0.0")
    wh.load_batch(warehouse_file, articles[2:], extract_figure_rows(articles[2:]).rows, [], "r2")

    result = CliRunner().invoke(app, ["reextract", "--warehouse", str(warehouse_file), "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    expected = extract_figure_rows(articles).rows
    assert f"re-extracted 2 article(s): {len(extract_figure_rows(articles[:2]).rows)} figure(s)" in result.stdout

    con = duckdb.connect(str(warehouse_file), read_only=True)
    stored = con.execute("SELECT figure_id, kind, best, extractor_version FROM figures "
                         "ORDER BY figure_id").fetchall()
    versions = con.execute("SELECT DISTINCT extractor_version FROM articles").fetchall()
    con.close()
    assert stored == sorted((r["figure_id"], r["kind"], r["best"], EXTRACTOR_VERSION) for r in expected)
    assert versions == [(EXTRACTOR_VERSION,)]

    again = CliRunner().invoke(app, ["reextract", "--warehouse", str(warehouse_file)])
    assert again.exit_code == 0 and "re-extracted 0 article(s)" in again.stdout


def test_reextract_without_a_warehouse(tmp_path):
    result = CliRunner().invoke(app, ["reextract", "--warehouse", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "casualties ingest" in result.stderr
