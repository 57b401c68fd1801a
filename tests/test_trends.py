"""Trend views and series (issue 4): one count per incident, the death-toll series, rollups."""
from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from flows import trends
from flows.trends import TrendFilter
from warehouse_rows import article, figure, write_rows


def open_rows(tmp_path, articles, figures):
    return trends.open_read_only(write_rows(tmp_path / "w.duckdb", articles, figures))


def incidents(con, **where):
    frame = con.execute("SELECT collection, kind, event_date, best, reports, place, country "
                        "FROM incidents ORDER BY event_date, kind, best").df()
    for key, value in where.items():
        frame = frame[frame[key] == value]
    return frame


def day(con, when: str) -> dict:
    row = con.execute("SELECT * FROM trend_daily WHERE period = ?", [date.fromisoformat(when)]).df()
    assert len(row) == 1, f"no single trend_daily row for {when}"
    return row.iloc[0].to_dict()


# --- incident identity --------------------------------------------------------------------------

def test_same_place_same_day_counts_once_with_largest_report(tmp_path):
    con = open_rows(tmp_path,
                    [article("a1", "2024-05-06"), article("a2", "2024-05-07"), article("a3", "2024-05-08")],
                    [figure("a1", 0, "killed", 10, "2024-05-06", place="Kharkiv", country="UA"),
                     figure("a2", 0, "killed", 14, "2024-05-06", place="kharkiv", country="UA"),
                     figure("a3", 0, "killed", 12, "2024-05-06", place="Kharkiv", country="UA")])
    killed = incidents(con, kind="killed")
    assert killed["best"].tolist() == [14]
    assert killed["reports"].tolist() == [3]
    assert day(con, "2024-05-06")["killed"] == 14


def test_a_running_toll_of_one_incident_counts_on_its_first_day(tmp_path):
    # "Floods killed 12 on Wednesday" ... next day "the death toll from the floods has risen to 27":
    # the incident's dead are 27, not 12 + 27
    con = open_rows(tmp_path, [article("a1", "2024-03-06"), article("a2", "2024-03-07"), article("a3", "2024-03-07")],
                    [figure("a1", 0, "killed", 12, "2024-03-06", place="Sindh"),
                     figure("a2", 0, "killed", 27, "2024-03-07", place="Sindh", rule="incident_toll"),
                     # another place's deaths that day are another incident
                     figure("a3", 0, "killed", 4, "2024-03-07", place="Quetta")])
    assert day(con, "2024-03-06")["killed"] == 27
    assert day(con, "2024-03-07")["killed"] == 4
    # a count that is no running toll still adds on its own day
    con = open_rows(tmp_path / "b", [article("a1", "2024-03-06"), article("a2", "2024-03-07")],
                    [figure("a1", 0, "killed", 12, "2024-03-06", place="Sindh"),
                     figure("a2", 0, "killed", 5, "2024-03-07", place="Sindh")])
    assert (day(con, "2024-03-06")["killed"], day(con, "2024-03-07")["killed"]) == (12, 5)


def test_different_places_on_one_day_add(tmp_path):
    con = open_rows(tmp_path, [article("a1", "2024-05-06"), article("a2", "2024-05-06")],
                    [figure("a1", 0, "killed", 10, "2024-05-06", place="Kharkiv", country="UA"),
                     figure("a2", 0, "killed", 4, "2024-05-06", place="Odesa", country="UA")])
    assert sorted(incidents(con)["best"]) == [4, 10]
    assert day(con, "2024-05-06")["killed"] == 14


def test_same_place_on_different_event_days_adds(tmp_path):
    con = open_rows(tmp_path, [article("a1", "2024-05-06"), article("a2", "2024-05-08")],
                    [figure("a1", 0, "killed", 10, "2024-05-06", place="Kharkiv"),
                     figure("a2", 0, "killed", 10, "2024-05-08", place="Kharkiv")])
    assert day(con, "2024-05-06")["killed"] == 10
    assert day(con, "2024-05-08")["killed"] == 10


