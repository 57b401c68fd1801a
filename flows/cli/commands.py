"""Imports every command module so that each registers its commands on the app.

The order is the order `casualties --help` lists them: the day-one path first.
"""
from flows.cli import ingest_cmd, extract_cmd, sql_cmd  # noqa: F401,I001
from flows.cli import evaluate_cmd, reextract_cmd  # noqa: F401
from flows.cli import export_cmd, plot_cmd, serve_cmd  # noqa: F401
