"""Property tests (hypothesis) for the extractor's public API and its number reading.

Whatever the text: no exception, and every figure is well formed by ../shared/FIGURES.md:
low <= best <= high, the low/high shape its qualifier prescribes (section 2), offsets inside the
article and inside the figure's sentence, which is a substring of the article, allowed kinds,
qualifiers and roles, and `part_of` pointing at another figure of the same article.
Numbers written with separators or in words, in any case, read back as the number they spell.
"""
from __future__ import annotations

import importlib
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flows.extract import Figure, Totals, article_totals, extract_figures
from flows.extract.model import KINDS, QUALIFIERS, ROLES
from flows.extract.totals import MOVED_RULE

MODEST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------- invariants


def sentence_spans(text: str, sentence: str):
    start = text.find(sentence)
    while start != -1:
        yield start, start + len(sentence)
        start = text.find(sentence, start + 1)


def check_figures(text: str, figures: list[Figure]) -> None:
    assert isinstance(figures, list)
    for index, f in enumerate(figures):
        where = f"figure {index} {f!r}"
        assert isinstance(f, Figure), where
        assert f.kind in KINDS, where
        assert f.qualifier in QUALIFIERS, where
        assert f.role in ROLES, where
        if f.rule == MOVED_RULE:
            # the one negative figure: the wounded who later died, moved out of the injured total
            assert f.kind == "injured" and f.counted and f.low == f.best == f.high < 0, where
            continue
        assert type(f.best) is int and f.best >= 0, where
        for bound in (f.low, f.high):
            assert bound is None or (type(bound) is int and bound >= 0), where
        if f.low is not None:
            assert f.low <= f.best, where
        if f.high is not None:
            assert f.best <= f.high, where
        # The low / best / high shape of each qualifier (FIGURES.md section 2).
        shape = (f.low is None, f.high is None)
        if f.qualifier == "exact":
            assert f.low == f.best == f.high, where
        elif f.qualifier in ("at_least", "more_than", "vague"):
            assert f.low == f.best and f.high is None, where
        elif f.qualifier == "about":
            assert shape == (True, True), where
        elif f.qualifier == "up_to":
            assert f.low is None and f.high == f.best, where
        elif f.qualifier == "range":
            assert f.low == f.best and f.high is not None, where
        if f.qualifier == "vague":
            assert f.vague_term, where
        if f.vague_term is not None:
            term = " ".join(f.vague_term.split()).casefold()
            assert term and term in " ".join(f.sentence.split()).casefold(), where
        # Provenance: offsets inside the article and inside an occurrence of the sentence.
        assert type(f.char_start) is int and type(f.char_end) is int, where
        assert 0 <= f.char_start < f.char_end <= len(text), where
        assert isinstance(f.sentence, str) and f.sentence.strip(), where
        assert f.sentence in text, where
        assert any(s <= f.char_start and f.char_end <= e for s, e in sentence_spans(text, f.sentence)), where
        assert isinstance(f.rule, str) and f.rule, where
        assert isinstance(f.counted, bool), where
        assert f.event_date is None or isinstance(f.event_date, date), where
        if f.victims is not None:
            assert f.victims and f.victims == f.victims.lower() and f.victims == f.victims.strip(), where
        # A subgroup points at another figure of this article and is never added on top of it.
        if f.part_of is not None:
            assert type(f.part_of) is int and 0 <= f.part_of < len(figures) and f.part_of != index, where
            assert f.counted is False, where
    for index in range(len(figures)):  # part_of chains end: no cycles
        seen, current = set(), index
        while figures[current].part_of is not None:
            assert current not in seen, f"part_of cycle through figure {current}"
            seen.add(current)
            current = figures[current].part_of
    totals = article_totals(figures)
    assert isinstance(totals, Totals)
    assert type(totals.killed) is int and totals.killed >= 0
    assert type(totals.injured) is int and totals.injured >= 0
    assert totals.death_toll is None or totals.death_toll >= 0


published_dates = st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31))

# A reference speller of English numbers, written for these tests.
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words_below_hundred(n: int) -> str:
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit]}" if unit else "")


def number_words(n: int, use_and: bool = True, hundreds_form: bool = False) -> str:
    """Reference English spelling of 1..999999: 'one thousand two hundred and five', or with
    hundreds_form for 1100..9999 not a multiple of 1000, 'twelve hundred and five'."""
    assert 0 < n < 1_000_000
    and_word = " and " if use_and else " "
    if hundreds_form and 1100 <= n <= 9999 and n % 1000 >= 100:
        hundreds, rest = divmod(n, 100)
        return f"{words_below_hundred(hundreds)} hundred" + (and_word + words_below_hundred(rest) if rest else "")
    thousands, rest = divmod(n, 1000)
    hundreds, below = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append(f"{number_words(thousands, use_and)} thousand")
    if hundreds:
        parts.append(f"{UNITS[hundreds]} hundred")
    if below:
        spelled = words_below_hundred(below)
        parts.append(f"and {spelled}" if use_and and parts else spelled)
    return " ".join(parts)


