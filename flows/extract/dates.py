"""Dates in news text: event dates of figures, datelines, header dates, and date spans.

Everything here is plain regex work over strings, precompiled at import, because the figure
extractor calls `resolve_event_date` and `date_spans` once per figure. dateparser is only a
fallback for unusual header and dateline formats; it is imported lazily (it is slow to import)
and its answers are cached per candidate string.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final

__all__ = ["resolve_event_date", "date_spans", "parse_dateline", "parse_header_date", "expand_two_digit_year"]

# An explicit date without a year is taken in the published year unless that lands this far
# after publication, in which case it is last year's ("Dec. 30" in a 3 January article).
_FUTURE_SLACK: Final = timedelta(days=31)

# Two-digit years at or below this pivot are 20xx ("21" -> 2021), above it 19xx ("88" -> 1988).
_TWO_DIGIT_PIVOT: Final = date.today().year % 100

_MONTH_NUMBERS: Final = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# Longest alternatives first so "september" wins over "sep" and "sept".
_MONTH: Final = "(?:" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NUMBERS: Final = {name: i for i, name in enumerate(_WEEKDAYS)}

# Optional groups are written "(?:X|)" rather than "(?:X)?": the same greedy match, but sre does
# not set up its costly general repeat each time (these patterns run at every digit run).
_ORD: Final = r"(?:st|nd|rd|th|)"
# A day number must not be glued to other digits or be part of "2,500" / "3.5".
_DAY_END: Final = r"(?![\d])(?!,\d)(?!\.\d)"
# A two-digit year is only believed where a dateline or a clause ends right after it
# ("20 Aug 88 (EFE) --"), never before a word ("17 October 13 people").
_YY: Final = r"['’]?\d{2}(?=\s*(?:[(\[\])\-—–,.;:]|$))"

# Explicit dates, matched only at candidate positions (a digit run, or a month word right
# before one): a scan with this pattern at every character would cost ~100 us a sentence.
_EXPLICIT_DATE_RE: Final = re.compile(
    rf"""
    (?:
        # Sept. 27 | March 3, 2021 | June 3rd | Oct 17 2020 | Sept. 27-29
        (?P<m1>{_MONTH}),?\s*(?:the\s+|)(?P<d1>[0-3]?\d){_ORD}{_DAY_END}
            (?:\s*[-–]\s*[0-3]?\d{_ORD}{_DAY_END}|)
            (?:,?\s+(?P<y1>(?:1[89]|20)\d\d)(?!\d)|)
      |
        # 27 September | 17 October 2020 | 3rd of June | 20 Aug 88 | 27-29 Sept
        (?<![\w.,/\-])(?P<d2>[0-3]?\d){_ORD}(?:\s*[-–]\s*[0-3]?\d{_ORD}|)\s+(?:of\s+|)
            (?P<m2>{_MONTH})(?:,?\s+(?P<y2>(?:1[89]|20)\d\d(?!\d)|{_YY})|)
      |
        # ISO 2021-03-04, also 2021/03/04
        (?<![\w\-/.])(?P<iy>(?:1[89]|20)\d\d)(?P<isep>[-/])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?![\w\-/])
      |
        # US style 06/17/2017 or 6/17/17; day-first when the first part cannot be a month
        (?<![\w\-/.])(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)/(?P<nc>(?:1[89]|20)\d\d|\d\d)(?![\w/])
      |
        # European 17.10.2020 (four-digit year only, so "3.5.6" is left alone)
        (?<![\w.])(?P<ea>[0-3]?\d)\.(?P<eb>[01]?\d)\.(?P<ec>(?:1[89]|20)\d\d)(?![\w.]\w)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "[0-9][0-9]*" rather than "\d+": sre scans for a literal first character much faster.
_DIGIT_RUN_RE: Final = re.compile(r"[0-9][0-9]*")
_ON_BEFORE_RE: Final = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)

# A date right after these words starts or ends a period ("died since Sept. 27"); it is not
# the day the figure happened.
_PERIOD_BOUND_RE: Final = re.compile(r"\b(?:since|until|till|before|from)\s+$", re.IGNORECASE)

