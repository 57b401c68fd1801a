"""The `casualties` command line: a thin layer over the library.

Each command lives in its own module and registers itself on `app`; the modules only parse
arguments, call library functions and print. Command names are a contract (other tools call them).
"""
from __future__ import annotations

import typer

app = typer.Typer(
    name="casualties",
    help="Turn dated news articles into a DuckDB time series of people killed and injured, and of death tolls.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
export_app = typer.Typer(help="Export trend series or figures as CSV or Parquet.", no_args_is_help=True)
app.add_typer(export_app, name="export")

# Importing the command modules registers their commands on `app` / `export_app`.
from flows.cli import commands  # noqa: E402,F401


def main() -> None:
    app()
