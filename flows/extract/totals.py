"""Article totals (FIGURES.md section 5) from an article's figures."""
from __future__ import annotations

from collections.abc import Iterable

from flows.extract.model import Figure, Totals


def article_totals(figures: Iterable[Figure]) -> Totals:
    """Sum of counted figures per kind (best values); the largest death toll, or None."""
    killed = injured = 0
    tolls: list[int] = []
    for f in figures:
        if f.kind == "death_toll":
            tolls.append(f.best)
        elif f.counted and f.kind == "killed":
            killed += f.best
        elif f.counted and f.kind == "injured":
            injured += f.best
    return Totals(killed=killed, injured=injured, death_toll=max(tolls) if tolls else None)