def test_disjoint_groups_within_one_article_add_before_merging(tmp_path):
    # "two police and one civilian were killed" in one article; another article reports 3 in all.
    con = open_rows(tmp_path, [article("a1", "2024-05-06"), article("a2", "2024-05-07")],
                    [figure("a1", 0, "killed", 2, "2024-05-06", place="Lyon", victims="police"),
                     figure("a1", 1, "killed", 1, "2024-05-06", place="Lyon", victims="civilian"),
                     figure("a2", 0, "killed", 3, "2024-05-06", place="Lyon")])
    assert day(con, "2024-05-06")["killed"] == 3


def test_uncounted_figures_and_other_kinds_stay_out(tmp_path):
    con = open_rows(tmp_path, [article("a1", "2024-05-06")],
                    [figure("a1", 0, "killed", 13, "2024-05-06"),
                     figure("a1", 1, "killed", 2, "2024-05-06", victims="child", counted=False),
                     figure("a1", 2, "death_toll", 700)])
    row = day(con, "2024-05-06")
    assert (row["killed"], row["injured"], row["death_toll"]) == (13, 0, 700)


def test_unplaced_report_joins_the_closest_incident_of_its_day(tmp_path):
    con = open_rows(tmp_path,
                    [article("a1", "2024-05-06"), article("a2", "2024-05-06"), article("a3", "2024-05-07")],
                    [figure("a1", 0, "killed", 10, "2024-05-06", place="Kharkiv", country="UA"),
                     figure("a2", 0, "killed", 3, "2024-05-06", place="Odesa", country="UA"),
                     # no place named: a later report of the Kharkiv attack (closest value)
                     figure("a3", 0, "killed", 11, "2024-05-06")])
    killed = incidents(con, kind="killed")
    assert sorted(killed["best"]) == [3, 11]
    assert day(con, "2024-05-06")["killed"] == 14


def test_unplaced_report_prefers_the_incident_with_the_same_victims(tmp_path):
    con = open_rows(tmp_path,
                    [article("a1", "2024-05-06"), article("a2", "2024-05-06"), article("a3", "2024-05-07")],
                    [figure("a1", 0, "killed", 10, "2024-05-06", place="Kharkiv", victims="civilian"),
                     figure("a2", 0, "killed", 3, "2024-05-06", place="Odesa", victims="soldier"),
                     figure("a3", 0, "killed", 9, "2024-05-06", victims="soldier")])
    assert sorted(incidents(con)["best"]) == [9, 10]


def test_country_only_report_joins_a_place_in_that_country_not_elsewhere(tmp_path):
    con = open_rows(tmp_path,
                    [article("a1", "2024-05-06"), article("a2", "2024-05-06"), article("a3", "2024-05-07")],
                    [figure("a1", 0, "killed", 10, "2024-05-06", place="Kharkiv", country="UA"),
                     figure("a2", 0, "killed", 4, "2024-05-06", place="Gaza", country="PS"),
                     figure("a3", 0, "killed", 5, "2024-05-06", country="PS")])
    assert sorted(incidents(con)["best"]) == [5, 10]


def test_unplaced_reports_of_a_day_without_places_are_one_incident(tmp_path):
    con = open_rows(tmp_path, [article("a1", "2024-05-06"), article("a2", "2024-05-07")],
                    [figure("a1", 0, "injured", 20, "2024-05-06"),
                     figure("a2", 0, "injured", 25, "2024-05-06")])
    assert day(con, "2024-05-06")["injured"] == 25


def test_bounds_view_brackets_the_estimate(tmp_path):
    con = open_rows(tmp_path,
                    [article("a1", "2024-05-06"), article("a2", "2024-05-07"), article("a3", "2024-05-07")],
                    [figure("a1", 0, "killed", 10, "2024-05-06", place="Kharkiv"),
                     figure("a2", 0, "killed", 12, "2024-05-06", place="Kharkiv"),
                     figure("a3", 0, "killed", 4, "2024-05-06", place="Odesa")])
    row = con.execute("SELECT * FROM trend_bounds_daily WHERE kind = 'killed'").df().iloc[0]
    assert (row["reported_max"], row["estimate"], row["reported_sum"], row["incidents"]) == (12, 16, 26, 2)


# --- death toll ---------------------------------------------------------------------------------