# Clock times, matched at a digit run: "10:30 a.m.", "3 pm", "22:15", "0300 GMT", "2130 hours".
_TIME_AT_RE: Final = re.compile(
    r"""
      [0-2]?\d(?::[0-5]\d|)\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)
    | [0-2]?\d:[0-5]\d(?::[0-5]\d|)(?![\d:])
    | [0-2]\d[0-5]\d\s*(?:GMT|UTC|Z|hours|hrs|h|local\s+time)\b
    | [01]?\d\s+o['’]clock\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NOT_BEFORE_YEAR: Final = frozenset(",.$£€¥")
# Before a year: these words make it a year whatever follows ("since 2015 have died").
_YEAR_STRONG_BEFORE_RE: Final = re.compile(
    r"(?:\b(?:in|since|during|until|till|from|between|by|through|throughout|early|late|mid|year|years|"
    r"fiscal|summer|winter|spring|autumn|fall|circa|" + "|".join(_MONTH_NUMBERS) + r")\.?|[-–/])\s*$",
    re.IGNORECASE,
)
# These make it a year unless a head noun of a count follows ("the 2019 attack" vs "of 1999 people").
_YEAR_WEAK_BEFORE_RE: Final = re.compile(r"\b(?:the|of|this|last|next|and|or|to|its|their)\s+$", re.IGNORECASE)
_COUNT_NOUN_AFTER_RE: Final = re.compile(
    r"\s+(?:more\s+|other\s+)?(?:people|persons|civilians|soldiers|troops|dead|killed|wounded|injured|"
    r"casualties|deaths|men|women|children|fighters|members|militants|rebels|police|policemen|"
    r"others|residents|victims|bodies|refugees|migrants|workers|students|guerrillas|were|have|had|died)\b",
    re.IGNORECASE,
)
_AFTER_IS_BREAK_RE: Final = re.compile(r"\s*(?:$|[^\w\s]|\n)")

_DIGIT_RE: Final = re.compile(r"[0-9]")


def expand_two_digit_year(yy: int) -> int:
    """88 -> 1988, 21 -> 2021: years up to this year's two digits are this century."""
    return 2000 + yy if yy <= _TWO_DIGIT_PIVOT else 1900 + yy


def _year_value(text: str) -> int:
    digits = text.lstrip("'’")
    value = int(digits)
    return expand_two_digit_year(value) if len(digits) == 2 else value


def _month_word_ok(word: str) -> bool:
    # Month names are capitalised (or the whole text is upper case); "may rise", "a march"
    # are not dates.
    return word[:1].isupper()


def _match_to_date(m: re.Match, published: date | None) -> date | None:
    """The calendar date an explicit-date match names, or None if it names no valid day."""
    g = m.group
    try:
        if g("m1") is not None or g("m2") is not None:
            month_word = g("m1") or g("m2")
            month = _MONTH_NUMBERS[month_word.rstrip(".").lower()]
            day = int(g("d1") or g("d2"))
            year_text = g("y1") or g("y2")
            if year_text:
                return date(_year_value(year_text), month, day)
            if published is None:
                return None
            candidate = date(published.year, month, day)
            if candidate > published + _FUTURE_SLACK:
                candidate = date(published.year - 1, month, day)
            return candidate
        if g("iy") is not None:
            return date(int(g("iy")), int(g("im")), int(g("id")))
        if g("na") is not None:
            first, second = int(g("na")), int(g("nb"))
            year = _year_value(g("nc"))
            if first > 12:  # cannot be a month: day first
                return date(year, second, first)
            return date(year, first, second)
        if g("ea") is not None:
            return date(int(g("ec")), int(g("eb")), int(g("ea")))
    except (ValueError, KeyError):
        return None  # "Feb. 30", month 13: not a date
    return None


def _plausible(m: re.Match, text: str, has_on: bool) -> bool:
    """Reject month words that are not dates in context: "may rise", "IN MAY 13 PEOPLE DIED"."""
    month_word = m.group("m1") or m.group("m2")
    if month_word is None:
        return True
    if not _month_word_ok(month_word) and not (m.group("y1") or m.group("y2")):
        return False  # (a lower-case month with a day and a year is a date: "december 19 2016")
    if m.group("m1") is not None and m.group("y1") is None and not has_on:
        # "in May 13 people died": a month and then a count, since a day would take "on".
        if _IN_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) and _WORD_AFTER_RE.match(text, m.end()):
            return False
    return True


_IN_BEFORE_RE: Final = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_WORD_AFTER_RE: Final = re.compile(r"\s+[^\W\d_]")


# The last three letters of every month word: a word whose end is not among them is no month.
_MONTH_ENDINGS: Final = frozenset(name[-3:] for name in _MONTH_NUMBERS)


