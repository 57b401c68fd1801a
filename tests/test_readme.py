"""Every `casualties` command (export subcommands included) has an example in README.md."""
from __future__ import annotations

import re

import typer

from conftest import PROJECT
from flows.cli import app


def command_paths(typer_app: typer.Typer, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for command in typer_app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        paths.append(prefix + (name,))
    for group in typer_app.registered_groups:
        paths += command_paths(group.typer_instance, prefix + (group.name,))
    return paths


def test_the_cli_has_the_pipeline_commands():
    assert {("ingest",), ("extract",), ("sql",), ("reextract",)} <= set(command_paths(app))


def test_every_command_has_a_readme_example():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    missing = [" ".join(path) for path in command_paths(app)
               if not re.search(r"casualties\s+" + r"\s+".join(map(re.escape, path)) + r"\b", readme)]
    assert not missing, f"README.md has no example of: {', '.join(missing)}"
