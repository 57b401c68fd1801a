"""Rule-based casualty-figure extraction (FIGURES.md sections 1-4).

How it stays fast: one combined regex pass finds trigger words ("killed", "wounded", "toll", ...)
in the whole article; sentences are split only up to the last hit, only the sentences holding a
hit are tokenised (token offsets, date spans and event dates only when a rule needs them), and
the rules then walk those tokens a few positions either side of each trigger. Rules that need a
word ("no", "toll", "including", ...) return at once when the sentence's word set lacks it. The
hot regexes are written so that sre can skip ahead on a first character and avoid its general
repeat (see _TOKEN_FAST_RE). No regex here has nested quantifiers, so every pattern runs in
linear time.

The rules, by construction the trigger is in:
- subject rules: "13 civilians were killed", "two police and one civilian died", "20 wounded",
  "a soldier was shot dead", "no one was hurt" (zero);
- object rules: "the blast killed 13 civilians and injured 40", "shot dead a volunteer",
  "killing her", "without injuring anyone" (zero);
- noun rules: "13 deaths", "the bodies of four", "the death of a guard", "no casualties" (zero);
- death tolls: "the death toll rose to 700", and killed counts with cumulative cues ("so far",
  "since", "have died in the fighting");
- subgroups: "including two children", "among the dead were" (part_of the parent figure);
- perpetrators: "in addition to the bomber", a suicide bomber who blew himself up.
Article-level bookkeeping (repeats, breakdowns, background events, totals) is in totals.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from datetime import date, datetime
from typing import Any, Final

from flows.extract import lexicon as L
from flows.extract.model import Figure
from flows.extract.numbers import UNITS, TENS, VAGUE_FIRST, Amount, parse_amount, range_token, word_number
from flows.extract.totals import BACKGROUND_DAYS, _breaks_down, settle_article

try:  # helper module owned by the dates work; extraction falls back to the published date
    from flows.extract.dates import date_spans as _date_spans, resolve_event_date as _resolve_event_date
except ImportError:  # pragma: no cover - only while dates.py is absent
    _date_spans = None  # type: ignore[assignment]
    _resolve_event_date = None  # type: ignore[assignment]

__all__ = ["extract_figures", "tokenize", "split_sentences"]

def _trie_pattern(words) -> str:
    """One regex alternation shaped as a trie ('kill(?:ed|ing|s)?'): the engine never re-reads a prefix."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = "(?:" + "|".join(alternatives) + ")"
        return body + "?" if "" in node else body

    return build(trie)


_TRIGGER_WORDS_LIST: Final = sorted(
    L.KILL_PARTICIPLES | L.KILL_INTRANSITIVE | L.KILL_VERBS | L.INJURE_PARTICIPLES | L.INJURE_VERBS
    | L.KILL_NOUNS | L.INJURE_NOUNS | L.CASUALTY_NOUNS | L.CONTEXT_NOUNS | L.WOUNDING_VERBS
    | L.CONTEXT_DEATH_WORDS | L.HARM_VERBS | {"toll"}
)
# Scanned on the lower-cased article (several times faster than IGNORECASE), whole words only.
TRIGGER_RE: Final = re.compile(r"(?<![a-z])" + _trie_pattern(_TRIGGER_WORDS_LIST) + r"(?![a-z])")
# The same hits, found about twice as fast: the article as bytes with every non-letter a space
# (one C pass of encode and translate; latin-1 with "replace" gives one byte per character, so
# offsets stay the article's), where sre tries the trie only after a literal space, which it finds
# in a tight loop, instead of testing a lookbehind or a character class at every character. The
# trigger word is group 1; a hit at offset 0 has no space before it (TRIGGER_AT_START_RE).
_LETTERS_ONLY: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_TRIGGER_AFTER_SPACE_RE: Final = re.compile((r" (" + _trie_pattern(_TRIGGER_WORDS_LIST) + r")(?![a-z])").encode("ascii"))
_TRIGGER_AT_START_RE: Final = re.compile(_trie_pattern(_TRIGGER_WORDS_LIST) + r"(?![a-z])")
TRIGGER_RE_ANYCASE: Final = re.compile(r"\b" + _trie_pattern(_TRIGGER_WORDS_LIST) + r"\b", re.IGNORECASE)
# For words read only in context, the contexts a rule can use (a superset of what the rules read,
# so that a sentence left unbuilt holds no figure from them)
_NUMBERISH: Final = r"(?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|score|hundred|thousand|several|many|some|about|at least|more than|nearly|over|up to|his |her |their |its |all )"
_NUMBERISH_RE: Final = re.compile(_NUMBERISH)
_FELL_GATE: Final = re.compile(r"fell\s+(?:\w+ly\s+)?in\s+(?:the\s+)?(?:action|combat|battle|fighting|clashes)")
_LOST_GATE: Final = re.compile(r"(?:lost|losing)\s+(?:" + _NUMBERISH + r"|(?:both|his|her|an?|one)\s+(?:legs?|arms?|eyes?|hands?|feet|foot)\b)")
# where the hurt are cared for ("taken to hospital", "treated at a local health center")
_CARE_PLACES: Final = frozenset({"hospital", "hospitals", "clinic", "clinics", "center", "centre"})
_CARE_CENTER_BEFORE: Final = re.compile(r"(?:health|medical|trauma)\s+$")
_TREATED_AT: Final = r"(?:been|were|was)\s+treated\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$"
_TAKEN_TO: Final = r"(?:taken|rushed|airlifted|flown|transported|admitted)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
_HOSPITAL_GATE: Final = re.compile(r"(?:remain|remains|remained|still|are|were|being|treated)\s+in\s+(?:the\s+)?$"
                            r"|" + _TREATED_AT +
                            r"|(?:remain|remains|remained|are|were)\s+under\s+treatment\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$"
                            r"|" + _TAKEN_TO +
                            # "sent dozens of nearby residents to hospital"
                            r"|(?:sent|sending|sends)\s+(?:[\w-]+\s+){1,6}to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?$")
# (a clinic or health centre tells the hurt only with their care or transport: "Sixteen people
# remain in the clinic, as their homes are uninhabitable" are sheltered)
_CARE_PLACE_GATE: Final = re.compile(_TREATED_AT + r"|" + _TAKEN_TO)
# "is in critical condition", "were listed in stable condition": a person's state after harm
_CONDITION_GATE: Final = re.compile(r"\bin\s+(?:a\s+)?(?:very\s+|extremely\s+)?(?:critical|serious|stable|grave|fair|good|poor|"
                                    r"life-threatening|critical\s+but\s+stable|serious\s+but\s+stable)\s+$")
_CONDITION_PRONOUNS: Final = frozenset({"he", "she", "they", "who", "which", "it", "where", "both", "all", "i", "we", "you"})
_CONDITION_VERBS: Final = frozenset({"is", "are", "was", "were", "remains", "remain", "remained", "listed", "reported", "left",
                                     "be", "been"})
# "lost his life", "took his own life", "no loss of life", "claimed the life of": a person's life
# (not "life imprisonment", "daily life")
_LIFE_GATE: Final = re.compile(r"(?:his|her|their|own|the|of|no|a|one's|whose)\s+$")
_NOT_LIFE_AFTER: Final = re.compile(r"[\s-]+(?:imprisonment|sentence|sentences|term|terms|insurance|expectancy|jackets?|savings|support|threatening)\b")
# "lost their lives", "claimed the lives of 12": lives counted or owned (not "the family lives in")
_LIVES_GATE: Final = re.compile(r"(?:their|the|his|her|our|its|of|no|many|several|some|more|few|all|innocent|civilian|human|"
                                r"dozens|hundreds|thousands|millions|[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|"
                                r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\s+(?:[\w-]+\s+)?$")
# "death squads", "death threats", "the death penalty": no one's death
_NOT_DEATH_AFTER: Final = re.compile(r"[\s-]+(?:squads?|threats?|penalty|sentences?|row|warrants?|certificates?|camps?|march|knell|metal|wish|cult|traps?|zone)\b")
# "murder three villagers", "the murder of two judges": a count after it (not "charged with murder")
# "The Observatory puts the figure at close to 94,000": another source's figure for the count before
_FIGURE_AT_GATE: Final = re.compile(r"figure\s+at\s+" + _NUMBERISH + r"|figure\s+at\s+(?:close|around|almost)")
_PUT_BEFORE_GATE: Final = re.compile(r"\b(?:puts?|putting|placed|places|placing)\s+the\s+(?:[\w-]+\s+)?$")
_COUNT_BEFORE_RE: Final = re.compile(r"(?:\d|\bdozens|\bhundreds|\bthousands|\bscores)\s+$")
_LOSS_OF_GATE: Final = re.compile(r"\s+of\s+(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?(?:\d|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|\w+teen\b|twenty|thirty|forty|fifty|dozens|hundreds|scores)")
_MURDER_GATE: Final = re.compile(r"\s+(?:of\s+)?(?:the\s+)?" + _NUMBERISH)
# "was treated at the scene and released": hurt, though no injury is named
_TREATED_GATE: Final = re.compile(r"\btreated\s+(?:[\w.'-]+\s+){0,6}?and\s+$")
_FROM_HOSPITAL_GATE: Final = re.compile(r"\s+from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?hospital\b")
_PASSIVE_BEFORE_GATE: Final = re.compile(r"(?:were|was|been|are|is)\s+(?:\w+ly\s+)?[\"\u201c']?$")
# "shot" hurts only as "fatally shot" or with where or how often ("shot in the leg", "shot twice")
_SHOT_AFTER_GATE: Final = re.compile(r"shot\s+(?:(?:also|reportedly|allegedly|apparently|then|once|again)\s+)*"
                              r"(?:(?:a|an|the|two|three|four|five|\d+)\s+(?:\S+\s+){0,7}?)?"  # "shot a judge in both knees"
                              r"(?:twice|repeatedly|\S+\s+times|(?:in|through)\s+(?:the|his|her|their|both|one)\s)")
_SHOT_BEFORE_GATE: Final = re.compile(r"(?:fatally|mortally)\s+$")
# "were shot, one fatally", "shot five people, two of them fatally"
_SHOT_FATALLY_GATE: Final = re.compile(r"shot(?:\s+\S+){0,3},\s+(?:one|two|three|four|five|\d+)\s+(?:of\s+them\s+)?(?:fatally|mortally)")
_CUT_GATE: Final = re.compile(r"cut\s+off\s+(?:the|his|her)\s")
_SLIT_GATE: Final = re.compile(r"(?:slit|slitting|cut|cutting)\s+(?:the\s+|their\s+)?throats?\s+of\s")
# "neutralised" glossed in its own sentence as more than killing ("a term ... for militants killed,
# captured or who surrender")
_NEUTRALISED_GLOSS_WORDS: Final = frozenset({"surrender", "surrendered", "surrenders", "term", "means", "includes", "covers"})
_FIGHTERS_VERBS_GATED: Final = frozenset({"neutralized", "neutralised", "eliminated", "neutralizing", "neutralising", "eliminating", "destroyed"})
# "sustained machete cuts", "treated for hypothermia": the hurt nouns read after a verb of suffering
# or care (budget cuts are no wound)
_HURT_NOUN_GATE: Final = re.compile(r"(?:sustain|suffer|receiv|treat|with|for|admitted|hospitali)\S*\s+(?:\S+\s+){0,4}$")
_HURT_NOUNS_GATED: Final = frozenset({"burns", "cuts", "fractures", "bruises", "lacerations", "poisoning", "hypothermia", "frostbite", "heatstroke",
                                      "sunstroke", "broken", "fractured", "burn", "cut", "gash", "gashes", "bruise", "fracture",
                                      "laceration"})  # ("suffered a minor burn to his wrist", "suffered a cut to his hand")
# one hurt told by its wound ("suffered a cut to his hand"), and the hurt nouns read after a verb
# of suffering ("sustained injuries", "suffered hypothermia")
_ONE_HURT_NOUNS: Final = frozenset({"burn", "wound", "injury", "cut", "gash", "bruise", "fracture", "laceration"})
_SUFFERED_HURT_NOUNS: Final = _ONE_HURT_NOUNS | {
    "injuries", "wounds", "burns", "cuts", "gashes", "fractures", "bruises", "lacerations", "hypothermia", "frostbite", "heatstroke",
    "sunstroke", "broken", "fractured"}
# "treated for a broken ankle", "suffered a fractured skull": a broken bone is a hurt
_BROKEN_GATE: Final = re.compile(r"\s+(?:left\s+|right\s+)?(?:" + "|".join(sorted(
    (L.BODY_PARTS - {"body", "lower", "upper", "left", "right", "side", "back", "temple"}) | {"skull", "ribs", "rib", "collarbone", "bones", "bone", "nose", "pelvis"})) + r")\b")
# "troops neutralized five terrorists": only with a count after it
_COUNT_AFTER_GATE: Final = re.compile(r"\S+\s+(?:(?:at\s+least|more\s+than|about|around|some|over|nearly|up\s+to|all)\s+)?"
                               r"(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several|"
                               r"\w+teen\b|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|a\s+dozen)")
_STRUCK_GATE: Final = re.compile(r"(?:struck|hit)\s+(?:in\s+(?:the|his|her|both|one)\s|by\s+(?:an?\s+)?(?:stray\s+)?(?:bullets?|shrapnel|gunfire|a\s+bullet))")
# "26 others remain under treatment": the hurt, with no hospital named
_TREATMENT_GATE: Final = re.compile(r"(?:remain|remains|remained|are|were|is|was|still)\s+(?:still\s+)?under\s+$")
# "killing at least 35 people ... and burning about 100 others": the burned, counted as people
_BURN_VERBS: Final = frozenset({"burning", "burned", "burnt"})
_BURNED_GATE: Final = re.compile(r"\s+(?:(?:about|some|at\s+least|more\s+than|over|nearly|another)\s+)?(?:[\d,]+|\w+)\s+"
                                 r"(?:others|other\s+people|people|persons)\b")
_CONTEXT_GATED: Final = frozenset({"treatment", "burning", "burned", "burnt", "fell", "lost", "losing", "figure", "hospital", "hospitals",
                                   "clinic", "clinics", "center", "centre", "shot", "cut", "cutting", "slit", "slitting", "survivors", "remains",
                                   "struck", "hit", "condition", "released", "discharged", "life", "lives", "murder", "murders", "death",
                                   "homicides", "loss"}) | L.HARM_VERBS | (
    _HURT_NOUNS_GATED | _FIGHTERS_VERBS_GATED)

# ("remain under treatment at Jinnah hospital" is read at "hospital")
_HOSPITAL_AFTER_RE: Final = re.compile(r"\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}hospitals?\b")
_CONTEXT_GATED_BYTES: Final = frozenset(w.encode("ascii") for w in _CONTEXT_GATED)


def _context_hit(word: str, lowered: str, pos: int) -> bool:
    """Whether a word read only in context ('fell in action', 'lost two soldiers', 'remain in
    hospital') is in a context a rule reads."""
    if word == "fell":
        return _FELL_GATE.match(lowered, pos) is not None
    if word == "lost" or word == "losing":
        return _LOST_GATE.match(lowered, pos) is not None
    if word == "hospital" or word == "hospitals":
        return _HOSPITAL_GATE.search(lowered, max(0, pos - 64), pos) is not None
    if word in _CARE_PLACES:
        if word in ("center", "centre") and _CARE_CENTER_BEFORE.search(lowered, max(0, pos - 10), pos) is None:
            return False  # (a health or medical centre only: "the city centre" is no place of care)
        return _CARE_PLACE_GATE.search(lowered, max(0, pos - 64), pos) is not None
    if word == "cut":
        return _CUT_GATE.match(lowered, pos) is not None or _SLIT_GATE.match(lowered, pos) is not None or (
            _HURT_NOUN_GATE.search(lowered, max(0, pos - 50), pos) is not None)  # ("suffered a cut to his hand")
    if word in ("slit", "slitting", "cutting"):
        return _SLIT_GATE.match(lowered, pos) is not None
    if word == "survivors":
        return lowered.endswith("no ", 0, pos)
    if word == "condition":
        return _CONDITION_GATE.search(lowered, max(0, pos - 48), pos) is not None
    if word in _BURN_VERBS:
        return _BURNED_GATE.match(lowered, pos + len(word)) is not None
    if word == "treatment":
        return _TREATMENT_GATE.search(lowered, max(0, pos - 30), pos) is not None and _HOSPITAL_AFTER_RE.match(lowered, pos + 9) is None
    if word == "lives":
        return _LIVES_GATE.search(lowered, max(0, pos - 24), pos) is not None
    if word == "life":
        return _LIFE_GATE.search(lowered, max(0, pos - 12), pos) is not None and _NOT_LIFE_AFTER.match(lowered, pos + 4) is None
    if word == "death":
        return _NOT_DEATH_AFTER.match(lowered, pos + 5) is None
    if word == "figure":
        return _FIGURE_AT_GATE.match(lowered, pos) is not None and _PUT_BEFORE_GATE.search(lowered, max(0, pos - 24), pos) is not None
    if word == "loss":
        return _LOSS_OF_GATE.match(lowered, pos + 4) is not None
    if word == "homicides":
        return _COUNT_BEFORE_RE.search(lowered, max(0, pos - 12), pos) is not None or lowered.endswith("number of ", 0, pos)
    if word == "murder" or word == "murders":
        return _MURDER_GATE.match(lowered, pos + len(word)) is not None or (
            # "more than 1,100 murders so far this year": a count of them
            word == "murders" and (_COUNT_BEFORE_RE.search(lowered, max(0, pos - 12), pos) is not None
                                   or lowered.endswith("number of ", 0, pos)))  # ("push the number of murders ... to 98")
    if word == "released" or word == "discharged":
        return _TREATED_GATE.search(lowered, max(0, pos - 64), pos) is not None or _FROM_HOSPITAL_GATE.match(lowered, pos + len(word)) is not None
    if word == "remains":
        return lowered.startswith("remains of ", pos) and lowered.endswith("the ", 0, pos)
    if word == "broken" or word == "fractured":
        return _BROKEN_GATE.match(lowered, pos + len(word)) is not None and _HURT_NOUN_GATE.search(lowered, max(0, pos - 50), pos) is not None
    if word in _HURT_NOUNS_GATED:
        return _HURT_NOUN_GATE.search(lowered, max(0, pos - 50), pos) is not None
    if word in _FIGHTERS_VERBS_GATED:
        # (or a passive: "UP TO 20 REBELS WERE DESTROYED", read only with fighters as its subject)
        return _COUNT_AFTER_GATE.match(lowered, pos) is not None or _PASSIVE_BEFORE_GATE.search(lowered, max(0, pos - 24), pos) is not None
    if word == "struck" or word == "hit":
        return _STRUCK_GATE.match(lowered, pos) is not None
    if word == "shot":
        return _SHOT_AFTER_GATE.match(lowered, pos) is not None or _SHOT_BEFORE_GATE.search(lowered, max(0, pos - 12), pos) is not None or (
            _SHOT_FATALLY_GATE.match(lowered, pos) is not None)
    # harm done to counted people: a count after it, or a passive before it
    after = pos + len(word)
    return (_PASSIVE_BEFORE_GATE.search(lowered, max(0, pos - 30), pos) is not None
            or _NUMBERISH_RE.match(lowered, after + 1) is not None)
_LOWER_BYTES: Final = bytes(range(ord("a"), ord("z") + 1))
_UPPER_BYTES: Final = bytes(range(ord("A"), ord("Z") + 1))
# "\b(?:19|20)\d\d\b" with the leading \b as a lookbehind after the literal digits, so that sre
# can skip ahead to a "1" or "2" instead of trying the pattern at every character.
_YEAR_RE: Final = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")
_DIGIT_RE: Final = re.compile(r"\d")
# Words first (the common case), with "U.S." kept whole; numbers with separators and glued units
# ("13th", "5pm", "10-15", "13-year-old"); any other non-space character alone.
TOKEN_RE: Final = re.compile(
    r"[^\W\d_]+(?:['\u2019\-&][^\W\d_]+)*(?:\.(?:[^\W\d_]\.)+)?"
    r"|\d+(?:[.,]\d+)*[A-Za-z]*(?:[-\u2013][A-Za-z0-9]+)*"
    r"|[^\w\s]"
)
# TOKEN_RE rewritten for speed, same tokens (tests/test_extract_figures.py checks it):
# - it first takes any character TOKEN_RE can start with ([^\s_]), so sre skips whitespace in a
#   tight loop instead of trying three alternatives at every space; a lookbehind then says which
#   kind of token that first character opens (the last, empty alternative: a lone symbol);
# - "(?:X)?" and "(?:X)*" become "(?:X|)" and "(?:XX*|)": the same greedy match, but sre enters
#   its costly general repeat only when X is there (an apostrophe, a hyphen, "U.S.").
_TOKEN_FAST_RE: Final = re.compile(
    r"[^\s_](?:(?<=[^\W\d_])[^\W\d_]*(?:['\u2019\-&][^\W\d_]+(?:['\u2019\-&][^\W\d_]+)*|)(?:\.[^\W\d_]\.(?:[^\W\d_]\.)*|)"
    r"|(?<=\d)\d*(?:[.,]\d+(?:[.,]\d+)*|)[A-Za-z]*(?:[-\u2013][A-Za-z0-9]+(?:[-\u2013][A-Za-z0-9]+)*|)"
    r"|)"
)
# The same for ASCII-only text, where the classes can be spelled out (faster still).
_TOKEN_ASCII_RE: Final = re.compile(
    r"[^\s_](?:(?<=[A-Za-z])[A-Za-z]*(?:['\-&][A-Za-z]+(?:['\-&][A-Za-z]+)*|)(?:\.[A-Za-z]\.(?:[A-Za-z]\.)*|)"
    r"|(?<=[0-9])[0-9]*(?:[.,][0-9]+(?:[.,][0-9]+)*|)[A-Za-z]*(?:-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|)"
    r"|)"
)
SENT_BREAK_RE: Final = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?:\s+|(?=[A-Z][a-z]))|(?<=\n)[ \t]*\n)")
ABBREVIATIONS: Final = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "adm", "gov",
    "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx",
    "dept", "univ", "brig", "cmdr", "cdr", "insp", "supt", "prof", "pres", "messrs", "gens",
    "cols", "lts", "sgts", "fig", "vol", "pp", "ca", "cf", "al", "hon", "excl", "incl", "est",
})
_NAME_TITLES: Final = frozenset({
    "senator", "mayor", "governor", "colonel", "general", "captain", "lieutenant", "sergeant", "major",
    "judge", "minister", "deputy", "councilman", "councilor", "commander", "president", "father",
    "priest", "journalist", "businessman", "congressman", "ambassador", "attorney", "prosecutor", "dr",
    "col", "gen", "capt", "lt", "sgt", "maj",
})
_TITLE_ABBREVIATIONS: Final = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "adm", "gov",
    "sen", "rep", "rev", "jr", "sr", "brig", "cmdr", "cdr", "insp", "supt", "prof", "pres", "hon",
    "messrs", "gens", "cols", "lts", "sgts",
})
# Longest word split_sentences must inspect before a period: abbreviations, "U.S.A"-style words (5).
_LONGEST_ABBREVIATION: Final = max(5, max(map(len, ABBREVIATIONS)))
_SUICIDE_RE: Final = re.compile(
    r"\bsuicide\s+(?:car\s+|truck\s+|vehicle\s+|motorcycle\s+|motorbike\s+|vest\s+|belt\s+)?"
    r"(?:bomber|attacker|bombing|attack|blast|explosion|driver|bomb|car\s+bomb(?:ing)?)\b(?!s)"
    r"|\bblew\s+(?:himself|herself)\s+up\b"
    r"|\bdetonated\s+(?:his|her)\s+(?:explosive|suicide|vest|belt|bomb)",
    re.IGNORECASE,
)
_FAILED_ATTACK_RE: Final = re.compile(
    r"\b(?:failed|foiled|arrested|captured|thwarted|defused|would-be|prevented|averted|interrupted"
    r"|intercepted|before\s+(?:he|she)\s+could)\b", re.IGNORECASE)
_INCLUDES_ATTACKERS_RE: Final = re.compile(
    r"\b(?:including|among\s+them)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:assailants?|attackers?|bombers?|gunm[ae]n|perpetrators?)\b",
    re.IGNORECASE)
# a later sentence saying the count holds the attacker: "The figure of 17 includes the bomber"
_TOLL_INCLUDES_ATTACKERS_RE: Final = re.compile(
    r"\b(?:figure|toll|number|count|tally|dead)\s+(?:of\s+[\w,]+\s+)?(?:includes|included|include)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?:assailants?|attackers?|bombers?|gunm[ae]n|perpetrators?)\b", re.IGNORECASE)
# a sentence saying the count leaves the attacker out: "the 41 dead did not include the attacker"
_TOLL_EXCLUDES_ATTACKERS_RE: Final = L.TOLL_EXCLUDES_ATTACKERS_RE
_SUICIDE_PLURAL_RE: Final = re.compile(r"\bsuicide\s+(?:bombers|attackers)\b|\bblew\s+themselves\s+up\b", re.IGNORECASE)

QUALIFIERS_BEFORE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no", "fewer", "than"), "at_least"), (("no", "less", "than"), "at_least"),
    (("not", "less", "than"), "at_least"), (("not", "fewer", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"), (("at", "least"), "at_least"),
    (("in", "excess", "of"), "more_than"), (("more", "than"), "more_than"),
    (("upwards", "of"), "more_than"), (("greater", "than"), "more_than"), (("over",), "more_than"),
    (("above",), "more_than"), (("exceeded",), "more_than"), (("exceeding",), "more_than"), (("as", "many", "as"), "up_to"), (("as", "high", "as"), "up_to"), (("up", "to"), "up_to"),
    (("close", "to"), "up_to"), (("less", "than"), "up_to"), (("fewer", "than"), "up_to"),
    (("nearly",), "up_to"), (("almost",), "up_to"), (("just", "under"), "up_to"),
    (("an", "estimated"), "about"), (("approximately",), "about"), (("approx",), "about"),
    (("about",), "about"), (("around",), "about"), (("roughly",), "about"), (("some",), "about"),
    (("circa",), "about"), (("estimated",), "about"), (("an", "approximate"), "about"),
)
_QUALIFIER_LAST_WORDS: Final = frozenset(p[-1] for p, _ in QUALIFIERS_BEFORE)
# a one-word qualifier of the whole's count in a partitive ("110 of its roughly 400 residents")
_INNER_COUNT_QUALIFIERS: Final = frozenset(p[0] for p, q in QUALIFIERS_BEFORE if len(p) == 1 and q in ("about", "up_to"))
# The phrases by their last word (in table order), so a number tries only the few that can match.
_QUALIFIERS_BY_LAST: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    last: tuple((p, q) for p, q in QUALIFIERS_BEFORE if p[-1] == last) for last in _QUALIFIER_LAST_WORDS
}
_NUMBER_WORD_STARTS: Final = frozenset(UNITS) | frozenset(TENS) | VAGUE_FIRST | {"a", "an", "half", "both"}
_INJURY_ADJECTIVES: Final = frozenset({
    "light", "minor", "serious", "severe", "critical", "grave", "bullet", "gunshot", "shrapnel",
    "burn", "stab", "head", "multiple", "slight", "life-threatening", "non-life-threatening", "a",
    "an", "some", "various", "fatal", "moderate", "injuries", "of", "superficial", "knife", "slash", "puncture", "machete",
    "splinter", "blast", "pellet", "only", "just", "graze", "deep",
    "non-fatal", "nonfatal", "non-critical", "internal", "facial", "spinal", "third-degree",
    "second-degree", "first-degree", "mortal",
    # a wound's place on the body: "treated for a hand wound", "a leg injury"
    "hand", "leg", "arm", "chest", "neck", "stomach", "abdomen", "shoulder", "foot", "thigh", "knee", "face", "eye",
})
_SUFFER_VERBS: Final = frozenset({"sustained", "suffered", "received", "got", "sustaining", "suffering", "receiving", "sustain", "suffer"})
_HYPOTHETICAL_NEAR: Final = frozenset({"feared", "could", "might", "would", "may", "presumed", "threatened", "likely", "possibly", "expected"})
_PARTITIVE_NOUNS: Final = frozenset({
    "dead", "killed", "injured", "wounded", "victims", "casualties", "deceased", "hurt", "fatalities",
    "hostages", "missing",
})
_THING_NOUNS: Final = frozenset({
    "bus", "car", "vehicle", "truck", "house", "building", "shop", "store", "office", "station",
    "checkpoint", "post", "base", "camp", "convoy", "patrol", "motorcycle", "bike", "train", "plane",
    "aircraft", "helicopter", "boat", "ship", "school", "mosque", "church", "market", "hotel",
    "restaurant", "compound", "residence", "home", "village", "town", "city", "road", "bridge",
    "device", "bomb", "mine", "grenade", "rocket", "shell", "missile", "weapon", "gun", "explosive",
})
# "initially said", "initial reports", "had earlier put": a first count, when the sentence
# goes on to correct it ("but later revised that figure")
_OWN_FIGHTERS: Final = frozenset({"units", "fighters", "fighter", "militants", "men", "mujahideen", "mujahedeen", "members", "soldiers", "forces",
                           "combatants", "guerrillas"})
_CLAIM_CLAUSE_BREAKS: Final = frozenset({"while", "whereas", "but", "although", "though", ";"})
_RATE_UNITS: Final = frozenset({"day", "week", "month", "year", "hour", "minute", "decade"})
# who did an earlier killing: "less than a month after gunmen massacred 160 people"
_ATTACK_HEADS_PLURAL: Final = frozenset({"gunmen", "militants", "jihadists", "assailants", "attackers", "insurgents", "rebels", "bombers", "troops", "soldiers"})
_FRONTED_EARLIER: Final = frozenset({"earlier", "before", "ago"})
_SPAN_UNITS: Final = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
# the attacks a side's name may open a paragraph with ("Rebel shelling of ...", "Israeli strikes on ...")
# a sentence that places the news in a run of attacks: "It was the second attack on police in the
# city this week", "The bombing was the latest in a string of attacks" (not a day of one event:
# "It was the third consecutive day of clashes")
_SERIES_PLACE_RE: Final = re.compile(
    r"\s*(?:it|this|that|the\s+(?:[\w'-]+\s+){0,3}?(?:attack|blast|bombing|explosion|shooting|ambush|raid|killing|incident|assault))"
    r"\s+(?:was|is|marked|marks|became)\s+the\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?!(?:straight|consecutive|successive|day|days|night|nights|week|round)\b)|latest\s+(?:in|of)\s+(?:a|an)\s)")
_SIDE_ATTACK_NOUNS: Final = frozenset({"shelling", "strikes", "airstrikes", "raids", "rockets", "bombardment", "bombing", "attacks"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
_ATTACKERS_NAMED: Final = frozenset({"gunmen", "gunman", "attackers", "assailants", "militants", "insurgents", "rebels", "guerrillas"})
_IN_PARAGRAPH_RE: Final = re.compile(r"\n[ \t]*In [A-Z]")  # (not \s*: a run of newlines would backtrack)
# a paragraph that opens on a roundup item's place label: "\nPHILIPPINES: Soldiers clashed ...",
# "\nMOSUL - Gunmen shot dead ..."
# a roundup's items labelled by their places in title case, two at least: "Peshawar: A car ...",
# "Bannu: A suicide bomber ..."
_TITLE_LABEL_RE: Final = re.compile(r"\n[ \t]*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):[ \t]+[A-Z]")
_NOT_PLACE_LABELS: Final = frozenset({"note", "update", "correction", "editor", "photo", "source", "read", "watch", "see", "related",
                                      "also", "background", "context", "analysis", "comment", "q", "a", "summary", "warning"})
_LABEL_PARAGRAPH_RE: Final = re.compile(r"\n[ \t]*[A-Z]{3,}(?:[ ,.'][A-Za-z.']+){0,3}[ \t]*(?::|[ \t](?:-|--|\u2013|\u2014))[ \t]")
_UPDATE_WORDS: Final = frozenset({"toll", "number", "rose", "risen", "raising", "bringing", "more", "died", "succumbed"})
_RELATIVE_DAY_WORDS: Final = L.WEEKDAYS | frozenset({"yesterday", "today", "tonight", "tomorrow"})
_SECOND_DEVICE_NOUNS: Final = frozenset({"device", "bomber", "car", "explosion", "blast", "bomb", "attacker", "grenade", "truck", "vehicle"})
_ANOTHER_INCIDENT_WORDS: Final = frozenset({"second", "third", "separate", "unrelated", "fresh", "another", "different"})
_INCIDENT_NOUNS: Final = frozenset({
    "blast", "attack", "explosion", "bombing", "incident", "shooting", "ambush", "raid", "clash", "strike",
    "airstrike", "accident", "crash", "fire", "bomb", "stabbing", "landslide", "collision",
})
_FRONTED_ELSEWHERE: Final = frozenset({"elsewhere", "separately"})  # (not "Meanwhile": as often a second source on the same news)
# openers of a wire roundup's next item in all-caps agency copy, where "MEANWHILE," starts
# another incident rather than another source's account
_CAPS_ROUNDUP_OPENERS: Final = frozenset({"meanwhile", "likewise"}) | _FRONTED_ELSEWHERE
_OTHER_INCIDENT_ADJECTIVES: Final = frozenset({"separate", "related", "different", "second"})
_THE_FIRST_RE: Final = re.compile("the first", re.IGNORECASE)  # "In the first attack, ... In the second, ..."
# a cheap first test of _caps_roundup_opener on a sentence's opening characters
_CAPS_ROUNDUP_RE: Final = re.compile(r"(?:meanwhile|likewise|also|elsewhere|separately)\b|in the (?:north|south|east|west|central)"
                                     r"|in (?:a|another) (?:separate|related|different|second)"
                                     r"|in (?:[a-z]+ )?(?:north|south|east|west)[a-z]* [a-z]+,")
_COMPASS_WORDS: Final = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
    "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central"})
_DIRECTIONS: Final = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"})
_DIRECTION_OPENERS: Final = _DIRECTIONS | {"across", "further", "farther"}  # ("Across the border,", "East of Sanaa,")
# "civil" and "war" that name a service or a trade, not a war: "civil defence", "a war monitor"
_SERVICE_AFTER: Final = {
    "civil": frozenset({"defence", "defense", "society", "servant", "servants", "aviation", "rights", "liberties", "registry"}),
    "war": frozenset({"monitor", "monitors", "correspondent", "correspondents", "crimes", "crime", "reporter", "memorial",
                      "veteran", "veterans", "cemetery", "museum"}),
}


def _mask_service_words(words: list[str]) -> bool:
    """'The White Helmets civil defence group put the death toll at 21', '..., a war monitor
    said': such words are masked so that no war is read into them. True if any was."""
    masked = False
    for i in range(len(words) - 1):
        after = _SERVICE_AFTER.get(words[i])
        if after is not None and words[i + 1] in after:
            words[i] = words[i] + "-"
            masked = True
    return masked


def _pluperfect_before(words: list[str], k: int) -> bool:
    """The verb at k is a pluperfect ("had been killed"), or shares one's "had" in its clause
    ("had killed more than 50 people and wounded 300")."""
    if "had" in words[max(0, k - 3):k]:
        return True
    for x in range(k - 1, max(-1, k - 9), -1):
        if words[x] in (",", ";", ":", "but", "while"):
            return False
        if words[x] == "had":
            return words[k - 1] == "and" or any(w == "and" for w in words[x + 1:k])
    return False


_TELLING_VERBS: Final = frozenset({"said", "told", "says", "say", "according", "claimed", "reported"})
_SECONDARY_SOURCES: Final = frozenset({"hospital", "medical", "local", "security", "police", "military", "hospitals", "health", "rescue", "tribal", "rebel", "opposition"})
_OTHER_SOURCE_WORDS: Final = frozenset({"other", "some", "different", "conflicting", "unconfirmed", "several"})
_DETERMINERS_AFTER_IN_ALL: Final = frozenset({"the", "his", "her", "their", "its", "this", "that", "these", "those", "of", "likelihood", "probability"})
_EARLIER_ACCOUNT_NOUNS: Final = frozenset({"statement", "report", "reports", "estimate", "estimates", "figure", "figures", "count", "toll", "tally", "account"})
_FIRST_ACCOUNT_VERBS: Final = frozenset({"reported", "said", "put", "gave", "counted", "announced", "listed", "estimated", "told"})
_OUTDATED_CUES: Final = frozenset({"initially", "initial", "originally", "earlier", "preliminary", "first"})
_REVISION_WORDS: Final = frozenset({"revised", "corrected", "lowered", "raised", "updated", "later", "revising", "correcting",
                                    "raising", "lowering", "updating"})
_CLAIM_VERBS: Final = frozenset({"claimed", "claims", "claim", "claiming", "stated", "boasted", "asserted"})
_CLAIMANTS: Final = frozenset({
    "group", "taliban", "militants", "rebels", "insurgents", "guerrillas", "jihadists", "organization",
    "organisation", "movement", "front", "brigade", "brigades", "isis", "isil", "al-shabaab", "shabaab",
    "haram", "qaeda", "al-qaeda", "maoists", "army's", "communique", "communiqué", "statement",
    "rebel", "separatist", "separatists",  # ("quoted a rebel commander as saying")
    "eln", "farc", "fmln", "ltte", "pkk",  # (armed groups by name: "The ELN, however, ... said that its front killed 8 soldiers")
    "tigers",  # ("The Liberation Tigers of Tamil Eelam, in a statement ..., put government losses at 35 dead")
})
# who speaks for a party ("A spokesman for the rebel operations room said"), and the parties
# themselves among the claimants (not a group that may be a monitor, nor a statement)
_PARTY_VOICES: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "leader"})
_ARMED_CLAIMANTS: Final = frozenset({"taliban", "militants", "rebels", "insurgents", "guerrillas", "jihadists", "isis", "isil",
                                     "al-shabaab", "shabaab", "maoists", "rebel", "separatist", "separatists", "eln", "farc",
                                     "fmln", "ltte", "pkk", "tigers"})
_OFFICIAL_STATEMENT_RE: Final = re.compile(
    r"\b(?:military|army|armed forces|police|government|ministry|defense|defence|official)\s+(?:communiqu[e\u00e9]|statement)")
_STATE_COMMUNIQUE_RE: Final = re.compile(
    r"according\s+to\s+(?:a|an|the)\s+(?:communiqu[e\u00e9]|statement)\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:command|army|military|ministry|police|government|armed\s+forces|defen[cs]e)\b"
    # (or an army's numbered unit: "issued by the 4th Brigade")
    r"|according\s+to\s+(?:a|an|the)\s+(?:communiqu[e\u00e9]|statement)\s+(?:from|by|of|issued\s+by)\s+the\s+"
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:brigade|division|battalion|corps)\b")
_MONITOR_NAMES: Final = ("observatory", "monitoring group", "rights group", "monitor ")
# a state's own statement, which news reports as its source
_OFFICIAL_SOURCES: Final = frozenset({
    "nato", "army", "military", "police", "government", "ministry", "official", "pentagon", "coalition",
    "u.n.", "un", "defence", "defense", "interior", "state", "isaf", "navy",
})
# a group that reports rather than fights: "the monitoring group said", "a rights group"
_NEUTRAL_SOURCES: Final = frozenset({
    "monitoring", "monitor", "rights", "aid", "humanitarian", "medical", "relief", "observatory",
    "watchdog", "research", "advocacy", "charity", "media", "news", "health", "world", "international",
    "nations", "migration", "labour", "labor", "meteorological", "trade", "food",
})


def _claimant_at(words: list[str], j: int) -> bool:
    """words[j] names a party that may claim figures (not a group that monitors or reports)."""
    w = words[j]
    if w not in _CLAIMANTS:
        if not (w.endswith("'s") or w.endswith("\u2019s")) or w[:-2] not in _CLAIMANTS:
            return False  # "the Islamic State group's affiliate claimed"
        w = w[:-2]
    if w in ("brigade", "brigades") and j >= 1 and words[j - 1] in ("fire", "ambulance", "rescue"):
        return False  # "Fire brigade officials said": the rescuers, no party
    if w == "brigade" and j >= 1 and (words[j - 1] in _RANK_ORDINALS or _ORDINAL_NUMBER_RE.fullmatch(words[j - 1])):
        return False  # "a communique issued by the 4th Brigade": an army's unit
    if w in ("statement", "communique", "communiqu\u00e9") and any(x in _OFFICIAL_SOURCES for x in words[max(0, j - 3):j]):
        return False  # "A NATO statement said", "a military communique": the report's own source
    if w in ("statement", "communique", "communiqu\u00e9") and j >= 3 and words[j - 1] == "the" and words[j - 3:j - 1] == ["according", "to"]:
        return False  # "according to the statement": one the article named before, whoever's it is
    # (a monitor is often "the Britain-based group")
    return not (w in ("group", "organization", "organisation", "statement")
                and any(x in _NEUTRAL_SOURCES or x.endswith("-based") for x in words[max(0, j - 3):j]))


# person nouns an age can follow in apposition: "the driver, 63, died"
_PERSON_NOUNS: Final = frozenset({
    "man", "woman", "boy", "girl", "driver", "victim", "teenager", "teen", "resident", "motorist",
    "passenger", "pedestrian", "cyclist", "officer", "suspect", "gunman", "attacker", "mother",
    "father", "son", "daughter", "wife", "husband", "brother", "sister", "student", "worker",
    "farmer", "soldier", "policeman", "constable", "guard", "child", "youth", "shopkeeper",
    "journalist", "teacher", "doctor", "nurse", "pilot", "rider", "owner", "homeowner", "tenant",
    "neighbour", "neighbor", "friend", "deceased", "shooter", "assailant", "defendant",
})
_DIGIT_CHARS: Final = frozenset("0123456789")
_A_MULTIPLIERS: Final = frozenset({"dozen", "score", "hundred", "thousand", "million", "few", "number", "handful", "total", "quarter", "lakh", "crore"})
_NUMBER_WORDS_NOT_ARTICLE: Final = _NUMBER_WORD_STARTS - {"a", "an"}
_ASCII_DIGIT_RE: Final = re.compile(r"[0-9]")
_NP_MODIFIER_CUES: Final = frozenset({"more", "other", "additional", "further", "another"})


def _more_people(words: list[str], tok: int) -> bool:
    """'another two people', 'two more', 'further deaths' around the count at tok: people added
    to those told before (not the qualifier 'more than 20')."""
    return any(w in _NP_MODIFIER_CUES and not (w == "more" and x + 1 < len(words) and words[x + 1] == "than")
               for x, w in enumerate(words[max(0, tok - 1):tok + 3], max(0, tok - 1)))
_SUBJECT_FOLLOW: Final = frozenset({",", "(", ")"})


# times of day that name a kind of worker or traveller in a compound noun
_SHIFT_WORDS: Final = frozenset({"night", "morning", "evening"})
_SHIFT_WORKERS: Final = frozenset({
    "watchman", "watchmen", "guard", "guards", "porter", "porters", "nurse", "nurses", "worker", "workers",
    "commuter", "commuters", "shift", "patrol", "patrols", "clerk", "clerks", "cleaner", "cleaners",
})


class Quantity:
    """A number phrase and the noun phrase it counts, in token positions of one sentence."""

    __slots__ = ("start", "num_start", "num_end", "np_end", "head", "low", "best", "high",
                 "qualifier", "vague", "used", "additive", "partitive", "definite")

    def __init__(self, start: int, num_start: int, num_end: int, np_end: int, head: str | None, low: int | None,
                 best: int, high: int | None, qualifier: str, vague: str | None, additive: bool):
        self.start = start
        self.num_start = num_start
        self.num_end = num_end
        self.np_end = np_end
        self.head = head
        self.low = low
        self.best = best
        self.high = high
        self.qualifier = qualifier
        self.vague = vague
        self.used = False
        self.additive = additive
        self.partitive = False
        self.definite = False


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int], list[int], list[str]]:
    """Lower-cased tokens with absolute offsets, and the raw tokens (for capitalisation)."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    raw: list[str] = []
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        t = m.group()
        raw.append(t)
        words.append(t.lower())
        starts.append(m.start())
        ends.append(m.end())
    return words, starts, ends, raw


def split_sentences(text: str, stop: int | None = None) -> list[int]:
    """Start offsets of the sentences of `text` (the first is 0).

    With `stop`, splitting ends at the first sentence start after offset `stop`: every sentence
    up to the one holding `stop` is as in the full split (a break depends only on the text a few
    characters around it), and the rest of the text is left as one or more trailing pieces.
    """
    bounds = [0]
    n = len(text)
    rfind = text.rfind
    for m in SENT_BREAK_RE.finditer(text):
        p, cut = m.span()
        if cut >= n:
            break
        punct = text[p]
        if cut == p + 1 and punct != "\n":
            two = text[p - 2:p] if p >= 2 else ""
            if not (two.isalpha() and two.islower()):
                continue  # "attack.The" splits; "U.S.A" does not
        if punct == ".":
            if text[cut].islower():
                continue
            # the word before the period: from the last space, newline or "(" in 15 characters
            lo = p - 15 if p > 15 else 0
            ws = rfind(" ", lo, p)
            word = text[ws + 1 if ws >= 0 else lo:p]
            if "\n" in word or "(" in word:
                ws = max(ws, rfind("\n", lo, p), rfind("(", lo, p))
                word = text[ws + 1:p]
            # (with no such character in 15, the word is longer than any abbreviation)
            if len(word) <= _LONGEST_ABBREVIATION and (ws >= 0 or p <= 15):
                lower = word.lower()
                if lower in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or ("." in word and len(word) <= 5 and lower not in _CLOCK_ABBREVIATIONS):
                    continue
                if lower in _CLOCK_ABBREVIATIONS:
                    # "shortly after 3 a.m. Twenty residents were taken ...": a sentence ends; not
                    # before a day, a month or a time zone ("at 3 p.m. Monday", "10 a.m. GMT")
                    nxt = text[cut:cut + 12].split(None, 1)[0].strip(".,;:").lower() if text[cut:cut + 12].strip() else ""
                    if nxt in _AFTER_CLOCK_WORDS or not nxt.isalpha():
                        continue
        if cut > bounds[-1]:
            bounds.append(cut)
            if stop is not None and cut > stop:
                break
    return _cap_sentences(text, bounds)


_CLOCK_ABBREVIATIONS: Final = frozenset({"a.m", "p.m"})
# Words that go on a time's sentence after "a.m." / "p.m.": "at 3 p.m. Monday", "at 10 a.m. GMT".
_AFTER_CLOCK_WORDS: Final = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "gmt", "utc", "local", "et", "est", "edt",
    "pst", "pdt", "cst", "cdt", "mst", "bst", "ist", "cet", "cest", "eastern", "central", "pacific", "mountain", "on",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tomorrow", "yesterday",
})
MAX_SENTENCE_CHARS: Final = 1500


def _cap_sentences(text: str, bounds: list[int]) -> list[int]:
    """Cut run-on 'sentences' (text without punctuation) into pieces of about 1,000 characters.

    Keeps every later step bounded per sentence, so unpunctuated input stays linear in time.
    """
    bounds.append(len(text))
    if all(b - a <= MAX_SENTENCE_CHARS for a, b in zip(bounds, bounds[1:])):
        bounds.pop()
        return bounds
    capped = [0]
    for a, b in zip(bounds, bounds[1:]):
        start = a
        while b - start > MAX_SENTENCE_CHARS:
            cut = max(text.rfind(", ", start + 700, start + 1200), text.rfind(" and ", start + 700, start + 1200))
            if cut < 0:
                cut = text.rfind(" ", start + 700, start + 1200)
            cut = cut + 1 if cut >= 0 else start + 1000
            capped.append(cut)
            start = cut
        if b < len(text):
            capped.append(b)
    return capped


@lru_cache(maxsize=2048)  # a pure function of a head noun; news reuses a small vocabulary
def singular(word: str) -> str:
    """Singular lower-case head noun: 'civilians' -> 'civilian', 'people' -> 'person'."""
    w = word.lower().strip("'\u2019")
    if w.endswith("'s") or w.endswith("\u2019s"):
        w = w[:-2]
    irregular = L.IRREGULAR_SINGULAR.get(w)
    if irregular is not None:
        return irregular
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def _is_plural(word: str) -> bool:
    if word in L.PLURAL_AS_WRITTEN:
        return True
    if word in L.IRREGULAR_SINGULAR and L.IRREGULAR_SINGULAR[word] != word:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "\u2019s")) and len(word) > 3


def _role(head: str | None) -> str:
    if head is not None and (head in L.PERPETRATOR_HEADS or head.endswith("bomber")):
        return "perpetrator"
    return "victim"


class _Sentence:
    """Tokens of one sentence, its number phrases, and the figures found in it."""

    # lazily computed (None until first asked for); declared so that type checkers and mypyc
    # (see the module docstring) see one type each
    _starts: list[int]   # token offsets, computed as far as asked (see _offsets_to)
    _ends: list[int]
    _sentence: Any
    _raw_sentence: Any
    event_date: Any
    _cumulative_cues: Any
    _toll_marks: Any
    _blocked: Any
    _cues: Any

    def raw_sentence(self) -> str:
        """The sentence as it stands in the text (one string, so date lookups can be shared)."""
        if self._raw_sentence is None:
            self._raw_sentence = self.text[self.s:self.e]
        return self._raw_sentence

    def sentence_text(self) -> tuple[str, int]:
        """The sentence without surrounding whitespace, and how much leading space was cut."""
        if self._sentence is None:
            raw = self.text[self.s:self.e]
            stripped = raw.lstrip()
            self._sentence = (stripped.rstrip(), len(raw) - len(stripped))
        return self._sentence

    def start_of(self, k: int) -> int:
        """Offset in the article of token k (a negative k counts from the end, as in a list)."""
        if k < 0:
            k += self.n
        if k >= len(self._starts):
            self._offsets_to(k)
        return self._starts[k]

    def end_of(self, k: int) -> int:
        """Offset in the article just after token k."""
        if k < 0:
            k += self.n
        if k >= len(self._ends):
            self._offsets_to(k)
        return self._ends[k]

    def _offsets_to(self, k: int) -> None:
        """Offsets of the tokens up to k, computed only as far as asked: half the sentences that
        hold a trigger yield no figure, and a figure seldom needs the tokens after it.

        TOKEN_RE skips only whitespace and underscores, and no token starts with either, so each
        token's first occurrence after the previous one is where it was found: a str.find per
        token costs a third of re-running the tokenizer for its spans.
        """
        starts = self._starts
        ends = self._ends
        raw = self.raw
        i = len(starts)
        last = k if k < self.n else self.n - 1
        if i > last:
            return
        pos = ends[i - 1] if i else self.s
        find = self.text.find
        while i <= last:
            token = raw[i]
            pos = find(token, pos)
            starts.append(pos)
            pos += len(token)
            ends.append(pos)
            i += 1

    def __init__(self, text: str, s: int, e: int, all_caps: bool, lowered: str | None = None, pub_year: int = 0,
                 ascii_text: bool = False, pub_month: int = 0):
        self.text = text
        self.s = s
        self.e = e
        self.all_caps = all_caps
        if lowered is not None:
            # most whitespace-separated chunks are one word of letters, taken as they are; the
            # token pattern reads only the rest ("killed,", "(AFP)", "U.S.", "1,200"): no token
            # spans whitespace, and str.split and the pattern's \s agree on what whitespace is.
            # Offsets are computed when needed.
            pattern = _TOKEN_ASCII_RE if ascii_text else _TOKEN_FAST_RE
            raw: list[str] = []
            for chunk in text[s:e].split():
                if chunk.isalpha():
                    raw.append(chunk)
                else:
                    raw.extend(pattern.findall(chunk))
            self.raw = raw
            self.words = "\x00".join(self.raw).lower().split("\x00")
            if len(self.words) != len(self.raw):  # a NUL inside the text: tokenise the slow way
                self.words = [t.lower() for t in self.raw]
            self._starts = []
            self._ends = []
        else:
            self.words, self._starts, self._ends, self.raw = tokenize(text, s, e)
        self.n = len(self.words)
        if "toll" in self.words:
            _mask_non_casualty_tolls(self.words)
        self.wordset = frozenset(self.words)
        if ("civil" in self.wordset or "war" in self.wordset) and _mask_service_words(self.words):
            self.wordset = frozenset(self.words)
        self._sentence = None
        self._raw_sentence = None
        self.date_memo: dict = {}
        self.event_date = None
        self._cumulative_cues = None
        self._toll_marks = None
        self.passive_seen = False
        self.aside: list = []
        self.pub_year = pub_year
        self.pub_month = pub_month
        self.date_count = 0
        self._blocked = None
        self.background_scopes: list[tuple[int, int]] = []  # token ranges an anniversary governs
        self.fronted_scopes: list[tuple[int, int]] = []  # those of them a fronted earlier time governs
        self.quantities: list[Quantity] = []
        self.q_by_start: dict[int, Quantity] = {}
        self.q_by_end: dict[int, Quantity] = {}
        self._find_quantities()
        self._cues = None

    @property
    def blocked(self) -> set[int]:
        """Token indexes inside dates and times, found only when a digit could be a count."""
        if self._blocked is None:
            self._blocked = self._date_tokens()
        return self._blocked

    def _cue_flags(self) -> tuple:
        if self._cues is None:
            self._cues = (self._has_additive_cue(), self._has_background_cue(), self._has_claim_cue())
        return self._cues

    # sentence-level cues, computed when the first figure of the sentence is added
    @property
    def additive(self) -> Any:
        return self._cue_flags()[0]

    @property
    def background(self) -> Any:
        return self._cue_flags()[1]

    @property
    def claim(self) -> Any:
        return self._cue_flags()[2]

    def claim_near(self, tok: int) -> bool:
        """Whether a figure at token tok is a claim: anywhere in a party's claim, or within a
        few words after someone's 'claimed that' (not in a later clause of the sentence)."""
        cue = self.claim
        if cue is True:
            return True
        if not cue:
            return False
        # the claim runs to the end of its clause ("ASALA claimed that there were more than 30
        # fatalities and 102 injuries"), not into a contrast after it
        return any(0 < tok - c <= 16 and not any(w in _CLAIM_ENDS for w in self.words[c + 1:tok]) for c in cue)

    def _has_claim_cue(self) -> bool | list[int]:
        """'The group stated that twelve police were killed': a party's claim, not a report.

        True for a party's claim (the whole sentence), else the positions of anyone's 'claimed
        that' / 'claim they' / 'claimed to have' (figures right after one are claims)."""
        if self.wordset.isdisjoint(_CLAIM_CUE_WORDS):
            return False
        if self.wordset.isdisjoint(_CLAIMANTS) and self.wordset.isdisjoint(_CLAIM_VERBS) and (
                self.wordset.isdisjoint(("its", "our", "group's")) or self.wordset.isdisjoint(_OWN_FIGHTERS)):
            return False
        words = self.words
        anyones: list[int] = []
        for i, w in enumerate(words):
            if w in _CLAIM_VERBS:
                after = words[i + 1:i + 3]
                if "responsibility" in after or "credit" in after:
                    # "claimed responsibility in a text message to reporters, saying the bomber had
                    # killed 20 policemen": what the claimant says it did is its claim
                    # (or "al-Shabaab, which claimed responsibility through its radio station, said it
                    # had killed 'more than 40 apostates'")
                    saying = next((x for x in range(i + 3, min(self.n, i + 14)) if words[x] in _CLAIM_TELLING_GERUNDS or (
                        words[x] == "said" and (words[x - 1] == "who" or (
                            words[x - 1] == "," and i > 0 and words[i - 1] == "which" and x + 1 < self.n and words[x + 1] in ("it", "they", "that"))))), -1)
                    # (or "claimed responsibility through its spokesman, who said 35 police had been killed")
                    if saying > 0 and (words[saying - 1] == "," or words[saying - 2] == ","):
                        anyones.append(saying)
                    continue
                if i > 0 and words[i - 1] in ("is", "was", "are", "were", "been", "be"):
                    continue  # "his condition is stated to be stable": passive, no one's claim
                # the claimant opens the claim's clause: "..., while the Taliban claimed to have
                # killed 14 soldiers" claims only what follows it
                b = i - 1
                while b >= 0 and words[b] not in _CLAIM_CLAUSE_BREAKS:
                    b -= 1
                if any(_claimant_at(words, j) for j in range(b + 1, i)):
                    if b < 0 and not any(words[x] in _CLAIM_CLAUSE_BREAKS for x in range(i + 1, self.n)):
                        return True
                    # (to the end of its clause: "The militants claimed dozens of soldiers were
                    # killed, while the mission said 15 militants were killed")
                    anyones.append(i)
                    continue
                if b < 0 and any(_claimant_at(words, j) for j in range(i)):
                    return True
                if w != "stated" and after and (after[0] == "that" or after[0] in ("it", "they") or after == ["to", "have"] or (
                        # a headline's "Russia claims 600 Ukrainian troops killed in Kramatorsk strike"
                        # (not "a war that has claimed 300,000 lives": the verb of deaths)
                        w in ("claims", "claimed") and (after[0][:1].isdigit() or after[0] in _NUMBER_WORDS_NOT_ARTICLE) and any(
                            x in ("killed", "dead", "wounded", "injured") for x in words[i + 2:i + 6]) and (
                            "lives" not in words[i + 2:i + 4] and "life" not in words[i + 2:i + 4])) or (
                        # "claimed on its radio station to have killed 40 government troops"
                        w in ("claimed", "claims", "claim") and any(words[x:x + 2] == ["to", "have"] for x in range(i + 2, min(self.n, i + 8))))):
                    # "police claimed that the youth was killed in an encounter", "the rebels
                    # claim they killed 130 soldiers", "claimed to have killed": anyone's claim
                    anyones.append(i)
            elif w in ("saying", "stating") and words[i + 1:i + 3] in (["it", "had"], ["it", "has"], ["they", "had"], ["they", "have"], ["he", "had"]) and any(
                    _claimant_at(words, j) or words[j] in ("claimed", "claiming") for j in range(max(0, i - 20), i)):
                # "The movement claimed responsibility ..., saying it had killed 37 police": its claim
                anyones.append(i)
            elif w == "saying" and i > 1 and words[i - 1] == "as" and any(_claimant_at(words, j) for j in range(max(0, i - 8), i - 1)):
                # "DAN quoted a rebel commander as saying that more than 100 soldiers had been killed"
                anyones.append(i)
            elif w in ("said", "says") and (any(_claimant_at(words, j) for j in range(max(0, i - 2), i)) or (
                    # the sentence's subject before an aside: "A rebel spokesman, in a statement posted
                    # on a separatist website, said ..."
                    i > 3 and words[i - 1] == "," and words[2] in ("spokesman", "spokeswoman", "spokesperson", "commander", "leader")
                    and _claimant_at(words, 1)) or (
                    # (or the claimant itself: "The ELN, however, in a statement read over a radio
                    # station, said that its front killed 8 soldiers")
                    i > 3 and words[i - 1] == "," and words[0] == "the" and words[2] == "," and _claimant_at(words, 1)) or (
                    # "A group calling itself Katiba Nasr said on its channel that it had killed 40"
                    "calling" in words[max(0, i - 8):i] and any(_claimant_at(words, j) for j in range(max(0, i - 8), i)))):
                # "the group said in a statement that nine policemen were killed": what follows;
                # not a figure before it ("... killed 20 people, the monitoring group said")
                anyones.append(i)
            elif w == "said" and 2 <= i <= 8 and words[0] in ("a", "an", "the") and words[1] in _PARTY_VOICES and words[2] in ("for", "of") and (
                    "," not in words[:i] and any(words[j] in _ARMED_CLAIMANTS for j in range(3, i))):
                # "A spokesman for the rebel operations room said opposition fighters had ... killed
                # more than 40 soldiers": a party's voice, named after his title
                anyones.append(i)
            if w == "according" and i + 3 < self.n and words[i + 1] == "to" and (_claimant_at(words, i + 2) or _claimant_at(words, i + 3)):
                return True
            if (w in ("its", "our", "group's", "group\u2019s") or (w == "their" and any(_claimant_at(words, j) for j in range(max(0, i - 24), i - 1)))) and (
                    i + 1 < self.n) and words[i + 1] in _OWN_FIGHTERS and any(
                    x in _SOURCE_VERBS or x in ("saying", "stating") for x in words[max(0, i - 16):i]) and (
                    # what its fighters did ("its fighters had killed 30"), or its own losses
                    # told against another account ("denied the figure and said only two of its
                    # combatants died"); not "Azerbaijan says one of its soldiers was killed"
                    any(x in L.KILL_VERBS or x == "inflicted" for x in words[i + 2:i + 5] + (
                        # (or after another verb of theirs: "its fighters had overrun part of the base and killed 37")
                        words[i + 5:i + 12] if words[i + 2:i + 3] == ["had"] and "and" in words[i + 4:i + 10] else [])) and not any(x in L.AUX - {"had", "have", "has"} for x in words[i + 2:i + 4])
                    or "denied" in self.wordset or "denies" in self.wordset or "rejected" in self.wordset):
                # "the group said on its radio station that its fighters had killed more than 30",
                # "said that only two of its combatants died" (the count opens the claim)
                anyones.append(i - 3 if i >= 3 and words[i - 1] == "of" else i)
        if words[0] == "the" and "," in self.wordset:
            # a party named at length, then an aside: "The Liberation Tigers of Tamil Eelam, in a
            # statement on a pro-rebel website, put government losses at 35 dead": what follows is its claim
            c1 = next((x for x in range(2, min(self.n - 2, 9)) if words[x] == ","), -1)
            if c1 > 0 and words[c1 + 1] in ("in", "through", "however") and any(_claimant_at(words, j) for j in range(1, c1)):
                c2 = next((x for x in range(c1 + 2, min(self.n, c1 + 14)) if words[x] == ","), -1)
                if c2 > 0:
                    anyones.append(c2)
        return anyones

    def tells_update(self) -> bool:
        """The sentence has a word of an updated count ("rose", "more", "died"), not the "more"
        of "more than 100", a qualifier."""
        if self.wordset.isdisjoint(_UPDATE_WORDS):
            return False
        words = self.words
        return any(w in _UPDATE_WORDS and not (w == "more" and x + 1 < self.n and words[x + 1] == "than") for x, w in enumerate(words))

    def additive_near(self, a: int, k: int) -> bool:
        """'two other people were also killed': the figure adds to earlier ones."""
        words = self.words
        if self.n > 2 and (words[0] in _FRONTED_ELSEWHERE or (words[0] in ("in", "at") and words[1] in ("a", "another") and words[2] in (
                "separate", "nearby", "neighbouring", "neighboring", "second", "different"))):
            return True  # "Elsewhere in the province, a roadside bomb killed ...", "In a nearby town, ..."
        if self.n > 4 and words[0] == "in" and words[1] == "addition" and words[2] == ",":
            return True  # "In addition, a trooper suffered minor injuries when a pickup clipped his cruiser"
        if self.n > 3 and words[0] in ("a", "an", "another") and not _ANOTHER_INCIDENT_WORDS.isdisjoint(words[1:4]) and (
                not _INCIDENT_NOUNS.isdisjoint(words[1:6])):
            return True  # "A second, unrelated blast at a market in Chakwara injured six people"
        if self.n > 8 and "later" in words[1:5] and words[words.index("later", 1) + 1] == "," and any(
                x in ("hour", "hours", "minutes", "minute") for x in words[:words.index("later", 1)]) and (
                not _INCIDENT_NOUNS.isdisjoint(self.wordset) or not _SECOND_DEVICE_NOUNS.isdisjoint(self.wordset)
                or not _ATTACKERS_NAMED.isdisjoint(self.wordset)) and (
                not self.tells_update()):
            # "Less than an hour later, a suicide bomber detonated explosives ..., killing four",
            # "Less than an hour later, gunmen on a motorcycle shot and wounded a rubber tapper"
            return True
        if self.n > 6 and words[0] == "later" and words[1:4] in (["the", "same", "day"], ["that", "day"], ["that", "night"]) and (
                not _INCIDENT_NOUNS.isdisjoint(self.wordset)) and not self.tells_update():
            return True  # "Later the same day, a minibus struck a roadside bomb, killing four passengers"
        lo = min(a, k)
        if any(words[j] in ("a", "another") and not _ANOTHER_INCIDENT_WORDS.isdisjoint(words[j + 1:j + 3])
               and not _INCIDENT_NOUNS.isdisjoint(words[j + 1:j + 5]) for j in range(max(0, lo - 15), lo)):
            return True  # "Less than an hour after the school was hit, a second strike ... killing five"
        hi = max(a, k)
        if "separate" in self.wordset and any(
                words[j] == "separate" and words[j - 1] in ("a", "an") and words[j - 2] == "in" and not _INCIDENT_NOUNS.isdisjoint(words[j + 1:j + 4])
                for j in range(hi + 1, min(self.n - 1, hi + 6))):
            return True  # 'It said 17 "terrorists" had been killed in a separate air strike on a camp'
        if not self.additive:
            return False
        lo = max(0, min(a, k) - 3)
        hi = min(self.n, max(a, k) + 3)
        return any(self._is_additive_cue(i) for i in range(lo, hi))

    def alternative_before(self, tok: int) -> bool:
        """Another source's estimate: the figure follows 'other sources / some reports' or a
        contrast with a new speaker ('..., but the general mentions 12 killed', '..., while
        residents said at least 20 died')."""
        words = self.words
        if ";" in self.wordset and not self.wordset.isdisjoint(_SOURCE_VERBS):
            semi = next((c for c in range(tok - 1, max(0, tok - 10), -1) if words[c] == ";"), -1)
            if semi > 0 and any(x in _SOURCE_VERBS for x in words[semi + 1:tok]) and any(
                    x in _SOURCE_VERBS or x == "confirmed" for x in words[:semi]):
                return True  # "Police confirmed seven dead; community leaders said dozens had been killed"
        if tok >= 4 and words[tok - 1] == "of" and words[tok - 2] in ("figure", "estimate", "count", "tally", "toll") and (
                words[tok - 3].endswith(("'s", "s'", "\u2019s"))) and any(
                w in _COMPARED_WITH for w in words[max(0, tok - 10):tok - 3]):
            return True  # "34 civilians were wounded, well above the Interior Ministry's figure of 21 injured"
        if self.wordset.isdisjoint(_ALTERNATIVE_CUE_WORDS):
            return False
        if tok >= 1 and words[tok - 1] == "only" and not self.wordset.isdisjoint(_SOURCE_VERBS):
            # "a spokesman for the group told reporters that only five of its fighters had died":
            # a party's smaller count set against the one before
            return True
        if self.wordset.isdisjoint(_ALTERNATIVE_CUE_WORDS_BUT_ONLY):
            return False
        if not self.wordset.isdisjoint(_INDEPENDENT_COUNT_WORDS) and any(
                words[c] in ("count", "tally", "estimate", "toll") and words[c - 1] in _INDEPENDENT_COUNT_WORDS
                and any(x in _SOURCE_VERBS for x in words[c + 1:tok]) for c in range(max(1, tok - 18), tok)):
            return True  # "An independent count by the University Teachers for Human Rights (Jaffna) gave 41 dead"
        for c in range(max(0, tok - 10), tok):
            w = words[c]
            if w in ("sources", "reports", "estimates", "accounts", "account", "report", "estimate") and c > 0 and (
                    # ("another local account said 12 people died")
                    (w in ("account", "report", "estimate") and (words[c - 1] == "another" or (c > 1 and words[c - 2] == "another"))) or
                    words[c - 1] in _OTHER_SOURCE_WORDS or (c > 1 and words[c - 2] in _OTHER_SOURCE_WORDS)):
                return True  # "other sources", "some local sources reported up to 52"
            if w in ("source", "report", "account") and c > 0 and words[c - 1] == "one" and (
                    "another" in words[tok:] or not self.wordset.isdisjoint(_SOURCES_DIFFER_WORDS)):
                # "one source reported seven soldiers killed, while another reported nine wounded",
                # "Sources differ on the number of victims: one report states that nine passengers
                # died": the first of two sources set against the count told before
                return True
            if w == "sources" and c > 0 and words[c - 1] in _SECONDARY_SOURCES and c + 1 < tok and words[c + 1] in _SOURCE_VERBS and (
                    # (not more people: "HOSPITAL SOURCES SAID SOME 40 OTHERS WERE WOUNDED")
                    not _more_people(words, tok) and "others" not in words[tok:tok + 3]) and not any(
                    # (nor the news of a clause after it: "..., police and hospital sources said, and
                    # police recovered the bodies of 27 men")
                    words[x] == "," and words[x + 1] == "and" for x in range(c + 2, tok - 1)):
                return True  # "... killing eight people, the ministry said. Hospital sources said 11 had died"
            if w in _CONTRAST_WORDS and any(x in _SOURCE_VERBS or x in _TALLY_VERBS for x in words[c + 1:min(tok, c + 7)]) and ";" not in words[c + 1:tok] and (
                    # (not the news that adds to it: "But police said another two people died")
                    not _more_people(words, tok)):
                return True
        if words[0] in ("but", "however") and not _more_people(words, tok) and any(
                w in _SOURCE_VERBS for w in words[1:tok]):
            # "But at the city's main hospital, a senior official said the morgue had received 22
            # bodies": another speaker's count set against the one before
            return True
        # "But a doctor at the hospital gave a higher toll, saying it had received seven bodies"
        return any(w in _OTHER_ESTIMATE_WORDS and c + 1 < tok and words[c + 1] in _ESTIMATE_NOUNS for c, w in enumerate(words[:tok]))

    def outdated_before(self, tok: int) -> bool:
        """A first count the sentence itself corrects: 'Officials initially said 25 people had
        been injured but later revised that figure', 'Initial reports said one person died,
        but the toll was later revised to three'."""
        ws = self.wordset
        if "but" in ws and not ws.isdisjoint(_REVISION_WORDS) and any(
                w == "but" and not _REVISION_WORDS.isdisjoint(self.words[x + 1:x + 4]) for x, w in enumerate(self.words[tok + 1:], tok + 1)):
            return True  # "The authority had reported 68 deaths on Saturday night, but lowered the figure to 58"
        words = self.words
        if "had" in ws and ws.isdisjoint(_MORE_DEAD_CUES) and any(
                words[c] == "had" and words[c + 1] in _FIRST_ACCOUNT_VERBS and (c == 0 or words[c - 1] != "it")
                and c + 1 < tok and not any(x in (";", "but") for x in words[c + 2:tok])
                for c in range(max(0, tok - 8), tok - 1)) and (words[0] in L.WEEKDAYS or words[1:2] and words[1] in L.WEEKDAYS):
            return True  # "On Wednesday, officials had said that 265 people were confirmed dead": a count since replaced
        if ("correcting" in ws or "contrary" in ws) and any(
                words[c] in ("correcting", "contrary") and "reports" in words[c + 1:c + 5] for c in range(max(0, tok - 10), tok)):
            return True  # "No one was injured, the coastguard said, correcting earlier reports that two crew members had been treated"
        if "stood" in ws and "had" in ws and any(
                words[c] == "had" and words[c + 1] == "stood" and words[c + 2] == "at" and c + 3 == tok and c >= 1 and words[c - 1] in (
                    "count", "toll", "tally", "figure", "number") for c in range(max(0, tok - 4), tok - 2)):
            return True  # "The council's count had stood at 22 dead on Sunday night": a count since raised
        if not ws.isdisjoint(("saying", "reporting", "stating")) and any(
                words[c] in ("earlier", "initially", "previously", "originally") and words[c + 1] in ("saying", "reporting", "stating")
                for c in range(max(0, tok - 5), tok - 1)):
            return True  # "lowered the death toll ... to 31, after earlier saying 38 people had died": the first account
        if ws.isdisjoint(_OUTDATED_CUES) and "early" not in ws:
            return False
        if any(words[c] in ("initially", "originally") and (words[c + 1] in _FIRST_ACCOUNT_VERBS or (
                words[c + 1] == "been" and c + 2 < self.n and words[c + 2] in _FIRST_ACCOUNT_VERBS))
               for c in range(max(0, tok - 6), min(self.n - 1, tok + 6))):
            return True  # "Municipal police had initially reported 12 dead, but ...": a first account
        if any(words[c] in ("initially", "originally") and words[c + 1] in ("left", "killed") for c in range(max(0, tok - 4), tok)):
            return True  # "The explosion ... initially left 24 people dead and 61 injured": the count since raised
        if "had" in ws and not ws.isdisjoint(_EARLIER_ACCOUNT_NOUNS):
            # "An earlier statement from the ministry had put the number of dead at five": an
            # account the article has since replaced (its own count is told before)
            for c in range(max(0, tok - 14), tok):
                if words[c] in _OUTDATED_CUES and c + 1 < tok and (words[c + 1] in _EARLIER_ACCOUNT_NOUNS or (
                        c + 2 < tok and words[c + 2] in _EARLIER_ACCOUNT_NOUNS)) and "had" in words[c + 2:tok]:
                    return True
        revised = not ws.isdisjoint(_REVISION_WORDS)
        if revised:
            for c in range(max(0, tok - 6), tok - 1):
                if words[c] in _REVISION_WORDS and words[c + 1] in ("an", "the", "its", "their", "his", "her") and (
                        words[c + 2] in _OUTDATED_CUES) and any(x in _EARLIER_ACCOUNT_NOUNS for x in words[c + 3:tok]):
                    return True  # "... killed 68 people, the ministry said, revising an earlier figure of 114 dead"
        c = self._first_account_cue(tok)
        if c >= 0:
            # the correction comes after the first count ("Initial reports spoke of several
            # soldiers killed, but the ministry said that no soldiers had died")
            if revised and any(x in _REVISION_WORDS for x in words[tok + 1:]):
                return True
            but = next((x for x in range(tok + 1, self.n) if words[x] == "but"), -1)
            # (not the news of more: "..., but rescuers found two more bodies")
            return but > 0 and (any(x in ("no", "none", "nobody") for x in words[but + 1:]) or any(
                start > but and not _more_people(words, start) for start in self.q_by_start))
        return False

    def _first_account_cue(self, tok: int) -> int:
        """Where a first account's cue opens before the count at tok ('Initial reports said',
        'Early reports on state radio said'), else -1."""
        words = self.words
        for c in range(max(0, tok - 12), tok):
            if (words[c] in _OUTDATED_CUES or (words[c] == "early" and not _EARLIER_ACCOUNT_NOUNS.isdisjoint(words[c + 1:c + 3]))) and any(
                    x in _SOURCE_VERBS or x == "reports" for x in words[c:tok]):
                return c
        return -1

    def first_account(self, tok: int) -> bool:
        """The count at tok is a first account the sentence does not correct ('Initial police
        reports said 18 people had been killed.'): a later count in the article may replace it."""
        if self.wordset.isdisjoint(_OUTDATED_CUES) and "early" not in self.wordset:
            return False
        return self._first_account_cue(tok) >= 0

    def sums_up(self) -> bool:
        """'In all, more than 50 people were wounded', 'Altogether 15 people died': the figure
        sums up the counts before it. ('A total of 227 people were killed in urban violence' is
        left out: it as often opens another count, a month's or a region's.)"""
        ws = self.wordset
        if ws.isdisjoint(("all", "total", "altogether", "overall")):
            return False  # (cheap: most sentences have none of them)
        words = self.words
        first = words[0] if words[0] not in ("and", "but", "so") else (words[1] if self.n > 1 else "")
        opener = 1 if first != words[0] else 0
        # (not "In all the confusion, ...")
        if any(w == "in" and words[i + 1] == "all" and (i + 2 >= self.n or words[i + 2] in (",", ".", ";", ":"))
               and i >= 2 and words[i - 1] in ("lives", "people", "dead", "deaths", "killed", "fatalities")
               for i, w in enumerate(words[:-1])):
            return True  # "the monitor said Tuesday's fighting had cost 31 lives in all, ..."
        if "total" in ws and any(w == "total" and words[i + 1] == "of" and i > 0 and (
                words[i - 1].endswith(("-day", "-hour")) or words[i - 1] in ("day's", "week's", "weekend's", "night's", "combined", "overall"))
                for i, w in enumerate(words[:-1])):
            return True  # "the two-day total of at least 38 deaths": the sum of the counts told
        return first in ("altogether", "overall") or (first == "in" and words[opener + 1:opener + 2] in (["all"], ["total"]) and (
            opener + 2 < self.n and words[opener + 2] not in _DETERMINERS_AFTER_IN_ALL))

    def _has_additive_cue(self) -> bool:
        if self.wordset.isdisjoint(_ADDITIVE_CUE_WORDS):
            return False
        return any(self._is_additive_cue(i) for i in range(self.n))

    def _is_additive_cue(self, i: int) -> bool:
        """words[i] says the figure comes on top of others ('also', 'more'), but not in
        'more than' (a qualifier) or 'other sources' (an alternative estimate)."""
        w = self.words[i]
        if w not in L.ADDITIVE_CUES:
            return False
        following = self.words[i + 1] if i + 1 < self.n else ""
        if w == "more" and following == "than":
            return False
        if i == 2 and w in ("second", "third", "fourth") and self.words[0] in ("in", "at") and self.words[1] == "the" and (
                _THE_FIRST_RE.search(self.text, 0, self.s) is not None):
            return False  # "IN THE SECOND, FOUR PERSONS WERE SHOT DEAD" after "IN THE FIRST INCIDENT": an item of "TWO INCIDENTS" told before
        return not (w == "other" and following in ("sources", "reports", "source", "report"))

    def _has_background_cue(self) -> list[int] | bool:
        """Where the sentence recalls an earlier event: 'two weeks ago', 'last year', 'in 1994'.

        Returns True for the whole sentence ('the anniversary of the death of'), else the token
        positions of the cues (figures near one of them are background), or an empty list.
        """
        has_year = bool(self.pub_year) and _YEAR_RE.search(self.text, self.s, self.e) is not None
        words = self.words
        if "since" in self.wordset and not self.wordset.isdisjoint(("mark", "marks", "marked", "marking")) and any(
                w in ("years", "months") and i + 1 < self.n and words[i + 1] == "since" for i, w in enumerate(words)):
            return True  # "Families of the 29 men killed ... gathered to mark ten years since the disaster"
        if "had" in self.wordset and self.wordset.isdisjoint(_RELATIVE_DAY_WORDS) and ("testified" in self.wordset or ("told" in self.wordset and not self.wordset.isdisjoint(("court", "tribunal", "jury")))) and any(
                w in ("told", "testified") and (i + 2 < self.n and (words[i + 1:i + 3] in (["the", "court"], ["the", "tribunal"], ["the", "jury"]) or w == "testified"))
                for i, w in enumerate(words)):
            return True  # "A survivor told the court he had watched soldiers kill his mother": a witness's account of the past
        # a clause's fronted time phrase: the sentence's, or one after a semicolon or colon ("It
        # was the third attack this year; in March a mortar bomb killed four officers")
        for b in [0] + ([j + 1 for j, w in enumerate(words) if w in (";", ":")] if ";" in self.wordset or ":" in self.wordset else []):
            if self.n - b > 3 and (words[b] in ("in", "during", "last", "earlier") or words[b + 1] in ("years", "months")
                                   or not _FRONTED_EARLIER.isdisjoint(words[b + 1:b + 4]) or words[b + 1] in ("previous", "preceding")):
                self._fronted_time_scope(b)
        ws = self.wordset
        # (a month named for an attack: "a suicide bombing in the city in October killed 20")
        has_month = bool(self.pub_month) and not ws.isdisjoint(_MONTH_NUMBER) and (
            not ws.isdisjoint(_INCIDENT_NOUNS) or words[0] in _PLURAL_EVENT_NOUNS)
        if ws.isdisjoint(_BACKGROUND_CUE_WORDS) and not has_year and not has_month and not (
                "after" in ws and not ws.isdisjoint(_AFTER_UNITS)):
            return []
        if not has_year and not has_month and ws.isdisjoint(_BACKGROUND_CUE_WORDS_BUT_SINCE) and ws.isdisjoint(_RANKING_WORDS) and not (
                "after" in ws and not ws.isdisjoint(_AFTER_UNITS)):
            return []  # "since" alone is read by the cumulative rules; here only after a ranking
        cues: list[int] = []
        for i, w in enumerate(words):
            if w not in _BACKGROUND_LOOP_WORDS and not (has_year and len(w) == 4 and w[0] in "12") and not (
                    has_month and w in _MONTH_NUMBER):
                continue  # most words are none of the cues below
            if has_month and w in _MONTH_NUMBER and _attack_in_other_month(self, i):
                cues.append(i)
                rel = i + 2 if i + 2 < self.n and words[i + 1] == "," else i + 1
                if rel + 1 < self.n and (words[rel] in ("which", "when") or words[rel:rel + 2] == ["in", "which"]):
                    # the attack's relative clause to its end: "... in March, in which 19 people
                    # were killed and about 60 wounded"
                    end = next((j for j in range(rel, self.n) if words[j] in (";", ":")), self.n)
                    self.background_scopes.append((rel, end))
                continue
            if w in ("recent", "previous", "earlier", "prior", "similar", "last", "separate") and any(
                    x in _EVENT_NOUNS for x in words[i + 1:i + 4]) and not (
                    # (not today's news: "23 PEOPLE DIED LAST NIGHT WHEN A BUS PLUNGED INTO A
                    # RAVINE", "earlier this morning, when")
                    w in ("last", "earlier") and next(x for x in words[i + 1:i + 4] if x in _EVENT_NOUNS) in _TIME_OF_DAY):
                # "a recent bomb attack on a restaurant in West Berlin in which 25 people were
                # injured": the relative clause, however far from the cue, tells the earlier event
                rel = next((j for j in range(i + 2, min(self.n, i + 16)) if words[j] in ("which", "when", "where", "that")), -1)
                if rel >= 0 and w == "separate" and "," in words[i + 1:rel]:
                    rel = -1  # "In a separate incident on Wednesday, three soldiers were hurt when ...": today's news
                if rel >= 0:
                    cues.append(i)
                    cues.append(rel)
                elif w == "last" and words[i + 1] in _LAST_SPAN_WORDS and words[i + 1] != "week":
                    # "Last month's bombing of the market killed 30 people" (but "wounded in a clash
                    # last week succumbed ... on Monday" is the news)
                    cues.append(i)
                elif w == "last" and words[i + 1] == "week" and (i == 0 or words[i - 1] not in ("the", "this")) and (
                        i + 2 >= self.n or words[i + 2] != "of"):  # (not "in the last week of June")
                    # the clause it ends: "the same column had murdered 3 peasant authorities in the
                    # nearby hamlet last week" (not a verb after it, "hurt ... last week succumbed")
                    b = next((x + 1 for x in range(i - 1, -1, -1) if words[x] in (",", ";", ":", "that", "which", "who", "when")), 0)
                    self.background_scopes.append((b, i + 2))
            elif w == "ago" and i > 0 and words[i - 1] in ("weeks", "months", "years", "week", "month", "year"):
                cues.append(i)
            elif w in ("follows", "followed") and i > 0 and words[i - 1] not in L.AUX and words[i + 1] != "by" and any(x in _EVENT_NOUNS or x in _DATED_EVENT_NOUNS for x in words[i + 1:i + 5]):
                # "The fighting follows Saturday's rocket attack on Mariupol, which killed 30
                # people": the attack the news came after, its relative clause to its end
                rel = next((j for j in range(i + 2, min(self.n, i + 16)) if words[j] in ("which", "that")), -1)
                if rel >= 0:
                    end = rel + 1
                    while end < self.n and words[end] not in (";", ":") and not (words[end] == "," and end + 1 < self.n and words[end + 1] in ("while", "but")):
                        end += 1
                    self.background_scopes.append((rel, end))
            elif w == "recalled" and i + 1 < self.n and words[i + 1] == "that" and (i == 0 or words[i - 1] not in ("be", "been", "was", "were", "is")) or (
                    w == "recalled" and i >= 2 and words[i - 2:i] == ["will", "be"]):
                # "THE COMMAND RECALLED THAT ON 2 OCTOBER A SIMILAR GROUP MURDERED SIX PEASANTS",
                # "IT WILL BE RECALLED THAT ...": the clause after it tells an earlier event
                self.background_scopes.append((i + 1, self.n))
            elif w in ("funeral", "burial", "memorial") and i + 1 < self.n and words[i + 1] in ("of", "for", "procession", "service"):
                # "the funeral procession of X, who was killed a day earlier": the relative
                # clause tells the earlier death
                rel = next((j for j in range(i + 2, min(self.n, i + 20)) if words[j] == "who"), -1)
                if rel >= 0:
                    self.background_scopes.append((i + 1, min(self.n, rel + 12)))
            elif w in ("anniversary", "commemorate", "commemorating", "remembrance"):
                # "on the anniversary of the massacre of 30 villagers": the words it governs, up
                # to a comma or a finite verb ("... of independence killed three" is today's news)
                # (through a relative clause: "the anniversary of the massacre in which soldiers
                # killed 47 villagers")
                j = i + 1
                relative = False
                while j < self.n and words[j] not in (",", ";", ".", ":", "(") and not (
                        j > i + 1 and words[j] in _VERB_TRIGGERS and words[j - 1] not in ("the", "of", "a") and not relative):
                    relative = relative or words[j] in ("which", "whom")
                    j += 1
                if j > i + 1:
                    self.background_scopes.append((i + 1, j))
            elif w in ("last", "previous", "earlier") and i + 1 < self.n and words[i + 1] in _LAST_SPAN_WORDS:
                cues.append(i)  # "last year", "Last year's monsoon killed 455 people"
            elif w == "last" and i + 1 < self.n and words[i + 1] in _MONTH_NUMBER and words[i + 1] != "may" and i > 0:
                # "the explosion at the plant last October that killed 12 workers": an earlier event
                cues.append(i)
                if i + 2 < self.n and words[i + 2] in ("that", "which", "when"):
                    end = i + 3
                    while end < self.n and words[end] not in (",", ";"):
                        end += 1
                    self.background_scopes.append((i + 2, end))
            elif w == "earlier" and i + 2 < self.n and words[i + 1] == "this" and words[i + 2] in ("year", "month"):
                cues.append(i)
            elif w == "since" and _ranking_since(words, i):
                # "the deadliest school shooting since a gunman killed 26 people at Sandy Hook in
                # 2012": what a ranking measures against is earlier
                # (fronted, "In the first attack since a massacre in 1997, militants killed four",
                # it ends at the comma)
                end = self.n
                if i < 8:
                    end = next((j for j in range(i + 1, self.n) if words[j] == ","), self.n)
                    if end + 1 < self.n and words[end + 1] in ("when", "which", "where"):
                        end = self.n  # "the deadliest attack since January, when a bomber killed 80"
                self.background_scopes.append((i + 1, end))
            elif w == "recently" and i + 1 < self.n and words[i + 1] in _VERB_TRIGGERS:
                cues.append(i)  # "soldiers who recently slew nearly 170 terrorists": an earlier deed
            elif w == "after" and i >= 3 and (words[i - 1] in ("days", "weeks", "months", "week", "month", "years") or (
                    # ("The strike came a day after a barrage ... killed 19 people")
                    words[i - 1] == "day" and words[i - 2] in ("a", "one"))):
                # (not "Just days after a chemical attack a woman was killed": that opens the news)
                # "days after a bombing killed more than 120 evacuees", "1 day after the attack,
                # which resulted in seven injured": the clause tells the earlier event
                # "The derailment comes a week after 14 people were killed when a goods train
                # rammed ...": a count told as the after-clause's own subject
                counted_after = i + 2 < self.n and (words[i + 1][:1].isdigit() or words[i + 1] in _NUMBER_WORD_STARTS) and any(
                    x in L.KILL_PARTICIPLES or x in L.KILL_INTRANSITIVE or x in L.INJURE_PARTICIPLES for x in words[i + 2:i + 6])
                e = i if counted_after else next((x for x in range(i + 1, min(self.n - 1, i + 8)) if words[x] in _EVENT_NOUNS or words[x] in _DATED_EVENT_NOUNS
                          or words[x] in _PLURAL_EVENT_NOUNS
                          # ("two days after a roadside bomb killed three soldiers")
                          or (words[x + 1] in _VERB_TRIGGERS or words[x + 1] in _STRUCK_VERBS) and (
                              words[x] in _ATTACK_HEADS_PLURAL or words[x] in _WEAPON_SUBJECTS)), -1)
                if e > i and words[e + 1] not in _VERB_TRIGGERS and words[e + 1] not in ("that", "which", "in"):
                    # "a week after two days of riots between rival communities in which 31 people
                    # were killed": the event's relative clause a few words on
                    rel = next((x for x in range(e + 2, min(self.n, e + 11)) if words[x] in ("which", "that") or words[x] in _CLAUSE_BREAK_WORDS), -1)
                    if rel >= 0 and words[rel] in ("which", "that"):
                        e = rel - 1
                if e < 0:
                    # "two days after the same group had killed nine soldiers", "a week after the
                    # FARC ambushed an elite army battalion ..., killing at least 62 soldiers": an
                    # after-clause's own subject and verb
                    x = i + 1
                    while x < self.n - 2 and x - i <= 8 and words[x].isalpha() and words[x] not in L.AUX and words[x] not in _VERB_TRIGGERS and (
                            words[x] not in _AFTER_CLAUSE_ATTACK_VERBS):
                        x += 1
                    if x > i + 2 and words[x] == "had" and words[x + 1] in _VERB_TRIGGERS:
                        e = x
                    elif x > i + 1 and words[x] in _AFTER_CLAUSE_ATTACK_VERBS and words[x - 1] not in ("the", "a", "an"):
                        e = x - 1
                    elif x > i + 2 and words[x] in _VERB_TRIGGERS and words[x - 1] not in ("the", "a", "an"):
                        e = x - 1  # "a week after a car bomb in Madrid wounded 12 people": its subject, then its verb
                if e >= 0 and (e == i or words[e + 1] in _VERB_TRIGGERS or words[e + 1] in ("that", "which", "in") or words[e + 1] in _AFTER_CLAUSE_ATTACK_VERBS or (
                        # ("a week after a missile hit a market in the capital, killing 27 people")
                        words[e + 1] in _STRUCK_VERBS and words[e] in _WEAPON_SUBJECTS)):
                    # (the recalled event is the after-clause's subject: "after a bombing killed";
                    # not "days after a chemical attack a woman was killed", the news itself)
                    # (to the clause's end: through an aside to its verb, "after an operation in
                    # Vila Aurora, in the West Zone, left 27 people dead")
                    j = i + 1
                    while j < self.n and words[j] not in (";", ":") and not (words[j] == "," and j + 1 < self.n and words[j + 1] not in (
                            "which", "who", "in", "that", "left", "leaving") and words[j + 1] not in _VERB_TRIGGERS):
                        j += 1
                    self.background_scopes.append((i + 1, j))
            elif (has_year and len(w) == 4 and w.isdecimal() and 1900 <= int(w) < self.pub_year and i + 2 < self.n
                  and (words[i + 1] == "when" or (words[i + 1] == "," and words[i + 2] == "when"))):
                # "was in June 2006, when ... floods killed three people": the when-clause is then
                self.background_scopes.append((i + 1, self.n))
                cues.append(i)
            elif (has_year and len(w) == 4 and w.isdecimal() and 1900 <= int(w) < self.pub_year and i > 0 and words[i - 1] in ("the", "a")
                  and i + 1 < self.n and (words[i + 1] in _EVENT_NOUNS or words[i + 1] in _DATED_EVENT_NOUNS or words[i + 1] == "downing")
                  and any(x in ("which", "when") for x in words[i + 2:i + 16])):
                # "convicted ... over the 2014 downing of flight MH17, in which all 298 people on
                # board were killed": the event the year names, its relative clause to its end
                rel = next(j for j in range(i + 2, min(self.n, i + 16)) if words[j] in ("which", "when"))
                end = next((j for j in range(rel, self.n) if words[j] in (";", ":")), self.n)
                self.background_scopes.append((rel, end))
                cues.append(i)
            elif (has_year and len(w) == 4 and w.isdecimal() and 1900 <= int(w) < self.pub_year and i > 0 and words[i - 1] in ("in", "and")
                  and any(x in ("that", "which") for x in words[i + 1:i + 12])):
                # "hit by a wave of bombings in 2015 and 2016, some claimed by IS, that killed
                # hundreds": the relative clause tells that earlier time
                cues.append(i)
                rel = next(j for j in range(i + 1, min(self.n, i + 12)) if words[j] in ("that", "which"))
                self.background_scopes.append((rel, self.n))
            elif (has_year and len(w) == 4 and w.isdecimal() and 1900 <= int(w) < self.pub_year
                  and i > 0 and (words[i - 1] in ("in", "during", "of", "late", "early", "mid") or words[i - 1] in L.MONTHS
                                 # "the 2015 floods, which killed over 400": a dated event
                                 # ("The 2017 Grenfell Tower fire killed 72 people": a name between)
                                 or (words[i - 1] in ("the", "a", "an") and i + 1 < self.n and any(
                                     x in _EVENT_NOUNS or x in _DATED_EVENT_NOUNS for x in words[i + 1:i + 4])))):
                cues.append(i)  # "in 1994", "in late 1987"
                if words[i - 1] in ("the", "a", "an"):
                    # "a 2017 attack on a mosque, in which 29 were killed": its relative clause too
                    # (however long the event's name: "a 2016 assault on a university college in
                    # the east of the country, in which gunmen left 88 people dead")
                    rel = next((j for j in range(i + 2, min(self.n, i + 16)) if words[j] in ("which", "when", "that")), -1)
                    if rel >= 0:
                        # to the clause's end ("..., a man threw a grenade" is today's news)
                        end = rel + 1
                        while end < self.n and words[end] not in (",", ";"):
                            end += 1
                        self.background_scopes.append((rel, end))
                    elif i <= 2:
                        # "The 2018 attack, claimed by IS, also wounded more than 100": its subject
                        self.background_scopes.append((i, self.n))
                elif i + 2 < self.n and words[i + 1] == "," and words[i + 2].endswith("ing") and words[i + 2] in _VERB_TRIGGERS:
                    # "ploughed into traffic in 2022, killing a mother and her two children and
                    # seriously injuring her partner": the participle clause tells that time
                    self.background_scopes.append((i + 1, self.n))
        # a cue inside an "after ..." clause dates that clause, not the main one
        return [c for c in cues if not any(x in ("after", "since", "following") for x in words[max(0, c - 8):c])] or (
            [c + 1000 for c in cues] if cues else [])

    def _fronted_time_scope(self, b: int = 0) -> None:
        """'In 2005, a similar bombing on the same road killed 22 people', 'Last month, ...',
        'In January, ...': a time phrase fronted before a comma dates the whole clause after it
        (the clause starting at token b)."""
        words = self.words
        c = next((j for j in range(b + 1, min(self.n, b + 7)) if words[j] == ","), -1)  # ("In a separate incident last month,")
        if c < 0 and words[b] == "in" and len(words[b + 1]) == 4 and words[b + 1].isdigit():
            c = b + 2  # "In 2014 a massive explosion ... led to two deaths": a year needs no comma
        elif c < 0 and words[b] == "in" and words[b + 1] in _MONTH_NUMBER and (self.all_caps or self.raw[b + 1][:1].isupper()) and (
                self.n > b + 2 and not words[b + 2][:1].isdigit()):
            c = b + 2  # "In May more than 60 civilians were killed" (scraped text loses the comma)
        elif c < 0 and words[b] == "in" and words[b + 1] in _MONTH_NUMBER and self.n > b + 3 and len(words[b + 2]) == 4 and words[b + 2].isdigit():
            c = b + 3  # "in March 2014 a car bomb at the same market killed 22 people"
        if c < 0:
            return
        phrase = words[b:c]
        earlier = False
        years = [int(w) for w in phrase if len(w) == 4 and w.isdecimal()]
        if years:
            earlier = bool(self.pub_year) and 1900 <= years[0] < self.pub_year
        elif phrase[0] == "in" and phrase[-1] in _MONTH_NUMBER and self.pub_month:
            earlier = _MONTH_NUMBER[phrase[-1]] != self.pub_month  # a later month is last year's
        elif (phrase[0] in ("last", "earlier") or (len(phrase) >= 3 and phrase[-2] == "last")) and phrase[-1] in ("year", "month", "week"):
            earlier = True  # "Last month,", "Earlier this year,", "Last week,", "In November last year,"
        elif len(phrase) == 3 and phrase[1] in ("previous", "preceding") and phrase[2] in ("week", "month", "year"):
            earlier = True  # "The previous week, a similar attack killed three teachers"
        elif phrase[-1] == "ago" and len(phrase) >= 3 and phrase[-2] in ("years", "months", "year", "month"):
            earlier = True
        elif phrase[-1] in _FRONTED_EARLIER and len(phrase) >= 2 and phrase[-2] in _SPAN_UNITS:
            # "A week earlier, the army had killed 15 rebels" (but "Two days ago, ..." may be the
            # same news, within the record's window, unless a pluperfect sets it before: "Two days
            # earlier, militants from the same group had killed eight members of another committee")
            earlier = phrase[-2] not in ("day", "days") or (phrase[-1] == "earlier" and "had" in words[c:c + 10])
        elif phrase == ["earlier"] and "had" in words[c:c + 8]:
            earlier = True  # "Earlier, militants had killed eight members of another committee"
        if not earlier:
            return
        end = next((j for j in range(c + 1, self.n) if words[j] in (";", "but", "while", "whereas")), self.n)
        self.background_scopes.append((c + 1 if words[c] == "," else c, end))
        self.fronted_scopes.append(self.background_scopes[-1])

    def in_fronted_scope(self, a: int, k: int) -> bool:
        """Whether tokens a..k lie inside a clause a fronted earlier time governs ('In March, a
        mortar bomb killed four officers', '...; last year, floods killed 30 people')."""
        if self._cues is None:
            self._cue_flags()  # (the scopes are found with the sentence's cues)
        lo, hi = min(a, k), max(a, k)
        return any(start <= lo and hi < end for start, end in self.fronted_scopes)

    def _dated_after_clause(self, c: int, lo: int, hi: int) -> bool:
        """The year cue at c is inside an "after" clause that holds the count at lo..hi: "has
        recorded 165 homicides so far this year ... after a record 302 homicides in 2021"."""
        a = next((x for x in range(c - 1, max(-1, c - 9), -1) if self.words[x] in ("after", "following")), -1)
        return 0 <= a < lo <= c <= hi + 8 and self.words[c][:1].isdigit()

    def earlier_year_after_clause(self, a: int, k: int) -> bool:
        """A count inside an "after" clause with its own earlier year (see _dated_after_clause)."""
        cues = self.background
        if not isinstance(cues, list):
            return False
        lo, hi = min(a, k), max(a, k)
        return any(c >= 1000 and self._dated_after_clause(c - 1000, lo, hi) for c in cues)

    def background_near(self, a: int, k: int) -> bool:
        cues = self.background
        if cues is True:
            return True
        lo, hi = min(a, k), max(a, k)
        for start, end in self.background_scopes:
            if start <= lo and hi < end:
                return True  # inside what "the anniversary of ..." governs
        if not cues:
            return False
        for c in cues:
            if c >= 1000:
                if self._dated_after_clause(c - 1000, lo, hi):
                    return True
                continue
            if lo - 8 <= c <= hi + 8:
                return True
            if hi + 8 < c <= hi + 16 and (self.words[c].isdigit() or self.words[c] in ("ago", "last")) and not any(
                    w in _CLAUSE_BREAK_WORDS for w in self.words[hi + 1:c]):
                # "killed 28 soldiers during an ambush in the same area in late 1987", "the 64
                # miners killed in the collapse of the Kambo copper mine five years ago", "had
                # murdered 3 peasant authorities in the nearby hamlet of Chupaca Alto last week"
                return True
            if hi + 8 < c <= hi + 32 and self.words[c].isdigit() and self._killed_then(hi, c):
                return True
        return False

    def _killed_then(self, hi: int, c: int) -> bool:
        """'the remains of 32 people, including 19 children, who survivors say were killed by
        soldiers in 1982': the people's relative clause dates their death by the year at c."""
        words = self.words
        who = next((x for x in range(hi + 1, min(c, hi + 14)) if words[x] == "who"), -1)
        return who >= 0 and not any(w in (";", ":") for w in words[hi + 1:c]) and any(
            w in L.KILL_PARTICIPLES or w in L.KILL_INTRANSITIVE for w in words[who + 1:who + 7]) and c - who <= 16

    # --- number phrases ---------------------------------------------------------------------
    def _date_tokens(self) -> set[int]:
        """Token indexes inside dates and times (never casualty counts)."""
        if _date_spans is None:
            return set()
        sentence = self.raw_sentence()
        if _DIGIT_RE.search(sentence) is None:
            return set()
        spans = _date_spans(sentence, self.date_memo)
        self.date_count = len(spans)
        if not spans:
            return set()
        blocked: set[int] = set()
        starts = self._starts
        for a, b in spans:
            a += self.s
            b += self.s
            while len(starts) < self.n and (not starts or starts[-1] < b):
                self._offsets_to(len(starts) + 7)  # offsets only as far as this date
            i = bisect_right(starts, a - 1)
            while i < len(starts) and starts[i] < b:
                blocked.add(i)
                i += 1
        return blocked

    def _find_quantities(self) -> None:
        words = self.words
        n = self.n
        ws = self.wordset
        if (ws.isdisjoint(_NUMBER_WORDS_NOT_ARTICLE) and (ws.isdisjoint(_A_MULTIPLIERS) or ws.isdisjoint(("a", "an")))
                and _ASCII_DIGIT_RE.search(self.text, self.s, self.e) is None
                and (self.text.find("-", self.s, self.e) < 0 or not any(
                    w.partition("-")[0] in _NUMBER_WORD_STARTS for w in ws if "-" in w))):
            return  # no number in the sentence (about a third of those with a trigger)
        # candidate starts in one comprehension; "a"/"an" only before a multiplier ("a dozen")
        candidates = [i for i, w in enumerate(words)
                      if w[0] in _DIGIT_CHARS or (w in _NUMBER_WORD_STARTS and (w not in ("a", "an") or (
                          i + 1 < n and words[i + 1] in _A_MULTIPLIERS))) or ("-" in w and w.partition("-")[0] in _NUMBER_WORD_STARTS)]
        if not candidates:
            return
        covered = -1
        for i in candidates:
            if i < covered or (words[i][0] in _DIGIT_CHARS and i in self.blocked):
                continue
            if (words[i][0] in _DIGIT_CHARS and i >= 1 and len(words[i - 1]) <= 3 and self.raw[i - 1][:1].isupper()
                    and self.text[self.start_of(i) - 1:self.start_of(i)].isalpha()):
                continue  # "the M6", "an F16", "the A320": a code joined to its letters
            if words[i][0] in _DIGIT_CHARS and i >= 2 and (
                    (words[i - 1] == "-" and words[i - 2].isalpha() and self.raw[i - 2][:1].isupper()
                     # joined, "MI-1630", "Su-24"; not a dateline's "KABUL - 24 people"
                     and self.text[self.start_of(i) - 2:self.start_of(i)] == self.raw[i - 2][-1:] + "-")
                    or words[i - 1] in ("plate", "plates", "no", "number", "#", "flight", "model")
                    or (not self.all_caps and len(self.raw[i - 1]) >= 2 and self.raw[i - 1].isupper() and self.raw[i - 1].isalpha()
                        and words[i - 1] not in _TRIGGER_KIND)):
                continue  # "license plates MI-1630", "flight No 447", "Boeing 737 MAX 8": a code, not a count
            if i >= 2 and words[i - 1] in ("between", "from") and words[i - 2] in ("aged", "ages", "ranging"):
                covered = i + 3  # "54 people aged between 15 and 76": ages, not a count (the second one too)
                continue
            q = self._quantity_at(i)
            if q is None:
                continue
            self.quantities.append(q)
            self.q_by_start[q.start] = q
            self.q_by_end[q.np_end] = q
            covered = max(q.np_end, i + 1)

    def _both_amount(self, i: int) -> Amount | None:
        """'Both occupants of the first car were pronounced dead': two people (not 'both sides',
        'both legs', nor the object of a preposition, 'from both vehicles')."""
        words = self.words
        if i + 1 >= self.n or (i > 0 and (words[i - 1] in _PP_STARTERS or words[i - 1] == ",")):
            return None  # (nor an aside: "the bodies of two hostages, both schoolteachers, were found")
        nxt = words[i + 1]
        if not _is_plural(nxt) or nxt in L.NOT_PEOPLE or nxt in _NOT_PEOPLE_PAIRS or nxt in L.BODY_PARTS or (
                singular(nxt) in _EVENT_NOUNS or singular(nxt) in _THING_NOUNS) or "and" in words[i + 2:i + 5]:
            return None  # (nor "killing both policemen and civilians": both kinds of people)
        return Amount(2, i + 1, None)

    def _quantity_at(self, i: int) -> Quantity | None:
        words = self.words
        n = self.n
        w = words[i]
        if w == "many" and i > 0 and words[i - 1] in ("how", "so", "too"):
            return None  # "it is unclear how many were killed": no number at all
        rng = range_token(w) if w[0].isdigit() else None
        low: Any  # an int, or None for "about" / "up to"
        high: Any
        if rng is not None:
            low, high = rng
            num_end = i + 1
            best = low
            vague = None
            qualifier = "range"
        else:
            amt = self._both_amount(i) if w == "both" else parse_amount(words, i)
            if amt is None:
                return None
            best = amt.value
            num_end = amt.end
            vague = amt.vague
            low, high, qualifier = best, best, ("vague" if vague else "exact")
            if vague:
                high = None
            # ranges: "between 10 and 15", "10 to 15", "two or three", "10-15"
            if num_end + 1 < n and words[num_end] in ("to", "or", "and", "-", "\u2013") and not vague:
                if words[num_end] != "and" or (i > 0 and words[i - 1] == "between"):
                    second = parse_amount(words, num_end + 1) if (num_end + 1 not in self.blocked) else None
                    if second is not None and second.vague is None and second.value > best and (words[num_end] != "to" or second.value < best * 20 + 10):
                        low, high, qualifier = best, second.value, "range"
                        num_end = second.end
                    elif words[num_end] == "or" and words[num_end + 1] == "more":
                        high, qualifier = None, "at_least"
                        num_end += 2
        if i >= 1 and words[i - 1] in ("aged", "ages"):
            return None  # "aged four", "ages 37 and 42"
        if i >= 3 and words[i - 1] in ("and", ",", "to", "or") and (w[0].isdigit() or w in _NUMBER_WORDS_NOT_ARTICLE):
            # "Three children, aged four, seven and nine, died": the ages of a list
            j = i - 1
            while j > 0 and (words[j] in ("and", ",", "to", "or") or words[j][0].isdigit() or words[j] in _NUMBER_WORDS_NOT_ARTICLE):
                j -= 1
            if words[j] in ("aged", "ages") and i - j <= 8:
                return None
        if w[0].isdigit():
            prev = words[i - 1] if i > 0 else ""
            if prev in L.CURRENCY_BEFORE or prev in L.MONTHS or prev in ("aged", "ages", "age", "no", "number", "no.", "route", "flight", "unit", "kilometer", "km") or (
                    prev in _AIRCRAFT_MAKERS):  # "the Boeing 747": a model, no count
                return None
            if prev in ("and", "to", ",") and i >= 3 and words[i - 3] in ("aged", "ages") and words[i - 2][:1].isdigit():
                return None  # "two men ages 37 and 42 were shot dead"
            if len(w) == 4 and w.isdigit() and 1900 <= best <= 2099 and (prev in L.YEAR_BEFORE or prev == ","):
                return None
            if self._age_apposition(i, num_end):
                return None
        if num_end < n:
            nxt = words[num_end]
            if (nxt in L.NOT_PEOPLE or nxt in L.MONTHS or nxt == "%" or (nxt == "may" and self.raw[num_end][:1] == "M")) and not (
                    # ("Fatalities coded as 6 per the more conservative source": according to it)
                    nxt == "per" and num_end + 1 < n and words[num_end + 1] in ("the", "a", "an", "its", "their")):
                return None
            if best == 1 and nxt in ("family", "household", "village", "clan") and i > 0 and words[i - 1] in ("from", "of", "in"):
                return None  # "Three children from one family": where they came from, no count
            if nxt in ("-", "\u2013") and num_end + 1 < n and words[num_end + 1] in ("year", "years"):
                return None
            if nxt in (":", "/", ".") and num_end + 1 < n and words[num_end + 1][:1].isdigit():
                return None
        # a qualifier before the number ("at least", "more than", "some")
        start = i
        if i > 0 and qualifier in ("exact", "vague") and words[i - 1] in _QUALIFIER_LAST_WORDS:
            for phrase, qual in _QUALIFIERS_BY_LAST[words[i - 1]]:
                k = len(phrase)
                if i >= k and tuple(words[i - k:i]) == phrase:
                    start = i - k
                    if qual in ("at_least", "more_than"):
                        low, high = best, None
                    elif qual == "about":
                        low, high = None, None
                    else:
                        low, high = None, best
                    qualifier = qual
                    break
        elif i > 0 and qualifier == "range":
            if words[i - 1] in ("between", "from"):
                start = i - 1
            elif words[i - 1] in ("of", "to"):
                pass
        if qualifier in ("exact", "at_least", "more_than") and num_end + 1 < n and words[num_end] == "or" and words[num_end + 1] == "more":
            low, high, qualifier = best, None, "at_least"
            num_end += 2
        elif qualifier in ("exact", "about") and num_end + 1 < n and words[num_end] == "or" and words[num_end + 1] == "so":
            low, high, qualifier = None, None, "about"  # "Another 80 or so people were wounded"
            num_end += 2
        self._partitive = False
        head, np_end, additive = self._noun_phrase(num_end)
        partitive = self._partitive
        if np_end + 1 < n and words[np_end] in ('"', "\u201c", "'", "\u2018") and (head is None or head in L.NOT_PEOPLE or head == "state"):
            # 'killed two Islamic State "planners and facilitators"': the quoted noun is the head
            inner, inner_end, _more = self._noun_phrase(np_end + 1)
            if inner is not None and inner not in L.NOT_PEOPLE:
                head, np_end = inner, inner_end
        if head is not None and (head in L.NOT_PEOPLE or singular(head) + "s" in L.NOT_PEOPLE):
            return None
        if self._is_rate(start, np_end):
            return None
        victims = singular(head) if head else None
        if victims is not None and victims.endswith("-related"):
            victims = None  # "1,000 battle-related deaths", "conflict-related deaths": an adjective, no one's name
        if victims in ("other", "more", "one") or victims in _SOURCE_HEADS:
            if victims == "other" and self.quantities and _role(self.quantities[-1].head) == "perpetrator" and (
                    "and" in words[self.quantities[-1].np_end:start] and start - self.quantities[-1].np_end <= 4):
                # "Security forces killed three of the assailants and wounded two others": more of them
                victims = self.quantities[-1].head
            else:
                victims = None  # "kills 30 Monitor AFP": a headline's source, not whom it counts
        q = Quantity(start, i, num_end, np_end, victims, low, best, high, qualifier, vague, additive)
        q.partitive = partitive
        q.definite = start > 0 and words[start - 1] in ("the", "those", "these", "all")
        return q

    def _is_rate(self, start: int, np_end: int) -> bool:
        """'an average of 83 civilian deaths a day', '30 people per week': a rate, no count."""
        ws = self.wordset
        if "average" not in ws and "averaging" not in ws and ws.isdisjoint(_RATE_UNITS):
            return False  # (most sentences name no unit of time at all)
        words = self.words
        if start >= 2 and words[start - 1] == "of" and words[start - 2] == "average":
            return True
        if start >= 1 and words[start - 1] in ("averaging", "average"):
            return True
        x = np_end + 1 if np_end < self.n and _TRIGGER_KIND.get(words[np_end]) == "noun" else np_end  # "83 deaths a day"
        return x + 1 < self.n and words[x] in ("a", "per", "each", "every") and words[x + 1] in _RATE_UNITS

    def _age_apposition(self, i: int, num_end: int) -> bool:
        """'James Carver, 19, of Lakeview', 'the driver, 63, died', 'Lena Marsh (34)': an age.

        A bare number of 1-110 set off by commas or brackets right after a name (a capitalised
        word in mixed-case text) or a person noun; a count there takes a noun or a verb
        ('Kabul, 12 killed')."""
        words = self.words
        if i < 2 or num_end != i + 1 or not words[i].isdecimal() or not 1 <= int(words[i]) <= 110:
            return False
        prev = words[i - 1]
        nxt = words[num_end] if num_end < self.n else "."
        if not ((prev == "," and nxt in (",", ".", ";", ")")) or (prev == "(" and nxt == ")")):
            return False
        before = self.raw[i - 2]
        if not before[:1].isalpha() or words[i - 2] in L.NP_STOP:
            return False
        if not self.all_caps and before[:1].isupper():
            # a name; a place name before a count has no comma after the count
            return i - 2 > 0 or nxt != "."
        w = words[i - 2]
        if nxt == "," and num_end + 1 < self.n and words[num_end + 1] in ("of", "from", "who", "was", "a", "an") and not _is_plural(w):
            return True  # "JUDGE HUMBERTO ALCANTARA, 54, OF THE SECOND CRIMINAL COURT, WAS SHOT DEAD": all caps, no case to go by
        return (w in L.IRREGULAR_SINGULAR or w in _PERSON_NOUNS) and not _is_plural(w)

    def _glued_code(self, j: int) -> bool:
        """Token j is the hyphen or the number of a code glued to capitals ("C-60", "Su-24")."""
        words = self.words
        if words[j] == "-":
            h, d = j, j + 1
        elif words[j][0].isdigit() and j >= 2 and words[j - 1] == "-":
            h, d = j - 1, j
        else:
            return False
        if h < 1 or d >= self.n or not words[d][0].isdigit() or not self.raw[h - 1][:1].isupper() or not words[h - 1].isalpha():
            return False
        a = self.start_of(h)
        return self.text[a - 1:a].isalpha() and self.start_of(d) == a + 1

    def _is_np_word(self, j: int) -> bool:
        w = self.words[j]
        if w == "." and j > 0 and self.words[j - 1] in _TITLE_ABBREVIATIONS:
            return True  # "Seven of Mr. Ampatuan's escorts", "Lt. Col. Jamal Salid"
        if w == "/" and 0 < j < self.n - 1 and self.raw[j - 1][:1].isalpha() and self.raw[j + 1][:1].isalpha():
            return True  # "78 BH/IS fighters": two names joined by a slash
        if not w[0].isalpha():
            if (w == "-" or (j >= 1 and self.words[j - 1] == "-")) and self._glued_code(j):
                return True  # "8 policemen of the C-60 commando unit": a unit's code, read as one name
            # "an 18-year-old protester", "a 25-member team"
            return w[0].isdigit() and "-" in w and w[-1].isalpha() and not w.endswith(("-strong",))
        if w in L.NP_STOP:
            if w in _SHIFT_WORDS and j + 1 < self.n and self.words[j + 1] in _SHIFT_WORKERS:
                return True  # "a night watchman", "two morning commuters": a compound noun
            # "2 IS militants", "US troops": an acronym in mixed-case text is a name
            raw = self.raw[j]
            return len(raw) >= 2 and raw.isupper() and not self.all_caps and w not in ("i", "a")
        if w.endswith("ly") and len(w) > 4 and w not in ("family", "ally", "elderly", "rally"):
            return False
        if w in ("aged", "ages"):
            return False  # "two men aged 37 and 42": the ages follow the noun phrase
        return True

    def _paired_adjective(self, k: int) -> bool:
        """The "and" at k joins two capitalised adjectives before one plural noun ("Sunni and
        Shiite clerics", "American and British soldiers"), not two groups ("Iraqis and Syrians")."""
        words, raw = self.words, self.raw
        before, after = raw[k - 1], raw[k + 1]
        if words[k - 1] in _SIDE_ADJECTIVES and words[k + 1] in _SIDE_ADJECTIVES:
            # ("31 rebel and jihadist fighters", "pro-government and allied fighters")
            return k + 2 < self.n and self._is_np_word(k + 2) and _is_plural(words[k + 2]) and words[k + 2] not in L.NP_STOP
        if self.all_caps or not before[:1].isupper() or not after[:1].isupper() or _is_plural(words[k - 1]) or _is_plural(words[k + 1]):
            return False
        return k + 2 < self.n and self._is_np_word(k + 2) and _is_plural(words[k + 2]) and words[k + 2] not in L.NP_STOP

    def _noun_phrase(self, j: int) -> tuple[str | None, int, bool]:
        """Head noun and end of the noun phrase starting at j; 'two of his guards' reads through."""
        words = self.words
        n = self.n
        additive = False
        head = None
        k = j
        while k < n and words[k] in _NP_MODIFIER_CUES and k - j < 2:
            additive = True
            k += 1
        count = 0
        if k + 1 < n and words[k] == "would" and words[k + 1] == "be":
            k += 2  # "two would be suicide bombers"
        while k < n and count < 6 and (self._is_np_word(k) or (words[k] == "(" and head is not None)):
            w = words[k]
            if w == "(":
                # "five Afghan National Army (ANA) soldiers": skip a short parenthesis
                m = k + 1
                while m < n and m - k < 5 and words[m] != ")":
                    m += 1
                if m >= n or words[m] != ")" or m + 1 >= n or not self._is_np_word(m + 1):
                    break
                k = m + 1
                continue
            if w.endswith("ing") and (not (k + 1 < n and self._is_np_word(k + 1)) or (head is not None and len(w) > 4)):
                break  # (after the head a participle starts a phrase of its own: "30 people using rifles")
            if head is not None and w in _DIRECTIONS and k + 1 < n and words[k + 1] == "of":
                break  # "62 rebels east of Damascus": a place follows the noun
            if head is not None and w in _WEEKDAY_ABBREVIATIONS and k + 1 < n and (words[k + 1] in L.MONTHS or words[k + 1] in _MONTH_ABBREVIATIONS):
                break  # a dateline after a headline: "Killing 50 Terrorists Fri Sep 30 2016"
            if head is not None and w.endswith("ed") and w != "armed" and _is_plural(head) and k + 1 < n and (
                    words[k + 1] in _PARTICIPLE_PHRASE_PREPOSITIONS or words[k + 1] in ("the", "a", "an", "their", "his", "her")):
                # (or a verb and its object: "ABOUT 40 GUERRILLAS ENTERED THE VILLAGE")
                break  # "the bodies of 27 men dumped in several neighbourhoods": a participle's phrase
            head = w
            k += 1
            count += 1
            if self.raw[k - 1].endswith(("'s", "\u2019s")) and k < n and self._is_np_word(k):
                continue
            if k + 2 < n and words[k] == "and" and self._paired_adjective(k):
                k += 1  # "Three Sunni and Shiite clerics": two adjectives of one group
        # "two of his guards", "one of the two guerrillas", "members of the security forces"
        if k + 1 < n and words[k] == "of" and (head is None or words[k + 1] in ("the", "his", "her", "their", "its") or self._is_np_word(k + 1)):
            m = k + 1
            while m < n and words[m] in ("the", "his", "her", "their", "its", "whom", "them", "these", "those", "our", "my"):
                m += 1
            if m < n and m - 1 >= 0 and words[m - 1] in ("whom", "them", "these", "those"):
                if head is None:
                    self._partitive = True  # "two of them", "one of those killed"
                return (head, m, additive) if head is not None else (None, m, additive)
            if head is None and m < n and words[m] in _PARTITIVE_NOUNS:
                self._partitive = True  # "one of the dead", "three of the wounded"
                if m + 1 < n and _is_plural(words[m + 1]) and self._is_np_word(m + 1) and words[m + 1] not in L.NOT_PEOPLE:
                    return None, m + 2, additive  # ("One of the injured civilians later died": the noun too)
                return None, m + 1, additive
            inner = None
            inner_start = m
            if m + 1 < n and words[m] in _INNER_COUNT_QUALIFIERS and (words[m + 1][:1].isdigit() or word_number(words[m + 1]) is not None):
                m += 1  # "110 of its roughly 400 residents"
            if m < n and (words[m][0].isdigit() or word_number(words[m]) is not None):
                amt = parse_amount(words, m)
                if amt is not None:
                    m = amt.end
            cnt = 0
            while m < n and cnt < 6 and self._is_np_word(m):
                inner = words[m]
                m += 1
                cnt += 1
            if inner is not None and m > inner_start:
                return (head if head is not None else inner), m, additive
        return head, k, additive

    # --- singular noun phrases ----------------------------------------------------------------
    def singular_np_ending(self, p: int, require_det: bool = True) -> tuple[int, str | None] | None:
        """A noun phrase that means one person ('a soldier', 'the driver', 'he') ending at p."""
        words = self.words
        if p < 0:
            return None
        w = words[p]
        if w in ("he", "she", "him", "her"):
            return p, None
        name_like = not self.all_caps and self.raw[p][:1].isupper() and w.isalpha() and w in L.MONTHS
        if not (self._is_np_word(p) or name_like) or w in ("one",) or w in _SUPERLATIVE_HEADS:
            return None  # (nor "the largest, at Bentalha on 22 September, is thought to have killed ...": an event)
        if _is_plural(w) and not (
                # "Harold Jenkins, 91, ...": a surname ending in s, told by the age after it
                not self.all_caps and p > 0 and self.raw[p][:1].isupper() and self.raw[p - 1][:1].isupper()
                and p + 2 < self.n and words[p + 1] in (",", "(") and self._age_apposition(p + 2, p + 3)):
            return None
        k = p
        steps = 0
        while k - 1 >= 0 and steps < 8:
            if self._is_np_word(k - 1):
                k -= 1
            elif words[k - 1] == ")" and k - 2 >= 0:
                m = k - 2
                while m >= 0 and k - m < 6 and words[m] != "(":
                    m -= 1
                if m < 0 or words[m] != "(":
                    break
                k = m
            else:
                break
            steps += 1
        det = words[k - 1] if k > 0 else ""
        if det == "that" and k == p and w.endswith("ed"):
            return None  # "in the firefight that followed, and two soldiers were wounded": a relative clause's verb
        if det in L.DETERMINERS_SINGULAR or det == "one":
            # "the daughter of the Venezuelan envoy": the head is the first noun
            if k - 2 >= 1 and words[k - 2] == "of":
                outer = self.singular_np_ending(k - 3)
                if outer is not None:
                    return outer
            return k - 1, singular(w)
        if det == "no":
            return None
        if not require_det:
            return k, singular(w)
        # a name: capitalised words in mixed-case text
        if not self.all_caps and self.raw[p][:1].isupper():
            if k - 2 >= 0 and words[k - 1] == "of":
                outer = self.singular_np_ending(k - 2)  # "the security commander of Koe Safi"
                if outer is not None:
                    return outer
            return k, None
        if self.all_caps and words[k] in _NAME_TITLES and p - k <= 4:
            return k, words[k]  # "SENATOR JOSE PEREZ": in capitals only a title tells a name
        return None

    def singular_np_starting(self, j: int) -> tuple[int, str | None] | None:
        """'a guard', 'the driver', 'her', 'Mohammad Jan' starting at j: (end, head)."""
        words = self.words
        n = self.n
        if j >= n:
            return None
        w = words[j]
        if w in ("him", "her", "himself", "herself") and not (j + 1 < n and self._is_np_word(j + 1) and w == "her"):
            return j + 1, None
        t = j
        if self.all_caps and w not in _NAME_TITLES and w not in ("a", "an", "the", "his", "her", "their", "its"):
            # "KILLED APPEALS COURT JUDGE HECTOR ORTIZ": up to two words before the title
            t = next((x for x in (j + 1, j + 2) if x < n and words[x] in _NAME_TITLES
                      and all(self._is_np_word(y) for y in range(j, x))), j)
        if self.all_caps and words[t] in _NAME_TITLES and t + 1 < n and self._is_np_word(t + 1) and words[t + 1] not in L.NOT_PEOPLE:
            # "KILLED MAYOR JUAN GOMEZ": a title and the name after it (in capitals, up to three words)
            w = words[t]
            j = t
            k = j + 1
            while k < n and k - j <= 3 and self._is_np_word(k) and words[k] not in _EVENT_NOUNS:
                k += 1
            return k, w
        if w in ("a", "an", "the", "another", "his", "her", "their", "its", "one"):
            k = j + 1
            head = None
            cnt = 0
            while k < n and cnt < 8:
                if self._is_np_word(k) and not (head is not None and words[k] in _CARRYING_WORDS):
                    # (not past the person: "a young woman wearing an explosive vest")
                    head = words[k]
                    k += 1
                elif words[k] == "(" and head is not None:
                    m = k + 1
                    while m < n and m - k < 6 and words[m] != ")":
                        m += 1
                    if m >= n or words[m] != ")":
                        break
                    k = m + 1
                else:
                    break
                cnt += 1
            if head is None or (_is_plural(head) and not (w in ("a", "an") and head.endswith("men") and k == j + 2)):
                return None  # (but "injured a women", "killed a policemen": a slip of the pen for one)
            if head in L.NOT_PEOPLE or singular(head) + "s" in L.NOT_PEOPLE:
                return None
            return k, singular(head)
        if not self.all_caps and self._is_np_word(j) and self.raw[j][:1].islower():
            # "killed soldier Yaya Emmanuel", "killed police officer Puna Gogoi": a title of up
            # to three words before a name
            t = j
            while t + 1 < n and t - j < 2 and self.raw[t + 1][:1].islower() and self._is_np_word(t + 1):
                t += 1
            title = words[t]
            # "killed police official, Colonel Mohammad Yaqob,": the name may follow a comma
            name = t + 2 if (t + 2 < n and words[t + 1] == "," and self.raw[t + 2][:1].isupper()) else t + 1
            if (not _is_plural(title) and name < n and self.raw[name][:1].isupper()
                    and self._is_np_word(name) and title not in L.NOT_PEOPLE):
                k = name
                while k < n and self.raw[k][:1].isupper() and self._is_np_word(k) and k - t < 5:
                    k += 1
                return k, singular(title)
        if not self.all_caps and self.raw[j][:1].isupper() and self._is_np_word(j) and w not in L.MONTHS:
            k = j
            while k < n and self._is_np_word(k) and k - j < 7:
                k += 1
            if k == j + 1 or not any(self.raw[x][:1].isupper() for x in range(j + 1, k)):
                # one capitalised word before lower-case people: an adjective ("killed Afghan
                # police and civilians", "Afghan police officers"), no one's name
                if j + 1 < n and self.raw[j + 1][:1].islower() and (
                        _is_plural(words[j + 1]) or words[j + 1] in ("police", "security", "army", "military")):
                    return None
            # "Canadian aid worker Norman Tattersall": end on the capitalised name
            while k - 1 > j and not self.raw[k - 1][:1].isupper():
                k -= 1
            # (a run of two capitalised words is a name, "Pedro Torres", even if it ends in -s; but
            # "two Americans", "the Marines" are no run)
            if not _is_plural(words[k - 1]) or (k - j >= 2 and self.raw[k - 2][:1].isupper() and self.raw[j][1:2].islower()
                                                and words[j] not in L.NOT_PEOPLE and singular(words[k - 1]) not in _RANK_NOUNS
                                                and singular(words[k - 1]) not in _PERSON_NOUNS and not words[k - 1].endswith("ans")):
                return k, None
        return None


# "toll" in its road sense ("toll plaza", "toll road") and in "took a heavy toll on": no count
_TOLL_ROAD_NOUNS: Final = frozenset({
    "plaza", "plazas", "booth", "booths", "gate", "gates", "road", "roads", "bridge", "bridges",
    "free", "collector", "collectors", "way", "collection", "tax", "taxes", "lane", "lanes",
    "operator", "operators", "charge", "charges", "fee", "fees", "rate", "rates", "highway",
    "tunnel", "expressway", "motorway", "point", "post", "naka", "station", "attendant",
    "attendants", "hike", "hikes", "revenue", "receipts", "barrier", "barriers", "booth-",
})
_TOLL_TAKE_VERBS: Final = frozenset({"took", "taken", "take", "takes", "taking", "exact", "exacted", "exacting", "exacts"})
_NOT_A_TOLL: Final = "toll‐"  # a token no rule reads: the word is kept out of every toll and trigger test


def _mask_non_casualty_tolls(words: list[str]) -> None:
    """Replace 'toll' where it names no count of the dead: 'at the toll plaza', 'has taken a
    heavy toll on families' (but 'took a toll of 45 lives' is a count)."""
    n = len(words)
    for i, w in enumerate(words):
        if w != "toll":
            continue
        nxt = words[i + 1] if i + 1 < n else ""
        if nxt in _TOLL_ROAD_NOUNS:
            words[i] = _NOT_A_TOLL
            continue
        if nxt in ("of", "to"):
            continue  # "took a toll of 45 lives", "taking the toll to six": a count
        if any(words[x] == "to" and (words[x + 1][:1].isdigit() or words[x + 1] in _NUMBER_WORDS_NOT_ARTICLE)
               for x in range(i + 2, min(n - 1, i + 14))):
            continue  # "taking the death toll in Sunday's bus accident near Kharoli to 27": a count
        j = i - 1
        while j >= 0 and i - j <= 4 and words[j] not in _TOLL_TAKE_VERBS:
            if words[j] in (",", ";", ":", ".") or words[j][:1].isdigit():
                break
            j -= 1
        if j >= 0 and words[j] in _TOLL_TAKE_VERBS and i - j <= 4 and (i - j == 1 or words[j + 1] in ("a", "an", "its", "their", "his", "her", "the", "heavy", "terrible", "huge", "big", "devastating", "enormous", "grim")):
            words[i] = _NOT_A_TOLL


def _headline_end(text: str) -> int:
    """End of a headline line at the top of the text ('Bomb kills 12 at bus station'), else 0."""
    start = 0
    if text[:5].lower() == "date ":
        start = text.find("\n") + 1
        if start <= 0:
            return 0
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    end = text.find("\n", start, start + 300)
    if end < 0:
        return 0
    line = text[start:end].rstrip()
    if not line or line[-1] in ".:;" or len(line.split()) > 25:
        return 0
    return end


def _published_or_none(published) -> date | None:
    """The published date as a `date` (accepts a datetime or an ISO string; None stays None)."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


class _Extraction:
    """Figures of one article in the making."""

    def _second_device(self, st: _Sentence, si: int) -> bool:
        """'The first device ... killing three people. The second device ... killing two people':
        a second blast told after the first, whose dead add (not a part of a total told before)."""
        words = st.words
        if st.n < 4 or words[0] != "the" or words[1] not in ("second", "third", "fourth") or (
                words[2] not in _INCIDENT_NOUNS and words[2] not in _SECOND_DEVICE_NOUNS):
            return False
        low = self.lowered if self.lowered is not None else self.text.lower()
        return any(low.startswith("the first ", self.bounds[x]) for x in range(max(0, si - 3), min(si, len(self.bounds))))

    def _after_series_sentence(self, si: int) -> bool:
        """One of the two sentences before places the news in a run of attacks: "It was the
        second attack on police in the city this week", "It was the latest in a string of
        attacks". The sentences after it tell the run's earlier attacks (see settle: when their
        day is earlier than every count told so far)."""
        low = self.lowered if self.lowered is not None else self.text.lower()
        for o in (si - 1, si - 2):
            if o < 0 or o >= len(self.bounds) or not self._span_has(o, (" was the ", " is the ", " marked the ", " marks the ", " became the ")):
                continue
            e = self.bounds[o + 1] if o + 1 < len(self.bounds) else len(self.text)
            if _SERIES_PLACE_RE.match(low, self.bounds[o], e) is not None:
                return True
        return False

    def _new_attack_opener(self, st: _Sentence, si: int) -> bool:
        """'Rebel shelling of government-held western Aleppo killed 14 people on Thursday': a
        paragraph that opens on a side's attack of a kind the article has not told before tells
        another incident, not a part of the lede's count."""
        words = st.words
        if st.n < 6 or words[1] not in _SIDE_ATTACK_NOUNS or st.all_caps or si == 0 or words[0] in _DETERMINERS:
            return False  # (the word test first: most sentences open otherwise)
        raw = st.raw
        if not (raw[0][:1].isupper() and raw[0][1:2].islower()) or words[2] not in ("of", "on", "in", "near", "against") or (
                not self._paragraph_start(si)):
            return False
        low = self.lowered if self.lowered is not None else self.text.lower()
        # (nowhere before, the headline included: a run-on headline repeated in the body is no news)
        return re.search(r"\b" + words[1][:-1], low[:st.s]) is None

    def _new_cause(self, st: _Sentence, si: int) -> bool:
        """'TWO FRENCH PEACEKEEPERS WERE SLIGHTLY WOUNDED BY SNIPER FIRE' after shells that hit a
        queue: hurt by a weapon the article has not named before, another incident."""
        if si == 0 or st.wordset.isdisjoint(_SINGLE_CAUSES) or "by" not in st.wordset:
            return False
        words = st.words
        cause = next((words[x] for x in range(1, st.n) if words[x] in _SINGLE_CAUSES and (
            words[x - 1] == "by" or (x >= 2 and words[x - 2] == "by" and words[x - 1] in ("a", "an")))), None)
        if cause is None:
            return False
        low = self.lowered if self.lowered is not None else self.text.lower()
        return low.find(cause[:5], 0, st.s) < 0

    def _counted_before(self, kind: str, si: int) -> bool:
        """The article told a count of this kind in an earlier sentence (not a part of another,
        not an earlier event's), which another source's count may be a second account of."""
        return any(f.kind == kind and m["sent"] < si and f.part_of is None and not m.get("background")
                   for f, m in zip(self.figures, self.meta))

    def _official_source_named(self, st: _Sentence) -> bool:
        """The article names a military, police or government communique or statement up to this
        sentence."""
        low = self.lowered if self.lowered is not None else self.text.lower()
        return _OFFICIAL_STATEMENT_RE.search(low, 0, st.e) is not None

    def _monitor_named(self, st: _Sentence) -> bool:
        """The article names a monitoring or rights group before this sentence."""
        low = self.lowered if self.lowered is not None else self.text.lower()
        return any(low.rfind(name, 0, st.s) >= 0 for name in _MONITOR_NAMES)

    def __init__(self, text: str, published: date | None):
        self.text = text
        self.published = published
        sample = text[:600].encode("latin-1", "ignore")  # a dateline and a lede tell the case
        lower = len(sample) - len(sample.translate(None, _LOWER_BYTES))
        upper = len(sample) - len(sample.translate(None, _UPPER_BYTES))
        self.all_caps = upper > 4 * lower
        self.ascii_text = text.isascii()
        self.figures: list[Figure] = []
        self.lowered: str | None = None
        self.headline_end = _headline_end(text)
        self.bounds: list[int] = []
        self._full_bounds: list[int] | None = None
        self._sentences: dict[int, _Sentence] = {}
        self._flags: dict[int, bool] = {}  # per sentence: another account announced before, a denial after
        self._place_paragraph: dict[int, int] = {}  # per sentence: its paragraph's new-place opening, or -1
        self._in_paragraphs: bool | None = None
        self._label_paragraphs: bool | None = None
        self._title_label_set: frozenset[str] | None = None
        self.meta: list[dict] = []  # per figure: sentence index, additive cue, background cue

    def full_bounds(self) -> list[int]:
        """Sentence starts of the whole text (`bounds` may stop after the last trigger)."""
        if self._full_bounds is None:
            self._full_bounds = split_sentences(self.text)
        return self._full_bounds

    def _cached_flag(self, si: int, which: int) -> bool:
        """_other_account_before (0) or _denied_after (1) for sentence si, once per sentence."""
        key = si * 2 + which
        hit = self._flags.get(key)
        if hit is None:
            hit = self._flags[key] = self._other_account_before(si) if which == 0 else self._denied_after(si)
        return hit

    def _denied_after(self, si: int) -> bool:
        """One of the next two sentences denies what this one told: 'Arvenia denied the claim',
        'Local leaders denied having any fighters in the village'."""
        if not (self._span_has(si + 1, _DENIAL_STEMS) or self._span_has(si + 2, _DENIAL_STEMS)):
            return False  # (cheap: no sentence is built for the usual case)
        for o in (si + 1, si + 2):
            if o >= len(self.bounds):
                break
            other = self.sentence(o)
            ws = other.wordset
            if not ws.isdisjoint(_DENIAL_WORDS) and not ws.isdisjoint(_DENIED_THINGS):
                # (not a claim told and denied within that sentence: "Afghan officials said
                # Taliban fighters had used the hospital, a claim the charity denied")
                d = next(x for x, w in enumerate(other.words) if w in _DENIAL_WORDS)
                return _SOURCE_VERBS.isdisjoint(other.words[:d])
            if not ws.isdisjoint(_SOURCE_VERBS) or not ws.isdisjoint(("saying", "claiming", "alleging", "accused")):
                break  # another statement between: a denial after it is of that one ("..., saying more than 60 people had died")
        return False

    def _denial_counts_the_dead(self, si: int) -> bool:
        """The denial after sentence si tells a number of dead of its own, and no hurt."""
        for o in (si + 1, si + 2):
            if o >= len(self.bounds):
                break
            ws = self.sentence(o).wordset
            if not ws.isdisjoint(_DENIAL_WORDS):
                return not ws.isdisjoint(("died", "dead", "killed", "deaths")) and ws.isdisjoint(L.INJURE_PARTICIPLES)
        return False

    def _other_account_before(self, si: int) -> bool:
        """The sentence before announces another party's version: 'The rebel movement gave a
        different account.' (its figures follow in this sentence)."""
        if not self._span_has(si - 1, _ACCOUNT_NOUNS):
            return False  # (cheap: the sentence before is not built for the usual case)
        prev = self.sentence(si - 1)
        ws = prev.wordset
        if ws.isdisjoint(_OTHER_ACCOUNT_WORDS) or ws.isdisjoint(_ACCOUNT_NOUN_WORDS):
            return False
        words = prev.words
        # (or "Doctors at the hospital gave a higher figure. 'We have received 27 bodies'")
        return any(w in _OTHER_ACCOUNT_WORDS and c + 1 < prev.n and (words[c + 1] in _ACCOUNT_NOUN_WORDS or (
                       # "The two sides gave sharply different accounts of the battle"
                       words[c + 1].endswith("ly") and c + 2 < prev.n and words[c + 2] in _ACCOUNT_NOUN_WORDS) or (
                       # "said the true toll was far higher. 'We have counted more than 100 dead'"
                       w in ("higher", "lower") and words[c - 1] in _TOLL_COMPARED_BY and c >= 3 and (
                           words[c - 2] in _ACCOUNT_NOUN_WORDS or words[c - 3] in _ACCOUNT_NOUN_WORDS)))
                   for c, w in enumerate(words))

    def _span_has(self, si: int, needles: tuple[str, ...]) -> bool:
        """Whether sentence si's text holds one of the lower-case needles (a substring test, far
        cheaper than building the sentence)."""
        if si < 0 or si >= len(self.bounds):
            return False
        s = self.bounds[si]
        e = self.bounds[si + 1] if si + 1 < len(self.bounds) else len(self.text)
        low = self.lowered
        if low is None:
            span = self.text[s:e].lower()
            return any(n in span for n in needles)
        for n in needles:
            if low.find(n, s, e) >= 0:
                return True
        return False

    def sentence(self, si: int) -> _Sentence:
        """The tokenised sentence si (built once)."""
        st = self._sentences.get(si)
        if st is None:
            s = self.bounds[si]
            e = self.bounds[si + 1] if si + 1 < len(self.bounds) else len(self.text)
            st = _Sentence(self.text, s, e, self.all_caps, self.lowered,
                           self.published.year if self.published else 0, self.ascii_text,
                           self.published.month if self.published else 0)
            self._sentences[si] = st
        return st

    # --- figure construction ----------------------------------------------------------------
    def _new_place_opener(self, st: _Sentence, place_only: bool = False) -> bool:
        """'In Kostyn, about 80 kilometres to the north, a drone hit a warehouse': a sentence that
        opens on a place the article has not named before (its headline aside) tells another
        incident of a roundup (unless a count before it summed up the places: then a part of it;
        place_only leaves that to the caller)."""
        words = st.words
        if st.all_caps or st.n < 6 or st.s <= self.headline_end:
            return False
        if self._roundup_label(st):
            # (a label in title case may be a place the lede's count summed up: "A wave of bombings
            # across the north-west killed at least 24 people ... Peshawar: ..., killing 16")
            return place_only or (st.raw[0].isupper() and not self._places_summed_before(st.s)) or not self._summed_before(st.s)
        if words[0] != "in":
            # "Across the border, ...", "East of Sanaa, ...", "Further south, ...": a direction away
            # from the places told before
            if words[0] not in _DIRECTION_OPENERS or "," not in words[2:5]:
                return False
            c = words.index(",", 2)
            opener = words[:c]
            if not (opener[:3] == ["across", "the", "border"] or (
                    # "Across the Dnipro River, ...", "Across the river, ..."
                    opener[:2] == ["across", "the"] and opener[-1] in ("river", "strait", "lake", "bay", "frontier", "line")) or (
                    opener[0] in _DIRECTIONS and len(opener) >= 3 and opener[1] == "of" and st.raw[2][:1].isupper()) or (
                    opener[0] in ("further", "farther") and len(opener) == 2 and opener[1] in _DIRECTIONS)):
                return False
            if place_only:
                return True
            return not self._summed_before(st.s)
        if words[1] == "the" and words[2] in _DIRECTIONS and words[3] == ",":
            # "In the south, a Russian missile hit a warehouse ...": another part of the country
            return place_only or not self._summed_before(st.s)
        raw = st.raw
        if (words[1].endswith(("-held", "-controlled", "-run")) or words[1] in _REGION_ADJECTIVES or (
                # ("In the Minutka district, ...": a named part of a place)
                words[1] == "the" and raw[2][:1].isupper() and st.n > 4 and words[3] in _PLACE_PART_NOUNS)) and st.n > 6:
            # "In government-held Artemivsk, ...", "In southeastern Karen state, ...": the place after it
            words, raw = words[1:], raw[1:]
        elif words[1] == "the" and st.n > 8:
            # "In the northern city of Mosul, ...", "In the Russian-held city of Donetsk, ...": the
            # place named after "of"
            of = next((x for x in range(3, 6) if words[x] == "of" and words[x - 1] in _PLACE_KIND_NOUNS), -1)
            if of > 0:
                words, raw = words[of:], raw[of:]
            elif raw[2][:1].islower() and raw[3][:1].isupper() and raw[3][1:2].islower():
                words, raw = words[2:], raw[2:]  # "In the occupied West Bank, ...": the name after its word
        if not (raw[1][:1].isupper() and raw[1][1:2].islower()) or words[1] in L.MONTHS or words[1] in L.WEEKDAYS:
            return False
        name_end = 2
        while name_end < min(len(words), 5) and raw[name_end][:1].isupper():
            name_end += 1
        if name_end < len(words) and words[name_end] in _PLACE_KIND_NOUNS:
            name_end += 1  # "In Chin state, ...", "In Hajjah province, ..."
        if name_end >= len(words) or words[name_end] != ",":
            return False
        if any(w in _SOURCE_VERBS for w in words[name_end + 1:name_end + 8]) and not any(
                w in _TRIGGER_KIND for w in words[name_end + 1:name_end + 8]) and not _REMOTE_SPEAKERS.isdisjoint(words[name_end + 1:name_end + 8]):
            return False  # "In New York, a U.N. spokeswoman said 10 staff members had been confirmed dead": where it was said
        if not place_only and self._summed_before(st.s):
            return False  # "Gunmen attacked two farming villages ... In Tudun Bawa, 21 villagers were killed": a part
        low = self.lowered if self.lowered is not None else self.text.lower()
        # (a whole word: "In Russia," after "a Russian guided-bomb strike" names a new place)
        at = low.find(words[1], self.headline_end, st.s)
        while at >= 0:
            end = at + len(words[1])
            if not (low[at - 1:at].isalpha() or low[end:end + 1].isalpha()) and not self._named_in_a_running_count(at):
                return False
            at = low.find(words[1], end, st.s)
        return True

    def _named_in_a_running_count(self, at: int) -> bool:
        """The place at offset `at` was named only in a sentence of a running toll ("More than 2,000
        people have been killed since an insurgency flared in 2004 in Yala, Pattani and
        Narathiwat"), which tells no incident there."""
        si = bisect_right(self.bounds, at) - 1
        told = [(f, m) for f, m in zip(self.figures, self.meta) if m["sent"] == si]
        return bool(told) and all(f.kind == "death_toll" or m.get("cumulative") or m.get("background") for f, m in told)

    def _title_labels(self) -> frozenset[str]:
        """A roundup's places labelling its paragraphs in title case ("Bannu: ..."), when two or more
        do (read once, when a sentence first opens on such a label)."""
        if self._title_label_set is None:
            text = self.text
            labels = [x for x in _TITLE_LABEL_RE.findall(text) if x.lower() not in _NOT_PLACE_LABELS] if ":\n" not in text and ": " in text else []
            self._title_label_set = frozenset(labels) if len(labels) >= 2 else frozenset()
        return self._title_label_set

    def _roundup_label(self, st: _Sentence) -> bool:
        """A roundup's item, labelled with its place at the start of a paragraph after the first:
        "MANDERA, Kenya - A roadside bomb hit a vehicle ...", "PHILIPPINES: Soldiers clashed ..."."""
        raw0 = st.raw[0]
        if raw0[:1].isupper() and raw0[1:].islower() and ":" in st.words[1:4] and (
                st.words[0] not in _NOT_PLACE_LABELS and "\n" in self.text[max(0, st.s - 3):st.s + 1]):
            c = st.words.index(":", 1)
            if all(st.raw[x][:1].isupper() for x in range(c)) and " ".join(st.raw[:c]) in self._title_labels():
                return True  # "Bannu: A suicide bomber drove a pickup truck ... into the gate"
        return len(raw0) >= 3 and raw0.isupper() and raw0.isalpha() and any(
            st.words[x] in ("-", "\u2014", "\u2013", "--") or (st.words[x] == ":" and st.raw[x - 1].isupper())
            for x in range(1, min(7, st.n))) and (
                "\n" in self.text[max(0, st.s - 3):st.s + 1] and "\n" in self.text[:max(0, st.s - 3)])

    def _labelled_item(self, si: int) -> int:
        """The opening sentence of si's paragraph when it is a roundup's labelled item
        ("PHILIPPINES: Soldiers clashed ... A military spokesman said one marine was killed and
        four were wounded"), whose counts repeat or break down only that item's; else -1."""
        if self._label_paragraphs is None:
            # (most articles have no labelled paragraph: one search tells)
            self._label_paragraphs = _LABEL_PARAGRAPH_RE.search(self.text) is not None or bool(self._title_labels())
        if not self._label_paragraphs:
            return -1
        j = self._paragraph_opening(si, 6)
        return j if j >= 0 and self._roundup_label(self.sentence(j)) else -1

    def _in_new_place_paragraph(self, si: int, kind: str) -> bool:
        """'In Villa Nueva, two bus drivers were shot dead on Friday night ... A 17-year-old fare
        collector was wounded in one of the attacks': a later sentence of a paragraph that opened
        on a new place, with a count of the other kind than its opening's, tells that place's news."""
        j = self._place_paragraph.get(si)
        if j is None:
            j = self._place_paragraph_opener(si)
            self._place_paragraph[si] = j
        if j < 0:
            return False
        # (unless the count that opened the article, the lede's, has this kind too: then a part of it)
        lede = min((m["sent"] for f, m in zip(self.figures, self.meta) if f.kind in ("killed", "injured") and not m.get("headline")), default=-1)
        return any(m["sent"] == j and f.kind != kind and f.kind != "death_toll" for f, m in zip(self.figures, self.meta)) and not any(
            (m["sent"] == lede or m.get("headline")) and f.kind == kind for f, m in zip(self.figures, self.meta))

    def _place_paragraph_opener(self, si: int) -> int:
        """The sentence that opens si's paragraph (up to three back) on a new place ('In Villa
        Nueva, ...'), when si is not that opening; else -1."""
        if self._in_paragraphs is None:
            # (most articles have no paragraph that opens on "In ...": one search tells)
            self._in_paragraphs = _IN_PARAGRAPH_RE.search(self.text) is not None
        if not self._in_paragraphs or si == 0 or self._paragraph_start(si):
            return -1
        j = self._paragraph_opening(si, 3)
        if j < 0:
            return -1
        # (the cheap test first: the paragraph opens on "In ..."; most do not)
        if self.text[self.bounds[j]:self.bounds[j] + 12].lstrip()[:3].lower() != "in ":
            return -1
        return j if self._new_place_opener(self.sentence(j), place_only=True) else -1

    def _summed_before(self, end: int) -> bool:
        """A count before `end` summed over places or incidents, which a new place breaks down."""
        low = self.lowered if self.lowered is not None else self.text.lower()
        return self._places_counted(low, end) or self._incidents_counted(low, end) or self._area_disaster_counted(end)

    def _area_disaster_counted(self, end: int) -> bool:
        """A count before `end` of a disaster that strikes an area ('A powerful earthquake shook
        mountain villages ..., killing at least 870 people'), whose places the sentences after it
        break down ('In the village of Kalateh, 110 of its residents were killed')."""
        return any(self.bounds[m["sent"]] < end and f.kind in ("killed", "injured") and f.best > 1
                   and not self.sentence(m["sent"]).wordset.isdisjoint(_AREA_DISASTERS)
                   for f, m in zip(self.figures, self.meta))

    def _places_summed_before(self, end: int) -> bool:
        """The opening (the headline and the first two sentences) sums a count over a number of
        places ('in three Nigerian states'), whose labelled paragraphs ('KADUNA: ...') are its
        parts, the label in capitals or not (not an item of a roundup: 'BAGHDAD - Police found
        the bodies of 14 men ... in several districts')."""
        low = self.lowered if self.lowered is not None else self.text.lower()
        opening_end = self.bounds[2] if len(self.bounds) > 2 else len(low)
        return self._places_counted(low, min(end, opening_end))

    def _places_counted(self, low: str, end: int) -> bool:
        """A count before `end` summed over places ('Gunmen attacked two farming villages, killing
        30'), which the place openers after it break down (not 'as fighting spread across several
        regions' in a sentence that counts no one)."""
        for m in L.PLACES_COUNTED_RE.finditer(low, self.headline_end, end):
            si = bisect_right(self.bounds, m.start()) - 1
            if any(mm["sent"] == si and f.kind in ("killed", "injured") and f.best > 1 for f, mm in zip(self.figures, self.meta)):
                return True
        return False

    def _incidents_counted(self, low: str, end: int) -> bool:
        """A count before `end` summed over incidents ('At least 16 people were killed in separate
        attacks across Guerrero'), whose places the sentences after it break down (not 'carried out
        three separate attacks', which counts no one)."""
        for m in L.INCIDENTS_COUNTED_RE.finditer(low, self.headline_end, end):
            si = bisect_right(self.bounds, m.start()) - 1
            if any(mm["sent"] == si and f.kind in ("killed", "injured") and f.best > 1 for f, mm in zip(self.figures, self.meta)):
                return True
        return False

    def _caps_roundup_opener(self, st: _Sentence) -> bool:
        """'MEANWHILE, FOUR REBELS WERE KILLED ...', 'IN THE NORTHERN PENINSULA, SECURITY FORCES
        SAID ...', 'ALSO TODAY, A BUS ... HIT A MINE': in all-caps agency copy a sentence opening
        so tells the roundup's next incident, not a part of the one before."""
        if not st.all_caps or st.n < 6 or st.s <= self.headline_end:
            return False
        words = st.words
        if words[0] in _CAPS_ROUNDUP_OPENERS and words[1] == ",":
            return True
        if words[0] in ("in", "at") and words[1] in ("a", "another") and words[2] in _OTHER_INCIDENT_ADJECTIVES and "," in words[3:9]:
            return True  # "IN A RELATED DEVELOPMENT, ...", "IN A SEPARATE INCIDENT ON 3 JANUARY, ..."
        if words[0] == "also" and words[1] in ("today", "yesterday", "tonight", ","):
            return True
        if words[0] == "in" and words[1] == "the" and words[2] in _COMPASS_WORDS:
            # "IN THE SOUTH," / "IN THE NORTHERN PENINSULA," (the comma closes the opener)
            return "," in words[3:6]
        if words[0] == "in" and (words[1] in _COMPASS_WORDS or words[2] in _COMPASS_WORDS) and "," in words[3:5]:
            return True  # "IN MOSLEM WEST BEIRUT, MILITIAMEN ... BATTLED", "IN EAST BEIRUT, ..."
        return False

    def _in_earlier_event_paragraph(self, st: _Sentence, si: int, k: int) -> bool:
        """'The riots erupted on Feb. 27, 1989, over a rise in bus fares ... Officially, 276
        people died in the unrest': a sentence with no time of its own, whose dead are those of
        "the" event that an earlier sentence of its paragraph dated to an earlier year."""
        words = st.words
        if si == 0 or self._paragraph_start(si) or st.date_count or not st.wordset.isdisjoint(_RELATIVE_DAY_WORDS):
            return False
        if self.published is not None and not st.wordset.isdisjoint(_AFTERMATH_WORDS):
            # "... on Aug. 24, 2010, when gunmen massacred 72 migrants. One man survived with a
            # gunshot wound": the aftermath of the earlier deaths told just before
            before = [f for f, m in zip(self.figures, self.meta) if m["sent"] == si - 1]
            if before and all(f.event_date is not None and (self.published - f.event_date).days > BACKGROUND_DAYS for f in before) and not any(
                    # (unless those dead are the news the article opened on, told again: "the stampede
                    # that killed 12 football fans ... Nine men, two women and a 14-year-old boy died in
                    # the crush ... on March 22. More than 50 others were treated")
                    m["sent"] < si - 1 and not m.get("background") and f.kind == before[0].kind and f.best == sum(
                        b.best for b in before if b.kind == f.kind) for f, m in zip(self.figures, self.meta)):
                return True
        if self.published is not None and "that" in st.wordset and any(
                words[x] == "that" and words[x + 1] in ("day", "night", "morning", "evening", "afternoon") for x in range(st.n - 1)):
            # "At least 50 people died that day": the day of the event the figures just before told,
            # when those were an earlier event's
            last = max((m["sent"] for m in self.meta if m["sent"] < si), default=-1)
            before = [f for f, m in zip(self.figures, self.meta) if m["sent"] == last]
            if before and all(f.event_date is not None and (self.published - f.event_date).days > BACKGROUND_DAYS for f in before):
                return True
        if "the" not in st.wordset or not any(words[x] == "the" and (words[x + 1] in _DATED_EVENT_NOUNS or words[x + 1] in _SPAN_EVENT_NOUNS)
                                              for x in range(st.n - 1)):
            return False  # (the dead of "the unrest", "the riots": an event told before)
        pub_year = st.pub_year
        j = si - 1
        while j >= 0 and si - j <= 3:
            earlier = self.sentence(j)
            if any(_is_year_word(w) and int(w) < pub_year and x > 0 and (
                    earlier.words[x - 1] in ("in", ",") or earlier.words[x - 1] in L.MONTHS or earlier.words[x - 1][:1].isdigit())
                   for x, w in enumerate(earlier.words)) and not earlier.wordset.isdisjoint(_EVENT_START_VERBS):
                return True
            if self._paragraph_start(j):
                break
            j -= 1
        return False

    def _paragraph_opening(self, si: int, reach: int) -> int:
        """The sentence that opens si's paragraph, si itself or one fewer than `reach` back; else -1."""
        j = si
        while j > 0 and si - j < reach and not self._paragraph_start(j):
            j -= 1
        return j if self._paragraph_start(j) else -1

    def _paragraph_start(self, si: int) -> bool:
        b = self.bounds[si]
        return si == 0 or "\n" in self.text[max(0, b - 3):b + 1]

    def _caps_roundup_paragraph(self, st: _Sentence, si: int) -> int:
        """The opening sentence of the paragraph of all-caps copy that sentence si is in, when it
        opens as a roundup's next item ("MEANWHILE, THE SOUTHERN SUBURBS CAME UNDER ARTILLERY
        FIRE. THREE PEOPLE WERE KILLED ..."); else -1."""
        if not st.all_caps:
            return -1
        j = si
        while j > 0 and si - j < 4:
            # (the opening words, read from the text: building the sentences before costs more)
            b = self.bounds[j]
            head = self.text[b:b + 64].lstrip().lower()
            if _CAPS_ROUNDUP_RE.match(head) is not None and self._caps_roundup_opener(st if j == si else self.sentence(j)):
                return j
            if self._paragraph_start(j):
                return -1
            j -= 1
        return -1

    def add(self, st: _Sentence, si: int, kind: str, q: Quantity | None, k: int, rule: str,
            head: str | None = None, value: int | None = None, span: tuple[int, int] | None = None,
            part_of: int | None = None, role: str | None = None, extra: dict | None = None) -> int:
        if q is not None:
            low, best, high, qual, vague, victims = q.low, q.best, q.high, q.qualifier, q.vague, q.head
            a, b = st.start_of(q.start), st.end_of(max(q.num_end, q.np_end) - 1)
            q.used = True
        else:
            low = best = high = value if value is not None else 1
            if value is None or value == 1:
                if head == "couple" and rule.endswith("singular"):
                    low = best = high = 2  # "an elderly couple and their two grandsons were killed"
            qual, vague, victims = "exact", None, head
            a, b = span if span is not None else (st.start_of(k), st.end_of(k))
        if 0 <= k < st.n:
            a = min(a, st.start_of(k))
            b = max(b, st.end_of(k))
        if victims in ("person", None) and q is not None and q.np_end < st.n and (
                st.words[q.np_end] == "aboard" or st.words[q.np_end:q.np_end + 2] == ["on", "board"]):
            victims = "passenger"  # "All 259 people aboard the Boeing": not the town's residents killed on the ground
        if role is None and q is not None and st.words[q.np_end:q.np_end + 3] in (["from", "both", "sides"], ["on", "both", "sides"], ["of", "both", "sides"]):
            role, victims = "victim", None  # "At least 90 fighters from both sides were killed": everyone's dead
        if role is None:
            role = _role(victims)
            if victims == "member" and q is not None and "of" in st.words[q.num_end:q.np_end + 1] and any(
                    _role(singular(w)) == "perpetrator" for w in st.words[q.num_end + 1:q.np_end + 4]):
                role = "perpetrator"  # "four members of the gang that led the assault"
            elif victims == "member" and q is not None and "suspected" in st.words[q.start:q.np_end]:
                role = "perpetrator"  # "soldiers had killed two suspected Abu Sayyaf members in a clash"
            elif victims == "member" and q is not None and "of" in st.words[q.num_end:q.np_end + 1] and not _SECURITY_FORCE_WORDS.isdisjoint(
                    st.words[q.num_end + 1:q.np_end + 5]):
                victims = "personnel"  # "at least 19 members of the Afghan security forces": the forces' people
            if kind in ("killed", "injured") and role == "victim" and best == 1 and (victims is None or victims in _ATTACKER_STAND_INS) and (
                    _killed_by_police(st, k) if kind == "killed" else _wounded_by_police(st, k)):
                # "... before police shot him dead", "The driver is shot dead" by officers, "before
                # police shot and wounded him": the attacker
                role = "perpetrator"
        if kind == "killed" and part_of is None and st.n > 4 and st.words[0] == "of" and st.words[1] in ("those", "them", "these") and (
                st.words[2] == "," and self.figures and self.meta and self.meta[-1]["sent"] == si - 1
                and self.figures[-1].kind == "death_toll" and self.figures[-1].best > best):
            # "... brings to 425 the number of U.S. service members who have died. Of those, 311 were
            # killed by hostile action": a part of the running count
            kind, part_of = "death_toll", len(self.figures) - 1
        sentence = st.sentence_text()[0]
        event_date = self._event_date(st, a)
        # positional, in Figure's field order: the hottest constructor call of the extractor
        fig = Figure(kind, low, best, high, qual, vague, victims, role, part_of, event_date,
                     sentence, a, b, rule, part_of is None)
        self.figures.append(fig)
        m = {"sent": si, "additive": False, "background": False, "tok": (q.start if q else k)}
        if extra:
            m.update(extra)
        # (the steps below read self.figures with the new figure in it, and self.meta without it)
        self._mark_account(m, st, si, kind, rule, k)
        self._mark_time(m, st, si, kind, q, k)
        m["headline"] = a < self.headline_end
        self._mark_one_of_those_counted(m, st, si, kind, q, k, victims)
        self._mark_additive(m, st, si, kind, q, k)
        self.meta.append(m)
        return len(self.figures) - 1

    def _event_date(self, st: _Sentence, a: int) -> date | None:
        """The date the figure at character a of sentence st refers to (FIGURES.md section 4)."""
        event_date = self.published
        if _resolve_event_date is not None and self.published is not None:
            # one date in the sentence (the usual case): resolve once per sentence (a weekday or
            # "yesterday" beside an explicit date is a second one: "killed 14 people on Tuesday,
            # bringing the toll since the offensive began on Oct. 3 to 1,870")
            single = st.date_count == 0 or (st.date_count == 1 and st.wordset.isdisjoint(_RELATIVE_DAY_WORDS))
            if single and st.event_date is not None:
                event_date = st.event_date
            else:
                try:
                    # the unstripped sentence (the one date_spans read, so its date lookups are
                    # reused): surrounding whitespace changes no date, and `near` shifts with it
                    event_date = _resolve_event_date(st.raw_sentence(), self.published, near=a - st.s,
                                                     memo=st.date_memo)
                except Exception:  # a date oddity must never lose a figure
                    event_date = self.published
                if single:
                    st.event_date = event_date
        return event_date

    def _mark_account(self, m: dict, st: _Sentence, si: int, kind: str, rule: str, k: int) -> None:
        """Whose count it is: a side's claim, or another source's alternative to a count before."""
        # (a side's own losses are no claim: "its forces had killed about 120 fighters and had lost 14 servicemen")
        m["claim"] = st.claim_near(m["tok"]) and not (0 < k < st.n and st.words[k] == "lost" and st.words[k - 1] == "had")
        if m["claim"] and "group" in st.wordset and self._monitor_named(st) and st.wordset.isdisjoint(_CLAIMANTS - {"group", "front"}):
            m["claim"] = False  # "... the Observatory said ... the group said 11 troops were killed": the monitor again
        if m["claim"] and not st.wordset.isdisjoint(("communique", "statement")) and any(
                w in ("said", "says", "stated", "reported", "added") and i > 0 and st.words[i - 1] in ("communique", "statement")
                for i, w in enumerate(st.words)) and self._official_source_named(st):
            m["claim"] = False  # "a military communique reported ... The communique said that ...": the state's report
        if m["claim"] and "according" in st.wordset and _STATE_COMMUNIQUE_RE.search(st.raw_sentence().lower()) is not None:
            m["claim"] = False  # "ACCORDING TO A COMMUNIQUE FROM THE POLITICAL-MILITARY COMMAND": the state's report
        # (the sentences around are looked at only for a figure someone tells)
        told = not st.wordset.isdisjoint(_SOURCE_VERBS) or "saying" in st.wordset
        # (a quotation tells too: '... said the true toll was far higher. "We have counted more than 100 dead.'
        quoted = not told and si > 0 and self.text[st.s:st.s + 2].lstrip()[:1] in ('"', "\u201c")
        m["alternative"] = bool(m.get("alternative")) or st.alternative_before(m["tok"]) or (si > 0 and (told or quoted) and (
            self._cached_flag(si, 0)
            or (((rule == "noun_count" and kind == "killed" and _source_count_of_the_dead(st, m["tok"]))
                 or (not st.wordset.isdisjoint(_MEDIA_SOURCES) and _media_account(st, m["tok"])
                     # (not the news that the toll rose: "BARRICADA REPORTED THAT THE DEATH TOLL HAD RISEN TO EIGHT")
                     and not (m.get("incident_toll") and not st.wordset.isdisjoint(_RISE_VERBS))))
                and self._counted_before(kind, si))))
        if m["alternative"] and "revised" in st.wordset and 2 <= m["tok"] < st.n and any(
                st.words[x] == "revised" and st.words[x - 1] == "later" for x in range(1, m["tok"])):
            # "Early media reports had put the number of injured as high as 60, a figure later revised
            # downward by the provincial health office, which recorded 43 injured": the revision's count
            m["alternative"] = False
            m["later_update"] = True
        if not m["alternative"] and told and 0 <= m["tok"] < st.n and not st.wordset.isdisjoint(_DENIAL_WORDS) and any(
                st.words[x] in _DENIAL_WORDS and not _DENIED_THINGS.isdisjoint(st.words[x + 1:x + 5]) for x in range(m["tok"])) and (
                # (or earlier in the sentence: "said no one was killed ..., rejecting reports ... that 12 soldiers had died")
                self._counted_before(kind, si + 1)):
            # "A labour group disputed the revised figure and said at least 45 workers had died":
            # its own count against the article's
            m["alternative"] = True
            if any(f.kind == kind and f.best == 0 and fm["sent"] == si for f, fm in zip(self.figures, self.meta)):
                # (the reports an official's zero rejects are no account of the article's: "said no
                # one was killed ..., rejecting reports ... that 12 soldiers had died")
                m["claim"] = True
        if not m["claim"] and told and self._cached_flag(si, 1) and not (kind == "injured" and self._denial_counts_the_dead(si)):
            # "Kestria said its forces had killed 27 Arvenian servicemen. Arvenia denied the claim"
            # (not the hurt, when the denial disputes the dead: "Officials said 112 workers had been
            # injured ... A labour group disputed the revised figure and said at least 45 had died")
            m["claim"] = True
        if not m["claim"] and told and "claim" in st.wordset and 0 <= m["tok"] < st.n and any(
                st.words[x] == "claim" and st.words[x - 1] in ("a", "the") and st.words[x - 2] == "," and (
                    not _DENIAL_WORDS.isdisjoint(st.words[x + 1:x + 10]) or "baseless" in st.words[x + 1:x + 10]
                    or "false" in st.words[x + 1:x + 10]) for x in range(m["tok"] + 1, st.n)):
            m["claim"] = True  # 'It said Pakistani troops had killed "at least eight Indian soldiers", a claim the Indian army called baseless'


    def _follows_in_clause(self, st: _Sentence, si: int, m: dict, flag: str) -> bool:
        """The figure before this one is in the same sentence and clause (no ';', 'but' or 'while'
        between) and has the flag: the next count of the same account."""
        if not self.meta:
            return False
        last = self.meta[-1]
        return last["sent"] == si and bool(last.get(flag)) and 0 <= last["tok"] < m["tok"] and not any(
            w in (";", "but", "while") for w in st.words[last["tok"]:m["tok"]])

    def _mark_time(self, m: dict, st: _Sentence, si: int, kind: str, q: Quantity | None, k: int) -> None:
        """Where the count stands in time: a perfect tense (a toll), more than before, a source's
        pluperfect account, an outdated or summing-up count, background."""
        if q is not None and kind == "killed" and ("has" in st.wordset or "have" in st.wordset) and (
                (0 < k < st.n and st.words[k - 1] == "been" and k >= 2 and st.words[k - 2] in ("have", "has"))
                or (0 < k < st.n and st.words[k - 1] in ("have", "has") and st.words[k] in L.KILL_INTRANSITIVE)  # "have died"
                or "has" in st.words[max(0, q.start - 4):q.start] or "have" in st.words[max(0, q.start - 4):q.start]):
            m["perfect"] = True  # "more than 3,000 people have been killed", "has recorded more than 16,000 deaths"
        if q is not None and q.num_end < st.n and st.words[q.num_end] in ("more", "additional"):
            m["increment"] = True  # "two more bodies"
            if "after" in st.words[max(0, q.start - 12):q.start] or (
                    # "... killed at least 64 people, officials said on Tuesday, as rescuers ...
                    # pulled 17 more bodies from the mud"
                    "as" in st.words[max(0, q.start - 12):q.start] and "elsewhere" not in st.words[max(0, q.start - 12):q.start]
                    and q.head in (None, "body", "corpse", "victim") and any(
                        ff.kind == kind and mm["sent"] == si and ff.best > q.best for ff, mm in zip(self.figures[-4:-1], self.meta[-3:]))):
                # "killed 146 people, officials said after rescuers cut two more bodies out", "raised
                # the number of dead to 18 ..., after firefighters reached the back of the warehouse
                # and found six more bodies"
                m["after_increment"] = True
        if (q is not None and si > 0 and kind == "killed" and "by" in st.wordset and k in (q.np_end - 1, q.np_end)
                and st.words[k] in ("bodies", "corpses") and "had" in st.words[k + 1:k + 3] and any(
                    st.words[x] == "by" and st.words[x + 1] in _LATER_TIMES and st.words[x - 1] in _TELLING_VERBS
                    for x in range(max(1, q.start - 8), q.start - 1))):
            # "said by mid-afternoon that 43 bodies had been pulled from three mangled coaches": the
            # count since, an update of the lede's
            m["later_update"] = True
        if 0 < k < st.n and "had" in st.wordset and not st.wordset.isdisjoint(_TELLING_VERBS) and _pluperfect_before(st.words, k) and (
                # (not a side's own losses: "said ... that they had lost five of their own men")
                st.words[k] not in ("lost", "losing")):
            # "an MP said more than 60 people had been killed", "adding that the attack had killed
            # more than 50 people and wounded 300": a source's account
            m["told_pluperfect"] = True
            if q is not None and any(st.words[x] in ("its", "our", "their") and st.words[x - 1] == "of"
                                     # (the object's too: "said security forces had shot dead more than 60 of its supporters")
                                     for x in range(q.num_end, min(k if k > q.start else st.n, q.num_end + 3))):
                m["own_people"] = True  # "the party said 11 of its supporters had been killed": its own count
            if q is not None and si > 0 and ("later" in st.words[max(0, q.start - 4):q.start] or (
                    st.words[0] == "by" and st.words[1] in _LATER_TIMES)):
                # "Hospital officials later said 53 people had died", "By evening the agency said rescue
                # workers had recovered 118 bodies": the count since, an update of the one before
                m["later_update"] = True
        elif self._follows_in_clause(st, si, m, "told_pluperfect"):
            # the same account's next count: "said his crews had collected 21 bodies ... and taken 43
            # wounded people to hospitals" (a party's of its own people too: "Organisers said eight
            # of their supporters had been shot dead and more than 50 wounded")
            m["told_pluperfect"] = True
        if m.get("told_pluperfect") and not m.get("own_people") and self._follows_in_clause(st, si, m, "own_people"):
            m["own_people"] = True
        if st.outdated_before(m["tok"]):
            m["outdated"] = True
        elif q is not None and st.first_account(m["tok"]):
            m["first_account"] = True  # (see settle: a later count of the same dead replaces it)
        elif self._follows_in_clause(st, si, m, "outdated") and "but" in st.words[m["tok"]:]:
            # the same first account's next count: "officials initially said 22 people had been
            # killed and 55 wounded, but the count rose"
            m["outdated"] = True
        words = st.words
        # (no comma after a weekday in wire copy: "ON MONDAY A BOMB IN THE CHRISTIAN EAST SECTOR KILLED TWO PEOPLE")
        # (or "Last Tuesday, gunmen shot dead two policemen at a checkpoint")
        if st.n > 6 and (words[0] == "on" or (words[0] == "last" and words[1] in L.WEEKDAYS)) and (
                "," in words[2:6] or (words[1] in L.WEEKDAYS and words[2] in ("a", "an", "the"))) and (
                words[1] in L.WEEKDAYS or (
                words[1][:1].isdigit() and words[2] in L.MONTHS) or (words[1] in L.MONTHS and (
                    words[2][:1].isdigit() or (words[2] == "." and words[3][:1].isdigit())))) and (
                not st.wordset.isdisjoint(_INCIDENT_NOUNS) or not st.wordset.isdisjoint(_SECOND_DEVICE_NOUNS)
                or not st.wordset.isdisjoint(_ATTACKERS_NAMED)
                # (or a killing told in the pluperfect: "On 3 May, the group had killed 11 peasants")
                or ("had" in st.wordset and any(words[x] == "had" and words[x + 1] in L.KILL_VERBS for x in range(st.n - 1)))) and (
                not st.tells_update()):
            # "On Monday, a car bomb in the western sector killed 11 people", "ON 28 JULY, A
            # BOOBY-TRAPPED CAR KILLED 32 PEOPLE": an attack of its own day, earlier than the
            # article's news if that day is (see settle)
            m["own_day"] = True
        elif "had" in st.wordset and not st.wordset.isdisjoint(L.WEEKDAYS) and (any(
                words[x] == "had" and words[x + 1] == "been" and words[x + 2] in L.KILL_PARTICIPLES
                and any(w in L.WEEKDAYS for w in words[x + 3:x + 14]) for x in range(max(0, m["tok"] - 3), st.n - 3)) or (
                k > 1 and words[k] == "killed" and (words[k - 1] == "had" or (words[k - 1] == "already" and words[k - 2] == "had"))
                and any(w in L.WEEKDAYS for w in words[k + 1:k + 16]))) and _SOURCE_VERBS.isdisjoint(words[:min(m["tok"], k)]):
            # "the body of a militant who had been killed in a gunbattle with security forces on
            # Sunday", "Xangsane had already killed at least 200 people in the Philippines, where
            # it struck on Thursday": a death of its own earlier day (see settle)
            # (not the tense of reported speech: "It said rebel rocket fire ... had killed three
            # people and wounded 17 on Tuesday evening" tells that day's news)
            m["own_day"] = True
        elif "when" in st.wordset and not st.wordset.isdisjoint(L.WEEKDAYS) and 0 < m["tok"] < st.n and any(
                words[x] == "when" and words[x - 1] == "," and (words[x - 2] in L.WEEKDAYS or (
                    words[x - 2] in _TIME_OF_DAY and words[x - 3] in L.WEEKDAYS)) for x in range(3, m["tok"])):
            # "That contrasted with Wednesday night, when ... four officers and two protesters were
            # hurt": the when-clause tells its own day's events (see settle)
            m["own_day"] = True
        elif "after" in st.wordset and (not st.wordset.isdisjoint(_AFTER_CLAUSE_ATTACK_VERBS) or not st.wordset.isdisjoint(L.KILL_VERBS)) and (
                0 < m["tok"] < st.n):
            a = next((x for x in range(m["tok"] - 1, -1, -1) if words[x] == "after"), -1)
            if a >= 1 and words[a - 1] in _BEGAN_VERBS and a < m["tok"] <= a + 4 and 0 <= k < st.n and k > m["tok"]:
                # "The unrest began after a man was killed by police at a roadblock on Saturday": the
                # death that set off the news, if its day is earlier (see settle)
                m["own_day"] = True
            elif a >= 0 and (any(w in _AFTER_CLAUSE_ATTACK_VERBS for w in words[a + 1:m["tok"]]) or (
                    # (a kill verb near it, within the clause: not a photo caption run into the lede)
                    # (not the count's own participle after a comma, the main clause's: "crashed ... shortly
                    # after taking off ... on Thursday, killing all 14")
                    (m["tok"] - a <= 16 or (a > 0 and words[a - 1] in _AFTER_UNITS)) and any(
                        # (nor the main clause's participle before it: "after evening prayers on Sunday,
                        # killing four and wounding nine others")
                        words[x] in L.KILL_VERBS for x in range(a + 1, m["tok"]) if not (words[x - 1] in (",", "and") and words[x].endswith("ing")))
                    and not any(w in ("(", ")", ";", ":") for w in words[a + 1:m["tok"]]))):
                # "launched the operation after hundreds of rebels stormed the town on Sept. 8,
                # killing 49 policemen", "came a week after a bomb at a shopping centre killed 21
                # people on June 25": the attack the news followed, if its day is earlier (see settle)
                m["own_day"] = True
        if not m.get("own_day") and si > 0 and (st.date_count or not st.wordset.isdisjoint(L.WEEKDAYS)) and (
                self._after_series_sentence(si)):
            # "It was the second attack on police in the city this week. A suicide bomber killed 12
            # people at a checkpoint on Tuesday": the run's earlier attack, if its day is (see settle)
            m["own_day"] = True
        sums_up = st.sums_up()
        if sums_up and si > 0 and self._after_series_sentence(si):
            # "THIS IS THE 7TH BOMB TO EXPLODE IN MEDELLIN SINCE 18 AUGUST. ALTOGETHER, THESE
            # ATTACKS HAVE LEFT 19 PEOPLE DEAD AND MORE THAN 200 INJURED": the run's count, not a sum
            # of the news's (its dead a running toll, its hurt listed only)
            if kind == "killed":
                self.figures[-1].kind = "death_toll"
            else:
                m["series"] = True
        elif sums_up:
            m["sums_up"] = True
        if kind == "death_toll" and st.background and st.earlier_year_after_clause(m["tok"], k):
            m["outdated"] = True  # "... after a record 302 homicides in 2021": an earlier year's count, not the running one
        m["background"] = bool(m["background"]) or st.background_near(m["tok"], k) or _habitual(st) or (
            kind != "death_toll" and self._in_earlier_event_paragraph(st, si, k))
        if st.words[0] in _LINK_OPENERS and _link_line(st):
            m["background"] = m["link"] = True

    def _next_by_rank(self, si: int, kind: str, rank: int) -> bool:
        """'Two other people wounded in the shooting remain hospitalized. A third was treated ...':
        the counts of the kind told before (none a part of another) add up to one less than the
        rank, so the ranked one is the next (not 'Four policemen and one officer were killed ...
        The body of a fifth victim', one of the five)."""
        # (no meta yet for the new one; parts told inside the counts, "one of them in serious condition", aside)
        before = [ff for ff, mm in zip(self.figures[:-1], self.meta) if mm["sent"] < si and ff.kind == kind and ff.part_of is None]
        return bool(before) and all(" of " not in self.text[ff.char_start:ff.char_end] for ff in before) and (
            sum(ff.best for ff in before) == rank - 1)

    def _mark_one_of_those_counted(self, m: dict, st: _Sentence, si: int, kind: str, q: Quantity | None, k: int,
                                   victims: str | None) -> None:
        """A figure that is one of the people counted before: 'a third', 'the other', 'one later died'."""
        if q is None and victims in _ORDINAL_HEADS and not any(
                # (but "killing three officers and wounding a fourth": the next of their group,
                # hurt where they were killed; or in the next sentence: "Two NATO service members
                # were killed ... A third was injured")
                (mm["sent"] == si or (mm["sent"] == si - 1 and st.n <= 8)) and ff.kind != kind and ff.best == _ORDINAL_VALUE[victims] - 1
                for ff, mm in zip(self.figures[-4:-1], self.meta[-3:])) and not self._next_by_rank(si, kind, _ORDINAL_VALUE[victims]):
            m["remaining"] = True  # "Two of the students were struck by gunfire, and a third was hurt": one of those counted
        elif q is None and victims == "other" and 0 <= m["tok"] < st.n and (
                st.words[m["tok"]] == "the" or (m["tok"] > 0 and st.words[m["tok"] - 1] == "the")):
            m["remaining"] = True  # "One of the men suffered serious burns ...; the other was treated": the second of two
        if kind == "killed" and 0 <= k < st.n and st.words[k] in ("died", "succumbed"):
            # "one later died", "The officer later died of his wounds", "died in hospital": one of
            # the wounded, if the article counted any
            after = st.words[k + 1:k + 7]  # ("died on the way to hospital")
            # (not "when shells hit the town's hospital district")
            in_hospital = any(w == "hospital" and y > 0 and after[y - 1] in ("in", "at", "the", "a", "to") for y, w in enumerate(after))
            m["later_died"] = st.words[k] == "succumbed" or "later" in st.words[max(0, k - 2):k + 3] or in_hospital or (
                len(after) >= 3 and after[0] in ("of", "from") and after[2] in ("wounds", "injuries"))
            if "included" in st.wordset and any(w == "included" and st.words[x + 1:x + 2] == ["in"] and not _TOLL_NOUNS.isdisjoint(st.words[x + 2:x + 6])
                                                for x, w in enumerate(st.words)):
                m["included"] = True  # "Three of the wounded later died ... and were included in the new toll"

    def _mark_additive(self, m: dict, st: _Sentence, si: int, kind: str, q: Quantity | None, k: int) -> None:
        """Whether the figure adds to the ones before: another incident, place or device, a
        roundup's next item, or (for the wounded) more than the dead just told."""
        new_place = self._new_place_opener(st)
        if new_place:
            m["new_place"] = True
        if new_place and m.get("alternative"):
            m["alternative"] = False  # another place's count is no other account of the dead told before
        m["additive"] = bool(q is not None and q.additive) or st.additive_near(m["tok"], k) or new_place or (
            self._second_device(st, si)) or self._new_attack_opener(st, si) or self._in_new_place_paragraph(si, kind) or (
            _other_attacks_opener(st)) or self._new_cause(st, si)
        roundup_from = self._caps_roundup_paragraph(st, si)
        if roundup_from >= 0:
            m["roundup_from"] = roundup_from
        item_from = self._labelled_item(si)
        if item_from >= 0:
            m["item_from"] = item_from
        if m["additive"] and kind == "injured" and q is not None and q.additive and q.num_end < st.n and st.words[q.num_end] == "other" and any(
                mm["sent"] == si and ff.kind == "killed" for ff, mm in zip(self.figures[-4:-1], self.meta[-3:])) and not any(
                mm["sent"] == si and ff.kind == "injured" for ff, mm in zip(self.figures[-4:-1], self.meta[-3:])) and not (
                st.additive_near(m["tok"], k) or self._new_place_opener(st)):
            # "A man and his son were killed ..., and five other people were wounded": other than
            # the sentence's dead, and so perhaps the wounded counted before, told again
            m["other_than_dead"] = True
        elif m["additive"] and kind == "injured" and q is not None and q.num_end < st.n and st.words[q.num_end] == "more" and si > 0 and (
                len(self.figures) >= 2 and self.meta and self.meta[-1]["sent"] == si - 1 and self.figures[-2].kind == "killed") and not any(
                mm["sent"] in (si - 1, si) and ff.kind == "injured" for ff, mm in zip(self.figures[-6:-1], self.meta[-5:])) and not (
                self._new_place_opener(st)) and st.wordset.isdisjoint(("also", "another", "further", "additional")):
            # "'Five people, including the shooter, are dead. Three more are in the hospital'": more
            # than the dead just told, and so perhaps the wounded counted before, told again
            m["other_than_dead"] = True
        elif m["additive"] and q is None and kind in ("killed", "injured") and self._next_of_the_other_kind(st, si, kind, m["tok"]):
            m["other_than_dead"] = True

    def _next_of_the_other_kind(self, st: _Sentence, si: int, kind: str, tok: int) -> bool:
        """'Three teenagers were killed and a fourth was seriously injured', 'two soldiers died and
        another was wounded': one more than the sentence's count of the other kind, and so perhaps
        the one hurt told before (a headline's 'one hurt'), told again."""
        words = st.words
        if not 0 <= tok < st.n - 1:
            return False
        rank = _ORDINAL_VALUE.get(words[tok + 1]) if words[tok] == "a" else None
        if words[tok] != "another" and rank is None:
            return False
        # (no meta yet for the new one)
        before = [ff for ff, mm in zip(self.figures[-4:-1], self.meta[-3:]) if mm["sent"] == si]
        return bool(before) and all(ff.kind != kind for ff in before) and (rank is None or any(ff.best == rank - 1 for ff in before))


def _other_attacks_opener(st: _Sentence) -> bool:
    """'The other three blasts, in Sadr City, Karrada and Kadhimiya, killed a combined 43
    people': the sentence's subject is the attacks not told yet, whose dead are more dead."""
    words = st.words
    if st.n < 5 or words[0] != "the" or words[1] not in ("other", "remaining"):
        return False
    w = words[3] if words[2] in _EXACT_COUNTS or words[2].isdigit() else words[2]
    return w in _PLURAL_EVENT_NOUNS or w in _INCIDENT_NOUNS


_LINK_OPENERS: Final = frozenset({"read", "also", "related", "see", "watch"})
_TOLL_NOUNS: Final = frozenset({"toll", "count", "figure", "tally", "total"})
# the press as a source: "A local radio station reported five deaths" after the police's count
_MEDIA_SOURCES: Final = frozenset({"radio", "television", "tv", "newspaper", "newspapers", "station", "channel", "broadcaster",
                                   "media", "daily", "agency", "press"})


_DEAD_COUNTERS: Final = frozenset({"hospital", "hospitals", "police", "official", "officials", "spokesman", "spokeswoman", "health",
                                   "morgue", "medical", "doctor", "doctors", "coroner", "medics", "source"})
# words that make a count more dead than those told before ("two more", "another", "also")
_MORE_DEAD_CUES: Final = frozenset({"another", "more", "also", "other", "others", "additional", "separate", "separately", "elsewhere"})
_NEW_DEAD_WORDS: Final = _MORE_DEAD_CUES | frozenset({"found", "discovered", "unearthed", "elsewhere", "further", "total", "all"})


def _source_count_of_the_dead(st: _Sentence, tok: int) -> bool:
    """'An official at the town's main hospital ... said 41 bodies had been brought in', 'Police
    spokesman X confirmed 18 deaths': a hospital's or the police's count of the dead the article
    counted before (its own figure stands; FIGURES.md section 5), unless the words make them more."""
    words = st.words
    if st.wordset.isdisjoint(_DEAD_COUNTERS) or not st.wordset.isdisjoint(_NEW_DEAD_WORDS):
        return False
    return any(w in ("said", "says", "confirmed", "reported", "told") for w in words[max(0, tok - 14):tok]) and any(
        w in _DEAD_COUNTERS for w in words[:tok])


def _media_account(st: _Sentence, tok: int) -> bool:
    """The count at tok is what the press reports ('A local radio station reported five deaths',
    'state television said 14 people died'), with nothing that makes it more dead ('another',
    'more', 'also'): another source's figure for the dead the article counted before."""
    words = st.words
    src = next((c for c in range(0, min(tok, 12)) if words[c] in _MEDIA_SOURCES), -1)
    if src < 0 or not any(w in _SOURCE_VERBS for w in words[src + 1:tok]):
        return False
    # (up to the end of the count's clause: "... said 62 people died in the explosion, which set
    # fire to more than 40 cars" is no more dead)
    end = next((x for x in range(tok + 1, st.n) if words[x] in (",", ";", "which")), st.n)
    return _MORE_DEAD_CUES.isdisjoint(words[:end])


def _link_line(st: _Sentence) -> bool:
    """A link to another story run into the text: 'Read more: Country's worst prison massacre
    leaves 119 dead', 'ALSO READ: ...', 'Related: ...'."""
    words = st.words
    if st.n < 3:
        return False
    if words[0] in _LINK_OPENERS and ":" in words[1:4]:
        return words[1] in ("more", "also", "read", ":", "also:") or words[0] == "related"
    return False


_ATTACKER_STAND_INS: Final = frozenset({"driver", "man", "suspect", "shooter", "attacker", "gunman", "assailant", "perpetrator"})
_POLICE_WORDS: Final = frozenset({"police", "policemen", "officers", "troops", "soldiers", "guards", "forces", "law", "security", "commandos", "marines",
                           "deputies", "deputy", "officer", "sheriff", "sheriff's", "gendarmes", "swat", "agents", "policeman", "troopers"})


def _killed_by_police(st: _Sentence, k: int) -> bool:
    """The one killed at k was killed by the police or troops ('shot dead by police', 'police
    shot him dead', 'killed by law enforcement officers'): in an attack, that is the attacker."""
    words = st.words
    if not (words[k] == "killed" or "shot" in words[max(0, k - 3):k] or "shoot" in words[max(0, k - 3):k]):
        return False  # (not "tortured to death by prison guards")
    after = words[k + 1:k + 5]
    if after and after[0] == "by" and any(w in _POLICE_WORDS for w in after[1:]):
        return True
    before = words[max(0, k - 4):k]
    if k >= 2 and words[k] == "dead" and words[k - 1] == "shot" and any(w in _POLICE_WORDS for w in words[max(0, k - 6):k - 1]) and (
            k + 4 < len(words) and "who" in words[k + 1:k + 5]):
        return True  # "Police shot dead a man who attacked two officers with a machete"
    return ("him" in before or "her" in before) and any(w in _POLICE_WORDS for w in before)


def _wounded_by_police(st: _Sentence, k: int) -> bool:
    """'before police shot and wounded him': the one the police hurt, in an attack the attacker."""
    words = st.words
    return k + 1 < st.n and words[k] in ("wounded", "injured") and words[k + 1] in ("him", "her") and any(
        w in _POLICE_WORDS for w in words[max(0, k - 5):k])


def _hypothetical(st: _Sentence, first: int) -> bool:
    """A modal, fear or threat right before the figure ('could rise to', 'feared dead')."""
    words = st.words
    k = first - 1
    seen = 0
    while k >= 0 and seen < 5:
        w = words[k]
        if w in (",", ";", ":", "(", ")", ".") or (w == "and" and k + 1 == first and words[first] not in _TRIGGER_KIND):
            break  # ("Hundreds are feared dead and at least 40 bodies have been recovered")
        if w in L.HYPOTHETICAL:
            if w == "may" and (st.raw[k][:1] == "M" and not st.all_caps or (k + 1 < st.n and words[k + 1][:1].isdigit()) or (k > 0 and words[k - 1][:1].isdigit())):
                pass
            else:
                return True
        if w in ("treat", "accommodate", "house", "shelter") and k > 0 and words[k - 1] == "to":
            return True  # "had delivered surgical supplies to treat up to 1,000 wounded": a capacity
        if w == "have" and k > 0 and words[k - 1] == "to" and "enough" in words[max(0, k - 6):k]:
            return True  # "contained enough explosive to have killed or maimed dozens of passengers"
        k -= 1
        seen += 1
    return False


def _ranking_since(words: list[str], i: int) -> bool:
    """The "since" at i closes a ranking ("the deadliest attack in the city since 2003"), which
    measures today's news against an earlier event and counts nothing since then."""
    return any(x in _RANKING_WORDS for x in words[max(0, i - 9):i])


_SPAN_COUNTS: Final = frozenset({"three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"})
_RANKING_WORDS: Final = frozenset({"first", "deadliest", "worst", "biggest", "largest", "bloodiest", "most", "heaviest", "highest"})
_PERIOD_UNITS: Final = frozenset({"days", "weeks", "months", "years", "year", "month", "week", "decade", "decades"})


_SPAN_CAMPAIGN_NOUNS: Final = frozenset({"campaign", "war", "conflict", "insurgency", "struggle", "rebellion", "uprising", "civil"})


def _in_the_span(words: list[str]) -> bool:
    """'in the two weeks to April 4', 'over the three months since the coup': a count over a span
    (not 'in the two days', one bout of fighting)."""
    for i, w in enumerate(words):
        if w in ("weeks", "months", "years", "decades") or (w == "days" and i > 0 and words[i - 1] in _SPAN_COUNTS):
            if i >= 3 and words[i - 2] == "the" and words[i - 3] in ("in", "over", "during", "throughout") and (
                    words[i - 1] in _SPAN_COUNTS or words[i - 1] in ("two", "few", "past", "last") or words[i - 1].isdigit()):
                return True
    return False


def _over_a_period(words: list[str], i: int) -> bool:
    """'last' / 'past' at i opens a period a count runs over ('in the last two months', 'over the
    past year'); not two or three days, the span of one bout of fighting ('32 fighters were killed
    in fighting ... over the past two days'), which news counts as the incident's dead."""
    after = words[i + 1:i + 4]
    for x, unit in enumerate(after):
        if unit in _PERIOD_UNITS:
            if unit == "week" and x == 0:
                # "killed at least 60 people in a series of raids ... over the past week": a
                # roundup's week of incidents, their dead; but "have been killed in the past week"
                # is a running count
                return "have" in words or "has" in words
            return not (unit == "days" and x > 0 and after[x - 1] in ("two", "three", "four", "five", "2", "3", "4", "5", "couple"))
    return False


_ONE_DAY_TOLL_WORDS: Final = frozenset({"daily", "today's", "today\u2019s", "day's", "day\u2019s"})


def _sentence_cumulative_cues(st: _Sentence) -> tuple[bool, bool, bool, int, tuple[int, int] | None]:
    """(strong cue, 'in total', conflict noun, position of a month's count or -1) for a sentence,
    computed once."""
    if st._cumulative_cues is None:
        ws = st.wordset
        words = st.words
        # (not an event's last count: "the provincial health department's final tally was 112 injured")
        strong = "so-far" in ws or ("tally" in ws and not any(w == "tally" and x > 0 and words[x - 1] in ("final", "official")
                                                             for x, w in enumerate(words))) or (words[0] == "overall" and "have" in ws) or (
            # "... since 18 August; the wave of attacks has left 52 people dead nationwide in that period"
            # (not "in the same period" of the two days told before)
            # (a present perfect's too: "TWO ISRAELIS HAVE ALSO BEEN KILLED IN THAT PERIOD")
            "period" in ws and ("since" in ws or "have" in ws or "has" in ws) and any(
                w == "period" and i > 0 and words[i - 1] in ("that", "same") for i, w in enumerate(words))) or (
            # "the fighting which began on 11 November has left at least 2,000 dead"
            ("has" in ws or "have" in ws) and not ws.isdisjoint(("began", "started", "erupted")) and any(
                w in ("began", "started", "erupted") and i > 1 and words[i - 1] in ("which", "that") and (
                    # ("Algeria's civil conflict, which erupted in 1992 ..., has claimed an estimated 150,000 lives")
                    words[i - 2] in _SPAN_EVENT_NOUNS or (i > 2 and words[i - 2] == "," and words[i - 3] in _SPAN_EVENT_NOUNS))
                for i, w in enumerate(words))) or ("toll" in ws and any(
            # (not "the agency did not give a death toll": no toll at all)
            w == "toll" and not any(x in ("not", "no", "without", "n't") for x in words[max(0, i - 5):i])
            # (nor a feared toll: "doctors treated 40 wounded and feared the toll could climb")
            and not any(x in _HYPOTHETICAL_NEAR for x in words[max(0, i - 3):i + 3])
            # (not "The highest toll was in Douma, where raids killed 16": a place's share, nor "the
            # highest monthly toll since the invasion", a ranking of the count itself)
            and not any(x in _RANKING_WORDS for x in words[max(0, i - 2):i])
            # (nor the count's own appositive: "... were killed on June 2, a far higher toll than first reported")
            and not (i + 1 < st.n and words[i + 1] == "than")
            # (nor one day's: "SOHR daily toll, June 12: ... the deaths of 61 people across Syria today")
            and not (i > 0 and words[i - 1] in _ONE_DAY_TOLL_WORDS)
            # (nor the toll sources disagree on, each telling the incident's dead: "Sources differ on
            # the toll: MONUSCO reported that 9 bodies had been recovered")
            and _SOURCES_DIFFER_WORDS.isdisjoint(words[max(0, i - 4):i + 3])
            for i, w in enumerate(words)))
        since_aside = None
        if "since" in ws:
            # "the first attack in the city since the truce", "the deadliest since 2010": a
            # ranking, not a count since then (nor "had died since being brought to hospital")
            for i, w in enumerate(words):
                if w == "since" and not _ranking_since(words, i) and (i + 1 >= st.n or words[i + 1] != "being") and not (
                        _since_days_ago_told(st, i)):
                    strong = True
                    # (an adverb, "has since claimed the lives of 200,000", tells of what follows
                    # it: not "Scores were wounded, and 300 families have since fled")
                    since_aside = (i, st.n) if i > 0 and words[i - 1] in ("have", "has", "had") else (
                        _relative_aside(words, i) or _since_relative_clause(words, i))
                    break
        if not strong and "recent" in ws and not ws.isdisjoint(("days", "weeks", "months", "violence", "unrest")):
            # "in recent days", "in recent weeks", "26 people had died in the recent violence": a span's count
            # (not "in recent fighting", a clash of the last days)
            strong = any(w == "recent" and i + 1 < st.n and words[i + 1] in ("days", "weeks", "months", "violence", "unrest")
                         for i, w in enumerate(words))
        if not strong and "of" in ws and not ws.isdisjoint(("week", "month", "year")):
            # "a month of infighting in Deir el-Zour alone has killed nearly 300 fighters": a span's count
            # (a week of fighting told in the past is one battle's dead, as "over the past week" is:
            # "UNITA SAID THEY HAD KILLED 147 GOVERNMENT SOLDIERS ... IN A WEEK OF FIGHTING")
            strong = any(w in ("week", "month", "year") and 0 < i < st.n - 2 and words[i - 1] == "a" and words[i + 1] == "of"
                         and (i < 2 or words[i - 2] != "by") and (w != "week" or "has" in ws or "have" in ws) for i, w in enumerate(words))
        if not strong and "of" in ws and not ws.isdisjoint(("days", "weeks", "months")):
            # "Seven days of airstrikes had left more than 75 civilians dead"
            # (not the cause's span: "Flash floods triggered by three days of torrential rain killed
            # at least 19 people ... on Tuesday")
            # (not two or three days of fighting: one bout, "killed about sixty rebel fighters in three
            # days of fighting for heights east of Grozny")
            strong = any(w in ("days", "weeks", "months") and i > 0 and i + 1 < st.n and words[i + 1] == "of"
                         and ((words[i - 1].isdecimal() and int(words[i - 1]) > 2) or (words[i - 1] in _SPAN_COUNTS and not (
                             w == "days" and words[i - 1] in ("two", "three"))))
                         and (i < 2 or words[i - 2] != "by") for i, w in enumerate(words))
        if not strong and (st.text.find("-year ", st.s, st.e) >= 0 or st.text.find("-long ", st.s, st.e) >= 0):
            # "ETA has killed nearly 800 people in its 32-year campaign", "the decades-long insurgency"
            strong = any((w.endswith("-year") and w[:-5].isdigit() or w in ("decades-long", "years-long", "decade-long"))
                         and i + 1 < st.n and words[i + 1] in _SPAN_CAMPAIGN_NOUNS for i, w in enumerate(words))
        if not strong and "the" in ws and not ws.isdisjoint(("weeks", "months", "years", "decades", "days")):
            strong = _in_the_span(words)  # "at least 519 people had been killed ... in the two weeks to April 4"
        if not strong and not ws.isdisjoint(("last", "past")) and not ws.isdisjoint(_PERIOD_UNITS):
            # "have been killed in the last two months", "over the past year"
            for i, w in enumerate(words):
                if w in ("last", "past") and i > 0 and words[i - 1] == "the" and _over_a_period(words, i):
                    strong = True
                    break
        month_at = -1
        if not strong and st.pub_month and not ws.isdisjoint(_MONTH_NUMBER):
            # "403 people were killed in November" (published in December): a month's count
            for i, w in enumerate(words):
                if (w in _MONTH_NUMBER and (w != "may" or st.raw[i][:1] == "M") and i > 0 and words[i - 1] in ("in", "during", "throughout")
                        and not (i + 1 < st.n and words[i + 1] == "," and words[i - 1] == "in" and (
                            i <= 3 or words[i - 2] in (",", ";", ":", "and", "but")))
                        # (a month after this one is last year's; a fronted "In March," dates
                        # an earlier incident, which the background rules read, where "DURING
                        # JANUARY, EIGHTY-SEVEN PEOPLE WERE MURDERED" spans the month)
                        and _MONTH_NUMBER[w] != st.pub_month
                        and not _attack_in_other_month(st, i)  # (one attack's dead, not a month's)
                        and not (i + 1 < st.n and words[i + 1][:1].isdigit())):  # not a date ("March 3", "March 1998")
                    month_at = i  # (which counts it governs: see _cumulative)
                    break
        if not strong and "this" in ws and not ws.isdisjoint(("month", "year", "month's", "year's")):
            # "In this month alone, 223 people have been killed", "have died this year": a
            # period's count (but "Earlier this month, a bomb killed five" is background)
            for i, w in enumerate(words):
                if w == "this" and i + 1 < st.n and words[i + 1] in ("month", "year", "month's", "year's") and not (i > 0 and words[i - 1] == "earlier") and not any(
                        x in _RANKING_WORDS and not (x == "first" and words[j + 1] in _PERIOD_PARTS)  # ("the first half of this year")
                        for j, x in enumerate(words[max(0, i - 6):i], max(0, i - 6))) and (
                        (i > 0 and words[i - 1] in ("in", "during", "throughout", "of")) or (i + 2 < st.n and words[i + 2] == "alone")
                        or "have" in ws or "has" in ws):
                    strong = True
                    break
        if not strong and not ws.isdisjoint(("month", "year")):
            # "were killed during the month of November", "throughout the year": a period's count
            # (not "during the week", which news uses for this week's incidents)
            for i, w in enumerate(words):
                # (and "1,253 battle-related deaths for the year")
                if w in ("month", "year") and i > 1 and words[i - 1] == "the" and (
                        words[i - 2] in ("during", "throughout") or (w == "year" and words[i - 2] == "for")) and (
                        w != "month" or (i + 2 < st.n and words[i + 1] == "of" and words[i + 2] in L.MONTHS)):
                    strong = True
                    break
        in_total = False
        if not strong and not ws.isdisjoint(("far", "date", "total")):
            pairs = set(zip(words, words[1:]))
            strong = ("so", "far") in pairs or ("to", "date") in pairs
            in_total = ("in", "total") in pairs
        if strong and since_aside is not None and not (
                ws.isdisjoint(("tally", "so-far")) and "toll" not in ws and "far" not in ws and "date" not in ws):
            since_aside = None  # other cues besides
        if strong and since_aside is None and "far" in ws and ws.isdisjoint(("since", "date", "toll", "tally", "so-far")):
            # "as the violence spread to villages that had so far been spared": a relative
            # clause's own "so far", which counts nothing before it
            f = next((x for x in range(1, st.n) if words[x] == "far" and words[x - 1] == "so"), -1)
            r = next((x for x in range(f - 2, max(-1, f - 5), -1) if words[x] in ("that", "which", "who")), -1)
            if f > 0 and 0 <= r < f - 2 and all(words[x] in ("had", "have", "has") for x in range(r + 1, f - 1)):
                since_aside = (r, next((x for x in range(f, st.n) if words[x] in (",", ";", ":")), st.n))
        st._cumulative_cues = (strong, in_total, not ws.isdisjoint(L.CONFLICT_NOUNS), month_at, since_aside)
    return st._cumulative_cues


def _relative_aside(words: list[str], i: int) -> tuple[int, int] | None:
    """The ', which/who ... ,' aside around position i, if any ('Al Shabaab, which has been
    fighting the government since 2007, said ...')."""
    a = i - 1
    while a > 0 and words[a] not in (",", ";", ":", "(", ")"):
        a -= 1
    if a <= 0 or words[a] != "," or a + 1 >= len(words) or words[a + 1] not in ("which", "who", "where"):
        return None
    b = i + 1
    while b < len(words) and words[b] not in (",", ";", ":", ")"):
        b += 1
    if b >= len(words) or words[b] != ",":
        return None
    return (a, b)


def _since_relative_clause(words: list[str], i: int) -> tuple[int, int] | None:
    """'Two policemen were shot dead ..., the latest in a wave of attacks that has killed more than
    140 police since January': the relative clause the "since" at i ends (from its pronoun to the
    sentence's end), when a perfect verb opens it; a count before it is the day's news."""
    for r in range(i - 1, max(0, i - 16), -1):
        w = words[r]
        if w in (";", ":", "(", ")"):
            return None
        if w in ("that", "which", "who") and r + 1 < i and words[r + 1] in ("has", "have", "had") and r >= 2 and words[r - 1] not in (
                ",", "said", "says", "say", "told", "and", "reported") and (
                # (or "the body of an eighth man who had been missing since the blast"; but "100
                # journalists who have been killed since 2003" is the count the clause tells)
                w != "who" or not any(x in _TRIGGER_KIND for x in words[r + 1:i])):
            return (r, len(words))
        if w == "who" and r >= 2 and words[r + 1] in ("died", "succumbed") and (
                words[r - 1][:1].isdigit() or words[r - 1] in _NUMBER_WORDS_NOT_ARTICLE):
            # "The 31 dead include three who died of their injuries since Sunday": the hurt who died
            # since the attack, among its dead, no running count
            return (r, len(words))
        if w == "where" and r >= 2 and any(x in ("has", "have", "had") for x in words[r + 1:i]):
            # (or "... DIED TODAY WHEN SECURITY FORCES STORMED A FARMHOUSE WHERE A COMMANDO HAD
            # BEEN HOLDING 22 PEOPLE SINCE SATURDAY")
            return (r, len(words))
    return None


_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", "although", "though", "but", "while", "because", "as", "bringing", "raising", "taking", "pushing",
                            "which", "who"})


def _toll_in_later_clause(st: _Sentence, q: Quantity | None, k: int) -> bool:
    """'The strikes killed five people, bringing the toll to 50' / 'although the toll may rise':
    the only cumulative cue is a toll named in a later clause, so the count is the incident's own."""
    ws = st.wordset
    if "toll" not in ws and "tally" not in ws and "number" not in ws:
        return False
    words = st.words
    if st._toll_marks is None:  # once per sentence: positions of tolls and of clause breaks
        st._toll_marks = ([i for i, w in enumerate(words) if w in ("toll", "tally") or (
                              # "bringing the number of its servicemen killed since 12 July to 12"
                              # ("the number of people who have died in the fires")
                              w == "number" and i + 1 < st.n and (words[i + 1] in _NUMBER_OF_NOUNS or (
                                  words[i + 1] == "of" and any(x in _NUMBER_OF_NOUNS for x in words[i + 2:i + 7]))))],
                          [i for i, w in enumerate(words) if w in _CLAUSE_BREAKS])
    tolls, breaks = st._toll_marks
    if not tolls:
        return False
    if not ws.isdisjoint(("since", "so-far", "far", "date", "last", "past")) and any(
            w in ("since", "so-far", "far", "date", "last", "past") for w in words[:tolls[0]]):
        return False  # other cumulative cues before the toll: leave the sentence to them
    end = max(q.np_end if q is not None else k + 1, k + 1)
    start = min(q.start if q is not None else k, k)
    if tolls[0] < start:
        return False  # "the toll rose to 50 ..." names the toll first
    near = st.words[max(0, start - 3):min(end + 1, start + 12)]
    if "has" in near or "have" in near:
        return False  # "has killed 23 civilians this year, the highest toll": a perfect count is cumulative
    t = bisect_left(tolls, end)
    if t == len(tolls):
        return False
    b = bisect_left(breaks, end)
    return b < len(breaks) and breaks[b] < tolls[t]


# A war is a period: what it killed is a toll ("the six-year war, which has killed hundreds of
# thousands", "the conflict has claimed the lives of 210000"), unlike a day's fighting.
_WAR_NOUNS: Final = frozenset({
    "war", "conflict", "uprising", "insurgency", "revolution", "crisis", "pandemic", "epidemic",
    "outbreak", "invasion", "occupation", "hostilities", "intifada", "genocide",
})
_AGENT_GAP: Final = frozenset({
    "has", "have", "had", "already", "so", "far", "now", "reportedly", "also", "which", "that", ",",
    "caused", "claimed", "left", "killed", "the", "lives", "of", "more", "than", "over", "at", "least",
    "about", "some", "nearly", "almost", "around", "upwards", "approximately", "an", "estimated",
})


def _war_agent(st: _Sentence, q: Quantity | None, k: int) -> bool:
    """The count's agent is a war or, with a perfect verb, a conflict ('the fighting has killed')."""
    words = st.words
    a = min(q.start if q is not None else k, k)
    perfect = False
    p = a - 1
    while p >= 0 and a - p <= 12:
        w = words[p]
        if w in _WAR_NOUNS or (perfect and w in L.CONFLICT_NOUNS):
            return True
        if w not in _AGENT_GAP:
            return False
        if w == "," and not (p + 1 < st.n and words[p + 1] in ("which", "that")):
            return False  # "In the war against IS, troops killed five": the war is not the agent
        if w in ("has", "have"):
            perfect = True
        p -= 1
    return False


def _conflict_subject(st: _Sentence, q: Quantity | None, k: int) -> bool:
    """'The conflict in the North-West and South-West regions, which began after a crackdown in
    2016, has killed an estimated 3,000 people': a conflict with its place or a relative clause
    between it and a perfect verb."""
    words = st.words
    a = min(q.start, k) if q is not None else k
    # the perfect verb: "has killed 3,000", "has claimed an estimated 60,000 lives"
    h = next((x for x in range(a - 1, max(-1, a - 4), -1) if words[x] in ("has", "have")), -1)
    if h < 1:
        return False
    for c in range(h - 1, max(-1, h - 31), -1):
        w = words[c]
        if w in (";", ":") or w in _TRIGGER_KIND:
            return False
        if (w in _WAR_NOUNS or w in _LONG_CONFLICT_NOUNS) and c + 1 < h and words[c + 1] in ("in", "across", "on", "over", "between", ","):
            # (or its age: "The 10-year-old war between Shining Path and government forces has left ...")
            return c == 0 or words[c - 1] in ("the", "a", "an", "this", "that", "its", "their") or words[c - 1].endswith(
                ("-long", "-old", "'s", "\u2019s"))
        if w in _SPELL_OF_FIGHTING and (c == 0 or words[c - 1] == "the") and c + 1 < h and words[c + 1] in ("in", "across", "around", "for") and (
                q is not None and q.best >= 100):
            # (a spell of fighting with its place, hundreds dead: "Fighting in Marawi has killed more
            # than 170 people, including 120 militants")
            return True
    return False


# the lower-case adjectives of a side that pair before one plural noun ("rebel and jihadist fighters")
_SIDE_ADJECTIVES: Final = frozenset({"rebel", "jihadist", "islamist", "government", "pro-government", "opposition", "insurgent",
                                     "tribal", "allied", "regime", "pro-regime", "loyalist", "separatist", "militia"})
_SPELL_OF_FIGHTING: Final = frozenset({"fighting", "clashes", "violence", "unrest", "hostilities"})


def _month_governs(st: _Sentence, q: Quantity | None, k: int, month_at: int) -> bool:
    """'403 people were killed in November': the month phrase belongs to this count's clause (not
    to 'Seven people died at the scene and a man died of his wounds in April')."""
    words = st.words
    lo = min(q.start if q is not None else k, k)
    hi = max(q.np_end if q is not None else k + 1, k + 1)
    if month_at >= hi:
        if any(words[x] == "since" and _ranking_since(words, x) for x in range(hi, month_at)):
            return False  # "... in one of the deadliest attacks since a ceasefire came into force in February"
        # (nor across another clause's verb: "... that killed more than 100 people, is still believed
        # to be holding three sailors seized in the Sulu Sea in June")
        return not any(w in ("and", ";", "but", "while") or w in _TRIGGER_KIND or w in L.AUX for w in words[hi:month_at])
    return not any(w in (";", "but", "while") or w in _TRIGGER_KIND for w in words[month_at + 1:lo])


def _attack_in_other_month(st: _Sentence, i: int) -> bool:
    """'a suicide bombing at an army recruiting centre in the city in October killed 20 people':
    the month (not the published one) at i dates one attack named just before it, an earlier one."""
    words = st.words
    w = words[i]
    if w == "may" or i == 0 or words[i - 1] not in ("in", "last") or not st.pub_month or _MONTH_NUMBER[w] == st.pub_month:
        return False
    if i + 1 < st.n and words[i + 1][:1].isdigit():
        return False  # a date ("in October 1998" is read as a year)
    if i == 1 and i + 1 < st.n and words[i + 1] == ",":
        return True  # a fronted month: "Last October, nine marines were killed in an ambush"
    # (or "the bombing of the city's main bus station in March, in which 19 people were killed")
    # (or one that opens the sentence: "Clashes in the same area killed 19 people in November")
    return any(words[j] in ("a", "an", "the") and not _INCIDENT_NOUNS.isdisjoint(words[j + 1:j + 4]) for j in range(max(0, i - 14), i)) or (
        i <= 14 and (words[0] in _INCIDENT_NOUNS or words[0] in _PLURAL_EVENT_NOUNS))


_WEAPON_SUBJECTS: Final = frozenset({"bomb", "grenade", "mine", "landmine", "rocket", "missile", "shell", "mortar", "device", "drone"})
# what a recalled attacker did, told in an after-clause ("a week after the FARC ambushed a battalion")
_AFTER_CLAUSE_ATTACK_VERBS: Final = frozenset({"ambushed", "attacked", "bombed", "stormed", "raided", "shelled", "overran", "massacred"})
_PLURAL_EVENT_NOUNS: Final = frozenset({"clashes", "protests", "raids", "strikes", "airstrikes", "shootings", "explosions", "blasts",
                                        "bombings", "bombs", "attacks"})
_EXACT_COUNTS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})
_SERIES_COUNT_WORDS: Final = _EXACT_COUNTS - {"two"}  # ("THE FOUR EXPLOSIONS HAVE KILLED": a run of attacks, not one attack's two parts)
_LONG_CONFLICT_NOUNS: Final = frozenset({"war", "wars", "conflict", "insurgency", "uprising", "rebellion"})
_PERIOD_PARTS: Final = frozenset({"half", "quarter", "months", "weeks", "days", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"})
_TO_DEATH_GERUNDS: Final = frozenset({
    "hacking", "beating", "stabbing", "stoning", "burning", "clubbing", "bludgeoning", "kicking", "shooting",
    "strangling", "torturing", "crushing", "trampling", "starving",
})
_SPAN_EVENT_NOUNS: Final = frozenset({
    "fighting", "war", "conflict", "violence", "uprising", "insurgency", "unrest", "protests", "crisis", "revolt",
    "rebellion", "clashes", "epidemic", "outbreak", "pandemic", "riots", "floods", "flooding", "rains",
})
# "fighters from both sides": pairs that are not two people
_NOT_PEOPLE_PAIRS: Final = frozenset({"sides", "parties", "countries", "nations", "camps", "directions", "ends", "banks", "teams", "groups"})
_STRONG_CLAUSE_CUES: Final = frozenset({"since", "toll", "tally", "so-far", "far", "overall", "total", "date", "period"})


_TOLL_RAISING_GERUNDS: Final = L.TOLL_RAISING_GERUNDS


def _excess_deaths(words: list[str], k: int) -> bool:
    """'caused between 1,300 and 1,900 more deaths than would normally be expected', 'excess
    deaths': a statistic over a period, no incident's dead."""
    return 0 < k < len(words) - 1 and words[k] == "deaths" and (words[k - 1] == "excess" or (words[k - 1] == "more" and words[k + 1] == "than" and any(
        x in ("expected", "normal", "normally", "usual", "average", "typical") for x in words[k + 2:k + 7])))


# the kinds of events a period's statistic counts the dead of ("killed in road accidents last year")
_STATISTIC_EVENTS: Final = frozenset({"violence", "accidents", "attacks", "clashes", "fighting", "conflict", "incidents",
                                      "bombings", "shootings", "crashes", "floods", "disasters", "killings"})


def _year_part_span(words: list[str], k: int) -> bool:
    """After the verb at k, in its clause: 'in the first half of 2020', 'in 2019 alone'."""
    for x in range(k + 1, min(len(words), k + 20)):
        w = words[x]
        if w in (";", ":", "but"):
            return False
        if w == "half" and x >= 2 and words[x - 1] in ("first", "second") and x + 2 < len(words) and words[x + 1] == "of" and (
                _is_year_word(words[x + 2]) or words[x + 2] in ("the", "this", "last")):
            return True
        if _is_year_word(w) and words[x - 1] == "in" and x + 1 < len(words) and words[x + 1] == "alone":
            return True
    return False


def _killed_in_kind_last_period(words: list[str], k: int) -> bool:
    """'killed in Maoist violence last year': the verb at k, then 'in' a kind of events, then 'last
    year' or 'last month', in one clause (not 'killed 25 people at a mosque last month')."""
    for x in range(k + 1, min(len(words) - 1, k + 12)):
        if words[x] in (",", ";", ":", "and", "but"):
            return False
        if words[x] == "last" and words[x + 1] in ("year", "month"):
            if words[x - 1] in L.MONTHS or words[x - 1] in ("early", "late", "mid"):
                return False  # "in early December last year": one event's date
            return any(words[y] == "in" and not _STATISTIC_EVENTS.isdisjoint(words[y + 1:y + 4]) for y in range(k + 1, x))
    return False


_RANKING_SUPERLATIVES: Final = _RANKING_WORDS - {"first", "most", "biggest", "largest"}
_RANKED_PERIODS: Final = _PERIOD_UNITS - {"days", "decades"} | {"season", "quarter"}
_SPAN_PERIOD_NOUNS: Final = _PERIOD_UNITS - {"decade", "decades"} | {"weekend", "period", "holiday"}


def _since_days_ago_told(st: _Sentence, i: int) -> bool:
    """'said 43 Houthi fighters had been killed since Wednesday in clashes along the coastal road':
    a count told in the pluperfect since a day of the last week is the dead of one bout of
    fighting, not a running toll (but 'have been killed ... since Friday evening', told as it
    stands, and a disaster's dead since a weekday are)."""
    words = st.words
    if i + 1 >= st.n or not (words[i + 1] in L.WEEKDAYS or words[i + 1] == "yesterday" or (
            words[i + 1] == "last" and i + 2 < st.n and words[i + 2] == "night")):
        return False
    if i + 2 < st.n and words[i + 2] in ("'s", "s", "’s"):
        return False  # "since Tuesday's presidential election": an event's span
    ws = st.wordset
    # (nor a vague count: '"HUNDREDS" OF RUSSIAN SOLDIERS HAD BEEN KILLED IN STREET FIGHTING SINCE
    # SUNDAY' is a running estimate)
    return "had" in ws and "has" not in ws and "have" not in ws and ws.isdisjoint(_SPAN_DISASTER_WORDS) and ws.isdisjoint(_TOLL_NOUNS) and not any(
        q.vague is not None for q in st.quantities)


def _cumulative(st: _Sentence, q: Quantity | None, k: int) -> bool:
    """Cues that a killed count is a death toll ('so far', 'since', 'have died in the fighting')."""
    words = st.words
    strong, in_total, conflict, month_at, since_aside = _sentence_cumulative_cues(st)
    if strong and since_aside is not None:
        a0, b0 = since_aside
        if not (a0 < min(q.start if q is not None else k, k) and max(q.np_end if q is not None else k, k) <= b0) and not (
                # (but the subject's own perfect after its aside counts over its span: "The PKK,
                # which has fought since 1984 for self-rule, has been blamed for the deaths of more
                # than 10,000 people")
                b0 + 1 < st.n and words[b0] == "," and words[a0 + 1] == "which" and words[b0 + 1] in ("has", "have")
                and b0 < min(q.start if q is not None else k, k)):
            strong = False  # the "since" tells of someone in an aside, not of this count
    if strong and ";" in st.wordset:
        # "The militants have been fighting since 2009; in 2013 they killed more than 150
        # villagers": a cue before a semicolon does not reach the clause after it
        lo = min(q.start if q is not None else k, k)
        semi = max((i for i in range(lo) if words[i] == ";"), default=-1)
        if semi >= 0 and ("since" in words[:semi] or "recent" in words[:semi]) and _STRONG_CLAUSE_CUES.isdisjoint(words[semi:]):
            strong = False  # (or "Peshawar has suffered a string of bombings in recent weeks; a blast ... on Oct. 19 killed 14")
    if strong and "when" in st.wordset and "since" in st.wordset:
        # "The region had not been hit so hard since May 31, 1970, when an earthquake ... killed
        # tens of thousands": the event of the day the span starts at, no count over it
        lo = min(q.start if q is not None else k, k)
        since = max((i for i in range(lo) if words[i] == "since"), default=-1)
        if since >= 0 and any(words[x] == "," and words[x + 1] == "when" for x in range(since + 1, lo - 1)) and (
                words[k - 1] not in ("have", "has", "had", "been")):
            strong = False
    if _excess_deaths(words, k):
        return True
    if k > 0 and words[k] == "deaths" and words[k - 1] == "battle-related" and q is not None and q.best >= 25 and (
            "dyad" in st.wordset or "dyad's" in st.wordset or "year" in st.wordset or any(_is_year_word(w) for w in words[k + 1:k + 4])):
        return True  # "a dyad that registered more than 1,000 battle-related deaths in 2010": a coder's count over a year
    hi = max(q.np_end if q is not None else k, k)
    if not st.wordset.isdisjoint(_TOLL_RAISING_GERUNDS) and any(
            words[x] in _TOLL_RAISING_GERUNDS and x + 1 < st.n and (
                (words[x + 1] in ("the", "its", "their") and "to" in words[x + 2:x + 18])
                # ("..., raising to more than 800 the number of people slain in the city since January")
                or (words[x + 1] == "to" and ("number" in words[x + 2:x + 9] or not _TOLL_NOUNS.isdisjoint(words[x + 2:x + 9]))))
            for x in range(hi + 1, st.n)):
        # "... have killed at least 67 people across Nepal, bringing the number of monsoon-related
        # deaths since mid-June to 412": the count a later clause adds to the toll is the news
        return False
    if strong and not _toll_in_later_clause(st, q, k):
        return True
    if not st.wordset.isdisjoint(_RANKING_SUPERLATIVES) and any(
            words[x] in _RANKING_SUPERLATIVES and not _RANKED_PERIODS.isdisjoint(words[x + 1:x + 3])
            for x in range(min(q.start if q is not None else k, k))):
        # "June was the deadliest month for NATO forces in the war, with 103 deaths": a period's count
        return True
    if q is not None and q.best >= 10 and ("alone" in st.wordset or "half" in st.wordset) and _year_part_span(words, k):
        # "at least 1,100 people were killed ... in the first half of 2020 alone", "killed in 2019 alone"
        return True
    if "last" in st.wordset and ("year" in st.wordset or "month" in st.wordset) and q is not None and q.best >= 10 and (
            _killed_in_kind_last_period(words, k)):
        # "more than 900 people were killed in Maoist violence last year": a year's statistic
        return True
    if "during" in st.wordset and "which" in st.wordset and any(
            words[x] == "during" and words[x + 1] == "which" and words[x - 1] == "," and words[x - 2] in _SPAN_PERIOD_NOUNS
            for x in range(2, min(q.start if q is not None else k, k) - 1)):
        # "one of at least 40 shootings in the city over the long holiday weekend, during which nine
        # people were killed": the dead of a span, this incident's among them
        return True
    if k >= 3 and words[k - 1] == "and" and words[k] not in L.KILL_VERBS:
        # "the conflict has killed 300,000 people and wounded more than a million": the second
        # verb shares the first one's subject, and its count is a running count too
        for b in range(k - 2, max(-1, k - 12), -1):
            if words[b] in (";", ":", "but", "while"):
                break
            if words[b] in L.KILL_VERBS:
                first = st.q_by_start.get(b + 1)
                return first is not None and first.np_end <= k and _cumulative(st, first, b)
    if month_at >= 0 and _month_governs(st, q, k, month_at):
        return True
    if ("between" in st.wordset or "from" in st.wordset) and _years_span(words):
        return True  # "fighting between Christians and Muslims between 1998 and 2001 killed about 1,000 people"
    if (conflict or not st.wordset.isdisjoint(_WAR_NOUNS)) and (_war_agent(st, q, k) or _conflict_subject(st, q, k)):
        return True
    if not st.wordset.isdisjoint(_LONG_CONFLICT_NOUNS):
        # "were killed during the two wars Finland fought": a war's dead, a toll (and a conflict's
        # hundreds: "More than 4,000 people died in the decade-long conflict")
        after = st.words[k + 1:k + 8]
        if after and after[0] in ("during", "in", "throughout") and any(
                w in ("war", "wars") or (w in _LONG_CONFLICT_NOUNS and q is not None and q.best >= 100) for w in after[1:]):
            return True
    lo = min(q.start if q else k, k)
    hi = max(q.np_end if q else k, k)
    perfect = "have" in words[lo:hi + 1] or "has" in words[lo:hi + 1]
    # an active perfect before its object: "Militants have killed thousands of people"
    perfect_active = k >= 1 and (words[k - 1] in ("have", "has") or (k >= 2 and words[k - 2] in ("have", "has") and words[k - 1] in L.ADVERBS))
    if in_total and perfect:
        return True
    if perfect_active and k >= 4 and words[k - 1] in ("have", "has") and words[k - 2] in _PLURAL_EVENT_NOUNS and words[k - 4] in ("the", "these", "all") and (
            words[k - 3] in _SERIES_COUNT_WORDS or (words[k - 3].isdecimal() and int(words[k - 3]) >= 3)):
        # "IT WAS THE FOURTH BOMBING IN THE CITY THIS MONTH. THE FOUR EXPLOSIONS HAVE KILLED MORE
        # THAN 70 PEOPLE": a count over a run of attacks (not "the two blasts", one attack's parts)
        return True
    if q is not None and q.start >= 2 and words[q.start - 1] == "to" and words[q.start - 2] in _RISE_VERBS:
        return True
    if perfect and conflict and (q is None or q.best >= 100 or q.qualifier == "vague" or not st.wordset.isdisjoint(_DISASTER_NOUNS)):
        # "More than 700 people have died in the skirmishes": a running count; but "At least 9
        # people have died in clashes during the past few hours" is the news of the day
        return True
    if conflict and q is not None and q.best >= 1000 and "had" in words[lo:hi + 1]:
        return True  # "estimated that as many as 10,000 civilians had died in the fighting"
    if (perfect or perfect_active) and q is not None and q.best >= 10_000 and q.qualifier != "vague":
        return True  # "More than 200000 people have been killed": no one incident's count
    if (perfect or perfect_active) and q is not None and q.vague is not None and q.best >= 1000:
        return True  # "Groups allied to al Qaeda have killed thousands of people across the Sahel"
    return False


def _dated_span_end(words: list[str], j: int) -> tuple[int, int]:
    """Where a span's dated endpoint that opens at j ends, when it names a day and a month ('1
    January', 'June 30', '30 June 2020'), and its day of the year (roughly); else (-1, 0)."""
    n = len(words)
    if j + 1 < n and words[j].isdecimal() and len(words[j]) <= 2 and words[j + 1] in _MONTH_NUMBER and words[j + 1] != "may":
        e, day = j + 2, _MONTH_NUMBER[words[j + 1]] * 31 + int(words[j])
    elif j + 1 < n and words[j] in _MONTH_NUMBER and words[j] != "may" and words[j + 1].isdecimal() and len(words[j + 1]) <= 2:
        e, day = j + 2, _MONTH_NUMBER[words[j]] * 31 + int(words[j + 1])
    else:
        return -1, 0
    if e < n and _is_year_word(words[e]):
        day += 372 * (int(words[e]) - 1900)  # (a year told with it: "1 June 2021 to 1 March 2022")
        e += 1
    return e, day


def _years_span(words: list[str]) -> bool:
    """'between 1998 and 2001', 'from 1980 to 2000', 'between January and mid-August', 'between 1
    January and 30 June': a span of years, months or dated days, whose dead are a running count."""
    for i, w in enumerate(words):
        if w not in ("between", "from"):
            continue
        e, first = _dated_span_end(words, i + 1)
        if 0 < e < len(words) and words[e] == "," and w == "from":
            # (an aside after the start: "From 24 February 2022, when Russia launched its attack, to 9 April 2023")
            close = next((x for x in range(e + 1, min(len(words), e + 24)) if words[x] == ","), -1)
            e = close + 1 if close > 0 else e
        if 0 < e < len(words) and words[e] in ("and", "to"):
            e2, last = _dated_span_end(words, e + 1)
            if e2 > 0 and last - first > 14:
                return True  # (not a few days: "from March 3 to March 5", one bout's dead)
        if i + 3 >= len(words) or words[i + 2] not in ("and", "to"):
            continue
        a, b = words[i + 1], words[i + 3]
        if _is_year_word(a) and _is_year_word(b) and int(a) < int(b):
            return True
        if b in ("early", "mid", "late") and i + 4 < len(words):
            b = words[i + 4]
        b = b.split("-", 1)[1] if b.startswith(("mid-", "early-", "late-")) else b
        if a in _MONTH_NUMBER and b in _MONTH_NUMBER and a != "may" and _MONTH_NUMBER[a] < _MONTH_NUMBER[b]:
            return True
    return False


def _is_year_word(w: str) -> bool:
    return len(w) == 4 and w.isdecimal() and 1900 <= int(w) <= 2100


def _increment(st: _Sentence, q: Quantity) -> bool:
    """'six more bodies', 'three additional deaths': new dead added to a count, never the toll itself."""
    words = st.words
    return (q.num_end < st.n and words[q.num_end] in ("more", "additional", "further")) or (
        q.start > 0 and words[q.start - 1] == "another")


# -ly words that are no manner of dying ("nearly died" is no death) or no adverb at all
_RANK_NOUNS: Final = frozenset({
    "policeman", "policewoman", "constable", "corporal", "sergeant", "captain", "lieutenant", "private", "civilian",
    "guerrilla", "rebel", "militant", "fighter", "trooper", "marine", "commando", "bodyguard", "passer-by", "bystander",
})
_NOT_MANNER_ADVERBS: Final = frozenset({
    "nearly", "almost", "narrowly", "barely", "hardly", "scarcely", "assembly", "family", "italy", "supply",
    "monopoly", "anomaly", "butterfly", "homily", "reply", "rally", "ally", "july", "unlikely", "likely",
})


_HABIT_UNITS: Final = frozenset({"year", "day", "month", "week"})


def _habitual(st: _Sentence) -> bool:
    """'Road accidents kill thousands of people in Tanzania each year': a rate, no event's dead."""
    ws = st.wordset
    if "annually" in ws or "yearly" in ws:
        return True
    if ws.isdisjoint(_HABIT_UNITS) or ws.isdisjoint(("each", "every", "per", "a")):
        return False
    words = st.words
    return any(w in _HABIT_UNITS and i > 0 and words[i - 1] in ("each", "every", "per", "a") and not (
        # ("a day after the attack", "a year ago", "in less than a week": a time, no rate)
        words[i - 1] == "a" and ((i + 1 < st.n and words[i + 1] in _NOT_RATE_AFTER) or (i < 2 or words[i - 2] in _NOT_RATE_BEFORE)))
        for i, w in enumerate(words))


_NOT_RATE_AFTER: Final = frozenset({"after", "ago", "before", "earlier", "later", "of", "and", "or", "in", "when", "since", "into"})
_NOT_RATE_BEFORE: Final = frozenset({
    "than", "within", "for", "about", "over", "under", "in", "nearly", "almost", "after", "before", "some", "around",
    "of", "just", "only", "least", "past", "last", "next", "first", "half", "by", "lasted", "took", "spent", "than", ",",
})


def _manner_adverb(st: _Sentence, p: int) -> bool:
    """'The soldier tragically died', 'COMRADE WILLIAM HEROICALLY FELL': an -ly adverb right before
    the verb."""
    w = st.words[p]
    return len(w) > 6 and w.endswith("ly") and w not in _NOT_MANNER_ADVERBS and (st.all_caps or st.raw[p][:1].islower())


_REDUCED_SUBJECT_PARTICIPLES: Final = frozenset({
    "caught", "hit", "struck", "trapped", "travelling", "traveling", "riding", "sitting", "standing", "walking", "passing",
    "working", "sleeping", "praying", "shopping", "trying", "attempting", "fleeing", "waiting", "queueing", "queuing", "returning"})
_REDUCED_SUBJECT_PREPOSITIONS: Final = frozenset({"in", "by", "at", "on", "inside", "near", "outside", "aboard", "along", "up", "to", "from", "for",
                                                   "past", "with", "into", "across", "through", "towards", "toward"})


_AIRCRAFT_MAKERS: Final = frozenset({"boeing", "airbus", "tupolev", "ilyushin", "antonov", "yakovlev", "cessna", "embraer", "fokker",
                                     "lockheed", "douglas", "mcdonnell", "sukhoi", "mig", "atr", "dash", "learjet", "hercules"})
# who speaks from afar ("In New York, a U.N. spokeswoman said ..."): the place is where it was said
_REMOTE_SPEAKERS: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "envoy", "ambassador",
                                     "secretary-general", "minister", "ministry", "embassy"})
_PARTICIPLE_PHRASE_PREPOSITIONS: Final = frozenset({"in", "at", "on", "by", "near", "from", "into", "inside", "along", "outside", "across",
                                                    "under", "beside", "onto"})
_SECURITY_FORCE_WORDS: Final = frozenset({"security", "police", "military", "forces", "gendarmerie"})
# "In southeastern Karen state, ...": the compass adjectives of _COMPASS_WORDS, and neighbours
_REGION_ADJECTIVES: Final = (_COMPASS_WORDS - _DIRECTIONS) | {"neighbouring", "neighboring", "nearby"}
_PLACE_KIND_NOUNS: Final = frozenset({"state", "province", "region", "district", "county", "governorate", "department", "city",
                                     "town", "village", "township", "prefecture", "oblast"})
_PLACE_PART_NOUNS: Final = _PLACE_KIND_NOUNS | {"quarter", "area", "neighbourhood", "neighborhood", "suburb"}
# irregular participles a passive opens with ("was cut free by firefighters and flown to hospital")
_IRREGULAR_PARTICIPLES: Final = frozenset({"cut", "hit", "shot", "thrown", "taken", "flown", "struck", "found", "brought", "beaten",
                                           "caught", "held", "driven", "blown", "swept", "dug"})


_WEEKDAY_ABBREVIATIONS: Final = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
_MONTH_ABBREVIATIONS: Final = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_SEPARATE_OPENERS: Final = L.SEPARATE_OPENERS
# words after a person that tell no doing of theirs: "a man including ...", "the driver during ..."
_NOT_A_DOING: Final = frozenset({"including", "during", "according", "following", "killing", "wounding", "injuring", "killed", "wounded",
                                 "injured", "hurt", "shot", "stabbed", "named", "identified", "aged"})
# superlatives that stand for an event, no person: "the largest, at Bentalha, ...", "the deadliest"
_SUPERLATIVE_HEADS: Final = frozenset({"largest", "biggest", "deadliest", "worst", "bloodiest", "latest", "most", "greatest", "smallest"})
_CARRYING_WORDS: Final = frozenset({"wearing", "carrying", "holding", "wielding", "driving", "riding"})
_ESCAPE_VERBS: Final = frozenset({"escaped", "fled", "jumped", "crawled", "climbed", "managed", "survived",
                                   # (or was operated on: "The suspect underwent emergency surgery and was in critical condition")
                                   "underwent", "needed", "required"})


def _subject_end(st: _Sentence, k: int) -> tuple[int, str]:
    """Walk back from a participle over auxiliaries and adverbs; the subject's last token and number."""
    words = st.words
    st.passive_seen = False
    st.aside = []
    p = k - 1
    number = ""
    steps = 0
    jumped = False
    while p >= 0 and steps < 12:
        w = words[p]
        if w in L.AUX:
            if w in L.AUX_SINGULAR and not number:
                number = "singular"
            elif w in L.AUX_PLURAL and not number:
                number = "plural"
            if w not in ("have", "has", "had"):
                st.passive_seen = True
            p -= 1
        elif w in ('"', "\u201c", "'") and p == k - 1 and p > 0 and words[p - 1] in L.AUX:
            p -= 1  # 'dozens of terrorists had been "neutralised"': the verb in quotes
        elif w == "turn" and p > 0 and words[p - 1] == "in":
            p -= 2  # "who was in turn killed by the guards"
        elif w == "since" and p == k - 1 and p > 0 and words[p - 1] in ("have", "has", "had"):
            p -= 1  # "two of the wounded had since died": the adverb
        elif w in ("remain", "remained", "remains") and p == k - 1 and words[k] in ("hospitalized", "hospitalised", "injured", "wounded"):
            p -= 1  # "twelve people remain hospitalized"
        elif w in ("lay", "lie", "lies") and p == k - 1 and words[k] == "dead":
            p -= 1  # "14 of the attackers lay dead": a verb of position, as "were"
        elif w in ("out", "away") and p == k - 1 and p >= 2 and words[p - 2] in L.AUX and (
                words[p - 1].endswith("ed") or words[p - 1] in ("brought", "taken", "dug", "swept")):
            p -= 2  # "Twenty-two passengers were pulled out injured", "Two miners were brought out dead"
        elif (w in L.ADVERBS or w in L.MANNER_VERBS or (p == k - 1 and _manner_adverb(st, p))
              or (w in ("less", "very", "most") and p + 1 < k and words[p + 1].endswith("ly"))) and not (
                w in _PARTITIVE_KIND and p > 0 and words[p - 1] in ("the", "those")):
            p -= 1  # but "of the wounded died": "the wounded" is the subject, not a verb
        elif w.endswith("ed") and p < k - 1 and p - 1 >= 0 and (words[p - 1] in L.AUX or (
                words[p - 1] in L.ADVERBS and p - 2 >= 0 and words[p - 2] in L.AUX)):
            p -= 1  # "were kidnapped and killed", "were also abducted and later killed": the first participle
        elif w in ("and", "or") and p - 1 >= 0 and (
                words[p - 1] in L.MANNER_VERBS or words[p - 1] in L.KILL_PARTICIPLES
                or words[p - 1] in L.INJURE_PARTICIPLES
                or (words[p - 1].endswith("ed") and p - 2 >= 0 and (words[p - 2] in L.AUX or words[p - 2] in L.ADVERBS))):
            p -= 1
        elif w in ("and", "or") and not jumped:
            # "was shot in the head and killed", "was kidnapped ... and found dead": back to the first verb
            m = p - 1
            target = -1
            while m >= 1 and p - m < 30 and words[m] not in (",", ";", ":", "and"):
                if words[m - 1] in L.AUX and (words[m].endswith("ed") or words[m] in L.MANNER_VERBS or words[m] in _IRREGULAR_PARTICIPLES):
                    target = m - 1
                    break
                if m >= 2 and words[m - 1].endswith("ly") and words[m - 2] in L.AUX and words[m].endswith("ed"):
                    target = m - 2  # "was forcibly removed from his taxi and killed"
                    break
                if words[m] in ("shot", "stabbed", "hanged", "hanging", "shooting") and m + 1 < p and words[m + 1] in ("himself", "herself"):
                    target = m - 1  # "The gunman shot himself in the head ... and died at a hospital": his own act, then his death
                    break
                if words[m] in _ESCAPE_VERBS and m >= 1 and words[m - 1] not in L.AUX and (st._is_np_word(m - 1) or (
                        words[m - 1] == "," and m >= 3)):
                    # "Their mother and a 10-month-old sister escaped by climbing out a front window
                    # and were treated ... for smoke inhalation": the escape's subject (after its
                    # aside: "A fourth child, a 9-year-old girl, escaped ... and was in fair condition")
                    target = m - 1
                    break
                m -= 1
            if target < 0:
                break
            p = target
            jumped = True
        else:
            break
        steps += 1
    # skip asides between commas: "13 people, including two children, were killed"
    for _ in range(3):
        if p < 0 or words[p] not in (",", ")", "]", "-", "\u2013", "\u2014"):
            break
        if words[p] in ("-", "\u2013", "\u2014"):
            # "23 civilians - including nine children - dead": an aside between dashes
            m = p - 1
            while m >= 0 and p - m < 16 and words[m] != words[p] and words[m] not in (";", ":", ","):
                m -= 1
            if m > 0 and words[m] == words[p]:
                p = m - 1
                continue
            break
        if words[p] == "," and ("aged" in st.wordset or "ages" in st.wordset):
            # "Three children, aged four, seven and nine, died": the ages' list is one aside
            m = next((x for x in range(p - 1, max(0, p - 12), -1) if words[x] in ("aged", "ages")), -1)
            if m >= 2 and words[m - 1] == "," and all(
                    words[x] in (",", "and", "to", "between", "from") or words[x][0].isdigit() or words[x] in _NUMBER_WORDS_NOT_ARTICLE
                    for x in range(m + 1, p)):
                p = m - 2
                continue
        if words[p] == ",":
            # "25 people, including residents, police and soldiers, were injured": a list aside
            m = p - 1
            while m > 0 and p - m < 16 and words[m] not in (";", ":", "including"):
                m -= 1
            if m > 0 and words[m] == "including" and words[m - 1] == ",":
                p = m - 2
                continue
        opener = "," if words[p] == "," else ("[" if words[p] == "]" else "(")  # ("ACTIVISTS OF THE FRONT [FRN] WERE SHOT")
        m = p - 1
        while m >= 0 and p - m < 16 and words[m] != opener and words[m] not in (";", ":"):
            m -= 1
        if m >= 0 and words[m] == opener and m > 0:
            if opener == "," and m + 1 < st.n and words[m + 1] in ("and", "or"):
                p -= 1  # "X, and his brother, were shot": the comma closes a list, not an aside
                break
            if opener == "," and not st.all_caps and "and" in words[m + 2:p - 1] and all(
                    st.raw[x][:1].isupper() or words[x] == "and" for x in range(m + 1, p)):
                # "Three people, Jose Perez, Mario Gomez and Ana Ruiz, were killed": the names'
                # list ends at the comma (the count before it is read in _subject_conjuncts)
                p -= 1
                break
            if m + 3 < st.n and words[m + 1] in ("along", "together") and words[m + 2] == "with":
                q = st.q_by_start.get(m + 3)  # "X, along with three other militants, was killed"
                if q is not None and not q.used:
                    st.aside.append(q)
            p = m - 1
        else:
            break
    if 2 < p < st.n and words[p][:1].isdigit():
        # "54 people aged between 15 and 76 had been taken to hospitals": the ages after the noun
        m = next((x for x in range(p - 1, max(0, p - 6), -1) if words[x] in ("aged", "ages")), -1)
        if m > 0 and all(words[x] in ("between", "from", "and", "to", "-") or words[x][:1].isdigit() for x in range(m + 1, p + 1)):
            p = m - 1
    # "A police officer who was shot during a robbery last Friday died of his injuries": the
    # subject is the person before the relative clause
    if 0 < p and "who" in st.wordset and words[p] not in ("who", "whom") and st.q_by_end.get(p + 1) is None:
        # (a long clause too: "an 80-year-old woman who was hit in the face by a tear gas grenade as
        # she closed the shutters of her fourth-floor apartment on Saturday died in hospital")
        for m in range(p - 1, max(0, p - 26), -1):
            if words[m] in (",", ";", ":", "(", ")", "-", "\u2013", "\u2014"):
                break
            if words[m] == "who":
                if st._is_np_word(m - 1) and words[m + 1:m + 2] != [","]:
                    p = m - 1
                    if not number and not _is_plural(words[p]):
                        number = "singular"  # "An elderly patient who could not be evacuated died"
                break
    # "A civilian driver caught in the crossfire also sustained a gunshot wound", "A woman hit by a
    # stray bullet was killed": the subject is the person before the participle's phrase
    if 2 < p and not st.wordset.isdisjoint(_REDUCED_SUBJECT_PARTICIPLES) and st.q_by_end.get(p + 1) is None:
        for m in range(p - 1, max(0, p - 8), -1):
            if words[m] in _REDUCED_SUBJECT_PARTICIPLES:
                if words[m + 1] in _REDUCED_SUBJECT_PREPOSITIONS and st._is_np_word(m - 1) and words[m - 1] not in L.AUX:
                    p = m - 1
                break
            if not (st._is_np_word(m) or words[m] in ("the", "a", "an", "his", "her", "their", "its", "to") or words[m] in _REDUCED_SUBJECT_PREPOSITIONS):
                break  # ("civilians trying to cross the front line were shot dead")
    # "James Carver, 19, of Lakeview, died": the age in apposition follows the name
    if p >= 2 and words[p][:1].isdigit() and st._age_apposition(p, p + 1):
        p -= 2
    # "Fifteen civilians among them 11 children were killed" (no commas): the subject is the first
    # count; the aside is left to the subgroup rule
    q_aside = st.q_by_end.get(p + 1) if p >= 0 else None
    if q_aside is not None and q_aside.start >= 3:
        b = q_aside.start
        if words[b - 2:b] == ["among", "them"] and st.q_by_end.get(b - 2) is not None:
            p = b - 3
        elif words[b - 1] == "including" and st.q_by_end.get(b - 1) is not None:
            p = b - 2
    # "A man in his 50s was killed": an age after the subject
    if p >= 3 and words[p].endswith("s") and words[p][:-1].isdigit() and words[p - 1] in ("his", "her", "their") and words[p - 2] == "in":
        p -= 3
    # "Two men ages 37 and 42 were shot dead", "a man aged 30 was killed": the ages follow the subject
    if p >= 1 and words[p][:1].isdigit():
        for x in range(p - 1, max(-1, p - 5), -1):
            if words[x] in ("aged", "ages", "age"):
                p = x - 1
                break
            if not (words[x][:1].isdigit() or words[x] in ("and", ",", "to")):
                break
    # "Four soldiers who were part of the escort were wounded": the subject ends before "who"
    if 0 <= p and words[p] != "who" and st.q_by_end.get(p + 1) is None:
        m = p - 1
        while m > 0 and p - m < 14 and words[m] not in (",", ";", ":", "who", "and"):
            m -= 1
        if m > 0 and words[m] == "who" and m + 1 < st.n and words[m + 1] in L.AUX and st.q_by_end.get(m) is not None:
            p = m - 1
    return p, number


def _coordinated_left(st: _Sentence, q: Quantity) -> list[Quantity | tuple[int, str | None]]:
    """Number phrases joined to q's left by 'and' / ',': 'two police and one civilian'."""
    out: list = []
    words = st.words
    cur = q.start
    while cur - 1 >= 0 and words[cur - 1] in ("and", ","):
        j = cur - 1
        if words[j] == "and" and j - 1 >= 0 and words[j - 1] == ",":
            j -= 1
        left = st.q_by_end.get(j)
        if left is not None and not left.used:
            out.append(left)
            cur = left.start
            continue
        single = st.singular_np_ending(j - 1)
        if single is not None and words[cur - 1] == "and":
            out.append(single)
            cur = single[0]
            continue
        break
    return out


def _coordinated_right(st: _Sentence, end: int) -> list[Quantity | tuple[int, str | None, int]]:
    """Number phrases joined on the right: 'killed two police and one civilian'."""
    out: list = []
    words = st.words
    n = st.n
    cur = end
    if cur + 2 < n and words[cur] == "of" and not st.all_caps and st.raw[cur + 1][:1].isupper():
        # "murdered the mayor of Huamanguilla, Ayacucho Department, and two councilmen": a place
        # named after the person, then the list goes on
        c = cur + 1
        while c < n and c - cur < 10 and (st.raw[c][:1].isupper() or words[c] in (",", "of", "the")):
            if words[c] == "," and c + 1 < n and words[c + 1] == "and":
                cur = c
                break
            c += 1
    while cur < n and (words[cur] in ("and", ",") or (words[cur] == "as" and words[cur + 1:cur + 3] == ["well", "as"])
                       or (words[cur] == "along" and cur + 1 < n and words[cur + 1] == "with")
                       or (words[cur] == "in" and words[cur + 1:cur + 3] == ["addition", "to"])):
        if words[cur] == "," and (not out or not isinstance(out[-1], Quantity)) and st.q_by_end.get(cur) is None and (
                cur + 2 < n and st._age_apposition(cur + 1, cur + 2)):
            cur += 2  # "killed Jose Perez, 34, and Mario Gomez, 28": the age of the one before
            continue
        j = cur + 1
        if words[cur] in ("as", "in"):
            j = cur + 3  # "as well as", "in addition to"
        elif words[cur] == "along":
            j = cur + 2
        if words[cur] == "," and j < n and words[j] == "and":
            j += 1
        right = st.q_by_start.get(j)
        if right is None and j < n and words[j] in ("the", "another", "his", "her", "their"):
            # "a woman and her three children", "a leader and his two sons"
            right = st.q_by_start.get(j + 1)
        if right is not None and not right.used:
            after = right.np_end
            if words[cur] == "," and right.head is None and right.np_end == right.start + 1 and words[right.start].isdecimal() and (
                    after >= n or words[after] in (",", ".", ";") or (
                        words[after] == "and" and after + 1 < n and words[after + 1].isdecimal()
                        and (after + 2 >= n or words[after + 2] in (",", ".", ";")))):
                # "killed a retired schoolteacher, 61, whose body ...", "shot dead two brothers, 24
                # and 31, and ...": ages in apposition
                break
            if right.head is None and (after >= n or words[after].endswith("ly") or words[after - 1] in ("them", "whom", "those", "these")
                                       or words[after:after + 2] in (["of", "which"], ["of", "whom"])):
                break  # "wounding six officers, two seriously" / "8 of them seriously" / "five of which"
            if words[cur] == "," and any(words[x] == "of" and words[x + 1] in ("them", "whom") for x in range(right.start, min(after + 1, n - 1))):
                break  # "injuring 51 people, a number of them passers-by": a part of them, no more people
            if words[cur] == "," and words[after:after + 2] == ["among", "them"]:
                break  # "killing at least 19 civilians, six children among them": a part (see _subgroup_rule)
            if after + 1 < n and words[after] in ("still", "now", "reportedly", "also"):
                after += 1  # "... and 47 people still unaccounted for"
            teller = singular(words[right.np_end - 1]) if right.np_end > right.start else ""
            if teller in _TELLERS and after < n and words[after] in _SOURCE_VERBS:
                break  # "killing 11 soldiers, two security sources said": who tells it, not more dead
            if (after < n and (words[after] in L.KILL_PARTICIPLES or words[after] in L.INJURE_PARTICIPLES or words[after] in L.AUX
                               or words[after] in _OTHER_FATES or words[after] in _MODALS)) or right.head in _OTHER_FATES:
                # "... and 20 others were wounded", "kills 11, over 1,000 taken ill", "kills 21
                # miners, 11 still trapped": a new clause
                break
            out.append(right)
            cur = right.np_end
            continue
        name_apposition = (words[cur] == "," and j < n and not st.all_caps and st.raw[j][:1].isupper()
                           and not out and st.q_by_end.get(cur) is None)
        if name_apposition and cur > 0 and st.raw[cur - 1][:1].isupper() or (
                words[cur] == "," and cur >= 2 and j < n and st._age_apposition(cur - 1, cur) and not st.all_caps and st.raw[j][:1].isupper()):
            # "shot dead Jose Perez, Mario Gomez and Ana Ruiz": a list of names
            listed = _singular_list(st, j, names=True)
            if listed:
                out.extend(listed)
                cur = listed[-1][2]
                continue
        if words[cur] == "," and j < n and (words[j] in ("the", "a", "an") or name_apposition or (
                # "MURDERED THE LIEUTENANT GOVERNOR, 62-YEAR-OLD FELICIANO HUAMANI ROJAS, AND TWO OF HIS SONS"
                not out and words[j][:1] in _DIGIT_CHARS and words[j].endswith("-year-old"))) and cur > end - 1:
            # "wounding Abd al-Shammary, the head of the local council, and three of his guards",
            # "assassinated a security official, Major Muhammad Rashad, and one of his bodyguards":
            # an appositive between the people of the list
            c = j + 1
            while c < n and c - j < 10 and words[c] not in (",", ";", ":") and (st._is_np_word(c) or words[c] in ("of", "the", "a", "an")):
                c += 1
            if c + 2 < n and words[c] == "," and words[c + 1] == "and" and (words[j] == "the" or words[c + 2] not in ("a", "an")) and (
                    c + 2 in st.q_by_start or st.singular_np_starting(c + 2) is not None) and not (
                    out and isinstance(out[-1], Quantity)) and cur == end:
                cur = c + 1  # at the "and"
                continue
        after_count = not out and st.q_by_end.get(cur) is not None
        if not after_count and not out and words[cur] == "," and j < n and words[j] in ("his", "her", "their") and cur >= 2:
            # (or after an indefinite person: "killing a man, his wife and their five children")
            first = st.singular_np_ending(cur - 1)
            after_count = first is not None and words[first[0]] in ("a", "an") and first[1] in _PERSON_NOUNS
        if words[cur] == "," and j < n and (words[j] in ("a", "an") or (after_count and words[j] in _LIST_DETERMINERS)) and not (
                out and isinstance(out[-1], Quantity)):
            # "killed a professor, a policeman, and a pedestrian", "murdered six priests, their
            # housekeeper and her daughter": a list of people that ends in "and" (not the
            # appositive of "killed a man, a father of three, in ...")
            # (a possessive opens a list only after a count: "Sam Novello, an American officer
            # and his driver" is a name, its appositive and a second person)
            listed = _singular_list(st, j, possessive=after_count)
            if listed:
                out.extend(listed)
                cur = listed[-1].np_end if isinstance(listed[-1], Quantity) else listed[-1][2]
                continue
            if words[cur + 1] != "and":
                break
        if words[cur] in ("and", "as", "along", "in") or (words[cur] == "," and j < n and words[j] in ("a", "an", "one") and out and isinstance(out[-1], Quantity)) or (
                # "killed a guard, 34, and a cook, 28": the next person after an age
                words[cur] == "," and cur + 1 < n and words[cur + 1] == "and" and cur >= 2 and st._age_apposition(cur - 1, cur)):
            single = st.singular_np_starting(j)
            if single is not None and single[0] <= n:
                after = single[0]
                if after < n and (words[after] in L.AUX or words[after] in L.KILL_INTRANSITIVE or words[after] in _SOURCE_VERBS):
                    break  # (nor who tells it: "..., INCLUDING NINE WOMEN AND FOUR CHILDREN, A MILITARY SPOKESMAN SAID")
                out.append((j, single[1], single[0]))
                cur = single[0]
                continue
        break
    return out


# what befell the people of a count other than the verb before it
_OTHER_FATES: Final = frozenset({"taken", "missing", "unaccounted", "ill", "hurt", "arrested", "displaced", "evacuated", "rescued", "trapped",
                          "hospitalised", "hospitalized", "detained", "abducted", "kidnapped", "sickened", "affected"})
_LIST_DETERMINERS: Final = frozenset({"a", "an", "his", "her", "their"})


# the verbs that tell the dead were found: "The bodies of ... were found", "his body was recovered"
_FOUND_VERBS: Final = frozenset({"found", "discovered", "recovered", "identified", "dumped", "retrieved"})


def _caps_names_list(st: _Sentence, j: int) -> list[tuple[int, str | None, int]]:
    """'THE BODIES OF JOSE PEREZ AND MARIO GOMEZ WERE FOUND': in capitals no case tells a name, so
    the names are the words between 'and' and commas up to the verb of finding."""
    words = st.words
    end = next((x for x in range(j, min(st.n, j + 16)) if words[x] in L.AUX or words[x] in _FOUND_VERBS), -1)
    if end < 0 or not any(words[x] in _FOUND_VERBS for x in range(end, min(st.n, end + 3))):
        return []
    items: list[tuple[int, str | None, int]] = []
    start = j
    for x in range(j, end + 1):
        if x == end or words[x] in ("and", ","):
            if not 1 <= x - start <= 4 or not all(words[y].isalpha() and words[y] not in _NOT_NAME_WORDS for y in range(start, x)):
                return []
            items.append((start, None, x))
            start = x + 1
            if x < end and words[x] == "," and words[x + 1] == "and":
                start = x + 2
    return items if len(items) >= 2 else []


# words of a noun phrase that no name in capitals holds
_NOT_NAME_WORDS: Final = frozenset({"the", "a", "an", "his", "her", "their", "two", "three", "four", "five", "victims", "dead", "men",
                                    "women", "people", "children", "soldiers", "policemen", "of", "and", "in", "on", "at", "near"})


def _singular_list(st: _Sentence, j: int, possessive: bool = False, names: bool = False) -> list:
    """'a policeman, and a pedestrian' / 'a policeman and a pedestrian' starting at j: the list's
    people, or [] when the commas end without a final 'and' (an appositive, not a list). Items
    are (start, head, end) tuples, the last one may be a count (a Quantity): "a teacher, a police
    officer and two students". With names, a list of names in mixed case: "Mario Gomez, 28, and
    Ana Ruiz" (each with its age, if any)."""
    words = st.words
    n = st.n
    determiners = _LIST_DETERMINERS if possessive else ("a", "an")

    def opens(x: int) -> bool:
        return x < n and (st.raw[x][:1].isupper() if names else words[x] in determiners)

    items: list[tuple[int, str | None, int]] = []
    while opens(j) and len(items) < 8:
        single = st.singular_np_starting(j)
        if single is None or (names and single[1] is not None):
            return []
        end = single[0]
        items.append((j, single[1], end))
        if end + 2 < n and st._age_apposition(end + 1, end + 2):
            end += 2  # "a cook, 28, and a driver"
        if end < n and words[end] == "and":
            nxt = end + 1
        elif end + 1 < n and words[end] == "," and words[end + 1] == "and":
            nxt = end + 2
        elif end < n and words[end] == ",":
            j = end + 1
            continue
        else:
            return []
        last = st.singular_np_starting(nxt) if opens(nxt) else None
        if last is None or (names and last[1] is not None):
            # (a count may close the list: "killed a teacher, a police officer and two students",
            # "a man, his wife and their five children")
            q_last = None if names else st.q_by_start.get(
                nxt + 1 if possessive and nxt + 1 < n and words[nxt] in ("his", "her", "their") else nxt)
            if q_last is not None and not q_last.used and q_last.head is not None and q_last.head not in L.NOT_PEOPLE:
                return [*items, q_last]
            return []
        items.append((nxt, last[1], last[0]))
        return items
    return []


_TRIGGER_KIND: dict[str, str] = {}
for _w in L.KILL_NOUNS | L.INJURE_NOUNS | L.CASUALTY_NOUNS | L.CONTEXT_NOUNS | {"toll"}:
    _TRIGGER_KIND[_w] = "noun"
for _w in L.WOUNDING_VERBS | L.CONTEXT_DEATH_WORDS | L.HARM_VERBS:
    _TRIGGER_KIND[_w] = "context"  # read by _context_rule
for _w in L.INJURE_PARTICIPLES | L.INJURE_VERBS:
    _TRIGGER_KIND[_w] = "injured"
for _w in L.KILL_PARTICIPLES | L.KILL_INTRANSITIVE | L.KILL_VERBS:
    _TRIGGER_KIND[_w] = "killed"
_TRIGGER_WORDS: Final = frozenset(_TRIGGER_KIND)
_SOURCE_HEADS: Final = frozenset({
    "monitor", "afp", "ap", "reuters", "observatory", "sana", "xinhua", "tass", "irna", "ani", "pti",
    "official", "source", "report", "media", "tv", "agency", "witness", "ministry", "police-say",
})
# who tells a count, read where a list would go on ("killing 11 soldiers, two security sources said")
_TELLERS: Final = _SOURCE_HEADS | frozenset({"resident", "doctor", "medic", "spokesman", "officer", "villager"})
# a count set against another party's: "well above the ministry's figure of 21"
_COMPARED_WITH: Final = frozenset({"above", "below", "than", "against", "compared", "versus", "exceeding", "contradicting", "unlike"})
_OTHER_ESTIMATE_WORDS: Final = frozenset({"higher", "lower", "different", "conflicting", "differing", "smaller", "larger", "own"})
# nouns after a casualty noun that make it a report about the count, not the casualties themselves
# (an account's own nouns, but "no casualty reports" may say none were reported)
_COUNT_REPORT_NOUNS: Final = _EARLIER_ACCOUNT_NOUNS - {"statement", "report", "reports", "account"} | {
    "counts", "number", "numbers", "details", "information", "data", "breakdown"}
_LIFE_COMPOUNDS: Final = frozenset({"jacket", "jackets", "vest", "vests", "boat", "boats", "raft", "rafts", "insurance", "support",
                                   "imprisonment", "sentence", "sentences", "expectancy", "savings", "buoy", "buoys", "belt", "belts"})
_DENIAL_STEMS: Final = ("denie", "deny", "reject", "dispute", "dismissed")
_DENIAL_WORDS: Final = frozenset({"denied", "denies", "deny", "denying", "rejected", "rejects", "rejecting", "disputed", "disputes",
                                  "disputing", "dismissed", "dismissing"})
_DENIED_THINGS: Final = frozenset({"claim", "claims", "figure", "figures", "report", "reports", "account", "having", "toll"})
_ORDINAL_NUMBER_RE: Final = re.compile(r"\d+(?:st|nd|rd|th)")
_ORDINAL_VALUE: Final = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_HEADS: Final = frozenset(_ORDINAL_VALUE)
_RANK_ORDINALS: Final = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                   "eleventh", "twelfth", "latest", "last"})
# a rank of the dead ("the 17th teenager killed in London this year"; not "the first victim")
_RANK_ORDINAL_WORDS: Final = (_RANK_ORDINALS - {"first", "last"}) | {"twentieth", "hundredth"}
_ACCOUNT_NOUNS: Final = ("account", "version", "story", "figure", "toll", "estimate", "tally", "picture")
_ACCOUNT_NOUN_WORDS: Final = frozenset(_ACCOUNT_NOUNS) | frozenset({"accounts", "versions", "stories", "figures", "tolls", "estimates", "tallies", "pictures"})
_OTHER_ACCOUNT_WORDS: Final = frozenset({"different", "conflicting", "contradictory", "differing", "another", "opposing", "rival", "higher", "lower"})
_TOLL_COMPARED_BY: Final = frozenset({"was", "is", "were", "are", "far", "much", "considerably", "significantly", "likely", "probably"})
_ESTIMATE_NOUNS: Final = frozenset({"toll", "figure", "count", "number", "estimate", "tally", "death"})
_CLAIM_ENDS: Final = frozenset({";", ":", "but", "while", "although", "whereas", "however", "though", "after"})
_CLAIM_CUE_WORDS: Final = frozenset({"claimed", "claims", "claim", "claiming", "stated", "boasted", "asserted", "according", "said", "says",
                                     "saying", "stating"})
_ADDITIVE_CUE_WORDS: Final = L.ADDITIVE_CUES
_CONTRAST_WORDS: Final = frozenset({"but", "while", "though", "although", "whereas", "however"})
_SOURCE_VERBS: Final = frozenset({
    "said", "say", "says", "claimed", "claim", "claims", "mentions", "mentioned", "reported", "reports",
    "estimated", "estimates", "put", "puts", "according", "told", "gave", "gives", "cited", "cites",
    "insisted", "insist", "insists", "maintained", "maintain", "maintains",  # ("some traders insisted that about 15 people died")
})
# a count of someone's own beside the article's: "An independent count by a rights group gave 41 dead"
_INDEPENDENT_COUNT_WORDS: Final = frozenset({"independent", "unofficial", "alternative", "rival", "separate"})
# "Sources differ on the number of victims": the counts after it are the sources'
_SOURCES_DIFFER_WORDS: Final = frozenset({"differ", "disagree", "vary", "conflict"})
# a source that counted the dead itself ("..., while local groups counted 14 dead")
_TALLY_VERBS: Final = frozenset({"counted", "recorded", "tallied", "documented"})
_ALTERNATIVE_CUE_WORDS_BUT_ONLY: Final = _CONTRAST_WORDS | {"sources", "reports", "estimates", "accounts", "source", "report", "account"} | _OTHER_ESTIMATE_WORDS | (
    _INDEPENDENT_COUNT_WORDS)
_ALTERNATIVE_CUE_WORDS: Final = _ALTERNATIVE_CUE_WORDS_BUT_ONLY | {"only"}
_VERB_TRIGGERS: Final = frozenset(w for w, kind in _TRIGGER_KIND.items() if kind not in ("noun", "context"))
_CLAUSE_BREAK_WORDS: Final = frozenset({",", ";", ":", "(", "but", "while", "when", "after", "since", "and", "as", "before"})
_MONTH_NUMBER: Final = {m: i + 1 for i, m in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"))}
# causes that tell an incident of their own ("wounded by sniper fire" in a report of shelling)
_SINGLE_CAUSES: Final = frozenset({"sniper", "snipers", "landmine", "landmines"})
# how a claim of responsibility goes on to tell what the attack did ("..., asserting that")
_CLAIM_TELLING_GERUNDS: Final = frozenset({"saying", "adding", "boasting", "asserting", "stating", "claiming", "insisting"})
_RISE_VERBS: Final = L.RISE_VERBS
# what the next sentence tells of the people an event just told killed or hurt
_AFTERMATH_WORDS: Final = frozenset({"survived", "survivor", "survivors", "escaped", "later", "also", "another", "others"})
# an event that a sentence dates: "The riots erupted on Feb. 27, 1989"
_EVENT_START_VERBS: Final = frozenset({"erupted", "broke", "began", "started", "struck", "happened", "occurred", "hit"})
_DATED_EVENT_NOUNS: Final = frozenset({
    "floods", "flood", "tsunami", "earthquake", "quake", "attacks", "bombings", "massacre", "riots",
    "war", "cyclone", "hurricane", "typhoon", "famine", "uprising", "genocide", "storm", "fire", "disaster",
    "siege", "hijacking", "stampede", "collapse", "derailment", "coup", "crackdown", "campaign",
    "blaze", "inferno", "landslide", "mudslide", "avalanche", "eruption", "outbreak", "epidemic", "sinking",
    "shipwreck", "heatwave",
})
_BACKGROUND_CUE_WORDS: Final = frozenset({"recent", "previous", "earlier", "prior", "similar", "last", "ago", "anniversary", "commemorate", "commemorating", "remembrance", "funeral", "burial", "memorial",
                                   "recently", "separate", "since", "recalled", "follows", "followed"})
_AFTER_UNITS: Final = frozenset({"days", "weeks", "months", "week", "month", "years", "day"})
# after "last": a span of time before the news ("last week's attack" is left out: a follow-up's
# "wounded in last week's attack ... died" tells the news itself)
_LAST_SPAN_WORDS: Final = frozenset({"year", "month", "week", "years", "months", "year's", "month's", "year’s", "month’s",
                                     # ("a six-week war last autumn ... that killed about 6,500 people")
                                     "autumn", "fall", "spring", "summer", "winter"})
_BACKGROUND_CUE_WORDS_BUT_SINCE: Final = _BACKGROUND_CUE_WORDS - {"since"}
# Every word _has_background_cue's loop tests (a year aside)
_BACKGROUND_LOOP_WORDS: Final = _BACKGROUND_CUE_WORDS | {"after", "anniversary", "commemorate", "commemorating", "remembrance"}


def _process_sentence(ex: _Extraction, st: _Sentence, si: int) -> None:
    words = st.words
    if st.wordset.isdisjoint(_TRIGGER_KIND):
        return
    if st.sentence_text()[0].rstrip("\"'\u201d\u2019)").endswith("?"):
        return  # a question states no figure ("can staff get in without being killed?")
    # trigger positions from the few trigger words present (list.index scans in C)
    positions = []
    for w in st.wordset & _TRIGGER_WORDS:
        k = words.index(w)
        positions.append(k)
        for _ in range(words.count(w) - 1):
            k = words.index(w, k + 1)
            positions.append(k)
    positions.sort()
    kinds_at = {k: _TRIGGER_KIND[words[k]] for k in positions}
    for k in list(kinds_at):
        if words[k] in ("wound", "wounds") and k > 0 and (words[k - 1] in _INJURY_ADJECTIVES or words[k - 1] in _SUFFER_VERBS or (
                words[k] == "wounds" and (words[k - 1] in ("for", "with") or (
                    # ("were treated for birdshot wounds", "for machete and arrow wounds")
                    k > 1 and words[k - 1] in L.CARE_MODIFIERS and any(
                        words[x] in ("for", "with") and all(y in L.CARE_MODIFIERS for y in words[x + 1:k])
                        for x in range(k - 2, max(-1, k - 6), -1)))))):
            # "sustained a bullet wound", "THREE MORE SOLDIERS SUFFERED WOUNDS", "were being treated for wounds"
            kinds_at[k] = "noun"
        elif words[k] == "murders" and k in st.q_by_end:
            kinds_at[k] = "noun"  # "recorded more than 1,100 murders so far this year": a count of deaths
    # "fatally wounded / injured" is a death
    for k in list(kinds_at):
        if kinds_at[k] == "injured" and k > 0 and words[k - 1] in ("fatally", "mortally") :
            kinds_at[k] = "killed"

    if st.n >= 4 and words[1] == ":" and words[0] in _FIELD_KIND and words[2] in _ESTIMATE_LABELS:
        # a coder's estimates: "Fatalities: best 9, low 9, high 13.", "Fatalities: low 8, high 10"
        # (whose best may follow: "Best estimate 8"), read as one range
        _coded_estimates(ex, st, si)
        return
    if ":" in st.wordset and not st.wordset.isdisjoint(_FIELD_KIND) and _field_counts(ex, st, si):
        return
    _toll_rule(ex, st, si, kinds_at)
    if not st.wordset.isdisjoint(_EXCEED_VERBS):
        _deaths_exceeded(ex, st, si)
    _zero_rules(ex, st, si, kinds_at)
    for k in sorted(kinds_at):
        kind = kinds_at[k]
        if kind == "noun":
            _noun_rule(ex, st, si, k)
            continue
        if kind == "context":
            _context_rule(ex, st, si, k)
            continue
        w = words[k]
        if w in ("hurt", "harmed") and k > 0 and words[k - 1] in ("not", "n't", "didn't"):
            continue
        if kind == "injured" and k + 2 < st.n and words[k + 1] == "and":
            x = k + 2
            while x < st.n and x - k < 5 and words[x] in L.ADVERBS:
                x += 1
            if x < st.n and words[x] in ("died", "succumbed"):
                continue  # "was wounded and later died": one death, read at "died"
        if kind == "injured" and w in L.INJURE_PARTICIPLES and _hurt_who_died(ex, st, si, k):
            continue  # "two injured passengers died", "a constable who was injured ... succumbed"
        if kind == "injured" and w in ("wounded", "injured") and k + 2 < st.n and words[k + 2] in ("remain", "remained", "remains") and (
                _is_plural(words[k + 1])):
            q_care = st.q_by_end.get(k)
            if q_care is not None and not q_care.used and not _hypothetical(st, k):
                # "Fifteen wounded soldiers remain in a military hospital": those still in care, among
                # the hurt counted before
                _add_in_care(ex, st, si, q_care, k)
                continue
        if w in _PUT_AT_GROUPS and _put_group_at(ex, st, si, k, kind):
            continue
        participle = w in L.KILL_PARTICIPLES or w in L.KILL_INTRANSITIVE or w in L.INJURE_PARTICIPLES
        done = False
        # (the verb in quotes too: 'dozens of terrorists had been "neutralised"')
        quoted = k >= 3 and words[k - 1] in ('"', "\u201c", "'")
        if w in _FIGHTERS_ONLY_VERBS and k >= 2 and words[k - 1 - quoted] in ("were", "was", "been", "are", "is"):
            # a passive with fighters as its subject: "UP TO 20 REBELS WERE DESTROYED", "Twenty
            # terrorists were neutralized" (not "Twenty houses were destroyed")
            b = k - 1 - quoted
            q_fighters = st.q_by_end.get(b if words[b - 1] not in ("have", "has", "had") else b - 1)
            if q_fighters is None or q_fighters.head is None or _role(q_fighters.head) != "perpetrator":
                continue
            participle = True
        if participle and k >= 4 and words[k - 1] == "them" and words[k - 2] == "of" and words[k - 3] == "all":
            done = _all_of_them(ex, st, si, k, kind)
        if participle and not done and "whom" in st.wordset and k >= 5:
            done = _all_of_whom(ex, st, si, k, kind)
        if participle and not done:
            done = _subject_rule(ex, st, si, k, kind)
        if not done and (w in L.KILL_VERBS or w in L.INJURE_VERBS or (w == "dead" and k > 0 and words[k - 1] in _SHOOT_FORMS)):
            _object_rule(ex, st, si, k, kind)
    _partitive_rule(ex, st, si)
    if "among" in st.wordset:
        _among_the_dead_rule(ex, st, si)
    # "stabbed two men to death", "was beaten to death"
    _to_death_rule(ex, st, si)
    if not st.wordset.isdisjoint(_FATE_CUES):
        _subject_fate_rule(ex, st, si)
    _subgroup_rule(ex, st, si)
    _in_addition_rule(ex, st, si)
    if "from" in st.wordset and not st.wordset.isdisjoint(("up", "down")):
        _up_from_rule(ex, st, si)


_ELLIPTIC_SOURCE_VERBS: Final = frozenset({"say", "says", "said", "put", "puts", "estimate", "estimates", "claim", "claims", "count"})


def _elliptic_toll(ex: _Extraction, st: _Sentence, si: int, n0: int) -> None:
    """'Official figures say more than 38,000 people have died in the insurgency; separatist groups
    say more than 80,000': another source's running count, its noun and verb left out."""
    toll = next((x for x in range(n0, len(ex.figures)) if ex.figures[x].kind == "death_toll"), None)
    if toll is None:
        return
    words = st.words
    semi = max(i for i, w in enumerate(words) if w == ";")
    if st.start_of(semi) < ex.figures[toll].char_end:
        return
    v = next((x for x in range(semi + 1, min(st.n, semi + 8)) if words[x] in _ELLIPTIC_SOURCE_VERBS), -1)
    if v < 0:
        return
    a = v + 2 if v + 1 < st.n and words[v + 1] in ("that", "it") else v + 1
    if a < st.n and words[a] == "at":
        a += 1  # ("put it at more than 80,000")
    q = st.q_by_start.get(a)
    if q is None or q.used or q.head is not None or not (q.np_end >= st.n or words[q.np_end] in (".", ";", ",")) or _hypothetical(st, v):
        return
    q.head = ex.figures[toll].victims
    ex.add(st, si, "death_toll", q, v, "death_toll")


def _name_bare_counts(ex: _Extraction, st: _Sentence, n0: int) -> None:
    """'three peasants were caught in the crossfire; one was killed and two were wounded': bare
    counts that add up to a group the sentence counted before them are that group's people."""
    bare = [x for x in range(n0, len(ex.figures)) if ex.figures[x].victims is None and ex.figures[x].kind in ("killed", "injured")
            and ex.figures[x].part_of is None and ex.figures[x].role == "victim" and ex.figures[x].rule == "subject_count"]
    if len(bare) < 2:
        return
    first = min(ex.figures[x].char_start for x in bare)
    total = sum(ex.figures[x].best for x in bare)
    group = next((q for q in st.quantities if not q.used and q.head is not None and q.best == total and st.end_of(q.np_end - 1) <= first
                  and q.head not in L.NOT_PEOPLE and q.head not in L.GENERIC_HEADS and q.head not in _THING_NOUNS
                  and q.head not in _EVENT_NOUNS and q.head not in _ANIMAL_HEADS), None)
    if group is not None:
        for x in bare:
            ex.figures[x].victims = group.head


_PUT_AT_GROUPS: Final = frozenset({"dead", "killed", "wounded", "injured"})
_PUT_VERBS: Final = frozenset({"put", "puts", "putting", "placed", "places", "placing"})


def _put_group_at(ex: _Extraction, st: _Sentence, si: int, k: int, kind: str) -> bool:
    """'The initial police count put the dead at 36 and the wounded at 67': a source's count of
    each group (listed beside the article's own; the only count of its kind stands)."""
    words = st.words
    if k < 2 or k + 2 >= st.n or words[k + 1] != "at" or words[k - 1] != "the" or not (
            words[k - 2] in _PUT_VERBS or (words[k - 2] == "and" and any(w in _PUT_VERBS for w in words[max(0, k - 10):k - 2]))):
        return False
    q = st.q_by_start.get(k + 2)
    if q is None or q.used or _hypothetical(st, k):
        return False
    ex.add(st, si, kind, q, k, "put_at", extra={"alternative": True, "put_at": True})
    return True


def _all_of_whom(ex: _Extraction, st: _Sentence, si: int, k: int, kind: str) -> bool:
    """'the five attackers, all of whom were killed', 'the three gunmen, all of whom died': the
    count before the relative clause met the clause's fate."""
    words = st.words
    a = k - 1
    while a > 0 and (words[a] in L.AUX or words[a] in L.ADVERBS):
        a -= 1
    if a < 4 or words[a] != "whom" or words[a - 1] != "of" or words[a - 2] != "all" or words[a - 3] != ",":
        return False
    q = st.q_by_end.get(a - 3)
    if q is None or q.used or q.head is None or q.head in L.NOT_PEOPLE or _hypothetical(st, q.start):
        return False
    ex.add(st, si, kind, q, k, "all_of_them")
    return True


def _all_of_them(ex: _Extraction, st: _Sentence, si: int, k: int, kind: str) -> bool:
    """'Rescuers pulled six survivors from the water, all of them injured': the count before is
    the hurt (or dead)."""
    words = st.words
    if words[k - 4] != ",":
        return False
    q = max((x for x in st.q_by_start.values() if x.np_end <= k - 4 and x.head is not None), key=lambda x: x.start, default=None)
    if q is None or q.used or _hypothetical(st, q.start) or any(words[x] in (",", ";") for x in range(q.np_end, k - 4)) and not (
            any(words[x] in ("from", "to", "in", "at", "out") for x in range(q.np_end, k - 4))):
        return False
    ex.add(st, si, kind, q, k, "all_of_them")
    return True


def _up_from_rule(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'59 students were killed ..., up from 43 reported previously': the earlier count the
    sentence's own replaces, a figure of its kind that is outdated (and the news that raised it,
    'The bodies of 16 more boys were recovered', is inside the new count)."""
    words = st.words
    for c in range(1, st.n - 2):
        if words[c] in ("up", "down") and words[c + 1] == "from" and words[c - 1] == ",":
            q = st.q_by_start.get(c + 2)
            if q is None or q.used:
                continue
            told = [f for f, m in zip(ex.figures, ex.meta) if m["sent"] == si and f.char_end <= st.start_of(c) and f.part_of is None
                    and f.kind in ("killed", "injured", "death_toll")]
            if told:
                ex.add(st, si, told[-1].kind, q, c + 1, "earlier_count", extra={"outdated": True})


_FATE_CUES: Final = frozenset({"being", "gun", "own", "himself", "herself"})
_PLACE_TRIGGERS: Final = frozenset({"hospital", "clinic", "center", "centre"})  # a trigger that names where the hurt are, not what befell them
_FELL_IN: Final = frozenset({"action", "combat", "battle", "fighting", "clashes"})
_LOST_PEOPLE: Final = frozenset({
    "soldier", "man", "men", "troop", "policeman", "officer", "fighter", "member", "comrade",
    "guard", "marine", "serviceman", "agent", "commando",
})
_BEING_KILLED: Final = frozenset({"killed", "slain", "gunned", "shot", "lynched"})


_ATTACK_VERBS: Final = frozenset({
    "stabbed", "shot", "attacked", "killed", "wounded", "injured", "opened", "detonated", "rammed", "stormed",
    "fired", "hacked", "slashed", "knifed", "stabs", "shoots", "attacks", "kills",
})


def _subject_fate_rule(ex: _Extraction, st: _Sentence, si: int) -> None:
    """What became of the sentence's subject, told without a count: 'A gunman opens fire ...
    before being shot dead by police', '... before turning the gun on himself', 'the attacker
    took his own life'. One person, or the subject's count ('Seven gunmen ... before being killed')."""
    words = st.words
    n = st.n
    for k in range(1, n):
        w = words[k]
        at = -1
        if w == "being" and words[k - 1] in ("before", "after") and k + 1 < n and words[k + 1] in _BEING_KILLED:
            if words[k + 1] == "shot" and not (k + 2 < n and words[k + 2] == "dead"):
                continue  # "before being shot" alone may be a wound
            at = k + 1
        elif w == "gun" and k >= 2 and words[k - 1] in ("the", "a", "his", "her") and words[k - 2] in ("turned", "turning", "turns", "turn") and (
                k + 2 < n and words[k + 1] == "on" and words[k + 2] in ("himself", "herself", "themselves")):
            at = k
        elif w in ("himself", "herself") and k >= 2 and words[k - 1] in _SHOOT_FORMS and (words[k - 2] == "fatally" or (
                words[k - 2] in ("before", "then") and not (k + 1 < n and words[k + 1] in ("in", "through", "but", "dead")))):
            # "... before fatally shooting himself", "killing six people before shooting himself"
            # (not "then shot himself in the leg": a wound) ("killing himself" is read by the object rules)
            at = k
        elif w == "own" and k >= 2 and words[k - 1] in ("his", "her", "their") and words[k - 2] in ("took", "taking", "takes", "take") and (
                k + 1 < n and words[k + 1] in ("life", "lives")):
            at = k
        if at < 0 or _hypothetical(st, k - 1):
            continue
        # the sentence's subject: its count or its head noun (after a dateline: "EASTBROOK, March
        # 8 — A 15-year-old student opened fire ...")
        s0 = next((x + 1 for x in range(1, min(n - 1, 9)) if words[x] in ("\u2014", "--", "-", "\u2013") and (
            words[x - 1][:1].isdigit() or words[x - 1] == ")" or (not st.all_caps and st.raw[x - 1].isupper() and len(st.raw[x - 1]) > 2)
            # ("MILLBROOK FALLS, Ohio - A former employee ...")
            or (not st.all_caps and st.raw[x - 1][:1].isupper() and "," in words[1:x] and st.raw[0].isupper()))), 0)
        q = st.q_by_start.get(s0)
        perp = next((singular(x) for x in words[q.num_end:q.np_end] if _role(singular(x)) == "perpetrator"), None) if q is not None else None
        if q is not None and perp is not None:
            ex.add(st, si, "killed", None, at, "subject_fate", head=perp, value=q.best,
                   span=(st.start_of(s0), st.end_of(at)), role="perpetrator", extra={"tok": s0, "additive_forced": True})
            return
        # (the first words name the attacker: "A gunman opens fire", "The lone attacker, ...")
        named = next((x for x in words[s0:s0 + 6] if _role(singular(x)) == "perpetrator"), None)
        if named is not None and _is_plural(named):
            continue  # "assailants held hostages ... before being killed": how many is not said
        head = singular(named) if named is not None else None
        if head is None:
            single = st.singular_np_starting(s0)
            head = single[1] if single is not None else None
            if single is not None and head is not None and head.endswith("ed") and single[0] - 2 > s0 and st._is_np_word(single[0] - 2):
                head = singular(words[single[0] - 2])  # "A former employee armed with a rifle": the employee
        if head is None and words[s0] not in ("he", "she"):
            continue  # no one named: "An explosives-laden vehicle detonated ... before being killed"
        if head is not None and _role(head) != "perpetrator" and w == "being" and not any(
                words[x] in _ATTACK_VERBS and words[x - 1] not in L.AUX for x in range(s0 + 1, min(k, s0 + 12))):
            # "a policeman ... before being shot dead": read by the usual rules if at all (but "A
            # Palestinian stabbed two students before being shot dead", "A man armed with a large kitchen
            # knife stabbed four people ...": the one who attacked)
            continue
        ex.add(st, si, "killed", None, at, "subject_fate", head=head, value=1,
               span=(st.start_of(s0), st.end_of(at)), role="perpetrator", extra={"tok": s0, "additive_forced": True})
        return


def _death_verb_at(st: _Sentence, x: int) -> int:
    """Past the auxiliaries and adverbs at x, the position of a death verb ('later died',
    'succumbed', 'breathed their last', 'was pronounced dead'), else -1."""
    words = st.words
    n = st.n
    while x < n and (words[x] in L.ADVERBS or words[x] in L.AUX) and words[x] not in ("who", "that", "which", "to"):
        x += 1
    if x >= n:
        return -1
    w = words[x]
    if w in ("died", "succumbed", "perished"):
        return x
    if w == "breathed" and x + 2 < n and words[x + 1] in ("his", "her", "their") and words[x + 2] == "last":
        return x
    if w in ("pronounced", "declared") and x + 1 < n and words[x + 1] == "dead":
        return x + 1
    return -1


def _hurt_who_died(ex: _Extraction, st: _Sentence, si: int, k: int) -> bool:
    """The hurt who then died are dead, not hurt: the death verb wins over the modifier.

    'Two more injured passengers breathed their last' (the participle modifies the noun) and
    'A constable who was injured in the blast succumbed to his injuries' (a relative clause inside
    the subject). Adds the killed figure and returns True; False when the phrase is neither."""
    words = st.words
    n = st.n
    if "who" not in st.wordset and not (k + 1 < n and st._is_np_word(k + 1)):
        return False
    # "N injured NOUN died"
    e = k + 1
    while e < n and e - k <= 3 and st._is_np_word(e):
        e += 1
    if e > k + 1:
        x = _death_verb_at(st, e)
        if x >= 0:
            head = singular(words[e - 1])
            b = k - 1
            while b >= 0 and (words[b] in L.ADVERBS or (words[b].endswith("ly") and len(words[b]) > 4)):
                b -= 1
            q_of = st.q_by_end.get(b - 1) if b >= 2 and words[b] == "the" and words[b - 1] == "of" else None
            if q_of is not None and not q_of.used:
                # "Five of the critically injured passengers died over the following days": deaths
                # among the hurt, who leave the injured count
                if not _hypothetical(st, q_of.start):
                    if q_of.head is None:
                        q_of.head = head
                    ex.add(st, si, "killed", q_of, x, "subject_count", extra={"additive_forced": True, "from_injured": True})
                return True
            q = st.q_by_end.get(k)
            if q is not None and not q.used:
                if q.head is None:
                    q.head = head
                _emit_group(ex, st, si, "killed", [q], x, "subject_count")
                return True
            if k > 0 and words[k - 1] in ("a", "an", "another", "one") and not _is_plural(words[e - 1]):
                if not _hypothetical(st, k - 1):
                    ex.add(st, si, "killed", None, x, "subject_singular", head=head, value=1,
                           span=(st.start_of(k - 1), st.end_of(x)), extra={"tok": k - 1})
                return True
            return False
    # "NP who was injured in X (later) died / succumbed to his injuries"
    b = k - 1
    while b >= 0 and (words[b] in L.ADVERBS or words[b] in L.AUX) and words[b] not in ("who", "that", "which"):
        b -= 1
    if b < 1 or words[b] != "who":
        return False
    comma = words[b - 1] == ","
    if comma and b < 2:
        return False
    end = b - 2 if comma else b - 1
    x = -1
    for m in range(k + 1, min(n, k + 25)):
        if words[m] in (";", ":", "and", "but", "while", "who", "which") or (words[m] == "," and not comma):
            break
        if words[m] in ("died", "succumbed", "perished", "breathed", "pronounced", "declared"):
            x = _death_verb_at(st, m)
            break
    if x < 0:
        return False
    q = st.q_by_end.get(end + 1)
    if q is not None and not q.used:
        _emit_group(ex, st, si, "killed", [q], x, "subject_count")
        return True
    single = st.singular_np_ending(end)
    if single is None:
        return False
    if not _hypothetical(st, single[0]):
        ex.add(st, si, "killed", None, x, "subject_singular", head=single[1], value=1,
               span=(st.start_of(single[0]), st.end_of(x)), extra={"tok": single[0]})
    return True


# plain people nouns a definite partitive may name a group counted before by ("One of the men")
_PLAIN_GROUP_HEADS: Final = frozenset({"man", "woman", "person", "victim", "child", "boy", "girl", "people"})


def _them_referent(st: _Sentence, item: Quantity) -> str | None:
    """Who 'them' in 'four of them' names: the last plural person noun before it in the sentence."""
    words = st.words
    if item.np_end < 1 or words[item.np_end - 1] != "them":
        return None
    for x in range(item.start - 1, max(-1, item.start - 15), -1):
        w = words[x]
        if w in (";", ":"):
            return None
        if _is_plural(w) and st._is_np_word(x) and w not in _EVENT_NOUNS and w not in L.NOT_PEOPLE:
            if any(words[y] in _SOURCE_VERBS for y in range(x + 1, item.start)) and "that" in words[x + 1:item.start]:
                return None  # (not who tells it: "Doctors ... said on Sunday that two of them had since died")
            return singular(w)
    return None


def _wounded_whole(ex: _Extraction, st: _Sentence, si: int, item: Quantity) -> bool:
    """'Three of the 19 officers who were wounded': a part of a counted group of the wounded,
    whose count is added as the injured figure (unless counted just before)."""
    words = st.words
    x = item.num_end
    if words[x:x + 2] != ["of", "the"] or x + 4 >= st.n or not (words[x + 2][:1].isdigit() or words[x + 2] in UNITS or words[x + 2] in TENS):
        return False
    w = next((y for y in range(x + 3, min(st.n, x + 8)) if words[y] in L.INJURE_PARTICIPLES), -1)
    if w < 0 or not (words[w - 1] in ("were", "was") and words[w - 2] in ("who", "that")):
        return False
    whole = parse_amount(words, x + 2)
    if whole is None or whole.value <= item.best:
        return False
    if not any(f.kind == "injured" and f.best == whole.value for f in ex.figures[-12:]):
        a, b = st.start_of(x + 2), st.end_of(w)
        ex.add(st, si, "injured", None, w, "wounded_whole", head=item.head, value=whole.value, span=(a, b),
               extra={"tok": x + 2})
    return True


def _emit_group(ex: _Extraction, st: _Sentence, si: int, kind: str, items: list[Any], k: int, rule: str,
                cumulative_ok: bool = True) -> None:
    """Add coordinated figures; a killed count with cumulative cues becomes a death toll."""
    for item in items:
        if isinstance(item, Quantity):
            first = min(item.start, k)
            between = range(item.np_end, k) if item.np_end < k else range(k + 1, item.start)
            if _hypothetical(st, first) or any(st.words[x] in _HYPOTHETICAL_NEAR for x in between) or item.head in _ANIMAL_HEADS or (
                    # "about 20 head of cattle were killed"
                    item.head == "head" and any(singular(x) in _ANIMAL_HEADS for x in st.words[item.num_end:item.np_end + 2])):
                item.used = True  # (nor animals: "the store's two cats ... died in the fire")
                continue
            fkind = kind
            opener = item.start > 0 and (st.words[item.start - 1] in ("including", "incl") or (
                item.start > 1 and st.words[item.start - 2] in ("among", "of") and st.words[item.start - 1] in ("them", "whom")))
            if kind == "killed" and item.partitive and _partitive_group_kind(st, item) == "injured":
                # "four of the wounded died in hospital": deaths among the injured are new dead,
                # who leave the injured count (totals.py moves them)
                # ("killed 48 people ... after five of the wounded succumbed": inside that count)
                ex.add(st, si, kind, item, k, rule, extra={"additive_forced": True, "from_injured": True,
                                                           "after_cue": item.start > 0 and st.words[item.start - 1] == "after"})
                continue
            if kind == "killed" and not item.partitive and _wounded_whole(ex, st, si, item):
                # "Three of the 19 officers who were wounded later died": the wounded who died,
                # new dead who leave the injured (the 19 are the injured count)
                ex.add(st, si, kind, item, k, rule, extra={"additive_forced": True, "from_injured": True})
                continue
            if not item.partitive and kind in ("killed", "injured") and item.head in _PLAIN_GROUP_HEADS and (
                    st.words[item.num_end:item.num_end + 2] == ["of", "the"]) and not any(
                    # (a group named so before is that group: "INJURING TWO CHILDREN. ONE OF THE CHILDREN DIED")
                    ff.victims == item.head for ff in ex.figures[-12:]):
                # "Two workers were taken to hospital ... One of the men suffered serious burns": the
                # definite group is one counted just before, of the same kind
                group = next((x for x in range(len(ex.figures) - 1, max(-1, len(ex.figures) - 12), -1)
                              if ex.figures[x].kind == kind and ex.figures[x].part_of is None and ex.figures[x].best > item.best
                              and ex.figures[x].role == "victim" and si - 2 <= ex.meta[x]["sent"] < si), None)
                if group is not None:
                    ex.add(st, si, kind, item, k, rule, part_of=group)
                    continue
            if item.partitive and kind in ("killed", "injured") and st.words[item.np_end - 1] in ("hostages", "missing") and not _hypothetical(st, k):
                # "Two of the hostages were later beheaded": drawn from the abducted (or the missing),
                # no count of casualties told before, so more dead
                ex.add(st, si, kind, item, k, rule, extra={"additive_forced": True})
                continue
            if item.partitive or opener:
                # ("ten of the dead had been decapitated" after "26 killed and 19 others injured":
                # drawn from the dead)
                group_kind = _partitive_group_kind(st, item) if item.partitive else None
                parent = _subgroup_parent(ex, st, si, item.start, group_kind if group_kind in ("killed", "injured") else None)
                if parent is None and item.partitive:
                    parent = _earlier_group(ex, st, item)
                referent = _them_referent(st, item) if item.partitive else None
                if referent is not None and kind in ("killed", "injured") and _role(referent) != "perpetrator" and referent not in L.GENERIC_HEADS and (
                        referent in _PERSON_NOUNS or referent in _RANK_NOUNS or referent.endswith(("ist", "ian", "eer", "ee"))) and (
                        parent is None or ex.figures[parent].victims != referent) and not any(
                        f.victims == referent for f in ex.figures[-12:]):
                    # "A roadside bomb hit a vehicle carrying police reservists ..., killing four of
                    # them": a group no count told before, so the count is of its own
                    item.head = referent
                    ex.add(st, si, fkind, item, k, rule)
                    continue
                if referent is not None and _role(referent) == "perpetrator" and (
                        parent is None or ex.figures[parent].role != "perpetrator"):
                    # "a patrol caught up with the attackers and killed four of them": the
                    # attackers, not the victims counted before
                    ex.add(st, si, fkind, item, k, rule, role="perpetrator", extra={"additive_forced": True})
                    continue
                if parent is not None and kind == "killed" and ex.figures[parent].kind == "injured" and item.partitive and (
                        _partitive_group_kind(st, item, any_group=True) == "any") and st.words[k] in L.KILL_PARTICIPLES and "later" not in st.wordset:
                    # "left nine inmates dead and 15 injured ... Several of the victims were
                    # decapitated": the victims so treated are among the dead
                    dead = next((x for x in range(len(ex.figures) - 1, max(-1, len(ex.figures) - 30), -1)
                                 if ex.figures[x].kind == "killed" and ex.figures[x].part_of is None and ex.figures[x].best > item.best), None)
                    if dead is not None:
                        ex.add(st, si, kind, item, k, rule, part_of=dead)
                        continue
                if parent is not None and kind == "killed" and ex.figures[parent].kind == "injured":
                    # "wounded 14 people ... two of them later died": new dead, not a part of the dead
                    # ("... four of them were killed" may be other people: only a death moves them)
                    ex.add(st, si, kind, item, k, rule, extra={"additive_forced": True, "from_injured": st.words[k] in ("died", "succumbed")})
                    continue
                if parent is not None and ex.figures[parent].kind in ("killed", "injured") and (
                        kind not in ("killed", "injured") or ex.figures[parent].kind == kind):
                    # (the hurt are no part of the dead: "The bodies of 23 were recovered.
                    # Rescuers pulled 41 out alive, 17 of whom were taken to hospital")
                    ex.add(st, si, ex.figures[parent].kind if kind not in ("killed", "injured") else kind, item, k, rule, part_of=parent)
                    continue
                if item.partitive and (_partitive_group_kind(st, item) == kind or (
                        item.vague is not None and _partitive_group_kind(st, item, any_group=True) is not None)):
                    # "five of the wounded were seriously injured" with no stated total: a part of
                    # a group the article never counts, so no figure of its own
                    item.used = True
                    continue
            if kind == "killed" and cumulative_ok and (not _increment(st, item) or (item.vague is not None and item.best >= 1000) or (
                    _excess_deaths(st.words, k))) and _cumulative(st, item, k) and not (
                    # ("rights groups say thousands more have been killed by vigilantes": a running count too)
                    # "a truck bomb last week that killed 81 people" in a sentence about recent
                    # months: that earlier attack's dead, background, not the running count
                    st.background is True
                    or (k > 0 and st.words[k - 1] in ("that", "which") and st.background and st.background_near(item.start, k))
                    # "It was the third attack this year; in March a mortar bomb killed four officers"
                    or st.in_fronted_scope(item.start, k)):
                fkind = "death_toll"
                toll_at = _toll_word_before(st, item.start)
                if toll_at >= 0 and _incident_toll(st, toll_at, item.start, ex, si):
                    # "The toll from the raids on Douma has risen to 42 dead": one attack's count
                    ex.add(st, si, "killed", item, k, rule, extra={"incident_toll": True})
                    continue
                if _one_event_so_far(st, ex, si):
                    # "A ferry capsized before dawn on Saturday. Rescuers had recovered at least 43
                    # bodies so far": the one event's dead up to the report (a toll too, see settle)
                    # (a flood's days of rain, "triggered by a week of monsoon rains", may make it
                    # a span's toll: see settle)
                    ex.add(st, si, "killed", item, k, rule, extra={
                        "incident_toll": True, "span_event": not st.wordset.isdisjoint(_NOT_ONE_EVENT_NOUNS)})
                    continue
            # (the hurt of a disaster, "the quake has injured 40,000", are its injured: only a
            # war's or a period's running count of the hurt stays out of the total)
            # (nor the hurt of the days since a weekday: "had treated 57 wounded civilians since Sunday")
            extra = {"cumulative": kind == "injured" and cumulative_ok and _cumulative(st, item, k) and not _disaster_hurt(st)
                     and not _since_weekday(st.words),
                     "definite": item.definite,
                     # "31 other people were injured": people other than those just told
                     "other_people": item.num_end < st.n and st.words[item.num_end] in ("other", "others"),
                     # "the remaining five bodies", "The two other wounded men": a part of a group counted before
                     "remaining": item.start > 0 and (st.words[item.start - 1] == "remaining" or (
                         st.words[item.start - 1] == "other" and item.start > 1 and st.words[item.start - 2] == "the") or (
                         st.words[item.start - 1] == "the" and item.num_end < st.n and st.words[item.num_end] == "other"))}
            ex.add(st, si, fkind, item, k, rule, extra=extra)
        else:
            a = item[0]
            end = item[2] if len(item) > 2 else None
            if _hypothetical(st, min(a, k)) or item[1] in _ANIMAL_HEADS or (
                    k >= 1 and st.words[k - 1] == "to" and not _RANK_ORDINALS.isdisjoint(st.words[a:k])):
                # (nor an animal: "a family's pet dog died"; nor a rank: "making her the eighth
                # resident to die in the blaze" tells a count of those told)
                continue
            span_end = st.end_of(end - 1) if end else st.end_of(min(k, st.n - 1))
            single_extra: dict[str, Any] = {"tok": a, "definite": item[1] is not None and st.words[a] == "the"}
            if len(items) > 1:
                # (people listed by one verb are as many people: "Jose Perez, 34, and Mario Gomez,
                # 28, were killed", though the names lie far apart, are no repeat of one another)
                single_extra["conjunct_of"] = k
            ex.add(st, si, kind, None, k, rule.replace("count", "singular"), head=item[1], value=1,
                   span=(st.start_of(a), span_end), extra=single_extra)


# a clause of its own, a surmise: "..., and as many as a dozen more may have been carried away"
_MODALS: Final = frozenset({"may", "might", "could", "would", "should", "must"})
_PP_STARTERS: Final = frozenset({
    "with", "from", "of", "in", "at", "on", "near", "for", "belonging", "serving", "traveling",
    "travelling", "working", "inside", "aboard", "onboard", "riding", "guarding", "manning",
    "attending", "standing", "sitting", "waiting", "living", "staying", "returning", "carrying",
    "to", "into", "under", "by", "against", "within", "outside", "(", "down", "up", "across", "through", "behind", "beside", "toward",
    "towards",
})
_TIME_OF_DAY: Final = frozenset({"night", "morning", "evening", "afternoon"})
_SMALL_NUMBER: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# what stands for the dead at a protest or memorial ("dummies of dead bodies", "effigies of dead soldiers")
_LIKENESS_NOUNS: Final = frozenset({"dummies", "dummy", "effigies", "effigy", "replicas", "photos", "photographs", "pictures",
                                    "images", "portraits", "posters", "mannequins"})
_CASUALTY_PART_KIND: Final = {"dead": "killed", "killed": "killed", "wounded": "injured", "injured": "injured"}
_ESTIMATE_LABELS: Final = frozenset({"best", "low", "high"})


def _coded_estimates(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'Fatalities: best 9, low 9, high 13.': one figure, best within low and high; without a
    best, the next sentence's 'Best estimate 8', else the low one."""
    words = st.words
    found: dict[str, int] = {}
    for x in range(2, st.n - 1):
        if words[x] in _ESTIMATE_LABELS and words[x + 1].isdigit() and words[x] not in found:
            found[words[x]] = int(words[x + 1])
    if "best" not in found and si + 1 < len(ex.bounds):
        after = ex.sentence(si + 1).words
        if len(after) > 2 and after[0] == "best" and after[1] == "estimate" and after[2].isdigit():
            found["best"] = int(after[2])
    best = found.get("best", found.get("low"))
    if best is None or _FIELD_KIND[words[0]] != "killed":
        return
    low = min(found.get("low", best), best)
    high = max(found.get("high", best), best)
    q = Quantity(2, 2, st.n - 1, st.n - 1, None, low, best, high, "exact" if low == high else "range", None, False)
    ex.add(st, si, "killed", q, 0, "coded_fatalities", extra={"coded": True})


def _field_counts(ex: _Extraction, st: _Sentence, si: int) -> bool:
    """A report's fields: "Fatalities: 2.", "Injuries: 9 (3 serious).", a record's line "Deaths:
    143 | Injured: 1,200 | Missing: 30", "Fatalities: crew 5 / passengers 27 / total 32"."""
    words = st.words
    found = False
    coded = False
    for x in range(st.n - 2):
        if words[x + 1] != ":" or words[x] not in _FIELD_KIND:
            continue
        opens = x if x == 0 or words[x - 1] not in _FIELD_MODIFIERS else x - 1
        if opens > 0 and words[opens - 1] not in ("|", ";"):
            continue  # (a field opens the sentence or follows another's separator)
        end = next((y for y in range(x + 2, st.n) if words[y] in ("|", ";")), st.n)
        q = st.q_by_start.get(x + 2)
        if q is None:
            # "crew 5 / passengers 27 / total 32": the field's total
            q = next((st.q_by_start.get(y + 1) for y in range(x + 2, end - 1) if words[y] == "total"), None)
        if q is None or q.used or not (q.np_end >= st.n or words[q.np_end] in (".", "(", ",", ";", "|", "/")):
            continue
        if _FIELD_KIND[words[x]] == "injured":
            ex.add(st, si, "injured", q, x, "field_count")
        elif not coded:
            # (a coder's note, "Fatalities: 13.": the analyst's own count, as "13 fatalities coded")
            ex.add(st, si, "killed", q, x, "coded_fatalities", extra={"coded": True})
            coded = True
        found = True
    return found


# a word before a field's label that names the same count: "Total deaths: 12"
_FIELD_MODIFIERS: Final = frozenset({"total", "confirmed", "reported"})
_FIELD_KIND: Final = {"fatalities": "killed", "deaths": "killed", "dead": "killed", "killed": "killed",
                      "injuries": "injured", "injured": "injured", "wounded": "injured"}
_STRUCK_VERBS: Final = frozenset({"hit", "struck", "slammed", "tore", "ripped", "exploded"})
_SHOOT_FORMS: Final = frozenset({"shot", "shooting", "shoot", "shoots"})  # "... shooting dead a guard"
_EVENT_NOUNS: Final = frozenset({
    "attack", "blast", "explosion", "incident", "ambush", "assault", "clash", "fighting", "raid",
    "operation", "bombing", "shooting", "fire", "gunfight", "shootout", "firefight", "encounter",
    "violence", "crash", "accident", "strike", "airstrike", "shelling", "battle", "exchange",
    "process", "area", "scene", "spot", "site", "way", "place", "time", "day", "night", "morning",
    "evening", "afternoon", "week", "incident", "event", "riot", "protest", "demonstration",
    "result", "number", "consequence", "wake", "aftermath", "course", "part", "barrage", "bombardment",
})
_HOSTAGE_HEADS: Final = L.HOSTAGE_HEADS | {"victim"}
_KIDNAP_VERBS: Final = frozenset({"abducted", "kidnapped", "seized", "captured", "took", "taken", "abducting", "kidnapping", "holding", "held"})


def _subject_conjuncts(st: _Sentence, p: int) -> list:
    """Coordinated subjects ending at p: 'Rashid and his son', 'two police and one civilian'.

    Items are Quantity objects or (start, head, end) tuples for one person. An appositive
    ('Rahim, an Afghan officer, and his daughter') counts its person once; an 'including ...'
    aside is left to the subgroup rule.
    """
    words = st.words
    # (one modifier before the last noun: "at least 4,700 civilians and opposition activists")
    mod = 1 if p >= 4 and words[p - 2] == "and" and st._is_np_word(p - 1) and not _is_plural(words[p - 1]) and (
        words[p - 1] not in L.NOT_PEOPLE) else 0
    if p >= 3 + mod and words[p - 1 - mod] == "and" and _is_plural(words[p]) and words[p] not in L.NOT_PEOPLE and st.q_by_end.get(p + 1) is None:
        # "more than 2,600 combatants and civilians", "at least 40 men, women and children": one
        # count of every group the bare nouns after it name
        x = p - 2 - mod
        for _ in range(4):
            if x < 1 or not _is_plural(words[x]) or not st._is_np_word(x):
                break
            q0 = st.q_by_end.get(x + 1)
            if q0 is not None and q0.head is not None and not q0.used:
                if q0.start >= 3 and words[q0.start - 1] == "and" and (q0.start - 1) in st.q_by_end and not st.q_by_end[q0.start - 1].used:
                    # "12 pro-government fighters and at least 19 rebels and jihadists": the
                    # counts before it in the same list
                    return [q0] + _subject_conjuncts(st, q0.start - 2)
                return [q0]
            if words[x - 1] != ",":
                break
            x -= 2
    items: list = []
    cur = p
    guard = 0
    crossed_and = False
    comma_and = False  # an "and" after a comma: ", and two guards"
    last_comma_and = False  # the last "and" crossed came after a comma
    right_of_comma_and = -1  # how many items lie right of the first ", and" crossed
    while cur >= 0 and guard < 8:
        guard += 1
        # "a police officer and an unknown number of assailants": the group with no value is
        # no figure, but the conjuncts before it still are
        skip = _unknown_number_start(st, cur)
        if skip is not None:
            j = skip - 1
            if j >= 0 and words[j] == "and":
                cur = j - 1 - (1 if j - 1 >= 0 and words[j - 1] == "," else 0)
                crossed_and = True
                continue
            if j >= 1 and words[j] == "with" and words[j - 1] in ("along", "together"):
                cur = j - 2
                continue
            break
        item: Any  # a Quantity, or (start, head, end) for one person
        q = st.q_by_end.get(cur + 1)
        if q is None and cur >= 1 and words[cur - 1] == "both" and _is_plural(words[cur]) and words[cur] not in _NOT_PEOPLE_PAIRS and (
                words[cur] not in L.NOT_PEOPLE and singular(words[cur]) not in _EVENT_NOUNS
                and singular(words[cur]) not in _THING_NOUNS and words[cur] not in L.BODY_PARTS):  # (not "lost both legs")
            # "20 hostages and both attackers were killed": two people, a group of the list
            q = Quantity(cur - 1, cur - 1, cur, cur + 1, singular(words[cur]), 2, 2, 2, "exact", None, False)
            st.q_by_end[cur + 1] = q
            st.q_by_start[cur - 1] = q
            st.quantities.append(q)
        if q is not None and not q.used:
            item = q
            start = q.start
        else:
            single = st.singular_np_ending(cur)
            if single is None and not items and cur >= 3 and words[cur - 1] == "and" and st._is_np_word(cur) and not _is_plural(words[cur]) and (
                    st.all_caps or not st.raw[cur][:1].isupper()):
                # "his bodyguard and driver were also killed": one determiner for two people
                left = st.singular_np_ending(cur - 2)
                if left is not None and left[1] is not None and words[left[0]] in ("his", "her", "their", "the", "its"):
                    items.append((cur, singular(words[cur]), cur + 1))
                    single = left
                    cur = cur - 2
            if single is not None and single[0] == cur and words[cur] in ("her", "him", "them", "us", "me"):
                # an object's pronoun ends the clause before: "the wing struck her, and a forestry
                # worker was treated for burns"
                break
            if single is None:
                if crossed_and and items:
                    # "At least 40 members of the Volunteers for the Defence of the Homeland (VDP)
                    # and three soldiers were killed": a count before its PP
                    before_pp = _quantity_before_pp(st, cur)
                    # (not a verb's object: "Helicopter crews winched 31 people from trees and
                    # rooftops overnight, and 26 were taken to hospital")
                    if before_pp is not None and not (before_pp.start > 0 and (
                            words[before_pp.start - 1].endswith("ed") or words[before_pp.start - 1] in L.KILL_VERBS)):
                        items.append(before_pp)
                break
            if single[0] > 0 and (words[single[0] - 1] in _PP_STARTERS or (
                    words[single[0] - 1].endswith("ing") and words[single[0] - 1] != "including")):
                # "three soldiers with the U.N. force", "50 jihadists from IS and Al-Nusra": a PP
                # (but a PP's object before ", and" ends the clause before: "swept through the
                # house on Huffman Avenue, and their mother and a firefighter were injured")
                if items and not any(isinstance(x, Quantity) for x in items) and not last_comma_and:
                    return []
                break
            if single[1] in _EVENT_NOUNS or single[1] in _THING_NOUNS or (single[0] > 0 and words[single[0] - 1] == "as" and not (
                    single[1] is None and not items and _identified_as_start(words, single[0]) >= 0)):
                break  # "wounded in the attack and one guard was killed"
            if crossed_and and items and single[0] > 0 and (
                    words[single[0] - 1] in _VERB_TRIGGERS or words[single[0] - 1] in _ATTACK_VERBS
                    # ("Reinforcements pushed the attackers back, and 12 assailants were killed")
                    or (comma_and and words[single[0] - 1].endswith("ed") and words[single[0] - 1] not in L.NP_STOP)):
                break  # "A stray bullet killed a girl, and two men were injured": the girl is the verb's object
            name_at = single[0] - 2 if single[0] >= 3 and words[single[0] - 1] == "." and words[single[0] - 2] == "co" else single[0]
            if crossed_and and last_comma_and and items and single[1] is None and name_at >= 2 and words[name_at - 1] == ",":
                place = st.singular_np_ending(name_at - 2)
                if place is not None and place[1] is None and place[0] > 0 and words[place[0] - 1] in _PP_STARTERS:
                    break  # "shot dead near Omagh, County Tyrone, and his wife was wounded" (or "Co. Tyrone"): a place
            item = (single[0], single[1], cur + 1)
            start = single[0]
            if single[1] is None and not items:
                outer = _appositive_head(st, start)
                if outer is not None:
                    item = (outer[0], outer[1], cur + 1)
                    start = outer[0]
        among = start >= 2 and words[start - 2] == "among" and words[start - 1] in ("them", "whom", "those")
        # (or a partitive's: "Two people were killed, one of them a police commando, and at least 12
        # others were injured")
        partitive_aside = not among and start >= 4 and words[start - 4] == "," and words[start - 1] in ("them", "whom") and words[start - 2] == "of" and (
            words[start - 3] in ("one", "two", "three", "four", "five", "both", "all", "most", "some", "many") or words[start - 3].isdecimal())
        if partitive_aside:
            among = True
            start -= 1  # (the aside's opener is one word longer: "one of them")
        if start >= 2 and words[start - 1] in ("the", "all") and words[start - 2] in ("including", "includes", "incl"):
            start -= 1  # "36 people were killed, including the four bombers, and 230 were wounded"
        pp = start - 1 if start < 2 or words[start - 1] not in ("the", "all") else start - 2
        if isinstance(item, Quantity) and crossed_and and items and pp >= 0 and words[pp] in _PP_STARTERS and words[pp] not in ("of", "with"):
            # "fired at several thousand protesters, and dozens of demonstrators were injured", "were
            # killed, in addition to the two bombers, and 40 others were injured": a PP's object
            # (but "with 20 hostages and both attackers dead" tells the dead)
            break
        if (start > 0 and words[start - 1] in ("including", "includes", "incl")) or among:
            # "three assailants, including the suicide bomber, and two guards": skip the aside;
            # "two people, including Zakria and his guard, were hurt": the list is the aside;
            # "Five were killed, among them a boy, and eight others were wounded"
            j = start - 3 if among else start - 2
            if j >= 0 and words[j] == ",":
                j -= 1
            if among and right_of_comma_and > 0:
                # the aside held every item after the ", and": "killed, among them a regional MP and
                # four police officers, and more than 30 were wounded"
                items = items[:right_of_comma_and]
                break
            if crossed_and and items and st.q_by_end.get(j + 1) is not None and (
                    not any(isinstance(x, Quantity) for x in items) or not comma_and):
                # (no comma closes the aside: "12 people, including the six assailants and six
                # police officers were killed" is one count and its parts)
                items = []
            cur = j
            continue
        items.append(item)
        if isinstance(item, Quantity) and item.partitive and item.np_end >= 1 and words[item.np_end - 1] in ("them", "whom"):
            break  # "At least 180 people swam to shore, and eight of them were admitted": drawn from the left, not beside it
        j = start - 1
        if isinstance(item, Quantity) and j >= 1 and words[j] in ("all", "the") and words[j - 1] == "and":
            j -= 1  # "Four civilians and all four assailants were killed": a group of the list,
            item.definite = False  # not the same people named again
        if isinstance(item, Quantity) and j >= 1 and item.head is not None and st.q_by_end.get(start) is not None and (
                st.q_by_end[start].head is not None and st.q_by_end[start].head != item.head):
            cur = j  # "At least 39 assailants 17 security personnel were killed": a dropped "and"
            continue
        if isinstance(item, Quantity) and j >= 1 and words[j] in ("his", "her", "their") and words[j - 1] == "and":
            j -= 1  # "A farmer and his two sons were killed": the possessive is the count's
        if j >= 0 and words[j] == "and":
            j -= 1
            last_comma_and = j >= 0 and words[j] == ","
            if last_comma_and:
                j -= 1
                comma_and = True
                if right_of_comma_and < 0:
                    right_of_comma_and = len(items)
                if j >= 2 and words[j].isdecimal() and words[j - 1] == "," and not isinstance(item, Quantity) and (
                        st.singular_np_ending(j - 2) is not None):
                    j -= 2  # "A boy, 12, and his sister, 9, were injured": the age of the one before
            # a conjunct with its relative clause: "A neighbour who tried to force open the front
            # door and half a dozen other residents were treated": the person before "who"
            rel = next((y for y in range(j, max(0, j - 12), -1) if words[y] in (",", ";", ":", "and", "or", "who")), -1)
            if rel > 1 and words[rel] == "who" and not last_comma_and and st.singular_np_ending(rel - 1) is not None:
                j = rel - 1
            cur = j
            crossed_and = True
            continue
        if j >= 2 and words[j] == "as" and words[j - 1] == "well" and words[j - 2] == "as":
            cur = j - 3
            crossed_and = True
            continue
        if j >= 0 and words[j] == "," and crossed_and:
            if not isinstance(item, Quantity) and j >= 3 and st._age_apposition(j - 1, j):
                j -= 2  # "Jose Perez, 34, Mario Gomez, 28, and Ana Ruiz": the age of the one before
            whole = _count_of_names(st, items, j)
            if whole is not None:
                return [whole]
            # appositive: a name right before "an officer," names the same person
            if not isinstance(item, Quantity) and j - 1 >= 0:
                name = st.singular_np_ending(j - 1)
                if name is not None and name[0] > 0 and words[name[0] - 1] in _PP_STARTERS:
                    break  # a fronted phrase, no person: "In the capital, Jose Perez and Ana Ruiz were killed"
                if name is not None and name[1] is None and item[1] is None and not st.all_caps and (
                        st.raw[name[0]][:1].isupper() and st.raw[item[0]][:1].isupper()):
                    # a name before a name is another person of a list: "Jose Perez, Mario Gomez and
                    # Ana Ruiz were killed"
                    items.append((name[0], None, j))
                    cur = name[0] - 1
                    if cur >= 0 and words[cur] == ",":
                        whole = _count_of_names(st, items, cur)
                        if whole is not None:
                            return [whole]
                        cur -= 1
                        continue
                    break
                if name is not None and name[1] is not None and item[1] is None and j - 1 > name[0] and words[name[0]] in ("the", "a", "an", "his", "her"):
                    # the other way round, a title and then the name: "The driver, 17-year-old Tyler
                    # Wescott, and two 16-year-old passengers were pronounced dead"
                    items.pop()
                    items.append((name[0], name[1], item[2]))
                    name = None
                if name is not None and name[1] is None:
                    items.pop()
                    items.append((name[0], item[1], item[2]))
                    k2 = name[0] - 1
                    if k2 >= 0 and words[k2] in ("including", "includes") and not any(isinstance(x, Quantity) for x in items):
                        j2 = k2 - 1 - (1 if k2 - 1 >= 0 and words[k2 - 1] == "," else 0)
                        if st.q_by_end.get(j2 + 1) is not None:
                            items = []
                            cur = j2
                            continue
                    if k2 >= 0 and words[k2] == "and":
                        k2 -= 1
                        if k2 >= 0 and words[k2] == ",":
                            k2 -= 1
                        cur = k2
                        continue
                    break
            cur = j - 1
            continue
        break
    return items


def _count_of_names(st: _Sentence, items: list, comma: int) -> Quantity | None:
    """The count the names after its comma spell out: "Two men, Jose Perez, 34, and Mario Gomez,
    28, were killed" are two men, not four people."""
    q = st.q_by_end.get(comma)
    if q is None or q.used or q.head is None or not items or q.best < len(items) or any(
            isinstance(x, Quantity) or x[1] is not None for x in items):
        return None
    return q


_FATE_UNKNOWN_WORDS: Final = frozenset({"missing", "captured", "kidnapped", "abducted", "disappeared", "unaccounted"})
_ANIMAL_HEADS: Final = frozenset({"dog", "cat", "horse", "cow", "goat", "sheep", "pig", "camel", "donkey", "mule", "buffalo",
                                   "elephant", "animal", "pet", "puppy", "kitten", "bird", "ox", "calf", "cattle", "livestock"})


def _identified_as_start(words: list[str], name_start: int) -> int:
    """Start of 'identified as' / 'later named as' right before a name, else -1."""
    b = name_start - 1
    if b < 2 or words[b] != "as" or words[b - 1] not in ("identified", "named"):
        return -1
    return b - 2 if words[b - 2] in ("later", "since", "officially", "formally") else b - 1


def _appositive_head(st: _Sentence, name_start: int) -> tuple[int, str] | None:
    """'The attacker, 28 year old Usman Khan, wearing a fake belt, was shot dead': the name is an
    appositive of the noun phrase that opens the clause, which says who the person is."""
    words = st.words
    b = name_start - 1
    named = _identified_as_start(words, name_start)
    if named >= 0:
        b = named - 1  # "The driver, identified as Travis Lee Wendt, 29, also died"
    elif b >= 1 and words[b][:1].isdigit() and name_start + 1 < st.n and words[name_start] in ("year", "years") and words[name_start + 1] == "old":
        b -= 1  # an age written without hyphens belongs to the name
    if b < 1 or words[b] != ",":
        return None
    outer = st.singular_np_ending(b - 1)
    if outer is None or outer[1] is None:
        return None
    s = outer[0]
    if s > 0 and words[s - 1] not in (",", ";", ":", "and", "but", "that", "said", "says"):
        return None
    if s > 0 and words[s - 1] == ",":
        # "According to X, a local journalist, activist Y was injured": the source's title
        c = s - 2
        while c >= 0 and words[c] not in (",", ";", ":"):
            if words[c] in ("according", "told", "said", "says"):
                return None
            c -= 1
    return s, outer[1]


def _unknown_number_start(st: _Sentence, p: int) -> int | None:
    """Start of 'an unknown number of assailants' ending at p, else None."""
    if "number" not in st.wordset:
        return None
    words = st.words
    for x in range(p, max(-1, p - 7), -1):
        if words[x] == "number" and x >= 2 and words[x - 1] in ("unknown", "unspecified", "undetermined", "undisclosed", "unconfirmed") and x + 1 <= p and words[x + 1] == "of":
            return x - 2 if words[x - 2] in ("a", "an") else x - 1
        if not (st._is_np_word(x) or words[x] in ("of", "the")):
            return None
    return None


# "Fourteen residents pulled alive from the debris were airlifted to hospitals": a participle that
# tells which people, after the count
_POSTMODIFIER_PARTICIPLES: Final = frozenset({"pulled", "rescued", "trapped", "caught", "brought", "evacuated", "dragged"})


def _quantity_before_pp(st: _Sentence, p: int) -> Quantity | None:
    """'Three Irish soldiers with the U.N. force were killed': the number before a PP."""
    words = st.words
    m = p
    steps = 0
    while m >= 1 and steps < 14:
        w = words[m]
        if w in (",", ";", ":", "or", "but") or w in L.AUX or w in L.KILL_VERBS or w in L.INJURE_VERBS:
            return None
        if w == "and" and not (m > 0 and st._is_np_word(m - 1) and m + 1 < st.n and st._is_np_word(m + 1)):
            return None
        q = st.q_by_end.get(m)
        if q is not None and (words[m] in _PP_STARTERS or words[m].endswith("ing") or words[m] in _POSTMODIFIER_PARTICIPLES):
            if q.used or (q.start > 0 and words[q.start - 1] in _PP_STARTERS and words[q.start - 1] not in ("of", "with")):
                return None  # "fired at several thousand protesters in the square": a PP's object
            return q
        m -= 1
        steps += 1
    return None


_ANAPHORA_SKIP_WORDS: Final = frozenset({"of"})


def _anaphora(ex: "_Extraction", st: _Sentence, si: int, p: int) -> tuple[int, str | None, int] | None:
    """'The hostages were killed', 'both victims died': the count of an earlier group."""
    words = st.words
    head = words[p]
    if not st._is_np_word(p) or not (_is_plural(head) or head in ("pair", "couple", "duo")):
        return None
    k = p
    while k - 1 >= 0 and p - k < 3 and st._is_np_word(k - 1):
        k -= 1
    det = words[k - 1] if k > 0 else ""
    det2 = words[k - 2] if k > 1 else ""
    if det == "both" or (det == "the" and det2 == "of" and k > 2 and words[k - 3] == "both"):
        if head in _NOT_PEOPLE_PAIRS or (k > 1 and words[k - 2] in _PP_STARTERS and det == "both"):
            return None  # "Fighters from both sides were killed": the fighters, no count
        return 2, singular(head), (k - 1 if det == "both" else k - 3)
    if det == "the" and head in ("pair", "couple", "duo"):
        return 2, None, k - 1
    if det not in ("the", "these", "those", "all") and not (det == "the" and det2 == "all"):
        return None
    want = singular(head)
    perp = want in L.PERPETRATOR_HEADS or want.endswith("bomber")
    for prev in range(si - 1, max(-1, si - 4), -1):
        ps = ex.sentence(prev)
        for q in reversed(ps.quantities):
            if q.head is None or q.best < 2 or not _ANAPHORA_SKIP_WORDS.isdisjoint(ps.words[q.num_end:q.np_end]):
                continue  # (not "Two of the eight surviving victims": a part)
            qperp = q.head in L.PERPETRATOR_HEADS or q.head.endswith("bomber") or any(
                _role(singular(x)) == "perpetrator" for x in ps.words[q.num_end:q.np_end])  # "Seven gunmen storm ..."
            if q.head == want or (perp and qperp):
                return q.best, want, k - 1
            if want in _HOSTAGE_HEADS and not qperp and any(ps.words[x] in _KIDNAP_VERBS for x in range(max(0, q.start - 3), q.start)):
                return q.best, want, k - 1
    if want in _HOSTAGE_HEADS:
        taken = _kidnapped_group(ex, si)  # "abducted a lecturer and a student ... The hostages were killed"
        if taken is not None and taken > 1:
            return taken, want, k - 1
    return None


def _clause_death_after(st: _Sentence, k: int) -> int:
    """Where 'died' / 'succumbed' is the verb of the clause whose subject a participle at k
    modifies ('Two of the people wounded in the bombing have died'), or -1."""
    words = st.words
    for x in range(k + 1, min(st.n, k + 20)):
        w = words[x]
        if w in ("died", "succumbed"):
            return x
        if w in (",", ";", ":", "and", "but") or w in _TRIGGER_KIND:
            return -1
        if w in L.AUX and x + 1 < st.n and words[x + 1] not in ("died", "succumbed") and not (
                x + 2 < st.n and words[x + 1] in L.ADVERBS and words[x + 2] in ("died", "succumbed")):
            return -1  # "31 people hurt in the attack were being treated ...": the clause's own verb
    return -1


_BARE_SUBJECT_OPENERS: Final = frozenset({"but", "and", "while", "although", "though", "yet", "whereas"})


_REDUCED_RELATIVE_NEXT: Final = frozenset({"in", "by", "during", "when", "while", "after"})


def _fates_listed(words: list[str], j: int) -> bool:
    """From j on, the rest of a list of fates (", injured, abducted or missing"): commas and
    fates, closed by "and" or "or" before the last."""
    closed = False
    end = min(len(words), j + 12)
    while j < end:
        w = words[j]
        if w == ",":
            j += 1
        elif w in ("and", "or"):
            closed = True
            j += 1
        elif w in L.INJURE_PARTICIPLES or w in L.KILL_PARTICIPLES or w in _FATE_UNKNOWN_WORDS:
            if closed:
                return True
            j += 1
        else:
            return False
    return False


def _subject_rule(ex: _Extraction, st: _Sentence, si: int, k: int, kind: str, verb_like: bool = False) -> bool:
    words = st.words
    w = words[k]
    if k >= 2 and words[k - 1] == "and" and k + 1 < st.n and (
            k + 1 in st.q_by_start or (words[k + 1] == "another" and k + 2 in st.q_by_start)) and (
            words[k] in L.KILL_VERBS or words[k] in L.INJURE_VERBS):
        return False  # "... killed one person and wounded another six": a second active verb, its object follows
    if kind == "injured" and k >= 1 and words[k - 1] in ("a", "an") and k + 1 < st.n and w in L.INJURE_PARTICIPLES and (
            singular(words[k + 1]) in _PERSON_NOUNS or singular(words[k + 1]) in _RANK_NOUNS) and not _is_plural(words[k + 1]):
        # "a wounded corporal was taken prisoner": one hurt person
        if not _hypothetical(st, k):
            ex.add(st, si, kind, None, k, "subject_singular", head=singular(words[k + 1]), value=1,
                   span=(st.start_of(k - 1), st.end_of(k + 1)), extra={"tok": k - 1})
        return True
    if k >= 2 and words[k - 1] in ("had", "has", "have") and words[k] in ("killed", "wounded", "injured") and k + 1 < st.n and words[k + 1] in ('"', "\u201c", "'"):
        return False  # 'the army had killed "over 200 terrorists"': an active perfect with its (quoted) object, no subject's fate
    p, number = _subject_end(st, k)
    if p < 0 and words[0] == "both" and k > 1 and words[1] in L.AUX:
        p = 0  # ("both" walked over as an adverb)
    if p < 0:
        return False
    if p >= 2 and ("being" in st.wordset or not st.wordset.isdisjoint(_CARRYING_WORDS)) and (
            not _is_plural(words[p]) or "being" in words[max(0, p - 8):p]):
        # the person before what they wore or carried: "a second assailant wearing an explosive
        # vest was shot and wounded" (the subject is the assailant, not the vest), or before their
        # care: "A 22-year-old woman being treated for chest injuries died on Tuesday"
        y = next((x for x in range(p - 1, max(0, p - 8), -1) if words[x] in _CARRYING_WORDS or (
            words[x] == "being" and words[x + 1].endswith("ed")) or not (
            st._is_np_word(x) or words[x] in ("a", "an", "the", "his", "her", "their", "for", "with") or words[x].endswith("ed"))), -1)
        if y >= 1 and (words[y] in _CARRYING_WORDS or words[y] == "being") and st._is_np_word(y - 1) and (
                singular(words[y - 1]) in _PERSON_NOUNS or _role(words[y - 1]) == "perpetrator" or words[y - 1].endswith("-old")):
            p = y - 1
    if p >= 3 and singular(words[p]) not in _PERSON_NOUNS and _role(singular(words[p])) != "perpetrator" and (
            not _is_plural(words[p]) and st.q_by_end.get(p + 1) is None):
        # the person before what they were doing: "A woman picking berries near the end of the
        # runway was also killed" (the subject is the woman, not the runway)
        # (or where they were: "a 15-year-old passenger seated behind him")
        y = next((x for x in range(p - 1, max(0, p - 10), -1) if words[x].endswith(("ing", "ed")) or words[x] in L.AUX or words[x] in (
            ",", ";", ":", "and", "who", "that", "which")), -1)
        if y >= 1 and words[y].endswith(("ing", "ed")) and words[y] not in _NOT_A_DOING and (
                singular(words[y - 1]) in _PERSON_NOUNS and not _is_plural(words[y - 1])):
            p = y - 1
    if words[p] == "and" and p > 0 and any(
            m["sent"] == si and f.kind == kind for f, m in zip(ex.figures[-4:], ex.meta[-4:])):
        # "A firefighter suffered burns ... when his truck was overrun by flames, and was flown to a
        # Sydney hospital in a stable condition", "She was taken to hospital with burns and a broken
        # ankle and was listed in stable condition": the one counted before in the sentence, again
        return True
    if words[p] == "both" and (p == 0 or words[p - 1] in (",", ";", "and", "but")) and kind in ("killed", "injured") and not _hypothetical(st, p):
        # "Both were treated at the Regional Hospital for smoke inhalation": the two told before
        ex.add(st, si, kind, None, k, "subject_count", value=2, span=(st.start_of(p), st.end_of(k)),
               extra={"tok": p, "definite": True})
        return True
    if number == "" and p + 1 < k and words[p + 1] == "had" and not _is_plural(words[p]) and p > 0 and (
            # (an adjective between: "a French peacekeeper had been wounded")
            words[p - 1] in ("a", "an", "the") or (p > 1 and words[p - 2] in ("a", "an") and words[p - 1].isalpha())):
        number = "singular"  # "a boy had been killed": the noun tells the number "had" does not
    q_generic = st.q_by_end.get(p + 1)
    if q_generic is not None and q_generic.vague is not None and words[k - 1] in ("are", "get") and (
            (q_generic.start > 0 and words[q_generic.start - 1] in ("when", "whenever", "if", "where", "as"))
            or any(x in ("every", "each", "annually") for x in words[k + 1:k + 6])):
        # "when thousands are killed", "dozens are killed every year": a general statement; but
        # "dozens are injured" in a present-tense list entry is the news
        return True
    # zero subjects are handled by _zero_rules
    if words[p] in ("one", "nobody", "none", "no-one", "anyone", "anybody") and p > 0 and words[p - 1] in ("no", "not"):
        return True
    if words[p] in ("nobody", "none", "no-one"):
        return True
    if words[p] in ("rest", "remainder") and p > 0 and words[p - 1] == "the":
        return True  # "Four of the injured were admitted; the rest were treated and released": the others of a count, no one person
    if w == "dead" and k >= 2 and words[k - 1] in ("him", "her", "them") and words[k - 2] in ("shoot", "shoots", "shot", "shooting", "left", "leaving"):
        return False  # "before police shoot him dead": the object comes before "dead"
    if w == "dead" and k >= 2 and words[k - 1] in ("the", "their", "its") and words[k - 2] in ("of", "for", "to", "with"):
        return True  # "carrying photographs of the dead": the dead named, no count
    if w == "dead" and k >= 2 and words[k - 1] == "of" and words[k - 2] in _LIKENESS_NOUNS:
        return True  # "staged a demonstration with 14 dummies of dead bodies": likenesses, not the dead
    if w == "killed" and k >= 2 and words[k - 1] in ("him", "her") and words[k - 2] in ("leaving", "left"):
        # "attacked the house of an officer, leaving him killed": one dead
        ex.add(st, si, "killed", None, k, "object_dead", head=None, value=1,
               span=(st.start_of(k - 2), st.end_of(k)), extra={"tok": k - 1})
        return True
    if w == "dead" and number == "" and k > 0 and (words[k - 1] in _SHOOT_FORMS or words[k - 1] == "found") and k + 1 < st.n and (
            k + 1 in st.q_by_start or words[k + 1] in ("a", "an", "the", "his", "her", "their", "two", "him") or (not st.all_caps and st.raw[k + 1][:1].isupper())
            # "Two unidentified men on a motorcycle shot dead local radio journalist Tomas Agcaoili":
            # active, with a title before the name
            or (k >= 2 and words[k - 2] not in L.AUX and not st.all_caps and any(
                st.raw[x][:1].isupper() and st.raw[x][1:2].islower() for x in range(k + 2, min(st.n, k + 5)))
                and all(st._is_np_word(x) and st.raw[x][:1].islower() for x in range(k + 1, next(
                    (y for y in range(k + 2, min(st.n, k + 5)) if st.raw[y][:1].isupper()), k + 1))))):
        return False  # "gunmen shot dead a volunteer": the object follows
    intransitive = w in L.KILL_INTRANSITIVE or verb_like
    bare = number == ""
    # "a security guard wounded in the shootout remains in hospital": a participle after its
    # noun, not an active verb (which takes an object: "a guard wounded a robber")
    reduced = bare and not intransitive and k + 1 < st.n and words[k + 1] in _REDUCED_RELATIVE_NEXT and (
        w in L.KILL_PARTICIPLES or w in L.INJURE_PARTICIPLES)
    if number and not st.passive_seen and not intransitive and w != "dead" and k + 1 < st.n and (
            k + 1 in st.q_by_start or words[k + 1] in ("a", "an", "the", "his", "her", "their")):
        return False  # "ISIL have executed three officers": active perfect, the object follows
    if kind == "killed" and k + 2 < st.n and words[k + 1] == "or" and words[k + 2] in _FATE_UNKNOWN_WORDS:
        return True  # "more than 1,200 soldiers were killed or missing": the dead and the missing, no count of either
    if k + 4 < st.n and words[k + 1] == "," and _fates_listed(words, k + 1):
        return True  # "1,277 civilians killed, injured, abducted or missing": a list of fates, no count of any one
    if k + 2 < st.n and words[k + 1] in ("and", "or") and (
            (kind == "killed" and (words[k + 2] in L.INJURE_PARTICIPLES or words[k + 2] in L.INJURE_VERBS))
            or (kind == "injured" and (words[k + 2] in L.KILL_PARTICIPLES or words[k + 2] == "killed"))):
        return True  # "48 killed and injured": a casualty count of both kinds, neither figure
    if k >= 2 and words[k - 1] in ("and", "or") and (
            (kind == "injured" and words[k - 2] in ("killed", "dead"))
            or (kind == "killed" and w not in ("died", "succumbed") and words[k - 2] in ("injured", "wounded"))):
        return True  # "48 wounded and killed"; but "were wounded and died" is a death
    q = st.q_by_end.get(p + 1)
    # ("none of the 49 crew members aboard was hurt": a word after the group)
    q_none = q if q is not None or p < 1 else st.q_by_end.get(p)
    if q_none is None and p >= 2 and words[p] == "board" and words[p - 1] == "on":
        q_none = st.q_by_end.get(p - 1)  # ("None of the 133 people on board was injured")
    conjoined: list[Quantity] = []
    while q_none is not None and not q_none.used and q_none.start >= 3 and words[q_none.start - 1] == "and" and len(conjoined) < 4:
        # ("None of the 112 passengers and eight crew was injured": the group is the whole list)
        before = st.q_by_end.get(q_none.start - 1)
        if before is None or before.used:
            break
        conjoined.append(q_none)
        q_none = before
    if q_none is not None and not q_none.used and q_none.start >= 2:
        of_at = q_none.start - 2 if words[q_none.start - 1] in ("the", "those", "these", "its", "their") else q_none.start - 1
        if of_at >= 1 and words[of_at] == "of" and (words[of_at - 1] in ("none", "neither") or (
                of_at >= 2 and words[of_at - 1] == "one" and words[of_at - 2] == "not")):
            # "none of the 49 crew members aboard was hurt": no one of the group, a zero
            q_none.used = True
            for conj in conjoined:
                conj.used = True
            a = of_at - 2 if words[of_at - 1] == "one" else of_at - 1
            if not _hypothetical(st, a):
                ex.add(st, si, kind, None, k, "zero", head=None, value=0,
                       span=(st.start_of(a), st.end_of(k)), extra={"tok": a, "zero": True})
            return True
    # (a relative clause tells of the group too: "buried two of the three hostages who died")
    relative = p + 1 < k and words[p + 1] in ("who", "that")
    if q is not None and not q.used and ((bare and (w in L.KILL_PARTICIPLES or w in L.INJURE_PARTICIPLES)) or relative) and (
            q.num_end + 2 < st.n and words[q.num_end] == "of" and (
                words[q.num_end + 1] in ("the", "those") or (q.best == 1 and words[q.num_start] == "one"))) and (
            kind != "injured" or _clause_death_after(st, k) < 0):
        # "Nine of the 64 people wounded in the blast remain in intensive care", "He was one of
        # 23 people hurt": a participle right after the noun modifies the group, which has a
        # count of its own (but "One of five soldiers wounded in the ambush died" is a death)
        inner = st._quantity_at(q.num_end + 2 if words[q.num_end + 1] in ("the", "those") else q.num_end + 1)
        if inner is not None and inner.head is not None and inner.np_end == q.np_end and inner.best > q.best:
            q.used = True
            q = inner
            st.quantities.append(inner)
            st.q_by_start[inner.start] = inner
            st.q_by_end[inner.np_end] = inner
    if q is not None and q.used:
        return True
    if bare and (w in L.KILL_VERBS or w in L.INJURE_VERBS) and k + 1 < st.n:
        nxt = words[k + 1]
        q_next = st.q_by_start.get(k + 1)
        headline_pair = q_next is not None and q_next.np_end < st.n and (
            words[q_next.np_end] in L.INJURE_PARTICIPLES or words[q_next.np_end] in L.KILL_PARTICIPLES)
        if (q_next is not None and not headline_pair) or nxt in ("a", "an", "the", "his", "her", "their", "him", "them", "all", "another", "both") or (
                # a full name after the verb (not in a headline, whose words are all capitalised)
                not st.all_caps and st.s >= ex.headline_end and k + 2 < st.n and st.raw[k + 1][:1].isupper()
                and st.raw[k + 1][1:2].islower() and st.raw[k + 2][:1].isupper() and st.raw[k + 2][1:2].islower()
                and nxt not in L.MONTHS and nxt not in L.WEEKDAYS):
            return False  # "three bombs killed at least seventy students", "two assailants stabbed and killed Zorig": active verb
    if words[p] in ("pair", "couple") and p > 0 and (words[p - 1] in ("the", "a") or (
            p > 1 and words[p - 2] in ("the", "a") and st._is_np_word(p - 1))) and not _hypothetical(st, p):
        # "the couple were killed", "the pair, both Portuguese citizens, were found dead": two
        d = p - 1 if words[p - 1] in ("the", "a") else p - 2
        ex.add(st, si, kind, None, k, "subject_pair", head=None, value=2,
               span=(st.start_of(d), st.end_of(k)), extra={"tok": d, "definite": words[d] == "the"})
        return True
    items = _subject_conjuncts(st, p)
    if len(items) == 1 and items[0] is q and q is not None and q.head is None and q.start >= 3 and words[q.start - 2] == "of" and (
            words[q.start - 1] in ("the", "those", "these")):
        part = st.q_by_end.get(q.start - 2)
        if part is not None and not part.used and part.head is None and part.best < q.best and kind == "injured" and (
                q.np_end == k and k + 1 < st.n and words[k + 1] in L.AUX):
            # "23 of the 55 wounded were still being treated": the wounded are a group of their own
            # count (told before, or here), the part what the clause tells of them
            if not _hypothetical(st, part.start):
                whole = next((x for x in range(len(ex.figures) - 1, -1, -1)
                              if ex.figures[x].kind == "injured" and ex.figures[x].best == q.best and ex.figures[x].part_of is None), None)
                if whole is None:
                    _emit_group(ex, st, si, kind, [q], k, "subject_count")
                    whole = len(ex.figures) - 1
                ex.add(st, si, kind, part, k, "subgroup", part_of=whole)
            part.used = True
            q.used = True
            return True
        if part is not None and not part.used and part.head is None and part.best < q.best:
            items = [part]  # "Two of the five were killed", "One of the four remains in critical condition": the part's fate
    if not items:
        # "At least 14 militants including key commanders were killed"
        for x in range(p, max(-1, p - 6), -1):
            if words[x] in ("including", "among", ",", ";") or words[x] in L.AUX:
                if words[x] == "including":
                    items = _subject_conjuncts(st, x - 1)
                break
    died_at = _clause_death_after(st, k) if reduced and kind == "injured" else -1
    if died_at >= 0 and len(items) == 1 and isinstance(items[0], Quantity):
        # "Two of the people wounded in last week's bombing have died in hospital", "Two more
        # workers injured in Monday's explosion died": the clause's verb is a death, among the hurt
        q0 = items[0]
        if not _hypothetical(st, q0.start):
            ex.add(st, si, "killed", q0, died_at, "subject_count", extra={"additive_forced": True, "from_injured": True})
        return True
    if died_at >= 0 and items and all(not isinstance(x, Quantity) and x[1] in _PERSON_NOUNS for x in items):
        # "A woman injured in the March 3 bombing died on Monday": a death
        for a0, head0, _end0 in items:
            if not _hypothetical(st, a0):
                # (the span is the death's verb, so that it is dated by "died on Monday", not by
                # the attack in the participle's phrase)
                ex.add(st, si, "killed", None, died_at, "subject_singular", head=head0, value=1,
                       span=(st.start_of(died_at), st.end_of(died_at)), extra={"tok": a0, "additive_forced": True, "from_injured": True})
        return True
    if items and bare and not intransitive and not isinstance(items[0], Quantity) and not (
            reduced and (len(items) > 1 or items[0][1] in _PERSON_NOUNS)):
        # "the driver killed two people": an active verb, not a participle
        items = []
    if items and words[p] == "another" and not isinstance(items[0], Quantity):
        pass
    if items:
        if _negated_clause(st, items[-1][0] if not isinstance(items[-1], Quantity) else items[-1].start, k):
            return True
        if w == "executed" and all(not isinstance(x, Quantity) and _role(x[1]) == "perpetrator" for x in items):
            return True  # "the captured gunman, X, was executed by firing squad": a sentence served
        items = items + [q for q in st.aside if not q.used]
        _emit_group(ex, st, si, kind, items, k, "subject_count")
        _along_with(ex, st, si, k, kind)
        if "and" in st.wordset or ";" in st.wordset or "," in st.wordset:
            _elliptic_siblings(ex, st, si, k, kind)
        return True
    q = _quantity_before_pp(st, p)
    if q is not None and q.start >= 2 and words[q.start - 1] == "and" and not q.used:
        # "31 passengers and four crew members aboard the plane were killed": the conjuncts
        # before the count that the PP follows
        conjuncts = _subject_conjuncts(st, q.np_end - 1)
        if len(conjuncts) > 1 and any(x is q for x in conjuncts):
            _emit_group(ex, st, si, kind, conjuncts, k, "subject_count")
            return True
    if q is not None and q.best == 1 and q.start > 0 and words[q.start - 1] == "no":
        # "No one on the ground was hurt": a zero
        if not _hypothetical(st, k):
            ex.add(st, si, kind, None, k, "zero", head=None, value=0,
                   span=(st.start_of(q.start - 1), st.end_of(k)), extra={"tok": q.start - 1, "zero": True})
        return True
    if q is not None:
        _emit_group(ex, st, si, kind, [q], k, "subject_count")
        return True
    if (number == "plural" or intransitive) and not (k >= 2 and words[k - 1] == "being" and words[k - 2] in ("are", "is")):
        # (not "while the people are being murdered": an ongoing state, no count of the dead)
        found = _anaphora(ex, st, si, p)
        if found is not None:
            value, head, a = found
            if not _hypothetical(st, a):
                ex.add(st, si, kind, None, k, "subject_anaphora", head=head, value=value,
                       span=(st.start_of(a), st.end_of(k)), extra={"tok": a})
            return True
    if words[p] == "another" and (number == "" or number == "singular"):
        # "one police officer was killed and another injured" (one more than the sentence's dead:
        # perhaps the one hurt told before, read in settle as other than the dead)
        same_sentence = [f for f, m in zip(ex.figures[-3:], ex.meta[-3:]) if m["sent"] == si]
        after_other_kind = bool(same_sentence) and all(f.kind != kind for f in same_sentence)
        ex.add(st, si, kind, None, k, "subject_singular", head=None, value=1,
               span=(st.start_of(p), st.end_of(k)), extra={"tok": p, "additive_forced": not after_other_kind})
        return True
    if reduced and not _is_plural(words[p]) and singular(words[p]) in _PERSON_NOUNS and any(
            words[x] in ("a", "an", "the", "his", "her") for x in range(max(0, p - 3), p)):
        number = "singular"  # (a person: "an army unit killed in the operation all members" is active)
    if bare and p >= 2 and words[p] in _ORDINAL_HEADS and words[p - 1] in ("a", "the") and words[p - 2] == "and" and (
            k + 1 >= st.n or words[k + 1] not in ("a", "an", "the", "his", "her", "their") and k + 1 not in st.q_by_start):
        number = "singular"  # "Two policemen were killed and a third wounded": one more of them, its verb's aux left out
    if number == "singular":
        # "X, the provincial head of ..., was killed": a singular subject is one person
        if _negated_clause(st, max(0, p - 8), k) or words[p] in ("it", "which", "that", "this", "what", "there"):
            return True
        if ex.figures and ex.meta[-1]["sent"] == si and ex.meta[-1].get("from_injured") and ex.figures[-1].char_start == st.start_of(k):
            return True  # "A soldier wounded in the bombing near the village has died": read at "wounded", not "the village"
        if (w in ("executed",) and singular(words[p]) not in _HOSTAGE_HEADS) or words[p] in _EVENT_NOUNS or words[p] in L.NOT_PEOPLE:
            return True
        if words[p][:1].isdigit():
            return True
        if p > 0 and (_ORDINAL_NUMBER_RE.fullmatch(words[p - 1]) is not None or words[p - 1] in _RANK_ORDINAL_WORDS) and (
                p < 2 or words[p - 2] in ("the", "a", "its", "their", "this")):
            return True  # "He is understood to be the 17th teenager killed in London this year": a rank, no one new
        a = p if words[p][:1].isalpha() else k
        head = singular(words[p]) if st._is_np_word(p) and not _is_plural(words[p]) and not (not st.all_caps and st.raw[p][:1].isupper()) else None
        opened_the = False
        if head is None:
            # "The attacker, a 28-year-old ..., was shot dead": the head opens the clause
            c = p
            while c > 0 and words[c - 1] not in (";", ":", "but", "and", "while", "when") and p - c < 25:
                c -= 1
            if words[c] in ("the", "a", "an") and c + 1 < st.n and st._is_np_word(c + 1):
                e = c + 1
                while e + 1 < st.n and st._is_np_word(e + 1) and e - c < 4:
                    e += 1
                if not _is_plural(words[e]) and words[e] not in _EVENT_NOUNS:
                    head = singular(words[e])
                    opened_the = words[c] == "the"
        if _hypothetical(st, a):
            return True
        if not st.all_caps and p > 0 and words[p - 1] in _BARE_SUBJECT_OPENERS and st.raw[p][:1].islower() and words[p] not in L.ADVERBS:
            return True  # "but knowone was injured": a bare lower-case word after a conjunction is no person
        if head in _ANIMAL_HEADS:
            return True  # "a family's pet dog died in the flat": no person
        if head in _ORDINAL_HEADS:
            # "Two policemen were killed and a third wounded": one more of the group told before it
            head = next((ex.figures[x].victims for x in range(len(ex.figures) - 1, -1, -1) if ex.meta[x]["sent"] == si), None)
        definite = (p > 0 and words[p - 1] == "the" or opened_the) and head is not None
        ex.add(st, si, kind, None, k, "subject_singular", head=head, value=1,
               span=(st.start_of(a), st.end_of(k)), extra={"tok": a, "definite": definite})
        if st.aside:
            _emit_group(ex, st, si, kind, [q for q in st.aside if not q.used], k, "subject_count")
        _along_with(ex, st, si, k, kind)
        return True
    return False


_CLAUSE_NEGATORS: Final = frozenset({"no", "none", "nobody", "neither", "nor", "not", "no-one", "never"})


def _negated_clause(st: _Sentence, a: int, k: int) -> bool:
    if st.wordset.isdisjoint(_CLAUSE_NEGATORS):
        return False  # no negator anywhere in the sentence
    words = st.words
    x = k - 1
    while x >= max(0, a - 2):
        w = words[x]
        if w in ("but", ";", "while", "whereas", "although", "however"):
            return False
        if w == "," and x > 2:
            # an aside's relative clause negates only itself: "The gunman, whose name has not been
            # released, shot himself ... and died"
            m = next((y for y in range(x - 1, max(0, x - 20), -1) if words[y] == ","), -1)
            if m >= 0 and words[m + 1] in ("who", "whose", "whom", "which"):
                x = m - 1
                continue
            if m >= 0 and words[m + 1] == "not" and m + 2 < x:
                # an aside that negates itself: "five civilians, not the three first reported, were
                # killed", "Five civilians, not one of them armed, were killed"
                x = m - 1
                continue
        if w in ("no", "none", "nobody", "neither", "nor", "not", "no-one", "never"):
            if w in ("no", "not") and x + 1 < st.n and words[x + 1] in ("fewer", "less", "more"):
                x -= 1
                continue
            if w == "not" and x + 1 < st.n and words[x + 1] in ("counting", "including"):
                x -= 1  # "19 people, not counting the bomber, were killed": an aside, no negation
                continue
            return True
        x -= 1
    return False


_SIBLING_STOPS: Final = frozenset({";", ":", "while", "but", "when", "after", "as", "which", "who", "whereas", "including"})
_SIBLING_PREPOSITIONS: Final = frozenset({"in", "at", "on", "near"})
_SIBLING_PLACE_WORDS: Final = frozenset({"in", "at", "on", "near", "from", ",", ".", "across", "elsewhere"})


def _elliptic_siblings(ex: _Extraction, st: _Sentence, si: int, k: int, kind: str) -> None:
    """'At least 11 people were killed in Kwapre and eight more in Daban Masara': the verb left
    out of a second count of the same kind, a count of other people."""
    if "and" not in st.wordset and ";" not in st.wordset and "," not in st.wordset:
        return
    words = st.words
    n = st.n
    j = k + 1
    while j < min(n, k + 12):
        w = words[j]
        semicolon = w == ";" and j + 1 < n and j + 1 in st.q_by_start  # "18 dead in Odessa; six more in Mykolaiv"
        comma = w == "," and j + 1 < n and j + 1 in st.q_by_start  # "leaves 19 dead in Bangladesh, nine in West Bengal"
        if (w in _SIBLING_STOPS and not semicolon) or (w in _TRIGGER_KIND and j > k + 1):
            return
        if (w == "and" or semicolon or comma) and j + 1 < n:
            q = st.q_by_start.get(j + 1)
            if q is None or q.used or q.best == 0 or q.partitive:
                return  # (nor a part: "Four soldiers were killed on Tuesday, three of them in a roadside bombing")
            after = words[q.np_end] if q.np_end < n else "."
            # a parallel place ("killed in Kwapre and eight more in Daban Masara") or "N more"
            parallel = words[k + 1] in _SIBLING_PREPOSITIONS and after in _SIBLING_PREPOSITIONS and not semicolon
            if comma and not parallel:
                return
            more = "more" in words[q.num_end:q.np_end]
            if not (parallel or more) or after not in _SIBLING_PLACE_WORDS or (q.head is not None and q.head in L.NOT_PEOPLE):
                return
            if q.head is not None and q.head.endswith("ed") and q.head != "dead":
                return  # "and about 40,000 more disappeared": a verb of its own, not a head noun
            for x in range(q.np_end, min(n, q.np_end + 30)):
                if words[x] in _SIBLING_STOPS and words[x] != "including":
                    break
                if words[x] in L.AUX or words[x] in _TRIGGER_KIND:
                    return  # "and 12 others, including a child, were wounded": a clause of its own
            if not _hypothetical(st, q.start) and ex.figures:
                ex.add(st, si, kind, q, k, "elliptic_count",
                       extra={"additive_forced": True, "sibling": len(ex.figures) - 1})
            return
        j += 1


def _along_with(ex: _Extraction, st: _Sentence, si: int, k: int, kind: str) -> None:
    """'... was killed along with two other officers'."""
    words = st.words
    j = k + 1
    while j < st.n and words[j] in L.ADVERBS and j - k < 3:
        j += 1
    if not (j + 1 < st.n and words[j] in ("along", "together") and words[j + 1] == "with") and "as" in st.wordset:
        # "All seven hostage-takers were killed in the assault, as were four hostages": the verb
        # left out of a comparative clause, other people of the same kind
        j = next((x for x in range(k + 1, min(st.n - 3, k + 10)) if words[x] == "," and words[x + 1] == "as"
                  and words[x + 2] in ("were", "was")), -1)
        if j < 0 or any(w in _TRIGGER_KIND or w in (";", ".") for w in words[k + 1:j]):
            return
        j += 1
    if j + 1 < st.n and (words[j] in ("along", "together") and words[j + 1] == "with" or words[j] == "as"):
        q = st.q_by_start.get(j + 2)
        if q is not None and not q.used:
            _emit_group(ex, st, si, kind, [q] + _coordinated_right(st, q.np_end), k, "along_with")
            return
        single = st.singular_np_starting(j + 2)  # "was killed along with his driver"
        if single is not None and single[1] not in _THING_NOUNS and single[1] not in _EVENT_NOUNS:
            _emit_group(ex, st, si, kind, [(j + 2, single[1], single[0])], k, "along_with")


def _elliptic_object_siblings(ex: _Extraction, st: _Sentence, si: int, k: int, q: Quantity) -> None:
    """'killing 41 people in Tarsia and 12 in Velmar', 'killed 18 people in Kabul, six in Herat
    and four in Kandahar': the verb's object repeated for other places, its noun left out."""
    words = st.words
    n = st.n
    end = q.np_end
    if end >= n or words[end] not in _SIBLING_PREPOSITIONS or not ex.figures:
        return
    first = len(ex.figures) - 1
    j = end + 1
    while j < min(n, end + 40):
        w = words[j]
        if w in _SIBLING_STOPS or w in _TRIGGER_KIND or w in L.AUX:
            return
        if w in ("and", ","):
            q2 = st.q_by_start.get(j + 1)
            if q2 is None:
                if w == "and":
                    return  # "... in Tarsia and bringing down hundreds of houses"
                j += 1  # a comma inside a place's name: "in Kabul, Afghanistan"
                continue
            if (q2.used or q2.best == 0 or q2.np_end >= n or words[q2.np_end] not in _SIBLING_PREPOSITIONS
                    or (q2.head is not None and q2.head != q.head)):
                return
            x = q2.np_end + 1
            while x < n and words[x] not in ("and", ",", ".", ";"):
                if words[x] in _TRIGGER_KIND or words[x] in L.AUX:
                    return  # "and 12 in Velmar were hurt": a clause of its own
                x += 1
            if not _hypothetical(st, q2.start):
                # (of the first count's kind and standing: "the earthquakes that killed more than
                # 53,000 people in Turkey and about 6,000 in Syria" a year ago)
                extra = {"additive_forced": True, "sibling": first}
                for key in ("background", "cumulative", "claim"):
                    if ex.meta[first].get(key):
                        extra[key] = True
                ex.add(st, si, ex.figures[first].kind, q2, k, "elliptic_count", extra=extra)
            j = q2.np_end + 1
            continue
        j += 1


def _object_rule(ex: _Extraction, st: _Sentence, si: int, k: int, kind: str) -> None:
    words = st.words
    n = st.n
    # passive use ("were killed in") or infinitive ("to kill") is not an active verb
    b = k - 1
    while b >= 0 and words[b] in L.ADVERBS - {"to", "who", "that", "which"}:
        b -= 1
    if b >= 0 and words[b] in ("was", "were", "been", "be", "being", "is", "are", "get", "got"):
        return
    if words[k] in L.BASE_VERBS and b >= 0 and words[b] in ("to", "would", "could", "will", "might", "may", "can", "not", "didn't"):
        return
    if b >= 0 and (words[b] in ("a", "an") or (b >= 2 and words[b] == "and" and words[b - 1].endswith("ed") and words[b - 2] in ("a", "an", "the"))):
        return  # "a captured and badly wounded Russian soldier": the participle describes a noun
    j = k + 1
    if words[k] == "gunned":
        if j >= n or words[j] != "down":
            return
        j += 1  # "gunned down three Maoists"
    while j < n and words[j] in ("reportedly", "also", "allegedly", "instantly", "immediately", "only", "just", "merely",
                                 '"', "\u201c", "\u201d", "'"):
        j += 1  # ("injured only four people", 'killed "dozens" of civilians')
    if j + 2 < n and words[j] in ("a", "an") and words[j + 1] in ("estimated", "reported") and j + 2 in st.q_by_start:
        j += 2  # "killed an estimated at least 50 militants", "killed a reported 30 people"
    if j >= n:
        return
    if words[j] == "both" and (j + 1 >= n or words[j + 1] in (",", ".", ";", "of", "in", "on", "at", "and", "before", "after")) and (
            j + 1 >= n or words[j + 1] != "of" or (j + 2 < n and words[j + 2] in ("them", "the", "these", "those"))) and not _hypothetical(st, k):
        # "kidnapped the two sons of the owner, later beheading both of them": the two told before
        ex.add(st, si, kind, None, k, "object_count", value=2, span=(st.start_of(k), st.end_of(j + 2 if j + 2 < n and words[j + 1] == "of" else j)),
               extra={"tok": j, "definite": True})
        return
    if j + 1 < n and words[j] in ("and", "or") and (words[j + 1] in L.KILL_VERBS or words[j + 1] in L.INJURE_VERBS) and words[j + 1][-3:] == words[k][-3:]:
        # "killing and injuring a number of fighters": the object belongs to both verbs
        j += 2
        q2 = st.q_by_start.get(j)
        if words[j - 2] == "or":
            if q2 is not None:
                q2.used = True  # "KILLING OR WOUNDING 4,000 ENEMY SOLDIERS": either, so neither kind's count
            return
        if q2 is not None and not q2.used and not _hypothetical(st, k):
            ex.add(st, si, kind, q2, k, "object_count")
            q2.used = False
        return
    if words[j] == "of" and words[k].endswith("ing") and b >= 1 and words[b] not in ("the",) and words[b - 1] == "the" and (
            words[b].endswith(("al", "ous", "ful", "less", "ic", "ent", "ant", "ed", "ive", "ible", "able"))):
        b -= 1  # "the brutal killing of three farmers": an adjective between
    if words[j] == "of" and words[k].endswith("ing") and b >= 0 and words[b] == "the" and j + 1 < n:
        # "the killing of three soldiers", "resulted in the wounding of five police officers"
        if _hypothetical(st, k):
            return
        cause = _cause_before(words, b)
        q = st.q_by_start.get(j + 1)
        if q is not None and not q.used:
            if cause:
                ex.add(st, si, kind, q, k, "noun_of_count", extra={"background": True})
            else:  # as an object: subgroups, and a count "over the past year" is a toll
                _emit_group(ex, st, si, kind, [q] + _coordinated_right(st, q.np_end), k, "noun_of_count")
            return
        single = st.singular_np_starting(j + 1)
        if single is None and words[j + 1] == "another" and (j + 2 >= n or not st._is_np_word(j + 2)):
            single = (j + 2, None)  # "the death of one officer and the wounding of another"
        if single is not None:
            ex.add(st, si, kind, None, k, "noun_of_singular", head=single[1], value=1,
                   span=(st.start_of(k), st.end_of(single[0] - 1)), extra={"tok": k, "background": cause})
        return
    if j + 2 < n and words[j] == "and" and (
            words[j + 1] in _ALSO_DONE_TO_VICTIMS or _TRIGGER_KIND.get(words[j + 1]) == kind):
        j += 2  # "killed and decapitated seven road workers": the object of both verbs
    if j + 2 < n and words[j] == "a" and words[j + 1] == "total" and words[j + 2] == "of":
        j += 3
    elif j + 2 < n and words[j] == "a" and words[j + 1] in ("combined", "further", "reported") and j + 2 in st.q_by_start:
        j += 2  # "killed a combined 43 people", "wounding a further 12"
    if j + 1 < n and words[j] == "all":
        j += 1
    if j + 2 < n and words[j] == "a" and words[j + 1] in ("family", "group", "total") and words[j + 2] == "of":
        j += 3
    q = st.q_by_start.get(j)
    if q is None and words[j] in ("the", "another", "his", "her", "their", "its") and j + 1 < n:
        q = st.q_by_start.get(j + 1)
    if q is not None and not q.used and q.np_end < n and (words[q.np_end] in L.INJURE_PARTICIPLES or words[q.np_end] in L.KILL_PARTICIPLES) and q.head is None:
        return  # "1 killed 5 injured": the number belongs to the next participle
    if q is not None and not q.used and words[k] in _FIGHTERS_ONLY_VERBS and (q.head is None or _role(q.head) != "perpetrator"):
        return  # "eliminated 12 militants" is a killing; "eliminated 12 rivals" is not
    if q is not None and words[k].startswith("neutrali") and "captured" in st.wordset and not st.wordset.isdisjoint(_NEUTRALISED_GLOSS_WORDS):
        q.used = True  # "neutralised 15 PKK militants ..., a term ... for militants killed, captured or who surrender"
        return
    if q is not None and not q.used:
        items: list = [q] + _coordinated_right(st, q.np_end)
        _emit_group(ex, st, si, kind, items, k, "object_count")
        if len(items) == 1 and ("and" in st.wordset or "," in st.wordset):
            _elliptic_object_siblings(ex, st, si, k, q)
        return
    if words[k] in _FIGHTERS_ONLY_VERBS:
        return
    if words[j] == "them" and kind in ("killed", "injured"):
        # "kidnapped two villagers and killed them": the group named before
        for prev in reversed(st.quantities):
            if prev.np_end <= k and prev.head is not None and prev.best > 1:
                if prev.np_end < st.n and (words[prev.np_end].endswith("ed") or words[prev.np_end] in L.AUX) and words[prev.np_end] not in _TRIGGER_KIND:
                    break  # "ABOUT 40 GUERRILLAS ENTERED THE VILLAGE, ROUNDED UP ... AND KILLED THEM": the clause's subject is not "them"
                if not _hypothetical(st, k):
                    ex.add(st, si, kind, None, k, "object_anaphora", head=prev.head, value=prev.best,
                           span=(st.start_of(k), st.end_of(j)), extra={"tok": j})
                break
        return
    if words[j] == "another" and (j + 1 >= n or not st._is_np_word(j + 1)):
        if not _hypothetical(st, k):
            ex.add(st, si, kind, None, k, "object_singular", head=None, value=1,
                   span=(st.start_of(j), st.end_of(j)), extra={"tok": j, "additive_forced": True})
        return
    if words[j] in ("at", "more", "over", "up", "about", "some", "nearly") and j + 1 < n:
        return
    single = st.singular_np_starting(j)
    if single is not None and words[k] in ("executed", "executing") and not (
            singular(single[1] or "") in _EXECUTED_PEOPLE
            or any(isinstance(x, Quantity) and x.head is not None for x in _coordinated_right(st, single[0]))):
        single = None  # "executed a search warrant", "executed the plan" (but "executed the mayor and two councilmen")
    if single is not None:
        end, head = single
        if _hypothetical(st, k):
            return
        if words[j] in ("himself", "herself"):
            # "the bomber detonated his vest, killing himself and ...": the attacker died
            ex.add(st, si, kind, None, k, "object_singular", head=None, value=1,
                   span=(st.start_of(j), st.end_of(j)), role="perpetrator", extra={"tok": j})
            items = _coordinated_right(st, end)
        else:
            items = [(j, head, end)] + _coordinated_right(st, end)
            if len(items) == 1:
                more = _object_after_place(st, end)
                if more is not None:
                    items.append(more)
        _emit_group(ex, st, si, kind, items, k, "object_singular")


def _object_after_place(st: _Sentence, end: int) -> Quantity | None:
    """'SHOT DEAD A TOWN MAYOR IN SAMAR PROVINCE AND TWO POLICEMEN IN DAVAO CITY': the verb's
    second object after the first one's place."""
    words = st.words
    if end >= st.n or words[end] not in _SIBLING_PREPOSITIONS:
        return None
    for x in range(end + 1, min(st.n - 1, end + 7)):
        w = words[x]
        if w == "and":
            q = st.q_by_start.get(x + 1)
            if q is None or q.used or q.head is None or q.best == 0 or q.head in L.NOT_PEOPLE or (
                    q.np_end < st.n and (words[q.np_end] in _TRIGGER_KIND or words[q.np_end] in L.AUX)):
                return None  # (not "... and two policemen were wounded": a clause of its own)
            return q
        if w in _TRIGGER_KIND or w in L.AUX or w in (",", ";", ":") or not (st.raw[x][:1].isupper() or w in _PLACE_KIND_NOUNS or w in ("the", "of")):
            return None
    return None


# the people "executed" names (the verb's other objects are plans, orders and warrants)
_EXECUTED_PEOPLE: Final = _PERSON_NOUNS | _LOST_PEOPLE | frozenset({
    "mayor", "governor", "councilman", "councillor", "councilor", "official", "judge", "leader", "chief", "commander",
    "prisoner", "hostage", "captive", "informer", "informant", "collaborator", "priest", "villager", "peasant",
    "civilian", "trader", "businessman", "activist", "candidate", "headman", "elder", "sheikh", "imam"})
_FIGHTERS_ONLY_VERBS: Final = _FIGHTERS_VERBS_GATED
# "killed and mutilated two farmers": what else was done to the same victims (not "arrested")
_ALSO_DONE_TO_VICTIMS: Final = frozenset({
    "mutilated", "tortured", "raped", "robbed", "burned", "burnt", "dismembered", "beat", "beaten",
    "stripped", "dumped", "buried", "mutilating", "torturing", "raping", "robbing", "burning",
})
# before "the death of ..." / "the killing of ...": the death is an earlier cause, not the news
_CAUSE_BEFORE: Final = frozenset({
    "over", "against", "protesting", "protest", "condemning", "mourning", "mourn", "avenge", "avenging",
    "commemorate", "anniversary", "following", "after", "since", "retaliation", "revenge", "reprisal", "reprisals", "retribution",
    "avenged", "avenges", "followed", "follows",
    # who did it, told later: "involved in the killing of Major X", "charged with the murder of"
    "involved", "implicated", "responsible", "accused", "charged", "convicted", "suspected", "investigating",
    "investigation", "trial", "sentenced", "arrested",
})


def _cause_before(words: list[str], b: int) -> bool:
    """The noun phrase opening at b ('the killing of ...', 'the deaths of ...') is an earlier
    cause the news follows: 'in retaliation for the killing of', 'avenged the deaths of', 'The
    attack followed the killing of 20 people at another mosque'."""
    return b > 0 and (words[b - 1] in _CAUSE_BEFORE or (
        b > 1 and words[b - 1] in ("in", "of", "for", "with", "into") and words[b - 2] in _CAUSE_BEFORE))


_CODED_WORDS: Final = frozenset({"coded", "recorded", "reported", "total"})


def _noun_rule(ex: _Extraction, st: _Sentence, si: int, k: int) -> None:
    """'13 deaths', 'the bodies of four', 'the death of a guard', 'claimed the lives of 13'."""
    words = st.words
    n = st.n
    w = words[k]
    if w in L.CASUALTY_NOUNS and w != "toll":
        # "CAUSING 23 CASUALTIES AMONG THE TROOPS, INCLUDING 14 DEAD": the dead (and wounded)
        # the mixed count names
        inc = next((x for x in range(k + 1, min(n, k + 9)) if words[x] in ("including", "incl")), -1)
        # whose casualties: "AMONG THE PUPPET TROOPS", "ON THE ARMY"
        group = None
        if inc > k + 2 and words[k + 1] in ("among", "on", "to") and words[inc - 1] == "," and st._is_np_word(inc - 2):
            group = singular(words[inc - 2])
        while inc >= 0:
            q = st.q_by_start.get(inc + 1)
            if q is None or q.used or q.np_end >= n or words[q.np_end] not in _CASUALTY_PART_KIND:
                break
            if not _hypothetical(st, q.start):
                if q.head is None and group is not None:
                    q.head = group
                ex.add(st, si, _CASUALTY_PART_KIND[words[q.np_end]], q, q.np_end, "casualties_part")
            inc = q.np_end + 1 if q.np_end + 2 < n and words[q.np_end + 1] in ("and", ",") else -1
        return
    if w == "toll":
        return
    kind = "injured" if w in L.INJURE_NOUNS else "killed"
    if w in ("lives", "life") and k >= 2 and words[k - 1] in ("their", "his", "her") and words[k - 2] in ("lost", "lose", "losing", "loses"):
        _subject_rule(ex, st, si, k - 2, "killed", verb_like=True)  # "twelve people lost their lives"
        return
    if w in ("life",):
        return
    if w in ("fatalities", "fatality") and k >= 1 and (
            (n <= k + 2 and (n == k + 1 or not words[k + 1].isalpha()))
            # ("12 fatalities coded.", "4 fatalities coded, per AMISOM.")
            or (n <= k + 3 and words[k + 1] in _CODED_WORDS) or (k + 1 < n and words[k + 1] in ("coded", "including", "incl"))):
        # a coder's closing note that is a sentence of its own ("... One of the perpetrators
        # died. 1 fatality.", "12 fatalities coded.", "54 fatalities including the attacker."):
        # the analyst's own count for the record
        q = st.q_by_end.get(k)
        if q is None:
            q = st.q_by_end.get(k + 1)
        if q is not None and not q.used and (q.start == 0 or (q.start == 1 and words[0] in ("[", "("))) and q.best > 0:
            ex.add(st, si, "killed", q, k, "coded_fatalities", extra={"coded": True})  # (or "[1 fatality]")
            return
    if w in ("fatalities", "deaths") and k + 3 < n and words[k + 1] == "coded" and words[k + 2] in ("as", "to", "at"):
        # a coder's note ("Fatalities coded as 10"): the analyst's own figure for the article
        q = st.q_by_start.get(k + 3)
        if q is not None and not q.used:
            ex.add(st, si, "killed", q, k, "coded_fatalities", extra={"coded": True})
        return
    if w in _SUFFERED_HURT_NOUNS or (w == "inhalation" and k > 1 and words[k - 1] == "smoke"):
        # "four people sustained injuries", "a technician suffered a bullet wound", "two
        # firefighters suffered smoke inhalation"
        v = k - 2 if w == "inhalation" else k - 1
        while v >= 0 and k - v < 5 and (words[v] in _INJURY_ADJECTIVES or (words[v] in ("a", "an") and w in _ONE_HURT_NOUNS)):
            v -= 1  # ("suffered a burn to his wrist", "suffered a cut to his hand")
        if v >= 0 and words[v] in _SUFFER_VERBS:
            if words[v - 1:v] == ["succumbed"] or (v + 1 < n and words[v] == "succumbed"):
                return
            # "sustained fatal injuries" is a death ("non-fatal" is one word, and stays a hurt)
            fatal = any(words[x] in ("fatal", "mortal") for x in range(v + 1, k))
            _subject_rule(ex, st, si, v, "killed" if fatal else "injured", verb_like=True)
            return
    if (w in _SUFFERED_HURT_NOUNS or w in ("inhalation", "poisoning")) and _care_rule(ex, st, si, k):
        # ("Two women were treated for cuts from flying glass")
        return
    if w in ("wounds", "injuries", "burns") and _people_with_wounds(ex, st, si, k):
        return
    if w in L.CONTEXT_NOUNS:
        return  # "burns", "inhalation" mark a casualty only in the phrasings above
    if w == "remains" and k + 1 < n and words[k + 1] in ("in", "at", "under", "on", "hospitalized", "hospitalised", "critical", "stable", "unconscious"):
        return  # the verb: "One of the four remains in critical condition"
    q = st.q_by_end.get(k)
    if q is None and k > 0:
        q = st.q_by_end.get(k - 1) if words[k - 1] in ("civilian", "more", "other", "new") else None
    if w in ("wound", "wounds", "burns"):
        q = None  # "three gunshot wounds" counts wounds, not people
    if q is not None and not q.used and q.head is None or (q is not None and not q.used and q.np_end == k):
        if w in ("body", "corpse", "death", "life", "injury", "fatality") and q.best != 1:
            return
        before = q.start - 1 if q.start > 1 and words[q.start - 1] in ('"', "\u201c", "'") else q.start  # ('saved "more than 90 lives"')
        if w == "lives" and before > 0 and words[before - 1] in ("saved", "save", "saves", "saving", "spared", "spare", "protect"):
            q.used = True
            return  # "The early evacuation saved thousands of lives": no one died
        if k + 1 < n and words[k + 1] in ("could", "might", "may", "would", "will"):
            q.used = True
            return  # "Hundreds of lives could be lost": a fear, no count
        if kind == "killed" and w in ("deaths", "dead", "fatalities") and q.num_end + 1 < k and words[q.num_end] == "of" and words[q.num_end + 1] == "the":
            # "Three of the Alabama deaths were at a mobile home park": a part of the dead counted before
            whole = next((x for x in range(len(ex.figures) - 1, max(-1, len(ex.figures) - 12), -1)
                          if ex.figures[x].kind == "killed" and ex.figures[x].part_of is None and ex.figures[x].best > q.best), None)
            if whole is not None:
                ex.add(st, si, kind, q, k, "subgroup", part_of=whole)
                return
        _emit_group(ex, st, si, kind, [q] + _coordinated_left(st, q), k, "noun_count")
        return
    # "the deaths of 13 people", "the bodies of four men", "the death of a guard", "injuries to"
    if k + 1 < n and words[k + 1] in ("of", "to") and (words[k + 1] == "of" or kind == "injured"):
        if w == "lives" and not (k > 1 and words[k - 1] == "the" and words[k - 2] in ("claimed", "claiming", "took", "taking", "claim")):
            if not (k > 0 and words[k - 1] in ("their",)):
                return
        q = st.q_by_start.get(k + 2)
        if q is None and k + 3 < n and words[k + 2] in ("the", "all", "these", "those") and w in ("bodies", "corpses", "deaths", "remains"):
            q = st.q_by_start.get(k + 3)  # "the bodies of the two men were found"
            if q is not None and not q.used:
                _emit_group(ex, st, si, kind, [q], k, "noun_of_count")
                return
        if q is not None and not q.used and k > 0 and words[k - 1] == "the" and _cause_before(words, k - 1):
            ex.add(st, si, kind, q, k, "noun_of_count", extra={"background": True})  # "avenged the deaths of 12 of its fighters"
            return
        if q is not None and not q.used and w == "loss" and not _cumulative(st, q, k):
            # "TROOPS KILLED FOURTEEN CONTRAS ..., WITH THE LOSS OF TWO SOLDIERS": the side's own dead
            # in the clash the sentence tells, besides its count
            if not _hypothetical(st, k):
                ex.add(st, si, kind, q, k, "noun_of_count", extra={"additive_forced": True})
            return
        if q is not None and not q.used:
            # "the deaths of two soldiers and three civilians"
            _emit_group(ex, st, si, kind, [q] + [x for x in _coordinated_right(st, q.np_end) if isinstance(x, Quantity)], k, "noun_of_count")
            return
        if w in ("bodies", "corpses") and q is None and words[k + 1] == "of" and k + 2 < n:
            # (the list ends before the clause's verb: "... and a woman were found")
            items: list = _singular_list(st, k + 2, possessive=True) or (
                _singular_list(st, k + 2, names=True) if not st.all_caps and st.raw[k + 2][:1].isupper() else [])
            if not items and st.all_caps:
                items = _caps_names_list(st, k + 2)
            if not items:
                single = st.singular_np_starting(k + 2)
                items = [(k + 2, single[1], single[0])] + _coordinated_right(st, single[0]) if single is not None else []
            if len(items) > 1 and not _hypothetical(st, k):
                # "The bodies of a man and a woman were found", "the bodies of a farmer and his son"
                _emit_group(ex, st, si, "killed", items, k, "noun_of_count")
            return
        if kind == "injured" and words[k + 1] == "to" and k + 3 < n and words[k + 2] in ("his", "her") and (
                words[k + 3] in L.BODY_PARTS) and not _hypothetical(st, k):
            # "fired shots at the deputy mayor, causing injuries to his leg": one hurt
            ex.add(st, si, "injured", None, k, "noun_of_singular", head=None, value=1,
                   span=(st.start_of(k), st.end_of(k + 3)), extra={"tok": k})
            return
        d = k - 1
        while d > 0 and k - d < 3 and st._is_np_word(d):
            d -= 1
        if w in ("death", "body", "corpse", "remains") and d >= 0 and words[d] in ("the", "a", "his", "her"):
            single = st.singular_np_starting(k + 2)
            if single is not None and w == "remains" and single[1] not in _PERSON_NOUNS and single[1] not in _RANK_NOUNS:
                single = None  # "the remains of the reactor core"
            if single is None and st.all_caps and w in ("body", "corpse") and any(
                    x in _FOUND_VERBS for x in words[k + 2:k + 16]):
                single = (k + 2, None)  # "THE BODY OF RAMIRO OSPINA TELLO, MAYOR OF EL ROBLE, WAS FOUND": a name in capitals
            if single is not None and not _hypothetical(st, k):
                # "protests over the death of a militant": the death is the earlier cause
                cause = d > 0 and words[d - 1] in _CAUSE_BEFORE
                # (one told before, named again: "The body of the 78-year-old man was found")
                extra = {"tok": k, "background": cause, "definite": True} if words[k + 2] in ("the", "his", "her") else {"tok": k, "background": cause}
                ex.add(st, si, kind, None, k, "noun_of_singular", head=single[1], value=1,
                       span=(st.start_of(k), st.end_of(single[0] - 1)), extra=extra)
        return
    # "a man's body was found", "his body was found shot"
    if w in ("body", "corpse") and k > 0 and (st.raw[k - 1].endswith(("'s", "\u2019s")) or words[k - 1] in ("his", "her")) and not _hypothetical(st, k):
        if any(x in _FOUND_VERBS for x in words[k + 1:k + 6]):
            ex.add(st, si, "killed", None, k, "noun_singular", head=None, value=1,
                   span=(st.start_of(k - 1), st.end_of(k)), extra={"tok": k - 1, "definite": words[k - 1] in ("his", "her")})
            return
    if w == "bodies" and k > 0 and words[k - 1] in ("their", "the") and any(x in ("found", "discovered", "recovered", "dumped", "retrieved") for x in words[k + 1:k + 6]):
        found = _kidnapped_group(ex, si)
        # (not the bodies of those whose deaths the sentence just told: "Two of the hostages were
        # beheaded on 06/02/2001; their bodies were found near Tipo-Tipo")
        if found is not None and not _hypothetical(st, k) and not any(
                f.kind == "killed" and m["sent"] == si for f, m in zip(ex.figures[-3:], ex.meta[-3:])):
            ex.add(st, si, "killed", None, k, "noun_anaphora", head=None, value=found,
                   span=(st.start_of(k - 1), st.end_of(k)), extra={"tok": k - 1})
        return
    # "a body was found", "the body of a man" (not "a body search", "a body armour vest")
    if w in ("body", "corpse") and k > 0 and words[k - 1] in ("a", "another") and not _hypothetical(st, k) and not (
            k + 1 < st.n and words[k + 1] in _BODY_COMPOUND_HEADS):
        ex.add(st, si, "killed", None, k, "noun_singular", head=None, value=1,
               span=(st.start_of(k - 1), st.end_of(k)), extra={"tok": k - 1})


# nouns that make "body" a modifier: "a body search", "a body scanner"
_BODY_COMPOUND_HEADS: Final = frozenset({
    "search", "searches", "armour", "armor", "scanner", "scan", "camera", "cam", "language", "temperature", "count",
    "guard", "double", "shop", "paint", "spray", "blow", "check", "frisk", "suit"})


_CARE_CLAUSE_STOPS: Final = frozenset({
    ",", ";", ":", "(", ")", "and", "but", "or", "where", "who", "which", "after", "when", "while",
    "before", "because", "as", "said", "says", "than",
})
# a death later in the clause: "was rushed to hospital with gunshot wounds, where he died"
_HARM_CAUSES: Final = frozenset({
    "attack", "blast", "explosion", "ambush", "assault", "clash", "clashes", "raid", "bombing", "shooting", "fire",
    "gunfight", "shootout", "crash", "collision", "accident", "strike", "shelling", "stabbing", "fight", "brawl",
    "riot", "fall", "collapse", "incident", "attacks", "explosions", "blaze", "storm", "quake", "earthquake",
    "capsized", "sank", "overturned", "derailed", "derailment", "flood", "floods", "landslide", "stampede", "crashed",
    "exploded", "collapsed", "tornado", "cyclone", "typhoon", "hurricane", "leak",
})
_TAKEN_TO_HOSPITAL: Final = frozenset({"taken", "rushed", "airlifted", "flown", "transported", "admitted"})
_CARE_DEATH_WORDS: Final = frozenset({"died", "dead", "succumbed", "death", "killed", "fatally", "perished", "deceased"})
# a sentence before that tells of harm or death: "... plunged into a gorge, killing 27 people. Fourteen
# survivors, among them the driver, were taken to hospitals"
_HARM_OR_DEATH: Final = _HARM_CAUSES | _CARE_DEATH_WORDS | {"killing", "injured", "wounded", "hurt", "injuring", "wounding"}


_GAS_WORDS: Final = frozenset({"carbon", "monoxide", "gas", "smoke", "chemical", "chlorine", "fume", "fumes", "toxic", "ammonia"})


_FOUND_AT_PREPOSITIONS: Final = frozenset({"on", "at", "in", "inside", "outside", "near", "along", "beside"})
_FOUND_PARTICIPLES: Final = frozenset({"located", "found", "lying", "discovered", "left"})


def _people_with_wounds(ex: _Extraction, st: _Sentence, si: int, k: int) -> bool:
    """'19 people with gunshot wounds had been taken to hospital': a count of people described
    by their wounds is a count of the injured (not 'with fatal wounds', nor a count of things)."""
    words = st.words
    v = k - 1
    while v > 0 and k - v < 5 and words[v] in _INJURY_ADJECTIVES and words[v] not in ("a", "an", "of", "injuries"):
        v -= 1
    if v < 1 or words[v] != "with" or any(words[x] in ("fatal", "mortal") for x in range(v + 1, k)):
        return False
    q = st.q_by_end.get(v)
    if q is None:
        # where they were found, between: "two victims (located) on the sidewalk with gunshot wounds"
        p = next((x for x in range(v - 1, max(0, v - 6), -1) if words[x] in _FOUND_AT_PREPOSITIONS), -1)
        if p > 0 and all(words[x].isalpha() and words[x] not in L.AUX and words[x] != "and" for x in range(p + 1, v)):
            q = st.q_by_end.get(p - 1 if words[p - 1] in _FOUND_PARTICIPLES else p)
    if q is None or q.used or q.best == 0 or q.head is None or q.head in L.NOT_PEOPLE or q.head in _THING_NOUNS or _hypothetical(st, q.start):
        return False
    ex.add(st, si, "injured", q, k, "people_with_wounds")
    return True


def _care_rule(ex: _Extraction, st: _Sentence, si: int, k: int) -> bool:
    """'Two people were taken to hospital with serious injuries', 'a man was treated at the scene
    for minor injuries', 'paramedics rushed three people to hospital with burns': injured.

    Only injury nouns end the phrase ('treated for shock', 'treated for cholera' are no injury).
    Returns True when the phrase was read (a figure added, or its subject already counted)."""
    words = st.words
    n = st.n
    v = k - 1
    if words[k] == "inhalation":
        if v < 0 or words[v] != "smoke":
            return False
        v -= 1
    elif words[k] == "poisoning":
        # a gas's poisoning is hurt; "treated for food poisoning" is an illness
        if v < 0 or words[v] not in _GAS_WORDS:
            return False
        while v >= 0 and words[v] in _GAS_WORDS:
            v -= 1
    while v >= 0 and k - v < 7 and words[v] in L.CARE_MODIFIERS:
        v -= 1
    if v >= 2 and words[v] == "bones" and words[v - 1] == "broken":
        v -= 2  # "with broken bones and cuts"
        while v >= 0 and k - v < 9 and words[v] in L.CARE_MODIFIERS:
            v -= 1
    if v < 1 or words[v] not in ("with", "for"):
        return False
    kind = "killed" if any(words[x] in ("fatal", "mortal") for x in range(v + 1, k)) else "injured"
    q_them = st.q_by_end.get(v) if words[v - 1] == "them" else None
    whole = st.q_by_end.get(q_them.start - 1) if q_them is not None and q_them.start >= 3 and words[q_them.start - 1] == "," else None
    if q_them is not None and whole is not None and not whole.used and not q_them.used and kind == "injured" and whole.start > 0 and (
            words[whole.start - 1] in ("treating", "treated", "admitted", "admitting")) and not _hypothetical(st, q_them.start):
        # "it was treating 22 people, 15 of them for gunshot wounds": the treated are hurt, and
        # the 15 a part of them (the object of the care, not a subject told before it: "23 others
        # were still being treated, several of them for severe burns")
        at = ex.add(st, si, "injured", whole, k, "care_count")
        ex.add(st, si, "injured", q_them, k, "subgroup", part_of=at)
        return True
    if words[v] != "with":
        q_them = None  # (below, "15 of them with injuries" only)
    if q_them is not None and not q_them.used and not _hypothetical(st, q_them.start):
        # "Twenty-three people were rescued alive, 15 of them with injuries": the hurt among them
        # (a part of the hurt counted before in the sentence: "Forty-seven passengers were taken to
        # hospital, eight of them with life-threatening injuries")
        parent = next((i for i in range(len(ex.figures) - 1, -1, -1) if ex.meta[i]["sent"] == si
                       and ex.figures[i].kind == kind and ex.figures[i].best > q_them.best), None)
        ex.add(st, si, kind, q_them, k, "subgroup" if parent is not None else "care_count", part_of=parent)
        return True
    if any(words[x] in _CARE_DEATH_WORDS for x in range(k + 1, min(n, k + 10))):
        return False  # the hurt person died: the death is read at its own words
    c = v - 1
    while c >= 0 and v - c <= 8 and words[c] not in L.CARE_VERBS:
        if words[c] == "treatment" and c > 0 and words[c - 1] in L.TREATMENT_VERBS:
            c -= 1  # "are receiving treatment for their injuries"
            break
        if words[c] == "and" and c + 2 == v and c > 0 and words[c - 1].endswith("s") and words[c + 1].endswith("s") and (
                words[c + 1] not in _TRIGGER_KIND):
            c -= 1  # two nouns of the care's object: "had treated 22 protesters and bystanders for injuries"
            continue
        if words[c] in _CARE_CLAUSE_STOPS or (words[c] in _TRIGGER_KIND and words[c] not in _PLACE_TRIGGERS and words[c] != "alive"):
            return False  # (but "Seventeen miners were brought out alive with injuries")
        c -= 1
    if c < 0 or not (words[c] in L.CARE_VERBS or words[c] in L.TREATMENT_VERBS):
        return False
    if words[c] in L.INJURE_PARTICIPLES:
        return True  # "were hospitalised with burns": read at the participle
    # active voice with its object: "paramedics rushed three people to hospital with burns"
    b = c - 1
    while b >= 0 and words[b] in L.ADVERBS:
        b -= 1
    # ("they had treated dozens of people with machete wounds": a perfect, active)
    # (nor a progressive: "the hospital was treating 38 people for gunshot wounds")
    passive = b >= 0 and words[b] in L.AUX and words[b] not in ("had", "has", "have", "having") and not words[c].endswith("ing")
    if not passive and c + 1 < n and words[c] in L.CARE_VERBS:
        q = st.q_by_start.get(c + 1)
        if q is None and words[c + 1] in ("the", "another"):
            q = st.q_by_start.get(c + 2)
        if q is not None:
            if not q.used:
                _emit_group(ex, st, si, kind, [q] + _coordinated_right(st, q.np_end), c, "care_count")
            return True
        if words[c + 1] in ("a", "an", "the", "him", "her", "another"):
            single = st.singular_np_starting(c + 1)
            if single is not None and single[1] not in _THING_NOUNS and single[1] not in _EVENT_NOUNS:
                if not _hypothetical(st, c):
                    ex.add(st, si, kind, None, c, "care_singular", head=single[1], value=1,
                           span=(st.start_of(c + 1), st.end_of(single[0] - 1)), extra={"tok": c + 1})
                return True
    # the subject's own clause already has a casualty word: "a man was injured and taken to hospital"
    p, _number = _subject_end(st, c)
    if any(words[x] in _TRIGGER_KIND and _TRIGGER_KIND[words[x]] != "noun" and words[x] != "alive" and not (
            words[x] == "cut" and words[x + 1] in ("free", "out", "loose")) for x in range(max(0, p + 1), c)):
        return True  # (but "was cut free by firefighters and flown to hospital" tells a rescue)
    if "among" in st.wordset and any(words[x] == "among" and words[x + 1] in ("the", "those") and words[x + 2] in _TRIGGER_KIND
                                     for x in range(max(0, c - 10), c - 2)):
        return True  # "A boy was also among the wounded and was taken to hospital": one of them, counted
    before = len(ex.figures)
    done = _subject_rule(ex, st, si, c, kind, verb_like=True)
    _care_part_of_hurt(ex, si, before)
    return done


def _parallel_groups(ex: _Extraction, j: int, x: int, words: list[str]) -> bool:
    """Figures j and x of one sentence are parallel groups, one beside the other, not a whole and
    its part: "312 were treated at local clinics and sent home, while 97 were taken to hospitals"
    (but "Thirty-two people were injured; 20 of them were treated ..., while three were flown to a
    burns unit": the three are of the 32, the group before the 20)."""
    if ex.meta[j]["sent"] != ex.meta[x]["sent"]:
        return False
    a, b = ex.meta[j]["tok"], ex.meta[x]["tok"]
    w = next((y for y in range(a, b) if words[y] in ("while", "whereas")), -1)
    # (no other count between j and the "while": the group beside x is j itself)
    return w > a and not any(words[y][:1].isdigit() or words[y] in UNITS or words[y] in TENS for y in range(a + 1, w))


def _care_part_of_hurt(ex: _Extraction, si: int, before: int) -> None:
    """'Twelve people were hurt, and four were taken to hospital': the four are among the twelve."""
    words = ex.sentence(si).words
    for i in range(before, len(ex.figures)):
        f = ex.figures[i]
        if f.kind != "injured" or f.part_of is not None or ex.meta[i].get("additive"):
            continue
        tok = ex.meta[i]["tok"]
        if any(w in ("other", "others", "more") for w in words[tok:tok + 4]):
            continue  # "four others were taken to hospital": more people, not a part
        for j in range(before - 1, max(-1, before - 30), -1):
            g = ex.figures[j]
            if ex.meta[j]["sent"] != si and (
                    # (or one of a count told in a sentence before, while it has room: "two other
                    # teenagers were injured ... A 16-year-old boy was treated for a wound")
                    si - ex.meta[j]["sent"] > 6 or ex.meta[j].get("background") or g.best - sum(
                        h.best for h in ex.figures[j + 1:] if h.part_of == j) < f.best):
                continue
            if _parallel_groups(ex, j, i, words):
                continue
            if g.kind == "injured" and g.part_of is None and g.best > f.best and _breaks_down(g, f):
                # (not other people: "Two firefighters suffered minor injuries and a resident was
                # treated for smoke inhalation")
                f.part_of = j
                f.counted = False
                break


# Words that tell a death: a shooting or stabbing in the same clause is then no injury.
_WOUNDING_DEATH_WORDS: Final = frozenset({
    "dead", "death", "died", "die", "dies", "dying", "killed", "kill", "killing", "fatally", "mortally",
    "succumbed", "slain", "murdered", "executed", "lifeless", "body", "bodies", "corpse", "corpses",
    "perished", "deceased", "fatal", "martyred", "assassinated", "massacred", "lives", "funeral",
    "pronounced", "breathed",
})
# Where a clause ends for that check ("stabbed three people before he was shot dead by police").
_WOUNDING_CLAUSE_BREAKS: Final = frozenset({";", ":", "before", "after", "but", "while", "when", "whereas", "although", "though", "because", "as"})
_WOUNDING_HURT_WORDS: Final = frozenset({"wounded", "injured", "hurt", "injuring", "wounding", "injuries", "injury", "wounds", "hospitalised", "hospitalized"})


def _wounding_clause_says(st: _Sentence, k: int, words_set: frozenset) -> bool:
    """Whether the clause around token k holds one of `words_set`."""
    words = st.words
    a = k - 1
    while a >= 0 and words[a] not in _WOUNDING_CLAUSE_BREAKS:
        if words[a] in words_set:
            return True
        if words[a] == "and" and a >= 1 and words[a - 1] == "," and any(x in ("was", "were") for x in words[a + 1:k]):
            return False  # a new clause with its own subject: "Five gunmen were killed, and one officer was hit in the shoulder"
        a -= 1
    b = k + 1
    while b < st.n and words[b] not in _WOUNDING_CLAUSE_BREAKS:
        if words[b] in words_set:
            return True
        b += 1
    return False


def _wounded_where(st: _Sentence, j: int) -> bool:
    """'shot in the leg', 'shot three times', 'shot twice': the wound, not an execution."""
    words = st.words
    n = st.n
    while j < n and words[j] in ("also", "reportedly", "allegedly", "apparently", "then", "once", "again"):
        j += 1
    if j >= n:
        return False
    if words[j] in ("twice", "repeatedly"):
        return True
    if j + 1 < n and words[j + 1] == "times" and (words[j][:1].isdigit() or words[j] in ("multiple", "several", "many", "numerous") or word_number(words[j]) is not None):
        return True
    if words[j] in ("in", "through") and j + 2 < n and words[j + 1] in ("the", "his", "her", "their", "both", "one"):
        return words[j + 2] in L.BODY_PARTS
    return False


_RESCUE_WORDS: Final = frozenset({
    "rescued", "rescue", "rescuers", "pulled", "saved", "survived", "survivor", "survivors", "freed",
    "dug", "extricated", "trapped", "missing", "search", "searching", "hope", "hopes",
})


def _could_be_among(group: str | None, part: str | None) -> bool:
    """Could people named `part` be among a group named `group` (no name is anyone)?"""
    if group is None or part is None or group in L.GENERIC_HEADS or part in L.GENERIC_HEADS or group == part:
        return True
    return not (_role(group) != _role(part) or (_SIDE_OF.get(group) is not None and _SIDE_OF.get(part) is not None
                                                 and _SIDE_OF[group] != _SIDE_OF[part]))


# which side of a clash a head names (police and protesters are never among each other)
_SIDE_OF: Final = {"officer": "force", "policeman": "force", "police": "force", "soldier": "force", "trooper": "force",
                   "protester": "crowd", "demonstrator": "crowd", "student": "crowd", "rioter": "crowd", "marcher": "crowd"}


def _among_hurt_before(ex: _Extraction, st: _Sentence, n0: int, restated: bool = False) -> None:
    """The hurt figures added from n0 on are among a larger count of the hurt told before, if any
    (in the last 30 figures); with restated, a definite one ('the teen', 'the two men') may also
    be that count told again."""
    words = st.words
    for x in range(n0, len(ex.figures)):
        same = False
        if restated:
            t0 = ex.meta[x]["tok"]
            same = bool(ex.meta[x].get("definite")) or (0 <= t0 < st.n and words[t0] == "the") or (
                0 < t0 <= st.n and words[t0 - 1] == "the")
        best = ex.figures[x].best
        parent = next((j for j in range(n0 - 1, max(-1, n0 - 30), -1)
                       if ex.figures[j].kind == "injured" and ex.figures[j].part_of is None
                       and (ex.figures[j].best > best or (same and ex.figures[j].best == best))
                       # (the attacker hurt is none of his victims: "wounding two other people before
                       # a police officer shot him ... The suspect ... was in critical condition")
                       and not (ex.figures[x].role == "perpetrator" and ex.figures[j].role != "perpetrator")
                       # (nor other people: "86 officers had been injured ... at least 30 protesters
                       # had been taken to hospitals")
                       and _could_be_among(ex.figures[j].victims, ex.figures[x].victims)
                       and not _parallel_groups(ex, j, x, words)), None)
        if parent is not None:
            ex.figures[x].part_of = parent
            ex.figures[x].counted = False


_IN_CARE_WORDS: Final = frozenset({"still", "all", "now", "currently", "remain", "remained", "remains", "were", "are", "was", "is",
                                   "being", "treated"})
_IN_CARE_OPENERS: Final = frozenset({"still", "remain", "remained", "remains", "were", "are"})


def _count_in_care(ex: _Extraction, st: _Sentence, si: int, x: int, k: int) -> None:
    """'five remain in hospital', 'Another 17 remain under treatment at Jinnah hospital', '26
    others remain under treatment': the count before the words of their state, which end at x, is
    hurt, and among the hurt counted before if any ("20 were injured ... five remain in hospital")."""
    words = st.words
    while x >= 0 and words[x] in _IN_CARE_WORDS:
        x -= 1
    q = st.q_by_end.get(x + 1)
    if q is not None and not q.used and x + 1 <= k - 2 and words[x + 1] in _IN_CARE_OPENERS and not _hypothetical(st, q.start):
        _add_in_care(ex, st, si, q, k)


def _add_in_care(ex: _Extraction, st: _Sentence, si: int, q: Quantity, k: int) -> None:
    """The hurt still in care, counted at q: among the hurt counted before, if any."""
    n0 = len(ex.figures)
    ex.add(st, si, "injured", q, k, "in_hospital")
    _among_hurt_before(ex, st, n0)


_FINAL_COUNT_WORDS: Final = frozenset({"final", "official", "confirmed", "latest", "revised"})


def _figure_put_at(ex: _Extraction, st: _Sentence, si: int, k: int) -> None:
    """'The United Nations says at least 80,000 people have been killed ... The Observatory puts the
    figure at close to 94,000': another source's figure for the count of the sentence before, of
    its kind (a running toll: the largest stands; an incident's dead: listed, not added)."""
    words = st.words
    j = k + 2
    if j < st.n and words[j] in ("close", "around", "almost") and j + 1 < st.n and words[j + 1] == "to":
        j += 2  # ("close to 94,000": the qualifier is read with the number)
    q = st.q_by_start.get(j)
    if q is None and j != k + 2:
        q = st.q_by_start.get(k + 2)
    if q is None or q.used or _hypothetical(st, k):
        return
    if q.np_end < st.n and (words[q.np_end] in L.INJURE_PARTICIPLES or words[q.np_end] in ("hurt", "wounded", "injured")):
        return  # "the Interior Ministry's figure of 21 injured": a count of the hurt, read at its own word
    before = [(f, m) for f, m in zip(ex.figures, ex.meta) if m["sent"] == si - 1 and f.kind in ("death_toll", "killed") and f.part_of is None]
    if not before:
        return
    f_before = before[-1][0]
    if f_before.kind == "killed" and words[k + 1] in ("was", "is", "stood", "stands") and not _FINAL_COUNT_WORDS.isdisjoint(
            words[max(0, k - 3):k]) and not _period_cue(st):
        # "The toll rose over the following week ..., and the final official figure was 37 dead":
        # the count since, which replaces the first
        ex.add(st, si, "killed", q, k, "put_at", extra={"later_update": True})
        return
    if q.head is None:
        q.head = f_before.victims
    if f_before.kind == "death_toll":
        ex.add(st, si, "death_toll", q, k, "death_toll")
    else:
        ex.add(st, si, "killed", q, k, "put_at", extra={"alternative": True, "put_at": True})


def _context_rule(ex: _Extraction, st: _Sentence, si: int, k: int) -> None:
    """Words that tell a casualty only in context: 'was shot in the leg', 'stabbed three people',
    'breathed their last', 'buried alive'."""
    words = st.words
    w = words[k]
    if w == "figure":
        _figure_put_at(ex, st, si, k)
    elif w in L.WOUNDING_VERBS:
        _wounding_rule(ex, st, si, k)
    elif w in _BURN_VERBS:
        # "killing at least 35 people ... and burning about 100 others": hurt (not "burned alive")
        q = st.q_by_start.get(k + 1)
        if q is not None and not q.used and words[q.np_end - 1] in ("others", "people", "persons") and not (
                q.np_end < st.n and words[q.np_end] in ("alive", "to")) and not _hypothetical(st, k):
            _emit_group(ex, st, si, "injured", [q], k, "object_count")
    elif w in L.HARM_VERBS:
        _harm_rule(ex, st, si, k)
    elif w == "breathed":
        # "two more injured passengers breathed their last": a death
        if k + 2 < st.n and words[k + 1] in ("his", "her", "their") and words[k + 2] == "last":
            _subject_rule(ex, st, si, k, "killed", verb_like=True)
    elif w == "fell":
        # "three rebels fell in action", "soldiers who fell in combat", "two of our combatants
        # fell heroically in the action": died fighting
        a = k + 2 if k + 1 < st.n and words[k + 1].endswith("ly") else k + 1
        if a + 1 < st.n and words[a] == "in" and (
                words[a + 1] in _FELL_IN or (a + 2 < st.n and words[a + 1] == "the" and words[a + 2] in _FELL_IN)):
            _subject_rule(ex, st, si, k, "killed", verb_like=True)
    elif w == "cut" and k >= 1 and (words[k - 1] in ("a", "an") or words[k - 1] in _INJURY_ADJECTIVES) and (
            k + 1 >= st.n or words[k + 1] not in ("in", "of", "from", "for")):
        # a wound: "A bystander suffered a cut to his hand", "treated for a deep cut" (not "suffered
        # a cut in its water supply")
        _noun_rule(ex, st, si, k)
    elif w == "cut" and k + 3 < st.n and words[k + 1] == "off" and words[k + 2] in ("the", "his", "her") and not _hypothetical(st, k):
        # "cut off the fingers of three voters", "cut off the finger of the second hostage",
        # "abducted a civilian and cut off his hand": a maiming
        x = k + 3
        while x < st.n and x - k < 6 and words[x] not in L.BODY_PARTS:
            x += 1
        if x >= st.n or words[x] not in L.BODY_PARTS:
            return
        if words[k + 2] == "the" and x + 2 < st.n and words[x + 1] == "of":
            q = st.q_by_start.get(x + 2)
            if q is not None and not q.used and q.head is not None:
                ex.add(st, si, "injured", q, k, "maimed_count")
                return
            single = st.singular_np_starting(x + 2)
            if single is not None:
                ex.add(st, si, "injured", None, k, "maimed_singular", head=single[1], value=1,
                       span=(st.start_of(k), st.end_of(single[0] - 1)), extra={"tok": x + 2})
        elif words[k + 2] in ("his", "her"):
            ex.add(st, si, "injured", None, k, "maimed_singular", head=None, value=1,
                   span=(st.start_of(k), st.end_of(x)), extra={"tok": k})
    elif w in ("slit", "slitting", "cut", "cutting") and k + 3 < st.n:
        # "insurgents slit the throats of eight traders", "cutting the throats of a dozen villagers": killed
        x = k + 1 + (1 if words[k + 1] in ("the", "their") else 0)
        if x + 1 < st.n and words[x] in ("throat", "throats") and words[x + 1] == "of" and not _hypothetical(st, k):
            q = st.q_by_start.get(x + 2)
            if q is not None and not q.used and q.head is not None:
                _emit_group(ex, st, si, "killed", [q] + _coordinated_right(st, q.np_end), k, "object_count")
    elif w == "survivors" and k >= 1 and words[k - 1] == "no":
        # "A jet with 88 persons aboard crashed ... There were no survivors": all aboard died
        for o in range(si, max(-1, si - 3), -1):
            ps = ex.sentence(o)
            for q in reversed(ps.quantities):
                aboard = q.head is not None and q.np_end < ps.n and ps.words[q.np_end] in ("aboard", "onboard", "on") and (
                    ps.words[q.np_end] != "on" or (q.np_end + 1 < ps.n and ps.words[q.np_end + 1] == "board"))
                # "The aircraft was carrying 62 passengers and six crew members"
                carrying = q.head is not None and q.start >= 1 and ps.words[q.start - 1] in ("carrying", "carried", "transporting")
                if aboard or carrying:
                    value = q.best
                    if carrying:
                        value += sum(x.best for x in _coordinated_right(ps, q.np_end) if isinstance(x, Quantity))
                    if not _hypothetical(st, k):
                        ex.add(st, si, "killed", None, k, "no_survivors", head=singular(q.head), value=value,
                               span=(st.start_of(k - 1), st.end_of(k)), extra={"tok": k - 1})
                    return
    elif w == "lost" and k + 2 < st.n and words[k + 1] in ("both", "his", "her", "a", "an", "one") and words[k + 2] in L.BODY_PARTS:
        # "The officer lost both legs": maimed, hurt
        if "among" in st.wordset and any(words[x] == "among" and words[x + 1] in ("the", "those") and words[x + 2] in ("wounded", "injured")
                                         for x in range(0, k - 2)):
            return  # "Among the wounded were ... a nine-year-old boy who lost a leg": one of them, read there
        _subject_rule(ex, st, si, k, "injured", verb_like=True)
    elif (w == "lost" or w == "losing") and k + 1 < st.n:
        # "the army lost two soldiers in the ambush", "killing scores of terrorists and losing two
        # soldiers": its dead
        q = st.q_by_start.get(k + 1)
        own = q is not None and q.head == "own" and q.num_end + 2 < st.n and words[q.num_end] == "of" and (
            words[q.num_end + 1] in ("their", "its", "our", "his") and words[q.num_end + 2] == "own")
        if own and q is not None:
            q.head = None  # "while losing four of their own": the side's own men
        if q is not None and not q.used and (q.head is not None or own) and (
                own or singular(q.head or "") in _LOST_PEOPLE or _role(q.head or "") == "perpetrator") and not _hypothetical(st, k):
            before = len(ex.figures)
            _emit_group(ex, st, si, "killed", [q] + _coordinated_right(st, q.np_end), k, "object_count")
            # a side's own dead beside those it or others killed ("killing 20 insurgents and losing two
            # soldiers", "had lost five of their own men"), unless told before; but "Government forces
            # lost 25 men, while 35 rebels died" breaks down "60 fighters from both sides" (no one named)
            if not any(g.kind == "killed" and g.victims is None and g.part_of is None and not gm.get("headline")
                       for g, gm in zip(ex.figures[:before], ex.meta[:before])):
                for f, m in zip(ex.figures[before:], ex.meta[before:]):
                    m["additive"] = not any(g.kind == "killed" and g.best == f.best and g.victims == f.victims for g in ex.figures[:before])
    elif w == "treatment" and k >= 3 and words[k - 1] == "under":
        # "Nine people died at the scene, and 26 others remain under treatment": hurt
        _count_in_care(ex, st, si, k - 2, k)
    elif w in _CARE_PLACES and k >= 3 and (w not in ("center", "centre") or words[k - 1] in ("health", "medical", "trauma")):
        # "twelve people remain in hospital", "three were still in hospital": hurt
        if w not in ("hospital", "hospitals") and not any(words[y] == "treated" or words[y] in _TAKEN_TO_HOSPITAL for y in range(max(0, k - 7), k)):
            return  # (a clinic only with care or transport: "Sixteen people remain in the clinic, as their homes ...")
        x = k - 1
        if words[x] in ("the", "a"):
            x -= 1
        t = next((y for y in range(k - 2, max(0, k - 6), -1) if words[y] == "treated" and words[y - 1] in ("been", "were", "was", "being")), -1)
        if t > 0 and words[t + 1] in ("at", "in"):
            # "214 people had been treated at hospitals across the city": hurt
            _subject_rule(ex, st, si, t, "injured", verb_like=True)
            return
        to = k - 1 if words[k - 1] == "to" else (k - 2 if words[k - 2] == "to" else -1)
        sent = st.q_by_end.get(to) if to > 0 else None
        if sent is not None and not sent.used and sent.start > 0 and words[sent.start - 1] in ("sent", "sending", "sends") and (
                # (a bare count too, beside the dead: "killed two people and sent 11 others to hospitals")
                (sent.head is not None or any(words[x] in L.KILL_VERBS for x in range(max(0, sent.start - 8), sent.start)))
                and not _hypothetical(st, sent.start)):
            # "A fire killed three workers and sent dozens of nearby residents to hospital": hurt
            _emit_group(ex, st, si, "injured", [sent], k, "object_count")
            return
        v = next((y for y in range(k - 1, max(-1, k - 5), -1) if words[y] in _TAKEN_TO_HOSPITAL), -1)
        if v < 0 and not st.all_caps:
            # the hospital's name between: "were admitted to the New Civil Hospital"
            y = k - 1
            while y > 1 and k - y <= 5 and st.raw[y][:1].isupper() and words[y] not in ("the", "a"):
                y -= 1
            if y < k - 1 and words[y] == "the" and words[y - 1] == "to" and words[y - 2] in _TAKEN_TO_HOSPITAL:
                v = y - 2
        after = words[k + 1:min(st.n, k + 12)]
        # (with a cause or a condition: "taken to hospital for tests" is no hurt)
        caused = any(after[y] in ("after", "following") and any(x in _HARM_CAUSES or x in _GAS_WORDS for x in after[y + 1:y + 10])
                     for y in range(len(after))) or "condition" in after or "injuries" in after or "wounds" in after or (
                         # "taken to six hospitals, 18 of whom are in critical care"
                         "critical" in after or "intensive" in after or "burns" in after) or (
                         # in a story of harm: "Seven residents died in the fire ... Twenty residents
                         # were taken to hospitals", "Nine people died at the scene, and 26 others
                         # were taken to hospital" (not "for tests", "as a precaution")
                         v >= 1 and not any(x in ("for", "precaution", "checks", "check-up", "observation") for x in after[:3]) and (
                             any(x in _CARE_DEATH_WORDS or x == "drowned" for x in words[:v])
                             or (si > 0 and not ex.sentence(si - 1).wordset.isdisjoint(_HARM_OR_DEATH))
                             # (or an article that counted its dead before: "... raising the number of
                             # confirmed dead from the capsizing to 41 ... Fourteen people were admitted")
                             or any(f.kind == "killed" and f.best > 0 and not m.get("background") for f, m in zip(ex.figures, ex.meta))))
        if v >= 1 and words[v + 1] == "to" and caused and words[v] in ("admitted", "taken", "rushed") and v in st.q_by_end and (
                not st.q_by_end[v].used and st.q_by_end[v].head is not None and not _hypothetical(st, v)):
            # a count and its participle: "Of the 94 people admitted to hospital, 61 have since been discharged"
            _emit_group(ex, st, si, "injured", [st.q_by_end[v]], k, "care_count")
            return
        if v >= 1 and words[v + 1] == "to" and words[v - 1] in L.AUX and caused and not any(
                # (but "including the woman who died Monday" is one of them, read at its own words)
                words[y] in _CARE_DEATH_WORDS and words[y - 1] != "who" for y in range(k + 1, min(st.n, k + 10))):
            # "Two people have been taken to hospital after a head-on collision": hurt (but
            # "was rushed to hospital, where he died" is a death, read at its own words)
            n0 = len(ex.figures)
            _subject_rule(ex, st, si, v, "injured", verb_like=True)
            _among_hurt_before(ex, st, n0)  # ("Five were injured and two were taken to hospital")
            return
        if words[x] != "in":
            # "Another 17 remain under treatment at Jinnah hospital": the words before "under"
            u = next((y for y in range(k - 1, max(0, k - 6), -1) if words[y] == "treatment" and words[y - 1] == "under"), -1)
            if u < 0:
                return
            x = u - 1
        _count_in_care(ex, st, si, x - 1, k)
    elif w == "condition" and k >= 3:
        # "Two others are in critical condition", "the driver was listed in stable condition": hurt
        i = next((x for x in range(k - 1, max(0, k - 7), -1) if words[x] == "in"), -1)
        v = i - 1
        while v > 0 and words[v] in ("still", "now", "currently", "all", "both"):
            v -= 1
        if i >= 3 and "left" in st.wordset and not _hypothetical(st, k):
            # "The shooting left one officer dead and two others in critical condition": the
            # second object of "left", hurt
            q_left = st.q_by_end.get(i)
            a = q_left.start if q_left is not None else (i - 1 if words[i - 1] == "another" else -1)
            if a >= 2 and words[a - 1] == "and" and (q_left is None or not q_left.used) and any(
                    words[x] == "left" for x in range(max(0, a - 12), a)) and any(
                    words[x] in ("dead", "killed") for x in range(max(0, a - 6), a)):
                n0 = len(ex.figures)
                if q_left is not None:
                    ex.add(st, si, "injured", q_left, k, "left_in_condition")
                else:
                    ex.add(st, si, "injured", None, k, "left_in_condition", head=None, value=1,
                           span=(st.start_of(a), st.end_of(k)), extra={"tok": a})
                _among_hurt_before(ex, st, n0)  # (among the hurt counted before, if any)
                return
        if i >= 1 and words[v] not in _CONDITION_VERBS:
            # "was airlifted to a burn centre in critical condition": the care verb's subject
            v = next((x for x in range(i - 1, max(0, i - 9), -1) if words[x] in L.CARE_VERBS and words[x - 1] in L.AUX), -1)
            if v < 0:
                return
        if i < 1 or _hypothetical(st, k):
            return
        if words[v] in ("listed", "reported", "left") and (v < 1 or words[v - 1] not in L.AUX):
            return
        if v >= 1 and (words[v - 1] in _CONDITION_PRONOUNS or (v >= 2 and words[v - 1] in L.AUX and words[v - 2] in _CONDITION_PRONOUNS)):
            return  # "taken to hospital, where he was in a stable condition": the person counted before
        if v >= 3 and words[v - 1] == "and" and words[v - 2] == "survived":
            v -= 2  # "The driver, Mark Ellery, 18, survived and remains in serious condition": survived's subject
        n0 = len(ex.figures)
        _subject_rule(ex, st, si, v, "injured", verb_like=True)
        # ("Twelve were wounded; three are in critical condition"; "A teenager was shot ... The
        # teen was listed in good condition")
        _among_hurt_before(ex, st, n0, restated=True)
    elif w in ("released", "discharged"):
        # "A firefighter was treated and released", "two deputies were treated at the scene and
        # released": hurt
        t = next((x for x in range(k - 2, max(0, k - 9), -1) if words[x] == "treated"), -1)
        if t >= 2 and words[t - 1] in L.AUX and words[t - 2] not in _CONDITION_PRONOUNS and not _hypothetical(st, k):
            _subject_rule(ex, st, si, t, "injured", verb_like=True)
        elif t < 0 and k >= 2 and words[k - 1] in L.AUX and words[k - 2] not in _CONDITION_PRONOUNS and k + 2 < st.n and (
                words[k + 1] == "from" and "hospital" in words[k + 2:k + 5]) and not _hypothetical(st, k):
            # "A fourth firefighter, who suffered burns, was released from hospital on Friday"
            _subject_rule(ex, st, si, k, "injured", verb_like=True)
    elif w == "alive" and k > 0 and words[k - 1] == "buried":
        # "the hostage was tortured and buried alive"; but not people buried alive and saved
        nxt = ex.sentence(si + 1).wordset if si + 1 < len(ex.bounds) else frozenset()
        if st.wordset.isdisjoint(_RESCUE_WORDS) and nxt.isdisjoint(_RESCUE_WORDS):
            _subject_rule(ex, st, si, k - 1, "killed", verb_like=True)


def _harm_rule(ex: _Extraction, st: _Sentence, si: int, k: int) -> None:
    """'Assailants publicly whipped two women', 'At least 81 students and three teachers were
    poisoned', 'All four hostages were beaten': hurt, when a count of people is the object or
    the passive subject and the clause tells no death."""
    words = st.words
    n = st.n
    if k + 1 < n and words[k + 1] in ("to", "back", "off", "up", "out", "down"):
        return  # "beaten to death" (the to-death rule), "beaten back", "whipped up"
    if _wounding_clause_says(st, k, _WOUNDING_DEATH_WORDS) or _hypothetical(st, k):
        return
    q = st.q_by_start.get(k + 1)
    if q is not None and not q.used and q.head is not None and q.head not in L.NOT_PEOPLE:
        _emit_group(ex, st, si, "injured", [q] + _coordinated_right(st, q.np_end), k, "object_count")
        return
    if k >= 2 and words[k - 1] in ("were", "was", "been"):
        p, _ = _subject_end(st, k)
        subject = st.q_by_end.get(p + 1) if p >= 0 else None
        if subject is not None and not subject.used and (subject.head is None or subject.head not in L.NOT_PEOPLE):
            _subject_rule(ex, st, si, k, "injured", verb_like=True)


def _shot_some_fatally(ex: _Extraction, st: _Sentence, si: int, k: int) -> bool:
    """'Five people were shot, one fatally', 'gunmen shot five people, two of them fatally': the
    fatally shot are killed, the others hurt."""
    words = st.words
    n = st.n
    total = st.q_by_start.get(k + 1)  # active: "shot five people, ..."
    after = total.np_end if total is not None else k + 1
    if total is None and k >= 1 and words[k - 1] in ("were", "been"):
        p, _ = _subject_end(st, k)
        total = st.q_by_end.get(p + 1) if p >= 0 else None
    if total is None or total.used or after + 2 >= n or words[after] != ",":
        return False
    dead_q = st.q_by_start.get(after + 1)
    if dead_q is not None:
        dead, e = dead_q.best, dead_q.num_end
    elif words[after + 1] in ("one", "two", "three", "four", "five"):
        dead, e = _SMALL_NUMBER[words[after + 1]], after + 2
    else:
        return False
    if words[e:e + 2] == ["of", "them"]:
        e += 2
    if e >= n or words[e] not in ("fatally", "mortally") or not 0 < dead < total.best or _hypothetical(st, k):
        return False
    total.used = True
    if dead_q is not None:
        dead_q.used = True
    span = (st.start_of(min(total.start, k)), st.end_of(e))
    ex.add(st, si, "killed", None, k, "shot_fatally", head=total.head, value=dead, span=span, extra={"tok": total.start})
    ex.add(st, si, "injured", None, k, "shot_fatally", head=total.head, value=total.best - dead, span=span, extra={"tok": total.start})
    return True


def _wounding_rule(ex: _Extraction, st: _Sentence, si: int, k: int) -> None:
    """'A teenager was shot in the leg', 'three people were stabbed', 'a man stabbed three people':
    injured, when the clause has no word of death ('shot dead', 'stabbed to death', 'fatally').

    A bare passive 'were shot' is left alone: old wire copy writes it of executions."""
    words = st.words
    n = st.n
    w = words[k]
    if k > 0 and words[k - 1] in ("fatally", "mortally"):
        _fatal_wounding(ex, st, si, k)
        return
    if "fatally" in st.wordset and _shot_some_fatally(ex, st, si, k):
        return
    if _wounding_clause_says(st, k, _WOUNDING_DEATH_WORDS):
        return
    if k + 2 < n and words[k + 1] in ("and", "or") and words[k + 2] in _WOUNDING_HURT_WORDS:
        return  # "was shot and wounded": read at "wounded"
    b = k - 1
    while b >= 0 and words[b] in L.ADVERBS and words[b] not in ("who", "that", "which", "to", "have"):
        b -= 1
    passive = b >= 0 and words[b] in ("was", "were", "been", "being", "is", "are", "get", "got", "gets")
    if not passive and w == "shot" and b >= 0 and words[b] not in ("have", "has", "had", "to"):
        # "Gunmen shot a policeman in the leg", "shot two guards in the legs": hurt, told where
        q = st.q_by_start.get(k + 1)
        if q is not None and not q.used and q.head is not None and _wounded_where(st, q.np_end):
            _emit_group(ex, st, si, "injured", [q], k, "shot_where")
            return
        single = st.singular_np_starting(k + 1)
        where = single[0] if single is not None else -1
        if single is not None and where < n and words[where] == "of":
            # "shot a senior official of the prison administration in both legs"
            where = next((x for x in range(where + 1, min(n, where + 8)) if words[x] in ("in", "through")), where)
        if single is not None and single[1] is not None and single[1] not in _THING_NOUNS and _wounded_where(st, where) and not (
                _hypothetical(st, k) or _death_nearby(ex, si) or not st.wordset.isdisjoint(_WOUNDING_DEATH_WORDS)
                # "The gunmen shot the officer in the head": the officer they killed, told again
                or (words[k + 1] == "the" and any(f.kind == "killed" for f in ex.figures))):
            _emit_group(ex, st, si, "injured", [(k + 1, single[1], single[0])], k, "shot_where")
        return
    if not passive:
        if w != "stabbed" or b < 0 or words[b] in ("have", "has", "had", "to"):
            return
        # "a man stabbed three people at the station": the objects are hurt
        j = k + 1
        q = st.q_by_start.get(j)
        if q is None and j < n and words[j] in ("the", "another"):
            q = st.q_by_start.get(j + 1)
        if q is not None and not q.used and q.head is not None:
            _emit_group(ex, st, si, "injured", [q] + _coordinated_right(st, q.np_end), k, "stabbed_count")
        return
    if w == "shot" and not _wounded_where(st, k + 1):
        return
    if (w == "struck" or w == "hit") and not (_wounded_where(st, k + 1) or (k + 1 < n and words[k + 1] == "by" and any(
            x in ("bullet", "bullets", "shrapnel", "gunfire") for x in words[k + 2:k + 5]))):
        # "was struck in the arm", "was hit by a stray bullet" (not "the convoy was struck by a bomb")
        return
    before = len(ex.figures)
    _subject_rule(ex, st, si, k, "injured", verb_like=True)
    for i in range(len(ex.figures) - 1, before - 1, -1):
        if ex.figures[i].best != 1:
            continue
        tok = ex.meta[i]["tok"]
        pronoun = 0 <= tok < n and words[tok] in L.PRONOUNS_SINGULAR
        # one person shot, told dead in a sentence next to it ("He died in hospital"), or
        # already counted ("a diplomat was wounded when he was stabbed"): no new injury
        if (_death_nearby(ex, si, of_one=True) and not _survival_told(ex, st, si)) or (pronoun and any(
                ex.meta[j]["sent"] in (si, si - 1) and ex.figures[j].kind in ("killed", "injured")
                for j in range(before))):
            del ex.figures[i]
            del ex.meta[i]


def _fatal_wounding(ex: _Extraction, st: _Sentence, si: int, k: int) -> None:
    """'A man was fatally shot', 'police fatally shot a suspect': a death."""
    words = st.words
    b = k - 2
    while b >= 0 and words[b] in L.ADVERBS and words[b] not in ("who", "that", "which", "to", "have"):
        b -= 1
    if b >= 0 and words[b] in ("was", "were", "been", "being", "is", "are", "get", "got", "gets"):
        _subject_rule(ex, st, si, k, "killed", verb_like=True)
        return
    if b >= 0 and words[b] in ("to", "would", "could", "will", "might", "may"):
        return
    q = st.q_by_start.get(k + 1)
    if q is not None:
        if not q.used:
            _emit_group(ex, st, si, "killed", [q] + _coordinated_right(st, q.np_end), k, "object_count")
        return
    single = st.singular_np_starting(k + 1)
    if single is not None and single[1] not in _THING_NOUNS and words[k + 1] not in ("himself", "herself") and not _hypothetical(st, k):
        # (and those named after: "fatally shot his estranged wife and her mother")
        _emit_group(ex, st, si, "killed", [(k + 1, single[1], single[0])] + _coordinated_right(st, single[0]), k, "object_singular")


# the person shot lives: "was shot in the leg ... and is expected to recover", "Her injuries were
# not life-threatening"
_SURVIVAL_WORDS: Final = frozenset({"recover", "recovering", "recovered", "survived", "survive", "stable", "life-threatening"})


def _survival_told(ex: _Extraction, st: _Sentence, si: int) -> bool:
    """The sentence, or the next one, says the person shot lives."""
    return not st.wordset.isdisjoint(_SURVIVAL_WORDS) or (
        si + 1 < len(ex.bounds) and not ex.sentence(si + 1).wordset.isdisjoint(_SURVIVAL_WORDS))


def _death_nearby(ex: _Extraction, si: int, of_one: bool = False) -> bool:
    """Whether a sentence next to si tells a death; with of_one, not the sentence before when its
    deaths are already a count of several ("Five gunmen were killed. One officer was hit in the
    shoulder": another person)."""
    for o in (si - 1, si + 1, si + 2):
        if 0 <= o < len(ex.bounds) and not ex.sentence(o).wordset.isdisjoint(_WOUNDING_DEATH_WORDS):
            if of_one and o == si - 1 and any(
                    m["sent"] == o and f.kind == "killed" and f.best >= 2 for f, m in zip(ex.figures, ex.meta)):
                continue
            return True
    return False


def _kidnapped_group(ex: _Extraction, si: int) -> int | None:
    """'Gunmen abducted fourteen people. Their bodies were found': how many were taken."""
    for prev in range(si - 1, max(-1, si - 3), -1):
        ps = ex.sentence(prev)
        for k, w in enumerate(ps.words):
            if w not in _KIDNAP_VERBS:
                continue
            q = ps.q_by_start.get(k + 1)
            if q is not None and q.head is not None:
                return q.best  # "abducted fourteen people"
            single = ps.singular_np_starting(k + 1)
            if single is not None and single[1] not in _THING_NOUNS:
                return 1 + len(_coordinated_right(ps, single[0]))  # "abducted a lecturer and a student"
            p, number = _subject_end(ps, k)
            if number:
                items = _subject_conjuncts(ps, p)
                if items:
                    return sum(i.best if isinstance(i, Quantity) else 1 for i in items)
    return None


# a toll's verbs after its count or an aside ("... rose to 16 by early afternoon and reached 24")
_TOLL_CHAIN_VERBS: Final = L.RISE_VERBS | {"reached", "hit", "topped", "passed", "stood", "stands"}


def _toll_chain_end(st: _Sentence, q: Quantity) -> Quantity:
    """The last count of a toll told rising through the sentence: 'The toll stood at nine in the
    morning, rose to 16 by early afternoon and reached 24 by evening' is 24 (the counts before it
    are passed over)."""
    words = st.words
    x = q.np_end
    while x < st.n:
        nxt = None
        for y in range(x, min(st.n - 1, x + 10)):
            w = words[y]
            if w in (";", ":", "but", "while", "when", "after", "as") or w in _TRIGGER_KIND:
                break
            if w in _TOLL_CHAIN_VERBS:
                z = y + 2 if words[y + 1] in ("to", "at") else y + 1
                cand = st.q_by_start.get(z)
                if cand is not None and not cand.used and cand.head is None and (y == x or words[y - 1] in (",", "and", "then")):
                    nxt = cand
                break
            if y in st.q_by_start:
                break
        if nxt is None:
            return q
        q.used = True
        q = nxt
        x = q.np_end
    return q


_EXCEED_VERBS: Final = frozenset({"exceeded", "exceeds", "topped", "tops", "passed", "surpassed", "surpasses", "crossed"})


def _deaths_exceeded(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'whose combined fatalities exceeded 400 by the end of 2015', 'the number of dead has passed
    300': a count of the dead that went beyond a number, more than it."""
    words = st.words
    for v, w in enumerate(words):
        if w not in _EXCEED_VERBS or v < 1:
            continue
        q = st.q_by_start.get(v + 1) or st.q_by_start.get(v)  # ("exceeded" may open the count: "exceeded 400")
        if q is None or q.used or q.head is not None or q.best < 2 or _hypothetical(st, v):
            continue
        b = v - 1
        while b > 0 and words[b] in ("has", "have", "had", "now", "already", "reportedly"):
            b -= 1
        k = b
        if words[k] in ("dead", "killed") and k >= 2 and words[k - 1] == "of" and words[k - 2] == "number":
            pass  # "the number of dead has passed 300"
        elif words[k] not in ("deaths", "fatalities"):
            continue  # (not "a storm that passed 50 km offshore", nor "deaths from the epidemic have ...": read close)
        if q.qualifier == "exact":
            q.qualifier, q.high = "more_than", None
        if not ("combined" in st.wordset or "series" in st.wordset or _spans_time(st) or _period_cue(st)) and (
                _incident_toll(st, k, q.start, ex, si) or _event_toll(st, k, q.start, ex, si)):
            ex.add(st, si, "killed", q, k, "incident_toll", extra={"incident_toll": True})
        else:
            ex.add(st, si, "death_toll", q, k, "death_toll")


def _toll_rule(ex: _Extraction, st: _Sentence, si: int, kinds_at: dict[int, str]) -> None:
    """'the death toll rose to 700', 'a toll of 25', 'bringing the number of dead to 30'."""
    if "toll" not in st.wordset and "number" not in st.wordset and "count" not in st.wordset:
        return
    if "corrects" in st.wordset or "correcting" in st.wordset:
        return  # an editor's note: "(Corrects number of dead in second paragraph to 14 from 41)"
    words = st.words
    n = st.n
    tolls = [k for k, kd in kinds_at.items() if words[k] == "toll"]
    if "number" in st.wordset or "count" in st.wordset:
        # "the number of dead rose to 54", "bringing the number of people killed to 30", "The
        # final count of dead ... was 19"
        for k, w in enumerate(words):
            if (w != "number" and not (w == "count" and k > 0 and words[k - 1] in ("the", "final", "official", "latest"))) or k + 1 >= n:
                continue
            if words[k + 1] in _NUMBER_OF_NOUNS:
                e = k + 1  # "raising the number killed in the attack to 14"
            elif k + 2 < n and words[k + 1] == "of":
                # "the number of people who have died in the rains since March", "the number of
                # Kestrian servicemen it says have been killed"
                e = k + 2
                while e < n and e - k < 10 and words[e] not in _NUMBER_OF_NOUNS and words[e] not in (",", ";", ":", "("):
                    e += 1
                if e >= n or e - k >= 10 or words[e] not in _NUMBER_OF_NOUNS:
                    continue
                if words[e] in ("victims", "casualties") and e + 1 < n and words[e + 1] in ("killed", "dead", "injured", "wounded"):
                    e += 1  # "raising the number of victims killed to three": the participle says which
            else:
                continue
            before = st.q_by_end.get(k - 1) if k >= 2 and words[k - 1] == "the" else None
            if before is not None and before.start >= 1 and words[before.start - 1] == "to" and not before.used:
                # "raising to 23 the number of cadets killed": the count comes first
                if words[e] in ("injured", "wounded"):
                    ex.add(st, si, "injured", before, e, "incident_toll", extra={"incident_toll": not _period_cue(st)})
                elif _incident_toll(st, e, before.start, ex, si) or _event_toll(st, e, before.start, ex, si):
                    ex.add(st, si, "killed", before, e, "incident_toll", extra={"incident_toll": True, "raised_by_before": _raised_by_before(words)})
                else:
                    ex.add(st, si, "death_toll", before, e, "death_toll")
                continue
            # the verb may come after the place or the attack: "the number of people killed
            # in Monday's suicide bombing at the compound has risen to 101" (or after an aside:
            # "The final count of dead, released by the state government a week later, was 19")
            after = e + 1
            if after < n and words[after] == ",":
                close = next((y for y in range(after + 1, min(n - 1, after + 14)) if words[y] in (",", ";", ":")), -1)
                if close > 0 and words[close] == "," and words[close + 1] in ("was", "is", "stood", "rose", "reached", "had", "has"):
                    after = close + 1
            for x in words[after:e + 20]:
                if x in (",", ";", ":", "(", "and", "but"):
                    break
                if x in ("rose", "risen", "rise", "climbed", "reached", "stands", "stood", "increased", "to", "at", "is", "was", "past", "beyond"):
                    tolls.append(e)
                    break
    for k in tolls:
        if k + 1 < n and words[k + 1] in L.SUBGROUP_CUES:
            continue  # "The toll includes 126 people killed by shelling": a part of it, no toll
        if k + 1 < n and words[k + 1] in _TOLL_DOCUMENT_VERBS:
            continue  # "according to a police toll issued at 1600": when the toll was given, no count
        j = k + 1
        steps = 0
        while j < n and steps < 28:
            if j in st.blocked and j not in st.q_by_start:
                j += 1  # a date in the toll's phrase: "killed since 12 July to 12"
                steps += 1
                continue
            if words[j - 1] == "magnitude":
                j += 1  # "the toll from a magnitude 6.8 earthquake rose to 57": no count of people
                steps += 1
                continue
            q = st.q_by_start.get(j)
            if q is not None and words[j - 1] in ("for", "in") and _is_year_word(words[j]) and q.head is None and q.qualifier == "exact":
                j += 1  # "Queensland's road toll for 2018 to 187": a year, no count
                steps += 1
                continue
            if q is not None and j > 0 and words[j - 1] == "by" and q.np_end < n and (
                    words[q.np_end] == "to" or (q.np_end + 1 < n and words[q.np_end] == "," and words[q.np_end + 1] == "to")):
                j = q.np_end + (1 if words[q.np_end] == "," else 0)  # "lowered the death toll by more than 100, to 253": the change
                q.used = True
                steps += 1
                continue
            if q is not None:
                if q.qualifier == "exact" and q.start == j and (words[j - 1] in ("past", "beyond", "above") or words[j - 1] in _EXCEED_VERBS) and q.high is not None:
                    # "pushing the number of people slain in the state this year past 300": more than it
                    q.qualifier, q.high = "more_than", None
                if q.qualifier == "range" and q.high is not None and "from" in words[max(k, j - 3):j + 1]:
                    # "the death toll has risen from 19 to 37": the new count, not a range
                    q.low = q.best = q.high
                    q.qualifier = "exact"
                if not q.used and not _hypothetical(st, q.start) and not any(words[m] in L.HYPOTHETICAL for m in range(k, q.start)):
                    q = _toll_chain_end(st, q)
                    if words[k] in ("injured", "wounded"):
                        # "revised the number of people injured in the shooting to 489": the
                        # latest count of the hurt, which replaces the earlier ones
                        if not _period_cue(st):
                            # ("The governor put the number of wounded at 60": another source's count)
                            ex.add(st, si, "injured", q, k, "incident_toll", extra={"incident_toll": True, "put_at": _toll_put_at(words, k)})
                        else:
                            ex.add(st, si, "injured", q, k, "incident_toll", extra={"cumulative": True})
                    elif _incident_toll(st, k, q.start, ex, si) or _event_toll(st, k, q.start, ex, si) or _raised_by_wounded_dying(ex, st, q) or (
                            # "The final count of dead, released by the state government a week later, was 19":
                            # the last count of the event told, in an article about one
                            si > 0 and "final" in words[max(0, k - 4):k] and not _period_cue(st) and not _spans_time(st)
                            and any(f.kind == "killed" and f.part_of is None for f in ex.figures)):
                        # "the death toll from Friday's bombing rose to 18", "the death toll from
                        # Saturday's derailment rose to 23": one attack's or accident's dead, the
                        # latest count of its killed, which replaces the earlier counts (and a
                        # death toll too, see settle)
                        # ("An earlier toll from the strike reported 15": an outdated count, listed only)
                        outdated = any(w in ("earlier", "initial", "initially", "originally", "previous", "previously", "preliminary", "provisional", "old")
                                       for w in words[max(0, k - 6):k])
                        if q.head is None and k >= 3 and words[k - 2] == "of" and words[k - 3] == "number" and _is_plural(words[k - 1]) and (
                                words[k - 1] not in ("people", "persons", "civilians") and st._is_np_word(k - 1)):
                            q.head = singular(words[k - 1])  # "the number of Afghans killed ... had risen to 170": whose toll
                        ex.add(st, si, "killed", q, k, "incident_toll", extra={"incident_toll": True, "outdated": outdated,
                                                                              "put_at": _toll_put_at(words, k),
                                                                              "raised_by_before": _raised_by_before(words)})
                    elif si > 0 and words[k] in ("dead", "killed", "deaths", "toll") and any(w in ("true", "real", "actual") for w in words[max(0, k - 5):k]) and (
                            not _period_cue(st) and any(f.kind == "killed" and f.part_of is None for f in ex.figures)):
                        # "church leaders said the true number of dead was closer to 20": another
                        # account of the incident's dead
                        ex.add(st, si, "killed", q, k, "put_at", extra={"alternative": True, "put_at": True})
                    elif si > 0 and words[k] == "toll" and _toll_put_at(words, k) and not _period_cue(st) and st.wordset.isdisjoint(
                            _LONG_CONFLICT_NOUNS) and "death" not in words[max(0, k - 2):k] and any(
                            f.kind == "killed" and f.part_of is None for f in ex.figures):
                        # "Local civil society sources gave a toll of 11 dead": another source's count
                        # of the incident's dead, listed beside the article's own
                        ex.add(st, si, "killed", q, k, "put_at", extra={"alternative": True, "put_at": True})
                    elif si > 0 and words[k] in ("dead", "killed", "deaths") and k >= 2 and "number" in words[k - 3:k] and _toll_put_at(words, k) and (
                            not _period_cue(st) and st.wordset.isdisjoint(_LONG_CONFLICT_NOUNS) and any(
                                f.kind == "killed" and f.part_of is None for f in ex.figures)):
                        # "Local sources reported 9 fatalities ... A pro-opposition monitor put the
                        # number of dead at 13": another source's count of the same dead, listed
                        ex.add(st, si, "killed", q, k, "put_at", extra={"alternative": True, "put_at": True})
                    else:
                        ex.add(st, si, "death_toll", q, k, "death_toll")
                else:
                    q.used = True
                break
            if words[j] == "since" and words[k] in ("toll", "dead", "killed", "deaths"):
                # "bringing the death toll since the fires broke out on Friday to 53": the span's
                # clause, then the count
                to_at = next((y for y in range(j + 1, min(n - 1, j + 14)) if words[y] in ("to", "at") and y + 1 in st.q_by_start), -1)
                if to_at > 0 and not any(words[y] in (";", ":") for y in range(j + 1, to_at)):
                    j = to_at + 1
                    continue
            if words[j] == "," and j + 1 < n and words[j + 1] in ("including", "among") and words[k] == "toll":
                # "put the overall death toll, including combatants, at more than 528": an aside
                close = next((y for y in range(j + 2, min(n, j + 9)) if words[y] == ","), -1)
                if close > 0 and close + 1 < n and words[close + 1] in ("at", "to"):
                    j = close + 1
                    steps += 1
                    continue
            if words[j] == "," and j == k + 1 and (words[k] == "toll" or (
                    # "The final count of dead, released by the state government a week later, was 19"
                    words[k] in _NUMBER_OF_NOUNS and k >= 2 and words[k - 1] == "of" and words[k - 2] in ("number", "count"))):
                # "The toll, put at 55 early in the morning, climbed through the day to 127": an
                # earlier count in an aside, then the verb of the count now
                close = next((y for y in range(j + 2, min(n - 1, j + 14)) if words[y] in (",", ";", ":")), -1)
                if close > 0 and words[close] == "," and (words[close + 1] in _TOLL_CHAIN_VERBS or (
                        words[k] != "toll" and words[close + 1] in ("was", "is"))):
                    for y in range(j + 1, close):
                        if y in st.q_by_start:
                            st.q_by_start[y].used = True
                    j = close + 1
                    steps += 1
                    continue
            if words[j] == "when" and words[k] in _NUMBER_OF_NOUNS:
                # "The number of people killed when a footbridge collapsed over the river on
                # Thursday has risen to 11": the clause that names the incident, then the verb
                verb_at = next((y for y in range(j + 1, min(n, j + 20)) if words[y] in ("risen", "rose", "climbed", "increased", "reached")), -1)
                if verb_at > 0 and not any(words[y] in (",", ";", ":") or y in st.q_by_start for y in range(j + 1, verb_at)):
                    j = verb_at
                    continue
            if words[j] not in L.TOLL_VERBS and words[j] not in L.ADVERBS and words[j] not in (
                    "from", "in", "the", "attack", "blast", "bombing", "fighting", "violence", "explosion", "clashes", "latest",
                    "official", "reached", "this", "that", "week", "s", "since", "on", "of", "near", "a", "an", "last", "'s", "\u2019s",
                    "by", "down", "up", "between", "across", "at", "during", "after", "over", "among", "outside", "inside",
                    "near", "against", "into", "within", "through", "night", "overnight", "initial", "aboard", "downward",
                    "downwards", "upward", "upwards", "for", "around", "throughout", "along") and words[j] not in L.WEEKDAYS and words[j] not in L.MONTHS and not (
                    # "the number of people killed in Monday's collapse to 87"
                    words[j][-2:] in ("'s", "’s") and words[j][:-2] in L.WEEKDAYS):
                if not st._is_np_word(j) and words[j] not in ("'s", "'", "\u2019") and not (
                        # "the death toll from Sunday's bombing at St. Ambrose church rose to 31"
                        words[j] == "." and words[j - 1] in ("st", "mt", "ft")) and not (
                        # "the toll from the earthquakes in Turkey and Syria climbed to ..."
                        words[j] == "and" and not st.all_caps and j + 1 < n and st.raw[j - 1][:1].isupper() and st.raw[j + 1][:1].isupper()) and not (
                        # "the death toll from ethnic and sectarian violence this month past 200"
                        words[j] == "and" and j + 2 < n and (words[j + 1] in _SPAN_EVENT_NOUNS or words[j + 2] in _SPAN_EVENT_NOUNS)) and not (
                        # "the death toll from Sunday's collision between a passenger train and a
                        # stationary goods train ... rose to 47"
                        words[j] == "and" and "between" in words[k + 1:j]) and not (
                        # "The number of wounded was also revised, to 52 from 60"
                        words[j] == "," and j + 1 < n and words[j + 1] == "to" and words[j - 1] in L.TOLL_VERBS):
                    break
            j += 1
            steps += 1


def _raised_by_wounded_dying(ex: _Extraction, st: _Sentence, q: Quantity) -> bool:
    """'THE DEATH TOLL HAD RISEN TO EIGHT AFTER TWO OF THE WOUNDED DIED' after 'KILLING SIX PEOPLE':
    the incident's own toll, raised by its wounded who died."""
    ws = st.wordset
    if "after" not in ws or ("died" not in ws and "succumbed" not in ws) or ws.isdisjoint(("wounded", "injured")):
        return False
    return any(f.kind == "killed" and f.part_of is None and f.best < q.best <= f.best + max(3, f.best // 4) for f in ex.figures)


def _raised_by_before(words: list[str]) -> bool:
    """'The new deaths bring the death toll from the quake to 2,163': the toll takes in the deaths
    the sentence before told."""
    return len(words) > 3 and words[0] in ("the", "these", "this", "their") and (
        words[1] in ("deaths", "death") or (words[1] in ("new", "latest", "two", "three") and words[2] in ("deaths", "death"))) and any(
        w in L.TOLL_RAISING_VERBS for w in words[2:5])


def _toll_put_at(words: list[str], k: int) -> bool:
    """'The Red Cross put the number of dead at 52': a source's own estimate of a toll, not news
    that the toll rose ('later put the toll at 23' is)."""
    for x in range(k - 1, max(-1, k - 6), -1):
        if words[x] in ("put", "puts", "putting", "placed", "places", "gave", "gives", "giving"):
            return not any(w in ("later", "now", "new", "latest", "revised", "updated", "final", "since", "subsequently")
                           for w in words[max(0, x - 3):k])
    return False


_TOLL_DOCUMENT_VERBS: Final = frozenset({"issued", "released", "published", "announced", "compiled", "provided", "given", "updated"})
_NUMBER_OF_NOUNS: Final = frozenset({"dead", "deaths", "killed", "fatalities", "victims", "casualties", "injured", "wounded", "bodies", "died", "slain",
                                           "murders", "homicides"})  # ("the number of murders so far this year to 98")


# What a toll can be "from": one attack. A toll named for a disaster, a conflict or a period
# stays a death toll (FIGURES.md section 1).
_INCIDENT_TOLL_NOUNS: Final = frozenset({
    "attack", "attacks", "blast", "blasts", "bombing", "bombings", "bomb", "strike", "strikes",
    "airstrike", "airstrikes", "raid", "raids", "explosion", "explosions", "shooting", "ambush",
    "massacre", "assault", "stabbing", "suicide", "grenade", "grenades", "bomber", "gunman", "gunmen",
    "assailants", "attacker", "attackers", "missile", "rocket", "drone", "raiders",
})
# (the plural of an attack's weapons names it only between the toll's noun and its number: "the
# number of people killed by the twin car bombs on Tarata Street rose to 22", not "put the death
# toll at 494 with 90 percent killed by gas, the rest by bombs")
_INCIDENT_TOLL_PLURALS: Final = frozenset({"bombs", "shootings", "ambushes", "massacres", "missiles", "rockets"})
# disasters that strike an area, not one spot: their dead are told place by place
_AREA_DISASTERS: Final = frozenset({"quake", "earthquake", "tsunami", "cyclone", "hurricane", "typhoon", "tornado", "tornadoes",
                                    "floods", "flooding", "storm", "storms", "monsoon", "landslides", "wildfires", "heatwave"})
_DISASTER_NOUNS: Final = frozenset({
    "quake", "earthquake", "tsunami", "cyclone", "hurricane", "typhoon", "landslide", "landslides",
    "heatwave", "wildfire", "wildfires", "eruption", "floods", "flood", "flooding", "storm", "storms",
    "epidemic", "pandemic", "outbreak", "cholera", "virus", "famine", "drought", "avalanche",
    "crash", "collapse", "fire", "blaze", "stampede", "derailment", "capsized", "sank", "war", "offensive",
    "lightning", "monsoon", "rains",
})
_SPAN_DISASTER_WORDS: Final = _AREA_DISASTERS | {"rains", "rain", "heat", "cholera", "outbreak", "epidemic", "virus", "cold", "drought"}
# what news that began after an earlier death did: "The unrest began after a man was killed"
_BEGAN_VERBS: Final = frozenset({"began", "started", "erupted", "flared", "broke", "escalated", "spread"})
_AFTERMATH_DAYS: Final = frozenset({"following", "subsequent", "ensuing", "next", "few"})
_PERIOD_TOLL_NOUNS: Final = L.CONFLICT_NOUNS | frozenset({
    "monsoon", "season", "lightning",
    "quake", "earthquake", "tsunami", "cyclone", "hurricane", "typhoon", "landslide", "landslides",
    "heatwave", "wildfire", "wildfires", "eruption", "disease", "virus", "cholera", "covid-19",
    "year", "month", "week", "weeks", "months", "years", "days", "war", "siege", "since",
})


_NATURAL_DISASTERS: Final = frozenset({
    "quake", "earthquake", "tsunami", "cyclone", "hurricane", "typhoon", "landslide", "landslides",
    "quakes", "earthquakes", "tsunamis", "cyclones", "hurricanes", "typhoons", "tornadoes", "avalanches", "tremors",
    "floods", "flood", "flooding", "storm", "storms", "tornado", "wildfire", "wildfires", "eruption",
    "heatwave", "avalanche", "blizzard", "rains", "downpours", "monsoon", "mudslide", "mudslides", "lightning",
    "slide", "slides", "rockslide", "rockslides", "mudflow", "mudflows", "aftershock", "aftershocks", "tremor",
    "heatwaves", "cloudburst", "snowstorm", "sandstorm", "drought",
})


def _disaster_hurt(st: _Sentence) -> bool:
    """The sentence counts the hurt of a natural disaster, not of a war or a period (but 'since
    the heavy rains began' is the disaster's own span)."""
    ws = st.wordset
    if ws.isdisjoint(_NATURAL_DISASTERS) or not ws.isdisjoint(_WAR_NOUNS):
        return False
    if not _period_cue(st):
        return True
    words = st.words
    return "since" in ws and all(
        any(x in _NATURAL_DISASTERS for x in words[i + 1:i + 5]) for i, w in enumerate(words) if w == "since")


def _toll_word_before(st: _Sentence, start: int) -> int:
    """Position of the last 'toll' before a number in its sentence, or -1."""
    if "toll" not in st.wordset:
        return -1
    for t in range(start - 1, -1, -1):
        if st.words[t] == "toll":
            return t
    return -1


def _opening_and_previous_words(ex: _Extraction, si: int, back: int) -> set[str]:
    """The words of the article's first two sentences and of the `back` sentences before si (all
    before si): what names the event a toll with no event noun of its own is of."""
    around: set[str] = set()
    for x in {0, 1} | set(range(si - back, si)):
        if 0 <= x < si:
            around |= ex.sentence(x).wordset
    return around


def _aftermath_days(words: list[str], x: int) -> bool:
    """words[x] is the "days" after one event, no span of a running count: "over the following
    days", "in the next few days"."""
    return words[x] == "days" and x > 0 and words[x - 1] in _AFTERMATH_DAYS


def _without_possessive(words: list[str]) -> list[str]:
    """'quake's' as 'quake': the event a toll is named for ("The bombing's toll rose to 14")."""
    return [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words]


def _incident_toll(st: _Sentence, k: int, q_start: int, ex: _Extraction | None = None, si: int = -1) -> bool:
    """A toll named for one attack ('the toll from the blast', 'Monday's bombing death toll'),
    or a toll that names nothing in an article about one attack ('A car bomb exploded in the
    market ... The death toll rose to 41')."""
    words = st.words
    # the attack may be named after the number too: "a toll of 31 killed in the attack"
    window = words[max(0, k - 5):q_start] + words[q_start:min(st.n, q_start + 6)]
    if q_start < k:
        # (and after the toll's noun when the number comes first: "raised to 53 the number of
        # soldiers killed in last week's attack")
        window = window + words[k + 1:min(st.n, k + 6)]
    if any(w in _PERIOD_TOLL_NOUNS and not _aftermath_days(window, x) for x, w in enumerate(window)):
        return False
    if q_start < k and k + 2 < st.n and words[k + 1] == "when" and any(w in _INCIDENT_TOLL_NOUNS or w in _AFTER_CLAUSE_ATTACK_VERBS
                                                                       for w in words[k + 2:k + 6]):
        # "raising to 15 the number of people killed when raiders attacked grazing camps": one attack's
        return not _period_cue(st, since_attack=False)
    # (an attack named with its possessive too: "The bombing's toll rose to 14"; but "last week's"
    # above is a span)
    if not any(w in _INCIDENT_TOLL_NOUNS for w in _without_possessive(window)) and _INCIDENT_TOLL_PLURALS.isdisjoint(words[max(0, k - 5):q_start]):
        if any(w[-2:] in ("'s", "\u2019s") and (w[:-2] in ("today", "yesterday", "tonight") or w[:-2] in L.WEEKDAYS)
               for w in words[k + 1:min(st.n, k + 4)]) and words[k + 1] in ("of", "from", "in"):
            # "THE TOLL OF TODAY'S ARTILLERY DUELS ... HAS RISEN TO NINE DEAD": one day's fighting
            return not _period_cue(st)
        if ex is None or si < 0:
            return False
        period_words = st.wordset & _PERIOD_TOLL_NOUNS
        if "days" in period_words and all(_aftermath_days(words, i) for i, w in enumerate(words) if w == "days"):
            # ("Five of the critically injured passengers died over the following days, and the toll
            # was revised to 19": the days after the one attack, no span of a running count)
            period_words = period_words - {"days"}
        if period_words and not (period_words == {"since"} and all(
                any(x in _INCIDENT_TOLL_NOUNS for x in words[i + 1:i + 5]) for i, w in enumerate(words) if w == "since")):
            return False  # (but "the body of a boy who had been missing since the raid, bringing the number of dead to 10")
        # the article's opening and the sentences just before name what the toll is of
        around = _opening_and_previous_words(ex, si, 2) | st.wordset
        # (not "fire": "setting houses on fire" in an attack; an arson attack's toll is its dead too)
        if around.isdisjoint(_INCIDENT_TOLL_NOUNS) or not around.isdisjoint(_DISASTER_NOUNS - {"fire"}):
            return False
        # (a "since the raid" in a clause before the toll's, or in someone's relative clause, is no
        # span of it: "the body of a boy who had been missing since the raid, bringing the number of
        # dead to 10", "after two men who had been in intensive care since the blast died"; but "the
        # number of guerrillas killed since last week's assault" counts over days)
        return not _period_cue(st, since_attack=not all(
            (i < k and "," in words[i + 1:k]) or "who" in words[max(0, i - 8):i] for i, w in enumerate(words) if w == "since"))
    # a toll named for the attack: "in a coma since the March 3 bombing" dates a person's state
    return not _period_cue(st, since_attack=False)


# One accident or disaster, whose toll is the dead of the event the article reports; a toll
# named for a season, an epidemic, a war or a span of time is a running count only.
_ONE_EVENT_NOUNS: Final = frozenset({
    "quake", "earthquake", "tsunami", "cyclone", "hurricane", "typhoon", "tornado", "landslide", "landslides",
    "mudslide", "avalanche", "eruption", "crash", "collision", "derailment", "collapse", "fire", "blaze",
    "inferno", "stampede", "crush", "riot", "mutiny", "sinking", "capsizing", "accident", "disaster", "tragedy", "flood", "floods",
    "wildfire", "bushfire", "plunge", "plunges", "plunged", "overturned", "skidded",
    "flooding", "storm", "cloudburst", "explosion", "blast", "leak", "poisoning", "capsized", "sank", "derailed", "crashed",
    "collapsed", "collided",
})
_NOT_ONE_EVENT_NOUNS: Final = L.CONFLICT_NOUNS - frozenset({"floods", "flooding", "storm", "earthquake", "civil"}) | _WAR_NOUNS | frozenset({
    "monsoon", "season", "rains", "disease", "virus", "cholera", "covid-19", "dengue", "heatwave", "heat", "drought", "famine",
    "year", "month", "week", "weeks", "months", "years", "days", "siege", "winter", "summer", "spring", "autumn",
}) | frozenset(w + s for w in ("year", "month", "week", "season", "monsoon", "winter", "summer") for s in ("'s", "\u2019s"))


_TIME_UNITS: Final = frozenset({"days", "weeks", "week", "months", "month", "year", "years", "week's", "week\u2019s"})


def _spans_time(st: _Sentence) -> bool:
    """The sentence names a season, war, epidemic or span of time (_NOT_ONE_EVENT_NOUNS), other
    than a unit telling when ("five days after the building came down")."""
    found = st.wordset & _NOT_ONE_EVENT_NOUNS
    if not found:
        return False
    if not found <= _TIME_UNITS:
        return True
    words = st.words
    # (nor "last week's blaze", "the explosion ... earlier this week": a date)
    return any(w in _TIME_UNITS and not (i + 1 < st.n and words[i + 1] in ("after", "ago", "later", "before")) and not (
        i > 0 and words[i - 1] == "last" and w in ("week's", "week\u2019s")) and not (
        i > 1 and words[i - 1] in ("this", "last") and words[i - 2] in ("earlier", "early", "late")) for i, w in enumerate(words))


def _event_toll(st: _Sentence, k: int, q_start: int, ex: _Extraction, si: int) -> bool:
    """A toll named for one accident or disaster ('the death toll from the earthquake rose to
    214', 'the number of people killed in Saturday's derailment rose to 23'), or a toll that names
    nothing in an article that opens on one, with no season, war or span of time it runs over."""
    words = st.words
    if _spans_time(st) or _period_cue(st, since_nouns=_ONE_EVENT_NOUNS):
        return False
    window = words[max(0, k - 5):q_start] + words[q_start:min(st.n, q_start + 6)]
    if q_start < k:
        window = words[max(0, q_start - 5):min(st.n, k + 12)]  # "bringing to nine the number of people killed in the fire", "... who have died as a result of the March 8 crush"
    window = _without_possessive(window)  # "The quake's death toll climbed to 212"
    if any(w in _ONE_EVENT_NOUNS for w in window):
        return True
    if "fire" in st.wordset and _fire_as_event(words):
        return True  # "Two more people injured in last week's fire at a crowded nightclub died ..., bringing the number of dead to 31"
    around = _opening_and_previous_words(ex, si, 1)
    # (not "fire" here: "opened fire" tells an attack; the event may be the sentence's own, "... two
    # passenger trains that collided in Bihar, raising the death toll to 41", whose span words
    # _spans_time read above)
    return not (around | st.wordset).isdisjoint(_ONE_EVENT_NOUNS - {"fire"}) and around.isdisjoint(_NOT_ONE_EVENT_NOUNS) and around.isdisjoint(
        _INCIDENT_TOLL_NOUNS - _ONE_EVENT_NOUNS)


_FIRE_AS_ATTACK_BEFORE: Final = frozenset({"opened", "open", "opens", "opening", "returned", "return", "heavy", "under", "set", "on",
                                           "sniper", "artillery", "gun", "machine-gun", "rocket", "mortar", "exchanged", "exchange", "cross", "of"})


def _fire_as_event(words: list[str]) -> bool:
    """'last week's fire at a crowded nightclub', 'the fire': a fire as the event, not the gunfire
    of 'opened fire' or 'came under fire'."""
    return any(w == "fire" and i > 0 and words[i - 1] not in _FIRE_AS_ATTACK_BEFORE and (
        words[i - 1] in ("the", "a", "this", "that") or words[i - 1].endswith(("'s", "\u2019s"))) for i, w in enumerate(words))


# the weather and span words a disaster's own cause may be told with
_WEATHER_SPAN_NOUNS: Final = frozenset({"monsoon", "rains", "week", "days", "monsoon's", "monsoon\u2019s"})


def _since_weekday(words: list[str]) -> bool:
    return any(w == "since" and i + 1 < len(words) and words[i + 1] in L.WEEKDAYS for i, w in enumerate(words))


def _one_event_so_far(st: _Sentence, ex: _Extraction, si: int) -> bool:
    """A running count of one accident's, disaster's or attack's dead ('so far', 'to date', 'since
    Friday', 'since the quake struck'), in an article about that one event: no season, war or
    span of time is named."""
    ws = st.wordset
    if "far" not in ws and "date" not in ws and "since" not in ws:
        return False
    if not ws.isdisjoint(_NOT_ONE_EVENT_NOUNS) and not (
            # "Floods triggered by a week of monsoon rains have killed 58 since Friday": the
            # floods of a few days, whatever the rains before them
            ws.isdisjoint(_NOT_ONE_EVENT_NOUNS - _WEATHER_SPAN_NOUNS) and _since_weekday(st.words)
            and not ws.isdisjoint(_ONE_EVENT_NOUNS - {"fire", "blast", "explosion"})):
        return False
    if not ws.isdisjoint(_CAMPAIGN_NOUNS):
        return False  # "since Saturday, 68 civilians have been killed in air strikes on the town": a campaign's count
    if not ws.isdisjoint(_PLURAL_ACCIDENT_NOUNS):
        return False  # "32 people have died in mining accidents so far": many events' count
    words = st.words
    if any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") and i > 0 and words[i - 1] in ("in", "during", "of")
           for i, w in enumerate(words)):
        return False  # "so far in 2020": a year's count
    for i, w in enumerate(words):
        if w == "since" and not any(x in L.WEEKDAYS or x in _ONE_EVENT_NOUNS for x in words[i + 1:i + 4]) and not (
                # "since making landfall on Thursday night": since the event itself
                i + 1 < len(words) and words[i + 1].endswith("ing") and words[i + 1] not in ("beginning", "starting")):
            return False  # "since January", "since the start of the rainy season", "since then"
        if w in ("last", "past") and _over_a_period(words, i):
            return False
    if not ws.isdisjoint(_ONE_EVENT_NOUNS - {"fire"}):
        return True  # (not "fire": "police opened fire, killing five since Monday")
    around = _opening_and_previous_words(ex, si, 1)
    return not around.isdisjoint(_ONE_EVENT_NOUNS - {"fire", "blast", "explosion"}) and around.isdisjoint(_NOT_ONE_EVENT_NOUNS) and (
        around.isdisjoint(_CAMPAIGN_NOUNS))


# Accidents told in the plural: many events' count ("in mining accidents", "in road crashes")
_PLURAL_ACCIDENT_NOUNS: Final = frozenset({"accidents", "crashes", "collisions", "disasters", "fires", "incidents", "derailments", "stampedes"})
# Attacks told in the plural, or a campaign's: the running count of a campaign, not of one event.
_CAMPAIGN_NOUNS: Final = (_INCIDENT_TOLL_NOUNS - _ONE_EVENT_NOUNS) | frozenset({
    "bombardment", "bombardments", "shelling", "assault", "assaults", "operation", "offensive", "airstrikes", "strikes", "raids",
})


# what a span opens on when it is no event's: "since the truce broke down"
_TRUCE_NOUNS: Final = _SPAN_CAMPAIGN_NOUNS - {"civil", "struggle", "rebellion"} | {
    "ceasefire", "cease-fire", "truce", "talks", "peace", "revolution", "offensive", "occupation"}


def _period_cue(st: _Sentence, since_attack: bool = True, since_nouns: frozenset[str] = frozenset()) -> bool:
    """'so far', 'to date', 'since ...' (not a ranking's 'the deadliest since 2003'), 'in the last
    two months': the sentence counts over a period. since_attack=False: 'since the bombing' is
    no period."""
    words = st.words
    ws = st.wordset
    if "so-far" in ws:
        return True
    for i, w in enumerate(words):
        if w == "since" and not _ranking_since(words, i) and (i + 1 >= len(words) or words[i + 1] != "being") and (
                since_attack or not any(x in _INCIDENT_TOLL_NOUNS for x in words[i + 1:i + 6])) and (not any(
                x in since_nouns for x in words[i + 1:i + 6]) or any(x in _TRUCE_NOUNS for x in words[i + 1:i + 4])):
            # ("since the ceasefire collapsed on 20 July": a span, though "collapsed" may end one event)
            return True  # (not "had died since being brought to hospital")
        if w == "far" and i > 0 and words[i - 1] == "so":
            return True
        if w == "date" and i > 0 and words[i - 1] == "to":
            return True
        if w in ("last", "past") and _over_a_period(words, i):
            return True
    return _in_the_span(words)


def _zero_rules(ex: _Extraction, st: _Sentence, si: int, kinds_at: dict[int, str]) -> None:
    """'no one was hurt', 'no casualties', 'neither injuries nor fatalities', 'without injuring anyone'."""
    if st.wordset.isdisjoint(_ZERO_CUE_WORDS):
        return  # every zero statement has a negator; most sentences have none
    words = st.words
    n = st.n
    found: dict[str, tuple[int, int]] = {}
    for k, kd in kinds_at.items():
        w = words[k]
        kinds: tuple[str, ...]
        if w in L.CASUALTY_NOUNS:
            kinds = ("killed", "injured")
        elif w in L.INJURE_NOUNS or (kd == "injured"):
            kinds = ("injured",)
        elif w in ("deaths", "fatalities", "death", "fatality", "dead", "killed", "died", "life", "lives") or kd == "killed":
            kinds = ("killed",)
        else:
            continue
        if w == "life" and k + 1 < n and words[k + 1] in _LIFE_COMPOUNDS:
            continue  # "Most boats carry no life jackets": a thing, no death
        if k + 1 < n and words[k + 1] in _COUNT_REPORT_NOUNS:
            continue  # "the group gave no casualty figures": the count is unknown, not zero
        start = None
        # negator before: "no casualties", "no reported injuries", "no one was killed",
        # "did not cause any injuries", "neither injuries nor fatalities"
        m = k - 1
        steps = 0
        while m >= 0 and steps < 7:
            x = words[m]
            if x in ("no", "without", "neither", "nor", "zero", "nobody", "none", "no-one"):
                if x == "nor" and not _has_before(words, m, ("neither", "no", "not", "without")):
                    break
                if x == "no" and m + 1 < n and words[m + 1] == "one" and m + 1 != k:
                    start = m
                    break
                if x == "no" and (words[m + 1] if m + 1 < n else "") not in ("one",):
                    # "no" must govern the trigger ("no casualties") not a noun before it
                    if kd in ("killed", "injured") and words[k] not in ("dead", "killed", "died", "injured", "wounded", "hurt"):
                        break
                start = m
                break
            if x in ("not", "didn't", "wasn't", "weren't", "never", "n't", "don't", "doesn't", "hasn't", "haven't", "hadn't") and kd == "noun":
                # "did not cause any injuries" / "were not any casualties"
                if "any" in words[m:k]:
                    start = m
                break
            if x in (",", ";", ".", "(", ")") or x[0].isdigit() or x in ("but", "while", "although", "however"):
                break
            if x in ("information", "word", "details", "confirmation", "indication", "figures", "estimate", "doubt", "saved", "save"):
                break  # "no initial information on casualties": unknown, not zero ("I have no doubt they saved lives": no count)
            if kd != "noun" and x not in L.AUX and x not in L.ADVERBS and x not in ("one", "else", "reported", "immediately", "seriously", "of", "the", "civilians", "people", "person", "soldiers", "passengers", "them", "us", "our", "troops", "injured", "killed", "or", "and", "further", "other") and not (
                    # (the people "no" names: "no policemen had died")
                    m >= 1 and words[m - 1] == "no" and _is_plural(x) and x not in L.NOT_PEOPLE):
                break
            m -= 1
            steps += 1
        if start is None and kd in ("killed", "injured") and words[k] in L.KILL_VERBS | L.INJURE_VERBS:
            # "without injuring anyone", "did not hurt any", "killed no one"
            nxt = words[k + 1] if k + 1 < n else ""
            if nxt in ("anyone", "anybody", "any") and any(words[m] in ("without", "not", "didn't", "never", "n't") for m in range(max(0, k - 4), k)):
                start = max(0, k - 4)
                while words[start] not in ("without", "not", "didn't", "never", "n't"):
                    start += 1
            elif nxt in ("nobody", "no-one") or (nxt == "no" and k + 2 < n and words[k + 2] in ("one", "people", "civilians")):
                start = k
        if start is None:
            continue
        if _hypothetical(st, start):
            continue
        if words[start] == "none" and start + 1 < k and words[start + 1] == "of" and any(
                x in ("life-threatening", "serious", "critical", "grave", "severe") for x in words[k + 1:k + 9]):
            continue  # "none of the injuries was believed to be life-threatening": the hurt counted, not a zero
        for kind in kinds:
            if kind not in found:
                found[kind] = (start, k)
    for kind, (a, k) in found.items():
        end = max(a, k)
        ex.add(st, si, kind, None, k, "zero", head=None, value=0,
               span=(st.start_of(a), st.end_of(end)), extra={"tok": a, "zero": True})
    # numbers inside a zero statement are not counts
    if found:
        for q in st.quantities:
            for a, k in found.values():
                if a <= q.start <= k:
                    q.used = True


_ZERO_CUE_WORDS: Final = frozenset({
    "no", "without", "neither", "nor", "zero", "nobody", "none", "no-one", "not", "didn't", "wasn't",
    "weren't", "never", "n't", "don't", "doesn't", "hasn't", "haven't", "hadn't",
})


def _has_before(words: list[str], m: int, cues: tuple[str, ...]) -> bool:
    return any(words[x] in cues for x in range(max(0, m - 6), m))


_PARTITIVE_KIND: Final = {"dead": "killed", "killed": "killed", "deceased": "killed", "fatalities": "killed",
                   "injured": "injured", "wounded": "injured", "hurt": "injured"}


def _partitive_group_kind(st: _Sentence, q: Quantity, any_group: bool = False) -> str | None:
    """The kind a partitive count is drawn from: 'four of the wounded' -> injured.

    any_group also names groups of either kind ('many of the victims', 'some of the bodies')."""
    words = st.words
    last = words[q.np_end - 1]
    if last in ("people", "persons") and q.np_end >= 2:
        last = words[q.np_end - 2]  # "three of the injured people"
    elif last == "those" and q.np_end < st.n:
        last = words[q.np_end]  # "four of those wounded"
    if any_group and last in ("victims", "casualties", "bodies", "dead"):
        return "any"
    return _PARTITIVE_KIND.get(last)


def _earlier_group(ex: _Extraction, st: _Sentence, q: Quantity) -> int | None:
    """The earlier figure a partitive count is drawn from, however far back in the article.

    "Four of those wounded were police officers" three sentences after "wounding 15": the
    latest earlier, larger figure of the group's kind (a bounded look-back keeps this linear).
    """
    kind = _partitive_group_kind(st, q)
    if kind is None:
        return None
    cue_at = st.start_of(q.start)
    for idx in range(len(ex.figures) - 1, max(-1, len(ex.figures) - 65), -1):
        f = ex.figures[idx]
        if f.kind == kind and f.part_of is None and f.char_start < cue_at and f.best > q.best:
            return idx
    return None


def _partitive_rule(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'Two of the dead were policemen'; 'Two Americans were among the ten fatalities'."""
    if not st.quantities or ("of" not in st.wordset and "among" not in st.wordset):
        return  # a partitive count has "of" ("two of the dead"); the other form has "among"
    words = st.words
    for q in st.quantities:
        if q.used:
            continue
        last = words[q.np_end - 1] if q.partitive else ""
        if q.partitive and (last in _PARTITIVE_KIND or last in ("victims", "casualties")):
            kind = _PARTITIVE_KIND.get(last)
            parent = _subgroup_parent(ex, st, si, q.start, kind)
            if parent is None:
                parent = _earlier_group(ex, st, q)
            if parent is not None and not _hypothetical(st, q.start):
                ex.add(st, si, kind or ex.figures[parent].kind, q, q.np_end - 1, "subgroup", part_of=parent)
        elif q.partitive and last in ("them", "whom") and q.start > 0 and words[q.start - 1] in (",", "(", "-", "--", ";"):
            # "killed 8 people, 5 of them women"
            parent = _subgroup_parent(ex, st, si, q.start, None)
            if parent is not None and ex.figures[parent].kind in ("killed", "injured") and ex.figures[parent].best > q.best:
                ex.add(st, si, ex.figures[parent].kind, q, q.np_end - 1, "subgroup", part_of=parent)
        elif (q.np_end + 2 < st.n and words[q.np_end] in ("were", "was", "are", "is") and words[q.np_end + 1] == "among"
              and words[q.np_end + 2] in ("the", "those")):
            # the parent is the figure right after "among the"
            after = st.start_of(q.np_end + 2)
            for idx in range(len(ex.figures) - 1, -1, -1):
                if ex.meta[idx]["sent"] != si:
                    break
                f = ex.figures[idx]
                if f.char_start >= after and f.part_of is None and f.kind in ("killed", "injured") and f.best > q.best:
                    ex.add(st, si, f.kind, q, q.np_end + 1, "subgroup", part_of=idx)
                    break


def _among_the_dead_rule(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'A teenager was among those killed': one more of the dead (a subgroup when a count exists)."""
    words = st.words
    for c in range(1, st.n - 2):
        if words[c] != "among" or words[c - 1] not in ("was", "is", "were", "are") or words[c + 1] not in ("the", "those"):
            continue
        noun = words[c + 2]
        kind = _PARTITIVE_KIND.get(noun)
        if kind is None:
            continue
        if words[c - 1] in ("were", "are"):
            # "Two policemen were among the dead", "A man and his son were among those killed"
            # (a count of someone, and no group named by an adjective: "women, children and the elderly")
            items = [x for x in _subject_conjuncts(st, c - 2)
                     if (x.head is not None and not x.used if isinstance(x, Quantity) else x[1] not in _GROUP_ADJECTIVES)]
            if not items:
                continue
            # (one whole for the list, read at its first item: "Twelve children and 11 fighters
            # were among the dead" are both parts of the count told before)
            first = min(x.start if isinstance(x, Quantity) else x[0] for x in items)
            if _hypothetical(st, first):
                continue
            parent = _subgroup_parent(ex, st, si, first, kind)
            if parent is None:
                # (or of a count some sentences before, a running count too, that holds them all:
                # "killed at least 70 people ... [the strikes] ... Twelve children and 11 fighters
                # were among the dead")
                listed = sum(x.best if isinstance(x, Quantity) else 1 for x in items)
                parent = next((x for x in range(len(ex.figures) - 1, max(-1, len(ex.figures) - 12), -1)
                               if ex.meta[x]["sent"] >= si - 6 and ex.figures[x].part_of is None
                               and ex.figures[x].kind in (kind, "death_toll") and ex.figures[x].best >= listed), None)
            rule = "subgroup" if parent is not None else "subject_count"
            part_kind = kind if parent is None else ex.figures[parent].kind
            for item in items:
                start = item.start if isinstance(item, Quantity) else item[0]
                extra: dict = {"among_dead": parent is None}
                if isinstance(item, Quantity):
                    ex.add(st, si, part_kind, item, c + 2, rule, part_of=parent, extra=extra)
                else:
                    extra["tok"] = start
                    if len(items) > 1:
                        extra["conjunct_of"] = c
                    ex.add(st, si, part_kind, None, c + 2, rule.replace("count", "singular"), head=item[1], value=1,
                           span=(st.start_of(start), st.end_of(c + 2)), part_of=parent, extra=extra)
            continue
        single = st.singular_np_ending(c - 2)
        if single is None or _hypothetical(st, single[0]):
            continue
        parent = _subgroup_parent(ex, st, si, single[0], kind)
        ex.add(st, si, kind, None, c + 2, "subgroup" if parent is not None else "subject_singular",
               head=single[1], value=1, span=(st.start_of(single[0]), st.end_of(c + 2)), part_of=parent,
               extra={"tok": single[0], "among_dead": parent is None})


# an adjective that names a group of people with "the": "the elderly were among those killed"
_GROUP_ADJECTIVES: Final = frozenset({"elderly", "young", "old", "poor", "sick", "disabled", "wounded", "injured", "dead", "missing"})
_DEATH_SENTENCE_WORDS: Final = frozenset({"sentenced", "condemned", "sentencing", "sentences"})


def _link_among_the_dead_forward(ex: _Extraction) -> None:
    """'Two Germans were among the dead, the embassy said. A total of 12 people died in the crash':
    people among the dead told before the count of the dead are its parts."""
    pending: list[int] = []
    for x, (f, m) in enumerate(zip(ex.figures, ex.meta)):
        if m.get("among_dead") and f.part_of is None:
            pending.append(x)
            continue
        if not pending or f.part_of is not None or f.kind not in ("killed", "injured", "death_toll") or m.get("among_dead") or any(
                m.get(flag) for flag in ("additive", "additive_forced", "background", "alternative", "claim", "outdated")):
            continue  # (not another attack's: "In a separate attack, a bomb killed 9 people")
        fits = [p for p in pending if ex.figures[p].kind == f.kind or (f.kind == "death_toll" and ex.figures[p].kind == "killed")]
        fits = [p for p in fits if m["sent"] - ex.meta[p]["sent"] <= 3 and m["sent"] >= ex.meta[p]["sent"]]
        if fits and sum(ex.figures[p].best for p in fits) < f.best and f.vague_term is None:
            for p in fits:
                ex.figures[p].part_of = x
                ex.figures[p].counted = False
                ex.figures[p].kind = f.kind
            pending = [p for p in pending if p not in fits]


def _to_death_rule(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'stabbed two men to death', 'was beaten to death', 'shot a militant dead'."""
    if st.wordset.isdisjoint(("dead", "death")):
        return
    words = st.words
    for k in range(2, st.n):
        # "shot a former militant dead", "leaving the driver dead"
        if words[k] == "dead" and k not in st.q_by_end:
            seen_and = False
            for v in range(k - 2, max(-1, k - 11), -1):
                if words[v] in ("shot", "left", "leaving", "leave", "leaves", "shooting", "shoot", "shoots"):
                    single = st.singular_np_starting(v + 1)
                    if single is not None and seen_and and single[0] < k and words[single[0]] == "and" and not _hypothetical(st, v):
                        # "SHOT HIM AND HIS SON DEAD", "shot the judge and his son dead": two people
                        second = st.singular_np_starting(single[0] + 1)
                        if second is not None and second[0] == k:
                            _emit_group(ex, st, si, "killed", [(v + 1, single[1], single[0]), (single[0] + 1, second[1], k)], k, "object_dead")
                        break
                    if single is not None and single[0] == k and not _hypothetical(st, v):
                        himself = words[v + 1] in ("himself", "herself")
                        # ("... and then shot himself dead": the attacker, besides his victims)
                        ex.add(st, si, "killed", None, k, "object_dead", head=single[1], value=1,
                               span=(st.start_of(v), st.end_of(k)), role="perpetrator" if himself else None,
                               extra={"tok": v + 1, "additive_forced": True} if himself else {"tok": v + 1})
                    break
                if words[v] == "and" and not seen_and:
                    seen_and = True
                    continue
                if words[v] in (",", ";", "and", "was", "were"):
                    break
    for k in range(1, st.n):
        if words[k] == "death" and words[k - 1] == "to":
            q = st.q_by_end.get(k - 1)
            if q is not None and not q.used:
                if (q.start > 0 and words[q.start - 1] in _DEATH_SENTENCE_WORDS) or words[k - 2] in _DEATH_SENTENCE_WORDS:
                    # "a court sentenced 17 men to death", "Three sentenced to death": a sentence, no death yet
                    q.used = True
                    continue
                # "stabbed two men to death" (object) or "two men were beaten to death" (subject)
                _emit_group(ex, st, si, "killed", [q], k, "to_death")
                continue
            p, number = _subject_end(st, k - 1)
            if number == "" and p >= 0 and "had" in words[p + 1:k] and "been" in words[p + 1:k]:
                # "four policemen had been beaten to death": the pluperfect tells no number
                number = "plural" if st.q_by_end.get(p + 1) is not None else "singular"
            if number == "singular":
                single = st.singular_np_ending(p, require_det=False)
                if single is not None and not _hypothetical(st, single[0]):
                    ex.add(st, si, "killed", None, k, "to_death_singular", head=single[1], value=1,
                           span=(st.start_of(single[0]), st.end_of(k)), extra={"tok": single[0]})
                    continue
            elif number == "plural":
                q = st.q_by_end.get(p + 1)
                if q is not None and not q.used:
                    # ("Eight women and three children were crushed to death": every conjunct)
                    conjuncts = _subject_conjuncts(st, p) if q.start >= 2 and words[q.start - 1] == "and" else []
                    _emit_group(ex, st, si, "killed", conjuncts if len(conjuncts) > 1 else [q], k, "to_death")
                    continue
                # "An executive and his bodyguard were shot to death": read the subject as for
                # "were killed"
                if k >= 2 and (words[k - 2] in L.MANNER_VERBS or words[k - 2] in L.KILL_VERBS):
                    if _subject_rule(ex, st, si, k - 2, "killed", verb_like=True):
                        continue
            if k + 1 < st.n and k >= 2 and (words[k - 2] in L.MANNER_VERBS or words[k - 2] in L.KILL_VERBS or words[k - 2] in _TO_DEATH_GERUNDS):
                # "hacked to death two farmers", "beat to death a shopkeeper", "hacking to death 17
                # villagers": the object follows
                q = st.q_by_start.get(k + 1)
                if q is not None and not q.used:
                    if not _hypothetical(st, k - 2):
                        _emit_group(ex, st, si, "killed", [q], k, "to_death")
                    continue
                single = st.singular_np_starting(k + 1)
                if single is not None and words[k + 1] not in ("himself", "herself"):
                    if not _hypothetical(st, k - 2):
                        ex.add(st, si, "killed", None, k, "to_death_singular", head=single[1], value=1,
                               span=(st.start_of(k - 2), st.end_of(single[0] - 1)), extra={"tok": k + 1})
                    continue
            # "stabbed a woman to death"
            m = k - 2
            single = None
            while m >= 0 and k - m < 8 and words[m] not in L.KILL_VERBS | L.MANNER_VERBS:
                m -= 1
            if m >= 0 and words[m] in L.MANNER_VERBS | L.KILL_VERBS:
                single = st.singular_np_starting(m + 1)
                if single is not None and single[0] == k - 1 and not _hypothetical(st, m):
                    ex.add(st, si, "killed", None, k, "to_death_singular", head=single[1], value=1,
                           span=(st.start_of(m + 1), st.end_of(k)), extra={"tok": m + 1})


_SUBGROUP_OPENERS: Final = (
    ("including",), ("among", "them"), ("among", "whom"), ("of", "whom"), ("among", "the", "dead"),
    ("among", "the", "killed"), ("among", "the", "victims"), ("among", "the", "injured"),
    ("among", "the", "wounded"), ("among", "those", "killed"), ("among", "those", "injured"),
    ("among", "those", "wounded"), ("among", "the", "casualties"), ("among", "the", "deceased"),
)


def _who_died(st: _Sentence, end: int) -> bool:
    """A relative clause of death right after a group: '... four who later died'."""
    words = st.words
    if end >= st.n or words[end] not in ("who", "that"):
        return False
    x = end + 1
    while x < st.n and x - end < 5 and (words[x] in L.ADVERBS or words[x] in L.AUX):
        x += 1
    return x < st.n and (words[x] in L.KILL_INTRANSITIVE or words[x] == "killed")


def _subgroup_rule(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'13 people, including two children' -> the children are part_of the 13."""
    if st.wordset.isdisjoint(("including", "among", "whom")):
        return
    words = st.words
    n = st.n
    for c in range(n):
        w = words[c]
        if w not in ("including", "among", "of") or (w == "including" and c > 0 and words[c - 1] == "not"):
            continue  # ("19 people, not including the bomber": besides them)
        opener = None
        for phrase in _SUBGROUP_OPENERS:
            if tuple(words[c:c + len(phrase)]) == phrase:
                opener = phrase
                break
        if opener is None:
            continue
        j = c + len(opener)
        if opener == ("among", "them") and (j >= n or words[j] in (",", ".", ";")):
            # the part told before its cue: "killing at least 19 civilians, six children among them"
            before = st.q_by_end.get(c)
            if before is None or before.start < 2 or words[before.start - 1] != ",":
                continue
            j = c = before.start
        while j < n and words[j] in ("were", "was", "are", "is", ":", "being", "reportedly", "also"):
            j += 1
        kind_hint = None
        if "injured" in opener or "wounded" in opener:
            kind_hint = "injured"
        elif "dead" in opener or "killed" in opener or "deceased" in opener:
            kind_hint = "killed"
        parent = _subgroup_parent(ex, st, si, c, kind_hint)
        if parent is None:
            continue
        pfig = ex.figures[parent]
        kind = pfig.kind
        items: list = []
        q = st.q_by_start.get(j)
        if q is not None and not q.used:
            items = [q] + _coordinated_right(st, q.np_end)
        else:
            single = st.singular_np_starting(j)
            if single is not None:
                items = [(j, single[1], single[0])] + _coordinated_right(st, single[0])
                # "a police officer and translator": a bare singular noun continues the list
                end = single[0]
                if end + 1 < n and words[end] == "and" and end + 1 not in st.q_by_start and st._is_np_word(end + 1) and not _is_plural(words[end + 1]):
                    e2 = end + 1
                    while e2 < n and st._is_np_word(e2) and e2 - end < 4:
                        e2 += 1
                    nxt = words[e2] if e2 < n else ""
                    if nxt not in L.AUX and nxt not in L.KILL_VERBS | L.INJURE_VERBS:
                        items.append((end + 1, singular(words[e2 - 1]), e2))
        for item in items:
            if isinstance(item, Quantity):
                if item.used:
                    continue
                if item.best > pfig.best and pfig.best > 0:
                    item.used = True
                    continue
                if kind == "injured" and _who_died(st, item.np_end):
                    # "injured 20 people, including four who later died": new dead, who leave the injured
                    ex.add(st, si, "killed", item, c, "subgroup_died", extra={"additive_forced": True, "from_injured": True})
                    continue
                ex.add(st, si, kind, item, c, "subgroup", part_of=parent)
            else:
                a, head, end = item
                if _is_plural(words[end - 1]):
                    continue
                if kind == "injured" and words[a] in ("a", "an", "one") and _who_died(st, end):
                    # "16 people were injured, among them a passer-by who died of his injuries two days later"
                    # (not "including the woman who died Monday": one of the dead told before)
                    ex.add(st, si, "killed", None, c, "subgroup_died", head=head, value=1, span=(st.start_of(a), st.end_of(end - 1)),
                           extra={"tok": a, "additive_forced": True, "from_injured": True})
                    continue
                ex.add(st, si, kind, None, c, "subgroup", head=head, value=1,
                       span=(st.start_of(a), st.end_of(end - 1)), part_of=parent, extra={"tok": a})


def _subgroup_parent(ex: _Extraction, st: _Sentence, si: int, c: int, kind_hint: str | None) -> int | None:
    cue_at = st.start_of(c)
    nearest = max((idx for idx in range(len(ex.figures) - 1, max(-1, len(ex.figures) - 8), -1)
                   if ex.meta[idx]["sent"] == si and ex.figures[idx].char_start < cue_at),
                  key=lambda idx: ex.figures[idx].char_end, default=None)
    if nearest is not None and ex.figures[nearest].kind == "death_toll":
        return None  # the running count's part ("killed 191 people since April 24, including a number of children")
    best = None
    for idx in range(len(ex.figures) - 1, -1, -1):
        f = ex.figures[idx]
        meta = ex.meta[idx]
        if meta["sent"] < si - 1:
            break
        if f.part_of is not None or f.kind == "death_toll" or f.best <= 1:
            continue
        if kind_hint is not None and f.kind != kind_hint:
            continue
        if meta["sent"] == si and f.char_start >= cue_at:
            continue
        if meta["sent"] == si:
            # the nearest figure before the cue in this sentence (figures are not always added in
            # text order: "revised the injured to 489 ... bringing the toll to 59, including the gunman")
            if best is None or ex.meta[best]["sent"] != si or f.char_end > ex.figures[best].char_end:
                best = idx
            continue
        if best is None:
            best = idx
    return best


def _in_addition_rule(ex: _Extraction, st: _Sentence, si: int) -> None:
    """'In addition to the bomber, two soldiers were killed': the bomber is a figure too."""
    if st.wordset.isdisjoint(("addition", "besides", "excluding", "counting", "including")):
        return
    words = st.words
    n = st.n
    for c in range(n - 3):
        if words[c] == "addition" and words[c + 1] == "to" and c > 0 and words[c - 1] == "in" or (words[c] in ("besides", "excluding") and c + 1 < n) or (
                # "19 people, not counting the bomber, were killed"
                words[c] in ("counting", "including") and c > 0 and words[c - 1] == "not"):
            j = c + 2 if words[c] == "addition" else c + 1
            q = st.q_by_start.get(j)
            d = j
            while q is None and d + 1 < n and words[d] in ("the", "all"):
                d += 1  # "in addition to the three assailants", "in addition to all five assailants"
                q = st.q_by_start.get(d)
            head = None
            end = None
            value = 1
            if q is not None and not q.used:
                head, end = q.head, q.np_end
            else:
                single = st.singular_np_starting(j)
                if single is None:
                    continue
                end, head = single
                if head is None and not (not st.all_caps and st.raw[j][:1].isupper()):
                    continue  # only a person: a name ("in addition to Khan") or a noun
            later: list[int] = []
            before: list[int] = []
            for i in range(len(ex.figures) - 1, -1, -1):  # this sentence's figures only
                if ex.meta[i]["sent"] != si:
                    break
                f = ex.figures[i]
                if f.kind != "death_toll" and f.part_of is None:
                    (later if f.char_start > st.start_of(c) else before).insert(0, i)
            opener = c - 1 if words[c] == "addition" else c  # "in" of "in addition to", or "besides"
            if head is not None and any(ex.figures[i].victims == head and ex.figures[i].char_end > st.start_of(c) for i in before):
                continue  # "killed 47 people in addition to the bomber": the bomber is read already
            own = None
            if q is not None:
                # a count that names its own kind: "rose to 8 civilians in addition to 12 injured"
                tail = words[q.num_end:min(n, q.np_end + 1)]
                own = "injured" if any(w in L.INJURE_PARTICIPLES for w in tail) else (
                    "killed" if any(w in L.KILL_PARTICIPLES or w == "dead" for w in tail) else None)
            if own is not None:
                kind = own
            elif before and (opener >= 2 and words[opener - 1] == "," and words[opener - 2] != "and" or not ex.text[
                    ex.figures[before[-1]].char_end:st.start_of(opener)].strip()):
                # (or right after its count: "The blast killed 47 people in addition to the bomber and
                # wounded more than 100")
                # set off after the clause it adds to: "At least 27 worshippers were killed, in
                # addition to the two bombers, and 40 others were injured"
                kind = ex.figures[before[-1]].kind
            elif later:
                kind = ex.figures[later[0]].kind
            else:
                continue
            if q is not None and not q.used and words[j] == "the" and later and any(
                    ex.meta[i]["sent"] < si and ex.figures[i].kind == kind and ex.figures[i].best == q.best for i in range(len(ex.figures))):
                # "Rescuers had recovered 34 bodies ... In addition to the 34 residents, a
                # firefighter was killed": the count told before, and the news adds to it
                q.used = True
                for i in later:
                    ex.meta[i]["additive"] = True
                continue
            if q is not None and not q.used:
                ex.add(st, si, kind, q, c, "in_addition_to", extra={"additive_forced": True})
            else:
                ex.add(st, si, kind, None, c, "in_addition_to", head=head, value=value,
                       span=(st.start_of(c - 1) if words[c] == "addition" else st.start_of(c), st.end_of(end - 1)),
                       extra={"tok": c, "additive_forced": True})


_BOMBERS_DETONATED_RE: Final = re.compile(
    # (the words between are words: not "JULY 3 - Two suicide bombers", a dateline's day)
    r"\b(two|three|four|five|six|\d)\s+(?:[a-z][\w-]*\s+){0,3}?(?:suicide\s+bombers|assailants|attackers|bombers)\s+"
    r"(?:then\s+|also\s+)?(?:detonated|detonate|blew\s+themselves\s+up|blow\s+themselves\s+up)\b"
    # "said that two of its members had blown themselves up in the attacks"
    r"|\b(two|three|four|five|six|\d)\s+of\s+(?:its|their|the)\s+(?:members|fighters|militants|men|attackers)\s+"
    r"(?:had\s+)?(?:blown|blew)\s+themselves\s+up\b",
    re.IGNORECASE,
)


# The two patterns above without IGNORECASE, for lower-cased ASCII text (written in lower case).
_BOMBERS_DETONATED_LOWER_RE: Final = re.compile(_BOMBERS_DETONATED_RE.pattern)
_SUICIDE_LOWER_RE: Final = re.compile(_SUICIDE_RE.pattern)
_BLEW_UP_RE: Final = re.compile(r"\bblew\s+(?:himself|herself)\s+up\b|\bdetonated\s+(?:his|her)\s+(?:explosive|suicide|vest|belt|bomb)",
                         re.IGNORECASE)
_BLEW_HIMSELF_UP_RE: Final = re.compile(r"\bblew\s+(?:himself|herself)\s+up\b", re.IGNORECASE)
# (several bombers, blew himself up, blew up / detonated his, a failed attack): for the text as
# written, and the same patterns without IGNORECASE for the lower-cased text (several times faster)
_BOMBER_PATTERNS: Final = (_SUICIDE_PLURAL_RE, _BLEW_HIMSELF_UP_RE, _BLEW_UP_RE, _FAILED_ATTACK_RE)
_BOMBER_LOWER_PATTERNS: Final = (re.compile(_SUICIDE_PLURAL_RE.pattern), re.compile(_BLEW_HIMSELF_UP_RE.pattern),
                          re.compile(_BLEW_UP_RE.pattern), re.compile(_FAILED_ATTACK_RE.pattern))


# an encyclopedia's opening on its subject: "The Kalinagar massacre took place on the night of 17
# March 1998, when ...", "The Suq al-Khudra bombing was a suicide attack on ..."
_ENCYCLOPEDIA_OPENING_RE: Final = re.compile(
    r"\s*the\s+(?:[\w'-]+\s+){1,5}(?:massacre|bombing|bombings|attack|attacks|shooting|hijacking|siege|ambush|killings|explosion)"
    r"\s+(?:took\s+place|occurred|happened|was\s+(?:a|an|the))\b")


def _opens_entry(ex: _Extraction) -> bool:
    """One of the first three sentences opens an encyclopedia entry on its event (whose counts
    are then the entry's subject, however long before publication: see settle)."""
    low = ex.lowered if ex.lowered is not None else ex.text.lower()
    bounds = ex.bounds if ex.bounds else ex.full_bounds()
    for o in range(min(3, len(bounds))):
        e = bounds[o + 1] if o + 1 < len(bounds) else len(low)
        if _ENCYCLOPEDIA_OPENING_RE.match(low, bounds[o], e) is not None:
            return True
    return False


_LEFT_OUT_ATTACKERS_RE: Final = re.compile(r"\b(attackers|assailants|gunmen|bombers)\s*:\s*(?:all\s+)?$", re.IGNORECASE)


def _attackers_left_out(ex: _Extraction) -> None:
    """'The figure did not include the attackers: all five, among them the driver of the suicide
    car bomb, were killed': the bare count after the colon counts the attackers the toll left out."""
    for f, m in zip(ex.figures, ex.meta):
        if f.kind != "killed" or f.victims is not None or f.rule != "subject_count" or f.part_of is not None:
            continue
        before = ex.text[max(ex.full_bounds()[m["sent"]], f.char_start - 120):f.char_start]
        found = _LEFT_OUT_ATTACKERS_RE.search(before)
        if found is None or _TOLL_EXCLUDES_ATTACKERS_RE.search(before) is None:
            continue
        f.victims = singular(found.group(1).lower())
        f.role = "perpetrator"
        m["additive"] = True
        m["outside_toll"] = True


def _entry_opening_day(ex: _Extraction) -> date | None:
    """The first date an encyclopedia entry's first three sentences give ("It began on the evening
    of 12 June 1998"): its event's day, for an entry whose opening tells no figure."""
    bounds = ex.bounds if ex.bounds else ex.full_bounds()
    for o in range(min(3, len(bounds))):
        e = bounds[o + 1] if o + 1 < len(bounds) else len(ex.text)
        sentence = ex.text[bounds[o]:e]
        if any(ch.isdigit() for ch in sentence):
            day = _resolve_event_date(sentence, ex.published)
            if day is not None and day != ex.published:
                return day
    return None


def _sentence_day(ex: _Extraction, si: int) -> date | None:
    """The day of the first figure of sentence si, else publication: the bomber a sentence implies
    died on its victims' day ("On Tuesday, a suicide bomber killed 12 people")."""
    return next((f.event_date for f, m in zip(ex.figures, ex.meta) if m["sent"] == si), ex.published)


def _add_bombers(ex: _Extraction, m: re.Match, value: int) -> None:
    text = ex.text
    bounds = ex.full_bounds()
    si = bisect_right(bounds, m.start()) - 1
    s = bounds[si]
    e = bounds[si + 1] if si + 1 < len(bounds) else len(text)
    ex.figures.append(Figure(kind="killed", low=value, best=value, high=value, qualifier="exact", vague_term=None,
                             victims="bomber", role="perpetrator", part_of=None, event_date=_sentence_day(ex, si),
                             sentence=text[s:e].strip(), char_start=m.start(), char_end=m.end(),
                             rule="implicit_suicide_bomber", counted=True))
    ex.meta.append({"sent": si, "additive": True, "tok": 0, "additive_forced": True})


_SECOND_BLEW_RE: Final = re.compile(r"\b(?:the\s+)?(?:second|other)\s+(?:\w+\s+){0,2}?(?:assailant|attacker|bomber|militant)\s+blew\s+himself\s+up", re.IGNORECASE)


# "By evening, ...": a later hour of the day the article tells
_LATER_TIMES: Final = frozenset({"evening", "nightfall", "night", "midnight", "afternoon", "late", "then", "dusk", "mid-afternoon"})


def _earlier_event_sentences(ex: _Extraction) -> set[int]:
    """The sentences that tell an earlier event: a figure of theirs is background or dated well
    before publication."""
    return {meta["sent"] for f, meta in zip(ex.figures, ex.meta) if meta.get("background") or (
        ex.published is not None and f.event_date is not None and (ex.published - f.event_date).days > BACKGROUND_DAYS)}


def _implicit_bomber(ex: _Extraction) -> None:
    """A suicide bomber who blew himself up is killed 1 perpetrator even when no number says so."""
    text = ex.text
    low = ex.lowered if ex.lowered is not None else text.lower()
    if "suicide" not in low and "blew" not in low and "detonate" not in low and "blow" not in low:
        return  # a substring test is far cheaper than the regex on most articles
    if ex.lowered is not None:
        # lower-casing kept every offset: the case-insensitive patterns match the lower-cased
        # text at the same offsets, and case-sensitive matching is several times faster
        if ("bomber" in low or "assailant" in low or "attacker" in low or "themselves" in low) and (
                "detonate" in low or "blew" in low or "blow" in low):
            plural = _BOMBERS_DETONATED_LOWER_RE.search(low)
        else:
            plural = None
        suicide_re, haystack = _SUICIDE_LOWER_RE, low
        patterns = _BOMBER_LOWER_PATTERNS
    else:
        plural = _BOMBERS_DETONATED_RE.search(text)
        suicide_re, haystack = _SUICIDE_RE, text
        patterns = _BOMBER_PATTERNS
    several_re, blew_himself_re, blew_up_re, failed_re = patterns
    earlier_sentences = _earlier_event_sentences(ex)
    if plural is not None and bisect_right(ex.full_bounds(), plural.start()) - 1 in earlier_sentences:
        plural = None  # "the deadliest since Feb. 1, when two female suicide bombers blew themselves up": earlier bombers
    if plural is not None:
        # "Two child suicide bombers detonated": the bombers died (unless counted already; not
        # the militants killed elsewhere in the record: "25 militants were killed in the assault")
        amount = parse_amount([(plural.group(1) or plural.group(2)).lower()], 0)
        if amount is not None and amount.value > 1 and not any(
                f.kind == "killed" and f.role == "perpetrator" and (
                    f.victims in (None, "bomber", "attacker", "assailant") or f.best == amount.value or f.char_start < plural.start())
                # (not the dead of a separate raid: "Separately, police said they had shot dead two
                # suspected militants")
                and not f.sentence.startswith(_SEPARATE_OPENERS)
                for f in ex.figures):
            _add_bombers(ex, plural, amount.value)
            return
    m = suicide_re.search(haystack)
    if m is None:
        return
    if ("bombers" in low or "attackers" in low or "themselves" in low) and several_re.search(haystack) and not (
            "blew" in low and blew_himself_re.search(haystack)):
        return
    has_victims_killed = False
    # (the count said to leave him out: "The 41 dead did not include the attacker", "17 people, not
    # counting the bomber, were killed")
    excluded = ("not" in low or "exclud" in low) and _TOLL_EXCLUDES_ATTACKERS_RE.search(text) is not None
    # "Guards killed one assailant before he could detonate his explosives; the second assailant
    # blew himself up": an attacker killed by others is not the one who blew himself up
    second = "blew" in low and "second" in low and _SECOND_BLEW_RE.search(haystack) is not None
    bounds = ex.full_bounds()
    bomber_si = bisect_right(bounds, m.start()) - 1
    for f, fmeta in zip(ex.figures, ex.meta):
        if fmeta["sent"] in earlier_sentences and fmeta["sent"] != bomber_si:
            continue  # an earlier attack's dead ("On Feb. 2, ... a bomb attack aboard a jet that killed only the bomber")
        if f.kind == "killed" and f.role == "perpetrator" and f.best >= 1 and not (second and f.best == 1 and f.victims != "bomber") and not (
                # (not fighters killed in a separate operation: "Separately, ... forces had killed 14 insurgents")
                f.sentence.startswith(_SEPARATE_OPENERS)) and not (
                # (nor fighters killed paragraphs away, in another incident: "KIRKUK - A suicide bomber
                # ... blew himself up ... MOSUL - ... Two of the gunmen were killed")
                f.victims not in (None, "bomber", "attacker", "assailant")
                and abs(bisect_right(bounds, f.char_start) - 1 - bomber_si) > 2) and not (
                # (nor in another labelled item of a roundup: "MOSUL - A suicide bomber blew himself
                # up ... FALLUJA - U.S. forces said they killed five insurgents")
                fmeta.get("item_from", -1) not in (-1, ex._labelled_item(bomber_si))):
            return
        if f.kind == "killed" and not excluded and _INCLUDES_ATTACKERS_RE.search(f.sentence) is not None:
            return  # "At least 11 people, including the three assailants, were killed": counted in
        if f.kind == "killed" and f.victims in ("bomber",):
            return
        if f.kind == "killed" and f.best == 1 and f.victims in _ATTACKER_STAND_INS and "bomber" in f.sentence.lower():
            return  # "The driver, whom police described as a suicide bomber, also died": he is the bomber
        if f.kind in ("killed",) and f.best > 0:
            has_victims_killed = True
        if f.kind == "injured" and f.best > 0:
            has_victims_killed = True
    if has_victims_killed and "include" in low and _TOLL_INCLUDES_ATTACKERS_RE.search(text) is not None:
        return  # "... raised the number of dead to 17. The figure of 17 includes the bomber"
    # the attack was carried out: someone was killed or hurt, or the bomber blew himself up
    low = m.group().lower()
    # "A suicide bomber blew himself up ...": the first match names the bomber, a later one says
    # he died
    explicit = low.startswith("blew") or low.startswith("detonated") or blew_up_re.search(haystack, m.end()) is not None
    if not (has_victims_killed or explicit):
        return
    si = bomber_si
    # a failed attack is told beside the bomber, not paragraphs away ("While the ground offensive
    # failed ..." says nothing of him)
    near_end = bounds[si + 2] if si + 2 < len(bounds) else len(haystack)
    if failed_re.search(haystack, bounds[si], near_end):
        if not explicit:
            return
    if si in earlier_sentences:
        # "the deadliest since January, when a suicide bomber killed 80", "On Sept. 8, a suicide
        # bomber killed 28 people": an earlier bomber
        return
    s = bounds[si]
    e = bounds[si + 1] if si + 1 < len(bounds) else len(text)
    sentence = text[s:e].strip()
    event_date = _sentence_day(ex, si)
    ex.figures.append(Figure(kind="killed", low=1, best=1, high=1, qualifier="exact", vague_term=None,
                             victims="bomber", role="perpetrator", part_of=None, event_date=event_date,
                             sentence=sentence, char_start=m.start(), char_end=m.end(),
                             rule="implicit_suicide_bomber", counted=True))
    ex.meta.append({"sent": si, "additive": True, "tok": 0, "additive_forced": True, "outside_toll": excluded})


# a wire editor's note on the version near the top: "(RECASTS, RAISES TOLL)", "(Updates with new
# toll, adds quotes)": no words of the news (its "toll" would make the lede's count a running one)
_WIRE_SLUG_RE: Final = re.compile(
    r"\((?:recasts|updates|updating|adds|corrects|refiles|repeats|writes\s+through|changes|raises|lowers|new\s+throughout|"
    r"rewrites|tops|inserts|edits|fixes)\b[^()\n]{0,160}\)", re.IGNORECASE)
_SLUG_REACH: Final = 600


def _blank_wire_slugs(text: str) -> str:
    """The text with the wire slugs near its top blanked out (offsets kept)."""
    head = text[:_SLUG_REACH]
    blanked = _WIRE_SLUG_RE.sub(lambda m: " " * len(m.group()), head)
    return text if blanked == head else blanked + text[_SLUG_REACH:]


def extract_figures(text: str, published: date | None = None) -> list[Figure]:
    """Every killed / injured / death-toll figure in `text` (FIGURES.md), in text order.

    `counted` is set so that summing `best` over counted figures per kind gives the article
    totals (see `article_totals`).
    """
    if not text:
        return []
    published = _published_or_none(published)
    if "(" in text[:_SLUG_REACH]:
        text = _blank_wire_slugs(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        scan = TRIGGER_RE
        # (a word read only in some contexts, "lost", "fell", "hospital", is a hit only in one of
        # them: most sentences with it hold no figure and are never built)
        letters = lowered.encode("latin-1", "replace").translate(_LETTERS_ONLY)
        hits = [m.start(1) for m in _TRIGGER_AFTER_SPACE_RE.finditer(letters)
                if m.group(1) not in _CONTEXT_GATED_BYTES or _context_hit(m.group(1).decode("ascii"), lowered, m.start(1))]
        if _TRIGGER_AT_START_RE.match(lowered):
            hits.insert(0, 0)
    else:  # lower-casing changed the length ("İ"): offsets must be the article's own
        scan = TRIGGER_RE_ANYCASE
        hits = [m.start() for m in scan.finditer(text)]
    if not hits:
        # "A suicide bomber blew himself up near the mosque": a death with no trigger word
        if "blew" in lowered or "detonated" in lowered:
            ex = _Extraction(text, published)
            if scan is TRIGGER_RE:
                ex.lowered = lowered
            _implicit_bomber(ex)
            return settle_article(ex.figures, ex.meta, published)
        return []
    # sentences past the last trigger are never read: split only up to there
    bounds = split_sentences(text, stop=hits[-1])
    ex = _Extraction(text, published)
    ex.bounds = bounds
    if scan is TRIGGER_RE:
        ex.lowered = lowered
    seen: set[int] = set()
    for hit in hits:
        si = bisect_right(bounds, hit) - 1
        if si in seen:
            continue
        seen.add(si)
        n0 = len(ex.figures)
        st = ex.sentence(si)
        _process_sentence(ex, st, si)
        if len(ex.figures) - n0 >= 2:
            _name_bare_counts(ex, st, n0)
        if len(ex.figures) > n0 and ";" in st.wordset:
            _elliptic_toll(ex, st, si, n0)
    if ":" in text and ("not" in lowered or "exclud" in lowered):
        _attackers_left_out(ex)
    _implicit_bomber(ex)
    _mark_series_figures(ex)
    if ex.figures and _opens_entry(ex):
        day = _entry_opening_day(ex)
        for m in ex.meta:
            m["entry"] = True
            if day is not None:
                m["entry_day"] = day
    if "among" in lowered:
        _link_among_the_dead_forward(ex)
    figures = settle_article(ex.figures, ex.meta, published)
    figures = _apply_best_estimate(text, _apply_split_note(text, figures))
    if "battle-related" in lowered and "year" in lowered:
        figures = _apply_year_estimate(text, figures, published)
    return figures


_COUNT_WORDS: Final = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous|dozens)"
_PLURAL_EVENTS: Final = r"(?:attacks|bombings|blasts|bombs|explosions|incidents|assaults|raids|shootings)"
# The text is the record of one attack among several: "This was one of more than 90 attacks",
# "The attack was one of four car bombs", "(2 of 8 coordinated bombing attacks)", "the second of
# two". Matched on the lower-cased text from the literal "of " (so sre can skip ahead to it); the
# word before it is checked by _SERIES_RECORD_BEFORE.
_SERIES_RECORD_RE: Final = re.compile(
    r"of (?:the )?(?:more than |at least |over |some )?" + _COUNT_WORDS + r" (?:[\w-]+ ){0,3}" + _PLURAL_EVENTS + r"\b"
    r"|of \d+\b")
_SERIES_RECORD_BEFORE: Final = re.compile(r"(?:\bone|\b(?:first|second|third|fourth|fifth|last)|\(\s*(?:[a-z ]+:\s*)?\d+(?:st|nd|rd|th)?) $")
# a figure stated for the whole series: "In total, the attacks killed", "by the series of attacks",
# "killed across all incidents", "Total casualties include"
_SERIES_FIGURE_RE: Final = re.compile(
    r"\b(?:the|these|those|all|both|" + _COUNT_WORDS[3:-1] + r") (?:[\w-]+ ){0,2}" + _PLURAL_EVENTS + r"\b"
    r"|\bseries of\b|\bacross all\b|\bin total\b|\ba total of\b|\btotal casualties\b|\bnationwide\b|\bcombined\b")
_SERIES_CUE_WORDS: Final = frozenset({
    "attacks", "bombings", "blasts", "bombs", "explosions", "incidents", "assaults", "raids", "shootings",
    "series", "across", "total", "nationwide", "combined",
})


def _series_record_spans(lowered: str) -> list[tuple[int, int]]:
    """Where the lower-cased text says it records one attack of several (see _SERIES_RECORD_RE)."""
    spans = []
    for m in _SERIES_RECORD_RE.finditer(lowered):
        before = _SERIES_RECORD_BEFORE.search(lowered, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        bare = m.group()[3:].isdigit()  # "of 8": only inside a parenthesis, "(2 of 8 ..."
        if bare and not before.group().startswith("("):
            continue
        spans.append((before.start(), m.end()))
    return spans


def _mark_series_figures(ex: _Extraction) -> None:
    """In the record of one attack among several, a figure stated for the whole series is the
    series' figure, not this attack's: it stays listed but out of this article's totals."""
    candidates = []
    for f, m in zip(ex.figures, ex.meta):
        if f.kind == "death_toll":
            continue
        st = ex._sentences.get(m.get("sent", -1))
        # the cheap word test first: most figure sentences name no series at all
        if st is None or not st.wordset.isdisjoint(_SERIES_CUE_WORDS):
            candidates.append((f, m))
    if not candidates or " of " not in ex.text:
        return
    lowered = ex.lowered if ex.lowered is not None else ex.text.lower()
    record_spans = _series_record_spans(lowered)
    if not record_spans:
        return
    series_counts = {w for a, b in record_spans for w in lowered[a:b].split() if w in _EXACT_COUNTS or w.isdigit()}
    for f, m in candidates:
        sentence = f.sentence.lower()
        # the marker itself ("(First of two attacks) Insurgents shot dead ...") is not a figure's scope
        for a, b in reversed(_series_record_spans(sentence)):
            sentence = sentence[:a] + " " + sentence[b:]
        if any(_names_the_series(hit.group(), series_counts) for hit in _SERIES_FIGURE_RE.finditer(sentence)):
            m["series"] = True




def _names_the_series(phrase: str, series_counts: set[str]) -> bool:
    """A counted 'the two blasts' is the series (or a part of it, "across the two attacks" of
    three) when the series is counted too. When the series is only "one of several bombings that
    month", the two blasts are this record's own attack, told in two parts."""
    return bool(series_counts) or not any(w in _EXACT_COUNTS or w.isdigit() for w in phrase.split())


_SPLIT_NOTE_RE: Final = re.compile(
    r"\b(?:fatalities|deaths)\s+(?:are\s+|were\s+|have\s+been\s+)?(?:coded\s+(?:as|to|at)\s+\d+\s+and\s+)?"
    r"(?:split|coded|divided|spread|distributed)\s+"
    r"(?:evenly\s+)?(?:across|between|among|over)\s+(\w+)\s+(?:\w+\s+)?(?:events?|locations?|areas?|sites?)\b(?:\s*\((\d+)\))?",
    re.IGNORECASE,
)


def _apply_split_note(text: str, figures: list[Figure]) -> list[Figure]:
    """A coder's note 'fatalities split across 2 events (3)': this record's share of the dead."""
    # substring tests first: "event" alone is common in news, the note's verbs are not
    if not figures or ("atalit" not in text and "eaths" not in text) or not (
            "split" in text or "coded" in text or "divided" in text or "spread" in text or "distributed" in text) or (
            "event" not in text and "location" not in text and "area" not in text and "site" not in text):
        return figures
    m = _SPLIT_NOTE_RE.search(text)
    if m is None:
        return figures
    parts = parse_amount([m.group(1).lower()], 0)
    if parts is None or parts.value < 2:
        return figures
    total = sum(f.best for f in figures if f.kind == "killed" and f.counted)
    share = int(m.group(2)) if m.group(2) else total // parts.value
    if share == total or total == 0:
        return figures
    sentence_start = text.rfind(".", 0, m.start()) + 1
    return _coded_count_instead(figures, share, share, share, text[sentence_start:m.end()].strip(), m.start(), m.end())


def _coded_count_instead(figures: list[Figure], low: int, best: int, high: int, sentence: str, start: int, end: int) -> list[Figure]:
    """A coder's note gives the record's own killed count: it is counted, the text's killed figures
    are listed only."""
    for f in figures:
        if f.kind == "killed":
            f.counted = False
    figures.append(Figure(kind="killed", low=low, best=best, high=high, qualifier="exact" if low == high else "range",
                          vague_term=None, victims=None, role="victim", part_of=None, event_date=figures[0].event_date,
                          sentence=sentence, char_start=start, char_end=end, rule="coded_fatalities", counted=True))
    return figures


def _sentence_start_before(text: str, pos: int) -> int:
    """Where the sentence holding offset pos starts (after the last ". " or line break before it,
    past any blanks): the sentence a coder's estimate stands in."""
    stop = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    start = stop + 1 if stop >= 0 else 0
    while start < pos and text[start] in " \t\n":
        start += 1
    return start


# a dataset's estimate of a dyad's deaths over a year: "UCDP's best estimate of battle-related deaths
# in the dyad for the calendar year is 4,126"
_YEAR_ESTIMATE_RE: Final = re.compile(
    r"\bbest[ \t]+estimate[ \t]+of[ \t]+battle-related[ \t]+deaths[^.;\n]{0,60}?\byear[ \t]+(?:is|was)[ \t]+(\d{1,3}(?:,\d{3})+|\d+)\b",
    re.IGNORECASE)


def _apply_year_estimate(text: str, figures: list[Figure], published: date | None) -> list[Figure]:
    """The year's estimate is a running count (a death toll), when no figure was read there."""
    m = _YEAR_ESTIMATE_RE.search(text)
    if m is None or any(f.char_start <= m.start(1) < f.char_end for f in figures):
        return figures
    value = int(m.group(1).replace(",", ""))
    start = _sentence_start_before(text, m.start())
    end = text.find(". ", m.end())
    figures.append(Figure(kind="death_toll", low=value, best=value, high=value, qualifier="exact", vague_term=None,
                          victims=None, role="victim", part_of=None, event_date=published,
                          sentence=text[start:end if end > 0 else len(text)].strip(), char_start=m.start(), char_end=m.end(),
                          rule="coded_year_toll", counted=True))
    return figures


# a conflict dataset's own estimate, opening its sentence: "Best estimate 15 (low 12, high 20).",
# "Best estimate: 2; low: 2; high: 2.", "The best estimate (6) counts only ..."
# (or a label before the estimates: "UCDP estimates: best 13, low 10, high 21")
_BEST_ESTIMATE_RE: Final = re.compile(
    r"(?:^|[.;|\n][ \t]*)(?:(?:The[ \t]+|[A-Z][A-Za-z-]*(?:['\u2019]s)?[ \t]+)?best[ \t]+estimate[ \t]*(?:[:=(][ \t]*|(?:is|was)[ \t]+)?"
    # ("UCDP estimates: best 13", "UCDP coding: best 143, low 100, high 189")
    r"|(?:[A-Za-z-]+[ \t]+){0,2}(?:estimates?|coding)[ \t]*:[ \t]*best[ \t]*[:=]?[ \t]*)(\d{1,3}(?:,\d{3})+|\d+)\b"
    # (or inside the coder's sentence: "UCDP codes the event with a best estimate of 31 deaths";
    # not "of 1,253 battle-related deaths for the year", a count over time)
    r"|\bbest[ \t]+estimate[ \t]+of[ \t]+(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*\d)"
    r"(?=[ \t]*(?:(?:civilian[ \t]+)?(?:deaths|dead|fatalities)|killed|people|persons|civilians|[,.;:()]|$))"
    # ("UCDP's best estimate for the episode is 285")
    # ("UCDP's estimate for the battle is 410 battle-related deaths": the coder's, with no "best")
    r"|\b(?:best[ \t]+|(?<=UCDP's[ \t])|(?<=UCDP\u2019s[ \t]))estimate[ \t]+for[ \t]+the[ \t]+(?:episode|event|incident|attack|clash|clashes|fighting|battle)[ \t]+(?:is|was)[ \t]+"
    r"(\d{1,3}(?:,\d{3})+|\d+)\b",
    re.IGNORECASE,
)
_ESTIMATE_BOUND_RE: Final = re.compile(r"\b(low|high)(?:[ \t]+estimate)?[ \t]*[:=(]?[ \t]*(\d{1,3}(?:,\d{3})+|\d+)\b", re.IGNORECASE)


def _apply_best_estimate(text: str, figures: list[Figure]) -> list[Figure]:
    """A dataset's 'Best estimate 15 (low 12, high 20)': the coder's own killed count for the
    record, over the sources' counts the text reports (unless those already add up to it)."""
    if not figures or ("estimate" not in text and "coding" not in text) or (
            "best" not in text and "Best" not in text and "BEST" not in text and "UCDP" not in text):
        return figures
    m = _BEST_ESTIMATE_RE.search(text)
    if m is None:
        return figures
    best = int(m.group(m.lastindex or 1).replace(",", ""))
    total = sum(f.best for f in figures if f.kind == "killed" and f.counted)
    if best == total:
        return figures
    line_end = min(x for x in (text.find("\n", m.end()), text.find(". ", m.end()), len(text)) if x >= 0)
    low = high = best
    for b in _ESTIMATE_BOUND_RE.finditer(text, m.end(), line_end):
        value = int(b.group(2).replace(",", ""))
        if b.group(1).lower() == "low":
            low = min(value, best)
        else:
            high = max(value, best)
    if m.group(1) is not None:  # (the estimate opens its sentence)
        sentence_start = m.end() - len(m.group(0).lstrip(".;|\n \t"))
    else:  # (the coder's sentence opens before the estimate)
        sentence_start = _sentence_start_before(text, m.start())
    return _coded_count_instead(figures, low, best, high, text[sentence_start:line_end].strip(), sentence_start, m.end())
