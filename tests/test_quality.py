"""Data-quality checks and the run report (issue 4)."""
from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pytest

from flows import quality, report
from warehouse_rows import article, figure, write_rows

GOOD_ARTICLES = [article(f"a{i}", "2024-05-06") for i in range(6)]
GOOD_FIGURES = [figure(f"a{i}", 0, "killed", v, "2024-05-06") for i, v in enumerate([3, 4, 5, 6, 2, 8])]


def by_name(results) -> dict:
    return {r.name: r for r in results}


def test_clean_warehouse_passes_every_check(tmp_path):
    db = write_rows(tmp_path / "w.duckdb", GOOD_ARTICLES, GOOD_FIGURES + [figure("a0", 1, "death_toll", 50)])
    results = quality.run_checks(db, "run-1")
    assert [r.name for r in results] == [c.name for c in quality.CHECKS]
    assert {r.status for r in results} == {"pass"}
    assert by_name(results)["value_order"].checked == 7


@pytest.mark.parametrize("bad_figure, check", [
    (figure("a0", 5, "killed", 5, "2024-05-06", low=7, high=9, qualifier="range"), "value_order"),
    (figure("a0", 5, "killed", 9, "2024-05-06", low=2, high=4, qualifier="range"), "value_order"),
    (figure("a0", 5, "killed", 2, "2024-05-09"), "event_date_not_after_published"),
    (figure("ghost", 0, "killed", 2, "2024-05-06"), "figure_has_article"),
])
def test_each_rule_catches_its_bad_row(tmp_path, bad_figure, check):
    db = write_rows(tmp_path / "w.duckdb", GOOD_ARTICLES, GOOD_FIGURES + [bad_figure])
    results = by_name(quality.run_checks(db, "run-1"))
    assert results[check].status == "fail"
    assert results[check].failing == 1
    assert bad_figure["figure_id"] in results[check].detail
    assert all(r.status == "pass" for name, r in results.items() if name != check)


def test_a_figure_far_above_the_collection_usual_values_is_flagged(tmp_path):
    db = write_rows(tmp_path / "w.duckdb", GOOD_ARTICLES + [article("big", "2024-05-06")],
                    GOOD_FIGURES + [figure("big", 0, "killed", 2024, "2024-05-06")])
    outliers = by_name(quality.run_checks(db, "run-1"))["outliers"]
    assert (outliers.status, outliers.failing) == ("warn", 1)
    assert "big#0" in outliers.detail


def test_large_values_in_a_collection_of_large_values_are_not_outliers(tmp_path):
    db = write_rows(tmp_path / "w.duckdb", GOOD_ARTICLES,
                    [figure(f"a{i}", 0, "killed", v, "2024-05-06") for i, v in enumerate([300, 250, 400, 900, 320, 410])])
    assert by_name(quality.run_checks(db, "run-1"))["outliers"].status == "pass"


def test_downward_toll_revision_is_a_warning(tmp_path):
    db = write_rows(tmp_path / "w.duckdb", [article("t1", "2024-05-06"), article("t2", "2024-05-07")],
                    [figure("t1", 0, "death_toll", 120), figure("t2", 0, "death_toll", 90)])
    revised = by_name(quality.run_checks(db, "run-1"))["toll_revised_down"]
    assert (revised.status, revised.failing) == ("warn", 1)


def test_results_are_recorded_once_per_run(tmp_path):
    db = write_rows(tmp_path / "w.duckdb", GOOD_ARTICLES, GOOD_FIGURES)
    quality.run_checks(db, "run-1")
    quality.run_checks(db, "run-1")
    quality.run_checks(db, "run-2")
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT run_id, count(*) FROM quality_checks GROUP BY run_id ORDER BY run_id").fetchall()
    assert rows == [("run-1", len(quality.CHECKS)), ("run-2", len(quality.CHECKS))]


# --- the run report -----------------------------------------------------------------------------

@dataclass
class Summary:  # the attributes of flows.ingest.RunSummary that the report reads
    run_id: str
    warehouse: str
    seen: int = 7
    new: int = 6
    changed: int = 0
    unchanged: int = 1
    rejected: int = 3
    figures: int = 7
    rejects_by_reason: dict = field(default_factory=lambda: {"no_date": 2, "binary": 1})


def run_warehouse(tmp_path):
    db = write_rows(tmp_path / "w.duckdb", GOOD_ARTICLES + [article("big", "2024-05-06")],
                    GOOD_FIGURES + [figure("big", 0, "killed", 2024, "2024-05-06")])
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO runs (run_id, started_at, finished_at, status) VALUES "
                "('run-1', TIMESTAMP '2023-12-31 00:00:00', NULL, 'completed')")
    con.close()
    return db


def test_markdown_shows_counts_rejects_largest_figures_and_checks(tmp_path):
    db = run_warehouse(tmp_path)
    checks = quality.run_checks(db, "run-1")
    summary = Summary("run-1", str(db))
    markdown = report.publish_run_artifact(summary, checks)  # outside a flow: nothing published, no error
    assert "| no_date | 2 |" in markdown and "| binary | 1 |" in markdown
    assert markdown.index("| no_date | 2 |") < markdown.index("| binary | 1 |")
    assert "| killed | 2024 |" in markdown  # the largest new figure comes first
    assert "| outliers | **warn** | 1 |" in markdown
    assert "| value_order | **pass** | 0 |" in markdown


def test_text_summary_shows_rejects_by_reason_and_checks(tmp_path):
    db = run_warehouse(tmp_path)
    checks = quality.run_checks(db, "run-1")
    text = report.render_text(Summary("run-1", str(db)), checks)
    assert "rejects by reason: no_date 2, binary 1" in text
    assert "WARN  outliers: 1 of 7" in text
    assert "killed 2024" in text
    assert report.format_checks(checks).splitlines()[0] == "quality checks:"


def test_report_of_a_run_without_new_articles(tmp_path):
    db = run_warehouse(tmp_path)
    summary = Summary("unknown-run", str(db), rejects_by_reason={})
    markdown = report.render_markdown(summary, [], report.largest_new_figures(db, "unknown-run"))
    assert "No rejects." in markdown and "No new figures in this run." in markdown


@pytest.mark.slow
def test_artifact_is_published_inside_a_flow_run(tmp_path, prefect_harness):
    from prefect import flow
    from prefect.client.orchestration import get_client

    db = run_warehouse(tmp_path)
    run_id = f"run-{tmp_path.name}"

    @flow
    def publish() -> str:
        summary = Summary(run_id, str(db))
        return report.publish_run_artifact(summary, quality.run_checks(db, run_id))

    markdown = publish()
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts()
    # Other runs in this session publish under the same key: find this run's version.
    published = [a for a in artifacts if a.key == report.ARTIFACT_KEY and run_id in (a.data or "")]
    assert len(published) == 1 and published[0].type == "markdown"
    assert published[0].data == markdown