def _month_word_before(text: str, digits_at: int) -> int | None:
    """Start of a month word just before `digits_at` ("Sept. 27", "March 3", "June the 3rd").

    Plain string walking: a regex search here would dominate the per-sentence cost."""
    i = digits_at
    while i > 0 and text[i - 1] in " \t\n,.":
        i -= 1
    if i == digits_at:
        return None
    if text[i - 3:i].lower() == "the" and i - 4 >= 0 and text[i - 4].isspace():
        i -= 3
        while i > 0 and text[i - 1] in " \t\n,.":
            i -= 1
    if text[i - 3:i].lower() not in _MONTH_ENDINGS:
        return None  # the usual case ("killed 13"), found without walking back over the word
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if i - j < 3 or i - j > 9 or text[j:i].lower() not in _MONTH_NUMBERS:
        return None
    return j


_NOT_CACHED: Final = object()


def _explicit_at(text: str, digits_at: int, memo: dict | None = None) -> tuple[re.Match, int, bool] | None:
    """`_explicit_at_uncached`, remembered in `memo` (one dict per text): the figure extractor
    asks about the same digit runs for date spans and again for event dates."""
    if memo is None:
        return _explicit_at_uncached(text, digits_at)
    hit = memo.get(digits_at, _NOT_CACHED)
    if hit is _NOT_CACHED:
        hit = memo[digits_at] = _explicit_at_uncached(text, digits_at)
    return hit


def _explicit_at_uncached(text: str, digits_at: int) -> tuple[re.Match, int, bool] | None:
    """The explicit date around the digit run starting at `digits_at`, if there is one.

    Returns (match, start including a leading "on", whether "on" leads it).
    """
    month_start = _month_word_before(text, digits_at)
    if month_start is not None:
        start = month_start
        m = _EXPLICIT_DATE_RE.match(text, start)
    else:
        start = digits_at
        m = _EXPLICIT_DATE_RE.match(text, digits_at)
    if m is None:
        return None
    lead = text[max(0, start - 8):start]
    on = _ON_BEFORE_RE.search(lead)
    if on is not None:
        start -= len(lead) - on.start()
    if not _plausible(m, text, on is not None):
        return None
    return m, start, on is not None


_GROUP_NAMED_AFTER_RE: Final = re.compile(
    r"\s+(?:members?|group|movement|organi[sz]ation|revolutionary|guerrillas?|commandos?|cell|brigades?|militants?)\b",
    re.IGNORECASE)
_MEMBERS_OF_RE: Final = re.compile(r"\b(?:members?|militants?|guerrillas?|commandos?|cell|group)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# ... or named before the date: "Gunmen of the Revolutionary Organization 17 November"
_GROUP_NAMED_BEFORE_RE: Final = re.compile(r"\b(?:organi[sz]ation|movement|group|front|brigades?|command)\s+$", re.IGNORECASE)


def _explicit_dates(sentence: str, published: date | None, memo: dict | None = None) -> list[tuple[int, date]]:
    """(start offset, date) of each explicit date that names the day of an event."""
    found = []
    covered = -1
    for run in _DIGIT_RUN_RE.finditer(sentence):
        if run.start() < covered:
            continue
        hit = _explicit_at(sentence, run.start(), memo)
        if hit is None:
            continue
        m, start, has_on = hit
        covered = m.end()
        if not has_on and _PERIOD_BOUND_RE.search(sentence, max(0, start - 12), start):
            continue
        if _GROUP_NAMED_AFTER_RE.match(sentence, m.end()) or _MEMBERS_OF_RE.search(sentence, max(0, start - 24), start) or (
                not has_on and _GROUP_NAMED_BEFORE_RE.search(sentence, max(0, start - 16), start)):
            continue  # a group named for a date: "killed by November 17 members", "the April 19 Movement"
        day = _match_to_date(m, published)
        if day is not None:
            found.append((start, day))
    return found


_WEEKDAY_MODIFIER_RE: Final = re.compile(r"\b(last|next|this|since|until|till|by|coming)\s+$")
_LAST_BEFORE_RE: Final = re.compile(r"\blast\s+$")
_DAY_BEFORE_RE: Final = re.compile(r"\bthe\s+day\s+before\s+$")
_THIS_PART_OF_DAY_RE: Final = re.compile(r"\bthis\s+(?:morning|afternoon|evening)\b")
_SMALL_NUMBERS: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3}
_AGO_RE: Final = re.compile(r"\b(\d{1,2}|a couple of|a few|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week)s?\s+ago\b")
_DAY_WORDS: Final = frozenset(_WEEKDAYS) | {"today", "yesterday"}


