"""Numbers as news text writes them: digits, words, multipliers and vague quantities.

The parser works on lower-cased word tokens (see `flows.extract.figures.tokenize`) so that one
tokenisation serves both number reading and the casualty rules. Every function here is a bounded
left-to-right scan: no backtracking, linear in the number of tokens.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, NamedTuple

UNITS: Final = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# lakh and crore: the Indian-English scales ("4 lakh" = 400,000, "2 crore" = 20,000,000)
SCALES: Final = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
# Vague quantities (ACLED-compatible values, FIGURES.md section 2). Multi-word ones first.
VAGUE_PHRASES: tuple[tuple[tuple[str, ...], int], ...] = (
    (("tens", "of", "thousands", "of"), 10_000),
    (("tens", "of", "thousands"), 10_000),
    (("hundreds", "of", "thousands", "of"), 100_000),
    (("hundreds", "of", "thousands"), 100_000),
    (("a", "handful", "of"), 3),
    (("a", "number", "of"), 3),
    (("a", "few"), 3),
    (("dozens", "of"), 12),
    (("scores", "of"), 20),
    (("hundreds", "of"), 100),
    (("thousands", "of"), 1000),
    (("tens", "of"), 10),
    (("several",), 3),
    (("many",), 3),
    (("some",), 3),
    (("dozens",), 12),
    (("scores",), 20),
    (("hundreds",), 100),
    (("thousands",), 1000),
)
VAGUE_FIRST: Final = {p[0][0] for p in VAGUE_PHRASES}
# The phrases by their first word (in table order): a word tries only the phrases it can open.
_VAGUE_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {
    first: tuple((p, v) for p, v in VAGUE_PHRASES if p[0] == first) for first in VAGUE_FIRST
}

_DIGITS_RE: Final = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_RANGE_TOKEN_RE: Final = re.compile(r"(\d+)[-\u2013](\d+)")


class Amount(NamedTuple):
    """A parsed number phrase: value, token index just past it, and the vague word if any."""

    value: int
    end: int
    vague: str | None


def digits_value(token: str) -> int | Decimal | None:
    """'1,200' -> 1200, '13' -> 13, '1.2' -> 1.2; None when the token is not a plain number."""
    if len(token) > 24:
        return None  # no head count has that many digits (and int() refuses 4,300+)
    if token.isdecimal():
        return int(token)  # the usual case without the regex: \d+ accepts just what isdecimal() does
    m = _DIGITS_RE.fullmatch(token)
    if not m:
        return None
    if "," in token:
        return int(token.replace(",", ""))
    if "." in token:
        return Decimal(token)  # exact: "16.1 million" must be 16,100,000, not 16,100,000.000000002
    return int(token)


def word_number(token: str) -> int | None:
    """One number word or a hyphenated compound ('twenty-five', 'forty-one'); else None."""
    v = UNITS.get(token)
    if v is not None:
        return v
    v = TENS.get(token)
    if v is not None:
        return v
    if "-" in token:
        head, _, tail = token.partition("-")
        if head in TENS and tail in UNITS and UNITS[tail] < 10:
            return TENS[head] + UNITS[tail]
    return None


def range_token(token: str) -> tuple[int, int] | None:
    """'10-15' -> (10, 15) when low < high; else None (so '9-11' style labels need order)."""
    if len(token) > 24:
        return None
    m = _RANGE_TOKEN_RE.fullmatch(token)
    if not m:
        return None
    low, high = int(m.group(1)), int(m.group(2))
    return (low, high) if low < high else None


def _word_sequence(words: list[str], i: int, n: int) -> Amount | None:
    """'one hundred and five', 'thirteen hundred', 'two thousand three hundred', 'a hundred'."""
    total = 0
    current = 0
    seen = False
    last_kind = ""  # unit | tens | hundred | scale
    j = i
    if words[j] in ("a", "an") and j + 1 < n and words[j + 1] in ("hundred", "thousand", "million", "lakh", "crore"):
        current = 1
        seen = True
        last_kind = "unit"
        j += 1
    while j < n:
        w = words[j]
        v = word_number(w)
        if v is not None:
            if last_kind in ("unit", "tens") and not (last_kind == "tens" and v < 10 and "-" not in w):
                break
            current += v
            last_kind = "tens" if (w in TENS) else "unit"
            seen = True
            j += 1
            continue
        if last_kind == "tens" and len(w) == 1 and "1" <= w <= "9":
            current += int(w)  # "Twenty 2 people": a compound number half turned into a digit
            last_kind = "unit"
            j += 1
            continue
        if w == "hundred" and seen and last_kind in ("unit", "tens"):
            current = (current or 1) * 100
            last_kind = "hundred"
            j += 1
            continue
        if w in SCALES and seen and last_kind != "scale":
            total += (current or 1) * SCALES[w]
            current = 0
            last_kind = "scale"
            j += 1
            continue
        if w == "and" and last_kind in ("hundred", "scale") and j + 1 < n and word_number(words[j + 1]) is not None:
            j += 1
            last_kind = "and"
            continue
        break
    if not seen:
        return None
    if last_kind == "and":  # never end on a dangling "and"
        j -= 1
    return Amount(total + current, j, None)


def parse_amount(words: list[str], i: int) -> Amount | None:
    """Read the number phrase starting at token i, or None.

    Handles digits with separators and scales ('1.2 million'), number words, 'a dozen',
    'two dozen', 'half a dozen', 'a score of', and the vague words of FIGURES.md.
    """
    n = len(words)
    if i >= n:
        return None
    w = words[i]
    c = w[0]
    if c.isdigit():
        v = digits_value(w)
        if v is None:
            return None
        j = i + 1
        if j < n and words[j] in SCALES:
            v = v * SCALES[words[j]]
            j += 1
        elif j < n and words[j] == "hundred":
            v = v * 100
            j += 1
        elif j < n and words[j] == "dozen":
            v = v * 12
            j += 1
        if v != int(v):
            return None  # '1.5' people is not a count
        return Amount(int(v), j, None)
    # half a dozen / a dozen / two dozen / a score of
    if w == "half" and i + 2 < n and words[i + 1] == "a" and words[i + 2] == "dozen":
        return Amount(6, i + 3, None)
    if w == "half" and i + 2 < n and words[i + 1] == "a" and words[i + 2] in SCALES:
        return Amount(SCALES[words[i + 2]] // 2, i + 3, None)  # "half a million"
    if w in ("a", "one") and i + 4 < n and words[i + 1] == "quarter" and words[i + 2] == "of" and (
            words[i + 3] in ("a", "one") and words[i + 4] in SCALES):
        return Amount(SCALES[words[i + 4]] // 4, i + 5, None)  # "a quarter of a million"
    if w in ("a", "one") and i + 1 < n:
        nxt = words[i + 1]
        if nxt == "dozen":
            return Amount(12, i + 2, None)
        if nxt == "score" and i + 2 < n and words[i + 2] == "of":
            return Amount(20, i + 3, None)
    if w in VAGUE_FIRST:
        for phrase, value in _VAGUE_BY_FIRST[w]:
            k = len(phrase)
            if tuple(words[i:i + k]) == phrase:
                # 'some 300' is an approximation, not the vague word 'some'
                if phrase == ("some",) and i + 1 < n and (words[i + 1][0].isdigit() or word_number(words[i + 1]) is not None):
                    return None
                # 'a few hundred', 'several thousand': scale the vague word
                end = i + k
                if end < n and phrase in (("a", "few"), ("several",)) and words[end] in ("hundred", "thousand", "dozen"):
                    mult = {"hundred": 100, "thousand": 1000, "dozen": 12}[words[end]]
                    return Amount(3 * mult, end + 1, " ".join(words[i:end + 1]))
                term = " ".join(p for p in phrase if p != "of" or phrase[-1] != "of")
                if phrase[-1] == "of":
                    term = " ".join(phrase[:-1])
                return Amount(value, end, term)
    if c.isalpha():
        amount = _word_sequence(words, i, n)
        if amount is not None:
            j = amount.end
            if j < n and words[j] == "dozen":
                return Amount(amount.value * 12, j + 1, None)
            if j < n and words[j] == "score" and j + 1 < n and words[j + 1] == "of":
                return Amount(amount.value * 20, j + 2, None)
            return amount
        if "-" in w:  # 'two-dozen'
            head, _, tail = w.partition("-")
            hv = word_number(head)
            if hv is not None and tail == "dozen":
                return Amount(hv * 12, i + 1, None)
    return None


_TOKEN_RE: Final = re.compile(r"\d+(?:[.,]\d+)*(?:[-\u2013][A-Za-z0-9]+)*|[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def parse_number(text: str) -> int | None:
    """The value of a whole number phrase ('thirteen hundred' -> 1300), or None.

    Vague words give their table value ('dozens' -> 12). The phrase must be the whole text.
    """
    words = [t.lower() for t in _TOKEN_RE.findall(text)]
    if not words:
        return None
    if len(words) == 1:
        r = range_token(words[0])
        if r:
            return r[0]
    amount = parse_amount(words, 0)
    if amount is None or amount.end != len(words):
        return None
    return amount.value
