"""Number phrases as news text writes them (flows.extract.numbers)."""
import pytest

from flows.extract.numbers import parse_amount, parse_number, range_token


@pytest.mark.parametrize(
    "text, value",
    [
        ("7", 7),
        ("1,200", 1200),
        ("13,000", 13000),
        ("1.2 million", 1_200_000),
        ("3 thousand", 3000),
        ("thirteen", 13),
        ("twenty-five", 25),
        ("Twenty five", 25),
        ("one hundred and five", 105),
        ("thirteen hundred", 1300),
        ("two thousand three hundred", 2300),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two dozen", 24),
        ("two-dozen", 24),
        ("half a dozen", 6),
        ("a score of", 20),
        ("THIRTEEN HUNDRED", 1300),
        ("FORTY-ONE", 41),
        ("Twenty 2", 22),  # a compound half turned into a digit by an editor or a converter
        ("half a million", 500_000),
        ("a quarter of a million", 250_000),
    ],
)
def test_exact_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("several", 3), ("a few", 3), ("a handful of", 3), ("a number of", 3), ("many", 3),
        ("tens of", 10), ("dozens", 12), ("dozens of", 12), ("scores of", 20), ("hundreds", 100),
        ("thousands of", 1000), ("tens of thousands", 10_000), ("hundreds of thousands", 100_000),
    ],
)
def test_vague_words_use_the_acled_table(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["13th", "third", "five-year-old", "1990s", "", "people", "1.5"])
def test_not_counts(text):
    assert parse_number(text) is None


def test_vague_term_is_kept():
    amount = parse_amount(["dozens", "of", "people"], 0)
    assert amount.value == 12 and amount.vague == "dozens" and amount.end == 2
    assert parse_amount(["two", "dozen", "people"], 0).vague is None


def test_word_sequence_stops_before_the_next_word():
    amount = parse_amount(["one", "hundred", "and", "five", "people"], 0)
    assert (amount.value, amount.end) == (105, 4)
    # a dangling "and" is not part of the number
    amount = parse_amount(["one", "hundred", "and", "people"], 0)
    assert (amount.value, amount.end) == (100, 2)


def test_range_token():
    assert range_token("10-15") == (10, 15)
    assert range_token("15-10") is None
    assert range_token("10") is None


def test_only_a_single_digit_completes_a_tens_word():
    amount = parse_amount(["forty", "10", "people"], 0)
    assert (amount.value, amount.end) == (40, 1)
    amount = parse_amount(["twenty", "2", "people"], 0)
    assert (amount.value, amount.end) == (22, 2)


@pytest.mark.parametrize(
    "text, value",
    [
        ("4 lakh", 400_000), ("1.5 lakh", 150_000), ("3 lakhs", 300_000), ("four lakh", 400_000),
        ("a lakh", 100_000), ("one lakh twenty thousand", 120_000), ("2 crore", 20_000_000),
        ("2.5 crores", 25_000_000), ("two crore fifty lakh", 25_000_000),
    ],
)
def test_indian_scales_lakh_and_crore(text, value):
    assert parse_number(text) == value