def test_toll_is_carried_forward_and_empty_before_the_first_report(tmp_path):
    con = open_rows(tmp_path,
                    [article("a0", "2024-05-05"), article("a1", "2024-05-06"), article("a2", "2024-05-08")],
                    [figure("a0", 0, "killed", 1, "2024-05-05"),
                     figure("a1", 0, "death_toll", 120), figure("a2", 0, "death_toll", 150)])
    tolls = con.execute("SELECT death_toll, reported FROM death_toll_daily ORDER BY day").fetchall()
    assert tolls == [(None, None), (120, 120), (120, None), (150, 150)]


def test_downward_revision_is_flagged_and_becomes_the_toll(tmp_path):
    con = open_rows(tmp_path, [article("a1", "2024-05-06"), article("a2", "2024-05-07"),
                               article("a3", "2024-05-08")],
                    [figure("a1", 0, "death_toll", 120), figure("a2", 0, "death_toll", 95),
                     figure("a3", 0, "death_toll", 130)])
    rows = con.execute("SELECT death_toll, revised_down FROM death_toll_daily ORDER BY day").fetchall()
    assert rows == [(120, False), (95, True), (130, False)]


def test_largest_toll_of_a_day_is_its_report(tmp_path):
    con = open_rows(tmp_path, [article("a1", "2024-05-06"), article("a2", "2024-05-06")],
                    [figure("a1", 0, "death_toll", 120), figure("a2", 0, "death_toll", 118)])
    assert con.execute("SELECT death_toll, reports FROM death_toll_daily").fetchall() == [(120, 2)]


# --- series, filters and rollups ----------------------------------------------------------------

SCENARIO_ARTICLES = [article("a1", "2024-02-26"), article("a2", "2024-02-27"), article("a3", "2024-02-29"),
                     article("a4", "2024-03-02"), article("a5", "2024-03-04"),
                     article("b1", "2024-02-27", collection="elsewhere")]
SCENARIO_FIGURES = [figure("a1", 0, "killed", 12, "2024-02-26", place="Kirkuk", country="IQ"),
                    figure("a1", 1, "injured", 30, "2024-02-26", place="Kirkuk", country="IQ"),
                    figure("a2", 0, "killed", 12, "2024-02-26", place="Kirkuk", country="IQ"),
                    figure("a3", 0, "killed", 5, "2024-02-29", place="Basra", country="IQ"),
                    figure("a3", 1, "injured", 8, "2024-02-29", place="Lyon", country="FR"),
                    figure("a4", 0, "death_toll", 120), figure("a5", 0, "death_toll", 150),
                    figure("b1", 0, "killed", 3, "2024-02-27")]


@pytest.fixture
def scenario(tmp_path):
    con = open_rows(tmp_path, SCENARIO_ARTICLES, SCENARIO_FIGURES)
    yield con
    con.close()


def as_tuples(frame: pd.DataFrame) -> list[tuple]:
    return [(r.period.isoformat(), r.killed, r.injured, None if pd.isna(r.death_toll) else int(r.death_toll),
             r.articles) for r in frame.itertuples()]


def test_daily_series_fills_every_day(scenario):
    series = trends.trend_series(scenario, "day", TrendFilter(collection="testland"))
    assert list(series.columns) == trends.TREND_COLUMNS
    assert as_tuples(series) == [
        ("2024-02-26", 12, 30, None, 1), ("2024-02-27", 0, 0, None, 1), ("2024-02-28", 0, 0, None, 0),
        ("2024-02-29", 5, 8, None, 1), ("2024-03-01", 0, 0, None, 0), ("2024-03-02", 0, 0, 120, 1),
        ("2024-03-03", 0, 0, 120, 0), ("2024-03-04", 0, 0, 150, 1)]


def test_series_without_filters_is_the_trend_daily_view(scenario):
    view = scenario.execute("SELECT * FROM trend_daily ORDER BY collection, period").df()
    series = trends.trend_series(scenario, "day")
    assert series["collection"].tolist() == view["collection"].tolist()
    assert [p.isoformat() for p in series["period"]] == [str(p.date()) for p in view["period"]]
    for column in ("killed", "injured", "articles"):
        assert series[column].tolist() == view[column].tolist()
    assert series["death_toll"].astype("float").fillna(-1).tolist() == view["death_toll"].astype("float").fillna(-1).tolist()


