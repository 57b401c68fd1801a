"""Event dates, date spans, datelines and header dates (flows/extract/dates.py)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.extract.dates import (
    date_spans,
    expand_two_digit_year,
    parse_dateline,
    parse_header_date,
    resolve_event_date,
)

SATURDAY = date(2020, 10, 17)  # a Saturday


# --- weekdays and relative days -------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rocket fire killed four farmers near the river on Tuesday.", date(2020, 10, 13)),
        ("Artillery hit the market Saturday, killing nine.", SATURDAY),  # same weekday = published
        ("A roadside bomb killed two soldiers Sunday night.", date(2020, 10, 11)),
        ("Two guards were shot dead yesterday at the depot.", date(2020, 10, 16)),
        ("Three villagers died in the fire last night.", date(2020, 10, 16)),
        ("Police said this morning that six people were hurt.", SATURDAY),
        ("The mayor said tonight that the toll stands at 12.", SATURDAY),
        ("Eleven people died in a landslide today.", SATURDAY),
        ("GUNMEN KILLED FIVE PEASANTS ON FRIDAY IN THE VALLEY.", date(2020, 10, 16)),
        ("A MINE KILLED TWO CHILDREN LAST NIGHT.", date(2020, 10, 16)),
        ("Two days ago a grenade wounded a driver.", date(2020, 10, 15)),
        ("TWO WEEKS AGO TROOPS SHOT 20 REBELS.", date(2020, 10, 3)),
        ("Last Saturday a sniper killed a nurse.", date(2020, 10, 10)),
    ],
)
def test_relative_days_resolve_to_latest_such_day_on_or_before_published(sentence, expected):
    assert resolve_event_date(sentence, SATURDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials warned the toll may rise above 30.",
        "The shelling killed 13 civilians and injured 40.",
        "Talks are due next Monday after 8 deaths.",
        "Markets close on Fridays, when 3 guards patrol.",
        "Settlers arrived in the 1990s, and 5 died in clashes.",
        "The march drew 13 people before police intervened.",
    ],
)
def test_sentences_without_an_event_day_give_published(sentence):
    assert resolve_event_date(sentence, SATURDAY) == SATURDAY


@given(
    published=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    upper=st.booleans(),
)
def test_weekday_is_within_the_week_up_to_published(published, weekday, upper):
    sentence = f"Militants attacked a checkpoint on {weekday}, killing three."
    resolved = resolve_event_date(sentence.upper() if upper else sentence, published)
    assert published - timedelta(days=6) <= resolved <= published
    assert resolved.strftime("%A") == weekday


# --- explicit dates -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Sept. 27, a car bomb killed eight.", date(2020, 9, 27)),
        ("The 27 September raid left 11 dead.", date(2020, 9, 27)),
        ("A blast on 17 October 2019 wounded 30 people.", date(2019, 10, 17)),
        ("Floods on June 3 drowned 14 people.", date(2020, 6, 3)),
        ("Floods on 3 June drowned 14 people.", date(2020, 6, 3)),
        ("The ambush [31 August] killed 6 soldiers.", date(2020, 8, 31)),
        ("The 06/17/2017 attack killed 4.", date(2017, 6, 17)),
        ("The 17/06/2017 attack killed 4.", date(2017, 6, 17)),
        ("A strike on 2019-03-04 killed 3.", date(2019, 3, 4)),
        ("THE CLASH ON 14 MAY LEFT 13 PEOPLE DEAD.", date(2020, 5, 14)),
        ("On Friday [16 October] troops killed 7 rebels.", date(2020, 10, 16)),
    ],
)
def test_explicit_dates_resolve_against_the_published_year(sentence, expected):
    assert resolve_event_date(sentence, SATURDAY) == expected


def test_explicit_date_after_new_year_belongs_to_the_previous_year():
    published = date(2021, 1, 3)
    assert resolve_event_date("The Dec. 30 bombing killed 9.", published) == date(2020, 12, 30)
    # A day only a little after publication stays in the same year.
    assert resolve_event_date("The Jan. 5 vote passed after 2 deaths.", published) == date(2021, 1, 5)


def test_period_start_is_not_the_event_date():
    sentence = "More than 700 people have died in the fighting since Sept. 27."
    assert resolve_event_date(sentence, SATURDAY) == SATURDAY


def test_month_name_followed_by_a_count_is_not_a_day():
    assert resolve_event_date("IN MAY 13 PEOPLE DIED IN THE FLOODS.", SATURDAY) == SATURDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "A diplomat was shot dead by November 17 members as he drove to work.",
        "A diplomat was shot dead by members of November 17.",
        "GUERRILLAS OF THE APRIL 19 MOVEMENT KILLED TWO SOLDIERS.",
        "The 17 November group said it had killed the shipowner.",
    ],
)
def test_a_group_named_for_a_date_is_not_the_event_date(sentence):
    assert resolve_event_date(sentence, SATURDAY) == SATURDAY


def test_invalid_calendar_day_is_ignored():
    assert resolve_event_date("The Feb. 30 report listed 5 dead.", SATURDAY) == SATURDAY


def test_near_picks_the_date_closest_to_the_figure():
    sentence = "On Monday 4 guards died, and on Oct. 2 another 6 were hurt."
    assert resolve_event_date(sentence, SATURDAY, near=sentence.index("4 guards")) == date(2020, 10, 12)
    assert resolve_event_date(sentence, SATURDAY, near=sentence.index("6 were")) == date(2020, 10, 2)


def test_without_published_only_full_dates_resolve():
    assert resolve_event_date("On 5 March 2019 a bomb killed 3.", None) == date(2019, 3, 5)
    assert resolve_event_date("On Tuesday a bomb killed 3.", None) is None


# --- date spans -----------------------------------------------------------------------------

def _span_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in date_spans(text)]


def test_date_spans_cover_dates_years_decades_and_times():
    text = (
        "Fighting since Sept. 27 has killed 700; on 17 October 2020 at 10:30 a.m. a shell hit "
        "homes built in the 1990s, and in 2019 some 0300 GMT raids killed 13 civilians."
    )
    assert _span_texts(text) == ["Sept. 27", "on 17 October 2020", "10:30 a.m.", "1990s", "2019", "0300 GMT"]


def test_date_spans_leave_counts_alone():
    text = "Rebels killed 1999 people and 13 soldiers, and 2,000 fled in May 2020 after the 2019 attack."
    spans = _span_texts(text)
    assert "1999" not in spans and "13" not in spans and "2,000" not in spans
    assert spans == ["2020", "2019"]


def test_date_spans_of_wire_datelines_and_ranges():
    text = "LIMA, 20 AUG 88 (EFE) -- Clashes from 2019-2021 and on 27-29 Sept left 5 dead in '88."
    assert _span_texts(text) == ["20 AUG 88", "2019", "2021", "on 27-29 Sept", "'88"]


def test_date_spans_empty_without_digits():
    assert date_spans("Several people were killed on Saturday.") == []


# --- datelines ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oct. 17, 2020 (UPI) -- Tensions rose after shelling killed 13.", date(2020, 10, 17)),
        ("Lima, 20 Aug 88 (EFE) -- [Text] Police reported two dead.", date(1988, 8, 20)),
        ("BOGOTA, 12 JAN 90 (RADIO CADENA NACIONAL) -- [TEXT] FIVE SOLDIERS DIED.", date(1990, 1, 12)),
        ("WASHINGTON, March 3, 2021 (AP) — Officials said four people died.", date(2021, 3, 3)),
        ("2021-03-04\nA storm killed three people overnight.", date(2021, 3, 4)),
        ("Storm toll climbs\n\nPublished April 8 2017 Rescuers found 6 bodies.", date(2017, 4, 8)),
        ("Quake hits coast\n\nTuesday, 17th of October, 2017 -- Nine died.", date(2017, 10, 17)),
        ("Bern (SDA), 6 Nov 88 (ADN) -- [Text] A fire killed one.", date(1988, 11, 6)),
    ],
)
def test_dateline_styles(text, expected):
    assert parse_dateline(text) == expected


def test_dateline_without_year_borrows_the_year_of_its_paragraph():
    text = "Floods of 2014 return\n\nHANOI, July 27 (Xinhua) -- Floods killed 13 people."
    assert parse_dateline(text) == date(2014, 7, 27)


def test_dateline_without_any_year_gives_none():
    assert parse_dateline("Oct. 17 (UPI) -- Tensions escalated Saturday after 13 died.") is None


def test_dates_inside_the_story_are_not_the_dateline():
    text = "Rivers burst their banks\n\nOn 28 February 2014, two rivers overflowed, killing 3."
    assert parse_dateline(text) is None
    assert parse_dateline("Ambush in the hills - three killed\n\nNo date here at all.") is None


def test_two_digit_years_pivot_on_the_current_year():
    this_year = date.today().year % 100
    assert expand_two_digit_year(88) == 1988
    assert expand_two_digit_year(this_year) == 2000 + this_year
    if this_year < 99:
        assert expand_two_digit_year(this_year + 1) == 1900 + this_year + 1


# --- header dates ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-04", date(2021, 3, 4)),
        ("  2021-03-04 ", date(2021, 3, 4)),
        ("2021-03-04T10:15:00Z", date(2021, 3, 4)),
        ("2021-03-04 10:15:00+02:00", date(2021, 3, 4)),
        ("17 October 2020", date(2020, 10, 17)),
        ("Oct. 17, 2020", date(2020, 10, 17)),
        ("06/17/2017", date(2017, 6, 17)),
        ("Saturday, October 17th, 2020", date(2020, 10, 17)),
    ],
)
def test_header_dates_accepted(value, expected):
    assert parse_header_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2021-13-45", "month 13"),
        ("2021-02-30", "day 30"),
        ("", "empty"),
        ("yesterday", "expected YYYY-MM-DD"),
        ("not a date at all", "expected YYYY-MM-DD"),
        (20210304, "must be text"),
    ],
)
def test_bad_header_dates_raise_a_clear_error(value, message):
    with pytest.raises(ValueError, match=message):
        parse_header_date(value)


@given(st.text(max_size=300), st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)))
def test_any_text_resolves_without_error_and_spans_stay_inside(text, published):
    resolved = resolve_event_date(text, published)
    assert isinstance(resolved, date)
    spans = date_spans(text)
    assert spans == sorted(spans)
    for (start, end), following in zip(spans, spans[1:] + [(len(text), len(text))]):
        assert 0 <= start < end <= following[0]
    parse_dateline(text)


@pytest.mark.parametrize("sentence, published, expected", [
    # a group named for a date, its name before the date, is no day of the event
    ("Gunmen of the Revolutionary Organization 17 November shot and killed a shipping executive.",
     date(1998, 5, 28), date(1998, 5, 28)),
    # but a date after "on" is the event's, whoever is named before it
    ("THE SAME FARC FRONT ON 14 SEPTEMBER AMBUSHED A MILITARY CONVOY, KILLING 12 SOLDIERS.",
     date(1988, 10, 5), date(1988, 9, 14)),
])
def test_group_named_for_a_date_before_it(sentence, published, expected):
    assert resolve_event_date(sentence, published) == expected
