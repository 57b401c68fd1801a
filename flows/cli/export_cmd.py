"""`casualties export trends` and `casualties export figures`: CSV or Parquet out of the warehouse."""
from __future__ import annotations

import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from flows.cli import export_app


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


# Options shared by `export trends`, `export figures` and `plot`.
COLLECTION = typer.Option(None, "--collection", "-c", metavar="NAME", help="Only this collection.")
COUNTRY = typer.Option(None, "--country", metavar="CODE",
                       help="Only figures located in this country (ISO 3166 alpha-2 code, e.g. UA).")
SINCE = typer.Option(None, "--since", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="First day to include (YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Last day to include (YYYY-MM-DD).")
WAREHOUSE = typer.Option(None, "--warehouse", "-w",
                         help="DuckDB file (default: $CASUALTIES_WAREHOUSE, else warehouse/casualties.duckdb).")


def trend_filter(collection: Optional[str], country: Optional[str], since: Optional[datetime],
                 until: Optional[datetime]):
    """The filters of the command line, or a usage error (exit 2)."""
    from flows.trends import TrendFilter

    def day(value: Optional[datetime]) -> Optional[date]:
        return value.date() if value is not None else None

    try:
        return TrendFilter(collection=collection, country=country.upper() if country else None,
                           since=day(since), until=day(until))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def open_warehouse(warehouse: Optional[Path]):
    """The warehouse opened read-only, or exit 1 with what to do next."""
    import duckdb

    from flows import settings, trends
    from flows import warehouse as wh

    db = settings.warehouse_path(warehouse)
    try:
        return trends.open_read_only(db)
    except trends.WarehouseMissing as exc:
        typer.echo(f"error: {exc}", err=True)
    except (duckdb.Error, wh.ViewError) as exc:
        typer.echo(f"error: cannot open {db}: {exc}", err=True)
    raise typer.Exit(1)


def check_out(out: Optional[Path], suffixes: tuple[str, ...]) -> None:
    if out is not None and out.suffix.lower() not in suffixes:
        raise typer.BadParameter(f"{out.name}: the file name must end in {' or '.join(suffixes)}",
                                 param_hint="--out")


def write(frame, out: Optional[Path], what: str) -> None:
    from flows.trends import write_frame

    if out is None:
        write_frame(frame, None, sys.stdout)
        return
    write_frame(frame, out)
    typer.echo(f"wrote {len(frame)} {what if len(frame) != 1 else what.rstrip('s')} to {out}", err=True)


@export_app.command("trends")
def export_trends(
    by: Period = typer.Option(Period.day, "--by", help="Period length: day, week (from Monday) or month."),
    collection: Optional[str] = COLLECTION,
    country: Optional[str] = COUNTRY,
    since: Optional[datetime] = SINCE,
    until: Optional[datetime] = UNTIL,
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                       help="Write to FILE.csv or FILE.parquet (default: CSV on stdout)."),
    warehouse: Optional[Path] = WAREHOUSE,
) -> None:
    """Export the trend series: collection, period, killed, injured, death_toll, articles.

    period is the first day of the period (weeks start on Monday); every period from the first to
    the last with data appears, quiet ones with 0. killed / injured count each incident once, by
    the day it happened (the largest figure reported for it); death_toll is the cumulative toll at
    the end of the period (carried forward, empty before the first report); articles are the
    articles published in the period. Weeks and months add up the days exactly.

    Example: casualties export trends --by week --collection default --out trends.parquet
    """
    filters = trend_filter(collection, country, since, until)
    check_out(out, (".csv", ".parquet"))
    from flows.trends import trend_series

    con = open_warehouse(warehouse)
    try:
        frame = trend_series(con, by.value, filters)
    finally:
        con.close()
    write(frame, out, "periods")


@export_app.command("figures")
def export_figures(
    collection: Optional[str] = COLLECTION,
    country: Optional[str] = COUNTRY,
    since: Optional[datetime] = SINCE,
    until: Optional[datetime] = UNTIL,
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                       help="Write to FILE.csv or FILE.parquet (default: CSV on stdout)."),
    warehouse: Optional[Path] = WAREHOUSE,
) -> None:
    """Export every figure with its article, dates, place, sentence and rule (one row per figure).

    --since / --until apply to the figure's event date (else the article's publication date).

    Example: casualties export figures --collection default --out figures.csv
    """
    filters = trend_filter(collection, country, since, until)
    check_out(out, (".csv", ".parquet"))
    from flows.trends import figures_frame

    con = open_warehouse(warehouse)
    try:
        frame = figures_frame(con, filters)
    finally:
        con.close()
    write(frame, out, "figures")