# ---------------------------------------------------------------- random text

# Characters where the sentence tokenizer's fast path could part from TOKEN_RE: letters in and
# outside ASCII, digits in and outside ASCII, separators, joiners, underscores, and whitespace that
# str.split and the regex must agree on (no-break space, line separator, the \x1c-\x1f controls).
TOKEN_ALPHABET = st.sampled_from(list(
    "aZkiled AB9 0,.-'\u2019&_()\u00e9\u00c9\u00df\u0663\u00b2\u00bd\u2013\u00a0\u2028\x1c\x1f\t\n\u0301\u4e8c\U0001f600"))


@MODEST
@given(text=st.text(alphabet=TOKEN_ALPHABET, max_size=120) | st.text(max_size=120))
def test_sentence_tokens_and_offsets_match_token_re(text: str):
    from flows.extract import figures

    sentence = figures._Sentence(text, 0, len(text), False, text.lower(), 0, text.isascii())
    matches = list(figures.TOKEN_RE.finditer(text))
    assert sentence.raw == [m.group() for m in matches]
    assert [(sentence.start_of(i), sentence.end_of(i)) for i in range(sentence.n)] == [m.span() for m in matches]


@MODEST
@given(text=st.text(max_size=400), published=published_dates)
def test_any_text_gives_well_formed_figures(text: str, published: date | None):
    figures = extract_figures(text, published)
    check_figures(text, figures)
    assert extract_figures(text, published) == figures  # deterministic


CASUALTY_WORDS = [
    # numbers and number words
    "0", "1", "2", "7", "13", "25", "100", "1,200", "13,000", "1.2", "2.5", "1990s", "2017", "10-15", "3-year-old",
    "one", "two", "three", "five", "ten", "eleven", "thirteen", "twenty", "twenty-five", "forty-one", "hundred",
    "thousand", "million", "and", "a", "an", "the", "half", "dozen", "dozens", "score", "scores", "of",
    # qualifiers and vague words
    "at least", "more than", "over", "about", "some", "around", "nearly", "almost", "up to", "as many as",
    "between", "to", "or more", "no fewer than", "an estimated", "several", "a few", "many", "a number of",
    "a handful", "hundreds", "thousands", "tens of thousands", "no one", "nobody", "no", "none", "any",
    # triggers and their surroundings
    "killed", "dead", "died", "death toll", "rose to", "has risen to", "so far", "since", "in total",
    "wounded", "injured", "hurt", "injuries", "casualties", "were", "was", "have", "been", "left",
    "shot dead", "perished", "bodies", "lives", "claimed", "blew himself up", "suicide bomber",
    "including", "among them", "of whom", "could rise to", "feared dead", "arrested", "kidnapped",
    # victims and dates
    "people", "person", "civilians", "children", "soldiers", "police", "gunmen", "assailants",
    "militants", "a soldier", "the driver", "houses", "missiles", "$5", "30%", "third",
    "Saturday", "yesterday", "last night", "on Tuesday", "Sept. 27", "17 October 2020",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", " - ", "\n", "\n\n", " (", ") ", '"', "-", ""]


@st.composite
def casualty_texts(draw) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(CASUALTY_WORDS) | st.text(max_size=4),
                                    st.sampled_from(SEPARATORS)), max_size=40))
    text = "".join(word + separator for word, separator in parts)
    return text.upper() if draw(st.booleans()) and draw(st.booleans()) else text


@MODEST
@given(text=casualty_texts(), published=published_dates)
# (inputs that once ran past the end of a sentence: a list of people cut off after an age's comma,
# a list of names cut off after a comma, "bodies of" at the end)
@example(text="shot dead 0, ", published=None)
@example(text="killed Jose Perez, 34,", published=None)
@example(text="The bodies of", published=None)
def test_casualty_vocabulary_gives_well_formed_figures(text: str, published: date | None):
    figures = extract_figures(text, published)
    check_figures(text, figures)
    assert extract_figures(text, published) == figures


# Sentences shaped like casualty reports, so that most examples do yield figures (word soup
# rarely does): qualifiers, numbers in every written form, groups, subgroups, dates, noise.
QUALIFIERS_AS_WRITTEN = ["", "", "at least ", "more than ", "over ", "about ", "some ", "nearly ", "up to ",
                         "as many as ", "an estimated ", "no fewer than ", "almost ", "around "]
