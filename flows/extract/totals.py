"""Article totals (FIGURES.md section 5) from an article's figures.

`settle_article` runs once per article after the sentence rules. It orders the figures, drops a
figure that merely repeats an earlier one (headline, lede and body stating the same count), turns a
later, smaller figure about the same people into a breakdown (`part_of` its parent), keeps figures
about earlier background events out of the totals, and sets `counted` so that the totals are the
plain sum of `best` over counted figures per kind - which is what the SQL view `article_totals`
computes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Final

from flows.extract import lexicon as L
from flows.extract.model import Figure, Totals

# A figure dated this much before publication reports an earlier, background event.
BACKGROUND_DAYS: Final = 10
# The rule name of an adjustment that moves the wounded who later died out of the injured total.
MOVED_RULE: Final = "later_died_moved"
# The rule name of the death toll that one incident's toll, counted as its killed, also gives.
TOLL_TWIN_RULE: Final = "incident_toll_as_death_toll"
# How far a sentence dated only by publication may be from a dated one and tell the same news.
UNDATED_DAYS: Final = 7
# A date this soon after publication still tells the article's incident (a kidnapping's end, a
# record's later entries); later than that, it is another event ("assassinated a year later").
LATER_DAYS: Final = 30
# How many earlier figures a figure is compared with (repeats, breakdowns).
RECENT: Final = 64
# Tokens apart for two figures of one "sentence" to be compared as if in two (run-on text).
FAR_IN_SENTENCE: Final = 25

SECURITY_HEADS: Final = frozenset({
    "soldier", "police", "policeman", "policewoman", "officer", "guard", "troop", "personnel",
    "constable", "security", "army", "serviceman", "marine", "trooper", "paramilitary", "jawan",
    "commando", "militia", "sergeant", "captain", "lieutenant", "agent", "bodyguard",
    "defender", "militiaman", "guardsman", "gendarme", "ranger", "corporal", "major", "colonel",
})


def article_totals(figures: Iterable[Figure]) -> Totals:
    """Sum of counted figures per kind (best values); the largest death toll, or None."""
    killed = injured = 0
    tolls: list[int] = []
    for f in figures:
        if f.kind == "death_toll":
            if f.counted:  # (an outdated toll, one the article replaced, is listed but not taken)
                tolls.append(f.best)
        elif f.counted and f.kind == "killed":
            killed += f.best
        elif f.counted and f.kind == "injured":
            injured += f.best
    return Totals(killed=killed, injured=injured, death_toll=max(tolls) if tolls else None)


# Heads that name the same kind of people: "35 guerrillas ... six FARC rebels", "killed one
# rebel ... The terrorist died". Not every perpetrator head: "IS jihadists" and "YPG fighters"
# are the two sides of one clash.
_INSURGENT_HEADS: Final = frozenset({"guerrilla", "guerilla", "rebel", "subversive", "insurgent", "terrorist"})
_SOLDIER_HEADS: Final = frozenset({"soldier", "troop", "serviceman", "servicemen", "trooper", "army", "jawan", "commando"})
_POLICE_HEADS: Final = frozenset({"police", "policeman", "policemen", "policewoman", "constable", "cop", "patrolman"})


_SAME_PEOPLE: Final = {"inmate": "prisoner", "detainee": "prisoner", "convict": "prisoner", "demonstrator": "protester",
                       "worshiper": "worshipper", "pilgrim": "worshipper", "pupil": "student", "schoolchild": "student",
                       # ("Soldiers killed 14 suspected cartel gunmen ... 14 of the attackers lay dead")
                       "attacker": "gunman", "assailant": "gunman"}


def _people_class(f: Figure) -> str | None:
    return _class_of_victims(f.victims)


def _class_of_victims(victims: str | None) -> str | None:
    v = _SAME_PEOPLE.get(victims, victims) if victims is not None else None
    if v in _INSURGENT_HEADS:
        return "insurgent"
    if v in _SOLDIER_HEADS:
        return "soldier"
    if v in _POLICE_HEADS:
        return "police"
    return v


_PLAIN_PERSON_HEADS: Final = frozenset({"man", "woman", "boy", "girl", "teenager", "teen", "youth", "person", "child", "individual",
                                         "resident", "pedestrian"})


def _plain_person(victims: str | None) -> bool:
    """'a man', 'a 19-year-old': a person told by no part in the event."""
    return victims is not None and (victims in _PLAIN_PERSON_HEADS or victims.endswith("-year-old"))


def _generic(victims: str | None) -> bool:
    return victims is None or victims in L.GENERIC_HEADS


def _listed_together(ma: dict, mb: dict) -> bool:
    """a and b are people one verb lists ("Jose Perez, 34, and Mario Gomez, 28, were killed"):
    never a repeat of each other."""
    return ma["sent"] == mb["sent"] and ma.get("conjunct_of") is not None and ma.get("conjunct_of") == mb.get("conjunct_of")


def _another_one(a: Figure, ma: dict, b: Figure, mb: dict) -> bool:
    """b, one hurt person named by a noun ('A neighbor ... was treated for burns'), is another than
    a, one told in an earlier sentence with no noun ('... escaped and was treated'): each names its
    own person, as the hurt of a fire are told one by one."""
    return (a.best == 1 and a.kind == "injured" and a.victims is None and b.victims is not None and not _generic(b.victims)
            and ma["sent"] != mb["sent"] and not ma.get("headline") and not mb.get("definite")
            # (not a relation of someone told before, who may be that one: "A U.S. CITIZEN DIED AND
            # ANOTHER WAS INJURED ... HIS COMPANION, JAMES MCVEAL, WAS INJURED")
            and b.victims not in _RELATION_HEADS)


_RELATION_HEADS: Final = frozenset({
    "companion", "partner", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "colleague",
    "friend", "passenger", "driver", "bodyguard", "guard", "escort", "aide", "relative", "cousin", "nephew", "niece"})


def _same_people(a: Figure, b: Figure) -> bool:
    """Could a and b count the same people (a repeat)?"""
    if a.role != b.role and not (_bare_count(a) or _bare_count(b)):
        return False  # (a bare count, "killing nine", may be anyone's)
    if _people_class(a) == _people_class(b) or _generic(a.victims) or _generic(b.victims):
        if a.victims == "civilian" and b.victims in SECURITY_HEADS or b.victims == "civilian" and a.victims in SECURITY_HEADS:
            return False
        return True
    # "Several policemen were killed ... four officers had died": an officer of either force (and
    # "Four Frontier Corps personnel ... seven soldiers killed": personnel of either)
    return (a.victims in _EITHER_FORCE_HEADS and _people_class(b) in ("police", "soldier")) or (
        b.victims in _EITHER_FORCE_HEADS and _people_class(a) in ("police", "soldier"))


_EITHER_FORCE_HEADS: Final = frozenset({"officer", "personnel"})


def _breaks_down(parent: Figure, child: Figure, over_incidents: bool = False) -> bool:
    """Could child be a part of parent (children among civilians, one of three guerrillas)?
    over_incidents: the parent is summed over incidents the article goes on to tell."""
    if parent.role != child.role:
        # "9 people have died -- soldiers, rebels and civilians": a generic count of the dead
        # covers every side; the objects of an attacker's verb ("stabbed 4 people") do not
        # (but a count summed over incidents takes in every side: "Violence across Afghanistan killed
        # at least 24 people ... Kunar: troops killed eight insurgents")
        if not (_generic(parent.victims) and parent.victims != "civilian" and (not parent.rule.startswith(("object", "to_death")) or over_incidents)):
            return False
        attackers = child.victims is None or child.victims in _ATTACK_HEADS or child.victims.endswith("bomber")
        if child.role == "perpetrator" and L.TOLL_EXCLUDES_ATTACKERS_RE.search(parent.sentence) is not None:
            return False  # "Nineteen people were killed, not including the attackers"
        if child.role == "perpetrator" and parent.role == "victim" and not (
                _names_attackers(parent.sentence) if attackers else _names_sides(parent.sentence)) and not (
                # "At least 16 people were killed in separate attacks across Guerrero": a count summed
                # over the incidents told after it takes in every side's dead
                over_incidents):
            return False  # "166 people dead ... Nine of the gunmen were killed": the attackers besides
    if _people_class(parent) == _people_class(child) or parent.victims is None or parent.victims in ("person", "victim", "individual", "other", "casualty"):
        return True
    if _plain_person(parent.victims) and child.role == parent.role and child.victims not in SECURITY_HEADS:
        return True  # "Three teenagers were killed ... The driver ... and two passengers ... died": told by their part
    if parent.victims in ("civilian", "hostage") and child.victims not in SECURITY_HEADS and child.role == "victim":
        return True  # (hostages told one by one: "a businessman and a flight attendant")
    if parent.victims in ("personnel", "security") and child.victims in SECURITY_HEADS:
        return True  # "19 members of the security forces": police, soldiers and militiamen among them
    if child.victims == "officer" and _people_class(parent) in ("police", "soldier"):
        return True  # "killing six policemen ... killing four officers. Two more policemen were killed"
    if parent.victims == "passenger" and child.victims in _CREW_HEADS:
        return True  # "All 44 aboard die ... killing all 39 passengers and five crew members"
    return child.victims is None


_CREW_HEADS: Final = frozenset({"crew", "member", "crewman", "crewmember", "pilot", "co-pilot", "attendant", "stewardess", "steward"})


_SIDE_CLASSES: Final = frozenset({"police", "soldier", "insurgent"})


def _named_beside(figs: list[Figure], metas: list[dict], j: int) -> str | None:
    """Who the count of the other kind beside bare count j in its sentence names ("killing two
    protesters and wounding 14": protesters)."""
    for c in (j - 1, j + 1):
        if 0 <= c < len(figs) and metas[c]["sent"] == metas[j]["sent"] and figs[c].kind != figs[j].kind and figs[c].victims is not None:
            return figs[c].victims
    return None


# the people an attack was aimed at, named before its bare counts: "opened fire on a group of farm
# laborers ..., killing six and wounding nine" (a plural noun of people, read narrowly)
_FIRED_ON_RE: Final = re.compile(
    r"\b(?:opened fire|fired|shot) (?:on|at|into) (?:an? |the )?(?:(?:group|crowd|gathering|party|line) of )?"
    r"(?:[a-z-]+ ){0,2}?([a-z]+(?:ers|ors|ants|ents|ians|ists|men))\b")


def _fired_on(f: Figure) -> str | None:
    """The people the attack in bare count f's sentence was aimed at, singular."""
    found = _FIRED_ON_RE.search(f.sentence)
    if found is None:
        return None
    word = found.group(1)
    return word[:-3] + "man" if word.endswith("men") else word[:-1]


# who holds the place a sentence's dead were in, in war reports ("raids on rebel-held towns",
# "rocket fire on the government-held district"): the two sides of the front
_HELD_RE: Final = re.compile(r"\b([a-z]+)-(?:held|controlled)\b", re.IGNORECASE)
_HELD_SIDES: Final = {
    **dict.fromkeys(("government", "regime", "army", "loyalist", "ukrainian", "kyiv"), "government"),
    **dict.fromkeys(("rebel", "opposition", "insurgent", "jihadist", "militant", "is", "isis", "isil", "daesh", "daish",
                     "terrorist", "extremist", "separatist", "russian"), "other"),
}


def _held_side(sentence: str) -> str | None:
    """The one side holding the places a sentence names, if it names places of one side only."""
    if "-" not in sentence:
        return None  # (most sentences name no "-held" place: no search; this runs in settle's loops)
    sides = {_HELD_SIDES.get(word.lower()) for word in _HELD_RE.findall(sentence)}
    return sides.pop() if len(sides) == 1 else None


def _held_apart(figs: list[Figure], metas: list[dict], j: int, i: int) -> bool:
    """The dead of figures j and i were on the two sides of the front: "raids on rebel-held towns
    ..., killing at least 23 civilians ... rebel rocket fire on the government-held Nile Street
    district ... had killed three people" (the three are no part of the 23; a headline's places
    are its lede's)."""
    side_i = _held_side(figs[i].sentence)
    if side_i is None:
        return False
    side_j = _held_side(figs[j].sentence)
    restated = metas[j].get("restated")
    if side_j is None and metas[j].get("headline") and restated is not None:
        side_j = next((_held_side(figs[x].sentence) for x in range(len(figs)) if metas[x]["sent"] == restated), None)
    return side_j is not None and side_j != side_i


# words of a count told after the first, as its update ("later gave a toll of 32 dead and 128 wounded")
_LATER_COUNT_WORDS: Final = frozenset({"later", "risen", "rose", "revised", "updated", "final", "latest"})


def _security_side(victims: str) -> bool:
    return victims in SECURITY_HEADS or _class_of_victims(victims) in _SIDE_CLASSES


# heads that name no side ("9 people have died": anyone's dead)
_NOBODY_IN_PARTICULAR: Final = L.GENERIC_HEADS - {"civilian"}


def _other_side_than_sibling(figs: list[Figure], metas: list[dict], j: int, i: int) -> bool:
    """'killing two protesters and wounding 14 ... Nine police officers were hurt': a bare count
    told beside a named group's count counts that group, and the people of another side are not
    among them."""
    if figs[j].victims is not None and figs[j].victims != "person":
        return False  # (but "wounded at least 20 other people" beside "shot dead four black youths" is bare too)
    if figs[i].victims is None:
        # two bare counts, each beside a named count of the other kind: "five soldiers had been
        # killed and 29 wounded ... three civilians were killed and eight wounded" (but "... two
        # police were killed and three others wounded" are as often among "fifty-five others"
        # wounded as not: only when both sides are named)
        parent, child = _named_beside(figs, metas, j), _named_beside(figs, metas, i)
        return parent is not None and child is not None and parent not in _NOBODY_IN_PARTICULAR and child not in _NOBODY_IN_PARTICULAR and (
            _security_side(parent) != _security_side(child))
    if figs[j].rule not in ("object_count", "subject_count"):
        return False
    parent = _named_beside(figs, metas, j)
    if parent is None and figs[j].victims is None:
        parent = _fired_on(figs[j])
    child = figs[i].victims
    return parent is not None and child is not None and _security_side(parent) != _security_side(child) and not (
        # (a subject's bare count beside named people, "Two protesters were killed and 10
        # injured", not beside anyone: "9 people have died and 13 more were wounded")
        figs[j].rule == "subject_count" and parent in _NOBODY_IN_PARTICULAR)


def _counts_bodies(f: Figure) -> bool:
    """The figure counts bodies or corpses ("carried 31 bodies from the scene")."""
    words = f.sentence.lower()
    return "bodies" in words or "corpses" in words


def _told(sentence: str) -> bool:
    """Someone in the sentence tells the figure ('told reporters', 'residents said')."""
    words = sentence.lower()
    return " told " in words or " said" in words or " say " in words or " says " in words or "according to" in words


def _bare_count(f: Figure) -> bool:
    """A number with no noun ('killing nine'), not a named person."""
    return f.victims is None and f.best > 1 and f.rule in ("object_count", "subject_count")


def _bare_opening_count(f: Figure, m: dict) -> bool:
    """A count with no noun in the article's first words ("Strike kills 30"): whoever the
    article goes on to name with the same count, it names them."""
    return (f.victims is None and f.best > 1 and f.rule in ("object_count", "subject_count") and m["sent"] == 0
            and m.get("tok", 99) < 12 and not m.get("headline"))


def _within(a: date | None, b: date | None, days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= days


def _names_attackers(sentence: str) -> bool:
    """'At least 9 people have died -- including soldiers, rebels and civilians': a count of the
    dead that says it takes in the attackers' side."""
    words = [w.strip(",.;:()\"'") for w in sentence.lower().split()]
    # (so does a count of the dead of a fight between sides: "9 people died in the fighting"; an
    # attacker named as the one who killed, "A gunman opened fire, killing nine", is not among them)
    if any(w in _FIGHT_NOUNS for w in words):
        return True
    if _police_raid(words):
        return True
    for i, w in enumerate(words):
        if w in ("including", "among", "incl"):
            return any(x.rstrip("s") in L.PERPETRATOR_HEADS for x in words[i + 1:i + 12])
    return False


# Those who carried out an attack (not the fighters of a clash's sides)
_ATTACK_HEADS: Final = frozenset({
    "attacker", "gunman", "assailant", "shooter", "hijacker", "perpetrator", "raider", "stabber", "killer",
})
_FIGHT_NOUNS: Final = frozenset({
    "fighting", "clashes", "clash", "battle", "battles", "confrontation", "confrontations",
    "skirmish", "skirmishes", "firefight", "gunfight", "shootout", "exchange", "combat",
})


def _raised_old_event_days(figs: list[Figure], metas: list[dict], published: date | None) -> list[date]:
    """The days of older events whose toll the article's news raised: "Two weeks after a crush at
    the stadium ... A 15-year-old boy ... died on Friday ... Their deaths bring to 40 the number of
    people who have died as a result of the March 8 crush". The article follows that event up: its
    counts (the dead and hurt of March 8) are the article's, not background."""
    if published is None or not any(f.event_date is not None and (published - f.event_date).days > BACKGROUND_DAYS for f in figs):
        return []  # (no older day told: the usual case)
    days: list[date] = []
    # (or a toll that says it rose, made up of an older day's dead and the few who died since:
    # "the death toll has risen to 31 ... When the fire broke out on the evening of Dec. 15, 26
    # workers died ... Five more of the injured have since died")
    recent = sum(g.best for g, mg in zip(figs, metas) if g.kind == "killed" and g.best <= 10 and (mg.get("from_injured") or mg.get("increment"))
                 and g.event_date is not None and 0 <= (published - g.event_date).days <= BACKGROUND_DAYS)
    if recent:
        for f, m in zip(figs, metas):
            if f.kind in ("death_toll", "killed") and (m.get("incident_toll") or f.kind == "death_toll") and _ROSE_RE.search(f.sentence.lower()):
                for g, mg in zip(figs, metas):
                    day = g.event_date
                    if g.kind == "killed" and day is not None and not mg.get("incident_toll") and (published - day).days > BACKGROUND_DAYS and (
                            g.best + recent == f.best):
                        days.append(day)
    for t, (f, m) in enumerate(zip(figs, metas)):
        toll_day = f.event_date
        if toll_day is None or not (f.kind == "killed" and m.get("incident_toll") and not m.get("outdated")
                and (published - toll_day).days > BACKGROUND_DAYS and (
                    m.get("raised_by_before") or _RAISED_TOLL_RE.search(f.sentence.lower()) is not None)):
            continue
        # the news that raised it: a few deaths told just before, on a recent day
        if any(g.kind == "killed" and g.best <= 5 and not metas[j].get("incident_toll") and g.event_date is not None
               and 0 <= (published - g.event_date).days <= BACKGROUND_DAYS and m["sent"] - 2 <= metas[j]["sent"] <= m["sent"]
               for j, g in enumerate(figs[:t])):
            days.append(toll_day)
    return days


def _encyclopedia_event_days(figs: list[Figure], metas: list[dict], published: date | None) -> list[date]:
    """The day of the event an encyclopedia entry is about (see figures._opens_entry), when it is
    well before publication: its counts are the entry's subject, not background. The day is the
    first one its opening sentences give a figure."""
    if published is None or not figs:
        return []
    first = next((i for i, m in enumerate(metas) if m["sent"] <= 2), None)
    if first is None:
        # (an opening with no figure gives its event's day in words: "It began on the evening of
        # 12 June 1998 and ended two days later")
        day = metas[0].get("entry_day")
    elif not metas[first].get("entry"):
        return []
    else:
        day = figs[first].event_date
    if day is None or (published - day).days <= BACKGROUND_DAYS:
        return []
    return [day]


def _on_one_of_days(day: date | None, days: list[date]) -> bool:
    """The day is one of the days, or a day next to one."""
    return any(_gap_within(day, d, -1, 1) for d in days)


def _gap_within(later: date | None, earlier: date | None, low: int, high: int) -> bool:
    """Both days are known and later comes low to high days after earlier."""
    return later is not None and earlier is not None and low <= (later - earlier).days <= high


def _civilians_beside_soldiers(figs: list[Figure], metas: list[dict], j: int, f: Figure) -> bool:
    """f counts civilians and j is a bare count beside a side's ("seven soldiers were killed and 15
    wounded ... A hospital official said 12 civilians had been admitted with injuries"): other people."""
    return f.victims == "civilian" and figs[j].victims is None and _security_side(_named_beside(figs, metas, j) or "")


def _covers(total: int, parts: list[int]) -> bool:
    """A count of everyone as large as the groups told before, or a little larger (another
    account of the same dead): 9 for "four patients and a nurse ... two of the attackers"."""
    told = sum(parts)
    return bool(parts) and 0 < told <= total <= 2 * told


def _police_raid(words: list[str]) -> bool:
    """A police raid's dead take in the suspects: 'A police operation ... left at least nine people
    dead ... Eight suspects were killed in exchanges of gunfire'."""
    return any(w in ("operation", "raid") and i > 0 and words[i - 1] in ("police", "security", "army", "military")
               for i, w in enumerate(words))


def _names_sides(sentence: str) -> bool:
    """The count's sentence names a fighting side or a fight ('when IS jihadists attacked the town',
    'in clashes'): fighters of either side may be among its dead."""
    words = [w.strip(",.;:()\"'") for w in sentence.lower().split()]
    return any(w.rstrip("s") in L.PERPETRATOR_HEADS or w in _FIGHT_NOUNS for w in words) or _police_raid(words)


_SUMMARY_PLACES: Final = frozenset({
    "parts", "places", "areas", "incidents", "clashes", "attacks", "regions", "towns", "provinces", "departments", "actions"})


_IN_PLACES_COUNTED_RE: Final = re.compile(r"\b(?:in|across)\s+" + L.PLACES_COUNTED)


def _sums_up_places(sentence: str) -> bool:
    """The count's sentence sums up incidents in several places ('IN CLASHES IN DIFFERENT PARTS
    OF COLOMBIA', 'in separate incidents across the country')."""
    low = sentence.lower()
    if (" in " in low or "across" in low) and _IN_PLACES_COUNTED_RE.search(low) is not None:
        return True  # "Shootouts and massacres in three Mexican states left at least 24 people dead"
    if " and " in low and any(" and " in m.group() for m in L.INCIDENTS_COUNTED_RE.finditer(low)):
        return True  # "killed at least a dozen people in attacks in central and southern Somalia"
    words = [w.strip(",.;:()\"'") for w in low.split()]
    return any(w in ("different", "various", "several", "separate") and not _SUMMARY_PLACES.isdisjoint(words[i + 1:i + 3])
               for i, w in enumerate(words)) or "nationwide" in words or any(
        w in ("across", "throughout") and words[i + 1:i + 3] == ["the", "country"] for i, w in enumerate(words)) or any(
        # "in a wave of political violence", "in a spate of attacks"
        w in ("wave", "spate", "series", "string") and words[i + 1:i + 2] == ["of"] and i > 0 and words[i - 1] == "a" for i, w in enumerate(words)) or (
        # "Violence across Afghanistan killed at least 24 people" (not "fresh violence in Kenya",
        # whose places may tell the attackers' dead besides)
        " across " in low and any(" across " in m.group() for m in L.INCIDENTS_COUNTED_RE.finditer(low)))


_CLAIMED_RE: Final = re.compile(r"\bclaim(?:ed|s|ing)?\b", re.IGNORECASE)
_FRONTED_PLACE_RE: Final = re.compile(r"In ((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+),")


def _fronted_place(sentence: str) -> str | None:
    """The place a sentence opens on ('In Moravi, where the storm came ashore, ...'), if any."""
    m = _FRONTED_PLACE_RE.match(sentence)
    if m is None or m.group(1).split()[0].lower() in L.MONTHS or m.group(1).split()[0].lower() in L.WEEKDAYS:
        return None
    return m.group(1)


# a toll that rose: "the death toll has risen to 31"
_ROSE_RE: Final = re.compile(r"\b(?:toll|number\s+of\s+dead)\s+(?:has\s+|had\s+)?(?:" + "|".join(sorted(L.RISE_VERBS)) + r")\s+to\b")
# a toll raised: "bringing the number of dead to 31", "Their deaths bring to 40 the number of people"
_RAISED_TOLL_RE: Final = re.compile(r"\b(?:" + "|".join(sorted(L.TOLL_RAISING_VERBS | L.TOLL_RAISING_GERUNDS)) + r")\s+"
                                    r"(?:to\s+[\w,]+\s+)?(?:the|its)\s+(?:death\s+)?(?:toll|number)")
_RAISING_WORDS_RE: Final = re.compile(r"\b(?:" + "|".join(sorted(L.TOLL_RAISING_GERUNDS)) + r")\s+(?:the|its)\s+(?:death\s+)?(?:toll|number)")
_RAISED_WORDS: Final = L.RISE_VERBS | {"raised", "revised", "updated"}  # (a count raised, or set anew)
_OWN_TIME_WORDS: Final = L.WEEKDAYS | frozenset({
    "yesterday", "today", "tonight", "attack", "bombing", "blast", "explosion", "shelling", "strike", "raid", "ambush",
    "incident", "when", "after"})


def _in_period_breakdown(figs: list[Figure], metas: list[dict], keep: list[bool], counted: list[bool], i: int) -> bool:
    """Figure i, told with no time or incident of its own right after a period's count of the dead
    (a toll, or its breakdown), breaks that period down by group; so does the other kind beside it."""
    m = metas[i]
    sent = m["sent"]
    toll = next((j for j in range(i - 1, max(-1, i - 6), -1) if keep[j] and figs[j].kind == "death_toll"
                 and sent - 2 <= metas[j]["sent"] < sent and not metas[j].get("headline")), None)
    if toll is None or figs[toll].best <= figs[i].best or not (_PERIOD_SPAN_RE.search(figs[toll].sentence.lower())):
        return False
    if any(keep[j] and counted[j] and figs[j].kind in ("killed", "injured") and metas[j]["sent"] < sent for j in range(toll + 1, i)):
        return False  # (an incident told between them)
    if metas[toll]["sent"] < sent - 1 and not any(keep[j] and metas[j]["sent"] == sent - 1 for j in range(toll + 1, i)):
        return False  # (two sentences back only through a sentence of the breakdown)
    words = {w.strip(",.;:()\"'") for w in figs[i].sentence.lower().split()}
    return words.isdisjoint(_OWN_TIME_WORDS)


# a period named in a count's sentence: "between 1 January and 30 June", "in the first half of
# the year", "since January", "so far this year"
_PERIOD_SPAN_RE: Final = re.compile(
    r"\b(?:between|from)\s+(?:\d{1,2}\s+)?[a-z]+\.?(?:\s+\d{1,2})?,?(?:\s+\d{4})?\s+(?:and|to)\s"
    r"|\b(?:first|second)\s+(?:half|quarter|six\s+months)\b|\bso\s+far\s+this\s+year\b|\bsince\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b")


def _summed_over_incidents(figs: list[Figure], metas: list[dict], j: int) -> bool:
    """Figure j sums up incidents in several places, in its own words or in the lede that restated
    it ('Violent weekend leaves 16 dead' ... 'At least 16 people were killed in separate attacks')."""
    if _sums_up_places(figs[j].sentence):
        return True
    restated = metas[j].get("restated")
    return restated is not None and any(
        metas[c]["sent"] == restated and figs[c].kind == figs[j].kind and figs[c].best == figs[j].best and _sums_up_places(figs[c].sentence)
        for c in range(j + 1, min(len(figs), j + 1 + RECENT)))


# a later count told as the settled one: "the ministry eventually confirmed that 31 people had died"
_CONFIRMED_RE: Final = re.compile(r"\b(?:confirmed|eventually|final|finally|later)\b")
# a count over the days of a week, whose days a later "On Wednesday ..." may tell
_WEEK_SPAN_RE: Final = re.compile(r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|(?:few|several|\w+)\s+days)|this\s+week|week\s+of|over\s+the\s+weekend)\b")


def _before_every_count(day: date | None, counted_days: list[date | None]) -> bool:
    """The day is known and before the day of every count told so far (some of which are known)."""
    known = [d for d in counted_days if d is not None]
    return day is not None and bool(known) and all(day < d for d in known)


def _near_dates(a: date | None, b: date | None) -> bool:
    """Same incident window: a lede's "past few hours" and the body's "this morning"."""
    if a is None or b is None:
        return a is b
    return abs((a - b).days) <= 1


def _parallel_items(figs: list[Figure], metas: list[dict], parent_of: list[int | None], j: int, i: int) -> bool:
    """Figures j and i tell two items of one breakdown: each sentence has a figure of the other
    kind that is a part of the same summary ("attacks that killed at least 28 ... The blast killed
    19 and wounded 42 ... two roadside bombs struck a patrol, killing four policemen and wounding
    six": the six are no part of the 42)."""
    sent_j = metas[j]["sent"]
    sent_i = metas[i]["sent"]
    if sent_j == sent_i:
        return False
    kind = figs[i].kind
    # (items linked here, not a subgroup the sentence named: "35 people including 22 children")
    # (figures are in text order: a sentence's figures lie next to each other)
    parents_j: set[int] = set()
    c = j
    while c > 0 and metas[c - 1]["sent"] == sent_j:
        c -= 1
    while c < len(figs) and metas[c]["sent"] == sent_j:
        pc = parent_of[c]
        if figs[c].kind != kind and pc is not None and figs[c].part_of is None:
            parents_j.add(pc)
        c += 1
    if not parents_j:
        return False
    c = i - 1
    while c >= 0 and metas[c]["sent"] == sent_i:
        if figs[c].kind != kind and parent_of[c] in parents_j and figs[c].part_of is None:
            return True
        c -= 1
    return False


def _release_parts(h: int, parent_of: list[int | None], counted: list[bool], count_them: bool) -> None:
    """The parts of figure h (within RECENT after it) lose their parent and are counted or not."""
    for c in range(h + 1, min(len(parent_of), h + 1 + RECENT)):
        if parent_of[c] == h:
            parent_of[c] = None
            counted[c] = count_them


def settle_article(figures: list[Figure], meta: list[dict], published: date | None) -> list[Figure]:
    """Order figures by position, drop repeats, link breakdowns, and set `counted`."""
    if not figures:
        return []
    order = sorted(range(len(figures)), key=lambda i: (figures[i].char_start, figures[i].char_end))
    new_index = {old: new for new, old in enumerate(order)}
    figs = [figures[i] for i in order]
    metas = [meta[i] for i in order]
    for f in figs:  # the figures are this extraction's own: renumber in place
        if f.part_of is not None:
            f.part_of = new_index[f.part_of]
    for m in metas:
        if m.get("sibling") is not None:
            m["sibling"] = new_index[m["sibling"]]

    keep = [True] * len(figs)
    # two rules reading the same words: keep the first
    seen_spans: set[tuple] = set()
    for i, f in enumerate(figs):
        key = (f.kind, metas[i]["sent"], metas[i]["tok"], f.best)
        if f.rule == "implicit_suicide_bomber":
            continue  # (read from no count: "Girl dies of wounds after suicide bombing" holds both)
        if key in seen_spans:
            keep[i] = False
        seen_spans.add(key)

    counted = [f.part_of is None for f in figs]
    parent_of: list[int | None] = [f.part_of for f in figs]
    children_sum: dict[int, int] = {}
    # of which an "including" aside of the count's own sentence ("NINE PERSONS, INCLUDING TWO
    # WOMEN"): another way to divide the same dead, no bar to the breakdown by place that follows
    aside_sum: dict[int, int] = {}
    tops: dict[str, list[int]] = {"killed": [], "injured": [], "death_toll": []}
    zero_seen: dict[tuple[str, date | None], int] = {}
    # the article's own account of the outcome (any figure that is not a party's claim, a zero
    # included) wins over a party's claim: "wounding five civilians ... the group stated that
    # twelve police were killed" codes 0 killed; a claim with no account of its own still counts
    reported = any(not m.get("claim") for m in metas)
    # (and a report of the attackers' dead, or of everyone's: a party's claim of them then yields)
    attackers_reported = any(not m.get("claim") and f.kind == "killed" and (f.role == "perpetrator" or _generic(f.victims))
                             for f, m in zip(figs, metas))
    # the hurt told with an earlier or another source's toll ("officials had put the toll at 24
    # dead and more than 80 wounded") are that account's too: they yield to a current count
    earlier_accounts = {m["sent"] for f, m in zip(figs, metas)
                        if f.kind == "killed" and m.get("incident_toll") and (m.get("outdated") or m.get("put_at"))}
    if earlier_accounts:
        for f, m in zip(figs, metas):
            if f.kind == "injured" and m["sent"] in earlier_accounts and not m.get("incident_toll"):
                m["outdated"] = True
    # a first account that a later count of the same dead replaces: "Initial police reports said
    # 18 people had been killed. ... the health directorate eventually confirmed that 31 people
    # had died"
    for i, (f, m) in enumerate(zip(figs, metas)):
        if m.get("first_account") and f.kind in ("killed", "injured") and any(
                keep[j] and figs[j].kind == f.kind and figs[j].best != f.best and figs[j].vague_term is None
                and m["sent"] < metas[j]["sent"] <= m["sent"] + 4 and not metas[j].get("first_account")
                and not metas[j].get("background") and not metas[j].get("additive") and not metas[j].get("claim")
                # (nor more dead: "Three of the 19 officers who were wounded later died")
                and not metas[j].get("additive_forced") and not metas[j].get("increment")
                and figs[j].part_of is None and _same_people(figs[j], f)
                # (a count since, not another source's account: "Survivors said that more than 80
                # people had been killed" leaves the first statement standing)
                and not metas[j].get("alternative") and (not metas[j].get("told_pluperfect") or _CONFIRMED_RE.search(figs[j].sentence.lower()))
                # (a toll replaces the counts before it in its own way, other sources' among them:
                # "gave a figure of 17 dead. Survivors said that more than 80 ... revised the
                # official toll to 53")
                and not metas[j].get("incident_toll")
                # (a count, of the same days: not "the largest, at Bentalha on 22 September, is
                # thought to have killed more than 200")
                and not figs[j].rule.endswith("singular") and _within(figs[j].event_date, f.event_date, BACKGROUND_DAYS)
                for j in range(i + 1, min(len(figs), i + RECENT))):
            m["outdated"] = True
    # kinds with a count that no sentence corrects: an outdated first count yields to it
    current_kinds = {f.kind for f, m in zip(figs, metas) if not m.get("outdated")} if any(
        m.get("outdated") for m in metas) else set()
    has_incident_toll = any(m.get("incident_toll") for m in metas)
    # the sentences that tell of the hurt who died (the news that may raise a toll told just before)
    died_sentences = {m["sent"] for m in metas if m.get("from_injured") or m.get("later_died")} if has_incident_toll else set()
    split_fatally = any(f.rule == "shot_fatally" for f in figs)  # ("Five people were shot, one fatally")
    later_limit = published + timedelta(days=LATER_DAYS) if published is not None else date.max
    entry_days = _encyclopedia_event_days(figs, metas, published)
    # (the bomber that a count's own-day sentence implies is of that day: "On Tuesday, a suicide
    # bomber killed 12 people")
    own_day_sentences = {m["sent"] for m in metas if m.get("own_day")}
    old_event_days = _raised_old_event_days(figs, metas, published) + entry_days
    # the parts linked so far, by (kind, best, victims): a later repeat of one is not added
    parts_seen: dict[tuple, list[int]] = {}

    p: Any  # a parent index, or None (typed for mypyc, which checks local types at run time)
    for i, f in enumerate(figs):
        if not keep[i]:
            continue
        m = metas[i]
        if f.part_of is not None:
            p = f.part_of
            children_sum[p] = children_sum.get(p, 0) + f.best
            if f.rule == "subgroup" and metas[p]["sent"] == m["sent"]:
                aside_sum[p] = aside_sum.get(p, 0) + f.best
            parts_seen.setdefault((f.kind, f.best, f.victims), []).append(i)
            continue
        if m.get("coded"):
            tops[f.kind].append(i)  # the analyst's own count: never a repeat (settled below)
            continue
        if f.kind == "killed" and m.get("definite") and f.vague_term is None and any(
                keep[t] and counted[t] and figs[t].best == f.best and metas[t]["sent"] < m["sent"] for t in tops["death_toll"][-RECENT:]):
            # the toll told before, named again: "raised the province's toll from a week of monsoon
            # rains to 39 ... 11 of the 39 deaths had occurred in the past 48 hours"
            keep[i] = False
            continue
        if f.kind == "killed" and m.get("later_died") and f.best > 1 and any(
                keep[j] and figs[j].kind == "killed" and metas[j].get("later_died") and figs[j].best == f.best and metas[j]["sent"] < m["sent"]
                for j in range(max(0, i - RECENT), i)):
            # "after four wounded worshippers died in hospital overnight ... 'Four of the injured
            # succumbed to their wounds during the night,' said a doctor": the same four, told again
            keep[i] = False
            continue
        if f.kind == "death_toll":
            if any(figs[j].best == f.best for j in tops["death_toll"][-RECENT:]):
                keep[i] = False
                continue
            # (a party's running count stands when the article has no other: "The doctors' committee,
            # which is aligned with the protest movement, says 87 people have been killed"; beside the
            # article's count of the dead, a toll the party "claimed" is its claim too: "killed ... An
            # opposition member of parliament claimed that the number of dead was not less than 25")
            rival_kinds = ("death_toll", "killed") if m.get("claim") and _CLAIMED_RE.search(f.sentence) is not None else ("death_toll",)
            if m.get("outdated") or m.get("link") or (m.get("claim") and reported and any(
                    figs[x].kind in rival_kinds and not metas[x].get("claim") and x != i and figs[x].best > 0
                    for x in range(len(figs)))):
                # "An earlier statement had put the number of dead at five", or another story's
                # toll in a link ("Read more: Jail massacre in July leaves 90 dead"), or a party's
                # claim ("an opposition MP claimed that the number of dead was not less than 25")
                counted[i] = False
                continue
            tops["death_toll"].append(i)
            continue
        if f.rule.endswith("_anaphora") and any(
                keep[j] and counted[j] and figs[j].kind == f.kind and figs[j].best == f.best and figs[j].role == f.role
                for j in tops[f.kind][-RECENT:]):
            keep[i] = False  # "all the rebels were killed": the group counted before, named again
            continue
        # (an encyclopedia entry's own event, and its hurt who died in the weeks after, its toll
        # raised: "Two of the injured ... had died in hospital by 6 November 2007, bringing the
        # death toll to 11")
        entry_event = bool(entry_days) and (_on_one_of_days(f.event_date, entry_days) or (
            bool(m.get("later_died") or m.get("incident_toll")) and any(_gap_within(f.event_date, d, 0, LATER_DAYS) for d in entry_days)))
        if m.get("incident_toll") and not (m.get("claim") and reported):
            # (a party's claimed toll replaces nothing: "an opposition MP claimed that the number
            # of dead was not less than 25" is set aside below)
            # the latest count of one attack's dead replaces the earlier counts of the same
            # people ("A car bomb killed 15 ... The death toll from the blast rose to 18")
            # (and the news that raised it, told in its sentence: "Two more bodies were recovered,
            # bringing the number of people killed in the attack to 17")
            # (the attackers too, when the toll says it takes them in: "brings to nine the number
            # of people killed in the attack, including the two assailants")
            # (the deaths the toll's sentence says raised it, "Their deaths bring to 40 the number of
            # people who have died as a result of the March 8 crush", whatever their day)
            raised_by = (lambda j: bool(m.get("raised_by_before")) and m["sent"] - 2 <= metas[j]["sent"] < m["sent"])
            earlier = [j for j in tops[f.kind][-RECENT:] if keep[j] and counted[j] and (
                           _within(figs[j].event_date, f.event_date, BACKGROUND_DAYS) or raised_by(j)
                           or (entry_event and _on_one_of_days(figs[j].event_date, entry_days)))
                       and not metas[j].get("outside_toll")  # ("the count of nine dead does not include the bomber")
                       and (_same_people(figs[j], f) or (figs[j].role == "perpetrator" and _generic(f.victims) and (
                           _names_attackers(f.sentence)
                           # (or counted in one breath with his victims: "detonated it ..., killing himself
                           # and six police officers ... bringing the death toll to eight")
                           or (" himself and " in figs[j].sentence and metas[j]["sent"] < m["sent"]))))
                       and (not metas[j].get("additive") or metas[j]["sent"] == m["sent"]
                            # ("An aftershock killed two more people. The new deaths bring the death toll
                            # from the quake to 2,163")
                            or raised_by(j))]
            # (a headline and its lede giving the same count are one count: "Bomb kills 15" ...
            # "A car bomb killed 15 people")
            # (the same toll stated before, in the headline "Toll in bus bombing rises to 11", is
            # no lower count: it goes with the earlier counts but does not outweigh this one)
            # (the news that raised it, in its own sentence, is no other count: "Rescuers recovered
            # three more bodies ..., raising the number of dead to 27")
            lower = [j for j in earlier if not (figs[j].best == f.best and (metas[j].get("incident_toll") or metas[j].get("headline")))
                     and not (metas[j].get("increment") and metas[j]["sent"] == m["sent"])]
            # (a toll officials later revised is the latest count, whatever another source said before
            # it: "Survivors ... said more than 150 people had been killed ... Officials later revised
            # the toll to 98 killed and 41 wounded")
            if "later revised" in f.sentence.lower():
                lower = [j for j in lower if not metas[j].get("told_pluperfect")]
            if m.get("outdated") or (lower and sum({figs[j].best for j in lower}) > f.best) or (
                    m.get("alternative") and earlier) or (m.get("put_at") and any(figs[j].best != f.best and figs[j].vague_term is None for j in earlier)):
                # an outdated or another source's lower count of the same dead, or another
                # source's toll beside the article's own ("But a doctor gave a higher toll", "The
                # Red Cross put the number of dead at 52")
                counted[i] = False
                continue
            if earlier:
                for j in earlier:
                    counted[j] = False
                tops[f.kind] = [j for j in tops[f.kind] if j not in earlier]
        if f.kind == "injured" and any(keep[j] and metas[j].get("incident_toll") and metas[j]["sent"] == m["sent"] for j in range(max(0, i - 3), i)) and (
                not _RAISED_WORDS.isdisjoint({w.strip(",.;:") for w in f.sentence.lower().split()})):
            # the hurt told in a raised toll are the latest count of the hurt too: "... KILLING AT
            # LEAST 24 PEOPLE AND WOUNDING 110 ... POLICE LATER RAISED THE TOLL TO 31 DEAD AND 140 WOUNDED"
            earlier = [j for j in tops["injured"][-RECENT:] if keep[j] and counted[j] and figs[j].best < f.best
                       and metas[j]["sent"] < m["sent"] and not metas[j].get("additive") and _same_people(figs[j], f)
                       and _within(figs[j].event_date, f.event_date, BACKGROUND_DAYS)]
            for j in earlier:
                counted[j] = False
            tops["injured"] = [j for j in tops["injured"] if j not in earlier]
        background = (bool(m.get("background")) and not entry_event) or (
            # an attack fronted with its own weekday, before the day of every count told so far
            # ("... raising the death toll from Thursday's car bomb to 32 ... On Monday, a car bomb
            # in the western sector of the city killed 11 people")
            # (a zero told before has its day too: "A family escaped without injury early Sunday
            # ... On Tuesday, a man was taken to hospital after a fire in a bungalow")
            (bool(m.get("own_day")) or (f.rule == "implicit_suicide_bomber" and m["sent"] in own_day_sentences)) and _before_every_count(f.event_date, [
                figs[j].event_date for j in tops["killed"] + tops["injured"] if keep[j] and counted[j]] + [
                day for (_kind, day) in zero_seen]) and not any(
                # (not a day of the week a count told before sums up: "killed at least 60 people ...
                # over the past week ... On Wednesday a bomb ... killing nine people")
                keep[j] and counted[j] and _WEEK_SPAN_RE.search(figs[j].sentence.lower()) is not None
                for j in tops["killed"] + tops["injured"])) or (
            published is not None and f.event_date is not None and abs((published - f.event_date).days) > BACKGROUND_DAYS
            # (nor the older event whose toll the article's news raised: see _raised_old_event_days)
            and not _on_one_of_days(f.event_date, old_event_days) and not entry_event
            # a date after publication is no earlier event: the fate of hostages told later
            # belongs to the kidnapping ("twelve hostages were killed in captivity as of March
            # 11"), and "a rally before the June 3 poll, killing 21" is today's news
            and not (published < f.event_date <= later_limit and f.qualifier != "vague")
            and not (f.event_date > published and f.victims in L.HOSTAGE_HEADS and f.qualifier != "vague")
        )
        if f.kind == "killed" and m.get("perfect") and f.vague_term is None and (any(
                keep[t] and figs[t].kind == "death_toll" and m["sent"] - 2 <= metas[t]["sent"] < m["sent"]
                # (a smaller one only right after it: "... since the fighting began on July 12. Israel
                # says 37 Israelis, including 19 soldiers, have died")
                and (f.best >= 100 or (metas[t]["sent"] == m["sent"] - 1 and not metas[t].get("headline") and _told(f.sentence)))
                for t in tops["death_toll"][-RECENT:])
                # (or right before one: "the floods ... have killed more than 1,600 people ... The
                # government's disaster authority puts the death toll at 1,384")
                or (m["sent"] > 1 and f.best >= 100 and any(keep[t] and figs[t].kind == "death_toll" and m["sent"] < metas[t]["sent"] <= m["sent"] + 1
                                                          for t in range(i + 1, min(len(figs), i + 4))))):
            # a running count told right after a toll is another account of it: "The United Nations
            # said at least 1,200 civilians had been killed since the siege began. The regional
            # government says more than 3,000 people have been killed."
            f.kind = "death_toll"
            tops["death_toll"].append(i)
            continue
        if f.kind == "injured" and not m.get("additive") and f.rule != "in_hospital":
            # the hurt still in care, told before the count of all the hurt, are among them: "14
            # other survivors remained under treatment ... More than 70 were injured"
            in_care = [j for j in tops["injured"][-RECENT:] if keep[j] and counted[j] and figs[j].rule == "in_hospital"
                       and figs[j].best < f.best and parent_of[j] is None and _within(figs[j].event_date, f.event_date, BACKGROUND_DAYS)]
            for j in in_care:
                counted[j] = False
                parent_of[j] = i
            if in_care:
                tops["injured"] = [j for j in tops["injured"] if j not in in_care]
        if f.kind in ("killed", "injured") and not m.get("additive") and _in_period_breakdown(figs, metas, keep, counted, i):
            # "UNAMA documented 1,547 civilian deaths between 1 January and 30 June. Children bore
            # a heavy share: 372 children were killed and 1,049 injured": the period's share of a
            # group, no incident's count
            counted[i] = False
            continue
        if m.get("claim") and reported and m.get("roundup_from") is None:
            # (a roundup's next incident told as a party's statement has no report beside it:
            # "IN THE SOUTH, TWO GUNMEN ... WERE KILLED ..., ACCORDING TO A STATEMENT BY THE MILITIA")
            if any(keep[j] and counted[j] and figs[j].kind == f.kind and figs[j].best == f.best and _same_people(figs[j], f)
                   and _within(figs[j].event_date, f.event_date, BACKGROUND_DAYS) for j in tops[f.kind][-RECENT:]):
                keep[i] = False  # "a prisoner was pronounced dead ... a relative claimed he was tortured to death": the same death
                continue
            if f.role == "perpetrator" and f.kind == "killed" and not attackers_reported:
                # (the attackers' dead, which no report counts, stand: "killing nine soldiers ... They
                # said 14 rebels died when troops returned fire, a claim that could not be checked")
                pass
            else:
                counted[i] = False  # a party's claim beside the reported figure: the report wins
                continue
        if (m.get("cumulative") and not (f.kind == "injured" and any(
                # "the death toll from the quake stands at 64, with 312 people injured": the one
                # event's hurt, told with its toll
                # (an earlier account's too: "officials had put the toll at 24 dead and more than 80 wounded")
                metas[j].get("incident_toll") and metas[j]["sent"] == m["sent"] and figs[j].kind == "killed" and keep[j]
                and (counted[j] or metas[j].get("outdated") or metas[j].get("put_at"))
                for j in range(max(0, i - RECENT), i)))) or m.get("series"):
            counted[i] = False
            continue
        if m.get("outdated") and f.kind in current_kinds:
            counted[i] = False  # "initially said 25 had been injured but later revised that figure"
            continue
        if f.best == 0:
            # a zero restated in the next sentence is one statement; zeros further apart
            # usually close separate incidents of a chronicle ("no casualties" on each date)
            zero_key = (f.kind, f.event_date)
            if zero_key in zero_seen and zero_seen[zero_key] >= m["sent"] - 1:
                keep[i] = False
            zero_seen[zero_key] = m["sent"]
            continue
        if background:
            counted[i] = False
            continue
        if split_fatally and m.get("definite") and f.best == 1 and any(
                keep[j] and figs[j].kind == f.kind and figs[j].rule == "shot_fatally" and m["sent"] - metas[j]["sent"] <= 2
                for j in range(max(0, i - RECENT), i)):
            # "Two men were shot, one of them fatally ... the second victim was taken to a
            # hospital": one of those the count split
            keep[i] = False
            continue
        if m.get("definite") and (any(
                keep[j] and figs[j].kind == f.kind and j != i and figs[j].char_start < f.char_start
                # (not of an attack weeks before: "On Feb. 2, ... a bomb attack ... that killed only the bomber")
                and _within(figs[j].event_date, f.event_date, BACKGROUND_DAYS)
                # ("All four gunmen were killed" is no repeat of "among them four soldiers")
                and (figs[j].best == f.best and (f.victims is None or figs[j].victims is None or figs[j].role == f.role)
                     if f.victims is None or f.best > 1 else (
                    _people_class(figs[j]) == _people_class(f)
                    # "A 19-year-old man has died ... The driver of the car was pronounced dead":
                    # the one person named again by his part in the event
                    or (figs[j].best == 1 and figs[j].role == f.role and _plain_person(figs[j].victims) and not m.get("additive")
                        and metas[j]["sent"] < m["sent"] and (_near_dates(figs[j].event_date, f.event_date) or (
                            published is not None and published in (f.event_date, figs[j].event_date)
                            and _within(figs[j].event_date, f.event_date, UNDATED_DAYS))))))
                for j in range(max(0, i - RECENT), i)) or (
                f.best > 1 and len(tops[f.kind]) > 1
                and (sum(figs[j].best for j in tops[f.kind][-RECENT:] if keep[j]) == f.best
                     # (of one side: "shot his wife and her mother ... before killing himself ... found the
                     # two women dead")
                     or sum(figs[j].best for j in tops[f.kind][-RECENT:] if keep[j] and figs[j].role == f.role) == f.best))):
            # "the four killed", "the youth ... was killed", "a suspect and his companion were
            # killed ... the two fatalities": the same people again
            keep[i] = False
            continue
        # inside a larger count told before: "the remaining five bodies" (anywhere after it); the
        # news that raised a count, told in its "after" clause: "... killed 146 people, officials
        # said after rescuers cut two more bodies out", "the bombings killed 48 people, officials
        # said, after five of the wounded succumbed"
        # (or told as inside it: "Three of the wounded later died ... and were included in the new toll")
        inside = m.get("remaining") or m.get("after_increment") or (m.get("after_cue") and m.get("from_injured")) or m.get("included")
        if inside and any(keep[j] and counted[j] and figs[j].kind == f.kind and figs[j].best > f.best
                          and (m.get("remaining") or m.get("included") or metas[j]["sent"] == m["sent"]
                               # (or a headline the sentence told again: "Alexandria building collapse toll
                               # reaches 19 ... has killed 19 people, ... after rescuers ... pulled two more bodies")
                               or metas[j].get("restated") == m["sent"])
                          for j in range(max(0, i - RECENT), i)):
            counted[i] = False
            continue
        if m.get("increment"):
            step = next(((j, c) for j in range(max(0, i - 6), i) for c in range(max(0, i - RECENT), j)
                         # (the earlier count is one the article replaced, an outdated or superseded one, or
                         # an earlier toll: "The mayor had earlier put the number of dead at 27")
                         if keep[j] and figs[j].part_of is None and metas[j]["sent"] >= m["sent"] - 1
                         and ((figs[j].kind == f.kind and not counted[j]) or (f.kind == "killed" and figs[j].kind == "death_toll"))
                         and figs[j].best > 0
                         # (or a little more, when the wounded who died since are in it too: "killed 63 people
                         # ..., revising an earlier figure of 41 dead. Rescue workers found 19 more bodies")
                         and keep[c] and counted[c] and figs[c].kind == f.kind and figs[c].vague_term is None
                         and (figs[c].best == figs[j].best + f.best or (
                             (metas[j].get("outdated") or metas[j].get("put_at")) and parent_of[j] is None
                             and figs[j].best + f.best < figs[c].best <= figs[j].best + f.best + max(3, f.best // 4)))), None)
            if step is not None:
                # the news that took an earlier count to the one told before: "killing 21 people ...
                # The governor had earlier put the number of dead at 19, but rescuers found two more bodies"
                counted[i] = False
                j, c = step
                died_since = [x for x in range(j + 1, i) if keep[x] and counted[x] and figs[x].kind == f.kind
                              and (metas[x].get("later_died") or metas[x].get("from_injured"))]
                if died_since and sum(figs[x].best for x in died_since) == figs[c].best - figs[j].best - f.best:
                    for x in died_since:  # ("... had put the toll at 29. Three of the injured died overnight, and
                        counted[x] = False  # nine more bodies were recovered": both in the 41 told before)
                continue
        if m.get("later_update") and not m.get("additive") and _generic(f.victims) and f.kind in ("killed", "injured"):
            # "killing at least 38 people ... Hospital officials later said 53 people had died", "By
            # evening the agency said rescue workers had recovered 118 bodies": the later, larger
            # count replaces the first
            earlier = [j for j in tops[f.kind][-RECENT:] if keep[j] and counted[j] and parent_of[j] is None and _same_people(figs[j], f)
                       and figs[j].role == f.role and figs[j].best < f.best and metas[j]["sent"] < m["sent"]
                       and (_near_dates(figs[j].event_date, f.event_date) or (
                           f.event_date == published and _within(figs[j].event_date, f.event_date, UNDATED_DAYS)))]
            if earlier:
                for j in earlier:
                    counted[j] = False
                    _release_parts(j, parent_of, counted, False)
                tops[f.kind].append(i)
                continue
        if f.kind in ("killed", "injured") and not m.get("additive") and f.qualifier == "exact" and any(
                # the high end of a range told before, of the same people: "Reports vary between 8 and
                # 12 fishermen killed ... Saba reported 12 fishermen killed": one source's end of it
                keep[j] and counted[j] and figs[j].kind == f.kind and figs[j].qualifier == "range" and figs[j].high == f.best
                and figs[j].low is not None and (figs[j].low or 0) < f.best and _same_people(figs[j], f) and metas[j]["sent"] < m["sent"]
                and _near_dates(figs[j].event_date, f.event_date) for j in tops[f.kind][-RECENT:]):
            counted[i] = False
            continue
        if m.get("alternative") and any(
                # (any two counts of fighters: "killed 40 militants ... only five of its fighters";
                # a battle's dead of all sides and a side's account of its enemy's: "Heavy fighting
                # killed at least 31 people ... The army said ... killing 40 rebels")
                # (a source's number of dead, "put the number of dead at 21", is of all the dead)
                # (a bare count is of the dead told before: "... said 15 villagers were killed, while a
                # senator said more than 20 had died")
                m.get("put_at") or ((_same_people(figs[j], f) or figs[j].role == f.role == "perpetrator"
                                     or (f.victims is None and figs[j].role == f.role) or (
                    _generic(figs[j].victims) and figs[j].victims != "civilian"
                    # (not the attackers beside the dead of the attackers' verb: "Armed men ... killed at
                    # least 37 people ... the ministry said security forces had killed four of the gunmen")
                    and not (f.role == "perpetrator" and figs[j].role == "victim" and figs[j].rule.startswith("object")
                             and not _names_attackers(figs[j].sentence))))  # (but "Heavy fighting ... killed at least 31" covers all sides)
                    and (_near_dates(figs[j].event_date, f.event_date) or f.event_date == published)
                    and not _held_apart(figs, metas, j, i))  # (not the dead across the front: "rebel-held", "government-held")
                # (a first account that a later count replaced is the article's count still, for
                # another source's estimate: "Initial reports said at least 32 people were killed;
                # some newspapers gave figures as high as 45 dead")
                for j in tops[f.kind][-RECENT:] + [x for x in range(max(0, i - RECENT), i) if metas[x].get("first_account") and figs[x].kind == f.kind]
                if keep[j] and (counted[j] or metas[j].get("first_account"))):
            # "Police said 12 were killed; other sources claim 50": each estimate is listed, the
            # total takes the article's own (first) figure (FIGURES.md section 5)
            counted[i] = False
            continue
        if not m.get("outside_toll") and (has_incident_toll and not m.get("incident_toll") and any(
                metas[j].get("incident_toll") and figs[j].best > f.best and (metas[j]["sent"] == m["sent"] or (
                    # (or in the sentence after it: "... has risen to 41, a hospital official said.
                    # Dr. Musa said five of the injured had died since Wednesday"; with a body found
                    # told beside them: "raised the toll from that strike to nine. Two men who were
                    # wounded ... died in hospital on Tuesday, and the body of a woman ... was identified")
                    # (died_sentences holds this one's sentence when it is itself one of the hurt who died)
                    m["sent"] in died_sentences and metas[j]["sent"] == m["sent"] - 1) or (
                    # (or on a day before the toll's: "raising the number of dead ... to 15 [on Tuesday]
                    # ... One of them, a 24-year-old, died on Monday night")
                    m.get("from_injured") and _gap_within(figs[j].event_date, f.event_date, 1, LATER_DAYS) and metas[j]["sent"] < m["sent"]))
                for j in tops[f.kind][-RECENT:] if keep[j]) or (
                    # (or told before the toll it raises: "a 12-year-old boy who had been in a coma
                    # since the stampede had died, bringing the death toll to 14")
                    _RAISING_WORDS_RE.search(f.sentence.lower()) is not None and any(
                        keep[j] and figs[j].kind == f.kind and metas[j].get("incident_toll") and metas[j]["sent"] == m["sent"]
                        and figs[j].best > f.best for j in range(max(0, i - 3), min(len(figs), i + 4)) if j != i))):
            # "the toll from the blast rose to 18 after three of the wounded died": the news
            # that raised the toll, inside it
            counted[i] = False
            continue
        additive = m.get("additive") or m.get("additive_forced")
        # only recent figures can be restated or broken down (keeps long inputs linear)
        # (in the same sentence only when far apart: a headline run into its lede, "Bomb kills 18
        # in Damascus ... A bomb killed 18 people in the suburb of Jaramana")
        same_date = [j for j in tops[f.kind][-RECENT:] if not _listed_together(metas[j], m) and (_near_dates(figs[j].event_date, f.event_date) or (
            # a sentence naming no day is dated by publication: it may tell the same days' news
            # as a sentence that names one ("on Monday, massacring dozens ... at least 58 were killed")
            published is not None and (f.event_date == published or figs[j].event_date == published)
            and _within(figs[j].event_date, f.event_date, UNDATED_DAYS)) or (
            # (an attack's toll raised in the days after it, told before its first dead: "raising the
            # death toll from the attack to 26 ... Twenty-four people died at the scene ... on Thursday")
            metas[j].get("incident_toll") and _gap_within(figs[j].event_date, f.event_date, 0, UNDATED_DAYS))) and (
            metas[j]["sent"] != m["sent"] or m.get("tok", 0) - metas[j].get("tok", 0) > FAR_IN_SENTENCE
            # or naming the same people: "Troops kill at least 50 jihadists ... At least 50
            # jihadists were killed"
            or (figs[j].best == f.best and (figs[j].victims == f.victims or (_generic(f.victims) and _generic(figs[j].victims))
                                             # "Three police were wounded when a bomb exploded ..., injuring three people"
                                             or (f.victims in ("person", "individual") and _same_people(figs[j], f))
                                             # the same large count for the same side: "kills 62 rebels ... sixty-two rebel fighters"
                                             or (f.best >= 10 and figs[j].role == f.role)
                                             # a run-on headline's bare count: "... oil field kills 30 Monitor AFP
                                             # ... jihadists attacked the field, killing at least 30 pro-regime gunmen"
                                             or _bare_opening_count(figs[j], metas[j]))
                and not m.get("additive") and m.get("tok", 0) - metas[j].get("tok", 0) > 5))]
        roundup_from = m.get("roundup_from")
        if roundup_from is not None:
            # a roundup's next item repeats or breaks down only its own paragraph's counts, or a
            # summary of the day's incidents ("KILLED TODAY IN CLASHES IN DIFFERENT PARTS OF THE COUNTRY")
            same_date = [j for j in same_date if metas[j]["sent"] >= roundup_from or _sums_up_places(figs[j].sentence)]
        item_from = m.get("item_from")
        if item_from is not None:
            # so does a labelled item's ("PHILIPPINES: ... one marine was killed and four were wounded")
            same_date = [j for j in same_date if metas[j]["sent"] >= item_from or _sums_up_places(figs[j].sentence)]
        if additive and f.kind == "killed" and not m.get("additive_forced"):
            # "... had found 48 bodies in two mass graves ... and ... at least 15 other people who
            # were killed in the bush": the rest of a breakdown whose part the sentence told first,
            # when it fills the count exactly ("at least 63 civilians")
            whole = next((parent_of[j] for j in range(i - 1, max(-1, i - 4), -1) if keep[j] and metas[j]["sent"] == m["sent"]
                          and figs[j].kind == f.kind and parent_of[j] is not None), None)
            if whole is not None and f.best == figs[whole].best - children_sum.get(whole, 0):
                parent_of[i] = whole
                counted[i] = False
                children_sum[whole] = figs[whole].best
                continue
        sib = m.get("sibling")
        if sib is not None and 0 <= sib < i and parent_of[sib] is not None and figs[sib].part_of is None:
            # "Five more civilians were killed in Sabqa and one in Harasta": the sibling of a
            # breakdown's item is an item of the same breakdown
            p = parent_of[sib]
            if f.best <= figs[p].best - children_sum.get(p, 0):
                parent_of[i] = p
                counted[i] = False
                children_sum[p] = children_sum.get(p, 0) + f.best
                continue
        if not m.get("additive_forced"):
            # a repeat of an earlier figure about the same people (the wounded "other" than the
            # sentence's dead may be: "killed two civilians and wounded five ... A man and his son
            # were killed ..., and five other people were wounded")
            repeated = next((j for j in same_date if figs[j].best == f.best and not _another_one(figs[j], metas[j], f, m) and (
                _same_people(figs[j], f) or (metas[j].get("headline") and figs[j].role == f.role)
                or _bare_opening_count(figs[j], metas[j])
                or (f.best >= 10 and figs[j].role == f.role and metas[j]["sent"] == m["sent"]))), None) if (
                not additive or m.get("other_than_dead")) else None
            if repeated is not None:
                keep[i] = False
                if metas[repeated].get("headline"):
                    metas[repeated]["restated"] = m["sent"]  # (the body's words for it are gone: it stays; where they were)
                continue
            # or of an earlier part ("a total of six engineers ... Four engineers were murdered last
            # Sunday. Last Sunday, terrorists murdered four engineers")
            if not additive and f.best > 1 and f.victims is not None and (f.kind, f.best, f.victims) in parts_seen and any(
                    keep[j] and parent_of[j] is not None and metas[j]["sent"] != m["sent"]
                    and _near_dates(figs[j].event_date, f.event_date) and j >= i - RECENT
                    for j in parts_seen[(f.kind, f.best, f.victims)]):
                keep[i] = False
                continue
            # or a bare "one" of a breakdown named again ("killing at least five people in Alabama and one
            # in Georgia ... In Georgia, a man died when a tree fell on his pickup truck")
            if not additive and f.best == 1 and _plain_person(f.victims) and any(
                    keep[j] and parent_of[j] is not None and figs[j].kind == f.kind and figs[j].best == 1 and figs[j].victims is None
                    and metas[j]["sent"] < m["sent"] and _near_dates(figs[j].event_date, f.event_date) and j >= i - RECENT
                    for j in range(max(0, i - RECENT), i)):
                keep[i] = False
                continue
            # a later generic figure restating the sum of earlier ones
            if same_date and not additive and _generic(f.victims):
                # (the body's, when it has any: a headline told again in the lede is one of them,
                # not another: "Woman, 81, dies ... An 81-year-old woman injured in Tuesday's fire
                # died Wednesday ... Two people died [on Tuesday]")
                told = [j for j in same_date if figs[j].role == f.role]
                body = [j for j in told if not metas[j].get("headline")]
                total = sum(figs[j].best for j in (body or told))
                if total == f.best or (
                        # (every side's, when it says it takes in the attackers: "seven people were
                        # dead, including the gunman" after "killing six ... before fatally shooting himself")
                        _names_attackers(f.sentence) and sum(figs[j].best for j in same_date) == f.best):
                    keep[i] = False
                    continue
            # another count of the same people, a little different, in the next sentence: "air
            # raids killed more than 30 people ... At least 31 people have been killed by regime
            # raids" (a second source or an update), listed but not added
            # (or a few sentences on, where the first was open: "wounding more than 40 ... a doctor
            # said 43 wounded people had been brought in")
            if not additive and _generic(f.victims) and f.best >= 10 and f.qualifier == "exact" and f.kind == "injured" and not m.get("claim") and not m.get("alternative"):
                opened = [j for j in same_date if _generic(figs[j].victims) and figs[j].role == f.role and metas[j]["sent"] < m["sent"]
                          and counted[j] and figs[j].kind == f.kind and parent_of[j] is None and figs[j].qualifier in ("more_than", "at_least", "about")
                          and figs[j].best < f.best <= figs[j].best + max(2, figs[j].best // 5)]
                if len(opened) == 1 and not _LATER_COUNT_WORDS.isdisjoint(f.sentence.lower().replace(",", " ").split()):
                    counted[opened[0]] = False
                    tops[f.kind].append(i)
                    continue
            if not additive and _generic(f.victims) and f.best >= 10 and m["sent"] <= 6 and any(
                    _generic(figs[j].victims) and figs[j].role == f.role and metas[j]["sent"] != m["sent"] and counted[j]
                    # (a headline's "more than 100" is the lede's 104 rounded: the lede's stays)
                    and not (metas[j].get("headline") and figs[j].qualifier in ("more_than", "at_least", "about") and f.best >= figs[j].best)
                    and ((metas[j]["sent"] >= m["sent"] - 1 and m["sent"] <= 3
                          and abs(figs[j].best - f.best) <= max(2, f.best // 10) and figs[j].best != f.best)
                         or (metas[j]["sent"] >= m["sent"] - 4 and figs[j].qualifier in ("more_than", "at_least")
                             and figs[j].best < f.best <= figs[j].best + max(2, figs[j].best // 5)))
                    for j in same_date):
                counted[i] = False
                continue
            # a source's account in the pluperfect of as many dead as the article counted before,
            # in other numbers ("killing at least 42 people, a government spokesman said ... An
            # MP said more than 60 people had been killed"): another estimate, listed only
            # (or of the same kind of people: "nineteen inmates and two guards were killed ... a
            # committee of the prisoners said at least 35 inmates had died")
            generic = _generic(f.victims)
            # ("In Moravi, ... the government said 98 people had died" after "has killed at least
            # 142 people in Moravi and neighbouring Sandaland": that place's part, not another account)
            place = _fronted_place(f.sentence) if m.get("told_pluperfect") else None
            if not additive and m.get("told_pluperfect") and f.best != 0 and not (
                    # (a count told later is the update, no other estimate: "Lebanese police later
                    # said that 37 people had died")
                    m.get("later_update") and _CONFIRMED_RE.search(f.sentence.lower()) is not None) and not (
                    # (not the wounded beside another side's dead: "three civilians were killed and seven
                    # wounded ... 3 servicemen had been killed and 11 wounded")
                    f.victims is None and any(figs[j].kind == f.kind and _other_side_than_sibling(figs, metas, j, i) for j in same_date)) and (any(
                    counted[j] and (generic and _generic(figs[j].victims) and figs[j].role == f.role or m.get("own_people")) and metas[j]["sent"] < m["sent"]
                    and not (place is not None and f.best < figs[j].best and place in figs[j].sentence)
                    and not _civilians_beside_soldiers(figs, metas, j, f)
                    # (not after a vague word: "dozens wounded ... more than 70 wounded" says how many;
                    # but a party's count of its own people is its account: "dozens of protesters injured
                    # ... Opposition organisers said ... more than 50 wounded")
                    and figs[j].best > 0 and (figs[j].vague_term is None or m.get("own_people")) and (not metas[j].get("headline") or (
                        # (a headline the lede restated: "More than 100 killed ..., activists say" ...
                        # "The government said that 150 civilians had been killed")
                        # ("Troops fire on funeral procession; 14 killed" ... "Residents and hospital staff
                        # said more than 30 people had died")
                        metas[j].get("restated") and figs[j].best <= f.best <= 3 * figs[j].best))
                    for j in same_date) or (
                    # (a count of everyone that the article told group by group: "killing four patients
                    # and a nurse ... killed two of the attackers ... A local official said nine
                    # people had died in the attack")
                    generic and m["sent"] > 1 and not m.get("sums_up") and _covers(f.best, [figs[j].best for j in same_date
                                                       if counted[j] and metas[j]["sent"] < m["sent"] and figs[j].vague_term is None
                                                       and not _civilians_beside_soldiers(figs, metas, j, f)])) or (
                    # (or of the same kind of people, counted before: "nineteen inmates and two
                    # guards were killed ... the prisoners' committee said at least 35 inmates had died")
                    not generic and f.rule.startswith("subject") and any(keep[j] and figs[j].kind == f.kind and metas[j]["sent"] < m["sent"] and figs[j].best > 0
                                        and figs[j].vague_term is None and _people_class(figs[j]) == _people_class(f)
                                        and _near_dates(figs[j].event_date, f.event_date) for j in range(max(0, i - RECENT), i)))):
                counted[i] = False
                continue
            # "as many as 30 dead", told by someone after the article's count of the same dead:
            # another source's higher estimate ("Local television, citing hospital sources,
            # reported as many as 30 dead" after "killing at least 23 people")
            if not additive and f.qualifier == "up_to" and generic and (_told(f.sentence) or " reported" in f.sentence) and any(
                    counted[j] and _generic(figs[j].victims) and figs[j].role == f.role and figs[j].best < f.best
                    and metas[j]["sent"] < m["sent"]
                    # (of the same day: not "mortar rounds ... killed at least 12 civilians on Wednesday
                    # ... a coalition air strike on Tuesday killed up to 20 civilians")
                    and figs[j].event_date == f.event_date for j in same_date):
                counted[i] = False
                continue
            # a count of bodies near an earlier count of the dead is those dead again, as another
            # source counted them ("29 dead ... hospital sources said they carried 31 bodies")
            # (bodies of the people counted: "killing six soldiers ... the bodies of 11 soldiers had
            # been brought to the town's health centre")
            if not additive and (f.rule == "noun_count" and f.victims is None or f.rule == "noun_of_count") and _counts_bodies(f) and any(
                    counted[j] and (_generic(f.victims) or (_people_class(figs[j]) == _people_class(f) and figs[j].role == f.role)) and (
                        abs(figs[j].best - f.best) <= max(2, figs[j].best // 5)
                                    # (or fewer, found so far: "no survivors ... recovered 54 bodies", or
                                    # some of them: "Ten bodies are yet to be identified")
                                    or (f.best < figs[j].best and (metas[j]["sent"] >= m["sent"] - 2 or "identif" in f.sentence))
                                    # (or more, as someone else counted them: "the government said
                                    # 22 ... A local councillor told reporters he had helped bury 41 bodies")
                                    or (f.best > figs[j].best and max(metas[j]["sent"], metas[j].get("restated") or 0) >= m["sent"] - 5 and _told(f.sentence)
                                        and figs[j].role == "victim" == f.role and figs[j].vague_term is None
                                        and (not metas[j].get("headline") or metas[j].get("restated"))))
                    for j in same_date):
                counted[i] = False
                continue
            # "another four guerrillas were killed" continues a breakdown of the lede
            # (a subgroup the sentence named, "including at least one child", is no breakdown's item)
            last_same_kind = next((j for j in range(i - 1, max(-1, i - RECENT), -1)
                                   if keep[j] and figs[j].kind == f.kind and figs[j].best > 0 and figs[j].part_of is None), None)
            if (additive and last_same_kind is not None and parent_of[last_same_kind] is not None
                    and figs[last_same_kind].part_of is None and (
                        metas[last_same_kind]["sent"] != m["sent"] or f.rule == "along_with"
                        # (or a conjunct of the same verb: "killing two election officials and a
                        # police escort" after the lede's "at least 11 people dead")
                        or figs[last_same_kind].char_start == f.char_start
                        # (or another item of the same roundup paragraph: "ELSEWHERE, A POLICE
                        # CONSTABLE WAS SHOT DEAD ..., AND THE BODIES OF THREE YOUNG MEN WERE FOUND")
                        or (m.get("roundup_from") is not None and metas[last_same_kind].get("roundup_from") == m.get("roundup_from")))):
                # the summaries being broken down, latest first: "35 guerrillas and 5 soldiers
                # dead ... killing three soldiers. It also reported that three rebels were killed"
                # continues the guerrillas' breakdown, though the soldiers' came last
                broken_down = []
                for c in range(i - 1, max(-1, i - RECENT), -1):
                    pc = parent_of[c]
                    if keep[c] and figs[c].kind == f.kind and pc is not None and figs[c].part_of is None and pc not in broken_down:
                        broken_down.append(pc)
                linked = False
                for p in broken_down:
                    if f.sentence.startswith(L.SEPARATE_OPENERS) and f.role != figs[p].role:
                        # (a separate operation's dead of another side: "Separately, the U.S. military
                        # said ... forces killed 11 suspected insurgents during raids")
                        continue
                    if m.get("new_place") and metas[p].get("incident_toll"):
                        # (one attack's toll is no summary of places: "In Narathiwat, insurgents
                        # shot dead a village defence volunteer" after the Yala bombing's toll and its parts)
                        continue
                    # ("At least five men were killed in different incidents. Two men were killed
                    # ... Another person was gunned down": a generic "person" continues it too)
                    # (an "including" aside of the count's sentence divides the same dead another way)
                    if p in same_date and f.best <= figs[p].best - children_sum.get(p, 0) + aside_sum.get(p, 0) and (
                            _breaks_down(figs[p], f, f.role == "perpetrator" and m.get("item_from") is not None and not any(
                                # (a labelled item of its own, the fighters' deaths its incident: "Kunar:
                                # Troops killed eight insurgents in a raid"; not attackers shot after the
                                # attack told before them)
                                metas[c].get("item_from") == m["item_from"] and figs[c].kind == f.kind for c in range(max(0, i - RECENT), i))
                                and _summed_over_incidents(figs, metas, p)) or (_generic(f.victims) and figs[p].role == f.role
                                                         # (a civilian is no part of "eight soldiers")
                                                         and not (f.victims == "civilian" and figs[p].victims in SECURITY_HEADS))):
                        parent_of[i] = p
                        counted[i] = False
                        children_sum[p] = children_sum.get(p, 0) + f.best
                        parts_seen.setdefault((f.kind, f.best, f.victims), []).append(i)
                        linked = True
                        break
                if linked:
                    continue
            # a later, smaller figure breaking an earlier one down
            if not additive:
                parent = None
                for j in reversed(same_date):
                    if f.victims is None and not _near_dates(figs[j].event_date, f.event_date) and not (
                            # (an attack's toll, raised days after it, takes in its first dead: "raising the
                            # number of people killed in the shooting to two ... The attack, shortly before
                            # midnight Friday, killed Marcus Oduya")
                            metas[j].get("incident_toll") and _gap_within(figs[j].event_date, f.event_date, 0, UNDATED_DAYS)):
                        continue  # "Nine were killed ... on Saturday" in a roundup: another day's news
                    if metas[j]["sent"] == m["sent"] and not metas[j].get("headline"):
                        continue  # items of one sentence's list ("18 killed in X, six in Y, and four in Z") are siblings
                    if f.role == "perpetrator" and metas[j].get("headline") and metas[j].get("restated") is not None and any(
                            figs[x].best == figs[j].best and figs[x].rule.startswith("object") and metas[x]["sent"] == metas[j]["restated"]
                            for x in range(j + 1, min(len(figs), j + 6))) and (
                            figs[j].role != f.role or not _summed_over_incidents(figs, metas, j)):
                        # "at least 60 killed" in the headline is the lede's "militants killed at least 60
                        # people": the attackers' victims, not the attackers the security forces killed
                        # (the same side's dead are its parts only when the lede sums up places: "killed
                        # 27 Kurdish militants in operations in three southeastern provinces")
                        continue
                    room = figs[j].best - children_sum.get(j, 0) + aside_sum.get(j, 0)
                    if figs[j].qualifier in ("more_than", "at_least", "about") and metas[j].get("incident_toll"):
                        # an open toll's parts may add up to a little more ("climbed above 11,000
                        # ... 8,574 in Turkey ... at least 2,530 in Syria")
                        room += figs[j].best // 10
                    if f.best < figs[j].best and f.best <= room and _breaks_down(
                            figs[j], f, f.role == "perpetrator" and _summed_over_incidents(figs, metas, j)) and not _parallel_items(
                            figs, metas, parent_of, j, i) and not _other_side_than_sibling(figs, metas, j, i) and not _held_apart(figs, metas, j, i):
                        parent = j
                        break
                if parent is None and children_sum and f.victims is not None and roundup_from is None:
                    # a part of a part: "Nine inmates and two guards were killed" (the headline's
                    # "Eleven dead", broken down) ... "Three of the inmates were shot dead"
                    # (only once something was broken down: children_sum has its parents)
                    for c in range(i - 1, max(-1, i - RECENT), -1):
                        pc = parent_of[c]
                        if (pc is not None and keep[c] and figs[c].part_of is None and figs[c].kind == f.kind
                                and metas[c]["sent"] != m["sent"] and f.best < figs[c].best
                                and f.best <= figs[c].best - children_sum.get(c, 0)
                                and _near_dates(figs[c].event_date, f.event_date)
                                and _people_class(figs[c]) == _people_class(f)
                                and not _held_apart(figs, metas, c, i) and not _held_apart(figs, metas, pc, i)):
                            parent = c
                            break
                if parent is not None:
                    parent_of[i] = parent
                    counted[i] = False
                    children_sum[parent] = children_sum.get(parent, 0) + f.best
                    parts_seen.setdefault((f.kind, f.best, f.victims), []).append(i)
                    continue
        if m.get("sums_up") and not additive:
            # "a car bomb wounded 23 ... In all, more than 50 people were wounded": the sum of
            # the counts before it (when it is more than they add up to), which become its parts
            # (a sum of lives or people covers every side: "the fighting had cost 31 lives in all")
            summed = [j for j in same_date if counted[j] and parent_of[j] is None and (figs[j].role == f.role or (
                          _generic(f.victims) and f.victims != "civilian")) and metas[j]["sent"] != m["sent"]]
            if summed and sum(figs[j].best for j in summed) < f.best:
                for j in summed:
                    counted[j] = False
                tops[f.kind] = [j for j in tops[f.kind] if j not in summed]
        if f.vague_term is not None and not additive and f.victims in (None, "body", "victim") and f.rule == "noun_count" and any(
                keep[j] and counted[j] and figs[j].kind == f.kind and figs[j].vague_term is None and figs[j].best > f.best
                for j in same_date):
            # "killed 291 pilgrims ... Villagers said many bodies had been carried away by
            # relatives": a vague word for some of the dead counted before
            counted[i] = False
            continue
        if f.vague_term is None and not additive:
            # "massacring dozens ... at least 58 people were killed": an exact count of the same
            # people replaces the vague word used before it was known
            # (a count below what the vague word means cannot be it: "WOUNDING SCORES ... SIX OTHERS
            # WERE WOUNDED")
            vague = [j for j in same_date if counted[j] and figs[j].vague_term is not None and _same_people(figs[j], f)
                     and f.best >= (figs[j].low or 0)]
            for j in vague:
                counted[j] = False
            if vague:
                tops[f.kind] = [j for j in tops[f.kind] if j not in vague]
        tops[f.kind].append(i)

    # new bodies whose finding raised a toll in the same sentence ("recovered 12 more bodies ...,
    # bringing the number of dead to 47"; "raised the number of dead to 18 ... after firefighters
    # found six more bodies"), where the article counts as many killed before or after ("The
    # capsizing has killed at least 47 people", the headline's "kills 18"): inside that count
    for i, f in enumerate(figs):
        if not keep[i] or not counted[i] or f.kind != "killed" or not metas[i].get("increment") or parent_of[i] is not None:
            continue
        near = range(max(0, i - RECENT), min(len(figs), i + RECENT))
        if any(keep[t] and figs[t].kind == "death_toll" and metas[t]["sent"] == metas[i]["sent"] and figs[t].best > f.best and any(
                keep[c] and counted[c] and c != i and figs[c].kind == "killed" and figs[c].best == figs[t].best for c in near)
               for t in near):
            counted[i] = False

    # a toll broken down in the sentences after it ("at least 112 civilians have been killed since
    # Sunday ... The deaths include 65 people killed in rebel fire. Another 42 ... five more
    # deaths"): parts of the toll, no incidents of their own, when they add up to it exactly
    for t, f in enumerate(figs):
        if not keep[t] or f.kind != "death_toll" or f.best < 3:
            continue
        running = 0
        parts: list[int] = []
        for j in range(t + 1, min(len(figs), t + 12)):
            g = figs[j]
            if not keep[j] or g.kind != "killed" or not counted[j] or parent_of[j] is not None:
                continue
            if metas[j]["sent"] > metas[t]["sent"] + 4:
                break
            running += g.best
            parts.append(j)
            if running >= f.best:
                break
        # (a toll "above 41,000" is broken down as "35,418 ... and more than 5,800": about it)
        rough = f.qualifier != "exact" or any(figs[j].qualifier != "exact" for j in parts)
        if (running == f.best or (rough and f.best < running <= f.best * 1.05)) and len(parts) >= 2 and all(
                metas[j]["sent"] > metas[t]["sent"] for j in parts) and not any(
                # (not a followed-up event's dead and those who died since: they are the killed)
                _on_one_of_days(figs[j].event_date, old_event_days) for j in parts):
            for j in parts:
                counted[j] = False

    # a headline figure restated in the body ("Seven children killed" ... "including seven
    # children"; "Floods leave 70 dead" ... "the toll is 70") is listed once, from the body
    for h, f in enumerate(figs):
        if not keep[h] or not metas[h].get("headline") or f.best == 0:
            continue
        for j in range(h + 1, min(len(figs), h + 1 + RECENT)):
            g = figs[j]
            # (or a toll the headline rounded: "U.N. records more than 3,300 civilian deaths" ...
            # "it had recorded 3,381 civilian deaths in the country since the invasion")
            # (not another source's figure, "had found only four bodies of attackers", nor an earlier
            # event's: "since 2012, when a gunman killed six worshippers")
            if keep[j] and not metas[j].get("headline") and not (
                    metas[j].get("alternative") or metas[j].get("claim") or metas[j].get("background")) and not (
                    # (nor an earlier event's dated the same count: "On June 1, 2016, fighters ...
                    # attacked another hotel in the city, killing at least 15 people")
                    published is not None and g.event_date is not None and (published - g.event_date).days > BACKGROUND_DAYS) and (g.best == f.best or (
                    g.kind == "death_toll" and f.qualifier in ("more_than", "at_least", "about", "nearly")
                    and f.best >= 100 and f.best < g.best <= f.best * 1.1)) and (
                    # (a toll is the headline's count only when the lede did not restate it as
                    # a count of its own: "Flash floods kill 14" ... "killed 14 people ..., bringing
                    # the number ... to 163" ... "We have recovered 14 bodies so far")
                    g.kind == f.kind or (f.kind == "killed" and g.kind == "death_toll" and not metas[h].get("restated"))) and not (
                    # (not the attacker's own death beside a victim: "kills two classmates and a
                    # teacher" ... the student who turned the gun on himself)
                    metas[j].get("additive_forced") and g.role != f.role) and not (
                    # (one person is named again only as the same person: "kill 29 students and a
                    # teacher" ... "All four attackers were killed, one of them when ...")
                    f.best == 1 and (g.victims is None or g.victims != f.victims) and not f.rule == g.rule == "subject_fate"):
                keep[h] = False
                if parent_of[j] == h:
                    # the body's words for it were read as a part of it ("Police kill six striking
                    # miners" ... "opened fire on the miners, killing six of them"): they are it
                    parent_of[j] = None
                    counted[j] = True
                _release_parts(h, parent_of, counted, False)
                break

    # a headline states the lede's news: when the lede (the first two sentences after it) gives
    # as many or more of the same people ("20 people killed in car bomb" ... "the bomb killed at
    # least 26 people"), the headline's count is the same news, listed but not added; a smaller
    # body figure is more often a part of it (an equal one was dropped above)
    for h, f in enumerate(figs):
        if not keep[h] or not counted[h] or not metas[h].get("headline") or f.best == 0 or f.kind == "death_toll":
            continue
        lede = metas[h]["sent"] + 2
        lede_sums: dict[int, int] = {}  # the lede's counts sentence by sentence: "killed 17 militants and a child"
        lede_parts: dict[int, list[int]] = {}
        # and all of the lede's counts ("... killing two of the robbers. A woman hostage was also
        # killed" under "Bank siege ends with three dead")
        lede_all = [j for j in range(h + 1, min(len(figs), h + 1 + RECENT)) if keep[j] and counted[j] and parent_of[j] is None
                    and not metas[j].get("headline") and metas[j]["sent"] <= lede and figs[j].kind == f.kind]
        if len(lede_all) >= 2 and _generic(f.victims) and f.vague_term is None and sum(figs[j].best for j in lede_all) == f.best and len(
                {metas[j]["sent"] for j in lede_all}) > 1:
            counted[h] = False
            continue
        if metas[h].get("incident_toll") and any(
                keep[j] and counted[j] and figs[j].kind == "death_toll" and not metas[j].get("headline") and metas[j]["sent"] <= lede
                and figs[j].best >= f.best and not metas[j].get("incident_toll") for j in range(h + 1, min(len(figs), h + 1 + RECENT))):
            # "Bangladesh flood toll passes 1,000" over "The official death toll from three weeks of
            # monsoon flooding rose to 1,044": the lede's running count, no incident's dead
            counted[h] = False
            metas[h]["incident_toll"] = False
            continue
        for j in range(h + 1, min(len(figs), h + 1 + RECENT)):
            if not keep[j] or metas[j].get("headline") or metas[j]["sent"] > lede or metas[j].get("additive") or figs[j].kind != f.kind:
                continue
            if counted[j] and parent_of[j] is None:
                if figs[j].best >= f.best and _same_people(figs[j], f):
                    counted[h] = False
                    break
            elif parent_of[j] != h:
                continue  # a part of a lede figure, not of the headline
            lede_sums[metas[j]["sent"]] = lede_sums.get(metas[j]["sent"], 0) + figs[j].best
            lede_parts.setdefault(metas[j]["sent"], []).append(j)
        if counted[h] and f.vague_term is not None and any(
                keep[j] and counted[j] and parent_of[j] is None and figs[j].kind == f.kind and figs[j].vague_term is None
                and not metas[j].get("headline") and metas[j]["sent"] <= lede and figs[j].role == f.role
                for j in range(h + 1, min(len(figs), h + 1 + RECENT))):
            # "jihadists kill dozens of soldiers and volunteers" ... "At least 40 members of the
            # VDP and three soldiers were killed": the lede's counts are what the vague word meant
            counted[h] = False
            _release_parts(h, parent_of, counted, True)
            continue
        if counted[h] and _generic(f.victims):
            for sent, total in lede_sums.items():
                if total == f.best:
                    counted[h] = False
                    for j in lede_parts[sent]:  # the lede's groups are the count now
                        parent_of[j] = None
                        counted[j] = True
                    break

    # a coder's note ("fatalities coded as 10") is the article's own killed figure
    coded = [i for i, f in enumerate(figs) if keep[i] and metas[i].get("coded")]
    if coded and figs[coded[0]].rule == "coded_fatalities" and sum(
            f.best for i, f in enumerate(figs) if keep[i] and counted[i] and parent_of[i] is None
            and f.kind == "killed" and i not in coded) == figs[coded[0]].best:
        for i in coded:
            keep[i] = False  # the note agrees with the text's own count: one statement
        coded = []
    if coded:
        for i, f in enumerate(figs):
            if keep[i] and f.kind == "killed" and i not in coded:
                counted[i] = False
        for i in coded[1:]:
            counted[i] = False

    # a disaster's count over days of rain ("Floods triggered by five days of torrential rain
    # have killed 34 people since Thursday") is the article's killed count only while it reports no
    # incident inside it; with one ("In the worst single incident, a landslide ... killing nine"),
    # that incident is the killed count and the span's count its toll
    for i, f in enumerate(figs):
        if not (keep[i] and counted[i] and f.kind == "killed" and metas[i].get("span_event")):
            continue
        inside = [c for c in range(i + 1, min(len(figs), i + 1 + RECENT))
                  if parent_of[c] == i and keep[c] and figs[c].kind == "killed" and metas[c]["sent"] != metas[i]["sent"]]
        if inside:
            f.kind = "death_toll"
            metas[i]["incident_toll"] = False
            _release_parts(i, parent_of, counted, True)

    # rebuild with the kept figures, the figures derived from them, and remapped part_of
    # (positions are fixed first: a derived figure shifts every later index)
    derived: dict[int, list[Figure]] = {}
    twinned: set[int] = set()
    is_counted: dict[int, bool] = {}
    injured_so_far = 0  # counted injured, less those who later died
    for i, f in enumerate(figs):
        if not keep[i]:
            continue
        p = parent_of[i]
        is_in = counted[i] and p is None
        if f.kind == "death_toll":
            is_in = counted[i]  # (every toll but an outdated one)
        if p is not None and not keep[p]:
            is_in = False  # parent dropped as a repeat: the child still restates part of it
        is_counted[i] = is_in
        if is_in and f.kind == "injured":
            injured_so_far += f.best
        elif (is_in and f.kind == "killed" and (metas[i].get("from_injured") or metas[i].get("later_died"))
              # (not one hurt in another place, whom no count of the hurt took in, unless the sentence
              # counted her hurt: "In Marseille, an 80-year-old woman who was hit ... on Saturday died")
              and not (metas[i].get("new_place") and not any(
                  keep[j] and figs[j].kind == "injured" and metas[j]["sent"] == metas[i]["sent"] for j in range(max(0, i - 3), i)))
              # (nor an attacker who shot himself and died, whom a count of the victims' hurt never took in)
              and not (f.role == "perpetrator" and not any(
                  keep[j] and counted[j] and figs[j].kind == "injured" and figs[j].role == "perpetrator" for j in range(i)))
              and 0 < f.best <= injured_so_far + sum(
                  # (the wounded counted later in the same sentence: "Three of the 19 officers who
                  # were wounded later died")
                  # (not "31 other people were injured" after the deaths: the others than those who died)
                  figs[j].best for j in range(i + 1, min(len(figs), i + 4)) if figs[j].kind == "injured"
                  and keep[j] and counted[j] and parent_of[j] is None and metas[j]["sent"] == metas[i]["sent"]
                  and not metas[j].get("other_people"))):
            # "Five passengers were wounded; one later died": a person is killed or injured, not
            # both. A counted adjustment of -1 injured, traced to the same words, moves them.
            derived[i] = [Figure(
                "injured", -f.best, -f.best, -f.best, "exact", None, f.victims, f.role, None,
                f.event_date, f.sentence, f.char_start, f.char_end, MOVED_RULE, True)]
            injured_so_far -= f.best
        if f.kind == "killed" and metas[i].get("incident_toll") and f.best not in twinned and (is_in or (
                not any(metas[i].get(x) for x in ("outdated", "alternative", "background", "claim", "link"))
                and any(keep[j] and counted[j] and parent_of[j] is None and figs[j].kind == "killed" and figs[j].best == f.best
                        for j in range(len(figs))))):
            # one incident's latest toll ("the death toll from Friday's bombing rose to 18") is
            # its killed count and also the article's running count of the dead (also when the
            # article told the same count before: "has killed at least 112 ... The death toll
            # rose to 112")
            twinned.add(f.best)
            derived.setdefault(i, []).append(Figure(
                "death_toll", f.low, f.best, f.high, f.qualifier, f.vague_term, f.victims, f.role, None,
                f.event_date, f.sentence, f.char_start, f.char_end, TOLL_TWIN_RULE, True))
    position: dict[int, int] = {}
    next_position = 0
    for i in is_counted:
        position[i] = next_position
        next_position += 1 + len(derived.get(i, ()))
    result: list[Figure] = []
    for i, is_in in is_counted.items():
        f = figs[i]
        p = parent_of[i]
        f.part_of = position.get(p) if p is not None else None
        f.counted = is_in
        result.append(f)
        result.extend(derived.get(i, ()))
    return result
