"""`casualties plot [filters] --out FILE.png`: a chart of the trend series."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

import typer

from flows.cli import app
from flows.cli.export_cmd import (COLLECTION, COUNTRY, SINCE, UNTIL, WAREHOUSE, Period, check_out,
                                  open_warehouse, trend_filter)


@app.command("plot")
def plot_command(
    out: Path = typer.Option(..., "--out", "-o", help="The PNG file to write."),
    by: Period = typer.Option(Period.day, "--by", help="Period length: day, week (from Monday) or month."),
    collection: Optional[str] = COLLECTION,
    country: Optional[str] = COUNTRY,
    since: Optional[datetime] = SINCE,
    until: Optional[datetime] = UNTIL,
    title: Optional[str] = typer.Option(None, "--title", help="Chart title (default: describes the series)."),
    warehouse: Optional[Path] = WAREHOUSE,
) -> None:
    """Chart the trend series: bars of people killed and injured per period (one count per
    incident) and the cumulative death toll as a line on a second axis, one panel per collection.

    Takes the same filters as `casualties export trends`.

    Example: casualties plot --by week --out trends.png
    """
    filters = trend_filter(collection, country, since, until)
    check_out(out, (".png",))
    from flows.plot import plot_trends
    from flows.trends import trend_series

    con = open_warehouse(warehouse)
    try:
        series = trend_series(con, by.value, filters)
    finally:
        con.close()
    if series.empty:
        typer.echo("error: no data to plot for these filters "
                   "(check --collection / --country / --since / --until, or ingest articles first)", err=True)
        raise typer.Exit(1)
    plot_trends(series, out, by.value, title)
    typer.echo(f"wrote {out} ({len(series)} periods)", err=True)
