"""Scale-out of extraction on Dask: a run whose extract tasks go to real Dask worker processes
loads exactly the rows of a run in one process, and `casualties ingest --workers N` works end to end.
The tests start and stop their own Dask clusters."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, query, write_article
from flows import readers

PLACES = ["Northfield", "Port Aden", "Kessel", "Marrow Bay", "Tillbury", "Osk", "Vane Hollow"]
EVENTS = [
    "A bus bombing in {place} killed {n} passengers and wounded {m} others, police said.",
    "Flooding along the river near {place} has killed at least {n} people, officials said.",
    "The death toll from the {place} earthquake rose to {n} on {weekday}, rescuers said.",
    "Gunmen opened fire at a market in {place}, killing {n} traders and injuring {m}.",
    "A fire at a textile factory in {place} left {n} workers dead and {m} injured.",
    "Clashes in {place} wounded {m} protesters; no one was killed, a hospital spokesman said.",
    "Heavy rain closed schools in {place} for a second day but caused no casualties.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]




def write_corpus(folder: Path) -> None:
    """About fifty short articles as .txt and .jsonl, with an unusable file and a JSONL id that
    comes back (once unchanged, once edited) in the next batch, while the first is still in flight."""
    start = date(2024, 2, 1)
    for i in range(42):
        published = start + timedelta(days=i // 3)
        text = " ".join(EVENTS[(i + k) % len(EVENTS)].format(
            place=PLACES[(i + k) % len(PLACES)], n=2 + (i * 7 + k) % 40, m=3 + (i * 5 + k) % 60,
            weekday=WEEKDAYS[(i + k) % 7]) for k in range(1 + i % 3))
        write_article(folder / f"{published.isoformat()}-{i:02d}.txt", published.isoformat(), text)
    records = [{"id": f"w{i}", "date": f"2024-03-{1 + i:02d}",
                "text": EVENTS[i % len(EVENTS)].format(place=PLACES[i % len(PLACES)], n=4 + i,
                                                       m=10 + i, weekday=WEEKDAYS[i % 7])}
               for i in range(10)]
    records.append(dict(records[1]))                                   # the same article again
    records.append(dict(records[2], text=records[2]["text"] + " Two more bodies were found later."))
    # Read first (names sort before the dates), so the repeats land in the first two batches.
    (folder / "00-wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n",
                                          encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every stored row that does not depend on when or in which run it was written."""
    return {
        "articles": query(path, "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY article_id"),
        "figures": query(path, "SELECT * FROM figures ORDER BY figure_id"),
        "rejects": query(path, "SELECT source, reason, detail FROM rejects ORDER BY ALL"),
        "runs": query(path, "SELECT status, articles_seen, articles_new, articles_changed, "
                            "articles_unchanged, rejected, figures_loaded FROM runs"),
    }


def counts(summary) -> tuple:
    return (summary.seen, summary.new, summary.changed, summary.unchanged, summary.rejected,
            summary.figures, summary.skipped, summary.rejects_by_reason)


@pytest.fixture
def dask_cluster():
    """A real local Dask cluster: two worker processes with one thread each."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        yield cluster


@pytest.mark.slow
def test_a_dask_run_loads_the_rows_of_a_run_in_one_process(prefect_harness, dask_cluster, tmp_path):
    import distributed

    from flows.ingest import dask_task_runner, ingest

    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    sources = [str(corpus), str(EXAMPLES)]
    # Small batches: many extract tasks, several in flight while earlier batches load.
    in_process = ingest(sources=sources, collection="wire", warehouse=str(tmp_path / "one.duckdb"),
                        batch_size=7)
    on_dask = ingest.with_options(task_runner=dask_task_runner(address=dask_cluster.scheduler_address))
    with distributed.Client(dask_cluster) as client, distributed.get_task_stream(client) as stream:
        scaled = on_dask(sources=sources, collection="wire", warehouse=str(tmp_path / "dask.duckdb"),
                         batch_size=7)

    assert counts(scaled) == counts(in_process)
    # The corpus really went through the batches it was written for.
    examples = readers.split_records(readers.read_files(readers.discover([EXAMPLES]).files))[0]
    assert in_process.seen == 42 + 12 + len(examples)
    assert (in_process.unchanged, in_process.changed, in_process.rejects_by_reason) == (1, 1, {"empty": 1})
    assert in_process.figures > 50
    assert table_rows(tmp_path / "dask.duckdb") == table_rows(tmp_path / "one.duckdb")
    # Extraction ran on the cluster's worker processes, in batch-sized tasks.
    extract_tasks = [t for t in stream.data if str(t["key"]).startswith("extract_figures")]
    assert len(extract_tasks) >= in_process.seen // 7
    assert {t["worker"] for t in extract_tasks} <= set(dask_cluster.scheduler_info["workers"])


@pytest.mark.slow
def test_cli_ingest_with_a_local_dask_cluster(prefect_harness, tmp_path):
    from flows.cli import app

    runner = CliRunner()
    one, dask = tmp_path / "one.duckdb", tmp_path / "dask.duckdb"
    sequential = runner.invoke(app, ["ingest", str(EXAMPLES), "--warehouse", str(one)])
    scaled = runner.invoke(app, ["ingest", str(EXAMPLES), "--warehouse", str(dask),
                                 "--workers", "2", "--batch-size", "5"])
    assert sequential.exit_code == 0, sequential.output
    assert scaled.exit_code == 0, scaled.output
    assert scaled.stdout.splitlines()[0] == sequential.stdout.splitlines()[0]
    examples = readers.split_records(readers.read_files(readers.discover([EXAMPLES]).files))[0]
    assert scaled.stdout.startswith(f"seen {len(examples)}, new {len(examples)}, changed 0,")
    assert table_rows(dask)["figures"] == table_rows(one)["figures"]


def test_cli_dask_options_are_checked_before_a_run(tmp_path):
    from flows.cli import app

    runner = CliRunner()
    warehouse = tmp_path / "wh.duckdb"
    both = runner.invoke(app, ["ingest", str(EXAMPLES), "--warehouse", str(warehouse),
                               "--workers", "2", "--dask-address", "tcp://127.0.0.1:8786"])
    assert both.exit_code == 2 and "not both" in both.output
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--workers", "0"]).exit_code == 2
    malformed = runner.invoke(app, ["ingest", str(EXAMPLES), "--warehouse", str(warehouse),
                                    "--dask-address", "scheduler-without-port"])
    assert malformed.exit_code == 1
    assert "expected tcp://HOST:PORT" in malformed.output and "--workers N" in malformed.output
    assert not warehouse.exists()