def _relative_dates(sentence: str, published: date) -> list[tuple[int, date]]:
    """(offset, date) of each weekday or relative day, found from the literal "day"/"night"/"this"
    so that sentences without them cost a few substring tests."""
    low = sentence.lower()
    found = []
    i = low.find("day")
    while i != -1:
        end = i + 3
        j = i
        while j > 0 and low[j - 1].isalpha():
            j -= 1
        word = low[j:end]
        plural = low[end:end + 1] == "s"
        after = end + plural
        if word in _DAY_WORDS and not (after < len(low) and low[after].isalpha()):
            if word == "today":
                found.append((j, published))
            elif word == "yesterday":
                back = 2 if _DAY_BEFORE_RE.search(low, max(0, j - 16), j) else 1
                found.append((j, published - timedelta(days=back)))
            elif not plural:  # "on Mondays" is habitual
                modifier = _WEEKDAY_MODIFIER_RE.search(low, max(0, j - 8), j)
                mod = modifier.group(1) if modifier else ""
                if mod not in ("next", "since", "until", "till", "by", "coming"):
                    back = (published.weekday() - _WEEKDAY_NUMBERS[word]) % 7
                    if back == 0 and mod == "last":
                        back = 7
                    found.append((j, published - timedelta(days=back)))
        i = low.find("day", end)
    if "night" in low:
        i = low.find("night")
        while i != -1:
            if i >= 2 and low.startswith("to", i - 2) and (i < 3 or not low[i - 3].isalpha()):
                found.append((i - 2, published))  # tonight
            elif _LAST_BEFORE_RE.search(low, max(0, i - 6), i):
                found.append((i - 5, published - timedelta(days=1)))  # last night
            i = low.find("night", i + 5)
    if " ago" in low:
        for m in _AGO_RE.finditer(low):
            count = m.group(1)
            amount = int(count) if count.isdecimal() else _SMALL_NUMBERS.get(count, 1)
            unit = 7 if m.group(2) == "week" else 1
            if amount * unit <= 62:  # longer spans ("two years ago") are not a day
                found.append((m.start(), published - timedelta(days=amount * unit)))
    if "this " in low:
        part_of_day = _THIS_PART_OF_DAY_RE.search(low)
        if part_of_day is not None:
            found.append((part_of_day.start(), published))
    if len(found) > 1:
        found.sort(key=lambda item: item[0])
    return found


def resolve_event_date(sentence: str, published: date | None, near: int | None = None,
                       memo: dict | None = None) -> date | None:
    """The date a figure in `sentence` refers to (FIGURES.md section 4).

    A weekday or relative day ("Saturday", "yesterday", "last night") is the latest such day on
    or before `published`; an explicit date ("Sept. 27", "on 17 October 2020") is taken in the
    published year (the previous year if that would be more than a month after publication);
    anything else gives `published`. Dates that bound a period ("since Sept. 27") are skipped.
    With `near` (the figure's offset in the sentence) the date closest to it wins; otherwise an
    explicit date beats a relative one and the first of each kind wins.
    """
    explicit = _explicit_dates(sentence, published, memo) if _DIGIT_RE.search(sentence) else []
    relative = _relative_dates(sentence, published) if published is not None else []
    if near is not None and (explicit or relative):
        return min(explicit + relative, key=lambda found: abs(found[0] - near))[1]
    if explicit:
        return explicit[0][1]
    if relative:
        return relative[0][1]
    return published


def _is_year(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16):start]
    if _YEAR_STRONG_BEFORE_RE.search(before):
        return True
    if _COUNT_NOUN_AFTER_RE.match(text, end):
        return False
    if _YEAR_WEAK_BEFORE_RE.search(before):
        return True
    return bool(_AFTER_IS_BREAK_RE.match(text, end)) or start == 0


