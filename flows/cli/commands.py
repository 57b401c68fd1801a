"""Imports every command module so that each registers its commands."""
import importlib

for _name in ("ingest_cmd", "extract_cmd", "sql_cmd", "evaluate_cmd", "reextract_cmd",
              "export_cmd", "plot_cmd", "serve_cmd"):
    try:
        importlib.import_module(f"flows.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != f"flows.cli.{_name}":
            raise
