"""Trend series an analyst can publish, built from the warehouse views.

The daily logic lives in SQL (sql/view_incidents.sql, view_death_toll_daily.sql,
view_trend_daily.sql); this module filters it (collection, country, dates), fills the calendar and
rolls days up into weeks or months so that every rollup agrees with the daily series: killed,
injured and articles are sums of the days, the death toll is the toll of the period's last day.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from flows import warehouse
from flows.warehouse import WarehouseMissing  # noqa: F401  (re-exported for the CLI)

TREND_COLUMNS = ["collection", "period", "killed", "injured", "death_toll", "articles"]
PERIODS = ("day", "week", "month")

FIGURE_COLUMNS = [
    "figure_id", "article_id", "external_id", "collection", "published", "event_date", "kind",
    "low", "best", "high", "qualifier", "vague_term", "victims", "role", "part_of", "counted",
    "place", "country", "sentence", "char_start", "char_end", "rule", "extractor_version",
    "title", "url", "source",
]


@dataclass(frozen=True, slots=True)
class TrendFilter:
    """Which part of the warehouse a series covers. Dates are inclusive; country is an ISO code."""

    collection: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"--since {self.since} is after --until {self.until}")


def open_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse at `path`, with the views of this version (as
    temporary views, so an older warehouse file works too). Raises WarehouseMissing (a
    FileNotFoundError that says what to do) when the file does not exist."""
    return warehouse.connect(Path(path), read_only=True)


def period_start(days: pd.Series, by: str) -> pd.Series:
    """The first day of each day's period: itself, its week's Monday, or its month's first day."""
    days = pd.to_datetime(days)
    if by == "day":
        return days
    if by == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if by == "month":
        return days.dt.to_period("M").dt.to_timestamp()
    raise ValueError(f"unknown period {by!r}: choose one of {', '.join(PERIODS)}")


def _where(filters: TrendFilter, collection_col: str, country_col: str | None) -> tuple[str, list]:
    clauses, params = ["TRUE"], []
    if filters.collection is not None:
        clauses.append(f"{collection_col} = ?")
        params.append(filters.collection)
    if filters.country is not None and country_col is not None:
        clauses.append(f"upper({country_col}) = ?")
        params.append(filters.country.upper())
    return " AND ".join(clauses), params


def daily_series(con: duckdb.DuckDBPyConnection, filters: TrendFilter = TrendFilter()) -> pd.DataFrame:
    """One row per collection and day, every day from the first to the last with data in range.

    Without a country filter this is the `trend_daily` view; with one, incidents, death-toll
    reports and articles are restricted to figures located in that country. The toll is carried
    into the range from reports before `since`.
    """
    if filters.country is None:
        where, params = _where(filters, "d.collection", None)
        frame = con.execute(
            f"SELECT d.collection, d.period AS day, d.killed, d.injured, d.death_toll, d.articles, "
            f"       CAST(t.reported IS NOT NULL AS INTEGER) AS toll_reports "
            f"FROM trend_daily AS d "
            f"LEFT JOIN death_toll_daily AS t ON t.collection = d.collection AND t.day = d.period "
            f"WHERE {where} ORDER BY d.collection, d.period", params).df()
    else:
        frame = _daily_for_country(con, filters)
    return _clip(frame, filters)


def _daily_for_country(con: duckdb.DuckDBPyConnection, filters: TrendFilter) -> pd.DataFrame:
    where, params = _where(filters, "collection", "country")
    incidents = con.execute(
        f"SELECT collection, event_date AS day, "
        f"       sum(best) FILTER (WHERE kind = 'killed') AS killed, "
        f"       sum(best) FILTER (WHERE kind = 'injured') AS injured "
        f"FROM incidents WHERE {where} GROUP BY ALL", params).df()
    fwhere, fparams = _where(filters, "a.collection", "f.country")
    tolls = con.execute(
        f"SELECT a.collection, a.published AS day, max(f.best) AS reported "
        f"FROM figures AS f JOIN articles AS a USING (article_id) "
        f"WHERE f.kind = 'death_toll' AND f.counted AND {fwhere} GROUP BY ALL", fparams).df()
    articles = con.execute(
        f"SELECT a.collection, a.published AS day, count(DISTINCT a.article_id) AS articles "
        f"FROM articles AS a WHERE a.article_id IN "
        f"  (SELECT f.article_id FROM figures AS f JOIN articles AS a USING (article_id) WHERE {fwhere}) "
        f"GROUP BY ALL", fparams).df()
    keys = pd.concat([incidents[["collection", "day"]], tolls[["collection", "day"]],
                      articles[["collection", "day"]]], ignore_index=True)
    if keys.empty:
        return pd.DataFrame(columns=["collection", "day", "killed", "injured", "death_toll", "articles", "toll_reports"])
    keys["day"] = pd.to_datetime(keys["day"])
    spans = keys.groupby("collection")["day"].agg(["min", "max"])
    spine = pd.concat(
        [pd.DataFrame({"collection": name, "day": pd.date_range(row["min"], row["max"], freq="D")})
         for name, row in spans.iterrows()], ignore_index=True)
    for part in (incidents, tolls, articles):
        part["day"] = pd.to_datetime(part["day"])
    frame = (spine.merge(incidents, how="left", on=["collection", "day"])
                  .merge(tolls, how="left", on=["collection", "day"])
                  .merge(articles, how="left", on=["collection", "day"]))
    frame = frame.sort_values(["collection", "day"])
    frame["death_toll"] = frame.groupby("collection")["reported"].ffill()
    frame["toll_reports"] = frame["reported"].notna().astype(int)
    return frame.drop(columns=["reported"])


