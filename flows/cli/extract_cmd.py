"""`casualties extract [PATH|-]`"""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from flows.cli import app

# The keys of each JSON line, in order (figure fields of ../shared/FIGURES.md plus provenance).
FIELDS = ("article_id", "kind", "low", "best", "high", "qualifier", "vague_term", "victims", "role",
          "part_of", "counted", "event_date", "sentence", "char_start", "char_end", "rule")


@app.command("extract")
def extract_command(
    path: Optional[str] = typer.Argument(
        "-", metavar="PATH|-",
        help="A .txt/.jsonl/.csv file or a folder; '-' (the default) reads stdin: one article with "
             "a `date YYYY-MM-DD` header, or JSONL lines."),
    collection: Optional[str] = typer.Option(None, "--collection", "-c",
                                             help="Collection name used in article ids."),
) -> None:
    """Print the casualty figures of articles as JSON lines, one object per figure.

    Uses the same readers and extractor as `ingest`, without Prefect and without a warehouse.
    Rejected inputs are reported on stderr. part_of is the index of the parent figure within the
    article.

    Example: casualties extract examples/2024-03-04-market-bombing.txt
    """
    from flows import readers
    from flows.articles import Article
    from flows.extract import extract_figures

    if path in (None, "-"):
        records = readers.read_stream(sys.stdin.read(), "-", collection)
    else:
        found = readers.discover([path])
        if found.missing:
            typer.echo(f"error: {path}: no such file or folder", err=True)
            raise typer.Exit(1)
        if found.urls:
            typer.echo("error: extract reads files and stdin; use `casualties ingest URL` for the web",
                       err=True)
            raise typer.Exit(2)
        records = readers.read_files(found.files, collection)
    articles = 0
    out = sys.stdout
    for record in records:
        if not isinstance(record, Article):
            typer.echo(f"rejected {record.source}: {record.reason} ({record.detail})", err=True)
            continue
        articles += 1
        for figure in extract_figures(record.text, record.published):
            row = figure.to_dict()
            row["article_id"] = record.article_id
            out.write(json.dumps({k: row.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
    if articles == 0:
        typer.echo("error: no article could be read", err=True)
        raise typer.Exit(1)