def date_spans(text: str, memo: dict | None = None) -> list[tuple[int, int]]:
    """Character spans of date and time expressions in `text`, sorted and non-overlapping.

    Covers explicit dates ("Sept. 27", "on 17 October 2020", "20 Aug 88", "06/17/2017"),
    decades ("1990s", "'90s"), years where the context says so ("in 2019", "the 2019 attack",
    "'88", but not "1999 people"), and clock times ("10:30 a.m.", "0300 GMT"). The figure
    extractor skips numbers inside these spans.
    """
    spans: list[tuple[int, int]] = []
    covered = -1
    length = len(text)
    for run in _DIGIT_RUN_RE.finditer(text):
        start, end = run.span()
        if start < covered:
            continue
        hit = _explicit_at(text, start, memo)
        if hit is not None:
            m, span_start, _ = hit
            spans.append((span_start, m.end()))
            covered = m.end()
            continue
        prev = text[start - 1] if start else " "
        if not (prev.isalnum() or prev in ".:,"):
            clock = _TIME_AT_RE.match(text, start)
            if clock is not None:
                spans.append(clock.span())
                covered = clock.end()
                continue
        digits = end - start
        nxt = text[end] if end < length else " "
        if digits == 4 and not prev.isalnum() and prev not in _NOT_BEFORE_YEAR and "1800" <= run.group() <= "2099":
            if run.group()[3] == "0" and (nxt == "s" or (nxt in "'’" and text[end + 1:end + 2] == "s")):
                tail = end + (1 if nxt == "s" else 2)
                if tail >= length or not text[tail].isalnum():
                    spans.append((start, tail))  # 1990s
                    continue
            if nxt.isalnum() or nxt == "%" or (nxt in ".," and text[end + 1:end + 2].isdigit()):
                continue
            if _is_year(text, start, end):
                spans.append((start, end))
        elif digits == 2 and prev in "'’" and (start < 2 or not text[start - 2].isalnum()):
            if nxt == "s" and (end + 1 >= length or not text[end + 1].isalnum()):
                spans.append((start - 1, end + 1))  # '90s
            elif not nxt.isalnum() and nxt not in "'’":
                spans.append((start - 1, end))  # '88
    return spans


# --- datelines and header dates -------------------------------------------------------------

_DATEPARSER_SETTINGS: Final = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "MDY",
}


