"""The report of one ingest run: counts, rejects by reason, the largest new figures and the
data-quality checks, as a Prefect markdown artifact and as plain text for the CLI.

`summary` is the flow's RunSummary (flows/ingest.py); only its attributes are read, so anything
with run_id, warehouse, seen, new, changed, unchanged, rejected, figures and rejects_by_reason works.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ARTIFACT_KEY = "ingest-run-report"
LARGEST = 10
SENTENCE_CHARS = 120
COUNT_FIELDS = ("seen", "new", "changed", "unchanged", "rejected", "figures", "skipped")


@dataclass(frozen=True, slots=True)
class NewFigure:
    kind: str
    best: int
    qualifier: str
    victims: str | None
    place: str | None
    country: str | None
    article_id: str
    published: date
    sentence: str


def largest_new_figures(warehouse: Path | str, run_id: str, limit: int = LARGEST) -> list[NewFigure]:
    """The largest figures of the articles this run stored (new or changed), largest first.
    An absent warehouse or an unknown run has none."""
    from flows.warehouse import connect

    path = Path(warehouse)
    if not path.is_file():
        return []
    con = connect(path, read_only=True)
    try:
        rows = con.execute("""
            SELECT f.kind, f.best, f.qualifier, f.victims, f.place, f.country, a.article_id,
                   a.published, f.sentence
            FROM runs AS r
            JOIN articles AS a
              ON a.ingested_at >= r.started_at
             AND (r.finished_at IS NULL OR a.ingested_at <= r.finished_at)
            JOIN figures AS f USING (article_id)
            WHERE r.run_id = ?
            ORDER BY f.best DESC, a.article_id, f.char_start
            LIMIT ?""", [run_id, limit]).fetchall()
    finally:
        con.close()
    return [NewFigure(*row) for row in rows]


def _counts(summary) -> list[tuple[str, int]]:
    return [(name, getattr(summary, name)) for name in COUNT_FIELDS if hasattr(summary, name)]


def _short(text: str, limit: int = SENTENCE_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(f: NewFigure) -> str:
    return ", ".join(p for p in (f.place, f.country) if p) or "-"


def _md_cell(value) -> str:
    return str(value if value is not None else "-").replace("|", "\\|")


def render_markdown(summary, checks: Sequence | None, largest: Sequence[NewFigure] = ()) -> str:
    lines = [f"# Ingest run `{summary.run_id}`", "", f"Warehouse: `{summary.warehouse}`", "",
             "## Counts", "", "| | articles |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in _counts(summary)]
    lines += ["", "## Rejects by reason", ""]
    reasons = dict(getattr(summary, "rejects_by_reason", None) or {})
    if reasons:
        lines += ["| reason | inputs |", "|---|---:|"]
        lines += [f"| {_md_cell(r)} | {n} |" for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))]
    else:
        lines.append("No rejects.")
    lines += ["", "## Largest new figures", ""]
    if largest:
        lines += ["| kind | best | qualifier | victims | place | article | published | sentence |",
                  "|---|---:|---|---|---|---|---|---|"]
        lines += [f"| {f.kind} | {f.best} | {f.qualifier} | {_md_cell(f.victims)} | {_md_cell(_where(f))} "
                  f"| {_md_cell(f.article_id)} | {f.published} | {_md_cell(_short(f.sentence))} |"
                  for f in largest]
    else:
        lines.append("No new figures in this run.")
    lines += ["", "## Data-quality checks", ""]
    if checks:
        lines += ["| check | status | failing | checked | meaning | examples |", "|---|---|---:|---:|---|---|"]
        lines += [f"| {c.name} | **{c.status}** | {c.failing} | {c.checked} | {_md_cell(c.description)} "
                  f"| {_md_cell(c.detail or '-')} |" for c in checks]
    else:
        lines.append("No checks were run.")
    return "\n".join(lines) + "\n"


def render_text(summary, checks: Sequence | None = None, largest: Sequence[NewFigure] | None = None) -> str:
    """The run summary for the terminal: counts, rejects by reason, the largest new figures and the
    quality checks. `largest` is read from the warehouse when not given."""
    if largest is None:
        largest = largest_new_figures(summary.warehouse, summary.run_id, limit=5)
    lines = [f"run {summary.run_id}: " + ", ".join(f"{name} {value}" for name, value in _counts(summary))]
    reasons = dict(getattr(summary, "rejects_by_reason", None) or {})
    if reasons:
        lines.append("rejects by reason: " + ", ".join(
            f"{r} {n}" for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))))
    else:
        lines.append("rejects by reason: none")
    if largest:
        lines.append("largest new figures:")
        lines += [f"  {f.kind} {f.best} ({f.qualifier}) {f.victims or ''} at {_where(f)}, "
                  f"{f.article_id} {f.published}: {_short(f.sentence, 80)}" for f in largest]
    if checks:
        lines.append(format_checks(checks))
    return "\n".join(lines)


def format_checks(checks: Sequence) -> str:
    """The quality checks as terminal lines (the `casualties ingest` summary prints these)."""
    lines = ["quality checks:"]
    for c in checks:
        line = f"  {c.status.upper():4}  {c.name}: {c.failing} of {c.checked} ({c.description})"
        if c.failing and c.detail:
            line += f" - {_short(c.detail, 100)}"
        lines.append(line)
    return "\n".join(lines)


def publish_run_artifact(summary, checks: Sequence | None) -> str:
    """Publish the run's report as a Prefect markdown artifact when called inside a flow or task
    run, and return the markdown (outside a run nothing is published and nothing fails)."""
    largest = largest_new_figures(summary.warehouse, summary.run_id)
    markdown = render_markdown(summary, checks, largest)
    from prefect.context import FlowRunContext, TaskRunContext

    if FlowRunContext.get() is None and TaskRunContext.get() is None:
        return markdown
    from prefect.artifacts import create_markdown_artifact

    create_markdown_artifact(markdown=markdown, key=ARTIFACT_KEY,
                             description=f"Ingest run {summary.run_id}: counts, rejects, new figures, quality checks")
    return markdown