def _clip(frame: pd.DataFrame, filters: TrendFilter) -> pd.DataFrame:
    """Keep days within [since, until], then drop leading and trailing days without data, so the
    series runs from the first to the last day with data in the range."""
    frame = frame.copy()
    frame["day"] = pd.to_datetime(frame["day"])
    for col in ("killed", "injured", "articles", "toll_reports"):
        frame[col] = pd.to_numeric(frame[col]).fillna(0).astype("int64")
    frame["death_toll"] = pd.to_numeric(frame["death_toll"]).astype("Int64")
    if filters.since is not None:
        frame = frame[frame["day"] >= pd.Timestamp(filters.since)]
    if filters.until is not None:
        frame = frame[frame["day"] <= pd.Timestamp(filters.until)]
    has_data = (frame["killed"] > 0) | (frame["injured"] > 0) | (frame["articles"] > 0) | (frame["toll_reports"] > 0)
    kept = []
    for _, days in frame.groupby("collection", sort=True):
        marked = days[has_data.loc[days.index]]
        if not marked.empty:
            kept.append(days[(days["day"] >= marked["day"].min()) & (days["day"] <= marked["day"].max())])
    if not kept:
        return frame.iloc[0:0].drop(columns=["toll_reports"])
    return pd.concat(kept).drop(columns=["toll_reports"]).reset_index(drop=True)


def trend_series(con: duckdb.DuckDBPyConnection, by: str = "day",
                 filters: TrendFilter = TrendFilter()) -> pd.DataFrame:
    """The trend table with exactly TREND_COLUMNS, one row per collection and period.

    `period` is the period's first day (weeks start on Monday); killed, injured and articles are
    sums over the period's days, death_toll the toll at the period's last day (NA before the first
    report). Every period between the first and the last with data appears.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}: choose one of {', '.join(PERIODS)}")
    daily = daily_series(con, filters)
    if daily.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="int64") for c in TREND_COLUMNS})
        empty["collection"] = empty["collection"].astype(object)
        empty["period"] = pd.Series(dtype=object)
        empty["death_toll"] = empty["death_toll"].astype("Int64")
        return empty[TREND_COLUMNS]
    daily = daily.sort_values(["collection", "day"])
    daily["period"] = period_start(daily["day"], by)
    grouped = daily.groupby(["collection", "period"], sort=True)
    series = grouped.agg(killed=("killed", "sum"), injured=("injured", "sum"),
                         articles=("articles", "sum")).reset_index()
    # The toll at the period's end: the last day's (carried) value, NA if no report yet.
    # (tail(1), unlike last(), keeps NA instead of skipping back to an earlier value.)
    last_day = daily.groupby(["collection", "period"], sort=True).tail(1)[["collection", "period", "death_toll"]]
    series = series.merge(last_day, how="left", on=["collection", "period"], validate="one_to_one")
    series["death_toll"] = series["death_toll"].astype("Int64")
    series["period"] = series["period"].dt.date
    return series[TREND_COLUMNS].reset_index(drop=True)


def figures_frame(con: duckdb.DuckDBPyConnection, filters: TrendFilter = TrendFilter()) -> pd.DataFrame:
    """Every figure with its article, dates, place, sentence and rule, filtered like the trends
    (dates apply to the figure's event date, else the article's publication date)."""
    where, params = _where(filters, "a.collection", "f.country")
    if filters.since is not None:
        where += " AND coalesce(f.event_date, a.published) >= ?"
        params.append(filters.since)
    if filters.until is not None:
        where += " AND coalesce(f.event_date, a.published) <= ?"
        params.append(filters.until)
    columns = ", ".join(
        f"a.{c}" if c in ("external_id", "collection", "published", "title", "url", "source")
        else f"f.{c}" for c in FIGURE_COLUMNS)
    return con.execute(
        f"SELECT {columns} FROM figures AS f JOIN articles AS a USING (article_id) WHERE {where} "
        f"ORDER BY a.collection, coalesce(f.event_date, a.published), f.article_id, f.char_start",
        params).df()


def write_frame(frame: pd.DataFrame, out: Path | None, stream=None) -> None:
    """CSV to `stream` when out is None; else CSV or Parquet by the file's suffix."""
    if out is None:
        frame.to_csv(stream, index=False, lineterminator="\n")
        return
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"cannot write {out.name}: use a .csv or .parquet file name")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        frame.to_csv(out, index=False, lineterminator="\n")
    else:
        frame.to_parquet(out, index=False)