@lru_cache(maxsize=4096)
def _dateparser_date(candidate: str) -> date | None:
    import dateparser  # type: ignore[import-untyped]  # slow import: only when a format is unusual

    parsed = dateparser.parse(candidate, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


# The end of a dateline: "Lima, 20 Aug 88 (EFE) --", "WASHINGTON, March 3, 2021 (AP) —".
_DATELINE_DASH_RE: Final = re.compile(r"\s(?:--|—|–)\s|\)\s*(?:--|—|–|-)\s|\s--")
_PUBLISHED_LABEL_RE: Final = re.compile(
    r"\b(?:published|posted|updated|date\s+of\s+publication|dated?)\b[:\s]*(?:on\s+)?", re.IGNORECASE
)
_MONTH_DAY_RE: Final = re.compile(rf"\b(?P<m>{_MONTH})\s*(?P<d>[0-3]?\d){_ORD}\b|\b(?P<d2>[0-3]?\d){_ORD}\s+(?P<m2>{_MONTH})", re.IGNORECASE)
_FOUR_DIGIT_YEAR_RE: Final = re.compile(r"(?<![\w,.])(?:19|20)\d\d(?![\w%]|[.,]\d)")
_PAREN_RE: Final = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_DATELINE_WINDOW: Final = 200


def _first_full_date(segment: str, at_start: bool = False) -> date | None:
    """The first explicit date with a year in `segment` (with `at_start`, only one that opens it,
    after an optional weekday: "Tuesday, 17 October 2020")."""
    covered = -1
    for run in _DIGIT_RUN_RE.finditer(segment):
        if run.start() < covered:
            continue
        hit = _explicit_at(segment, run.start())
        if hit is None:
            continue
        m, start, has_on = hit
        covered = m.end()
        if at_start and (has_on or not _LINE_OPENING_RE.fullmatch(segment, 0, start)):
            return None
        if m.group("m1") is not None or m.group("m2") is not None:
            if not (m.group("y1") or m.group("y2")):
                continue
        day = _match_to_date(m, None)
        if day is not None:
            return day
    return None


_LINE_OPENING_RE: Final = re.compile(r"\s*(?:(?:" + "|".join(_WEEKDAYS) + r")\b,?\s*)?", re.IGNORECASE)


def _first_paragraph_year(text: str, dateline_end: int) -> int | None:
    """A year written in the paragraph that holds the dateline (or in the lines before it)."""
    paragraph_end = text.find("\n\n", dateline_end)
    if paragraph_end == -1:
        paragraph_end = len(text)
    latest_plausible = date.today().year + 1
    for m in _FOUR_DIGIT_YEAR_RE.finditer(text, 0, min(paragraph_end, dateline_end + 1000)):
        year = int(m.group())
        if 1900 <= year <= latest_plausible:
            return year
    return None


def parse_dateline(text: str) -> date | None:
    """The publication date from a dateline near the start of `text`, or None.

    Reads the first ~200 characters, up to a dateline dash when there is one: "Oct. 17, 2020
    (UPI) --", "Lima, 20 Aug 88 (EFE) --", "BOGOTA, 12 JAN 90 (RADIO ...) --", "WASHINGTON,
    March 3, 2021 (AP) —", "2021-03-04", "Published April 8 2017". A dateline without a year
    ("Oct. 17 (UPI) --") takes a year written in its paragraph; without one it gives None.
    """
    text = text.lstrip("\ufeff \t\r\n")
    head = text[:_DATELINE_WINDOW]
    dateline_end = _dateline_end(head)
    if dateline_end is not None:
        dateline = head[:dateline_end]
        found = _first_full_date(dateline)
        if found is not None:
            return found
        found = _dateparser_dateline(dateline)
        if found is not None:
            return found
        # A month and day without a year: borrow the year from the first paragraph.
        line_start = dateline.rfind("\n") + 1
        month_day = _MONTH_DAY_RE.search(dateline, line_start)
        if month_day and _month_word_ok(month_day.group("m") or month_day.group("m2")):
            year = _first_paragraph_year(text, month_day.end())
            if year is None:
                return None
            month = _MONTH_NUMBERS[(month_day.group("m") or month_day.group("m2")).rstrip(".").lower()]
            try:
                return date(year, month, int(month_day.group("d") or month_day.group("d2")))
            except ValueError:
                return None

    label = _PUBLISHED_LABEL_RE.search(head)
    if label:
        found = _first_full_date(head[label.end(): label.end() + 40], at_start=True)
        if found is not None:
            return found
    # A line that opens with a full date ("2021-03-04", "Tuesday, 17 October 2020").
    # Dates further inside the text are events, not the publication date.
    for line in head.splitlines():
        found = _first_full_date(line, at_start=True)
        if found is not None:
            return found
    return None


def _dateline_end(head: str) -> int | None:
    """End of the dateline: the first dash, on its line, after a digit or an agency "(UPI)".

    A dash in a headline ("Afghanistan – Flash Floods ...") does not count."""
    for dash in _DATELINE_DASH_RE.finditer(head):
        line_start = head.rfind("\n", 0, dash.start()) + 1
        before = head[line_start: dash.start() + 1]
        if _DIGIT_RE.search(before) or ")" in before:
            return dash.start() + 1
    return None


def _dateparser_dateline(dateline: str) -> date | None:
    """dateparser on the dateline minus its place and agency, for formats the regexes miss."""
    line = dateline[dateline.rfind("\n") + 1:]
    core = _PAREN_RE.sub(" ", line).strip(" ,-—–")
    if "," in core:
        place, _, rest = core.partition(",")
        if not _DIGIT_RE.search(place) and place.strip().lower() not in _WEEKDAY_NUMBERS:
            core = rest.strip(" ,")
    if core and len(core) <= 40 and _DIGIT_RE.search(core):
        return _dateparser_date(core)
    return None


_ISO_LIKE_RE: Final = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def parse_header_date(value: object) -> date:
    """A date from a `date YYYY-MM-DD` header or a JSONL/CSV `date` field.

    Accepts ISO dates and datetimes ("2021-03-04", "2021-03-04T10:00:00Z") and other clear
    full dates ("17 October 2020", "Oct. 17, 2020", "06/17/2017"). Raises ValueError saying
    what is wrong otherwise, e.g. for "2021-13-45".
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"date must be text like 2021-03-04, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        raise ValueError("date is empty: expected YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    if _ISO_LIKE_RE.match(text):
        # Looks ISO but is not a real day: say so rather than let a fuzzy parser guess.
        year, month, day = (int(part) for part in re.findall(r"\d+", text)[:3])
        if not 1 <= month <= 12:
            raise ValueError(f"invalid date {value!r}: month {month} is not in 1..12 (expected YYYY-MM-DD)")
        raise ValueError(f"invalid date {value!r}: day {day} does not exist in {year}-{month:02d} (expected YYYY-MM-DD)")
    m = _EXPLICIT_DATE_RE.fullmatch(text.rstrip("."))
    if m is not None:
        found = _match_to_date(m, None)
        if found is not None:
            return found
    if len(text) <= 60 and _DIGIT_RE.search(text):
        found = _dateparser_date(text)
        if found is not None:
            return found
    raise ValueError(f"unrecognised date {value!r}: expected YYYY-MM-DD (or a full date such as 17 October 2020)")
