"""`casualties export trends` / `export figures` (issue 4): exact series, file formats, errors,
and the testland corpus end to end through the real pipeline."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.trends import FIGURE_COLUMNS, TREND_COLUMNS
from warehouse_rows import article, figure, write_rows

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "testland"
runner = CliRunner()

# The testland corpus: a car bomb in Kirkuk on Monday 26 Feb reported by two articles (26 and 27
# Feb), a second attack near Basra on Thursday 29 Feb, an article without casualties on 1 Mar, and
# a death toll reported at 120 on 2 Mar and 150 on 4 Mar (nothing on 3 Mar).
DAILY = [
    "collection,period,killed,injured,death_toll,articles",
    "testland,2024-02-26,12,30,,1",
    "testland,2024-02-27,0,0,,1",
    "testland,2024-02-28,0,0,,0",
    "testland,2024-02-29,5,8,,1",
    "testland,2024-03-01,0,0,,1",
    "testland,2024-03-02,0,0,120,1",
    "testland,2024-03-03,0,0,120,0",
    "testland,2024-03-04,0,0,150,1",
]
WEEKLY = [
    "collection,period,killed,injured,death_toll,articles",
    "testland,2024-02-26,17,38,120,5",
    "testland,2024-03-04,0,0,150,1",
]
MONTHLY = [
    "collection,period,killed,injured,death_toll,articles",
    "testland,2024-02-01,17,38,,3",
    "testland,2024-03-01,0,0,150,3",
]


def write_testland(tmp_path: Path) -> Path:
    """The testland corpus as figure rows (what a correct extraction of the fixtures yields)."""
    articles = [article("kirkuk-1", "2024-02-26"), article("kirkuk-2", "2024-02-27"),
                article("basra", "2024-02-29"), article("budget", "2024-03-01"),
                article("toll-1", "2024-03-02"), article("toll-2", "2024-03-04"),
                article("other", "2024-02-27", collection="elsewhere")]
    figures = [figure("kirkuk-1", 0, "killed", 12, "2024-02-26", place="Kirkuk", country="IQ"),
               figure("kirkuk-1", 1, "injured", 30, "2024-02-26", place="Kirkuk", country="IQ"),
               figure("kirkuk-2", 0, "killed", 12, "2024-02-26", place="Kirkuk", country="IQ"),
               figure("kirkuk-2", 1, "injured", 30, "2024-02-26"),
               figure("basra", 0, "killed", 5, "2024-02-29", place="Basra", country="IQ", victims="soldier"),
               figure("basra", 1, "injured", 8, "2024-02-29", place="Basra", country="IQ"),
               figure("toll-1", 0, "death_toll", 120, "2024-03-02"),
               figure("toll-2", 0, "death_toll", 150, "2024-03-04"),
               figure("other", 0, "killed", 40, "2024-02-27", place="Lyon", country="FR")]
    return write_rows(tmp_path / "testland.duckdb", articles, figures)


def export(*args: str) -> str:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def warehouse(tmp_path) -> Path:
    return write_testland(tmp_path)


def test_daily_weekly_monthly_exact(warehouse):
    common = ["--collection", "testland", "--warehouse", str(warehouse)]
    assert export("trends", "--by", "day", *common).splitlines() == DAILY
    assert export("trends", "--by", "week", *common).splitlines() == WEEKLY
    assert export("trends", "--by", "month", *common).splitlines() == MONTHLY


def test_rollups_agree_with_the_daily_export(warehouse):
    common = ["--collection", "testland", "--warehouse", str(warehouse)]
    daily = pd.read_csv(io.StringIO(export("trends", "--by", "day", *common)), parse_dates=["period"])
    for by, freq in (("week", "W-SUN"), ("month", "MS")):
        rolled = pd.read_csv(io.StringIO(export("trends", "--by", by, *common)), parse_dates=["period"])
        key = daily["period"].dt.to_period("W-SUN" if by == "week" else "M").dt.start_time
        sums = daily.groupby(key)[["killed", "injured", "articles"]].sum().reset_index(drop=True)
        assert rolled[["killed", "injured", "articles"]].equals(sums)
        last = daily.groupby(key)["death_toll"].apply(lambda s: s.iloc[-1]).reset_index(drop=True)
        assert rolled["death_toll"].fillna(-1).tolist() == last.fillna(-1).tolist()


def test_collection_and_date_filters(warehouse):
    out = export("trends", "--warehouse", str(warehouse), "--since", "2024-02-27", "--until", "2024-02-29")
    assert out.splitlines() == [
        "collection,period,killed,injured,death_toll,articles",
        "elsewhere,2024-02-27,40,0,,1",
        "testland,2024-02-27,0,0,,1",
        "testland,2024-02-28,0,0,,0",
        "testland,2024-02-29,5,8,,1",
    ]
    country = export("trends", "--warehouse", str(warehouse), "--country", "fr")
    assert country.splitlines()[1:] == ["elsewhere,2024-02-27,40,0,,1"]


def test_csv_opens_in_pandas_and_duckdb_with_exactly_the_columns(warehouse, tmp_path):
    out = tmp_path / "trends.csv"
    result = runner.invoke(app, ["export", "trends", "--by", "week", "--warehouse", str(warehouse), "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert list(frame.columns) == TREND_COLUMNS
    con = duckdb.connect()
    assert [d[0] for d in con.execute(f"SELECT * FROM read_csv_auto('{out}')").description] == TREND_COLUMNS
    assert con.execute(f"SELECT sum(killed) FROM read_csv_auto('{out}') WHERE collection = 'testland'").fetchone()[0] == 17


def test_parquet_opens_in_pandas_and_duckdb_with_typed_columns(warehouse, tmp_path):
    out = tmp_path / "trends.parquet"
    result = runner.invoke(app, ["export", "trends", "--collection", "testland", "--warehouse", str(warehouse),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out)
    assert list(frame.columns) == TREND_COLUMNS
    assert frame["death_toll"].isna().sum() == 5 and frame["death_toll"].max() == 150
    con = duckdb.connect()
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{out}')").fetchall())
    assert list(types) == TREND_COLUMNS
    assert types["period"] == "DATE" and types["killed"] == "BIGINT" and types["death_toll"] == "BIGINT"
    assert con.execute(f"SELECT death_toll FROM '{out}' WHERE period = DATE '2024-03-03'").fetchone()[0] == 120


def test_export_figures_has_every_figure_with_its_provenance(warehouse, tmp_path):
    frame = pd.read_csv(io.StringIO(export("figures", "--collection", "testland", "--warehouse", str(warehouse))))
    assert list(frame.columns) == FIGURE_COLUMNS
    assert len(frame) == 8
    assert {"article_id", "published", "event_date", "place", "sentence", "rule"} <= set(frame.columns)
    out = tmp_path / "figures.parquet"
    export("figures", "--warehouse", str(warehouse), "--since", "2024-02-29", "--out", str(out))
    assert sorted(pd.read_parquet(out)["figure_id"]) == ["basra#0", "basra#1", "toll-1#0", "toll-2#0"]


def test_missing_warehouse_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["export", "trends", "--warehouse", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no warehouse" in result.output and "casualties ingest" in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_usage_errors_exit_2(warehouse, tmp_path):
    for args in (["--by", "year"], ["--out", str(tmp_path / "x.xlsx")], ["--since", "yesterday"],
                 ["--since", "2024-03-02", "--until", "2024-03-01"]):
        result = runner.invoke(app, ["export", "trends", "--warehouse", str(warehouse), *args])
        assert result.exit_code == 2, (args, result.output)


def test_export_leaves_the_warehouse_unchanged(warehouse):
    before = warehouse.stat().st_mtime_ns, warehouse.read_bytes()
    export("trends", "--warehouse", str(warehouse))
    assert (warehouse.stat().st_mtime_ns, warehouse.read_bytes()) == before


# --- end to end: the testland corpus through the real pipeline -------------------------------------

def _extractor_reads_plain_sentences() -> bool:
    from flows.extract import extract_figures

    published = date(2024, 2, 26)
    found = {(f.kind, f.best) for f in extract_figures("A car bomb killed 12 people on Monday.", published)}
    found |= {(f.kind, f.best) for f in extract_figures("The death toll rose to 120.", published)}
    return {("killed", 12), ("death_toll", 120)} <= found


@pytest.mark.slow
def test_testland_corpus_end_to_end(tmp_path, request):
    if not _extractor_reads_plain_sentences():
        pytest.skip("the extractor does not read plain casualty sentences yet")
    request.getfixturevalue("prefect_harness")  # the session's Prefect test server (conftest.py)

    db = tmp_path / "testland.duckdb"
    result = runner.invoke(app, ["ingest", str(FIXTURES), "--collection", "testland", "--warehouse", str(db)])
    assert result.exit_code == 0, result.output
    # The run summary shows the quality checks, which the run recorded in the warehouse.
    assert "quality checks:" in result.stdout and "PASS  value_order" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    statuses = dict(con.execute("SELECT check_name, status FROM quality_checks").fetchall())
    con.close()
    assert statuses["value_order"] == statuses["figure_has_article"] == "pass"
    common = ["--collection", "testland", "--warehouse", str(db)]
    assert export("trends", "--by", "day", *common).splitlines() == DAILY
    assert export("trends", "--by", "week", *common).splitlines() == WEEKLY
    assert export("trends", "--by", "month", *common).splitlines() == MONTHLY
