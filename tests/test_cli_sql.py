"""`casualties sql`: a table or CSV from a read-only warehouse, clear errors."""
from __future__ import annotations

import csv
import io
from datetime import date

import duckdb
from typer.testing import CliRunner

from flows import readers, warehouse as wh
from flows.cli import app


def loaded(path):
    a = readers.make_article(source="a.txt", collection="c", published=date(2024, 3, 1),
                             text="Two killed,\nthree hurt.")
    b = readers.make_article(source="b.txt", collection="c", published=date(2024, 3, 2),
                             text="Nothing.")
    wh.load_batch(path, [a, b], [], [], "r1")
    return path


def test_sql_prints_an_aligned_table(warehouse_file):
    loaded(warehouse_file)
    result = CliRunner().invoke(app, ["sql", "SELECT article_id, published, length(text) AS n "
                                      "FROM articles ORDER BY 1", "--warehouse", str(warehouse_file)])
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert out[0].split() == ["article_id", "published", "n"]
    assert out[2].split() == ["a.txt", "2024-03-01", "23"]
    assert out[3].split() == ["b.txt", "2024-03-02", "8"]
    assert out[-1] == "(2 rows)"


def test_sql_csv_has_a_header_and_full_values(warehouse_file):
    loaded(warehouse_file)
    result = CliRunner().invoke(app, ["sql", "SELECT article_id, text, title FROM articles ORDER BY 1",
                                      "--csv", "--warehouse", str(warehouse_file)])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["article_id", "text", "title"], ["a.txt", "Two killed,\nthree hurt.", ""],
        ["b.txt", "Nothing.", ""]]


def test_sql_uses_the_environment_warehouse(warehouse_file, monkeypatch):
    loaded(warehouse_file)
    monkeypatch.setenv("CASUALTIES_WAREHOUSE", str(warehouse_file))
    result = CliRunner().invoke(app, ["sql", "SELECT count(*) AS n FROM article_totals", "--csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "n\n2\n"


def test_sql_missing_warehouse_says_to_ingest_first(tmp_path):
    result = CliRunner().invoke(app, ["sql", "SELECT 1", "--warehouse", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "casualties ingest" in result.stderr
    assert not (tmp_path / "none.duckdb").exists()


def test_sql_errors_and_read_only(warehouse_file):
    loaded(warehouse_file)
    runner = CliRunner()
    bad = runner.invoke(app, ["sql", "SELEC nothing", "--warehouse", str(warehouse_file)])
    assert bad.exit_code == 1 and "error" in bad.stderr.lower()
    write = runner.invoke(app, ["sql", "DELETE FROM articles", "--warehouse", str(warehouse_file)])
    assert write.exit_code == 1
    con = duckdb.connect(str(warehouse_file), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(2,)]
    con.close()