NUMBER_FORMS = st.one_of(
    st.integers(min_value=0, max_value=20_000).map(lambda n: f"{n:,}"),
    st.integers(min_value=1, max_value=999).map(number_words),
    st.sampled_from(["a dozen", "two dozen", "half a dozen", "a score of", "dozens of", "several", "scores of",
                     "hundreds of", "a few", "thousands of", "1.2 million", "10 to 15", "between 3 and 5",
                     "10-12", "13 or more", "one", "no"]),
)
GROUPS = ["people", "civilians", "soldiers", "police officers", "children", "gunmen", "assailants",
          "militants", "protesters", "workers", "passengers", "villagers"]
PASSIVE = ["were killed", "were wounded", "were injured", "died", "were hurt", "were shot dead",
           "have died so far", "lost their lives", "were taken to hospital", "were arrested"]
WHEN = ["", "", " on Saturday", " yesterday", " last night", " on Sept. 27", " since the war began",
        " in the attack", " in 2019", ", officials said", ", police said"]


@st.composite
def casualty_sentences(draw) -> str:
    sentences = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        number = draw(NUMBER_FORMS)
        group = draw(st.sampled_from(GROUPS))
        subject = f"{draw(st.sampled_from(QUALIFIERS_AS_WRITTEN))}{number} {group}"
        shape = draw(st.integers(min_value=0, max_value=4))
        if shape == 0:
            sentence = f"{subject} {draw(st.sampled_from(PASSIVE))}"
        elif shape == 1:
            sentence = f"The blast killed {subject} and wounded {draw(NUMBER_FORMS)} {draw(st.sampled_from(GROUPS))}"
        elif shape == 2:
            sentence = (f"{subject}, including {draw(NUMBER_FORMS)} {draw(st.sampled_from(GROUPS))}, "
                        f"{draw(st.sampled_from(PASSIVE))}")
        elif shape == 3:
            sentence = f"The death toll rose to {number}"
        else:
            sentence = (f"{draw(NUMBER_FORMS)} {group} and {draw(NUMBER_FORMS)} {draw(st.sampled_from(GROUPS))} "
                        f"{draw(st.sampled_from(PASSIVE))}")
        sentence += draw(st.sampled_from(WHEN))
        sentence = sentence[:1].upper() + sentence[1:] + draw(st.sampled_from([". ", ". ", ".\n\n", "; ", " ", "! "]))
        sentences.append(sentence)
    text = draw(st.sampled_from(["", "BAGHDAD (Reuters) - ", "Headline\n\n"])) + "".join(sentences)
    return text.upper() if draw(st.integers(min_value=0, max_value=3)) == 0 else text


@MODEST
@given(text=casualty_sentences(), published=published_dates)
def test_casualty_sentences_give_well_formed_figures(text: str, published: date | None):
    figures = extract_figures(text, published)
    check_figures(text, figures)
    assert extract_figures(text, published) == figures


# ---------------------------------------------------------------- numbers through the public API

def test_reference_speller():
    assert number_words(105) == "one hundred and five"
    assert number_words(25) == "twenty-five"
    assert number_words(1300, hundreds_form=True) == "thirteen hundred"
    assert number_words(13_000) == "thirteen thousand"
    assert number_words(2041, use_and=False) == "two thousand forty-one"


def only_killed_figure(text: str) -> Figure:
    figures = extract_figures(text, date(2021, 3, 6))
    check_figures(text, figures)
    killed = [f for f in figures if f.kind == "killed"]
    assert len(killed) == 1, f"{text!r}: {figures}"
    return killed[0]


def killed_sentence(number: str, n: int, upper: bool) -> str:
    text = f"Officials said {number} {'person was' if n == 1 else 'people were'} killed in the attack."
    return text.upper() if upper else text


@MODEST
@given(n=st.integers(min_value=1, max_value=9_999_999), upper=st.booleans())
def test_digits_with_separators_read_back(n: int, upper: bool):
    figure = only_killed_figure(killed_sentence(f"{n:,}", n, upper))
    assert (figure.best, figure.qualifier) == (n, "exact")


@MODEST
@given(n=st.integers(min_value=1, max_value=9_999), use_and=st.booleans(), hundreds_form=st.booleans(),
       upper=st.booleans())
def test_number_words_read_back(n: int, use_and: bool, hundreds_form: bool, upper: bool):
    figure = only_killed_figure(killed_sentence(number_words(n, use_and, hundreds_form), n, upper))
    assert (figure.best, figure.qualifier) == (n, "exact")


@MODEST
@given(whole=st.integers(min_value=1, max_value=99), tenth=st.integers(min_value=1, max_value=9),
       scale=st.sampled_from([("million", 1_000_000)]))
