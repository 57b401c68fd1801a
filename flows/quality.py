"""Data-quality checks over the warehouse, recorded per ingest run in `quality_checks`.

Each check counts the rows it examined and the rows that break it, and names a few offenders
(figure ids) so an analyst can look them up with `casualties sql`. The checks run over the whole
warehouse (a re-ingest can change any article) in one short write transaction.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

# A counted killed/injured figure is an outlier when its collection has at least OUTLIER_MIN_FIGURES
# of that kind, and it is at least OUTLIER_MIN_VALUE and more than OUTLIER_FACTOR times the
# collection's median: a typo, a misread number (a year, a phone number) or a toll coded as killed.
OUTLIER_FACTOR = 10
OUTLIER_MIN_VALUE = 100
OUTLIER_MIN_FIGURES = 5
EXAMPLES = 5


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: str          # pass | warn | fail
    failing: int         # rows that break the check
    checked: int         # rows examined
    detail: str          # what the check means, then a few offending rows
    description: str

    def line(self) -> str:
        return f"{self.status.upper():4}  {self.name}: {self.failing} of {self.checked} ({self.description})"


@dataclass(frozen=True, slots=True)
class _Check:
    name: str
    severity: str        # the status when rows fail: fail or warn
    description: str
    query: str           # one row: checked, failing, examples (a list of strings)


CHECKS = (
    _Check("value_order", "fail", "low <= best <= high", """
        SELECT count(*),
               count(*) FILTER (WHERE NOT ok),
               list(figure_id || ' (' || coalesce(CAST(low AS VARCHAR), '-') || '/' || best || '/'
                    || coalesce(CAST(high AS VARCHAR), '-') || ')' ORDER BY figure_id)
                   FILTER (WHERE NOT ok)[1:{examples}]
        FROM (SELECT figure_id, low, best, high,
                     coalesce(low <= best, true) AND coalesce(best <= high, true)
                     AND coalesce(low <= high, true) AS ok
              FROM figures)"""),
    _Check("event_date_not_after_published", "fail", "no figure dated after its article", """
        SELECT count(*),
               count(*) FILTER (WHERE f.event_date > a.published),
               list(f.figure_id || ' (' || f.event_date || ' > ' || a.published || ')' ORDER BY f.figure_id)
                   FILTER (WHERE f.event_date > a.published)[1:{examples}]
        FROM figures AS f JOIN articles AS a USING (article_id)
        WHERE f.event_date IS NOT NULL"""),
    _Check("figure_has_article", "fail", "no figure without its article", """
        SELECT count(*),
               count(*) FILTER (WHERE a.article_id IS NULL),
               list(f.figure_id ORDER BY f.figure_id) FILTER (WHERE a.article_id IS NULL)[1:{examples}]
        FROM figures AS f LEFT JOIN articles AS a USING (article_id)"""),
    _Check("outliers", "warn",
           f"counted figures >= {OUTLIER_MIN_VALUE} and > {OUTLIER_FACTOR}x the collection's median", """
        WITH counted AS (
            SELECT f.figure_id, a.collection, f.kind, f.best
            FROM figures AS f JOIN articles AS a USING (article_id)
            WHERE f.counted AND f.kind IN ('killed', 'injured')
        ),
        usual AS (
            SELECT collection, kind, median(best) AS usual, count(*) AS n
            FROM counted GROUP BY collection, kind
        ),
        flagged AS (
            SELECT c.*, u.usual,
                   u.n >= {min_figures} AND c.best >= {min_value}
                   AND c.best > {factor} * greatest(u.usual, 1) AS outlier
            FROM counted AS c JOIN usual AS u USING (collection, kind)
        )
        SELECT count(*),
               count(*) FILTER (WHERE outlier),
               list(figure_id || ' (' || kind || ' ' || best || ', median ' || usual || ')' ORDER BY best DESC)
                   FILTER (WHERE outlier)[1:{examples}]
        FROM flagged"""),
    _Check("toll_revised_down", "warn", "days whose death toll is lower than the toll before", """
        SELECT count(*) FILTER (WHERE reported IS NOT NULL),
               count(*) FILTER (WHERE revised_down),
               list(collection || ' ' || day || ' (' || previous_toll || ' -> ' || reported || ')' ORDER BY day)
                   FILTER (WHERE revised_down)[1:{examples}]
        FROM death_toll_daily"""),
)


def _evaluate(con, check: _Check) -> CheckResult:
    query = check.query.format(examples=EXAMPLES, factor=OUTLIER_FACTOR,
                               min_value=OUTLIER_MIN_VALUE, min_figures=OUTLIER_MIN_FIGURES)
    checked, failing, examples = con.execute(query).fetchall()[0]
    failing = int(failing or 0)
    status = check.severity if failing else "pass"
    detail = ", ".join(examples or [])
    if failing > len(examples or []):
        detail += f", ... ({failing} in all)"
    return CheckResult(check.name, status, failing, int(checked or 0), detail, check.description)


def run_checks(warehouse: Path, run_id: str) -> list[CheckResult]:
    """Run every check over the warehouse and record the results under `run_id` (replacing any
    earlier results of that run), in one short write transaction."""
    from flows.warehouse import write_transaction

    with write_transaction(Path(warehouse)) as con:
        results = [_evaluate(con, check) for check in CHECKS]
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        frame = pd.DataFrame([{**{k: v for k, v in asdict(r).items() if k != "description"},
                               "check_name": r.name, "run_id": run_id, "checked_at": now}
                              for r in results]).drop(columns=["name"])
        con.register("incoming_checks", frame)
        con.execute("DELETE FROM quality_checks WHERE run_id = ?", [run_id])
        con.execute("INSERT INTO quality_checks BY NAME SELECT * FROM incoming_checks")
        con.unregister("incoming_checks")
    return results
