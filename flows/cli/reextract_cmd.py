"""`casualties reextract [--warehouse PATH]`"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from flows.cli import app


@app.command("reextract")
def reextract_command(
    warehouse: Optional[Path] = typer.Option(
        None, "--warehouse", "-w",
        help="DuckDB file (default: $CASUALTIES_WAREHOUSE, else warehouse/casualties.duckdb)."),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Articles per transaction."),
) -> None:
    """Re-extract figures from the stored article text where the extractor version changed.

    Articles whose extractor_version differs from the current one get their figures replaced,
    batch by batch (one transaction each). Source files are not needed.

    Example: casualties reextract --warehouse warehouse/casualties.duckdb
    """
    from flows import settings, warehouse as wh
    from flows.batch import extract_figure_rows
    from flows.extract import EXTRACTOR_VERSION

    db = settings.warehouse_path(warehouse)
    try:
        articles, figures = wh.reextract(db, extract_figure_rows, batch_size=batch_size)
    except wh.WarehouseMissing as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(f"re-extracted {articles} article(s): {figures} figure(s) "
               f"at extractor version {EXTRACTOR_VERSION}")