def test_decimals_with_scale_read_back(whole: int, tenth: int, scale: tuple[str, int]):
    word, factor = scale
    text = f"The floods killed {whole}.{tenth} {word} people across the region."
    figure = only_killed_figure(text)
    assert figure.best == (whole * 10 + tenth) * factor // 10


@MODEST
@given(low=st.integers(min_value=1, max_value=500), data=st.data(),
       form=st.sampled_from(["between {a} and {b}", "{a} to {b}", "{a}-{b}"]))
def test_ranges_keep_low_as_best(low: int, data, form: str):
    # Plausible casualty ranges: the high end at most ten times the low end ("1 to 30" may
    # be a ratio or a score, which the extractor is free to doubt).
    high = data.draw(st.integers(min_value=low + 1, max_value=10 * low + 1), label="high")
    figure = only_killed_figure(f"Clashes killed {form.format(a=low, b=high)} fighters on Friday.")
    assert (figure.low, figure.best, figure.high, figure.qualifier) == (low, low, high, "range")


# ---------------------------------------------------------------- the number parser itself

def _number_parser():
    """The extractor's own reader of a whole number phrase: text -> int | None."""
    try:
        numbers = importlib.import_module("flows.extract.numbers")
    except ImportError:
        return None
    return getattr(numbers, "parse_number", None)


parse_number = _number_parser()
needs_parser = pytest.mark.skipif(parse_number is None, reason="flows.extract.numbers.parse_number not present")


@needs_parser
@MODEST
@given(n=st.integers(min_value=0, max_value=99_999_999))
def test_parser_reads_digits_with_and_without_separators(n: int):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@needs_parser
@MODEST
@given(n=st.integers(min_value=1, max_value=9_999), use_and=st.booleans(), hundreds_form=st.booleans(),
       upper=st.booleans())
def test_parser_reads_number_words(n: int, use_and: bool, hundreds_form: bool, upper: bool):
    spelled = number_words(n, use_and, hundreds_form)
    assert parse_number(spelled.upper() if upper else spelled) == n


@needs_parser
@MODEST
@given(whole=st.integers(min_value=1, max_value=999), tenth=st.integers(min_value=0, max_value=9),
       scale=st.sampled_from([("thousand", 1_000), ("million", 1_000_000)]))
def test_parser_reads_decimals_with_scale(whole: int, tenth: int, scale: tuple[str, int]):
    word, factor = scale
    assert parse_number(f"{whole}.{tenth} {word}") == (whole * 10 + tenth) * factor // 10


@needs_parser
@MODEST
@given(k=st.integers(min_value=1, max_value=99))
def test_parser_reads_dozens(k: int):
    assert parse_number(f"{number_words(k)} dozen") == 12 * k


@needs_parser
@pytest.mark.parametrize("phrase, value", [
    ("a few", 3), ("several", 3), ("some", 3), ("many", 3), ("a number of", 3), ("a handful of", 3),
    ("tens of", 10), ("dozens", 12), ("dozens of", 12), ("scores of", 20), ("hundreds", 100),
    ("thousands of", 1000), ("tens of thousands", 10_000), ("hundreds of thousands of", 100_000),
    ("a dozen", 12), ("half a dozen", 6), ("a score of", 20), ("thirteen hundred", 1300),
])
def test_parser_vague_words_and_multipliers(phrase: str, value: int):
    """The FIGURES.md section 2 table, and the multipliers the issue names."""
    assert parse_number(phrase) == value
    assert parse_number(phrase.upper()) == value


@needs_parser
@MODEST
@given(text=st.text(max_size=60) | st.text(alphabet="0123456789,.- ", max_size=60))
def test_parser_never_raises(text: str):
    assert parse_number(text) is None or type(parse_number(text)) is int


@needs_parser
@pytest.mark.parametrize("digits", [5_000, 100_000])
def test_parser_survives_very_long_digit_runs(digits: int):
    """A run of digits longer than Python's int-conversion limit (4300) is no number, not a crash."""
    value = parse_number("9" * digits)
    assert value is None or type(value) is int


@pytest.mark.parametrize(
    "text",
    [
        "0 0 ² wounded ",  # (found by the casualty-vocabulary property test)
        "²³ killed between 1 January and ² March",
        "killed 1 June ²² to ³ March",
        "3 killed in ¹⁹⁹⁹, the ¹⁹⁹⁹ attack in which 4 died",
    ],
)
def test_digits_that_are_no_decimal_digits_never_raise(text: str):
    """Superscript digits are str.isdigit() but not int(): every count test reads decimal digits."""
    figures = extract_figures(text, date(2020, 5, 5))
    assert all(f.low <= f.best <= f.high for f in figures if f.low is not None and f.high is not None)
