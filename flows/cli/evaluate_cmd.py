"""`casualties evaluate GOLD.jsonl [--misses N]`: accuracy of the extractor on gold data."""
from __future__ import annotations

from pathlib import Path

import typer

from flows.cli import app


def _fmt(share: float | None, n: int | None = None) -> str:
    text = "   -  " if share is None else f"{share:6.3f}"
    return f"{text} ({n})" if n is not None else text


@app.command("evaluate")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL: totals format (gtd/rand/acled) or annotated figures format."),
    misses: int = typer.Option(0, "--misses", "-m", min=0, help="Also list N wrong rows with gold, prediction and text."),
) -> None:
    """Run the extractor on a gold file and print accuracy per kind.

    Totals gold rows have gold.killed / gold.injured (null = not coded; meta.multi_part rows are
    skipped). Annotated gold rows have figures and totals, and add figure precision / recall / F1
    (matching kind, best and qualifier) and totals_exact. The last four lines are the summary.

    Example: casualties evaluate ../shared/eval/dev/gtd.jsonl --misses 20
    """
    from flows.evaluate import GoldFormatError, evaluate_file

    if not gold.is_file():
        typer.echo(f"error: {gold} is not a file; pass a gold .jsonl file (see ../shared/eval/README.md)", err=True)
        raise typer.Exit(1)
    try:
        report = evaluate_file(gold)
    except GoldFormatError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)

    for miss in report.misses[:misses]:
        typer.echo(f"--- {miss.id}  gold {miss.gold}  predicted {miss.predicted}")
        if miss.missing or miss.extra:
            typer.echo(f"    missing {miss.missing}  extra {miss.extra}")
        for kind, best, qual, victims, rule, counted, evidence in miss.figures:
            mark = "" if counted else " (not counted)"
            typer.echo(f"    {kind} {best} {qual} {victims} [{rule}]{mark}: {evidence!r}")
        typer.echo("    " + " ".join(miss.text.split())[:1500])
    if misses:
        typer.echo(f"({len(report.misses)} rows wrong, {min(misses, len(report.misses))} shown)")

    # The summary: always exactly the last four lines.
    typer.echo(f"{'kind':<11}{'n':>5}  {'exact':>6}  {'nonzero_exact (n)':>17}  {'zero_exact (n)':>15}  {'within10':>8}   {gold.name}")
    lines = []
    for kind in ("killed", "injured"):
        d = report.kinds[kind].as_dict()
        lines.append(f"{kind:<11}{d['n']:>5}  {_fmt(d['exact'])}  {_fmt(d['nonzero_exact'], d['nonzero_n']):>17}  "
                     f"{_fmt(d['zero_exact'], d['zero_n']):>15}  {_fmt(d['within10']):>8}")
    if report.annotated:
        lines.append(f"{'figures':<11}{report.figure_gold:>5}  precision {_fmt(report.precision)}  recall {_fmt(report.recall)}  "
                     f"F1 {_fmt(report.f1)}  totals_exact {_fmt(report.totals_exact_share, report.totals_n)}")
    else:
        lines.append(f"{'rows':<11}{report.rows:>5}  scored; {report.skipped_multi_part} multi_part skipped; "
                     f"{len(report.misses)} with a wrong total")
    for line in lines:
        typer.echo(line)