def test_weeks_start_on_monday_and_months_on_the_first(scenario):
    weekly = trends.trend_series(scenario, "week", TrendFilter(collection="testland"))
    monthly = trends.trend_series(scenario, "month", TrendFilter(collection="testland"))
    assert as_tuples(weekly) == [("2024-02-26", 17, 38, 120, 4), ("2024-03-04", 0, 0, 150, 1)]
    assert as_tuples(monthly) == [("2024-02-01", 17, 38, None, 3), ("2024-03-01", 0, 0, 150, 2)]


def test_country_filter_keeps_incidents_located_there(scenario):
    series = trends.trend_series(scenario, "day", TrendFilter(collection="testland", country="iq"))
    # Lyon's injured (FR), the tolls (no country) and the other collection are left out.
    assert as_tuples(series) == [("2024-02-26", 12, 30, None, 1), ("2024-02-27", 0, 0, None, 1),
                                 ("2024-02-28", 0, 0, None, 0), ("2024-02-29", 5, 0, None, 1)]


def test_since_until_clip_to_the_days_with_data(scenario):
    series = trends.trend_series(scenario, "day", TrendFilter(collection="testland",
                                                              since=date(2024, 3, 1), until=date(2024, 3, 10)))
    assert as_tuples(series) == [("2024-03-02", 0, 0, 120, 1), ("2024-03-03", 0, 0, 120, 0),
                                 ("2024-03-04", 0, 0, 150, 1)]


def test_since_carries_the_toll_reported_before_it(tmp_path):
    con = open_rows(tmp_path, [article("a1", "2024-05-06"), article("a2", "2024-05-08")],
                    [figure("a1", 0, "death_toll", 120), figure("a2", 0, "killed", 4, "2024-05-08")])
    series = trends.trend_series(con, "day", TrendFilter(since=date(2024, 5, 7)))
    assert as_tuples(series) == [("2024-05-08", 4, 0, 120, 1)]


def test_since_until_drop_quiet_days_at_the_edges(scenario):
    series = trends.trend_series(scenario, "day", TrendFilter(collection="testland",
                                                              since=date(2024, 2, 28), until=date(2024, 3, 1)))
    assert as_tuples(series) == [("2024-02-29", 5, 8, None, 1)]


def test_empty_selection_gives_an_empty_frame_with_the_columns(scenario):
    series = trends.trend_series(scenario, "week", TrendFilter(collection="nowhere"))
    assert series.empty and list(series.columns) == trends.TREND_COLUMNS


def test_since_after_until_is_refused():
    with pytest.raises(ValueError):
        TrendFilter(since=date(2024, 3, 2), until=date(2024, 3, 1))


def nullable(values) -> list:
    return [None if pd.isna(v) else int(v) for v in values]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 75), st.integers(0, 4), st.sampled_from(["killed", "injured", "death_toll"]),
                          st.integers(0, 500), st.sampled_from([None, "Kirkuk", "Basra"])),
                min_size=1, max_size=25))
def test_weekly_and_monthly_rollups_agree_with_the_daily_series(tmp_path_factory, reports):
    start = date(2024, 1, 3)
    articles, figures = [], []
    for n, (offset, back, kind, value, place) in enumerate(reports):
        published = start + timedelta(days=offset)
        articles.append(article(f"a{n}", published.isoformat()))
        figures.append(figure(f"a{n}", 0, kind, value, (published - timedelta(days=back)).isoformat(), place=place))
    con = trends.open_read_only(write_rows(tmp_path_factory.mktemp("w") / "w.duckdb", articles, figures))
    try:
        daily = trends.trend_series(con, "day")
        for by in ("week", "month"):
            rolled = trends.trend_series(con, by)
            starts = trends.period_start(pd.Series(pd.to_datetime(daily["period"])), by).dt.date
            expected = daily.assign(period=starts.values).groupby("period")
            assert rolled["period"].tolist() == sorted(set(starts))
            for column in ("killed", "injured", "articles"):
                assert rolled[column].tolist() == expected[column].sum().tolist()
            last_tolls = [group.iloc[-1] for _, group in expected["death_toll"]]
            assert nullable(rolled["death_toll"]) == nullable(last_tolls)
            assert rolled["killed"].sum() == daily["killed"].sum()
        # days run without a hole from the first to the last
        days = pd.to_datetime(daily["period"])
        assert (days.diff().dropna() == pd.Timedelta(days=1)).all()
    finally:
        con.close()
