"""Score the extractor against gold data (the two formats of ../shared/eval/README.md).

Totals gold (GTD, RAND, ACLED): one article a line with `gold.killed` / `gold.injured` (null = not
coded, skipped for that kind; `meta.multi_part` rows are skipped entirely).
Annotated gold (`figures`): one article a line with its `figures` and `totals`.

Per kind: `exact` (article total equals gold), `nonzero_exact` (on rows with gold > 0),
`zero_exact` (on rows with gold 0), `within10` (within 10 %, at least 1). For annotated gold also
figure precision / recall / F1, matching (kind, best, qualifier) as a multiset per article, and
`totals_exact` (killed, injured and death_toll all equal). A library: no printing here.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flows.extract import article_totals, extract_figures
from flows.extract.model import Figure

TOTAL_KINDS = ("killed", "injured")


class GoldFormatError(ValueError):
    """A gold file line that is neither format."""


@dataclass
class KindScore:
    n: int = 0
    exact: int = 0
    nonzero_n: int = 0
    nonzero_exact: int = 0
    zero_n: int = 0
    zero_exact: int = 0
    within10: int = 0

    def add(self, gold: int, pred: int) -> None:
        self.n += 1
        hit = gold == pred
        self.exact += hit
        if gold > 0:
            self.nonzero_n += 1
            self.nonzero_exact += hit
        else:
            self.zero_n += 1
            self.zero_exact += hit
        self.within10 += abs(pred - gold) <= max(1.0, 0.1 * gold)

    @staticmethod
    def _share(a: int, b: int) -> float | None:
        return a / b if b else None

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            "exact": self._share(self.exact, self.n),
            "nonzero_exact": self._share(self.nonzero_exact, self.nonzero_n),
            "nonzero_n": self.nonzero_n,
            "zero_exact": self._share(self.zero_exact, self.zero_n),
            "zero_n": self.zero_n,
            "within10": self._share(self.within10, self.n),
        }


@dataclass
class Miss:
    """One row the extractor got wrong, for error analysis."""

    id: str
    text: str
    gold: dict
    predicted: dict
    missing: list = field(default_factory=list)    # gold figures not predicted (annotated gold)
    extra: list = field(default_factory=list)      # predicted figures not in gold
    figures: list = field(default_factory=list)    # predicted figures (kind, best, qualifier, rule, counted)


@dataclass
class Report:
    path: str
    annotated: bool
    rows: int = 0
    skipped_multi_part: int = 0
    kinds: dict[str, KindScore] = field(default_factory=dict)
    figure_tp: int = 0
    figure_pred: int = 0
    figure_gold: int = 0
    totals_n: int = 0
    totals_exact: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.figure_tp / self.figure_pred if self.figure_pred else None

    @property
    def recall(self) -> float | None:
        return self.figure_tp / self.figure_gold if self.figure_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if not p or not r:
            return 0.0 if (p is not None and r is not None) else None
        return 2 * p * r / (p + r)

    @property
    def totals_exact_share(self) -> float | None:
        return self.totals_exact / self.totals_n if self.totals_n else None

    def as_dict(self) -> dict:
        d = {
            "path": self.path, "annotated": self.annotated, "rows": self.rows,
            "skipped_multi_part": self.skipped_multi_part,
            "kinds": {k: v.as_dict() for k, v in self.kinds.items()},
        }
        if self.annotated:
            d.update(precision=self.precision, recall=self.recall, f1=self.f1,
                     totals_exact=self.totals_exact_share, totals_n=self.totals_n)
        return d


def read_gold(path: str | Path) -> list[dict]:
    """Rows of a gold JSONL file; raises GoldFormatError naming the bad line."""
    rows: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or "text" not in row or ("gold" not in row and "figures" not in row):
                raise GoldFormatError(f"{path}:{lineno}: expected an object with 'text' and 'gold' or 'figures'")
            rows.append(row)
    return rows


def _published(row: dict) -> date | None:
    value = row.get("date")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _figure_keys(figures: Iterable) -> Counter:
    keys: Counter = Counter()
    for f in figures:
        if isinstance(f, Figure):
            if f.best < 0:
                continue  # an adjustment (the wounded who later died), not a figure the text states
            keys[(f.kind, f.best, f.qualifier)] += 1
        else:
            keys[(f["kind"], f["best"], f["qualifier"])] += 1
    return keys


def evaluate_rows(rows: Iterable[dict], path: str = "",
                  extractor: Callable[[str, date | None], list[Figure]] = extract_figures) -> Report:
    """Run the extractor over gold rows and score it."""
    rows = list(rows)
    annotated = bool(rows) and "figures" in rows[0]
    report = Report(path=path, annotated=annotated)
    kinds = ("killed", "injured", "death_toll") if annotated else TOTAL_KINDS
    report.kinds = {k: KindScore() for k in kinds}
    for row in rows:
        if not annotated and (row.get("meta") or {}).get("multi_part"):
            report.skipped_multi_part += 1
            continue
        figures = extractor(row["text"], _published(row))
        totals = article_totals(figures)
        predicted = {"killed": totals.killed, "injured": totals.injured, "death_toll": totals.death_toll}
        gold = row["totals"] if annotated else row["gold"]
        report.rows += 1
        wrong = False
        for kind in kinds:
            g = gold.get(kind)
            if g is None and not (annotated and kind == "death_toll"):
                continue
            p = predicted[kind]
            if kind == "death_toll":
                # compare as numbers with 0 for "none" so the shares stay meaningful
                report.kinds[kind].add(g or 0, p or 0)
                wrong |= (g or 0) != (p or 0)
                continue
            report.kinds[kind].add(int(g), int(p))
            wrong |= int(g) != int(p)
        missing: list = []
        extra: list = []
        if annotated:
            gk = _figure_keys(row["figures"])
            pk = _figure_keys(figures)
            tp = sum((gk & pk).values())
            report.figure_tp += tp
            report.figure_gold += sum(gk.values())
            report.figure_pred += sum(pk.values())
            missing = sorted((gk - pk).elements(), key=str)
            extra = sorted((pk - gk).elements(), key=str)
            report.totals_n += 1
            all_equal = all((gold.get(k) or 0) == (predicted[k] or 0) for k in kinds)
            report.totals_exact += all_equal
            wrong |= bool(missing or extra) or not all_equal
        if wrong:
            report.misses.append(Miss(
                id=str(row.get("id", "")), text=row["text"],
                gold={k: gold.get(k) for k in kinds}, predicted={k: predicted[k] for k in kinds},
                missing=missing, extra=extra,
                figures=[(f.kind, f.best, f.qualifier, f.victims, f.rule, f.counted,
                          row["text"][f.char_start:f.char_end]) for f in figures],
            ))
    return report


def evaluate_file(path: str | Path) -> Report:
    """Read a gold file (either format) and score the extractor on it."""
    return evaluate_rows(read_gold(path), path=str(path))
