"""`casualties sql "QUERY" [--warehouse PATH] [--csv]`"""
from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Optional

import typer

from flows.cli import app

MAX_CELL = 80  # table mode shortens longer cells; --csv prints them whole


@app.command("sql")
def sql_command(
    query: str = typer.Argument(..., help="A SQL query (DuckDB dialect) over the warehouse."),
    warehouse: Optional[Path] = typer.Option(
        None, "--warehouse", "-w",
        help="DuckDB file (default: $CASUALTIES_WAREHOUSE, else warehouse/casualties.duckdb)."),
    as_csv: bool = typer.Option(False, "--csv", help="Print CSV with a header row instead of a table."),
) -> None:
    """Run a query on the warehouse (opened read-only) and print a table or CSV.

    Tables: articles, figures, rejects, runs; views: article_totals and the trend views.

    Example: casualties sql "SELECT kind, sum(best) FROM figures GROUP BY kind"
    """
    import duckdb

    from flows import settings, warehouse as wh

    db = settings.warehouse_path(warehouse)
    try:
        con = wh.connect(db, read_only=True)
    except wh.WarehouseMissing as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    except (duckdb.Error, wh.ViewError) as exc:
        typer.echo(f"error: cannot open {db}: {exc}", err=True)
        raise typer.Exit(1)
    try:
        try:
            cursor = con.execute(query)
        except duckdb.Error as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1)
        if cursor.description is None:
            return
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.close()
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
        return
    typer.echo(format_table(columns, rows))


def _cell(value: object) -> str:
    if value is None:
        return "NULL"
    text = str(value).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def format_table(columns: list[str], rows: list[tuple]) -> str:
    """Plain aligned columns (numbers right-aligned) and a row count."""
    cells = [[_cell(v) for v in row] for row in rows]
    numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in rows) and rows
               for i in range(len(columns))]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
