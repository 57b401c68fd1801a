"""The figure record shared by the extractor, the warehouse and the evaluation."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

# Bump whenever a rule changes what is extracted: `casualties reextract` re-runs
# extraction on stored articles whose version differs.
EXTRACTOR_VERSION = "0.19.0"

KINDS = ("killed", "injured", "death_toll")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "range", "vague")
ROLES = ("victim", "perpetrator")


# Not frozen: a frozen dataclass sets each field through object.__setattr__ (4x slower to build),
# and the extractor builds and settles thousands of figures a second. Treat figures as values all
# the same; only the extractor's own settling steps (totals.py, and the coder-note pass in
# figures.py) set part_of and counted, on figures of the article being extracted.
@dataclass(slots=True)
class Figure:
    """One casualty figure as ../shared/FIGURES.md defines it."""

    kind: str                 # killed | injured | death_toll
    low: int | None
    best: int
    high: int | None          # None = open-ended
    qualifier: str            # one of QUALIFIERS
    vague_term: str | None    # the vague word as written ("dozens"), else None
    victims: str | None       # singular lower-case head noun ("civilian"), else None
    role: str                 # victim | perpetrator
    part_of: int | None       # index (in the article's figure list) of the parent figure
    event_date: date | None
    sentence: str             # the sentence the figure came from
    char_start: int           # offsets of number + trigger within the article text
    char_end: int
    rule: str                 # name of the rule that matched
    counted: bool = True      # counts toward the article total (False: subgroup, repeat, background, alternative)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        return d


@dataclass(frozen=True, slots=True)
class Totals:
    """Article totals (FIGURES.md section 5). death_toll is None when the article reports none."""

    killed: int
    injured: int
    death_toll: int | None
