"""`casualties serve SOURCE... (--interval SECONDS | --cron "EXPR") [--collection NAME] [--warehouse PATH]`"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from flows.cli import app


@app.command("serve")
def serve_command(
    sources: list[str] = typer.Argument(
        ..., metavar="SOURCE...",
        help="Files or folders (an inbox), RSS/Atom feed URLs or article page URLs."),
    interval: Optional[float] = typer.Option(
        None, "--interval", "-i", metavar="SECONDS", help="Run every SECONDS seconds."),
    cron: Optional[str] = typer.Option(
        None, "--cron", metavar="EXPR", help='Run on a cron schedule, e.g. "*/15 * * * *".'),
    collection: Optional[str] = typer.Option(
        None, "--collection", "-c",
        help="Collection name for every article (default: the JSONL/CSV field, else 'default')."),
    warehouse: Optional[Path] = typer.Option(
        None, "--warehouse", "-w",
        help="DuckDB file (default: $CASUALTIES_WAREHOUSE, else warehouse/casualties.duckdb)."),
    name: str = typer.Option(
        "scheduled", "--name", help="Deployment name (serve several source sets under different names)."),
) -> None:
    """Run the ingest flow on a schedule, as a deployment on the Prefect server at PREFECT_API_URL.

    Every run ingests only what is new or changed: unchanged files are skipped, feeds and pages are
    polled with conditional requests and a cache. Needs a running Prefect server: start one with
    `make server` (or `prefect server start`) and set PREFECT_API_URL=http://127.0.0.1:4200/api.
    Runs until Ctrl-C or SIGTERM; the schedule is paused while nothing serves it.
    Exit status: 0 after a clean stop, 1 when no server answers or a path does not exist,
    2 for usage errors.

    Example: casualties serve inbox/ https://example.org/news/rss.xml --interval 300
    """
    from flows import serve

    try:
        serve_plan = serve.plan(list(sources), interval=interval, cron=cron, collection=collection,
                                warehouse=warehouse, name=name)
    except serve.BadSchedule as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    except FileNotFoundError as exc:
        typer.echo(f"error: no such file or folder: {exc}", err=True)
        raise typer.Exit(1)
    try:
        api_url = serve.check_server()
    except serve.ServerUnavailable as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)

    typer.echo(f"serving ingest/{serve_plan.name} on {api_url}: {serve_plan.schedule_text}, "
               f"warehouse {serve_plan.warehouse}")
    typer.echo("sources: " + " ".join(serve_plan.sources))
    serve.serve_ingest(serve_plan)
    typer.echo("stopped; the schedule is paused until `casualties serve` runs again")
