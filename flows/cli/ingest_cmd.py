"""`casualties ingest PATH... [--collection NAME] [--warehouse PATH] [--workers N | --dask-address URL]`"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from flows.cli import app


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH",
        help="Files (.txt, .jsonl, .csv), folders (read recursively) or http(s) URLs of feeds/pages."),
    collection: Optional[str] = typer.Option(
        None, "--collection", "-c",
        help="Collection name for every article (default: the JSONL/CSV field, else 'default')."),
    warehouse: Optional[Path] = typer.Option(
        None, "--warehouse", "-w",
        help="DuckDB file (default: $CASUALTIES_WAREHOUSE, else warehouse/casualties.duckdb)."),
    batch_size: int = typer.Option(1000, "--batch-size", min=1,
                                   help="Articles per extract/load batch."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="Show Prefect's progress log on stderr (warnings only otherwise)."),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1,
        help="Extract on a local Dask cluster of N worker processes (1 thread each), started and "
             "stopped with the run. Default: extract in this process."),
    dask_address: Optional[str] = typer.Option(
        None, "--dask-address", metavar="tcp://HOST:PORT",
        help="Extract on an existing Dask cluster: its scheduler's address. Its workers need this "
             "project installed and must reach the Prefect API."),
) -> None:
    """Read articles, extract casualty figures and load them into the warehouse (a Prefect flow run).

    Unchanged articles are skipped; a changed article replaces its earlier version and figures.
    Inputs that cannot be used are recorded in the `rejects` table with a reason. Exit status:
    0 when the run completed (rejects included), 1 when a path does not exist or nothing could be
    read, 2 for usage errors.

    Extraction can scale out on Dask (--workers N or --dask-address); reading and loading stay
    in this process, the warehouse's only writer, and the figures are the same as without Dask.

    Examples:

      casualties ingest examples/ --collection examples

      casualties ingest ../shared/corpus/modern --workers 2

      casualties ingest big/ --dask-address tcp://10.0.0.5:8786
    """
    from flows import readers, settings

    if workers is not None and dask_address is not None:
        typer.echo("error: give --workers (a local Dask cluster) or --dask-address (an existing "
                   "one), not both", err=True)
        raise typer.Exit(2)

    missing = [p for p in paths if not readers.is_url(p) and not Path(p).exists()]
    if missing:
        for p in missing:
            typer.echo(f"error: {p}: no such file or folder", err=True)
        raise typer.Exit(1)

    db = settings.warehouse_path(warehouse)
    if not verbose:
        # Quiet Prefect's console (not the run log it sends to its API), unless the user chose a level.
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    import duckdb

    from flows import warehouse as wh
    # flows.ingest imports Prefect: only here, so other commands start fast.
    from flows.ingest import DaskUnavailable, check_dask_scheduler, dask_task_runner, ingest

    flow = ingest
    if workers is not None or dask_address is not None:
        flow = ingest.with_options(task_runner=dask_task_runner(workers, dask_address))
    try:
        if dask_address is not None:
            check_dask_scheduler(dask_address)
        summary = flow(sources=list(paths), collection=collection, warehouse=str(db),
                       batch_size=batch_size)
    except DaskUnavailable as exc:
        typer.echo(f"error: {exc} (start a cluster with `dask scheduler` and `dask worker ADDRESS`, "
                   "or use --workers N for a local one)", err=True)
        raise typer.Exit(1)
    except wh.ViewError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    except duckdb.Error as exc:
        hint = (" (another process is writing to it: try again when it is done)"
                if "lock" in str(exc).lower() else "")
        typer.echo(f"error: warehouse {db}: {exc}{hint}", err=True)
        raise typer.Exit(1)
    typer.echo(summary.line())
    details = [f"warehouse {summary.warehouse}"]
    if summary.skipped:
        details.append(f"skipped {summary.skipped} file(s) with unsupported extensions")
    if summary.rejects_by_reason:
        details.append("rejects by reason: " + ", ".join(
            f"{reason} {n}" for reason, n in summary.rejects_by_reason.items())
            + "  (see: casualties sql \"SELECT * FROM rejects WHERE run_id = '"
            + summary.run_id + "'\")")
    for line in details:
        typer.echo(line)
    checks = _format_checks(summary.checks)
    if checks:
        typer.echo(checks)
    if summary.seen == 0:
        typer.echo("error: no article could be read from the given paths "
                   "(supported: .txt with a `date YYYY-MM-DD` header, .jsonl, .csv)", err=True)
        raise typer.Exit(1)


def _format_checks(checks: object) -> str:
    """The quality checks of the run (issue 4), formatted by flows.report when it offers that."""
    if not checks:
        return ""
    try:
        from flows.report import format_checks
    except ImportError:
        return "quality checks: " + str(checks)
    return format_checks(checks)
