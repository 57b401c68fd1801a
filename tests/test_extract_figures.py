"""The casualty rules of FIGURES.md on sentences written for these tests."""
from datetime import date
from pathlib import Path

import pytest

from flows.extract import EXTRACTOR_VERSION, article_totals, extract_figures

PUBLISHED = date(2021, 3, 6)  # a Saturday
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "ganja-2020-10-17.txt"


def keys(text, published=PUBLISHED):
    return sorted((f.kind, f.best, f.qualifier) for f in extract_figures(text, published))


def totals(text, published=PUBLISHED):
    t = article_totals(extract_figures(text, published))
    return (t.killed, t.injured, t.death_toll)


# --- numbers in context -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("A car bomb killed 1,200 people in the capital.", ("killed", 1200, "exact")),
        ("The quake killed 1.2 million people, officials said.", ("killed", 1_200_000, "exact")),
        ("Thirteen hundred villagers were killed in the raids.", ("killed", 1300, "exact")),
        ("The storm killed one hundred and five fishermen.", ("killed", 105, "exact")),
        ("Twenty-five miners died when the shaft collapsed.", ("killed", 25, "exact")),
        ("Gunmen wounded two dozen worshippers at the shrine.", ("injured", 24, "exact")),
        ("Half a dozen guards were hurt in the brawl.", ("injured", 6, "exact")),
        ("A dozen protesters were injured by rubber bullets.", ("injured", 12, "exact")),
        ("The blast killed a score of traders.", ("killed", 20, "exact")),
    ],
)
def test_number_forms(text, expected):
    assert keys(text) == [expected]


def test_all_caps_text():
    text = "SAN MARCOS, 4 MAR 91 -- GUERRILLAS AMBUSHED A PATROL AND KILLED FOUR SOLDIERS. TWO PEASANTS WERE WOUNDED."
    assert keys(text) == [("injured", 2, "exact"), ("killed", 4, "exact")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A soldier was killed when his patrol hit a mine.", [("killed", 1, "exact")]),
        ("The driver died at the scene.", [("killed", 1, "exact")]),
        ("Militants shot dead a village elder on the road.", [("killed", 1, "exact")]),
        ("Raiders stabbed a shopkeeper and killed her.", [("killed", 1, "exact")]),
        ("Hassan, a local councillor, was injured in the explosion.", [("injured", 1, "exact")]),
        ("Gunmen assassinated a judge outside the court.", [("killed", 1, "exact")]),
        ("Two Brothers and their father were gunned down at a wedding.", [("killed", 1, "exact"), ("killed", 2, "exact")]),
        ("The body of a missing farmer was found in a ditch.", [("killed", 1, "exact")]),
    ],
)
def test_singular_noun_phrases_count_one(text, expected):
    assert keys(text) == expected


# --- qualifiers -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, low, best, high, qualifier",
    [
        ("At least 9 people were killed in the attack.", 9, 9, None, "at_least"),
        ("Nine or more people were killed in the attack.", 9, 9, None, "at_least"),
        ("No fewer than 9 people were killed in the attack.", 9, 9, None, "at_least"),
        ("More than 300 people were injured in the riots.", 300, 300, None, "more_than"),
        ("Upwards of 300 people were injured in the riots.", 300, 300, None, "more_than"),
        ("Some 40 people were wounded in the shelling.", None, 40, None, "about"),
        ("An estimated 40 people were wounded in the shelling.", None, 40, None, "about"),
        ("Nearly 50 people died in the fire.", None, 50, 50, "up_to"),
        ("As many as 50 people died in the fire.", None, 50, 50, "up_to"),
        ("Between 10 and 15 people were killed in the clash.", 10, 10, 15, "range"),
        ("The clash killed 10 to 15 people.", 10, 10, 15, "range"),
        ("The clash killed 10-15 people.", 10, 10, 15, "range"),
        ("Dozens of people were hurt in the stampede.", 12, 12, None, "vague"),
        ("Several policemen were wounded in the riot.", 3, 3, None, "vague"),
    ],
)
def test_qualifiers(text, low, best, high, qualifier):
    figures = extract_figures(text, PUBLISHED)
    assert len(figures) == 1
    f = figures[0]
    assert (f.low, f.best, f.high, f.qualifier) == (low, best, high, qualifier)


def test_vague_term_is_kept():
    f = extract_figures("Dozens of people were hurt in the stampede.", PUBLISHED)[0]
    assert f.vague_term == "dozens"


# --- zero figures ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("A grenade exploded outside the bank. No one was hurt.", [("injured", 0, "exact")]),
        ("Nobody was killed in the blast.", [("killed", 0, "exact")]),
        ("Rebels shelled the base. There were no casualties.", [("injured", 0, "exact"), ("killed", 0, "exact")]),
        ("Neither injuries nor fatalities were reported.", [("injured", 0, "exact"), ("killed", 0, "exact")]),
        ("The device did not cause any injuries.", [("injured", 0, "exact")]),
        ("The fire was put out without injuring anyone.", [("injured", 0, "exact")]),
    ],
)
def test_zero_figures(text, expected):
    assert keys(text) == expected


# --- who: coordination, subgroups, perpetrators ---------------------------------------------------
def test_coordinated_groups_are_separate_figures():
    figures = extract_figures("Two police and one civilian were killed at the checkpoint.", PUBLISHED)
    assert [(f.best, f.victims) for f in figures] == [(2, "police"), (1, "civilian")]
    assert totals("Two police and one civilian were killed at the checkpoint.") == (3, 0, None)


def test_object_coordination_and_second_verb():
    text = "The mortar killed three farmers and a teacher and wounded eleven others."
    assert keys(text) == [("injured", 11, "exact"), ("killed", 1, "exact"), ("killed", 3, "exact")]
    assert totals(text) == (4, 11, None)


def test_subgroup_is_part_of_its_parent_and_not_counted():
    text = "The airstrike killed 13 people, including two children."
    figures = extract_figures(text, PUBLISHED)
    assert [(f.best, f.victims, f.part_of, f.counted) for f in figures] == [
        (13, "person", None, True), (2, "child", 0, False)]
    assert totals(text) == (13, 0, None)


def test_among_the_dead_is_a_subgroup():
    text = "Eight people died in the crash. Among the dead were three nurses."
    figures = extract_figures(text, PUBLISHED)
    assert [(f.best, f.part_of) for f in figures] == [(8, None), (3, 0)]
    assert totals(text) == (8, 0, None)


def test_victims_are_singular_lower_case_heads():
    figures = extract_figures("Four Women and 3 Children were injured.", PUBLISHED)
    assert [f.victims for f in figures] == ["woman", "child"]


def test_perpetrators_have_their_role_and_add_to_the_total():
    text = "Police killed three gunmen after the assailants had shot dead two guards."
    figures = extract_figures(text, PUBLISHED)
    roles = {(f.best, f.victims): f.role for f in figures}
    assert roles[(3, "gunman")] == "perpetrator"
    assert roles[(2, "guard")] == "victim"
    assert totals(text) == (5, 0, None)


def test_suicide_bomber_who_blew_himself_up_is_counted():
    text = "A man blew himself up at a wedding hall, killing 6 guests."
    figures = extract_figures(text, PUBLISHED)
    bomber = [f for f in figures if f.role == "perpetrator"]
    assert len(bomber) == 1 and bomber[0].best == 1 and bomber[0].rule == "implicit_suicide_bomber"
    assert totals(text) == (7, 0, None)


def test_in_addition_to_the_bomber():
    text = "A suicide bomber struck a bus stop. In addition to the bomber, four people were killed."
    assert totals(text) == (5, 0, None)


# --- death tolls ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, toll",
    [
        ("The death toll from this year's floods rose to 85 on Friday.", 85),
        ("The toll has risen to 85, officials said.", 85),
        ("More than 700 people have died in the fighting since Sept. 27.", 700),
        ("So far 85 people have died, the ministry said.", 85),
    ],
)
def test_death_tolls(text, toll):
    figures = extract_figures(text, PUBLISHED)
    assert [(f.kind, f.best) for f in figures] == [("death_toll", toll)]
    assert totals(text) == (0, 0, toll)


def test_incident_count_is_not_a_toll():
    assert keys("Five people have been killed in the attack on the market.") == [("killed", 5, "exact")]


# --- not figures ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A 13-year-old boy was arrested after the clash.",
        "The bomb destroyed 20 houses and two cars.",
        "Rebels fired two missiles at the airport.",
        "Police arrested 45 people after the riot.",
        "Gunmen kidnapped 12 workers from the mine.",
        "The toll could rise to 30, a doctor warned.",
        "Five climbers are feared dead after the avalanche.",
        "The group threatened to kill 20 hostages.",
        "The third attack this month cost $5 million in damage.",
        "Turnout rose 40 percent in 1990 compared with 1986.",
    ],
)
def test_not_figures(text):
    assert keys(text) == []


def test_dates_and_times_are_not_counts():
    text = "On 13 March at 10:30, gunmen killed 4 soldiers."
    assert keys(text) == [("killed", 4, "exact")]


# --- totals ----------------------------------------------------------------------------------------
def test_repeated_figure_is_listed_once():
    text = ("Bombing kills 12 at bus station.\n\n"
            "A bomb killed 12 people at the central bus station on Friday. "
            "Police said the 12 people killed were all commuters.")
    assert totals(text) == (12, 0, None)


def test_later_breakdown_is_part_of_the_lede():
    text = ("At least 9 people died in the fighting around the port. "
            "Four rebels were killed near the docks. Two soldiers died in the old town.")
    figures = extract_figures(text, PUBLISHED)
    assert totals(text) == (9, 0, None)
    assert [f.part_of for f in figures if f.best in (4, 2)] == [0, 0]


def test_background_event_is_not_counted():
    text = ("Gunmen killed three villagers on Friday. "
            "Two weeks ago the army shot dead 65 rebels in the same valley.")
    figures = extract_figures(text, PUBLISHED)
    assert {f.best: f.counted for f in figures} == {3: True, 65: False}
    assert totals(text) == (3, 0, None)


# --- provenance --------------------------------------------------------------------------------------
def test_every_figure_has_provenance():
    text = "Shelling hit the market on Saturday. It killed 7 traders and wounded 30 shoppers."
    for f in extract_figures(text, PUBLISHED):
        assert 0 <= f.char_start < f.char_end <= len(text)
        assert f.sentence in text
        assert text[f.char_start:f.char_end] in f.sentence
        assert f.rule
    assert EXTRACTOR_VERSION


def test_weekday_event_date():
    figures = extract_figures("Militants killed four soldiers on Tuesday.", PUBLISHED)
    assert figures[0].event_date == date(2021, 3, 2)


@pytest.mark.skipif(not SEED.exists(), reason="../shared seed not present")
def test_seed_article_gives_the_worked_example():
    text = SEED.read_text(encoding="utf-8")
    figures = extract_figures(text, date(2020, 10, 17))
    got = [(f.kind, f.low, f.best, f.high, f.qualifier, f.victims, f.part_of) for f in figures]
    assert got == [
        ("killed", 13, 13, 13, "exact", "civilian", None),
        ("killed", 2, 2, None, "at_least", "child", 0),
        ("injured", 40, 40, 40, "exact", "person", None),
        ("death_toll", 700, 700, None, "more_than", "person", None),
    ]
    assert figures[0].event_date == date(2020, 10, 17)
    t = article_totals(figures)
    assert (t.killed, t.injured, t.death_toll) == (13, 40, 700)


def test_empty_and_figure_free_text():
    assert extract_figures("", PUBLISHED) == []
    assert extract_figures("The council met on Tuesday to discuss the budget.", PUBLISHED) == []


def test_killed_and_injured_together_is_not_a_killed_count():
    assert keys("At least 48 killed and injured in mortar attacks.") == []


def test_active_perfect_takes_the_object():
    assert keys("Militants have executed three officers in the town.") == [("killed", 3, "exact")]


def test_among_them_marks_a_subgroup():
    figures = extract_figures("The strikes killed 65 people, among them 22 children.", PUBLISHED)
    assert [(f.best, f.part_of, f.counted) for f in figures] == [(65, None, True), (22, 0, False)]


def test_number_before_a_prepositional_phrase_is_the_subject():
    assert keys("Three Irish soldiers with the U.N. peacekeeping force were killed.") == [("killed", 3, "exact")]
    assert keys("At least 50 fighters from the Islamic State and Al-Nusra Front were killed.") == [
        ("killed", 50, "at_least")]


def test_questions_state_no_figures():
    assert keys("Can the staff get into work without being killed?") == []


def test_a_period_makes_a_toll():
    assert keys("More than 550 civilians have been killed in the last two months.") == [
        ("death_toll", 550, "more_than")]


def test_a_group_without_a_number_is_skipped_but_its_conjuncts_count():
    text = "A police officer along with an unknown number of assailants were injured."
    assert keys(text) == [("injured", 1, "exact")]
    text = "Two soldiers were killed and another soldier and an unknown number of rebels were hurt."
    assert keys(text) == [("injured", 1, "exact"), ("killed", 2, "exact")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Twelve pilgrims lost their lives in the crush.", [("killed", 12, "exact")]),
        ("The number of dead rose to 54 on Sunday.", [("death_toll", 54, "exact")]),
        ("A nurse was among those killed in the raid.", [("killed", 1, "exact")]),
        ("The strike killed a family of five.", [("killed", 5, "exact")]),
        ("Both victims died at the scene.", [("killed", 2, "exact")]),
        ("The fire killed two or three people.", [("killed", 2, "range")]),
    ],
)
def test_more_ways_to_say_it(text, expected):
    assert keys(text) == expected


def test_partitive_breakdown_is_a_subgroup():
    figures = extract_figures("Gunmen killed 8 people, 5 of them women.", PUBLISHED)
    assert [(f.best, f.part_of, f.counted) for f in figures] == [(8, None, True), (5, 0, False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels kidnapped two villagers and killed them.", [("killed", 2, "exact")]),
        ("Three traders were abducted and killed by the gang.", [("killed", 3, "exact")]),
        ("An air strike left 2 IS militants dead.", [("killed", 2, "exact")]),
        ("1 policeman killed 5 injured in bomb blast", [("injured", 5, "exact"), ("killed", 1, "exact")]),
        ("The clash resulted in 2 rebel and 1 military fatality.", [("killed", 1, "exact"), ("killed", 2, "exact")]),
        ("The commander, along with three bodyguards, was gunned down.", [("killed", 1, "exact"), ("killed", 3, "exact")]),
    ],
)
def test_compound_verbs_acronyms_and_asides(text, expected):
    assert keys(text) == expected


def test_the_body_found_later_is_the_same_death():
    text = "A man was shot dead on Monday and his body was found in a canal."
    assert totals(text) == (1, 0, None)


def test_killed_along_with_a_companion():
    assert keys("The mayor was killed along with his driver on the highway.") == [
        ("killed", 1, "exact"), ("killed", 1, "exact")]


# --- the fast paths give what the plain definitions give --------------------------------------
from flows.extract import figures as _figures  # noqa: E402

TOKEN_SAMPLES = [
    "Gunmen killed 13 civilians, including two children, in Ganja on Sept. 27-29.",
    "U.S. troops said 1,200 people (mostly women) were hurt; 1.5 million fled -- 10-15 of them died.",
    "Kabul's police chief and Al-Qaeda's AT&T-style leader met at 10:30 a.m. on 17.10.2020.",
    "The 13-year-old's 5pm flight, route 66, carried 2nd-class __ passengers\u2026 \u201cnobody\u201d died.",
    "Caf\u00e9 owner Fran\u00e7ois said twenty\u2013five d\u2019Souza men were killed in S\u00e3o Paulo \u00bd km away.",
    "\u0663\u0664 people were injured \u2014 \u00b2 Ahmed\u2019s O'Neill-Smith, E.U.-led, 3,400,000 dead!",
    "",
    "   \n\t ",
]


@pytest.mark.parametrize("text", TOKEN_SAMPLES)
def test_fast_tokenizer_matches_token_re(text):
    expected = _figures.TOKEN_RE.findall(text)
    assert _figures._TOKEN_FAST_RE.findall(text) == expected
    if text.isascii():
        assert _figures._TOKEN_ASCII_RE.findall(text) == expected
    # the sentence's lazy offsets (the path extract_figures takes on lower-cased text), asked for
    # the last token first as a figure near the end of a sentence would
    sentence = _figures._Sentence(text, 0, len(text), False, text.lower(), 0, text.isascii())
    if sentence.n:
        sentence.end_of(-1)
    spans = [(sentence.start_of(i), sentence.end_of(i)) for i in range(sentence.n)]
    assert spans == [m.span() for m in _figures.TOKEN_RE.finditer(text)]


def test_trigger_scan_matches_plain_pattern():
    # (characters outside latin-1, a lone surrogate and a letter outside a-z before a trigger:
    # the byte scan must keep every offset and still see only whole words)
    text = ("KILLED at dawn. Self-killed? The toll rose; bodies, wounded-and-killed, skilled killers "
            "(dead) died\ndeaths 9killed killed9 \u00e9killed overkill \u4e8c\u4eba killed "
            "\U0001f600 dead \ud800injured \u0416killed \u2014wounded").lower()
    expected = [m.start() for m in _figures.TRIGGER_RE.finditer(text)]
    letters = text.encode("latin-1", "replace").translate(_figures._LETTERS_ONLY)
    found = [m.start(1) for m in _figures._TRIGGER_AFTER_SPACE_RE.finditer(letters)]
    if _figures._TRIGGER_AT_START_RE.match(text):
        found.insert(0, 0)
    assert found == expected and expected[0] == 0 and len(expected) == 17


def test_split_with_stop_is_a_prefix_of_the_full_split():
    text = ("Mr. Smith arrived. Two soldiers died.The army said so! Was it U.S. aid? "
            + "Yes. " * 40 + "A long run " * 300 + ". Three more were hurt.\n\nThe end.")
    full = _figures.split_sentences(text)
    for stop in (0, 5, 40, 200, 1500, 4000, len(text) - 3):
        part = _figures.split_sentences(text, stop=stop)
        cut = next((i for i, b in enumerate(full) if b > stop), len(full))
        assert part[:cut + 1] == full[:cut + 1]


# --- partitives drawn from an earlier group ------------------------------------------------------
def test_deaths_among_the_wounded_are_killed_and_leave_the_injured_total():
    text = ("A grenade thrown into a crowded bus depot on Thursday wounded 18 commuters, the district "
            "police chief said. Three of the wounded died overnight at the regional hospital.")
    figs = extract_figures(text, PUBLISHED)
    killed = [f for f in figs if f.kind == "killed"]
    assert [(f.best, f.counted) for f in killed] == [(3, True)]
    # a person is killed or injured, not both: the wounded who died leave the injured total
    assert totals(text) == (3, 15, None)


def test_deaths_among_the_injured_add_to_an_earlier_killed_count():
    text = ("Rebels shelled the market town on Thursday, killing five traders and injuring 22 others. "
            "Two of the injured later died of their wounds, a nurse said.")
    assert totals(text) == (7, 20, None)


@pytest.mark.parametrize(
    "tail",
    [
        "One of the wounded was a teenage girl.",
        "Four of the injured were in a critical condition on Friday.",
        "Two of those wounded were traffic wardens.",
        "Six of the wounded were seriously injured, doctors said.",
    ],
)
def test_a_part_of_the_injured_never_adds_to_them(tail):
    text = ("A parcel bomb exploded at a post office in the old city on Wednesday, injuring 16 people. "
            "The mayor cut short a visit abroad. Shops in the quarter stayed shut. " + tail)
    figs = extract_figures(text, PUBLISHED)
    assert totals(text) == (0, 16, None)
    for f in figs:
        if f.kind == "injured" and f.best != 16:
            assert f.part_of is not None and not f.counted


def test_a_part_of_an_uncounted_group_is_no_figure():
    text = "Five of the wounded were seriously injured in the crush, a hospital spokesman said."
    assert totals(text) == (0, 0, None)


def test_more_bodies_found_add_to_the_dead_and_are_not_the_toll():
    text = ("A landslide buried a mining camp on Friday, killing 11 workers. Rescuers pulled four more "
            "bodies from the mud on Saturday, raising the death toll to 15.")
    figs = extract_figures(text, PUBLISHED)
    assert ("killed", 4, "exact") in [(f.kind, f.best, f.qualifier) for f in figs]
    assert totals(text) == (15, 0, 15)


def test_another_group_since_a_date_is_an_increment_not_a_toll():
    text = "Another 9 civilians have died in the besieged district since Tuesday, aid workers said."
    assert keys(text) == [("killed", 9, "exact")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shelling killed seven villagers on Thursday, pushing the toll from the offensive to 61.",
         [("death_toll", 61, "exact"), ("killed", 7, "exact")]),
        ("A drone strike killed four fishermen, though officials warned the toll was likely to rise.",
         [("killed", 4, "exact")]),
    ],
)
def test_a_toll_in_a_later_clause_leaves_the_incident_count_killed(text, expected):
    assert keys(text) == expected


def test_a_vague_part_of_the_victims_is_no_figure_of_its_own():
    assert totals("Many of the victims were swept away by the flash flood, residents said.") == (0, 0, None)
    text = "The flash flood killed 23 people. Many of the victims were swept away as they slept."
    assert totals(text) == (23, 0, None)


@pytest.mark.parametrize(
    "text",
    [
        "A rocket struck a wedding party on Friday and wounded 17 guests. Three of them later died in hospital.",
        "A rocket struck a wedding party on Friday and wounded 17 guests, three of whom later died.",
        "A rocket struck a wedding party on Friday and wounded 17 guests, including three who died overnight.",
    ],
)
def test_deaths_among_them_after_an_injured_count_are_killed(text):
    assert totals(text) == (3, 14, None)


def test_a_part_of_the_injured_in_a_relative_clause_stays_a_part():
    text = "A rocket struck a wedding party on Friday and wounded 17 guests, including three who were in critical condition."
    figs = extract_figures(text, PUBLISHED)
    assert totals(text) == (0, 17, None)
    assert [(f.kind, f.best, f.part_of) for f in figs if f.best == 3] == [("injured", 3, 0)]


# --- phrasings added in extractor 0.4.0 ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # a gerund with "of": the people it names
        ("The blast resulted in the wounding of five police officers.", (0, 5, None)),
        ("The killing of three soldiers at the border angered the public.", (3, 0, None)),
        ("The raid ended with the killing of a guard.", (1, 0, None)),
        # a second verb done to the same victims
        ("Extremists killed and mutilated seven road workers on Friday.", (7, 0, None)),
        ("Rebels killed and beheaded two hostages.", (2, 0, None)),
        # "to death" with the victims after it, or with a coordinated subject
        ("A mob hacked to death two farmers in the market.", (2, 0, None)),
        ("A banker and his driver were shot to death outside the bank.", (2, 0, None)),
        # a title of several words before a name, or before a comma and the name
        ("Rebels killed police officer Amal Tersh at a checkpoint.", (1, 0, None)),
        ("Gunmen shot and killed district official, Judge Omar Pell, in the market.", (1, 0, None)),
        # a chain of participles with adverbs in it
        ("Six guards were also abducted and later killed after the raid.", (6, 0, None)),
        # a suicide bomber who blew himself up, with no other word of death in the article
        ("A suicide bomber blew himself up outside the station on Friday.", (1, 0, None)),
        # "as well as" and "along with" join a single victim too
        ("The blast killed two guards as well as a cleaner, Omar Sed.", (3, 0, None)),
        ("Gunmen shot and killed a village elder along with his neighbor.", (2, 0, None)),
        # ages after the noun phrase are not counts
        ("Two men ages 37 and 42 were shot dead in the square.", (2, 0, None)),
        # a couple, a pair
        ("A young couple was injured when the roof fell in.", (0, 2, None)),
        ("Two monks were kidnapped in May. The pair were found dead a week later.", (2, 0, None)),
        # an active verb with a named victim: the subject is the attackers
        ("Two masked assailants stabbed and killed Omar Tersh outside his home.", (1, 0, None)),
        # "how many" is no number
        ("Eight people were killed; it is unclear how many attackers were killed.", (8, 0, None)),
        # wounded and then died: one death, not also a wounded person
        ("The guard was wounded and later died in hospital.", (1, 0, None)),
        ("Three soldiers were injured and died on the way to hospital.", (3, 0, None)),
        ("Five people were wounded and two died later.", (2, 3, None)),
        # "got" as the passive auxiliary
        ("Two men got killed in the crossfire and 3 others got seriously injured.", (2, 3, None)),
        # "harmed" is hurt; a zero with it too
        ("Only two women were harmed by the blast.", (0, 2, None)),
        ("The market was damaged but no one was harmed.", (0, 0, None)),
        # the subject across a relative clause, or across a list of who was among them
        ("Four guards who were on duty at the gate were wounded.", (0, 4, None)),
        ("One soldier was killed and 25 people, including traders, police and children, were injured.",
         (1, 25, None)),
        # "five of which": a part of the eight, not five more
        ("The ambush killed two officials and injured eight others, five of which were serious.", (2, 8, None)),
    ],
)
def test_more_ways_of_saying_killed_and_injured(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police killed and arrested several suspects in the raid.",   # arrests are not victims
        "Students protested against the killing of a journalist last month.",  # an earlier cause
        "Violence has risen since the death of tribal leader Omar Dask in an air strike.",
    ],
)
def test_what_the_new_phrasings_do_not_count(text):
    assert totals(text)[:2] == (0, 0)


def test_an_anniversary_governs_only_its_own_words():
    # what "the anniversary of ..." names is past; the main verb after it is today's news
    assert totals("Hundreds marked the anniversary of the massacre of 30 villagers on Friday.")[:2] == (0, 0)
    assert totals("A bomb on the anniversary of the republic killed three and wounded 12 people.") == (3, 12, None)
    assert totals("The rebels, marking their founding anniversary, murdered a teacher and a nurse.") == (2, 0, None)


def test_a_count_for_a_calendar_month_is_a_toll_not_an_incident():
    figures = extract_figures("The army says 93 rebels were killed during the month of November.", PUBLISHED)
    assert [(f.kind, f.best) for f in figures] == [("death_toll", 93)]
    # a religious month names when an attack happened, not a period's count
    assert totals("Three policemen were injured in the attack, which took place during the month of Ramadan.") == (0, 3, None)


def test_a_name_in_apposition_takes_the_head_noun_that_opens_the_clause():
    # "The attacker, <age> <name>, <aside>, was shot dead": the attacker, a perpetrator who adds
    text = ("A knife attack at the market left 2 shoppers killed and 4 others hurt. The attacker, "
            "31 year old Dario Lenz, carrying a replica pistol, was shot dead by officers.")
    attacker = [f for f in extract_figures(text, PUBLISHED) if f.role == "perpetrator"]
    assert [(f.kind, f.victims, f.counted) for f in attacker] == [("killed", "attacker", True)]
    assert totals(text) == (3, 4, None)
    singles = extract_figures("In the old town, a baker, Omar Fadel, 52, sustained burn injuries in the fire.", PUBLISHED)
    assert [(f.kind, f.victims) for f in singles] == [("injured", "baker")]
    # a source's title is not the victim's: "According to X, a reporter, Y was hurt"
    source = extract_figures("According to Lena Marsh, a reporter, activist Tom Reyes was injured in the clash.", PUBLISHED)
    assert [(f.kind, f.victims) for f in source] == [("injured", None)]
    # a captured gunman executed after a trial is not a death in the attack
    assert totals("The captured gunman, Rafi Salem, a 20-year-old student, was executed by firing squad.")[:2] == (0, 0)


def test_an_ongoing_state_is_no_count_of_the_dead():
    text = ("Some 2,000 people marched through the capital on Sunday. A union leader asked whether "
            "talks made sense while the people are being murdered.")
    assert totals(text)[:2] == (0, 0)


def test_lists_of_single_people():
    assert totals("The gunmen killed a professor, a policeman, and a pedestrian.")[0] == 3
    assert totals("Gunmen killed a guard, a driver and a cook at the depot.")[0] == 3
    # an appositive is the same person, not a list
    assert totals("Gunmen killed a man, a father of three, in the market.")[0] == 1
    # one determiner for two people
    assert totals("The minister survived the ambush, in which his bodyguard and driver were also killed.")[0] == 2
    assert totals("The driver and conductor were injured when the bus overturned.")[:2] == (0, 2)


def test_title_abbreviations_and_slips_of_the_pen_keep_the_people():
    assert totals("Seven of Mr. Ampatuan's security escorts were injured.")[:2] == (0, 7)
    assert totals("The blast slightly injured a women and damaged two cars.")[:2] == (0, 1)
    assert totals("The Taliban killed a policemen and kidnapped another.")[:2] == (1, 0)
    assert totals("The gunmen killed a few men.")[0] == 3  # a vague word, not a slip


# --- injured from treatment and transport wording ------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two people were taken to hospital with serious injuries after the crash.", (0, 2, None)),
        ("A passenger was transported to a trauma centre with non-life-threatening injuries.", (0, 1, None)),
        ("Three others were rescued with injuries from the collapsed house.", (0, 3, None)),
        ("One man was treated at the scene for minor injuries.", (0, 1, None)),
        ("One man treated at scene for minor injuries.", (0, 1, None)),  # police-blotter style
        ("The father was treated for smoke inhalation.", (0, 1, None)),
        ("Four firefighters were treated in hospital for their injuries.", (0, 4, None)),
        ("Seven workers were admitted to hospital with burns.", (0, 7, None)),
        ("The driver suffered severe burns when the tanker caught fire.", (0, 1, None)),
        ("Paramedics rushed three people to hospital with gunshot wounds.", (0, 3, None)),
        ("Seventeen others are receiving treatment for their injuries.", (0, 17, None)),
        ("Two deputies were treated at a local hospital and released.", (0, 2, None)),
        ("Three tenants suffered smoke inhalation.", (0, 3, None)),
        ("A hiker suffered severe frostbite on the ridge.", (0, 1, None)),
        ("A passer-by suffered a graze wound to the arm.", (0, 1, None)),
        # the people taken to hospital are among those hurt, unless the text says "others"
        ("Twelve people were hurt in the crash, and four were taken to hospital with serious injuries.", (0, 12, None)),
        ("Two people were killed and three others were taken to hospital with injuries.", (2, 3, None)),
        # one person hurt and taken to hospital is one figure
        ("A cyclist was injured and taken to hospital with head injuries.", (0, 1, None)),
        # a death later in the clause is a death, not also an injury
        ("The guard was rushed to hospital with gunshot wounds, where he died.", (1, 0, None)),
    ],
)
def test_injured_from_treatment_and_transport_wording(text, expected):
    assert totals(text) == expected


# --- the hurt told by their condition or their release ------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("A woman in her 60s is in critical condition.", (0, 1, None)),
        ("Two people were killed and three others are in critical condition.", (2, 3, None)),
        ("The driver was listed in serious condition at a trauma centre.", (0, 1, None)),
        ("The mother was airlifted to a burn centre in critical condition.", (0, 1, None)),
        ("A firefighter was treated and released.", (0, 1, None)),
        ("Two deputies were treated at the scene and released.", (0, 2, None)),
        ("Three firefighters died in the blaze. A fourth firefighter, who suffered burns, was released from hospital on Friday.",
         (3, 1, None)),
        # among the hurt counted before, or one of them again
        ("Twelve people were wounded. Three are in critical condition.", (0, 12, None)),
        ("A teenager was shot in the leg on Tuesday night. The teen was listed in good condition.", (0, 1, None)),
        ("One fisherman was wounded and taken to hospital, where he was in a stable condition.", (0, 1, None)),
        # no one hurt
        ("The spokesman spoke on condition of anonymity.", (0, 0, None)),
        ("The hostages were released unharmed.", (0, 0, None)),
        ("There were no fatalities, although a family's pet dog died in the flat.", (0, 0, None)),
        # taken to hospital in a story of harm; a rank among the dead counts no one again
        ("Seven residents died in the fire shortly after 3 a.m. Twenty residents were taken to hospitals, including "
         "the woman who died Monday.", (7, 20, None)),
        ("The crash happened at noon. Forty passengers were taken to hospital for checks.", (0, 0, None)),
        ("A woman died in hospital on Monday, making her the eighth resident to die in the blaze.", (1, 0, None)),
        # an earlier event dated by a year before its name; a toll "issued at 1600" is a time
        ("No one was injured in the fire. The 2017 Grenfell Tower fire killed 72 people.", (0, 0, None)),
        ("A CAR BOMB EXPLODED TODAY, KILLING FIFTY-TWO PEOPLE, ACCORDING TO A POLICE TOLL ISSUED AT 1600.", (52, 0, None)),
        # words read only where they can tell a casualty
        ("Death squads have threatened the bishop. The murder suspect was given a life sentence.", (0, 0, None)),
        ("Two soldiers lost their lives. Gunmen murder three villagers in the north.", (5, 0, None)),
    ],
)
def test_the_hurt_told_by_their_condition_or_release(text, expected):
    assert totals(text) == expected


def test_a_body_named_in_capitals_is_one_dead():
    text = "THE BULLET-RIDDLED BODY OF RAMIRO OSPINA TELLO, MAYOR OF EL ROBLE, WAS FOUND TODAY ON A RURAL ROAD."
    assert totals(text) == (1, 0, None)


@pytest.mark.parametrize(
    "text",
    [
        "A bystander was treated for shock at the scene.",          # shock is no injury
        "Twelve patients were treated for cholera at the clinic.",  # nor is a disease
        "Forty villagers were taken to hospital for tests.",
        "The fire burns slowly through the dry brush.",
    ],
)
def test_treatment_without_an_injury_is_no_figure(text):
    assert totals(text)[:2] == (0, 0)


# --- shot and stabbed without a word of death: hurt ---------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("A 16-year-old was shot in the leg outside a corner shop on Tuesday night.", (0, 1, None)),
        ("A delivery driver was shot multiple times and is in critical condition.", (0, 1, None)),
        ("Two men were shot in the legs outside a nightclub; both are expected to survive.", (0, 2, None)),
        ("Three teenagers were stabbed at a house party in the suburbs.", (0, 3, None)),
        ("A nurse was stabbed in the arm by a patient.", (0, 1, None)),
        ("A man armed with a knife stabbed four commuters at the station before police shot him dead.",
         (1, 4, None)),
        # the same person already counted in the sentence
        ("A guard was seriously wounded when he was stabbed by an intruder.", (0, 1, None)),
    ],
)
def test_shot_or_stabbed_without_death_is_hurt(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A farmer was shot in the head and killed near his home.", (1, 0, None)),
        ("A shopkeeper was stabbed to death in the market.", (1, 0, None)),
        ("A taxi driver was shot in the chest on Sunday. He died later in hospital.", (1, 0, None)),
        ("Two men were shot and wounded at a checkpoint.", (0, 2, None)),
        # a bare "were shot" (old wire copy uses it of executions), filming, aircraft: no figure
        ("Five prisoners were shot by the guards.", (0, 0, None)),
        ("The film was shot in the desert last spring.", (0, 0, None)),
        ("The drone was shot down over the sea.", (0, 0, None)),
    ],
)
def test_shot_or_stabbed_with_death_or_without_a_wound_is_not_hurt(text, expected):
    assert totals(text) == expected


# --- more ways of saying died ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The driver of the van was pronounced dead at the scene.", (1, 0, None)),
        ("The retired teacher breathed her last at a private hospital on Friday.", (1, 0, None)),
        ("Nine pilgrims were trampled to death when the gates opened.", (9, 0, None)),
        ("A herder was mauled to death by a leopard.", (1, 0, None)),
        ("Two porters were crushed to death under the falling crates.", (2, 0, None)),
        ("Four villagers were burnt to death in the arson attack.", (4, 0, None)),
        ("The kidnapped engineer was beaten and buried alive.", (1, 0, None)),
        ("A cyclist sustained fatal injuries in the collision.", (1, 0, None)),
        ("A motorcyclist suffered fatal head injuries on the bypass.", (1, 0, None)),
        ("A shopkeeper was fatally stabbed during the robbery.", (1, 0, None)),
        ("Officers fatally shot a man who was waving a machete.", (1, 0, None)),
        ("Two constables were fatally wounded in the ambush.", (2, 0, None)),
        # a non-fatal injury stays an injury
        ("The conductor suffered non-fatal injuries in the derailment.", (0, 1, None)),
    ],
)
def test_more_ways_of_saying_died(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers breathed a sigh of relief when the fire was put out.",
        "Six miners were buried alive when the shaft collapsed; rescuers pulled all of them out by dawn.",
    ],
)
def test_context_words_of_death_that_tell_no_death(text):
    assert totals(text)[:2] == (0, 0)


# --- the hurt who then died are dead: the death verb wins over "injured" -------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two more injured pilgrims breathed their last at the civil hospital on Thursday.", (2, 0, None)),
        ("Three injured miners died in hospital overnight.", (3, 0, None)),
        ("An injured porter died on the way to the clinic.", (1, 0, None)),
        ("A head constable who was injured in the grenade attack on Saturday succumbed to his injuries "
         "on Monday. Two other constables injured in the attack are stable.", (1, 2, None)),
        ("Four soldiers who were wounded in the ambush later died.", (4, 0, None)),
        ("Karim Dass, who was wounded in the blast, died on Sunday.", (1, 0, None)),
        # the injured who did not die stay injured
        ("Three injured passengers were taken to a nearby clinic.", (0, 3, None)),
        ("Police said four people who were injured in the blast were in stable condition.", (0, 4, None)),
    ],
)
def test_the_hurt_who_then_died_are_dead(text, expected):
    assert totals(text) == expected


# --- an age in apposition is no count -------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dana Whitfield, 19, of Millbrook, died Saturday after the crash.", (1, 0, None)),
        ("Omar Haddad, 34, a father of two, was killed when the scaffold fell.", (1, 0, None)),
        ("Walter Briggs, 72, of Elm Street, died in the fire.", (1, 0, None)),  # a surname in -s
        ("The driver, 63, died at the scene.", (1, 0, None)),
        ("Ali Karimi, 45, was killed in the blast.", (1, 0, None)),
        # a name given through "identified as" between the person and the verb
        ("The pickup's driver, identified as Lyle Brandt, 29, of Cold Spring, also died at the scene.", (1, 0, None)),
        ("A guard, later identified as Sami Tarek, was wounded in the exchange of fire.", (0, 1, None)),
        # a count after a place name is still a count
        ("In Kandahar, 12 people were killed in the shelling.", (12, 0, None)),
        ("Shelling in Kandahar, 12 killed as homes burn.", (12, 0, None)),
    ],
)
def test_an_age_in_apposition_is_no_count(text, expected):
    assert totals(text) == expected


def test_lakh_and_crore_in_context():
    assert totals("The death toll in the country crossed 4 lakh on Thursday.") == (0, 0, 400_000)
    assert totals("At least 1.5 lakh people have died of the virus since March.") == (0, 0, 150_000)
    # money in lakh is no count
    assert totals("The state paid Rs 2 lakh each to the families of the 12 people who were killed.") == (12, 0, None)


# --- "toll" that counts no dead -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three people were killed in a collision near the toll booth on Friday.", (3, 0, None)),
        ("Two motorists died on the Harbour Toll Road overnight.", (2, 0, None)),
        ("Seven people were injured when a bus hit a toll plaza.", (0, 7, None)),
        ("About 60 people were wounded when troops opened fire at the toll gate.", (0, 60, None)),
        ("The siege has taken a heavy toll on civilians, and two people were killed on Monday.", (2, 0, None)),
        # still a toll: a count of the dead after it
        ("The cyclone took a toll of 45 lives along the coast.", (45, 0, 45)),
        ("The death toll from the landslide rose to 23.", (23, 0, 23)),
    ],
)
def test_a_toll_that_counts_no_dead(text, expected):
    assert totals(text) == expected


def test_an_appositive_inside_a_list_of_victims():
    assert totals("Gunmen killed Ali Khan, the mayor of the town, and his driver.")[0] == 2
    assert totals("Gunmen killed a professor, a policeman, and a pedestrian.")[0] == 3
    text = "At least two people, including Zakir, a district police chief, and his bodyguard, were injured in the blast."
    figs = extract_figures(text, PUBLISHED)
    assert totals(text)[1] == 2
    assert sorted(f.best for f in figs if f.part_of is not None) == [1, 1]


def test_slips_and_rarer_words_for_the_hurt():
    assert totals("Riots killed fifteen people and injuried thirty-five others.")[:2] == (15, 35)
    assert totals("A marine was grazed by debris from the blast.")[:2] == (0, 1)
    assert totals("The attack resulted in the death of one officer and the wounding of another.")[:2] == (1, 1)
    assert totals("The drought has crippled the economy.")[:2] == (0, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Assailants publicly whipped two women in the village square.", (0, 2)),
        ("At least 81 students and three teachers were poisoned as a result of the attack.", (0, 84)),
        ("All four hostages were beaten and released after a ransom was paid.", (0, 4)),
        ("Two other passengers were tortured by the hijackers.", (0, 2)),
        # no count of people, or a death: no hurt
        ("Strong winds whipped up waves along the coast.", (0, 0)),
        ("The rebels were beaten back by the army.", (0, 0)),
        ("Two men were beaten to death by a mob.", (2, 0)),
        ("Officials warned of the risk of 30 villagers being poisoned.", (0, 0)),
    ],
)
def test_harm_done_to_counted_people_is_injury(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, killed",
    [
        ("A gunman opens fire at a concert, killing 4 people and injuring 23 before being shot dead by police.", 5),
        ("A man stabs 3 people at a station before police shoot him dead.", 1),
        ("The gunman killed six people before turning the gun on himself.", 7),
        ("The attacker killed two guards. The attacker later took his own life.", 3),
        ("Two suicide bombers blow themselves up at a market, killing 40 people.", 42),
        ("Seven gunmen storm a hotel, killing 149 people before being killed by commandos.", 156),
        ("Seven gunmen storm a hotel, killing 149 people. All attackers are killed by commandos.", 156),
        ("The gunman, who was in turn killed by the guards, had fired at the crowd.", 1),
        # no count of the attackers, or no attacker named: nothing to add
        ("Assailants held hostages for five hours before being killed by security forces.", 0),
        ("A policeman was wounded before being shot dead.", 0),
    ],
)
def test_what_became_of_the_attackers(text, killed):
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thirty-five soldiers and three rebels fell in action during the battle.", (38, 0)),
        ("The army lost two soldiers in the ambush, and the rebels lost 15 fighters.", (17, 0)),
        ("Twelve people remain in hospital after the blast.", (0, 12)),
        ("Twelve people were injured in the blast and five remain in hospital.", (0, 12)),
        ("SENATOR JOSE PEREZ, A MEMBER OF THE RULING PARTY, DIED OF HIS WOUNDS.", (1, 0)),
        ("GUERRILLAS KILLED MAYOR JUAN GOMEZ AND HIS BODYGUARD.", (2, 0)),
        # not deaths or hurts
        ("The company lost three contracts and the city fell in the hands of rebels.", (0, 0)),
        ("Two captains involved in the killing of Major Moises Giroldi are at the embassy.", (0, 0)),
    ],
)
def test_more_wire_and_field_report_wording(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A court sentenced 17 men to death for the bombing.", (0, 0)),
        ("All 157 people aboard the Boeing 737 MAX 8 were killed.", (157, 0)),
        ("Twelve people remain hospitalized.", (0, 12)),
        ("Four people are being treated in hospital.", (0, 4)),
        ("Three people survived with gunshot wounds.", (0, 3)),
        ("He planned a 2015 attack on a mosque, in which 29 worshippers were killed.", (0, 0)),
        ("Bomb Blast Kills 25 In Market", (25, 0)),
    ],
)
def test_sentences_codes_hospitals_and_dated_attacks(text, expected):
    assert totals(text)[:2] == expected


def test_a_code_joined_to_letters_is_no_count_but_a_dateline_dash_is_no_code():
    assert totals("Russian Su-24 Warplane Crashes in Syria All Crew Members Dead")[0] == 0
    assert totals("KABUL - 24 people were killed in a blast near the airport.")[0] == 24


def test_general_statements_and_idioms_are_no_counts():
    assert totals("We must act when thousands are killed in wars.")[0] == 0
    assert totals("The new law killed two birds with one stone.")[0] == 0
    assert totals("Dozens were killed in the raid on Monday.")[0] == 12


def test_a_decade_age_and_a_pluperfect_singular():
    assert totals("A man in his 50s was killed when a tree fell on his car.")[0] == 1
    assert totals("Emergency services said a boy had been killed in the strike.")[0] == 1


def test_a_present_tense_list_entry_is_news_not_a_general_statement():
    assert totals("A bomb explodes on a train; 16 people die, including the suicide bomber, and dozens are injured.")[:2] == (16, 12)
    assert totals("Dozens are killed every year on the roads.")[0] == 0


@pytest.mark.parametrize(
    "text, killed",
    [
        ("At least three assailants, including the suicide bomber, and two security guards were killed.", 5),
        ("At least 39 assailants 17 security personnel were killed in the attack.", 56),
        ("A suicide bomber detonated and two other assailants attacked the house. At least 11 people, "
         "including the three assailants, were killed.", 11),
    ],
)
def test_attackers_inside_and_beside_a_count(text, killed):
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    "text, injured",
    [
        ("Assailants cut off the fingers of three voters in the district.", 3),
        ("The assailants cut off the finger of the second hostage, who was released two days later.", 1),
        ("Assailants abducted a civilian suspected of robbery and cut off his hand and leg.", 1),
        ("The government cut off the supply of water to the town.", 0),
    ],
)
def test_a_maiming_is_an_injury(text, injured):
    assert totals(text)[1] == injured


def test_slashed_names_and_leaving_him_killed():
    assert totals("78 BH/IS fighters were killed in the bombardment.")[0] == 78
    assert totals("Gunmen attacked the house of a police officer, leaving him killed.")[0] == 1


@pytest.mark.parametrize(
    "text, killed",
    [
        ("A prosecutor, Mario Canal, was forcibly removed from his taxi and killed by four armed men.", 1),
        ("Insurgents slit the throats of eight fruit traders in the market town.", 8),
        ("A jet with 88 persons aboard crashed into the sea after a bomb exploded. There were no survivors.", 88),
        ("The crash left no survivors, the airline said.", 0),  # how many were aboard is not said
    ],
)
def test_more_ways_of_telling_deaths(text, killed):
    assert totals(text)[0] == killed


def test_the_bodies_of_the_named_count():
    assert totals("Two contractors were kidnapped. The bodies of the two contractors were found later.")[0] == 2


def test_injuries_to_a_body_part_are_one_hurt():
    assert totals("Assailants fired shots at the deputy mayor at his office, causing injuries to his leg.")[:2] == (0, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "both" with a plural noun is two people, in a list too
        ("Police said 20 hostages and both attackers were killed.", (22, 0)),
        ("Troops ended the siege after nine hours, with 20 hostages and both attackers dead.", (22, 0)),
        # "in addition to" adds a group
        ("The bombings killed 13 people in addition to the six bombers.", (19, 0)),
        ("The blast killed 13 people in addition to the bomber.", (14, 0)),
        # a count followed by people named with a possessive
        ("Soldiers murdered six priests, their housekeeper and her 15-year-old daughter.", (8, 0)),
        # but a name's appositive is no second person
        ("Gunmen shot and killed Sam Novello, an American naval officer, in the street.", (1, 0)),
        # a person "among them" belongs to the count before it, not to the next clause
        ("Five people were killed, among them a 12-year-old boy, and eight others were wounded.", (5, 8)),
    ],
)
def test_lists_of_groups_and_people(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject is the person before a relative clause
        ("A police officer who was shot during a bank robbery last Friday died of his injuries on Sunday.", (1, 0)),
        ("Nine fighters who were guarding the clinic were also killed.", (9, 0)),
        # a participle right after its noun, then a preposition: the hurt, not an active verb
        ("A second officer and a security guard wounded in the shootout remain in hospital.", (0, 2)),
        ("Five medics were killed and a nurse critically wounded when an air strike hit the clinic.", (5, 1)),
        # an active verb takes an object after the preposition
        ("An army unit killed in a special operation all members of the cell.", (0, 0)),
        ("The gunman wounded a guard in the lobby.", (0, 1)),
        # a gas's poisoning is hurt, food poisoning an illness
        ("Eleven miners were treated for carbon monoxide poisoning.", (0, 11)),
        ("Eleven guests were treated for food poisoning.", (0, 0)),
    ],
)
def test_relative_clauses_participles_and_care(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second count with its verb left out: a parallel place, or "N more"
        ("At least 11 people were killed in Kwapre and eight more in Daban Masara.", (19, 0)),
        ("Ten people died in Guizhou province and 9 in Chongqing.", (19, 0)),
        # not a count with a clause of its own
        ("Two people were killed and 12 others, including a child, were wounded.", (2, 12)),
        ("Thirteen assailants were killed and seven others, including a constable and six assailants, were injured.", (13, 7)),
        # "all four assailants" in a list is a group of its own
        ("Four civilians and all four assailants were killed.", (8, 0)),
    ],
)
def test_elliptic_counts_and_lists(text, expected):
    assert totals(text)[:2] == expected


def test_some_local_sources_are_another_source():
    text = ("Militia attacked the village, killing 17 people. Some local sources reported up to 52 fatalities. "
            "Fatalities coded as the lower figure.")
    assert totals(text)[0] == 17


@pytest.mark.parametrize(
    "text, expected",
    [
        # an "including the ..." aside closed by a comma belongs to the count before it
        ("In all, 36 people were killed, including the four bombers, and 230 were wounded.", (36, 230)),
        # an aside no comma closes: the count and its parts
        ("At least 12 people, including the six assailants and six police officers were killed.", (12, 0)),
        # the attacker shot dead by sheriff's deputies is besides his victims
        ("A gunman killed five co-workers before he was shot dead by responding deputies.", (6, 0)),
    ],
)
def test_asides_and_the_attacker(text, expected):
    assert totals(text)[:2] == expected


def test_a_partys_claim_in_a_later_clause_claims_only_what_follows():
    text = ("According to the ministry, 22 Taliban militants were killed and 9 wounded in the clash, "
            "while the Taliban claimed to have killed 14 soldiers.")
    assert totals(text)[:2] == (22, 9)
    # a party's claim that opens the sentence is a claim throughout
    text = "Police said the blast wounded five civilians. The group stated that twelve police were killed."
    assert totals(text)[:2] == (0, 5)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate is no count
        ("The figure amounted to an average of 83 civilian deaths a day over the decade.", (0, 0)),
        ("Roads kill 40 people a day in the country, the report said.", (0, 0)),
        # but "a day after" dates a count
        ("Tanks shelled the city on Monday, killing four civilians, residents said a day after the protests.", (4, 0)),
        # hypothermia is hurt
        ("About 30 survivors were treated for hypothermia at a clinic on the island.", (0, 30)),
    ],
)
def test_rates_and_hypothermia(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two people have been taken to hospital after a head-on collision on the highway.", (0, 2)),
        # among the hurt counted before
        ("Five people were injured and two were taken to hospital.", (0, 5)),
        # a death after the ride to hospital is read at its own words
        ("A man was rushed to hospital, where he died.", (1, 0)),
        # a state's statement is the report, a group's the claim
        ("A militant spokesman claimed that more than 40 foreign soldiers died in the ambush. A NATO statement "
         "said two soldiers were slightly wounded and that there were no deaths.", (0, 2)),
    ],
)
def test_taken_to_hospital_and_official_statements(text, expected):
    assert totals(text)[:2] == expected


def test_a_bare_lower_case_word_after_a_conjunction_is_no_person():
    # (a typo of "no one" in a real record; "knowone" is no victim)
    assert totals("The attack destroyed six police vehicles but knowone was injured.")[:2] == (0, 0)
    assert totals("The attack destroyed six vehicles but a guard was injured.")[:2] == (0, 1)


def test_a_name_in_apposition_between_two_people_of_a_list():
    assert totals("Gunmen killed a farmer, Ali Khan, and his son in the village.")[:2] == (2, 0)
    assert totals("Gunmen assassinated a security official, Major Muhammad Rashad, and one of Rashad's bodyguards.")[:2] == (2, 0)
    assert totals("Gunmen killed a farmer, Ali Khan, in the village.")[:2] == (1, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an -ly adverb right before the verb
        ("The soldier tragically died in the crash.", (1, 0)),
        ("WE ALSO REPORT THAT COMRADE WILLIAM HEROICALLY FELL IN COMBAT.", (1, 0)),
        # but "nearly died" is no death
        ("Two men nearly died in the fire.", (0, 0)),
        # one hurt person named by the participle before the noun
        ("A wounded corporal was taken prisoner.", (0, 1)),
        ("Troops carried a wounded soldier to the helicopter.", (0, 1)),
        # counts told one after the other with the comma lost in scraping
        ("More than 50 troops were summarily executed 19 more were killed in the assault.", (69, 0)),
    ],
)
def test_adverbs_and_a_wounded_person(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside between dashes
        ("Clashes rocked the city, leaving 23 civilians - including nine children - dead.", (23, 0)),
        ("At least 400 people - mainly women and children - have been injured.", (0, 400)),
        # "since being brought" is no period
        ("It said 31 people hurt in the attack were being treated in hospitals and three people had died since "
         "being brought across the border.", (3, 31)),
    ],
)
def test_dash_asides_and_since_being(text, expected):
    assert totals(text)[:2] == expected


def test_a_fronted_earlier_month_without_its_comma_is_background():
    text = "Barrel bombs hit the town again on Monday. In May more than 60 civilians were killed by barrel bombs on the town."
    assert totals(text, date(2016, 10, 2))[0] == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count after a possessive in a list
        ("Gunmen shot dead a local council leader and his two sons at their home.", (3, 0)),
        ("A mortar round hit a house, killing a woman and her three children and wounding her husband.", (4, 1)),
        # the object of the first clause is no subject of the second
        ("A stray bullet killed a 6-year-old girl, and two men were injured.", (1, 2)),
        # the one who attacked, shot dead
        ("A Palestinian stabbed two students before being shot dead by a border policeman.", (1, 2)),
        # the remains of people, not of things
        ("The remains of two hostages were found a week later.", (2, 0)),
        ("The remains of the reactor core lie buried under concrete.", (0, 0)),
        ("A teenager was treated for a slash wound to his arm.", (0, 1)),
    ],
)
def test_possessive_lists_objects_and_remains(text, expected):
    assert totals(text)[:2] == expected


def test_a_toll_that_remains():
    assert totals("The death toll remains at 40, officials said.")[2] == 40


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after the head starts a phrase of its own
        ("Gunmen killed 30 people using rifles and machetes.", (30, 0)),
        ("Twelve people attending a wedding were killed.", (12, 0)),
        # fighters "neutralized" or "eliminated" are killed; other things are not
        ("Troops neutralized five terrorists in the operation.", (5, 0)),
        ("The team eliminated two rivals in the semi-final.", (0, 0)),
        # no information is no zero
        ("There was no initial information on casualties.", (0, 0)),
    ],
)
def test_participles_after_the_head_and_fighters_neutralized(text, expected):
    assert totals(text)[:2] == expected
    if "information" in text:
        assert keys(text) == []


def test_a_place_people_come_from_and_a_count_after_a_semicolon():
    assert totals("Three children from one family were killed in the strike.")[:2] == (3, 0)
    text = "Casualties were mounting: 18 dead in a missile attack near the port, officials said; six more in the north."
    assert totals(text)[:2] == (24, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        # shot where: hurt
        ("Gunmen shot a policeman in the leg.", (0, 1)),
        ("Four members of the cell shot a labour court judge in both knees outside his office.", (0, 1)),
        # but the one they killed, told again
        ("Insurgents chased and killed a police officer. The gunmen shot the officer in the head and fled.", (1, 0)),
        # cuts, fractures
        ("A voter was shot dead and a polling official sustained machete cuts to his arm.", (1, 1)),
        ("Two men suffered multiple fractures in the fall.", (0, 2)),
        ("The government announced budget cuts.", (0, 0)),
        # less badly hurt
        ("Two of the girls suffered severe burns and several others were less badly hurt.", (0, 5)),
        ("At least two civilians have died and five more have been wounded.", (2, 5)),
        # the wounded who died on the way to hospital leave the hurt
        ("A youth stabbed two women at a bus stop. One of the women died on the way to hospital.", (1, 1)),
        # a second attacker who blew himself up, besides one shot by guards
        ("Guards killed one assailant before he could detonate his explosives; the second assailant blew himself "
         "up at the gate, injuring three constables.", (2, 3)),
    ],
)
def test_shot_where_cuts_and_a_second_bomber(text, expected):
    assert totals(text)[:2] == expected


def test_the_previous_week_is_background():
    text = ("A mortar round landed in a school courtyard, wounding nine pupils. The previous week, a similar attack "
            "on the same school killed three teachers.")
    assert totals(text)[:2] == (0, 9)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("FOUR SOLDIERS DIED IN A CLASH. THREE MORE SOLDIERS SUFFERED WOUNDS AND WERE AIRLIFTED TO THE CAPITAL.", (4, 3)),
        ("UNIDENTIFIED GUNMEN SHOT AND KILLED APPEALS COURT JUDGE HECTOR ORTIZ MENDEZ TODAY.", (1, 0)),
        ("Gunmen killed the mayor of Springfield, Ohio, and two councilmen.", (3, 0)),
        # taken to hospital, with the injuries said after it
        ("Forty-seven passengers were taken to hospital, eight of them with life-threatening injuries.", (0, 47)),
    ],
)
def test_wounds_suffered_titles_in_capitals_and_a_place_in_a_list(text, expected):
    assert totals(text)[:2] == expected


def test_an_exact_count_of_the_hurt_replaces_the_headlines_dozens():
    text = ("Three dead, dozens hurt as commuter train derails\\n\\nThree people were killed and dozens injured when a "
            "commuter train derailed on Wednesday, officials said. Forty-seven passengers were taken to hospital, "
            "eight of them with life-threatening injuries.")
    assert totals(text)[:2] == (3, 47)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count in a list with a fate of its own is no object of the verb
        ("Gas leak at chemical plant kills 11, over 1,000 taken ill", (11, 0)),
        # a fear before "and" does not reach the count after it
        ("Hundreds of people are feared dead and at least 40 bodies have been recovered.", (40, 0)),
        ("Militants threatened to kill and injure 20 hostages.", (0, 0)),
    ],
)
def test_fates_in_lists_and_fears_before_and(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # maimed: hurt; "both legs" is no count of people
        ("The officer lost both legs and his driver was slightly hurt.", (0, 2)),
        # treated at hospitals
        ("The health ministry said 214 people had been treated at hospitals across the city.", (0, 214)),
    ],
)
def test_maimed_and_treated_at_hospitals(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hundreds of lives could be lost.", (0, 0)),
        ("The bomb damaged ten houses but injured only four people.", (0, 4)),
        ("Rocket attacks killed \u201cdozens\u201d of civilians in the city on Tuesday.", (12, 0)),
        # a name that ends in -s; but not a group named in capitals
        ("Gunmen killed Pedro Torres on Monday.", (1, 0)),
        ("Gunmen killed US Marines on Monday.", (0, 0)),
        ("The attack caused the deaths of two soldiers and three civilians on Monday.", (5, 0)),
        ("THE DEATH OF SIX GUERRILLAS AND THE CONFISCATION OF WEAPONS WERE REPORTED.", (6, 0)),
        ("The brutal killing of three farmers on Monday shocked the town.", (3, 0)),
    ],
)
def test_fears_quotes_names_and_lists_after_deaths_of(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Members of the cell shot a senior official of the prison administration in both legs.", (0, 1)),
        ("Seven jawans were killed. Two other jawans suffered splinter injuries and were airlifted to Ranchi.", (7, 2)),
        ("A 2-year-old boy was struck in the arm by a stray bullet on Sunday night.", (0, 1)),
        ("The convoy was struck by a roadside bomb.", (0, 0)),
        ("Twenty-three people were rescued alive, 15 of them with injuries, and taken to hospital.", (0, 15)),
    ],
)
def test_shot_of_splinters_struck_and_the_hurt_among_the_rescued(text, expected):
    assert totals(text)[:2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a throat cut is a killing, like a throat slit
        ("Raiders entered the farm at night, cutting the throats of seven herders.", [("killed", 7, "exact")]),
        ("The gang cut the throats of two guards.", [("killed", 2, "exact")]),
        # "beat", the past tense, before or after its object
        ("A crowd beat to death a man accused of theft.", [("killed", 1, "exact")]),
        ("Villagers beat two suspected thieves to death.", [("killed", 2, "exact")]),
        # heatstroke is a hurt when people are treated or admitted for it
        ("Some 85 marchers were treated for heatstroke at field clinics.", [("injured", 85, "about")]),
    ],
)
def test_cut_throats_beat_to_death_and_heatstroke(text, expected):
    assert keys(text) == expected


def test_hurt_counted_since_a_landslide_are_its_hurt():
    figures = extract_figures("Doctors said 52 people had been treated for injuries since the slide.", date(2021, 1, 4))
    assert [(f.kind, f.best, f.counted) for f in figures] == [("injured", 52, True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive before the second conjunct's count keeps the first conjunct
        ("A shepherd and his three sons were killed by the mine.", [("killed", 1, "exact"), ("killed", 3, "exact")]),
        ("The mayor and her two aides were wounded.", [("injured", 1, "exact"), ("injured", 2, "exact")]),
        # a couple is two people
        ("An elderly couple and their grandson were killed when the roof fell in.",
         [("killed", 1, "exact"), ("killed", 2, "exact")]),
        # a time of day before a worker noun is part of the noun
        ("The bomb went off before dawn, killing a night watchman.", [("killed", 1, "exact")]),
    ],
)
def test_possessive_conjuncts_couples_and_night_watchmen(text, expected):
    assert keys(text) == expected


def test_a_separate_incident_opener_is_todays_news():
    text = ("In a separate incident on Tuesday, four soldiers were wounded when a mine went off under their truck.")
    figures = extract_figures(text, date(2021, 3, 4))
    assert [(f.kind, f.best, f.counted) for f in figures] == [("injured", 4, True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle right after "N of the M people" tells what befell the M
        ("Eleven of the 48 people wounded in the attack are still in hospital.", [("injured", 48, "exact")]),
        ("Three of the seven miners killed in the collapse were brothers.", [("killed", 7, "exact")]),
        # with an auxiliary it is the N
        ("Three of the seven miners were killed in the collapse.", [("killed", 3, "exact")]),
        ("She was one of 31 passengers injured when the bus overturned.", [("injured", 31, "exact")]),
        # and a death in the clause is the N's
        ("One of six guards wounded in the raid died on Monday.", [("killed", 1, "exact")]),
    ],
)
def test_participle_after_a_partitive_with_its_own_count(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the hurt taken to hospital in a sentence or after a sentence that tells the harm
        ("Nine people died at the scene, and 26 others were taken to hospital.", (9, 26, None)),
        ("The overloaded ferry overturned in strong winds. At least 180 people swam to shore, and eight of "
         "them were admitted to hospital.", (0, 8, None)),
        ("Eleven guests were taken to hospital early Saturday after a faulty furnace filled the motel with "
         "carbon monoxide. No one died.", (0, 11, None)),
        # a sentence before that tells the dead, not only the harm's cause
        ("A bus plunged into a gorge on Sunday night, killing 27 people.\n\nFourteen survivors, among them the "
         "driver, were taken to hospitals in two towns.", (27, 14, None)),
        # a precaution is no harm
        ("Nine people died in the crash. Two officers were taken to hospital as a precaution.", (9, 0, None)),
    ],
)
def test_taken_to_hospital_after_harm(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "executed" counts people, not plans or warrants
        ("Some 40 guerrillas dynamited the town hall and executed the mayor and two councilmen in the square.", (3, 0, None)),
        ("The rebels executed a captured soldier.", (1, 0, None)),
        ("Detectives executed a search warrant at the house.", (0, 0, None)),
        # an age-and-name apposition between the people of the list
        ("TERRORISTS MURDERED THE LIEUTENANT GOVERNOR, 62-YEAR-OLD FELICIANO HUAMANI ROJAS, AND TWO OF HIS SONS.", (3, 0, None)),
        # a place and its county are not a person beside the wounded
        ("An off-duty soldier was shot dead near Ballykerrin, Co. Tyrone, and his wife was wounded in the arm.", (1, 1, None)),
        # the cause's span is not the count's: one day's floods
        ("Flash floods triggered by three days of torrential rain killed at least 19 people on Tuesday.", (19, 0, None)),
        # a killing avenged is an earlier one
        ("The bomb killed seven people. The group said the attack was in retaliation for the killing of five "
         "of its members last week.", (7, 0, None)),
    ],
)
def test_executions_appositions_and_causes(text, expected):
    assert totals(text) == expected


def test_officers_hurt_are_not_among_the_protesters_wounded():
    text = ("Police fired on demonstrators on Thursday, killing two protesters and wounding 14, officials said. "
            "Nine police officers were hurt by stones thrown by the crowd.")
    assert totals(text) == (2, 23, None)


def test_elsewhere_paragraph_of_a_caps_roundup_is_another_incident():
    text = ("ARMED BANDITS HAVE MASSACRED 27 PEOPLE IN AN ATTACK ON THE VILLAGE OF NHAMBITA.\n\n"
            "ELSEWHERE, A PASSENGER TRAIN HIT A LANDMINE NEAR MUTANDA STATION ON SATURDAY. "
            "THE DRIVER AND HIS ASSISTANT WERE KILLED. THE PASSENGERS ESCAPED UNHURT.")
    assert totals(text, date(1988, 9, 27)) == (29, 0, None)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the press's count after the police's is another source's account of the same dead
        ("A grenade was thrown into a crowded arena. Police said two spectators died and 27 were wounded. "
         "A local radio station reported five deaths.", PUBLISHED, (2, 27, None)),
        # (but news of more dead adds)
        ("A bomb exploded in the market, killing three people. State television said two more people died "
         "in a second blast in the north.", PUBLISHED, (5, 0, None)),
        # a fronted month recalls an earlier attack
        ("Eleven soldiers were killed in fighting on Sunday. Last October, nine marines were killed in an "
         "ambush by the same group.", date(2016, 8, 9), (11, 0, None)),
        # "in the first ... In the second": the items of a count told before
        ("Gunmen killed nine people in two attacks on Sunday. In the first attack, five villagers were killed. "
         "In the second, four farmers were shot dead.", PUBLISHED, (9, 0, None)),
        ("EXTREMISTS SHOT DEAD NINE PERSONS, INCLUDING TWO WOMEN, IN TWO INCIDENTS LAST NIGHT. IN THE FIRST "
         "INCIDENT, FIVE MEMBERS OF A FAMILY WERE KILLED. IN THE SECOND, FOUR PERSONS WERE SHOT DEAD.", PUBLISHED, (9, 0, None)),
        # (a second attack told with no such list adds)
        ("A car bomb killed five people in the market. An hour later, a second bomb exploded near the mosque. "
         "In the second attack, four people were killed.", PUBLISHED, (9, 0, None)),
        # the victims a killing verb names are among the dead, not the wounded
        ("A riot at the prison left nine inmates dead and 15 injured, officials said. Several of the victims "
         "were decapitated.", PUBLISHED, (9, 15, None)),
        # the bodies recovered as the count was given are inside it
        ("The landslide killed at least 64 people, officials said on Tuesday, as rescuers pulled 17 more bodies "
         "from the mud.", PUBLISHED, (64, 0, None)),
    ],
)
def test_other_accounts_enumerations_and_increments(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hospital's or the police's count of the dead counted before is another account
        ("A suicide bomber drove a truck into a market on Tuesday, killing 34 people, police said. An official "
         "at the main hospital said 41 bodies had been brought in.", (35, 0, None)),
        ("Gunmen raided the village, killing at least 32 villagers, residents said. A police spokesman "
         "confirmed 18 deaths.", (32, 0, None)),
        # (bodies found are more dead)
        ("Gunmen raided the village, killing at least 32 villagers. Police said they found 12 more bodies "
         "in the forest.", (44, 0, None)),
        # "the number of people killed when ... has risen to"
        ("The number of people killed when a footbridge collapsed over the river on Thursday has risen to 11, "
         "officials said.", (11, 0, 11)),
        # the hurt "under treatment", with no hospital named
        ("Nine people died at the scene, and 26 others remain under treatment.", (9, 26, None)),
        ("Twelve people were injured. Four of them remain under treatment.", (0, 12, None)),
    ],
)
def test_source_counts_toll_clauses_and_treatment(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "the number of victims killed": the participle says which
        ("A man wounded in Saturday's shooting at the bowling alley died on Monday, raising the number of "
         "victims killed to three, police said.", date(1999, 3, 16), (3, 0, 3)),
        # a conflict with its place or a relative clause before its perfect verb is a toll
        ("The conflict in the North-West and South-West regions, which began after a crackdown on protests "
         "in 2016, has killed an estimated 3,000 people.", date(2019, 5, 28), (0, 0, 3000)),
        # a count below what a vague word means is not what it meant
        ("OUR FORCES REPELLED THE ATTACK, KILLING 23 OF THE ATTACKERS AND WOUNDING SCORES. THREE OF OUR "
         "FIGHTERS WERE MARTYRED AND SIX OTHERS WERE WOUNDED.", date(1988, 4, 18), (26, 26, None)),
        # hospital sources telling more people hurt are no other account
        ("A CAR BOMB EXPLODED NEAR THE MARKET AT NOON, KILLING FIVE PEOPLE. HOSPITAL SOURCES SAID SOME 40 "
         "OTHERS WERE WOUNDED.", date(1988, 4, 18), (5, 40, None)),
    ],
)
def test_toll_phrases_conflicts_and_vague_counts(text, published, expected):
    assert totals(text, published) == expected


def test_a_place_after_the_participle_is_not_a_second_subject():
    # "near the village" is where the soldier was wounded, not someone who died
    for place in ("Kandahar", "the village", "Qalat-e-Sorkh"):
        text = f"A soldier wounded in the bombing near {place} has died."
        assert totals(text) == (1, 0, None), place


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # an emergency number is no count of people; a gunman who turned a gun on himself died
        ("MILLBROOK FALLS, Ohio - A former employee armed with a rifle opened fire at a warehouse on Saturday, "
         "killing five people and wounding seven before turning a gun on himself, police said. Officers arrived "
         "within three minutes of the first 911 call.", date(2019, 3, 24), (6, 7, None)),
        # a conflict's lives claimed, told with its history, are a toll
        ("Armed men killed 43 villagers overnight. Algeria's conflict, which began after the army cancelled "
         "elections in January 1992, has claimed an estimated 60,000 lives.", date(1997, 9, 26), (43, 0, 60000)),
        # a killing "recalled" is an earlier one, however near its date
        ("GUERRILLAS KILLED A POLICE CORPORAL TODAY. THE COMMAND RECALLED THAT ON 2 OCTOBER A SIMILAR GROUP "
         "MURDERED SIX PEASANTS IN THE HAMLET.", date(1990, 10, 9), (1, 0, None)),
        # the toll of one day's fighting is its count
        ("THE TOLL OF TODAY'S ARTILLERY DUELS IN THE CAPITAL HAS RISEN TO NINE DEAD AND 34 WOUNDED. THE SPOKESMAN "
         "SAID THIS BRINGS TO 612 THE NUMBER OF PEOPLE KILLED SINCE THE FIGHTING FLARED ON 14 MARCH.",
         date(1989, 4, 27), (9, 34, 612)),
    ],
)
def test_probe20_general_cases(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the burned counted as people are hurt
        ("A fuel tanker overturned and exploded on Friday evening, killing at least 35 people and burning about "
         "100 others, officials said.", PUBLISHED, (35, 100, None)),
        ("The mob burned 30 houses.", PUBLISHED, (0, 0, None)),
        # another source putting the number of dead at more is listed, not added, and no toll
        ("Local sources reported 9 fatalities: 5 soldiers and 4 militants. A pro-opposition monitor put the "
         "number of dead at 13.", PUBLISHED, (9, 0, None)),
        # after "different accounts", a side's count of its enemy's dead is its claim
        ("Heavy fighting around the town killed at least 31 people on Saturday, officials said. The two sides gave "
         "sharply different accounts of the battle. The army said its troops had repelled an attack, killing 40 "
         "rebels.", PUBLISHED, (31, 0, None)),
    ],
)
def test_burns_put_at_and_rival_accounts(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ages of a list are no counts, and the list is one aside
        ("Three children, aged four, seven and nine, died in a house fire.", (3, 0, None)),
        ("Two women, aged 25 and 31, were injured.", (0, 2, None)),
    ],
)
def test_a_list_of_ages_is_an_aside(text, expected):
    assert totals(text) == expected


def test_a_toll_since_a_clause_reads_its_count():
    text = ("Wildfires killed at least 11 more people on Sunday, bringing the death toll since the fires broke out "
            "on Friday to 53, the fire service said.")
    assert totals(text) == (11, 0, 53)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "One of the men ...; the other ...": the two counted before
        ("Two workers were taken to hospital after a chemical leak at the plant on Wednesday. One of the men "
         "suffered serious burns to his legs; the other was treated for breathing difficulties and later "
         "discharged.", (0, 2, None)),
        # (a group named so before is that group)
        ("A MINE EXPLODED UNDER A TRUCK, KILLING THREE PEASANTS AND SERIOUSLY INJURING TWO CHILDREN. ONE OF THE "
         "CHILDREN DIED LATER AT THE HOSPITAL.", (4, 1, None)),
        # the missing beside the recovered dead are no dead; an earlier "number of dead" is listed only
        ("The search was called off, with the bodies of 34 victims recovered and 47 people still unaccounted for. "
         "On Thursday, officials had put the number of dead at 21.", (34, 0, None)),
    ],
)
def test_definite_groups_missing_and_earlier_numbers(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "taking the death toll in Sunday's bus accident to 27" is a count, not "taking a toll"
        ("Three more passengers died overnight, taking the death toll in Sunday's bus accident to 27.",
         date(2012, 6, 12), (27, 0, 27)),
        ("The war has taken a heavy toll on families.", date(2012, 6, 12), (0, 0, None)),
        # an age in all-caps copy, and a separate incident's paragraph with its date
        ("AT LEAST EIGHT PEOPLE WERE KILLED AND MORE THAN TWENTY WOUNDED WHEN ARMED MEN OPENED FIRE ON A BUS.\n\n"
         "IN A SEPARATE INCIDENT ON 3 JANUARY, JUDGE HUMBERTO ALCANTARA, 54, OF THE SECOND CRIMINAL COURT, WAS "
         "SHOT DEAD AS HE LEFT HIS HOME. HIS BODYGUARD WAS SERIOUSLY WOUNDED.", date(1991, 1, 5), (9, 21, None)),
    ],
)
def test_tolls_taken_to_a_count_and_caps_ages(text, published, expected):
    assert totals(text, published) == expected


def test_shot_dead_before_a_title_and_name_is_active():
    text = ("Two unidentified men on a motorcycle shot dead local radio journalist Tomas Agcaoili, 44, outside "
            "his home.")
    assert totals(text) == (1, 0, None)
    assert totals("Two men were shot dead outside their home in Barrio Las Moras.") == (2, 0, None)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a month inside a ranking's "since" clause does not make the count a month's toll
        ("Air strikes on a crowded market killed at least 27 civilians on Tuesday, a war monitor said, in one of "
         "the deadliest attacks since a partial ceasefire came into force in February.", date(2016, 4, 19), (27, 0, None)),
        # "brought out alive with injuries": hurt
        ("Seventeen miners were brought out alive with injuries.", PUBLISHED, (0, 17, None)),
    ],
)
def test_ranking_months_and_survivors_with_injuries(text, published, expected):
    assert totals(text, published) == expected


def test_a_count_so_far_in_a_year_of_many_accidents_is_a_toll_only():
    text = ("Three miners were killed after a section of tunnel collapsed at the mine on Tuesday afternoon. "
            "Nationally, 32 people have died in mining accidents so far in 2020, according to the ministry.")
    assert totals(text, date(2020, 9, 9)) == (3, 0, 32)


def test_more_in_hospital_after_the_dead_are_the_wounded_again():
    text = ("A former employee opened fire inside a warehouse on Thursday, killing four co-workers and wounding "
            "three others before fatally shooting himself, police said. \"Five people, including the shooter, are "
            "dead. Three more are in the hospital,\" the chief said.")
    assert totals(text)[1] == 3


def test_likenesses_of_the_dead_are_not_the_dead():
    text = ("About 40 party workers carrying 14 dummies of dead bodies on a truck staged a protest outside the "
            "opposition leader's office against the firebombing of buses.")
    assert totals(text) == (0, 0, None)
    assert totals("Rescuers pulled dozens of dead bodies from the rubble on Sunday.")[0] == 12


@pytest.mark.parametrize(
    "text, expected",
    [
        # the deaths a claim avenges, and the killing an attack followed, are earlier events
        ("A suicide bomber drove a car packed with explosives into a police post in Mardan, killing himself and "
         "seven policemen. Eleven people were wounded. A militant commander said the attack avenged the deaths "
         "of 15 of its fighters in an army operation last month.", (8, 11, None)),
        ("Gunmen fired on worshippers leaving a temple in the old city, killing four people and wounding nine. "
         "The attack followed the killing of 12 people at another temple across the river on 3 June.", (4, 9, None)),
    ],
)
def test_deaths_an_attack_avenges_or_follows_are_background(text, expected):
    assert totals(text, date(2011, 6, 20)) == expected


def test_the_number_of_dead_after_houses_set_on_fire_is_the_attack_s_dead():
    # "setting houses on fire" tells the attack, not a fire whose toll runs on
    text = ("Armed men raided the farming village of Kadaru on Sunday night, setting houses on fire and shooting "
            "residents as they ran. Local officials put the number of dead at 23.")
    assert totals(text, date(2014, 3, 4))[0] == 23


@pytest.mark.parametrize(
    "text, expected",
    [
        # two or three days of fighting are one bout's dead, not a period's running count
        ("Government forces said 32 rebel fighters were killed in fighting on the outskirts of the city over the "
         "past two days.", (32, 0, None)),
        ("At least 40 people have been killed in the past week in fighting in the north.", (0, 0, 40)),
        # "a month of infighting ... has killed": a span's count
        ("Rebel infighting has killed 45 fighters over the past two days, activists said. A month of infighting in "
         "the province alone has killed nearly 300 fighters.", (45, 0, 300)),
    ],
)
def test_two_days_of_fighting_and_a_month_of_it(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected, head",
    [
        # the subject is the person before a participle's phrase, not the phrase's last noun
        ("A motorcycle driver caught in the crossfire also sustained a gunshot wound in the arm.", (0, 1, None), "driver"),
        ("A woman hit by a stray bullet was killed.", (1, 0, None), "woman"),
        ("Five worshippers praying inside the mosque were wounded.", (0, 5, None), "worshipper"),
    ],
)
def test_a_subject_before_a_reduced_relative(text, expected, head):
    assert totals(text) == expected
    assert [f.victims for f in extract_figures(text, PUBLISHED)] == [head]


def test_a_place_named_only_as_an_adjective_before_is_a_new_place():
    text = ("Russian missiles struck an apartment block in Zaporizhzhia on Sunday, killing five people and wounding 20.\n\n"
            "In Russia, a drone attack on the Belgorod region killed one woman and wounded two other people, the "
            "regional governor said.")
    assert totals(text) == (6, 22, None)


def test_a_bus_that_plunged_is_one_event_whose_toll_is_its_dead():
    text = ("Nine passengers were killed and 23 injured when a bus plunged into a gorge on Monday evening. "
            "Of the injured, five were referred to the district hospital. One of them, a farmer, died late "
            "last night, taking the toll to 10, hospital sources said.")
    assert totals(text)[:2] == (10, 23)


def test_a_side_losing_its_men_counts_its_dead():
    text = "Troops repelled an attack on a base in Monguno, killing 20 insurgents and losing two soldiers."
    assert totals(text) == (22, 0, None)
    assert totals("The company said it was losing 300 jobs after the fire.") == (0, 0, None)


def test_attackers_killed_are_inside_a_count_summed_over_separate_attacks():
    text = ("Violent weekend leaves 16 dead\n\n"
            "At least 16 people were killed in separate attacks across the state over the weekend, prosecutors said.\n\n"
            "In Puerto Lindo, nine people were shot dead in different neighbourhoods, police said.\n\n"
            "In San Blas, police recovered the bodies of four men from a ravine on Sunday.\n\n"
            "In Tres Rios, gunmen ambushed a police patrol on Saturday night, killing one officer and wounding two. "
            "In the chase that followed, police shot dead two of the attackers.\n\n"
            "The state has recorded more than 1,100 murders so far this year.")
    assert totals(text, date(2019, 6, 10)) == (16, 2, 1100)


def test_murders_as_a_count():
    assert totals("The city registered more than 1,100 murders so far this year.") == (0, 0, 1100)
    assert totals("In the film he murders two people.") == (2, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count "in the two weeks to" a date runs over a span, with its wounded
        ("Air strikes killed at least 25 people in the capital overnight. The World Health Organization said at least "
         "519 people had been killed and nearly 1,700 wounded in the country in the two weeks to April 4.", (25, 0, 519)),
        # an aside between the toll and its count
        ("Shells hit a market, killing 17 civilians. The health ministry put the overall death toll, including "
         "combatants, at more than 528.", (17, 0, 528)),
    ],
)
def test_a_span_in_the_weeks_to_a_date_and_a_toll_s_aside(text, expected):
    assert totals(text) == expected


def test_or_so_is_about():
    [f] = extract_figures("Another 80 or so people were wounded in the fighting.", PUBLISHED)
    assert (f.kind, f.low, f.best, f.high, f.qualifier) == ("injured", None, 80, None, "about")


@pytest.mark.parametrize(
    "text, expected",
    [
        # another source's figure for the count before, of its kind
        ("The United Nations says at least 80,000 people have been killed since the uprising began in March 2011. "
         "The Observatory puts the figure at close to 94,000.", (0, 0, 94000)),
        ("A bomb killed 12 people in the market on Monday, police said. Hospital officials put the figure at 15.", (12, 0, None)),
        ("The company put the figure at 300 jobs.", (0, 0, None)),
    ],
)
def test_puts_the_figure_at(text, expected):
    assert totals(text) == expected


def test_a_paragraph_opening_on_another_side_s_attack_is_another_incident():
    text = ("Air strikes hit hospital in rebel-held east\n\n"
            "Air strikes destroyed a hospital in a rebel-held district of the city overnight, killing at least 23 "
            "people, a monitoring group said.\n\n"
            "Rebel shelling of the government-held west of the city killed 14 people on Thursday, state media reported.")
    assert totals(text, date(2016, 4, 29))[0] == 37
    # the headline's attack told again in the body is no other incident
    repeated = ("Mortar fire in the capital kills 12\n\n"
                "Mortar fire in the capital kills 12. Mortar shells slammed into the city centre on Tuesday in a barrage "
                "that killed 12 people, state media reported.")
    assert totals(repeated, date(2014, 4, 29))[0] == 12


def test_the_number_killed_by_a_missile_is_one_strike_s_dead():
    text = ("The number of people killed by a missile that tore through an apartment building in the city on Saturday "
            "rose to 40 on Monday, regional officials said.")
    assert totals(text, date(2023, 1, 16))[0] == 40


def test_days_after_bombs_killed_is_the_earlier_attack():
    text = ("Mortar rounds slammed into a crowded street on Wednesday, killing five people and wounding 17, police said, "
            "less than a week after coordinated car bombs in the district killed more than 200 people.")
    assert totals(text, date(2006, 11, 29)) == (5, 17, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a death sentence is no death
        ("Three sentenced to death for 2003 bombings", (0, 0, None)),
        # an earlier account, told in the pluperfect on a weekday, since replaced
        ("A stampede at a hilltop temple on Tuesday killed 291 pilgrims, officials said. On Wednesday, officials had "
         "said that 265 people were confirmed dead.", (291, 0, None)),
        # a vague word for some of the dead counted before
        ("A missile hit an apartment block, killing at least 18 people. \"We pulled out several bodies, but there are "
         "more under the rubble,\" a firefighter said.", (18, 0, None)),
        # "an estimated" / "a reported" before a count is no singular person
        ("Troops killed an estimated at least 50 militants on Sunday.", (50, 0, None)),
        ("The floods killed a reported 30 people.", (30, 0, None)),
    ],
)
def test_sentences_earlier_accounts_vague_parts_and_estimated(text, expected):
    assert totals(text, date(2015, 1, 29)) == expected


def test_a_large_perfect_count_right_before_a_toll_is_another_account_of_it():
    text = ("At least 23 people drowned on Tuesday when an overloaded boat capsized on the river, officials said. "
            "Rescuers pulled six survivors from the water. "
            "The United Nations says the floods have killed more than 1,600 people and affected nearly 14 million. "
            "The disaster authority puts the death toll at 1,384.")
    assert totals(text, date(2010, 8, 11)) == (23, 0, 1600)


def test_an_after_clause_told_with_the_attacker_s_verb_is_the_earlier_attack():
    text = ("Guerrillas attacked a police station before dawn on Tuesday, killing 11 police officers. "
            "The attack came a week after the rebels ambushed an army battalion in the same province, killing at least "
            "62 soldiers on March 3.")
    assert totals(text, date(1998, 3, 10))[0] == 11


def test_an_earlier_attack_with_the_headline_s_count_does_not_take_its_place():
    text = ("Militant attack on hotel kills 15\n\n"
            "Militants set off a car bomb at the gate of a hotel on Friday and then stormed the building, killing at least "
            "15 people, including three of the attackers, police said. At least 20 people were wounded.\n\n"
            "On June 1, 2016, fighters from the group attacked another hotel in the city, killing at least 15 people.")
    assert totals(text, date(2017, 1, 27)) == (15, 20, None)


@pytest.mark.parametrize("aside", ["not counting the bomber", "not including the bomber"])
def test_not_counting_the_bomber_is_an_aside_and_the_bomber_besides(aside):
    text = f"Police said on Thursday that 19 people, {aside}, were killed in the attack on the bus."
    assert totals(text) == (20, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count a sentence replaces ("up from 43"), and the news that raised it, inside the new count
        ("Officials said on Wednesday that 59 students were killed when gunmen attacked a boarding school on Feb. 25, "
         "up from 43 reported previously. The bodies of 16 more boys were recovered from the ashes this week.", (59, 0, None)),
        ("The death toll from the landslide fell to 30, down from 45, after officials found some victims had been "
         "counted twice.", (30, 0, 30)),
    ],
)
def test_up_from_an_earlier_count(text, expected):
    assert totals(text, date(2014, 3, 5)) == expected


def test_had_treated_people_with_machete_wounds_is_active():
    text = "Doctors at the main hospital said they had treated dozens of people with machete and gunshot wounds."
    assert totals(text) == (0, 12, None)


def test_an_hour_later_gunmen_wounding_is_another_incident():
    text = ("Insurgents detonated a roadside bomb beside an army patrol on Monday, killing two soldiers and wounding four "
            "other people, police said. Less than an hour later, gunmen on a motorcycle shot and wounded a rubber tapper "
            "in a neighbouring province.")
    assert totals(text) == (2, 5, None)


def test_the_wounded_who_died_told_again_in_a_quote_are_the_same():
    text = ("The death toll from Thursday's bombing at a mosque rose to 31 on Saturday after four wounded worshippers "
            "died in hospital overnight, officials said. Police said on Thursday that the blast had killed 27 "
            "worshippers and wounded more than 70. \"Four of the injured succumbed to their wounds during the night,\" "
            "said a doctor at the hospital.")
    assert totals(text, date(2011, 11, 19))[:2] == (31, 70)


def test_defenders_and_ranks_are_not_among_civilians():
    text = ("EXTREMISTS YESTERDAY FIRED ROCKETS AT KABUL, KILLING FOURTEEN CIVILIANS. IN ANOTHER REPORT, THE MINISTRY SAID "
            "THAT THIRTY-FIVE OF THE ATTACKERS WERE KILLED IN FRIDAY NIGHT'S FIGHTING. THREE DEFENDERS OF THE HOMELAND "
            "WERE MARTYRED IN FRIDAY'S CLASH.")
    assert totals(text, date(1989, 4, 16))[0] == 52


def test_an_attack_fronted_with_an_earlier_weekday_is_background():
    text = ("Rescue workers pulled three more bodies from the rubble on Saturday, raising the death toll from Thursday's "
            "car bomb to 32, police said. On Monday, a car bomb in the western sector of the city killed 11 people "
            "outside a mosque.")
    assert totals(text, date(1986, 8, 2))[0] == 32
    # the news of the article's own day stays
    later = ("A car bomb killed 11 people outside a mosque on Monday. On Tuesday, a bomb at a market killed four more.")
    assert totals(later, date(1986, 7, 30))[0] == 15


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rescuers pulled six survivors from the water, all of them injured, a district official said.", (0, 6, None)),
        ("Police arrested five men, all of them wounded.", (0, 5, None)),
        ("Four people were killed and 12 hurt, all of them injured by glass.", (4, 12, None)),
    ],
)
def test_all_of_them_injured(text, expected):
    assert totals(text) == expected


def test_an_attack_the_news_followed_on_an_earlier_day_is_background():
    text = ("Troops killed 12 rebels on Saturday when they raided a hideout, the army said on Sunday. Two soldiers were "
            "also killed. Security forces launched the operation after hundreds of rebels stormed the district "
            "headquarters on Sept. 8, killing 49 policemen and soldiers.")
    assert totals(text, date(2001, 9, 15))[0] == 14
    # the same day's attack that set off the news is the news
    same_day = "Police opened fire on Monday after protesters attacked a station, killing three officers."
    assert totals(same_day, date(2001, 9, 17))[0] == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        # a side's own dead besides those it killed, not another account of them
        ("Air strikes hit a market on Wednesday, killing 21 civilians, the health ministry said. Meanwhile, "
         "government forces said 32 rebel fighters were killed in fighting on the outskirts of the city over the "
         "past two days, and that they had lost five of their own men.", (58, 0, None)),
        # the same loss told again by the other side
        ("The military reported that four government troops were killed in clashes. It also reported that the rebels "
         "lost 3 soldiers. The rebel group claims it killed 130 soldiers while admitting it lost 3 soldiers.", (7, 0, None)),
    ],
)
def test_a_side_s_own_losses(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # an attack fronted with its own earlier date
        ("A CAR BOMB EXPLODED IN A CROWDED MARKET IN WEST BEIRUT, KILLING AT LEAST 20 PEOPLE AND WOUNDING MORE THAN "
         "100, ACCORDING TO POLICE SOURCES. IT WAS THE THIRD CAR BOMB IN THE CAPITAL IN TWO WEEKS. ON 28 JULY, A "
         "BOOBY-TRAPPED CAR KILLED 32 PEOPLE NEAR THE GREEN LINE.", date(1986, 8, 5), (20, 100, None)),
        # "three separate attacks" counts no one: each place's dead add; two bombers besides the militants
        ("Militants carried out three separate attacks in the state on the same day. In Gamboru, gunmen opened fire "
         "on villagers, killing at least 30. In Konduga, two female suicide bombers blew themselves up at a fish "
         "market, killing 12 people and injuring 40. In Bama, militants attacked a barracks but were repelled; the "
         "army said 25 militants were killed in the assault.", date(2015, 6, 1), (69, 40, None)),
    ],
)
def test_dated_earlier_attacks_separate_attacks_and_plural_bombers(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("On 20 August 2015, coalition aircraft struck residential buildings in the city, killing 65 civilians, "
         "including 17 children, according to local medical sources. A rebel-run news agency reported 80 fatalities.",
         date(2015, 8, 20), (65, 0, None)),
        ("On 7 February 2024, mortar shells landed on a displacement site, killing 4 IDPs, including a child, and "
         "injuring 9. A civil society source reported at least 6 fatalities; the lower figure is coded.",
         date(2024, 2, 7), (4, 9, None)),
    ],
)
def test_a_news_agency_s_or_a_source_s_count_of_the_same_dead(text, published, expected):
    assert totals(text, published) == expected


def test_one_of_the_injured_who_later_died_is_killed():
    text = ("One civil guard was killed and 16 people were injured, among them a passer-by who died of his injuries "
            "two days later.")
    assert totals(text) == (2, 15, None)


def test_killing_or_wounding_is_neither_kind():
    text = "TEHRAN RADIO SAID IRANIAN FORCES HAD INFLICTED HEAVY CASUALTIES, KILLING OR WOUNDING 4,000 ENEMY SOLDIERS."
    assert totals(text) == (0, 0, None)
    assert totals("Troops advanced, killing and wounding dozens of fighters.") == (12, 12, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 12 civilians trying to cross the front line were shot dead by snipers on Monday, an army officer "
         "said.", (12, 0, None)),
        # the hurt of the days since a weekday are the news, not a running count
        ("Medics at a field hospital said they had treated 57 wounded civilians since Sunday, among them 20 children.",
         (0, 57, None)),
    ],
)
def test_subjects_trying_to_cross_and_the_wounded_since_sunday(text, expected):
    assert totals(text, date(2017, 6, 20)) == expected


@pytest.mark.parametrize(
    "text, expected, head",
    [
        ("ETA has killed nearly 800 people in its 32-year campaign for an independent homeland.", (0, 0, 800), "person"),
        ("A woman walking past with her shopping was slightly hurt by flying glass.", (0, 1, None), "woman"),
    ],
)
def test_a_campaign_of_years_and_a_passer_by_with_her_shopping(text, expected, head):
    assert totals(text) == expected
    assert [f.victims for f in extract_figures(text, PUBLISHED)] == [head]


def test_what_a_group_claiming_responsibility_says_it_killed_is_its_claim():
    text = ("A suicide bomber rammed a car into a police convoy on Sunday, killing six police officers and three "
            "civilians, officials said. The Taliban claimed responsibility in a text message to reporters, saying the "
            "bomber had killed 20 policemen.")
    assert totals(text) == (10, 0, None)


def test_bodies_found_and_wounded_who_died_inside_a_revised_count():
    text = ("Armed men who raided a hamlet on Friday night killed 63 people, the news agency said on Monday, revising an "
            "earlier figure of 41 dead. Rescue workers found 19 more bodies on Sunday in orchards, the agency said. Three "
            "of the wounded later died in hospital and were included in the new toll; 11 others remained in hospital.")
    assert totals(text, date(1997, 8, 25))[:2] == (63, 11)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # another account in the pluperfect against a headline the lede restated; the militant
        # whose funeral it was died on an earlier day
        ("Troops fire on Kashmir funeral procession; 14 killed\n\n"
         "SRINAGAR, July 17 - Troops opened fire on a funeral procession on Tuesday, killing 14 people, the state "
         "government said. Residents and hospital staff said more than 30 people had died. The procession was carrying "
         "the body of a militant who had been killed in a gunbattle with security forces on Sunday.",
         date(1990, 7, 17), (14, 0, None)),
        # "raising its earlier estimate of 4,000 dead": the earlier estimate is replaced
        ("IRAN SAID ON SATURDAY THAT AT LEAST 5,000 PEOPLE WERE KILLED AND ABOUT 4,000 INJURED WHEN IRAQI AIRCRAFT "
         "DROPPED CHEMICAL BOMBS ON THE TOWN ON WEDNESDAY, RAISING ITS EARLIER ESTIMATE OF 4,000 DEAD.",
         date(1988, 3, 19), (5000, 4000, None)),
    ],
)
def test_pluperfect_accounts_earlier_deaths_and_raised_estimates(text, published, expected):
    assert totals(text, published) == expected


def test_a_war_monitor_and_civil_defence_are_no_war():
    text = ("Air strikes on a crowded vegetable market in the rebel-held town killed at least 17 civilians on Monday, "
            "including four children, a war monitor and rescue workers said. The White Helmets civil defence group put "
            "the death toll at 21 and said more than 40 people were wounded.")
    assert totals(text, date(2019, 8, 5))[:2] == (17, 40)


def test_the_sources_who_tell_are_not_more_dead_and_quoted_neutralised():
    text = ("At least 19 people have been killed in a string of attacks over the past three days, officials said. "
            "Gunmen attacked a military detachment on Friday, killing 11 soldiers, two security sources said. The army "
            "said its counter-offensive had \"neutralised\" around forty terrorists.")
    assert totals(text, date(2019, 9, 8))[0] == 59


def test_a_roundup_s_places_after_a_summed_lede_and_their_own_wounded():
    text = ("At least 16 people were killed in armed attacks across Guatemala over the weekend, police said.\n\n"
            "In Zone 18 of the capital, gunmen opened fire on a group of men playing football, killing five of them and "
            "wounding three.\n\n"
            "In Villa Nueva, two bus drivers were shot dead on Friday night. A 17-year-old fare collector was wounded "
            "in one of the attacks.\n\n"
            "In Escuintla, the bodies of two women were found on a coffee plantation. Firefighters also attended seven "
            "other deaths from gunshot wounds in three provinces.")
    assert totals(text, date(2014, 3, 3))[:2] == (16, 4)


# --- 0.13.0: rules from blind probe 24 ----------------------------------------------------------
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a record of one attack among "several" that month: "the two blasts" are its own two parts
        ("10/17/2002: Two bombs exploded minutes apart inside two shops in Zamboanga City. Seven people were killed "
         "and at least 144 were injured in the two blasts. This was one of several bombings in Mindanao that month.",
         date(2002, 10, 17), (7, 144, None)),
        # a numbered series: "across the two attacks" of three is the series' count, not this record's
        ("08/01/2016: Assailants opened fire on the district centre. This was one of three incidents in the district "
         "on the same day. At least four assailants were killed across the two armed assaults.",
         date(2016, 8, 1), (0, 0, None)),
    ],
)
def test_a_vague_series_leaves_a_record_s_counted_blasts_its_own(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "40,000 more disappeared": a verb of its own, no elliptic dead
        ("An estimated 150,000 people were killed during the 33-year civil war, and about 40,000 more disappeared.",
         date(1994, 7, 20), (0, 0, 150000)),
        # remains of people "who were killed ... in 1982": that year's dead
        ("Forensic experts have recovered the remains of 32 people, including 19 children, who survivors say were "
         "killed by soldiers in 1982, investigators said on Wednesday.",
         date(1994, 7, 20), (0, 0, None)),
        # a background paragraph: the riots dated to 1989, then "died in the unrest" with no day of its own
        ("A student was shot dead and 23 people were injured on Saturday when police clashed with marchers.\n\n"
         "The riots erupted on Feb. 27, 1989, over a rise in bus fares. Officially, 276 people died in the unrest, "
         "and graves found the following year held at least 68 bodies.",
         date(1999, 2, 28), (1, 23, None)),
        # the survivor of a massacre told just before with its earlier date
        ("Investigators found 23 more bodies in graves near the town on Thursday.\n\n"
         "The town was the scene of a massacre on Aug. 24, 2010, when gunmen killed 72 migrants at a ranch. One man "
         "survived with a gunshot wound to the neck.",
         date(2011, 4, 15), (23, 0, None)),
        # a storm's dead in another country, on an earlier day it "had already killed" them
        ("The death toll from the typhoon in central Vietnam rose to 58 on Tuesday, officials said. The storm struck "
         "the coast on Sunday.\n\nThe typhoon had already killed at least 200 people in the Philippines, where it "
         "struck on Thursday, before crossing the sea.",
         date(2006, 10, 3), (58, 0, 58)),
        # a fronted "On Sept. 10," with its abbreviation's full stop: that attack's own earlier day
        ("Gunmen stormed a town late on Tuesday, killing at least 42 people, police said.\n\n"
         "On Sept. 10, suspected members of the group killed 15 people in an attack on a village near the border.",
         date(2013, 9, 18), (42, 0, None)),
    ],
)
def test_earlier_deaths_told_by_year_paragraph_and_earlier_day(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "19 people with gunshot wounds": the injured, described by their wounds
        ("Police said 42 bodies had been recovered and 19 people with gunshot wounds had been taken to hospital.",
         date(2013, 9, 18), (42, 19, None)),
        ("Three men with fatal wounds were found in the car.", date(2013, 9, 18), (0, 0, None)),
        # "Three of the 19 officers who were wounded later died": the 19 wounded, three of whom died
        ("Taliban fighters attacked a checkpoint overnight. Four police officers were killed. Three of the 19 officers "
         "who were wounded later died in hospital.",
         date(2018, 5, 21), (7, 16, None)),
        # "killed a combined 43 people" after "the other three blasts": more dead
        ("This record covers four car bombs in Baghdad. The deadliest, near a market, killed 140 people and wounded "
         "150 more. The other three blasts, in Sadr City and Karrada, killed a combined 43 people.",
         date(2007, 4, 18), (183, 150, None)),
        # "Fatalities coded as 6 per the more conservative source": "per the" is according to it
        ("Militants attacked the village at night, killing at least 6 civilians. Local sources reported 9 "
         "fatalities. Fatalities coded as 6 per the more conservative source.",
         date(2020, 8, 15), (6, 0, None)),
        # a boy "among the wounded" who was taken to hospital with wounds is one of them
        ("A grenade wounded 14 people in the market. A 12-year-old boy was also among the wounded and was taken to "
         "hospital with shrapnel wounds to his legs.",
         date(1994, 5, 11), (0, 14, None)),
    ],
)
def test_people_with_wounds_the_wounded_who_died_and_counts_named_otherwise(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a claim of responsibility "asserting that" the attack killed more: the group's claim
        ("A suicide bomber struck buses carrying soldiers. Officials said 28 people died, including the bomber, and "
         "61 were wounded. The group claimed responsibility in a statement on its website, asserting that the attack "
         "had killed more than 100 members of the security forces.",
         date(2016, 2, 17), (28, 61, None)),
        # ... or through a spokesman "who said"
        ("Fighters attacked a police post overnight. Four police officers were killed. The Taliban claimed "
         "responsibility through its spokesman, who said 35 police had been killed.",
         date(2018, 5, 21), (4, 0, None)),
        # "the true toll was far higher" and then a quotation: another account of the same dead
        ("Gunmen stormed the town on Tuesday, killing at least 42 people, police said. An official said the true toll "
         "was far higher. \"We have counted more than 100 dead. Many people are still missing,\" he said.",
         date(2013, 9, 18), (42, 0, None)),
    ],
)
def test_claims_and_other_accounts_told_otherwise(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "THE FOUR EXPLOSIONS HAVE KILLED": a count over a run of attacks
        ("A BOMB EXPLODED IN THE BAZAAR THIS AFTERNOON, KILLING 13 PEOPLE AND INJURING 50. IT WAS THE FOURTH BOMBING "
         "IN THE CITY THIS MONTH. THE FOUR EXPLOSIONS HAVE KILLED MORE THAN 70 PEOPLE.",
         date(1987, 3, 24), (13, 50, 70)),
        # "as many as 10,000 civilians had died in the fighting": a war's running count
        ("Officials said at least 30 civilians were killed on Sunday when bombs hit a market. A rights official "
         "estimated that as many as 10,000 civilians had died in the fighting.",
         date(1995, 1, 9), (30, 0, 10000)),
        # a headline's three dead that the lede's two counts make up
        ("Bank siege ends with three dead\n\nPolice stormed the bank on Wednesday night, killing two of the robbers, "
         "officials said. A woman hostage was also killed in the crossfire.",
         date(2001, 3, 5), (3, 0, None)),
        # "before shooting himself": the gunman's death (but not "shot himself in the leg")
        ("A former employee opened fire at the office, killing six people and wounding four before shooting himself, "
         "police said.",
         date(2001, 4, 18), (7, 4, None)),
        ("The gunman then shot himself in the leg.", date(2001, 4, 18), (0, 0, None)),
    ],
)
def test_running_counts_headline_sums_and_a_gunman_s_suicide(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "the number of murders ... so far this year to 98": a running count
        ("Three people were shot dead and a woman was injured on Tuesday night. The killings push the number of "
         "murders in the division so far this year to 98, according to police statistics.",
         date(2019, 5, 17), (3, 1, 98)),
        # a broken bone is a hurt, and a rescue's passive before the care verb keeps its subject
        ("Three siblings died in a house fire early Sunday. Their mother was treated for a broken ankle. A neighbour "
         "suffered a fractured skull.",
         date(1997, 3, 10), (3, 2, None)),
        ("The ceasefire was broken on Monday when gunmen fired on a patrol.", date(1997, 3, 10), (0, 0, None)),
        ("Two teenagers died when their car hit a tree. A third passenger was cut free by firefighters and flown to "
         "hospital with serious injuries.",
         date(1997, 3, 10), (2, 1, None)),
        # wounded "by sniper fire" in a report of shelling: another incident's wounded
        ("SHELLS SLAMMED INTO A QUEUE FOR WATER ON MONDAY, KILLING AT LEAST SIX PEOPLE AND WOUNDING DOZENS. TWO OF "
         "THE WOUNDED WERE CHILDREN. A U.N. SPOKESMAN SAID TWO FRENCH PEACEKEEPERS WERE SLIGHTLY WOUNDED BY SNIPER "
         "FIRE NEAR THE AIRPORT.",
         date(1994, 6, 20), (6, 14, None)),
    ],
)
def test_running_murder_counts_broken_bones_rescues_and_a_new_cause(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "put the dead at 36 and the wounded at 67": a source's count of each group; the only
        # count of the wounded stands, the dead's is another account beside the toll
        ("The number of people killed in Tuesday's car bombing at the market has risen to 41, a hospital official "
         "said. A doctor said five of the injured had died since Wednesday. The initial police count on Tuesday put "
         "the dead at 36 and the wounded at 67.",
         date(2014, 7, 4), (41, 67, 41)),
        # "a week after a bomb ... killed 21 people on June 25": the earlier attack the news followed
        ("A car bomb at the cattle market killed 41 people on Tuesday. Tuesday's attack came just a week after a bomb "
         "at a shopping centre in the capital killed 21 people on June 25.",
         date(2014, 7, 4), (41, 0, None)),
        # a span of years or months is a running count
        ("A bomb at the market killed 22 people on Saturday. Fighting between Christians and Muslims between 1998 and "
         "2001 killed about 1,000 people.",
         date(2005, 5, 31), (22, 0, 1000)),
        ("Gangs killed at least 20 people in the neighbourhood on Monday. The United Nations says more than 2,400 "
         "people were killed in gang-related violence between January and mid-August.",
         date(2023, 8, 15), (20, 0, 2400)),
        # an assault "over the past four days" is the incident's dead; members of the gang are its attackers
        ("Armed gangs stormed the neighbourhood over the past four days, killing at least 20 people, residents said "
         "on Tuesday. Police said officers killed four members of the gang that led the assault during a shootout.",
         date(2023, 8, 15), (24, 0, None)),
    ],
)
def test_put_at_counts_after_clauses_spans_and_gang_members(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "the Boeing 747" is a model; the people aboard are not the town's residents killed on the ground
        ("All 259 people aboard the Boeing 747 were killed when it broke apart over the town on Wednesday. Eleven "
         "residents of the town died when a section of the wing crashed into their street. The 270 deaths make it "
         "the worst air disaster in the country's history.",
         date(1988, 12, 24), (270, 0, None)),
        # "came four days after gunmen ... on April 17 ... killed 127 passengers": an earlier attack
        ("The government said 113 people were killed in Tuesday's blast. The bombing came four days after gunmen "
         "stopped three buses and a truck on a rural road on April 17 and killed 127 passengers.",
         date(1987, 4, 23), (113, 0, None)),
        # "a French peacekeeper had been wounded": an adjective between the article and the noun
        ("A spokesman said a French peacekeeper had been wounded by a sniper near the airport.",
         date(1993, 7, 20), (0, 1, None)),
        # a roundup's directions are new places, whose sources tell their own dead
        ("An air strike hit a hospital on Monday, killing at least 11 people and wounding 19, the charity said.\n\n"
         "Across the border, officials said a projectile struck a shop on Tuesday, killing seven people.\n\n"
         "East of Sanaa, military sources said 23 rebels and eight government soldiers were killed in two days of "
         "clashes.",
         date(2016, 8, 16), (49, 19, None)),
        # a spokeswoman "In New York" tells where she spoke, not another incident
        ("Two car bombs killed at least 26 people on Tuesday, among them 10 U.N. employees, officials said.\n\n"
         "In New York, a U.N. spokeswoman said 10 staff members had been confirmed dead.",
         date(2007, 12, 12), (26, 0, None)),
        # the bombers the group says blew themselves up; an earlier bomber stays out; a conflict "which
        # erupted in 1992" has claimed a running count
        ("Two car bombs killed at least 26 people on Tuesday, officials said. The group said in a statement that two "
         "of its members had blown themselves up in the attacks.\n\nOn Sept. 8, a suicide bomber killed 28 people at "
         "a barracks east of the capital. The civil conflict, which erupted in 1992, has claimed an estimated "
         "150,000 lives.",
         date(2007, 12, 12), (28, 0, 150000)),
    ],
)
def test_models_places_aboard_directions_speakers_and_bombers(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "killed in fresh violence in Kenya": a country's count that the places after it break down
        # (the attackers the police shot are still added: the count may not take them in)
        ("At least 12 people were killed in fresh violence in Kenya over the weekend, police said.\n\n"
         "Near Eldoret, youths attacked a farm on Saturday, killing four men, police said. Officers who rushed to "
         "the scene shot dead two of the attackers.\n\n"
         "In Kisumu, police shot dead three people on Sunday during protests by opposition supporters.\n\n"
         "In Molo, police found the bodies of two people in a burnt-out house on Sunday.",
         date(2008, 1, 7), (14, 0, None)),
        # the fighting "follows Saturday's rocket attack ..., which killed 30 people": an earlier attack
        # (but "the blast was followed by rocket fire that killed nine others" is later, the news)
        ("Five soldiers were killed on Monday. The fighting follows Saturday's rocket attack on a residential "
         "district of Mariupol, which killed 30 people.",
         date(2015, 1, 27), (5, 0, None)),
        ("The car bomb detonated in the central city, killing 36 people, and the blast was followed by rocket fire "
         "that killed nine others.",
         date(2014, 4, 29), (45, 0, None)),
        # a rebel commander quoted "as saying": a side's claim; a "government-held" town is a new place;
        # three civilians and eight wounded beside them are not among the soldiers' wounded
        ("The military said on Tuesday that five soldiers had been killed and 29 wounded in the past 24 hours. The "
         "separatist news agency quoted a rebel commander as saying that more than 100 soldiers had been killed "
         "over two days.\n\nOfficials in Donetsk said three civilians were killed and eight wounded on Monday when "
         "shells struck a tram stop. In government-held Artemivsk, a woman was killed and her husband injured when "
         "a rocket hit their house.",
         date(2015, 1, 27), (9, 38, None)),
    ],
)
def test_summed_violence_followed_attacks_quoted_claims_and_other_sides_wounded(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # 'two Islamic State "planners and facilitators"': the quoted noun is the head; the number of
        # Afghans killed is their toll, and the U.S. service members are others
        ("Health officials said the number of Afghans killed in Thursday's attack had risen to at least 170. "
         "Thirteen U.S. service members were killed, the Pentagon said. A drone strike on Saturday killed two "
         "Islamic State \"planners and facilitators\".",
         date(2021, 8, 29), (185, 0, 170)),
        # "In southeastern Karen state," and "In Chin state," open new places; "fighting spread across
        # several regions" sums no count
        ("Fighting spread across several regions this week. An air strike on a village on Tuesday killed at least "
         "30 people.\n\nIn southeastern Karen state, the Karen liberation army said its fighters had overrun two "
         "army outposts over the weekend, killing 14 soldiers.\n\nIn Chin state, army shelling of a town on Wednesday killed a man "
         "and wounded four other residents, a local group said.",
         date(2023, 2, 23), (45, 4, None)),
    ],
)
def test_quoted_heads_whose_toll_and_region_openers(text, published, expected):
    assert totals(text, published) == expected


def test_a_side_s_own_losses_and_a_named_district():
    # the ministry's claim of enemy dead is set aside, its own losses are not; "In the Minutka
    # district," opens a new place whose bodies are more dead
    text = ("Russia's Defence Ministry said its forces had killed about 120 Chechen fighters in the past 24 hours and "
            "had lost 14 servicemen killed and 37 wounded.\n\n"
            "In the Minutka district, a correspondent saw the bodies of seven civilians lying in the snow.")
    assert totals(text, date(1995, 1, 12))[:2] == (21, 37)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a roundup paragraph's second item is a part of the summed lede too; "ethnic and sectarian
        # violence" does not end the toll's phrase
        ("GUNMEN KILLED AT LEAST FOURTEEN PEOPLE IN A SERIES OF OVERNIGHT ATTACKS IN THE CITY, PUSHING THE DEATH TOLL "
         "FROM ETHNIC AND SECTARIAN VIOLENCE THIS MONTH PAST 200, POLICE SAID TODAY.\n\nIN THE DEADLIEST ATTACK, "
         "GUNMEN SPRAYED A TEA STALL WITH FIRE, KILLING SIX MEN AND WOUNDING NINE.\n\nELSEWHERE, A POLICE CONSTABLE "
         "WAS SHOT DEAD AT A CHECKPOINT, AND THE BODIES OF THREE YOUNG MEN WERE FOUND IN A CANAL.",
         date(1995, 6, 10), (14, 9, 200)),
        # the verb's second object after the first one's place
        ("IN OTHER INCIDENTS, REBEL HIT SQUADS SHOT DEAD A TOWN MAYOR IN SAMAR PROVINCE AND TWO POLICEMEN IN DAVAO "
         "CITY, POLICE SAID.",
         date(1987, 6, 18), (3, 0, None)),
        ("Gunmen shot dead a mayor in Samar province and two policemen were wounded.", date(1987, 6, 18), (1, 2, None)),
    ],
)
def test_roundup_items_and_second_objects(text, published, expected):
    assert totals(text, published) == expected


def test_a_participle_after_the_noun_and_a_clause_after_the_sources():
    # "27 men dumped in several neighbourhoods": men, not "dumped"; the bodies the police
    # recovered, told in a clause after "sources said", are more dead, not another account
    text = ("Bombs and gunfire killed at least 41 people across Iraq on Tuesday, police and hospital sources said, "
            "and police recovered the bodies of 27 men dumped in several Baghdad neighbourhoods.")
    figs = extract_figures(text, date(2006, 11, 14))
    assert [f.victims for f in figs if f.best == 27] == ["man"]
    assert totals(text, date(2006, 11, 14))[0] == 68


def test_a_roundup_s_dated_items_and_them_of_an_uncounted_group():
    # "MANDERA, Kenya - ..." opens a roundup's next item; "killing four of them" counts the
    # reservists the vehicle carried, a group no count told before
    text = ("Militants stepped up attacks over the past week. Following are the main incidents.\n\n"
            "MOGADISHU - A car bomb exploded at a checkpoint on Sunday, killing five people and wounding nine, police "
            "said.\n\n"
            "MANDERA, Kenya - A roadside bomb hit a vehicle carrying police reservists on Thursday, killing four of "
            "them, police said.")
    assert totals(text, date(2016, 4, 24))[:2] == (9, 9)
    assert [f.victims for f in extract_figures(text, date(2016, 4, 24)) if f.best == 4] == ["reservist"]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "the 17th teenager killed in London this year" ranks the boy; "a hand wound" is a hurt
        ("A 16-year-old boy has died after being stabbed near a bus stop on Saturday afternoon. He is understood to "
         "be the 17th teenager killed in London this year. A 19-year-old man was treated for a hand wound sustained "
         "in the same incident.",
         date(2022, 10, 2), (1, 1, None)),
        # a zero told first has its day: Tuesday's fire is before it
        ("A family of five escaped without injury early Sunday after fire tore through their home. It was the city's "
         "second serious house fire in less than a week. On Tuesday, a man in his 60s was taken to hospital in "
         "critical condition after a fire in a bungalow.",
         date(2019, 2, 11), (0, 0, None)),
        # "Both were treated ... for smoke inhalation and burns"; traders who "insisted" tell another account
        ("A young mother and three of her children died when fire swept through their home. Her partner escaped with "
         "the couple's eldest child. Both were treated at the hospital for smoke inhalation and burns.",
         date(1998, 1, 5), (4, 2, None)),
        ("Twelve passengers were killed on Sunday when a bus somersaulted. However, some traders at the nearby market "
         "insisted that about 15 people died.",
         date(2016, 8, 21), (12, 0, None)),
        # homicides counted "so far this year" are a running count; the earlier year's record is not
        ("Eight people were shot, one of them fatally, at a block party late Saturday. Memphis has recorded 165 "
         "homicides so far this year, according to police data, after a record 302 homicides in 2021.",
         date(2023, 6, 18), (1, 7, 165)),
    ],
)
def test_ranks_wound_places_zero_days_both_insisted_and_homicides(text, published, expected):
    assert totals(text, published) == expected


def test_a_week_of_incidents_is_their_dead():
    # "over the past week": a roundup's or a storm's week, whose dead are the incidents' killed
    # (a longer span stays a running count)
    assert totals("Heavy storms over the past week slammed eight provinces, leaving four people dead.",
                  date(2014, 4, 7)) == (4, 0, None)
    assert totals("Clashes over the past two months have left 400 people dead.", date(2014, 4, 7)) == (0, 0, 400)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "KILLED THEM" is not the clause's own subject ("ABOUT 40 GUERRILLAS ENTERED THE VILLAGE")
        ("A MILITARY COMMUNIQUE SAID ABOUT 40 GUERRILLAS ENTERED THE VILLAGE AT DAWN, ROUNDED UP MEMBERS OF THE "
         "CIVIL DEFENSE PATROL AND THEIR FAMILIES IN THE MAIN SQUARE AND KILLED THEM WITH KNIVES.",
         date(1989, 5, 23), (0, 0, None)),
        ("Troops surrounded 12 militants and killed them.", date(1989, 5, 23), (12, 0, None)),
        # a headline's "flood toll passes 1,000" is the lede's running count, no incident's dead
        ("Bangladesh flood toll passes 1,000 as waters begin to recede\n\nDHAKA - The official death toll from three "
         "weeks of monsoon flooding rose to 1,044 on Monday, the government said.\n\nIn Manikganj district, a boat "
         "capsized on Sunday in the swollen river, and police said 23 bodies had been recovered.",
         date(1988, 9, 5), (23, 0, 1044)),
    ],
)
def test_them_is_not_the_subject_and_a_headline_toll_below_the_running_count(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "a far higher toll than first reported" is the count's own appositive, no running toll; the
        # bodies and the "15 other people" told after fill the 63 exactly
        ("Investigators said on Monday that at least 63 civilians were killed when militiamen attacked the village "
         "on June 2, a far higher toll than first reported. They said they had found 48 bodies in two mass graves "
         "and had taken statements about at least 15 other people who were killed in the bush as they fled.",
         date(2003, 6, 16), (63, 0, None)),
        # a breakdown told in one sentence: "killed 17 civilians while ... killed another two civilians"
        ("Regime air strikes and artillery fire killed 19 civilians on Sunday across the Eastern Ghouta region, a "
         "monitor said. The deaths come despite a truce. On Sunday regime air strikes on the areas of Mesraba and "
         "Madira killed 17 civilians while artillery fire on the town of Douma killed another two civilians, the "
         "monitor said.",
         date(2017, 11, 26), (19, 0, None)),
    ],
)
def test_an_appositive_toll_and_a_breakdown_s_rest(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Seven people, including a child, were pulled alive from the debris on Saturday and were being treated for "
         "crush injuries and broken bones.", (0, 7, None)),
        ("Twelve passengers were killed. Seven other passengers were rescued with various degrees of injuries and "
         "taken to the hospital.", (12, 7, None)),
    ],
)
def test_survivors_pulled_alive_and_treated_and_degrees_of_injuries(text, expected):
    assert totals(text) == expected


def test_members_of_the_security_forces_and_their_parts_by_place():
    # "19 members of the Afghan security forces" in three provinces: the policemen and soldiers
    # told province by province are among them
    text = ("Taliban fighters killed at least 19 members of the Afghan security forces in overnight attacks on "
            "checkpoints in three provinces, officials said on Monday.\n\n"
            "In Farah province, insurgents overran two police checkpoints, killing nine policemen and wounding three.\n\n"
            "In Ghazni, six soldiers were killed when their outpost came under attack. In neighbouring Zabul, three "
            "police officers died and two were wounded.")
    assert totals(text, date(2018, 3, 19))[:2] == (19, 5)


def test_a_spokesman_tells_what_the_group_s_fighters_killed():
    text = ("Officials said 19 soldiers were killed in the attacks. A Taliban spokesman, Zabihullah Mujahid, said in a "
            "statement that the group's fighters had killed 37 soldiers and police in the attacks.")
    assert totals(text, date(2018, 3, 19))[0] == 19


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a side's smaller running count told right after the article's toll is a toll too
        ("The health ministry says more than 380 people have been killed in Lebanon since the fighting began on "
         "July 12. Israel says 37 Israelis, including 19 soldiers, have died.",
         date(2006, 7, 24), (0, 0, 380)),
        # "are reported to have died because of shortages": a running count ("have died" is a perfect)
        ("Aid deliveries to the camp have halted. Two more people died from lack of food on Wednesday, the monitor "
         "said. Around 130 people are reported to "
         "have died because of shortages in the camp caused by the siege. More than 140000 people are estimated to "
         "have been killed since the start of the uprising.",
         date(2014, 3, 6), (2, 0, 140000)),
    ],
)
def test_running_counts_in_the_perfect_after_a_toll(text, published, expected):
    assert totals(text, published) == expected


def test_violence_elsewhere_sums_the_places_told_after_it():
    # "as violence elsewhere in Iraq claimed at least 21 more lives": more dead, whose places follow
    text = ("A car bomb killed at least 28 people in Baghdad on Thursday, police said, as violence elsewhere in Iraq "
            "claimed at least 21 more lives.\n\nIn Mosul, gunmen opened fire on a police patrol, killing four "
            "policemen.\n\nIn Kirkuk, a roadside bomb killed seven recruits.")
    assert totals(text, date(2006, 6, 1))[0] == 49


@pytest.mark.parametrize(
    "text, expected",
    [
        # "another local account said 12 people died": another account of the same dead
        ("Local sources reported 9 civilians killed and several wounded; another local account said 12 people died.",
         (9, 3, None)),
        # "in three days of fighting": one bout's dead (a week of airstrikes stays a span)
        ("TROOPS HAD KILLED ABOUT SIXTY REBEL FIGHTERS IN THREE DAYS OF FIGHTING FOR HEIGHTS EAST OF GROZNY.",
         (60, 0, None)),
        ("Seven days of airstrikes had left more than 75 civilians dead.", (0, 0, 75)),
    ],
)
def test_another_account_and_three_days_of_fighting(text, expected):
    assert totals(text) == expected


def test_a_quoted_head_after_a_bare_number():
    text = ("KABUL RADIO SAID GOVERNMENT TROOPS BEAT BACK A GUERRILLA ATTACK ON A SECURITY POST, KILLING TWENTY-TWO "
            "'EXTREMISTS' AND LOSING THREE SOLDIERS.")
    figs = extract_figures(text, date(1988, 6, 1))
    assert [(f.best, f.victims, f.role) for f in figs if f.best == 22] == [(22, "extremist", "perpetrator")]
    assert totals(text, date(1988, 6, 1))[0] == 25


def test_attackers_killed_are_not_inside_a_headline_count_of_their_victims():
    text = ("Algeria: at least 60 killed in week of massacres and bombings\n\n"
            "ALGIERS - Suspected Islamic militants killed at least 60 people in a series of night-time raids and bomb "
            "attacks across northern Algeria over the past week, according to the Algerian press.\n\n"
            "The security services said they had killed 16 \"terrorists\" in operations in the Blida region.")
    assert totals(text, date(1998, 4, 14))[0] == 76


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "gave a toll of 11 dead": another source's count of the incident's dead, not a running toll
        ("On 11 September 2020, militants attacked farmers in their fields, killing 8 civilians, including a nurse. "
         "Local civil society sources gave a toll of 11 dead.",
         date(2020, 9, 11), (8, 0, None)),
        # "in a week of fighting" told in the past: one battle's dead (a side's claims aside)
        ("Government forces said they had killed more than two hundred rebels in a week of fighting in the "
         "southeast.",
         date(1987, 10, 7), (200, 0, None)),
    ],
)
def test_a_source_s_toll_of_the_dead_and_a_week_of_fighting(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the toll that "had risen to eight after two of the wounded died" is the mine blast's own; a
        # newspaper that reports it tells the news; "with the loss of two soldiers" are dead
        ("A TRUCK HIT A MINE ON MONDAY, KILLING SIX PEOPLE, THE DEFENCE MINISTRY SAID. THIRTY-TWO OTHERS WERE "
         "WOUNDED.\n\nTHE NEWSPAPER BARRICADA REPORTED ON TUESDAY THAT THE DEATH TOLL HAD RISEN TO EIGHT AFTER TWO OF "
         "THE WOUNDED DIED IN THE HOSPITAL.\n\nTHE MINISTRY ALSO SAID ARMY TROOPS KILLED FOURTEEN CONTRAS IN CLASHES "
         "OVER THE WEEKEND, WITH THE LOSS OF TWO SOLDIERS.",
         date(1986, 10, 8), (24, 32, 8)),
        ("The company reported a loss of 12 million dollars.", date(1986, 10, 8), (0, 0, None)),
        # "SHOT HIM AND HIS SON DEAD": two people
        ("GUNMEN BURST INTO THE HOME OF A RETIRED JUDGE ON THURSDAY NIGHT AND SHOT HIM AND HIS SON DEAD, POLICE SAID.",
         date(1990, 5, 5), (2, 0, None)),
    ],
)
def test_a_toll_raised_by_the_wounded_who_died_losses_and_two_shot_dead(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "Of those, 311 were killed by hostile action": a part of the running count before it
        ("Insurgents ambushed a patrol on Saturday, killing one soldier. The death of the soldier brings to 425 the "
         "number of U.S. service members who have died in Iraq since March. Of those, 311 were killed by hostile "
         "action.",
         date(2003, 11, 22), (1, 0, 425)),
        # a two-day total sums the nights' counts; "thousands more have been killed" is a running count
        ("Police killed 21 people in a series of raids overnight Monday, officials said. On Tuesday night police "
         "said 13 suspects were shot dead in separate operations. Unidentified gunmen, meanwhile, killed four "
         "people in Manila. Rights groups said the two-day total of at least 38 deaths showed the campaign was "
         "intensifying, and said thousands more have been killed by vigilantes.",
         date(2017, 8, 16), (38, 0, 1000)),
    ],
)
def test_of_those_a_two_day_total_and_thousands_more(text, published, expected):
    assert totals(text, published) == expected


def test_a_toll_of_the_people_killed_when_raiders_attacked():
    text = ("Police found the bodies of three more herders on Tuesday, raising to 15 the number of people killed when "
            "raiders attacked grazing camps in Isiolo county last week, a county commissioner said. Police said one of "
            "the raiders was shot dead on Sunday.")
    assert totals(text, date(2018, 2, 13)) == (16, 0, 15)


def test_arrow_wounds_and_the_true_number_of_dead():
    text = ("At least 14 people were killed on Sunday when warriors from rival clans fought near Mendi, police said. A "
            "doctor at the hospital said 23 people had been treated for arrow and gunshot wounds. Local church leaders "
            "said the true number of dead was closer to 20.")
    assert totals(text, date(2019, 8, 15)) == (14, 23, None)


def test_a_headline_equal_to_the_raised_toll_is_no_lower_count():
    text = ("21 die as bus plunges into gorge near Rampur\n\nSHIMLA: At least 18 people were killed and 30 injured when "
            "a bus fell into a gorge on Saturday evening.\n\nThree of the injured succumbed in hospital during the "
            "night, raising the toll to 21, police said on Sunday.")
    assert totals(text, date(2008, 6, 1))[0] == 21


def test_a_side_s_wounded_beside_its_own_dead_are_not_another_account():
    text = ("Donetsk city council said three civilians were killed and seven wounded when shells struck a hospital "
            "overnight. Kiev's military spokesman told reporters that 3 servicemen had been killed and 11 wounded over "
            "the previous 24 hours.")
    assert totals(text, date(2014, 8, 5))[:2] == (6, 18)


def test_an_active_perfect_with_a_quoted_object_is_no_subject_s_fate():
    # 'the army had killed "over 200 terrorists"': the army's victims, not one dead army
    text = "The statement said the army had killed \"over 200 terrorists\" in the fighting."
    figs = extract_figures(text, date(2000, 4, 23))
    assert [(f.best, f.victims) for f in figs] == [(200, "terrorist")]


def test_officers_told_place_by_place_are_parts_of_the_policemen_summed_in_the_lede():
    text = ("GUERRILLAS ATTACKED TWO POLICE POSTS OVER THE WEEKEND, KILLING SIX POLICEMEN, AUTHORITIES SAID MONDAY.\n\n"
            "REBELS STORMED THE POST IN TAME ON SATURDAY NIGHT, KILLING FOUR OFFICERS AND WOUNDING THREE. TWO MORE "
            "POLICEMEN WERE KILLED ON SUNDAY WHEN REBELS ATTACKED A POST NEAR SARAVENA.")
    assert totals(text, date(1990, 3, 12)) == (6, 3, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wound told in its own clause or sentence beside others' deaths is another person's
        ("Five gunmen were killed in the shootout, and one officer was hit in the shoulder.", (5, 1, None)),
        ("Five gunmen were killed in the shootout. One officer was hit in the shoulder.", (5, 1, None)),
        # the one person shot, told dead next to it, is no wound besides
        ("A man was shot in the chest. He died in hospital.", (1, 0, None)),
    ],
)
def test_a_wound_beside_a_count_of_others_dead(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare count told beside named people counts them: another side's hurt are not among them
        ("Two protesters were killed and as many as 10 injured, according to residents. Police said three "
         "officers were hurt.", (2, 13, None)),
        # beside nobody in particular, it may count every side
        ("At least 9 people have died and 13 more were wounded in the confrontations. Two soldiers were "
         "wounded in Mejicanos.", (9, 13, None)),
    ],
)
def test_a_subjects_bare_count_counts_the_people_named_beside_it(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Asia security brief\n\nTHAILAND: A bomb outside a market in Yala wounded half a dozen people, including "
         "two police officers.\n\nPHILIPPINES: Soldiers clashed with rebels on Basilan island for a third day. A "
         "military spokesman said one marine was killed and four were wounded.", (1, 10, None)),
        # its later counts are no parts of another item's, and a side's claim is still no more dead
        ("Following is a summary of incidents reported on Friday.\n\nMANNAR - A bomb on a bus killed 12 people and "
         "wounded 30, police said.\n\nVAVUNIYA - Troops killed 14 rebels who attacked defence lines before dawn, the "
         "military said. Three soldiers were killed and 11 wounded in the fighting. A rebel spokesman said the Tigers "
         "had killed more than 20 soldiers.", (29, 41, None)),
    ],
)
def test_a_roundup_items_labelled_paragraph_is_that_places_news(text, expected):
    assert totals(text, date(2005, 3, 12)) == expected


def test_a_lede_summed_over_counted_places_takes_in_the_attackers_told_place_by_place():
    text = ("MEXICO CITY - Shootouts in three Mexican states left at least 24 people dead over the weekend, officials "
            "said Monday.\n\nIn Torreon, gunmen opened fire in a bar, killing 13 people.\n\nIn Tamaulipas, soldiers "
            "killed eight suspected cartel gunmen who ambushed an army patrol. One soldier died.\n\nIn Michoacan, "
            "police found the bodies of two men hanging from a bridge.")
    assert totals(text, date(2010, 8, 23))[0] == 24


def test_one_who_survived_and_remains_in_serious_condition_is_hurt():
    text = ("Three teenagers were killed when their car struck a tree late Friday. The driver, Mark Ellery, 18, of "
            "Hampton, survived and remains in serious condition at Exeter Hospital.")
    assert totals(text, date(2010, 3, 14)) == (3, 1, None)


def test_a_headline_told_again_in_the_lede_is_not_summed_twice():
    text = ("Woman, 81, dies of injuries from apartment fire\n\nAn 81-year-old woman injured in Tuesday's fire at the "
            "Oak Street Apartments died Wednesday, fire officials said.\n\nTwo people died and seven were injured when "
            "flames swept through the building early Tuesday.")
    assert totals(text, date(2011, 2, 17))[0] == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        # a month's count ranked as the highest monthly toll is still a period's count
        ("At least 3,000 Iraqi civilians were killed in violence in July alone, according to the United Nations, the "
         "highest monthly toll since the invasion in March 2003.", (0, 0, 3000)),
        # "had since died": the wounded who died
        ("A car bomb killed 22 people and wounded 58 on Thursday. An official said two of the wounded had since died.",
         (24, 56, None)),
        # a partitive whose whole is qualified counts its part
        ("Ten of the roughly 40 passengers were killed when the bus overturned.", (10, 0, None)),
    ],
)
def test_period_rankings_since_died_and_qualified_wholes(text, expected):
    assert totals(text, date(2006, 8, 17)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "In the northern city of Mosul," opens on a new place: another incident
        ("A car bomb killed 22 people at a market on Thursday, police said.\n\nIn the northern city of Mosul, a roadside "
         "bomb killed a U.S. soldier on Wednesday, the military said.", (23, 0, None)),
        # but an area's disaster is told place by place: a part of its count
        ("A powerful earthquake shook mountain villages in the northeast on Monday, killing at least 870 people, "
         "officials said.\n\nIn the village of Kalateh, 110 of its roughly 400 residents were killed, a local official "
         "said.", (870, 0, None)),
        ("A powerful earthquake shook mountain villages in the northeast on Monday, killing at least 870 people, "
         "officials said.\n\nIn Kalateh, 110 residents were killed, a local official said.", (870, 0, None)),
    ],
)
def test_a_named_city_opens_a_new_place_but_not_in_an_areas_disaster(text, expected):
    assert totals(text, date(2006, 8, 17)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count a later clause adds to a toll is the incident's, not the toll
        ("Floods and landslides have killed at least 67 people across Nepal, officials said on Monday, bringing the "
         "number of monsoon-related deaths since mid-June to 412.", (67, 0, 412)),
        # lives saved, quoted or not, are no dead
        ('The minister said the raid had saved "more than 90 lives".', (0, 0, None)),
    ],
)
def test_a_toll_raised_by_the_count_and_lives_saved(text, expected):
    assert totals(text, date(2010, 8, 2)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause after a partitive tells of the whole group
        ("Families buried two of the three hostages who died aboard the airliner.", (3, 0, None)),
        ("Two of the 10 people who were injured remain in critical condition.", (0, 10, None)),
    ],
)
def test_a_relative_clause_after_a_partitive_counts_the_whole(text, expected):
    assert totals(text) == expected


def test_a_radio_count_of_the_same_dead_is_another_account_whatever_follows_its_clause():
    text = ("A CAR BOMB BLEW UP OUTSIDE A CROWDED BAKERY IN EAST BEIRUT THIS MORNING, KILLING AT LEAST 50 PEOPLE AND "
            "WOUNDING 175, POLICE SOURCES SAID.\n\nTHE VOICE OF LEBANON RADIO SAID 62 PEOPLE DIED IN THE EXPLOSION, WHICH "
            "SET FIRE TO MORE THAN 40 CARS.")
    assert totals(text, date(1985, 8, 20)) == (50, 175, None)


def test_an_attacker_who_shot_himself_and_died_is_one_dead_attacker():
    text = "Six students were killed. The gunman shot himself in the head as deputies entered the building and died at a hospital."
    assert totals(text, date(2012, 3, 3)) == (7, 0, None)


def test_more_bodies_in_the_after_clause_of_a_lede_that_repeats_the_headline_are_inside_it():
    text = ("Building collapse toll reaches 19\n\nThe collapse of an apartment block in Alexandria has killed 19 "
            "people, officials said on Wednesday, after rescuers working through the night pulled two more bodies "
            "from the rubble.")
    assert totals(text, date(2012, 3, 7))[0] == 19


@pytest.mark.parametrize(
    "text, expected",
    [
        # "lay dead" is a verb of position before "dead", not a noun of the count
        ("Three soldiers lay dead after the ambush.", (3, 0, None)),
        # and the attackers told again are the gunmen counted before
        ("Soldiers killed 14 suspected cartel gunmen on Tuesday. By the time it ended, 14 of the attackers lay dead, "
         "the Defense Department said.", (14, 0, None)),
    ],
)
def test_lay_dead_and_the_attackers_told_again(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mission said it had documented 1,277 civilians killed, injured, abducted or missing across Mali.", (0, 0, None)),
        ("The raid left 12 people killed, wounded or missing.", (0, 0, None)),
        ("Five people were killed, police said.", (5, 0, None)),
    ],
)
def test_a_list_of_fates_counts_no_one_fate(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fatalities: best 9, low 9, high 13.", (9, 9, 13)),
        ("Fatalities: low 8, high 10. Best estimate 8 (police deaths only).", (8, 8, 10)),
        ("Fatalities: high 30, low 20.", (20, 20, 30)),
    ],
)
def test_a_coders_low_best_and_high_estimates_are_one_figure(text, expected):
    figs = [f for f in extract_figures(text, PUBLISHED) if f.kind == "killed" and f.counted]
    assert [(f.low, f.best, f.high) for f in figs] == [expected]


def test_a_units_code_glued_to_its_letters_is_part_of_the_noun_phrase():
    assert totals("8 policemen of the C-60 commando unit were killed and 3 injured.") == (8, 3, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare count sent to hospital beside the dead is hurt
        ("A crash on the interstate killed two people and sent 11 others to hospitals.", (2, 11, None)),
        # "In addition," adds another hurt person to those counted
        ("A crash killed two people and injured 11. In addition, a trooper suffered minor injuries when a pickup "
         "clipped his cruiser.", (2, 12, None)),
    ],
)
def test_others_sent_to_hospital_and_a_hurt_person_in_addition(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span of dated days is a period's count
        ("Between 1 January and 30 June, the mission documented 1,547 civilian deaths.", (0, 0, 1547)),
        ("Attacks by militias killed at least 283 civilians between 1 January and 30 June 2020, the UN said.", (0, 0, 283)),
    ],
)
def test_a_span_of_dated_days_is_a_period_count(text, expected):
    assert totals(text, date(2020, 7, 25)) == expected


def test_a_periods_toll_broken_down_by_group_adds_no_incident():
    text = ("Between 1 January and 30 June, the mission documented 1,547 civilian deaths and 3,412 injured civilians. "
            "Children bore a heavy share: 372 children were killed and 1,049 injured. Casualties among women numbered "
            "488, of whom 127 were killed.")
    assert totals(text, date(2016, 7, 25)) == (0, 0, 1547)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the hurt told in a raised toll are the latest count of the hurt
        ("A CAR BOMB EXPLODED TODAY, KILLING AT LEAST 24 PEOPLE AND WOUNDING 110, POLICE SAID.\n\nPOLICE LATER RAISED "
         "THE TOLL TO 31 DEAD AND 140 WOUNDED.", (31, 140, 31)),
        # an earlier bombing fronted with its date is background, its "more than 100" hurt too
        ("A CAR BOMB EXPLODED TODAY, KILLING 24 PEOPLE. ON JULY 31, A BOMB IN WEST BEIRUT KILLED 22 PEOPLE AND "
         "WOUNDED MORE THAN 100.", (24, 0, None)),
    ],
)
def test_a_raised_tolls_hurt_and_an_earlier_bombings_hurt(text, expected):
    assert totals(text, date(1986, 8, 6)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two capitalised adjectives of one group
        ("Three Sunni and Shiite clerics were killed.", (3, 0, None)),
        ("Two American and British soldiers were wounded.", (0, 2, None)),
        # two groups, each with its count
        ("Three Iraqis and two Syrians were killed.", (5, 0, None)),
    ],
)
def test_paired_adjectives_before_one_noun(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "both" as the object of a killing: the two told before
        ("Unidentified men kidnapped the two sons of the owner, later beheading both of them.", (2, 0, None)),
        ("Gunmen kidnapped two traders and killed both.", (2, 0, None)),
        # but "both X and Y" names two kinds of people, no count
        ("The bomb killed both policemen and civilians.", (0, 0, None)),
    ],
)
def test_both_as_the_object_of_a_killing(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "From 24 February 2022, when the invasion began, to 9 April 2023, the office recorded 8,451 civilian deaths.",
        "From 1 June 2021 to 1 March 2022, the office recorded 8,451 civilian deaths.",
    ],
)
def test_a_span_of_dated_days_with_an_aside_or_across_years(text):
    assert totals(text, date(2023, 4, 10)) == (0, 0, 8451)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the hurt of a fire told one by one: each named person is another
        ("Three children died in the fire. Their mother, 26, escaped by jumping from a window and was treated for a "
         "broken ankle. A neighbor who tried to reach the children was treated for burns to his hands and released. "
         "One firefighter suffered minor injuries when part of the ceiling collapsed.", (3, 3, None)),
        # but a relation told after "another" may be that one
        ("A U.S. CITIZEN DIED AND ANOTHER WAS INJURED WHEN A LIGHT PLANE CRASHED. PILOT DAVID COREY DIED IMMEDIATELY "
         "WHILE HIS COMPANION, JAMES MCVEAL, WAS INJURED AND SERIOUSLY BURNED.", (1, 1, None)),
    ],
)
def test_one_hurt_person_after_another_told_without_a_noun(text, expected):
    assert totals(text) == expected


def test_others_being_treated_at_a_hospital_are_hurt():
    text = ("Gunmen opened fire on a bus, killing 17 people. One of the wounded died on the way to hospital, raising "
            "the number of dead to 18. Eight others are being treated at the civil hospital, two of them in critical "
            "condition.")
    assert totals(text, date(1988, 6, 12)) == (18, 8, 18)


def test_the_body_of_the_man_told_before_is_no_new_dead():
    text = ("Bushfire kills two in hills east of Perth\n\nA bushfire tore through hobby farms east of Perth on Sunday, "
            "killing a volunteer firefighter and an elderly "
            "man who had stayed behind to defend his property.\n\nThe firefighter was killed when his tanker was "
            "overrun by flames. The body of the 78-year-old man was found in the garden of his house.")
    assert totals(text, date(1998, 1, 12))[0] == 2


def test_an_all_caps_paragraph_opening_on_a_quarter_of_the_city_is_the_roundups_next_item():
    text = ("BEIRUT, AUG 21 -- A CAR BOMB EXPLODED IN CHRISTIAN EAST BEIRUT TODAY, KILLING TWENTY-TWO PEOPLE AND "
            "WOUNDING ONE HUNDRED AND TEN, POLICE SAID.\n\nIN MOSLEM WEST BEIRUT, MILITIAMEN OF TWO RIVAL MILITIAS "
            "BATTLED WITH MACHINE GUNS FOR THREE HOURS. POLICE SAID THREE MILITIAMEN AND A WOMAN PASSER-BY WERE KILLED "
            "AND SEVEN PEOPLE WOUNDED.")
    assert totals(text, date(1986, 8, 21)) == (26, 117, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a third" after exactly two of its kind is the next one
        ("Three people were killed. Two other people wounded in the shooting remain hospitalized, one of them in "
         "serious condition. A third was treated for a gunshot wound to the arm and released on Tuesday.", (3, 3, None)),
        # but "a fifth victim" after five counted is one of them
        ("Four policemen and one army officer were killed today in an ambush. The body of a fifth victim was brought "
         "to Villavicencio.", (5, 0, None)),
        # and one told again after a comma and "and" has no subject of its own
        ("Two men died in the fire. A firefighter suffered burns when his truck was overrun by flames, and was flown "
         "to a Sydney hospital in a stable condition.", (2, 1, None)),
    ],
)
def test_the_next_by_rank_and_one_told_again_after_and(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # animals are no casualties, counted or not
        ("No one was injured, the chief said, but the store's two cats, which lived in the building, died in the fire.",
         (0, 0, None)),
        # one hurt person's second verb after "and" is no one new
        ("Two children died in the fire. She was taken to Mercy Regional Medical Center with burns and a broken ankle "
         "and was listed in stable condition Saturday afternoon.", (2, 1, None)),
    ],
)
def test_animals_and_a_second_verb_of_one_hurt_person(text, expected):
    assert totals(text) == expected


def test_a_count_of_teenagers_is_broken_down_by_their_parts():
    text = ("Three teenagers were killed late Saturday when the car they were riding in struck a tree, state police said. "
            "The driver, a 17-year-old from Westfield, and two passengers, ages 16 and 18, died at the scene.")
    assert totals(text, date(2021, 9, 12))[0] == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count's own participle after an after-clause is the main clause's news
        ("Commuter plane crash kills 14\n\nAUBURN, Maine, Dec. 13 - A commuter plane crashed into a hillside shortly "
         "after taking off from a regional airport on Thursday, killing all 14 people on board.", (14, 0, None)),
        # but a verb inside the after-clause tells the earlier attack
        ("A bomb at a cattle market killed 41 people on Tuesday. The attack came a week after a bomb at a shopping "
         "centre in the capital, Abuja, killed 21 people on June 25.", (41, 0, None)),
    ],
)
def test_an_after_clause_and_the_count_of_the_main_clause(text, expected):
    assert totals(text, date(1985, 12, 13) if "AUBURN" in text else date(2014, 7, 4)) == expected


def test_ages_between_two_numbers_after_the_noun_are_no_count():
    text = "The Hospital Authority said 54 people aged between 15 and 76 had been taken to public hospitals with injuries."
    assert totals(text, date(2019, 8, 5)) == (0, 54, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a long relative clause between the person and "died" (hurt in another place, so no count
        # of the hurt took her in)
        ("PARIS - 133 people were injured in Paris during the protests. In Marseille, an 80-year-old woman who was hit "
         "in the face by a tear gas grenade as she closed the shutters of her fourth-floor apartment on Saturday died "
         "in hospital on Sunday, prosecutors said.", (1, 133, None)),
        # "Elsewhere," a radio's count is of other dead
        ("A mortar shell killed seven people in a water queue on Saturday, hospital officials said.\n\nElsewhere in "
         "Bosnia, Serbian radio said nine Serbian soldiers had been killed in fighting around Gorazde.", (16, 0, None)),
    ],
)
def test_a_long_relative_clause_and_a_radio_count_elsewhere(text, expected):
    assert totals(text, date(2018, 12, 2)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count with its participle "admitted to hospital", after harm told
        ("Forty-nine people were killed on the spot when a bomb exploded in the market. Of the 94 people admitted to "
         "hospital, 61 have since been discharged.", (49, 94, None)),
        # the hurt among people rescued, told by fire brigade officials (no party's claim)
        ("Seventeen people were killed when a building collapsed. Fire brigade officials said 19 people were pulled "
         "out alive, seven of them with serious injuries.", (17, 7, None)),
    ],
)
def test_people_admitted_to_hospital_and_a_fire_brigades_count(text, expected):
    assert totals(text) == expected


def test_a_denial_is_of_the_account_right_before_it():
    text = ("Officials said 31 people died at the scene on Monday when panic swept the crowd. Hospital officials said 47 "
            "people were still being treated, eight of them in critical condition. Opposition leaders accused the "
            "government of concealing the true scale of the disaster, saying more than 60 people had died. The district "
            "collector dismissed the claim as baseless.")
    assert totals(text, date(2014, 10, 16)) == (31, 47, None)


def test_a_fires_raised_toll_and_the_hurt_still_in_care_told_before_all_the_hurt():
    text = ("Toll from club fire rises to 31 as two more victims die\n\nVALPARAISO, Chile - Two more people injured in "
            "last week's fire at a crowded nightclub died in hospital overnight, bringing the number of dead to 31, "
            "health officials said on Tuesday.\n\nBoth were young men who had suffered severe burns, said a spokeswoman "
            "for the hospital, where 14 other survivors remained under treatment.\n\nTwenty-nine people died on the night "
            "of the fire. More than 70 were injured, many of them in the crush at the only working exit.")
    assert totals(text, date(2012, 3, 20)) == (31, 70, 31)


def test_a_count_that_had_stood_earlier_is_outdated():
    # (a higher count that had stood before the latest, lowered one)
    text = ("Officials said on Monday that 38 people died when the typhoon struck. The council's count had stood at 45 "
            "dead on Sunday night, before duplicate reports were removed.")
    assert totals(text, date(2014, 11, 3)) == (38, 0, None)


def test_a_groups_claim_of_what_its_fighters_did_after_another_verb():
    text = ("Militants stormed an African Union base, killing four peacekeepers, the mission said. Al-Shabaab, in a "
            "statement broadcast on its radio station, said its fighters had overrun part of the base and killed 37 "
            "\"Christian invaders\".")
    assert totals(text, date(2016, 6, 14)) == (4, 0, None)


def test_a_part_of_the_deaths_and_the_one_of_a_breakdown_named_again():
    text = ("Tornadoes kill six across Alabama and Georgia\n\nBIRMINGHAM, Ala. - Severe storms spawned tornadoes across "
            "the Deep South on Sunday night, killing at least five people in Alabama and one in Georgia and injuring "
            "about two dozen, officials said Monday.\n\nThree of the Alabama deaths were at a mobile home park in Cullman "
            "County.\n\nIn Georgia, a man died when a tree fell on his pickup truck on Interstate 85.")
    assert totals(text, date(2015, 4, 20)) == (6, 24, None)


def test_a_count_the_same_sentence_calls_a_baseless_claim():
    text = ("Pakistani shelling killed five civilians in Poonch, Indian police said. It said Pakistani troops had killed "
            "\"at least eight Indian soldiers\", a claim the Indian army called baseless.")
    assert totals(text, date(2016, 6, 14)) == (5, 0, None)


def test_one_hurt_and_dead_in_another_place_leaves_the_first_places_hurt_alone():
    text = ("PARIS - The interior minister said 133 people were injured in Paris during Saturday's protests.\n\nIn "
            "Marseille, an 80-year-old woman who was struck by a tear gas grenade on Saturday died in hospital on Sunday.")
    assert totals(text, date(2018, 12, 2)) == (1, 133, None)


def test_a_span_cue_before_a_semicolon_does_not_reach_the_dated_attack_after_it():
    text = ("A bomb exploded outside a cinema in Peshawar on Tuesday evening, killing at least nine people, police said. "
            "Peshawar has suffered a string of bombings in recent weeks; a blast near a police station in the city on "
            "Oct. 19 killed 14 people.")
    assert totals(text, date(2009, 11, 24)) == (9, 0, None)


@pytest.mark.parametrize(
    "text",
    [
        "A man stabbed five people. Two of them were in serious condition; none of the injuries was believed to be "
        "life-threatening, police said.",
        "A man killed a woman and wounded four people. None of the wounded was in a life-threatening condition.",
    ],
)
def test_none_of_the_hurt_in_grave_condition_is_no_zero(text):
    assert not [f for f in extract_figures(text, PUBLISHED) if f.best == 0]


def test_the_attacker_the_police_shot_and_wounded_is_a_hurt_perpetrator():
    text = ("Knife attacker kills woman, wounds four at Lyon station\n\nLYON - A man armed with a kitchen knife attacked "
            "travellers in the main hall of the station on Friday evening, killing a 63-year-old woman and wounding four "
            "other people before police shot and wounded him, the minister said.")
    figs = extract_figures(text, date(2021, 3, 5))
    assert totals(text, date(2021, 3, 5)) == (1, 5, None)
    assert [f.role for f in figs if f.kind == "injured" and f.best == 1] == ["perpetrator"]


def test_a_title_and_then_a_name_in_a_list_is_one_person():
    text = ("Three teenagers were killed late Saturday when their car hit a pickup truck, police said. The driver, "
            "17-year-old Tyler Wescott, and two 16-year-old passengers were pronounced dead at the scene.")
    assert totals(text, date(2019, 6, 9)) == (3, 0, None)


def test_an_armed_attacker_shot_dead_after_a_long_subject():
    text = ("A man armed with a large kitchen knife stabbed four people at the station on Monday evening before being "
            "shot dead by armed officers, police said.")
    assert totals(text, date(2019, 6, 11)) == (1, 4, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two children died in the fire. A firefighter suffered a minor burn to his wrist.", (2, 1, None)),
        ("Two children died in the fire. A firefighter suffered a burn to his wrist.", (2, 1, None)),
        # the verb is no hurt
        ("The crowd tried to burn the police station.", (0, 0, None)),
    ],
)
def test_a_burn_suffered_is_a_hurt(text, expected):
    assert totals(text) == expected


def test_people_who_escaped_and_were_treated_are_hurt():
    text = ("Two young children died early Sunday when fire swept through their duplex. Their mother and a 10-month-old "
            "sister escaped by climbing out a front window and were treated at the same hospital for smoke inhalation.")
    assert totals(text, date(2019, 6, 11)) == (2, 2, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("A grandmother and two grandsons died in the fire. A third child, an 8-year-old girl, escaped by jumping from "
          "an upstairs window and was in fair condition at the county hospital with a broken leg."), (3, 1, None)),
        ("A man and his son died in the blaze. The boy's mother, 41, escaped and was in serious condition.", (2, 1, None)),
    ],
)
def test_someone_who_escaped_after_an_aside_and_was_in_hospital_is_hurt(text, expected):
    assert totals(text, date(2019, 6, 11)) == expected


def test_the_death_that_raised_a_toll_told_before_it_is_inside_it():
    text = ("Families began burying the 14 people who died in Sunday's stampede. The health ministry said on Tuesday that "
            "a 12-year-old boy who had been in a coma since the stampede had died, bringing the death toll to 14.")
    assert totals(text, date(1998, 4, 8))[0] == 14


def test_a_count_the_sentence_corrects_is_outdated():
    text = ("No one was killed or injured in Monday's fire, the coastguard said, correcting earlier reports that two crew "
            "members had been treated for smoke inhalation.")
    assert totals(text, date(2019, 9, 5)) == (0, 0, None)


def test_the_rest_of_a_count_is_no_one_person():
    text = ("A pileup in thick fog on Friday killed three people and sent 14 others to hospitals, police said. Five of "
            "the injured were admitted; the rest were treated and released. In addition, a deputy suffered minor "
            "injuries when a van struck his patrol car.")
    assert totals(text, date(1997, 1, 10)) == (3, 15, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A shop owner suffered a cut to his hand and was treated at the scene.", (0, 1, None)),
        ("A nurse was treated for a deep gash to her forehead.", (0, 1, None)),
        ("The driver suffered a fracture to his left leg.", (0, 1, None)),
        # a cut that is no wound
        ("The district suffered a cut in its water supply after the blast.", (0, 0, None)),
    ],
)
def test_one_wound_told_in_the_singular_is_a_hurt(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        ("Two dead, one hurt in quarry blast\n\nTwo workers were killed and a third was badly injured on Tuesday when "
         "explosives went off early at a limestone quarry, the county sheriff said."),
        ("Two dead, one hurt in quarry blast\n\nTwo workers were killed and another was badly injured on Tuesday when "
         "explosives went off early at a limestone quarry, the county sheriff said."),
    ],
)
def test_one_more_than_the_dead_may_be_the_one_hurt_told_before(text):
    assert totals(text, date(2021, 3, 4)) == (2, 1, None)


def test_one_more_after_the_same_kind_is_still_another():
    text = "Two soldiers were wounded on Monday. Later, one soldier was wounded and another was injured by a mine."
    assert totals(text, date(2021, 3, 4))[1] == 4


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Four people were hurt when a car drove into a bus shelter on Friday. One of the four remains in critical "
          "condition; the three other injured people were released on Saturday."), (0, 4, None)),
        (("Four people were hurt when a car drove into a bus shelter on Friday. One of the four remains in critical "
          "condition; the other three injured people were released on Saturday."), (0, 4, None)),
        # the others of a smaller count told before are more people
        ("Two people were killed in the market. The other three victims died at the bus station.", (5, 0, None)),
    ],
)
def test_the_other_n_of_a_count_told_before_are_inside_it(text, expected):
    assert totals(text, date(2021, 3, 4)) == expected


def test_remains_as_a_verb_is_no_body():
    assert totals("One of the four remains in critical condition at the county hospital.") == (0, 1, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two of the five were killed when the roof gave way.", (2, 0, None)),
        ("One of the four remains in critical condition at the county hospital.", (0, 1, None)),
        ("Two of the five remain in critical condition.", (0, 2, None)),
    ],
)
def test_a_part_of_a_bare_number_is_the_subject(text, expected):
    assert totals(text) == expected


def test_an_attacker_who_shot_himself_and_died_after_a_negated_aside():
    text = ("Four people were killed and nine others were wounded when a man opened fire at a warehouse on Monday. The "
            "gunman, whose name has not been released, shot himself in the head as officers arrived and died at a "
            "hospital on Tuesday, police said.")
    # killed with him; his own wound was never among the nine hurt
    assert totals(text, date(2019, 6, 12)) == (5, 9, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("The death toll from Friday's suicide bombing at a bus station has risen to 23, police said. A police spokesman "
          "said the 23 dead did not include the bomber."), 24),
        ("Eleven people, not including the suicide bomber, were killed at a checkpoint on Friday.", 12),
        (("A police officer wounded in Thursday's suicide bombing at a checkpoint died in hospital on Saturday, raising "
          "the death toll from the attack to nine. The ministry's count of nine dead does not include the bomber."), 10),
        ("Eleven people, including the suicide bomber, were killed at a checkpoint on Friday.", 11),
    ],
)
def test_a_count_said_to_leave_the_bomber_out(text, expected):
    assert totals(text, date(2016, 10, 24))[0] == expected


def test_people_hurt_after_a_place_and_a_comma_and():
    text = ("Two children died early Sunday when fire swept through a house on Linden Avenue, and their father and a "
            "police officer were injured, officials said.")
    assert totals(text, date(2016, 10, 24)) == (2, 2, None)


def test_a_toll_told_rising_through_its_sentence_is_its_last_count():
    text = ("A tornado that struck the county on Sunday killed at least 17 people, officials said. The toll stood at six "
            "at midday, rose to 11 by late afternoon and reached 17 by nightfall.")
    assert totals(text, date(2016, 5, 23)) == (17, 0, 17)


def test_a_toll_with_an_earlier_count_in_an_aside_is_the_count_after_it():
    text = ("Mudslides killed at least 64 people in the hill districts on Tuesday, officials said. The toll, put at 30 "
            "before dawn, climbed through the day to 64.")
    assert totals(text, date(2016, 5, 24)) == (64, 0, 64)


def test_a_toll_of_an_explosion_earlier_this_week_is_its_incident_toll():
    text = ("Tanker blast toll rises to 14\n\nFive more people have died in hospital of burns from the fuel tanker explosion "
            "on the ring road earlier this week, bringing the number of dead to 14, officials said.\n\nNine people were "
            "killed at the scene on Monday when the tanker overturned and caught fire.")
    assert totals(text, date(2018, 11, 23)) == (14, 0, 14)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Army claims 300 rebels killed in mountain offensive\n\nThe army said on Sunday that it had killed more than 300 "
          "rebel fighters in a week-long offensive. Rebel commanders dismissed the claim.\n\nLocal officials said that "
          "no one had been killed."), (0, 0, None)),
        # the verb of deaths
        ("Storm claims four lives after trees fall on cars\n\nFour people were killed when trees fell on their cars.", (4, 0, None)),
    ],
)
def test_a_headline_that_claims_a_count_is_a_claim(text, expected):
    assert totals(text, date(2023, 1, 9)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A trawler ran aground in the storm; none of the 31 crew members aboard was hurt.", (0, 0, None)),
        ("None of the 200 passengers were killed, but 12 were injured.", (0, 12, None)),
    ],
)
def test_none_of_a_counted_group_is_a_zero(text, expected):
    assert totals(text) == expected


def test_their_bodies_after_the_deaths_just_told_are_those_dead():
    text = ("Gunmen abducted 11 people from a bus on Monday. Three of the hostages were beheaded on Friday; their bodies "
            "were found near the town.")
    assert totals(text, date(2001, 6, 4)) == (3, 0, None)


def test_a_conjunct_with_its_relative_clause():
    text = ("A neighbour who tried to kick down the back door and four other residents were treated at the scene for "
            "smoke inhalation.")
    assert totals(text) == (0, 5, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("A suicide bomber blew himself up at a checkpoint, killing three police officers and wounding nine people. A "
          "second attacker wearing an explosive belt was shot and wounded by police before he could detonate it."), (4, 10, None)),
        ("A man carrying a rifle was shot dead by police.", (1, 0, None)),
    ],
)
def test_the_person_before_what_they_wore_is_the_subject(text, expected):
    assert totals(text, date(2007, 6, 21)) == expected


def test_a_road_toll_for_a_year_is_a_toll_not_the_year():
    text = ("Two men were killed when their car hit a tree near Dalby on Sunday. The deaths take the state's road toll "
            "for 2018 to 187, police said.")
    assert totals(text, date(2018, 9, 23)) == (2, 0, 187)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("A court on Thursday jailed two former officers over the 1994 downing of an airliner, in which all 112 people "
          "on board were killed."), (0, 0, None)),
        (("A court on Thursday jailed a former militia leader for life. A witness told the court he had watched "
          "fighters kill his father and three of his brothers."), (0, 0, None)),
        # a witness's account of the week's news is the news
        ("Police told the court that two officers had been wounded in the raid on Monday.", (0, 2, None)),
    ],
)
def test_a_trial_story_recalls_the_past(text, expected):
    assert totals(text, date(2013, 5, 16)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Gunmen raided a farming village late on Friday, killing seven men, police said. On Saturday police found the "
          "body of a boy who had been missing since the raid, bringing the number of dead to eight."), (8, 0, 8)),
        (("A bomb killed 11 people at a bus station last Sunday. The toll rose to 13 on Thursday after two women who had "
          "been in intensive care since the blast died."), (13, 0, 13)),
        # a count over the days since an attack is a running toll
        (("Troops killed nine rebels on Saturday, bringing to 30 the number of rebels killed since last week's assault "
          "on the town, the army said."), (9, 0, 30)),
    ],
)
def test_since_the_attack_in_someone_elses_clause_is_no_span_of_the_toll(text, expected):
    assert totals(text, date(2017, 7, 9)) == expected


def test_the_head_of_a_person_ends_before_what_they_wore():
    (fig,) = extract_figures("Vigilantes shot dead a young woman wearing an explosive vest at a checkpoint.", PUBLISHED)
    assert (fig.kind, fig.best, fig.victims) == ("killed", 1, "woman")


def test_a_new_place_after_an_attacks_toll_and_its_parts_is_another_incident():
    text = ("Two more victims of Monday's bombing at a market in Yala died in hospital on Thursday, raising the number "
            "killed in the attack to five, police said.\n\nThe bomb exploded on Monday, killing three people and "
            "wounding 20.\n\nMore than 2,000 people have been killed since the insurgency flared in 2004 in Yala, "
            "Pattani and Narathiwat.\n\nIn Narathiwat, suspected insurgents shot dead a village defence volunteer as "
            "he rode to work on Wednesday, police said.")
    assert totals(text, date(2007, 4, 19)) == (6, 20, 2000)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the attackers are no repeat of a count of the victims' part
        (("At least 20 people were killed in the siege, among them four soldiers, the minister said. All four gunmen "
          "were killed, the minister said."), (24, 0, None)),
        # the same people by another word are
        ("Four soldiers were killed in an ambush on Monday, the army said. All four men were killed by gunfire.", (4, 0, None)),
        # hostages told one by one are the hostages
        (("Families buried two of the three hostages who died aboard the airliner. The hijackers shot dead a businessman "
          "and a flight attendant before commandos stormed the plane. A third passenger died of a heart attack. All "
          "three hijackers were killed in the raid."), (6, 0, None)),
    ],
)
def test_a_definite_count_repeats_only_its_own_side(text, expected):
    assert totals(text, date(2019, 10, 20)) == expected


def test_the_hurt_after_the_dead_the_article_opened_on_are_its_hurt():
    text = ("A commission of inquiry into the stampede at the national stadium that killed nine football fans opened "
            "hearings on Friday.\n\nSix men, two women and a boy died in the crush at the end of a league match on "
            "March 22. More than 40 others were treated at the teaching hospital, most of them for fractures.")
    assert totals(text, date(1998, 5, 8)) == (9, 40, None)


def test_civilians_hurt_after_a_bare_count_beside_soldiers_are_more_hurt():
    text = ("The army said five soldiers were killed and 11 wounded when rebels ambushed a patrol on Sunday. Residents "
            "said a shell hit a house in the town. A hospital official said 14 civilians had been admitted with injuries.")
    assert totals(text, date(1987, 3, 9)) == (5, 25, None)


ROUNDUP_IN_TITLE_CASE = (
    "PESHAWAR, Nov. 2 - A string of attacks across the north-west killed at least 15 people on Monday, officials said.\n\n"
    "Kohat: A car bomb exploded near a market, killing nine people and wounding 30, hospital officials said.\n\n"
    "Bannu: A suicide bomber rammed a police post, killing five policemen and a civilian. The bomber was also killed. "
    "Eight people were injured, police said.\n\n"
    "Swat: Troops killed three militants in a gunfight.")


def test_a_roundup_labelled_in_title_case_tells_each_places_hurt():
    # 15 = 9 + 6 (the lede's parts); the bomber and the militants besides; hurt 30 + 8
    assert totals(ROUNDUP_IN_TITLE_CASE, date(2009, 11, 2)) == (19, 38, None)


def test_an_attacks_toll_raised_days_later_takes_in_its_first_dead():
    text = ("A 16-year-old girl wounded when gunmen fired into a backyard party died Sunday morning, police said, "
            "raising the number of people killed in the shooting to two. The attack, shortly before midnight Friday, "
            "killed Marcus Oduya, 19, who was pronounced dead at the scene.")
    assert totals(text, date(2004, 6, 13))[0] == 2


def test_a_hurt_person_who_died_before_the_toll_was_raised_is_inside_it():
    text = ("Rescuers recovered the bodies of two more miners on Tuesday, raising the number of dead from the weekend's "
            "gas explosion to 12, the mining agency said.\n\nFour miners were pulled out with burns and taken to "
            "hospital. One of them died on Monday night, a hospital spokesman said.")
    assert totals(text, date(2012, 10, 9))[0] == 12


def test_a_group_that_disputes_the_figure_gives_another_account():
    text = ("Officials on Thursday revised the death toll from the collapse of a garment factory down to 31 from 34.\n\n"
            "Officials said 90 workers had been injured, of whom 12 remain in hospital. A labour group disputed the "
            "revised figure and said at least 40 workers had died.")
    assert totals(text, date(2015, 3, 12)) == (31, 90, 31)


def test_a_breakdown_continues_past_the_leads_including_aside():
    text = ("GUNMEN KILLED TEN PEOPLE, INCLUDING THREE WOMEN AND A CHILD, AND WOUNDED SIX OTHERS IN TWO ATTACKS LAST "
            "NIGHT, POLICE SAID TODAY.\n\nIN THE FIRST INCIDENT, ARMED MEN OPENED FIRE ON A WEDDING PARTY, KILLING SIX "
            "PERSONS ON THE SPOT. TWO MORE DIED ON THE WAY TO HOSPITAL.\n\nIN THE SECOND, GUNMEN SHOT DEAD TWO FARM "
            "LABOURERS IN A FIELD.")
    assert totals(text, date(1988, 3, 14)) == (10, 6, None)


def test_a_third_after_two_killed_in_the_sentence_before_is_the_next_of_their_group():
    text = ("A bomb near a police post killed six policemen on Monday. Three passers-by were wounded.\n\nTwo NATO "
            "service members were killed in an insurgent attack in the south, the coalition said. A third was injured.")
    assert totals(text, date(2011, 6, 6)) == (8, 4, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("KABUL, June 6 - Violence across Afghanistan killed at least 14 people on Monday, officials said.\n\n"
          "Kandahar: A bomb near a police post killed six policemen.\n\nKunar: Troops killed eight insurgents in an "
          "overnight raid, the governor's office said."), (14, 0, None)),
        # a separate operation's dead are more dead
        (("KABUL, June 6 - Violence across Afghanistan killed at least 14 people on Monday, officials said. A bomb near "
          "a police post in Kandahar killed six policemen.\n\nSeparately, the military said troops killed eight "
          "suspected insurgents during raids on Sunday."), (22, 0, None)),
    ],
)
def test_a_count_summed_over_incidents_takes_in_every_side(text, expected):
    assert totals(text, date(2011, 6, 6)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 40 civilians and opposition activists were killed on Monday.", (40, 0, None)),
        ("At least 4,700 civilians and opposition activists have been killed since the coup.", (0, 0, 4700)),
        # two counts, each its own
        ("Two soldiers and three rebel fighters were killed.", (5, 0, None)),
    ],
)
def test_one_count_of_two_groups_the_second_with_a_modifier(text, expected):
    assert totals(text, date(2024, 3, 27)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A doctor said the hospital was treating 38 people for gunshot wounds, five of them in a serious condition.", (0, 38, None)),
        ("Doctors were treating 12 people for burns on Sunday.", (0, 12, None)),
        ("Doctors are treating the patients for cholera.", (0, 0, None)),
    ],
)
def test_those_a_hospital_is_treating_for_wounds_are_hurt(text, expected):
    assert totals(text, date(2011, 3, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("THE ATTACK WAS REPELLED AND UP TO 20 REBELS WERE DESTROYED.", (20, 0, None)),
        ("Twenty terrorists were neutralized, the army said.", (20, 0, None)),
        ("The military and self-defense forces destroyed over 60 terrorists.", (60, 0, None)),
        # things destroyed are no dead
        ("Twenty houses were destroyed and three soldiers were killed.", (3, 0, None)),
    ],
)
def test_fighters_destroyed_or_neutralized_in_the_passive_are_dead(text, expected):
    assert totals(text) == expected


def test_a_dateline_after_a_headline_is_no_head_noun():
    text = ("Jets pound militant offensive in Hama, killing 50 terrorists Fri Sep 30 2016. Warplanes foiled the attack. "
            "Over 50 terrorists were neutralized in the process, the agency reported.")
    assert totals(text, date(2016, 9, 30))[0] == 50


def test_police_hurt_are_not_among_the_other_people_the_police_wounded():
    text = ("Police shot dead three youths and wounded at least 15 other people in clashes on Thursday, the police said.\n\n"
            "In the township, two men were shot dead when a crowd attacked a patrol. Four policemen were slightly injured.")
    assert totals(text, date(1985, 6, 14)) == (3, 19, None)


def test_a_count_told_as_what_officials_earlier_said_is_outdated():
    text = ("Authorities on Saturday lowered the death toll from a bomb attack on a night market to 27, after earlier "
            "saying 33 people had died.")
    assert totals(text, date(2012, 8, 11))[0] == 27


FOLLOW_UP_OF_A_RAISED_TOLL = (
    "LILONGWE - Two weeks after a crush at the gates of the national stadium, the toll has risen again.\n\n"
    "A 14-year-old girl who had been in a coma since the disaster died on Friday, hospital officials said. A 30-year-old "
    "man being treated for chest injuries died on Tuesday. Their deaths bring to 25 the number of people who have died "
    "as a result of the March 8 crush.\n\n"
    "Twenty-three people were killed at the scene on March 8 and more than 150 were injured when police fired tear gas "
    "at the crowd.")


def test_a_follow_up_whose_news_raised_an_older_events_toll_counts_that_event():
    assert totals(FOLLOW_UP_OF_A_RAISED_TOLL, date(1998, 3, 22)) == (25, 150, 25)


def test_someone_being_treated_who_died_is_dead():
    assert totals("A 22-year-old woman being treated for chest injuries died on Tuesday.", date(1998, 3, 22)) == (1, 0, None)


def test_a_follow_up_toll_that_rose_is_the_older_days_dead_and_those_who_died_since():
    text = ("GAZIPUR - Two weeks after fire raced through a sweater factory, the death toll has risen to 21.\n\n"
            "When the fire broke out on the evening of Dec. 15, 18 workers died and more than 60 were hurt.\n\n"
            "Three more of the injured have since died in the burn unit, a hospital spokesman said.")
    # (the three who died are no longer among the hurt: GTD codes a person once)
    assert totals(text, date(2011, 12, 29)) == (21, 57, 21)


def test_a_count_that_raises_a_long_toll_clause_is_the_news():
    text = ("Landslides and flash floods triggered by three days of torrential rain have killed at least 38 people in "
            "Nepal, officials said on Monday, bringing the number of people killed since the start of the monsoon in "
            "June to 160.")
    assert totals(text, date(2017, 8, 14)) == (38, 0, 160)


def test_a_toll_named_for_a_collision_between_two_things():
    text = ("The death toll from Sunday's collision between a crowded passenger train and a stationary goods train in "
            "northern Uttar Pradesh rose to 47 on Monday, railway officials said. Initial reports on Sunday night had "
            "put the number killed at 32.")
    assert totals(text, date(2010, 1, 4)) == (47, 0, 47)


def test_across_the_river_opens_another_place():
    text = ("Russian shelling of Kherson killed three civilians and wounded 11 on Saturday, the regional administration "
            "said.\n\nAcross the Dnipro River, officials in Nova Kakhovka said Ukrainian shelling had killed two people "
            "and injured five in the town on Saturday.")
    assert totals(text, date(2023, 1, 15)) == (5, 16, None)


def test_people_admitted_to_a_named_hospital_in_a_story_of_the_dead_are_hurt():
    text = ("Divers pulled 12 more bodies from the river on Monday, raising the number of confirmed dead from the capsizing "
            "of a ferry to 30.\n\nThe ferry overturned in a squall late on Saturday. Around 100 passengers swam ashore. "
            "Eleven people were admitted to Chandpur General Hospital, most of them suffering from shock.")
    assert totals(text, date(2012, 8, 20)) == (30, 11, 30)


def test_the_next_count_of_a_sources_pluperfect_account_is_that_account_too():
    text = ("At least 12 people were killed in the hotel siege, police said on Saturday. More than 25 people were "
            "wounded.\n\nThe director of the ambulance service said his crews had collected 19 bodies from the hotel "
            "and taken 40 wounded people to hospitals.")
    assert totals(text, date(2018, 3, 24)) == (12, 25, None)


def test_one_of_the_injured_civilians_who_later_died_is_dead():
    text = ("Militants hurled a grenade at a bunker in the market, wounding 17 civilians and two policemen. One of the "
            "injured civilians, a shopkeeper, later died in hospital.")
    assert totals(text, date(1994, 9, 12)) == (1, 18, None)


def test_the_dead_of_that_day_after_an_earlier_events_figures_are_that_events():
    text = ("Hundreds of people gathered at the market on Saturday to mark 10 years since twin bombings there on June 12, "
            "2011, killed 41 people.\n\nRelatives have long disputed the official toll. \"At least 50 people died that "
            "day,\" said one widow.")
    assert totals(text, date(2021, 6, 12)) == (0, 0, None)


def test_a_month_in_another_clause_is_no_months_count():
    text = ("Marines killed five gunmen in a clash on Tuesday. The group, blamed for the bombing of a ferry on Feb. 27 "
            "that killed more than 100 people, is still believed to be holding three sailors seized in June.")
    assert totals(text, date(2004, 8, 24)) == (5, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Relatives buried the nine workers killed in the explosion on Tuesday.\n\nEight workers died at the scene on "
          "Tuesday. A ninth, a 19-year-old, died of his burns on Thursday."), (9, 0, None)),
        ("Eight workers died at the scene on Tuesday. A ninth died of his burns on Thursday.", (9, 0, None)),
    ],
)
def test_a_seventh_to_tenth_is_ranked_as_a_second_to_sixth_is(text, expected):
    assert totals(text, date(2015, 12, 19)) == expected


def test_suicide_bombers_are_counted_beside_a_separate_raids_dead_fighters():
    text = ("Two suicide bombers blew themselves up at a police checkpoint late on Thursday, killing nine people, "
            "investigators said.\n\nSeparately, police said they had shot dead two suspected militants during a raid "
            "on a house on Friday morning.")
    assert totals(text, date(2012, 5, 4)) == (13, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A string of attacks across the country also killed Afghan police and civilians.", (0, 0, None)),
        ("The intelligence helped Ukrainian forces kill Russian generals.", (0, 0, None)),
        ("Gunmen killed Zorig in his home.", (1, 0, None)),
        # a suicide bomber beside a separate raid's dead fighters
        (("In Kunduz, a suicide bomber blew himself up at the gate of the police headquarters, killing three policemen. "
          "Separately, the ministry said forces had killed 14 insurgents during a raid."), (18, 0, None)),
    ],
)
def test_a_capitalised_adjective_before_lower_case_people_is_no_name(text, expected):
    assert totals(text, date(2011, 8, 3)) == expected


def test_hostages_killed_are_drawn_from_the_abducted_not_from_the_dead():
    text = ("Gunmen ambushed a truck near the town, killing two militiamen and abducting 11 villagers. Two of the "
            "hostages, both elderly farmers, were later beheaded by their captors.")
    assert totals(text, date(2001, 5, 30)) == (4, 0, None)


def test_attackers_killed_told_by_a_news_agency_are_no_other_account_of_their_victims():
    text = ("Armed men killed at least 30 people in an overnight attack on a hamlet, the government said on Saturday.\n\n"
            "In a statement carried by the official news agency, the ministry said security forces had pursued the "
            "attackers into a forest and killed three of the gunmen.")
    assert totals(text, date(1997, 10, 4)) == (33, 0, None)


def test_a_count_raising_to_n_the_number_slain_is_the_news_and_n_the_toll():
    text = ("At least 22 people were killed in political and ethnic violence in Karachi on Monday, raising to more than "
            "800 the number of people slain in the port city since January, police said.")
    assert totals(text, date(1995, 6, 27)) == (22, 0, 800)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("The health ministry said this month's heat wave caused between 1,300 and 1,900 more deaths than would "
          "normally be expected. Forest fires during the heat wave killed 18 people."), (18, 0, 1300)),
        ("The pandemic caused 4,000 excess deaths in the region.", (0, 0, 4000)),
        ("Rescuers found 12 more deaths than reported.", (12, 0, None)),
    ],
)
def test_excess_deaths_are_a_periods_statistic(text, expected):
    assert totals(text, date(2003, 8, 27)) == expected


def test_a_count_in_may_is_a_months_count_as_in_april_is():
    text = ("A suicide bomber killed 27 people at a funeral in Baquba on Saturday, police said. More than 1,000 people "
            "were killed in May alone, according to United Nations figures, the highest monthly toll since 2008.")
    assert totals(text, date(2013, 6, 3)) == (28, 0, 1000)


def test_a_very_different_picture_announces_another_account():
    text = ("Kiev said five Ukrainian servicemen had been killed and 18 wounded in the past 24 hours.\n\nSeparatist "
            "leaders painted a very different picture. A rebel commander told Russian news agencies that his fighters "
            "had destroyed an armoured column and killed more than 100 government troops.")
    assert totals(text, date(2014, 8, 5)) == (5, 18, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Officials initially said 20 people had been killed and 50 wounded, but the count rose in the following "
          "days. The governor's office said on Thursday that 31 people had now died. Fifty-eight people were wounded, "
          "it said."), (31, 58, None)),
        # a first account no later count replaces stands
        ("Officials had initially said 35 people were killed and about 70 hurt.", (35, 70, None)),
    ],
)
def test_the_next_count_of_a_first_account_a_sentence_corrects_is_outdated_too(text, expected):
    assert totals(text, date(2007, 12, 28)) == expected


def test_a_rebel_spokesmans_claim_told_after_an_aside_is_a_claim():
    text = ("Russian forces said on Wednesday they had killed about 150 Chechen rebels trying to slip out of Grozny. A "
            "federal spokesman said six servicemen were killed and 20 wounded.\n\nA rebel spokesman, in a statement "
            "posted on a separatist website, said the fighters had broken through Russian lines, killing 40 Russian "
            "soldiers.")
    assert totals(text, date(2000, 2, 2)) == (156, 20, None)


@pytest.mark.parametrize(
    "text, zeros",
    [
        ("The rebels said they had ambushed a supply convoy but gave no casualty figures.", 0),
        ("The ministry has released no casualty count for the offensive.", 0),
        ("There was no immediate death toll from the renewed shelling.", 0),
        ("The fire caused no casualties, the brigade said.", 2),
    ],
)
def test_no_casualty_figures_is_an_unknown_count_not_a_zero(text, zeros):
    figures = extract_figures(text, date(2012, 5, 14))
    assert sum(1 for f in figures if f.best == 0) == zeros


@pytest.mark.parametrize(
    "text",
    ["No soldiers died in the ambush on Monday.", "The ministry said that no policemen had died."],
)
def test_no_people_died_is_a_zero(text):
    figures = extract_figures(text, date(2012, 5, 14))
    assert [(f.kind, f.best) for f in figures] == [("killed", 0)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Early radio reports spoke of several policemen killed, but the interior ministry said on Friday that no "
          "policemen had died and three were slightly hurt."), (0, 3, None)),
        (("The initial report from the district mentioned eight dead, but the governor mentioned six dead and 11 "
          "injured."), (6, 11, None)),
        # a first report no later count corrects stands
        ("Initial reports said four people died in the collapse.", (4, 0, None)),
    ],
)
def test_a_first_report_the_sentence_corrects_with_a_later_count_is_outdated(text, expected):
    assert totals(text, date(2008, 1, 25)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Event 2011-0077 | Type: Flood | Deaths: 58 | Injured: 310 | Missing: 12 | Homeless: 5,000", (58, 310, None)),
        ("3 MAR 1994 | Fokker F27 | Fatalities: crew 4 / passengers 19 / total 23 | Occupants: 40", (23, 0, None)),
        ("Total deaths: 7; injured: 15; missing: 2.", (7, 15, None)),
        ("Fatalities: 2.", (2, 0, None)),
        # no field of the dead or the hurt
        ("Event 2011-0078 | Type: Storm | Missing: 12 | Affected: 4,000 | Houses destroyed: 230", (0, 0, None)),
    ],
)
def test_a_records_fields_give_its_counts(text, expected):
    assert totals(text, date(2011, 6, 1)) == expected


def test_a_datasets_best_estimate_is_the_records_killed_count():
    text = ("Government of Chad - FUC. Date: 2006-04-13.\n\nRebels attacked the capital at dawn. The army said it had "
            "killed 200 rebels, and a hospital director said 60 people had died in the city. Best estimate 94 (low 60, "
            "high 370).")
    figures = extract_figures(text, date(2006, 4, 20))
    assert totals(text, date(2006, 4, 20)) == (94, 0, None)
    estimate = next(f for f in figures if f.counted and f.kind == "killed")
    assert (estimate.low, estimate.best, estimate.high, estimate.qualifier) == (60, 94, 370, "range")
    # an estimate that the counts before add up to changes nothing
    agreeing = "Clashes on 2 May killed four soldiers and three rebels. Best estimate: 7; low: 7; high: 7."
    assert totals(agreeing, date(2006, 5, 3)) == (7, 0, None)


def test_a_toll_since_a_truce_collapsed_is_a_running_count():
    text = ("A landmine killed three soldiers on Monday, bringing to 46 the number of troops killed since the truce "
            "collapsed in March.")
    assert totals(text, date(2015, 8, 4)) == (3, 0, 46)


def test_people_found_somewhere_with_wounds_are_hurt():
    assert totals("Officers found three men in a parked car with stab wounds.", date(1999, 7, 11)) == (0, 3, None)
    assert totals("TWO VICTIMS LOCATED IN ALLEY WITH GUNSHOT WOUNDS.", date(1999, 7, 11)) == (0, 2, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police confirmed nine dead; village elders said dozens had been killed.", (9, 0, None)),
        ("Police said 14 villagers were killed, while residents said more than 30 had died.", (14, 0, None)),
        # the news of more dead, or of the hurt, is no other account
        ("Police said nine people were killed; doctors said 20 others were wounded.", (9, 20, None)),
        ("Gunmen killed 15 people on Monday. But police said two more people died in hospital.", (17, 0, None)),
    ],
)
def test_a_second_source_after_a_semicolon_or_while_gives_another_account(text, expected):
    assert totals(text, date(2018, 3, 6)) == expected


def test_a_daily_toll_is_the_days_count():
    text = "Monitor's daily toll, 3 May: The group documented the deaths of 45 people across the country today."
    assert totals(text, date(2016, 5, 3)) == (45, 0, None)


def test_the_dead_of_a_span_during_which_the_incident_happened_are_a_running_count():
    text = ("A woman was shot dead outside a bar on Sunday. The killing was one of at least 30 shootings in the city "
            "over the long holiday weekend, during which eleven people were killed, police said.")
    assert totals(text, date(2019, 9, 3)) == (1, 0, 11)


def test_a_toll_raised_by_the_wounded_who_died_and_more_bodies_takes_them_in():
    text = ("Rescuers cut more bodies on Friday from the carriages of two trains that collided near Kanpur, raising "
            "the death toll to 52, railway officials said. At least 90 passengers were injured.\n\nOn Thursday "
            "evening, officials had put the toll at 44. Two of the injured died overnight, and six more bodies were "
            "recovered on Friday morning.")
    assert totals(text, date(2004, 11, 19)) == (52, 90, 52)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("No one was killed in Saturday's rally, the medics' union said. The union, which backs the protest "
          "movement, says 64 people have been killed in protests since the coup in October."), (0, 0, 64)),
        (("Police killed three protesters on Saturday. The union, which backs the protest movement, says 64 people "
          "have been killed in protests since the coup in October."), (3, 0, 64)),
        # beside the article's own running count, a party's is its claim
        (("Police killed three protesters on Saturday. The government says 40 people have died in protests since "
          "the coup in October, while the union, which backs the protest movement, says 64 people have been "
          "killed."), (3, 0, 40)),
    ],
)
def test_a_partys_running_count_stands_when_the_article_has_no_running_count_of_its_own(text, expected):
    assert totals(text, date(2022, 1, 16)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Police said four people were killed in a bombing in Kandahar on Tuesday. May was the deadliest month for "
          "foreign forces in the war, with 95 deaths."), (4, 0, 95)),
        ("Last year was the bloodiest year since 2008, with 3,400 civilians killed.", (0, 0, 3400)),
        # a ranked attack is no period
        ("It was the deadliest attack in the city this year, killing 50 people.", (50, 0, None)),
    ],
)
def test_a_ranked_periods_count_is_a_running_count(text, expected):
    assert totals(text, date(2010, 6, 2)) == expected


def test_a_paragraph_opening_on_a_compass_direction_tells_another_place():
    text = ("In the Donetsk region, the governor said Russian strikes on Friday killed four civilians and wounded at "
            "least 11.\n\nIn the south, a missile hit a grain warehouse outside Mykolaiv, wounding three workers, the "
            "regional governor said.")
    assert totals(text, date(2022, 6, 3)) == (4, 14, None)


def test_people_treated_for_wounds_are_hurt():
    text = "At least 86 people were being treated for wounds at the city's two main hospitals, officials said."
    assert totals(text, date(1999, 8, 3)) == (0, 86, None)


def test_reports_an_officials_zero_rejects_are_no_count():
    text = ("The governor's office said no one was killed in Tuesday's bomb attack on the police station, rejecting "
            "reports on social media that nine policemen had died. Five policemen were slightly hurt.")
    assert totals(text, date(2016, 5, 12)) == (0, 5, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An independent tracker says more than 900 people were killed in Maoist violence last year.", (0, 0, 900)),
        ("Official figures show 5,986 miners died in accidents last year.", (0, 0, 5986)),
        # one event last year, or a few dead, is no year's statistic
        ("A suicide bomber killed 25 people at a mosque last month.", (0, 0, None)),
        ("Two people died in floods in the valley in early December last year.", (0, 0, None)),
    ],
)
def test_the_dead_of_a_kind_of_events_last_year_are_a_running_count(text, expected):
    assert totals(text, date(2011, 10, 21)) == expected


def test_an_including_aside_of_a_running_count_is_no_part_of_the_sentence_before():
    text = ("A shell struck a market in Omdurman, killing four people and wounding more than 20.\n\nIn El Geneina, "
            "doctors said fighting had killed 191 people since April 24, including a number of children.")
    figures = extract_figures(text, date(2023, 5, 2))
    assert not any(f.victims == "child" for f in figures)
    assert totals(text, date(2023, 5, 2)) == (4, 20, 191)


def test_an_age_in_apposition_after_a_victim_is_no_count():
    text = "Gunmen abducted and killed a retired schoolteacher, 61, whose body was found in an orchard on Tuesday."
    assert totals(text, date(1993, 10, 6)) == (1, 0, None)
    assert totals("The gunman shot dead two brothers, 24 and 31, and wounded their father.", date(1993, 10, 6)) == (2, 1, None)
    assert totals("A boy, 12, and his sister, 9, were injured when the bomb exploded.", date(1993, 10, 6)) == (0, 2, None)
    # a list of victims goes on past its commas
    assert totals("The blast killed a policeman, 2 soldiers and a child.", date(1993, 10, 6)) == (4, 0, None)


def test_a_paragraph_opening_on_the_occupied_west_bank_tells_another_place():
    text = ("Israeli air strikes killed at least 20 Palestinians in the Gaza Strip on Friday, health officials "
            "said.\n\nIn the occupied West Bank, two Palestinians were shot dead in clashes with troops, medics said.")
    assert totals(text, date(2014, 7, 25)) == (22, 0, None)


def test_a_wars_age_before_its_name_keeps_its_dead_a_running_count():
    text = ("THE 10-YEAR-OLD WAR BETWEEN SHINING PATH AND GOVERNMENT FORCES HAS LEFT MORE THAN 18,000 DEAD, ACCORDING "
            "TO OFFICIAL FIGURES.")
    assert totals(text, date(1990, 5, 9)) == (0, 0, 18000)


@pytest.mark.parametrize(
    "text",
    [
        "The final count of dead was 19.",
        "The final number of dead, released by the state government a week later, was 19.",
    ],
)
def test_a_count_of_dead_after_an_aside_is_a_figure(text):
    figures = extract_figures("A bomb exploded at a bus park, killing 14 people. " + text, date(2011, 3, 2))
    assert any(f.best == 19 and f.kind in ("killed", "death_toll") for f in figures)


def test_head_of_cattle_are_no_people():
    text = "At least 23 people were injured, and about 20 head of cattle were killed, the relief commissioner said."
    assert totals(text, date(2023, 6, 16)) == (0, 23, None)


def test_a_citys_homicides_brought_to_a_number_are_a_running_count():
    text = ("Two men were killed in a shooting on Sunday. The shooting brought to 472 the number of homicides in the "
            "city this year.")
    assert totals(text, date(2016, 9, 4)) == (2, 0, 472)


def test_bombers_of_an_earlier_attack_are_not_the_articles():
    text = ("A suicide bomber blew himself up in a crowded street on Thursday, killing at least 38 people, police "
            "said. It was the deadliest attack since Feb. 1, when two female suicide bombers blew themselves up at "
            "two markets, killing nearly 100 people.")
    assert totals(text, date(2008, 3, 6)) == (39, 0, None)


def test_a_larger_count_told_later_replaces_the_first():
    text = ("A car bomb exploded in a crowded street on Thursday, killing at least 38 people and wounding dozens, "
            "police said.\n\nHospital officials later said 53 people had died and more than 100 were wounded.")
    assert totals(text, date(2008, 3, 6)) == (53, 100, None)


def test_those_fatally_shot_are_every_one_named():
    text = ("A man fatally shot his estranged wife and her mother at their home on Tuesday before killing himself. "
            "Deputies found the two women dead in the kitchen.")
    assert totals(text, date(2019, 3, 5)) == (3, 0, None)


def test_a_count_told_by_evening_replaces_the_first():
    text = ("Two car bombs exploded in a market on Tuesday afternoon, killing at least 46 people and wounding scores, "
            "police said.\n\nBy evening the emergency agency said rescue workers had recovered 118 bodies from the "
            "scene, and that 56 people had been taken to hospital with injuries.")
    assert totals(text, date(2014, 5, 20)) == (118, 56, None)


def test_people_who_had_been_beaten_to_death_are_dead():
    text = ("State radio said troops had opened fire only after mobs attacked police stations, and that four "
            "policemen had been beaten to death.")
    assert totals(text, date(1988, 8, 10)) == (4, 0, None)
    assert totals("He said the mob had beaten to death two guards.", date(1988, 8, 10)) == (2, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Amnesty International has said that at least 1,100 people were killed by bandits in northern Nigeria in "
          "the first half of 2020 alone."), (0, 0, 1100)),
        ("At least 900 people were killed in 2019 alone.", (0, 0, 900)),
        (("The U.N. mission said last week that 1,792 Iraqis were killed in acts of violence in October, 1,120 of "
          "them civilians."), (0, 0, 1792)),
    ],
)
def test_a_part_of_a_year_or_a_month_is_a_periods_count(text, expected):
    assert totals(text, date(2021, 3, 9) if "2020" in text or "2019" in text else date(2016, 11, 8)) == expected


def test_a_fronted_month_dates_one_incident_not_a_period():
    text = "Sometime in June, one of the hostages was beheaded by the kidnappers."
    assert totals(text, date(2016, 11, 8))[2] is None


def test_fighters_killed_in_another_incident_do_not_stand_for_the_suicide_bomber():
    text = ("Security incidents reported on Monday.\n\nKIRKUK - A suicide bomber drove a truck packed with explosives into "
            "the courtyard of a police station and blew himself up, killing 13 people and wounding 150, police said. "
            "Many of the wounded were children from a primary school next door.\n\nMOSUL - Gunmen attacked an army checkpoint, killing a soldier. Two of the "
            "gunmen were killed when troops returned fire, the army said.")
    assert totals(text, date(2007, 4, 2)) == (17, 150, None)


def test_a_part_of_them_after_a_count_is_no_sibling_count():
    text = "Four NATO soldiers were killed in southern Afghanistan on Tuesday, three of them in a single roadside bombing."
    assert totals(text, date(2010, 6, 22)) == (4, 0, None)


def test_an_earlier_killing_told_in_the_pluperfect_after_a_fronted_earlier_is_background():
    text = ("A roadside bomb struck a vehicle carrying the head of a peace committee, killing him, his two sons and a "
            "guard. Two days earlier, militants from the same group had killed eight members of another peace "
            "committee in a nearby village.")
    assert totals(text, date(2011, 3, 5)) == (4, 0, None)
    # without the pluperfect, two days before may be the same news
    same_news = "A bomb killed four people on Saturday. Two days earlier, militants killed eight members of a committee."
    assert totals(same_news, date(2011, 3, 5)) == (12, 0, None)


def test_a_waves_dead_in_that_period_are_a_running_count():
    text = ("A CAR BOMB KILLED FOUR PEOPLE IN PEREIRA THIS MORNING. THE BLAST WAS THE 12TH CAR BOMBING SINCE 18 AUGUST; "
            "THE WAVE OF ATTACKS HAS LEFT 52 PEOPLE DEAD NATIONWIDE IN THAT PERIOD, ACCORDING TO THE POLICE.")
    assert totals(text, date(1989, 11, 2)) == (4, 0, 52)


def test_an_among_them_aside_of_two_items_is_no_subject_of_the_next_clause():
    text = ("At least 19 people were killed, among them a regional MP and four police officers, and more than 30 were "
            "wounded; the figure does not include the five attackers, all of whom were killed.")
    assert totals(text, date(2021, 9, 17)) == (24, 30, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police shot the three gunmen, all of whom died.", (3, 0, None)),
        ("The bus carried 40 passengers, all of whom were killed.", (40, 0, None)),
    ],
)
def test_a_count_all_of_whom_met_a_fate_is_that_fates_count(text, expected):
    assert totals(text, date(2021, 9, 17)) == expected


def test_an_earlier_attacks_bomber_is_no_bar_to_todays():
    text = ("A suicide bomber drove a minibus packed with explosives into a military checkpoint on Thursday, killing at "
            "least 10 people, police said. The bomber blew himself up after guards opened fire.\n\nOn Feb. 2, the "
            "group claimed a bomb attack aboard a passenger jet that killed only the bomber.")
    figures = extract_figures(text, date(2016, 3, 10))
    assert totals(text, date(2016, 3, 10)) == (11, 0, None)
    assert sum(1 for f in figures if f.victims == "bomber") == 2  # the earlier one listed, not counted


def test_those_wounded_who_remain_in_hospital_are_among_the_wounded():
    text = ("The ministry had said on Sunday that 18 soldiers were killed and 26 wounded. Fifteen wounded soldiers remain "
            "in a military hospital in Mukalla, four of them in a serious condition.")
    assert totals(text, date(2013, 10, 1)) == (18, 26, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("ISRAELI SOLDIERS SHOT DEAD TWO PALESTINIANS TODAY. THE DEATHS RAISED TO 187 THE NUMBER OF PALESTINIANS "
          "KILLED SINCE THE UPRISING BEGAN LAST DECEMBER. TWO ISRAELIS HAVE ALSO BEEN KILLED IN THAT PERIOD."), (2, 0, 187)),
        # the same span as two days told before is the news
        (("A spokesman said troops had killed about 200 rebel fighters over the past two days. He said federal forces "
          "had lost 11 servicemen killed and 29 wounded in the same period."), (211, 29, None)),
    ],
)
def test_that_period_is_a_running_counts_span_only_with_a_perfect_or_since(text, expected):
    assert totals(text, date(1988, 5, 16)) == expected


def test_a_surmise_after_a_count_of_bodies_is_no_count():
    text = ("THE GUERRILLAS LEFT BEHIND THE BODIES OF FOUR OF THEIR COMRADES, AND AS MANY AS A DOZEN MORE MAY HAVE BEEN "
            "CARRIED AWAY, PASCUA SAID.")
    assert totals(text, date(1990, 9, 2)) == (4, 0, None)


def test_the_final_count_of_an_events_dead_is_its_killed_count():
    text = ("Bombs planted at a bus park and outside two churches exploded within half an hour of each other on "
            "Wednesday, killing 14 people and injuring about 60. The final count of dead, released by the state "
            "government a week later, was 19.")
    assert totals(text, date(2011, 3, 2))[:2] == (19, 60)


@pytest.mark.parametrize(
    "text, expected",
    [
        # names with their ages, far apart, are as many people
        ("Jose Perez, 34, and Mario Gomez, 28, were killed when a bus hit their car.", (2, 0, None)),
        ("The victims, Jose Perez, 34, and Mario Gomez, 28, were killed.", (2, 0, None)),
        # a list of names with commas and one "and"
        ("Jose Perez, Mario Gomez and Ana Ruiz were killed in the blast.", (3, 0, None)),
        ("Jose Perez, 34, Mario Gomez, 28, and Ana Ruiz, 19, were wounded.", (0, 3, None)),
        # a count the names spell out is that count, not more people
        ("Two men, Jose Perez, 34, and Mario Gomez, 28, were killed.", (2, 0, None)),
        ("Three people, Jose Perez, Mario Gomez and Ana Ruiz, were killed.", (3, 0, None)),
        # a fronted place is no person, and no reason to drop the list
        ("In Kabul, Jose Perez and Ana Ruiz were killed.", (2, 0, None)),
        ("In the capital, Jose Perez and Ana Ruiz were killed.", (2, 0, None)),
        # (still: a place after a name, before ", and", ends the list)
        ("He was shot dead near Omagh, County Tyrone, and his wife was wounded.", (1, 1, None)),
        ("The mayor, Ana Ruiz, was killed.", (1, 0, None)),
    ],
)
def test_named_victims_in_a_list_are_each_a_person(text, expected):
    assert totals(text, date(2019, 6, 3)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The gunman killed Jose Perez, 34, and Mario Gomez, 28, before fleeing in a stolen car.", (2, 0, None)),
        ("Gunmen shot dead Jose Perez, Mario Gomez and Ana Ruiz outside a church on Sunday.", (3, 0, None)),
        ("The gunman killed Jose Perez, 34, Mario Gomez, 28, and Ana Ruiz, 19, before fleeing.", (3, 0, None)),
        ("The gunman killed a guard, 34, and a driver, 28.", (2, 0, None)),
        ("The gunman killed a guard, 30, a driver, 28, and a nurse, 41.", (3, 0, None)),
        # (an appositive still names the same person, and a new clause after ", and" is no object)
        ("Rebels killed Jose Perez, a local councillor, and his driver.", (2, 0, None)),
        ("The gunman killed a guard, and a cook was wounded.", (1, 1, None)),
        ("The bomb killed Ana Ruiz, 19, a student.", (1, 0, None)),
    ],
)
def test_named_victims_listed_after_the_verb_are_each_a_person(text, expected):
    assert totals(text, date(2019, 6, 3)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two firefighters suffered minor injuries and a resident was treated for smoke inhalation.", (0, 3, None)),
        ("Two firefighters suffered minor injuries. A resident was treated for smoke inhalation.", (0, 3, None)),
        # (one of the people counted before is among them)
        ("Two teenagers were injured in the shooting. A 16-year-old boy was treated for a wound to his arm.", (0, 2, None)),
    ],
)
def test_a_person_treated_after_a_count_of_other_people_is_more_hurt(text, expected):
    assert totals(text, date(2018, 2, 11)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bodies of a man and a woman were found in a burned-out car.", (2, 0, None)),
        ("Police found the bodies of a farmer and his son near the river.", (2, 0, None)),
        ("The bodies of Jose Perez and Ana Ruiz were found on Monday.", (2, 0, None)),
        ("The bodies of a man, a woman and a child were found on Monday.", (3, 0, None)),
        # (no count: the victims are told elsewhere)
        ("The bodies of the victims were returned to their families.", (0, 0, None)),
    ],
)
def test_the_bodies_of_listed_people_are_each_a_death(text, expected):
    assert totals(text, date(2016, 4, 18)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two policemen were among the dead.", (2, 0, None)),
        ("A 45-year-old man and his 12-year-old son were among those killed.", (2, 0, None)),
        # parts of the count told before, a few sentences back too
        ("Three people died and 12 were hurt when a bus overturned. Two children were among the dead.", (3, 12, None)),
        (("Air strikes killed at least 70 people in an opposition district, a monitor said. The air force carried out "
          "60 strikes overnight. Twelve children and 11 fighters were among the dead, it said."), (70, 0, None)),
        # (and parts of a running count)
        (("At least 327 people have been killed in clashes in Aleppo since the offensive began. The monitor said 76 "
          "children and 41 women were among those killed."), (0, 0, 327)),
    ],
)
def test_people_among_the_dead_are_dead_or_parts_of_the_dead(text, expected):
    assert totals(text, date(2016, 8, 15)) == expected


def test_among_the_dead_lists_are_parts_in_the_figures():
    text = "Three people died and 12 were hurt when a bus overturned. A man and his son were among the dead."
    figures = extract_figures(text, date(2016, 8, 15))
    parts = [f for f in figures if f.part_of is not None]
    assert [(f.kind, f.victims) for f in parts] == [("killed", "man"), ("killed", "son")]
    assert all(figures[f.part_of].best == 3 for f in parts)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The quake's death toll climbed to 212, with more than 1,000 injured.", (212, 1000, 212)),
        ("A bomb exploded in a market on Monday. The bombing's toll rose to 14.", (14, 0, 14)),
        # (a war's or a year's toll is a running count, and "last week's" a span)
        ("The war's death toll has passed 10,000.", (0, 0, 10000)),
        ("The year's death toll from road accidents stands at 4,100.", (0, 0, 4100)),
    ],
)
def test_an_events_possessive_names_the_toll_of_one_event(text, expected):
    assert totals(text, date(2020, 1, 1)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a label before the estimates
        (("Police reported nine farmers killed. The Red Cross listed 14 dead and five wounded. UCDP estimates: best "
          "16, low 9, high 25."), (16, 5, None)),
        ("Police reported nine farmers killed. Fatality estimates: best 16, low 9, high 25.", (16, 0, None)),
        ("Police reported nine farmers killed, the Red Cross 14. UCDP best estimate: 16 deaths (low 9, high 25).", (16, 0, None)),
        # inside the coder's sentence
        (("Villagers said 24 civilians were killed; the governor said 12 militants died. UCDP codes the event with a "
          "best estimate of 36 deaths (low 12, high 40)."), (36, 0, None)),
        (("Sources gave between 150 and 190 deaths for the clashes in the capital. UCDP's best estimate for the "
          "episode is 171."), (171, 0, None)),
        # (a count of years is no estimate of the dead)
        ("The army said it was the best estimate of 31 years of records that 22 people were killed.", (22, 0, None)),
        # a possessive source, and a coding label
        ("Reports of the dead varied from 9 to 14. UCDP's best estimate is 11 (low 9, high 14). Elders said six "
         "herders were wounded.", (11, 6, None)),
        ("Caritas reported 150 killed; an army spokesman cited about 100 dead. UCDP coding: best 143, low 100, "
         "high 189.", (143, 0, None)),
    ],
)
def test_a_datasets_best_estimate_is_the_records_killed_count(text, expected):
    assert totals(text, date(2013, 5, 20)) == expected


def test_deaths_for_the_year_are_a_running_count():
    text = "The dyad was active in four provinces. UCDP records 1,318 battle-related deaths for the year."
    assert totals(text, date(2017, 3, 1)) == (0, 0, 1318)


def test_a_communique_of_an_armys_numbered_brigade_is_the_report_not_a_claim():
    text = ("Nine rebels and three soldiers were killed on Tuesday when guerrillas attacked a patrol, the army said. "
            "Six other soldiers were wounded, according to a communique issued by the 7th Brigade.")
    assert totals(text, date(1989, 6, 8)) == (12, 6, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # bare counts that add up to a group told before them are its people, not parts of others
        (("Nine rebels and three soldiers were killed. Six other soldiers were wounded. The mayor said four farmers "
          "were caught in the crossfire; one was killed and three were wounded."), (13, 9, None)),
    ],
)
def test_bare_counts_that_add_up_to_a_group_are_its_people(text, expected):
    assert totals(text, date(1989, 6, 8)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first account, replaced by a later count of the same dead in another sentence
        (("A car bomb exploded near a mosque on Friday. Initial police reports said 14 people had been killed. The "
          "figure rose over the weekend, and the health ministry eventually confirmed that 22 people had died."), (22, 0, None)),
        (("A mine exploded under a bus on Monday. Early reports on state radio said 19 passengers had been killed. "
          "The final official figure was 27 dead. More than 40 people were wounded."), (27, 40, None)),
        # (a first account that nothing replaces stands)
        ("A mine exploded under a bus on Monday. Early reports on state radio said 19 passengers had been killed.", (19, 0, None)),
        # another source's count: a radio station's, an independent count
        (("A CAR BOMB EXPLODED LAST NIGHT OUTSIDE A POLICE STATION, KILLING TWO POLICEMEN AND A VENDOR, POLICE SOURCES "
          "REPORTED. A RADIO STATION CITED 5 DEAD, BUT THE POLICE FIGURE WAS LATER CONFIRMED."), (3, 0, None)),
        (("A mine killed 27 people on a bus on Monday. More than 40 people were wounded. An independent count by a "
          "university rights group (Jaffna) gave 33 dead."), (27, 40, None)),
    ],
)
def test_first_accounts_and_other_sources_counts_yield_to_the_articles_count(text, expected):
    assert totals(text, date(1998, 3, 20)) == expected


def test_a_partys_count_of_its_own_people_is_its_account_beside_the_articles():
    text = ("At least three people were killed and dozens of protesters injured on Sunday when police fired on an "
            "opposition rally. Organisers said seven of their supporters had been shot dead and more than 40 wounded. "
            "A police spokesman said 11 policemen had been hurt by stone-throwing youths.")
    assert totals(text, date(2011, 11, 21)) == (3, 12 + 11, None)


def test_the_attackers_dead_a_party_claims_stand_when_no_report_counts_them():
    text = ("Separatist guerrillas ambushed an army patrol on Saturday, killing seven soldiers, military officials "
            "said. They said 11 rebels died when troops returned fire, a claim that could not be independently checked.")
    assert totals(text, date(1991, 6, 16)) == (18, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an earlier weekday's attack with no comma after the day, as wire copy writes it
        (("BEIRUT, MARCH 10 - AT LEAST NINE PEOPLE WERE KILLED AND 31 WOUNDED TODAY WHEN A CAR BOMB EXPLODED NEAR A "
          "MARKET, POLICE SAID. IT WAS THE SECOND CAR BOMB IN THE CITY THIS WEEK. ON MONDAY A BOMB IN THE EAST SECTOR "
          "KILLED THREE PEOPLE AND WOUNDED 12."), (9, 31, None)),
        # (but a day of a week the lede's count sums up is one of its parts)
        (("Militants killed at least 40 people in raids and bomb attacks over the past week, the press reported. On "
          "Wednesday a bomb in a parked car exploded near a market, killing eight people and injuring 30."), (40, 30, None)),
        (("Militants killed at least 40 people in raids and bomb attacks over the past week, the press reported. On "
          "Wednesday, a bomb in a parked car exploded near a market, killing eight people and injuring 30."), (40, 30, None)),
    ],
)
def test_an_attack_fronted_with_its_own_earlier_weekday_is_background(text, expected):
    assert totals(text, date(1989, 3, 10)) == expected  # (a Friday)


def test_none_of_the_people_on_board_is_a_zero():
    text = "An airliner with 118 passengers and six crew skidded off the runway on Monday. None of the 124 people on board was injured."
    assert totals(text, date(2007, 10, 15)) == (0, 0, None)


def test_an_attack_fronted_with_last_weekday_is_background():
    text = ("Militants attacked a police post on Monday morning, killing four officers, officials said. Militants have "
            "killed at least 29 police officers this year. Last Tuesday, gunmen shot dead two policemen at a checkpoint.")
    assert totals(text, date(2009, 12, 28)) == (4, 0, 29)


def test_the_event_of_the_day_a_span_starts_at_is_no_running_count():
    text = ("A strong earthquake struck northern Peru on Thursday, killing at least 48 people. The region had not been "
            "hit so hard since May 31, 1970, when an earthquake and the avalanche it set off killed tens of thousands "
            "of people.")
    assert totals(text, date(2004, 9, 30)) == (48, 0, None)
    # (a present perfect after "since" is still a running count)
    assert totals("More than 30,000 people have been killed since 1984, when the rebels took up arms.",
                  date(2004, 9, 30)) == (0, 0, 30000)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Official figures say more than 41,000 people have died in the 15-year insurgency; separatist groups say "
          "more than 70,000."), (0, 0, 70000)),
        ("The war has killed at least 12,000 people, the UN says; rebels put it at 30,000.", (0, 0, 30000)),
        # (an incident's count is no running count)
        ("At least 12 people were killed on Monday; police said 14.", (12, 0, None)),
    ],
)
def test_another_sources_running_count_with_its_noun_left_out_is_a_toll(text, expected):
    assert totals(text, date(2003, 11, 22)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the attack an after-clause recalls, its subject then its verb
        (("Police defused a car bomb in Getxo on Sunday. No one was hurt. The attacks came a week after a car bomb "
          "in Madrid wounded 12 people."), (0, 0, None)),
        (("Police defused a car bomb in Getxo on Sunday. No one was hurt. The attack came two weeks after a bomb "
          "in a crowded market killed nine people."), (0, 0, None)),
        # (not the news itself told after "days after")
        ("Just days after a chemical attack in the town a woman was killed by a sniper.", (1, 0, None)),
    ],
)
def test_an_attack_an_after_clause_recalls_is_background(text, expected):
    assert totals(text, date(2001, 9, 3)) == expected


def test_enough_explosive_to_have_killed_is_no_count():
    text = ("A bomb left on a crowded tram contained enough explosive to have killed or maimed dozens of passengers had "
            "it gone off, prosecutors said. No one was injured.")
    assert totals(text, date(2007, 8, 13)) == (0, 0, None)


def test_suspected_members_of_a_group_are_its_fighters():
    text = ("Two more people wounded in last week's bus bombing died over the weekend, bringing the number killed in the "
            "attack to 12, police said. The military said soldiers had killed two suspected Abu Sayyaf members in a "
            "clash in a nearby town on Saturday.")
    figures = extract_figures(text, date(2008, 5, 19))
    assert [f.role for f in figures if f.victims == "member"] == ["perpetrator"]
    assert totals(text, date(2008, 5, 19))[:2] == (14, 0)


def test_a_groups_perfect_after_its_since_aside_is_a_running_count():
    text = ("Rebels and troops clashed over the weekend, leaving 19 people dead, officials said. The rebel group, which "
            "has fought since 1984 for self-rule, has been blamed for the deaths of more than 30,000 people.")
    assert totals(text, date(1994, 10, 3)) == (19, 0, 30000)


def test_a_war_last_autumn_is_background():
    text = ("There were no casualties, the defence ministry said. The two countries fought a six-week war last autumn "
            "that killed about 5,800 people before it was ended by a truce in November.")
    assert totals(text, date(2021, 5, 17))[:2] == (0, 0)


def test_a_third_wounded_after_two_killed_is_one_more_hurt():
    text = "Two policemen were killed and a third wounded when gunmen opened fire on their patrol car."
    assert totals(text, date(1995, 5, 8)) == (2, 1, None)
    assert [f.victims for f in extract_figures(text, date(1995, 5, 8)) if f.kind == "injured"] == ["policeman"]


def test_the_main_clauses_participles_are_no_after_clause_of_an_earlier_attack():
    text = ("KARACHI, May 8 - At least 15 people were killed in violence in Karachi on Sunday and early Monday, police "
            "said. Gunmen sprayed a tea shop with automatic fire, killing six men and wounding four. Attackers fired on "
            "worshippers leaving a mosque after evening prayers on Sunday, killing three and wounding eight others.")
    assert totals(text, date(1995, 5, 8)) == (15, 12, None)


def test_an_accomplice_killed_is_an_attacker():
    text = ("Thirteen people were killed when a bomb went off on a trolleybus on Nov. 15, and 51 were wounded. Prosecutors "
            "said they had identified two accomplices and that one of them had been killed in a shootout with police on "
            "Saturday.")
    figures = extract_figures(text, date(2005, 11, 21))
    assert [(f.best, f.role) for f in figures if f.rule != "subject_count" or f.best == 1] == [(1, "perpetrator")]
    assert totals(text, date(2005, 11, 21))[:2] == (14, 51)


def test_a_first_statement_is_replaced_by_the_revised_toll_not_by_other_accounts():
    text = ("The massacre began when armed men entered the hamlet shortly before midnight on 21 September. The "
            "government's first statement, "
            "issued the next morning, gave a figure of 14 dead. Survivors said that more than 70 people had been "
            "killed, and the hospital reported receiving 50 bodies. On 25 September the ministry revised the official "
            "toll to 43 dead and 19 wounded. The massacre was one of several that autumn; the largest, at Rais on 22 "
            "September, is thought to have killed more than 200 people.")
    assert totals(text, date(1997, 10, 5))[:2] == (43, 19)


def test_a_first_report_stands_beside_more_dead_from_among_the_wounded():
    text = ("Fighters attacked a police checkpoint overnight. Initial reports said five police officers were killed. "
            "Two of the 14 officers who were wounded later died in hospital. Six of the assailants were also killed.")
    assert totals(text, date(2018, 5, 21))[0] == 5 + 2 + 6


def test_people_among_the_dead_some_sentences_on_are_parts_of_its_count():
    text = ("A suicide bomber blew himself up at the gate of a mosque during Friday prayers, killing at least 23 "
            "worshippers, police said. The blast tore through worshippers as they were leaving. Witnesses said the "
            "bomber tried to push past volunteer guards. \"Twenty-three people were brought here dead,\" a doctor "
            "said. He said three children were among the dead.")
    assert totals(text, date(2013, 1, 12))[0] == 23 + 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shooting left one officer dead and two others in critical condition.", (1, 2, None)),
        ("The shooting left one officer dead and another in critical condition.", (1, 1, None)),
        # (among the hurt counted before)
        ("A bus overturned, injuring 30 people. The crash left three dead and 12 in serious condition.", (3, 30, None)),
    ],
)
def test_left_dead_and_others_in_critical_condition_are_hurt(text, expected):
    assert totals(text, date(2019, 6, 3)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("THE BODIES OF JOSE PEREZ AND MARIO GOMEZ WERE FOUND ON A ROAD NEAR THE TOWN.", (2, 0, None)),
        ("THE BODIES OF JOSE PEREZ, MARIO GOMEZ AND ANA RUIZ WERE FOUND TODAY.", (3, 0, None)),
        # (no names: a group told elsewhere)
        ("THE BODIES OF THE VICTIMS WERE FOUND.", (0, 0, None)),
    ],
)
def test_the_bodies_of_named_people_in_capitals_are_each_a_death(text, expected):
    assert totals(text, date(1990, 6, 3)) == expected


def test_a_list_of_people_may_close_with_a_count():
    text = "The attack killed a teacher, a police officer and two students, and wounded 17 others."
    assert totals(text, date(2019, 6, 3)) == (4, 17, None)


def test_a_datelines_day_is_no_count_of_bombers():
    text = ("MAIDUGURI, Nigeria, July 3 - Two suicide bombers blew themselves up at a mosque during dawn prayers on "
            "Saturday, killing 12 worshippers, military sources said.")
    assert totals(text, date(2021, 7, 3)) == (14, 0, None)


def test_them_in_a_sources_that_clause_is_not_the_source():
    text = ("A bomb exploded at a market, killing nine people. A further 22 people were wounded. Doctors at the "
            "hospital said on Sunday that two of them had since died.")
    figures = extract_figures(text, date(2021, 7, 4))
    assert [f.victims for f in figures if f.best == 2 and f.kind == "killed"] == [None]
    assert totals(text, date(2021, 7, 4))[0] == 11


@pytest.mark.parametrize(
    "text, expected",
    [
        (("A FERRY CAPSIZED IN A STORM ON THE RIVER THURSDAY. ABOUT 140 SWAM ASHORE, AND 19 OF THEM WERE TREATED AT A "
          "LOCAL HEALTH CENTER, AN OFFICIAL SAID."), (0, 19, None)),
        ("Four people were taken to a clinic after the crash.", (0, 4, None)),
        # (a city centre is no place of care, nor is a clinic where people shelter)
        ("Protesters marched through the city centre.", (0, 0, None)),
        ("A storm injured two people. Sixteen people remain in the clinic, as their homes are uninhabitable.", (0, 2, None)),
    ],
)
def test_people_treated_at_a_clinic_or_health_centre_are_hurt(text, expected):
    assert totals(text, date(2019, 6, 3)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # deaths among the hurt, told as a part of them
        ("A bomb killed 14 people on the bus and injured 36. Five of the critically injured passengers died over the following days.",
         (19, 31, None)),
        # (the hurt told as others than those who died keep their count)
        ("A bomb killed 14 people on the bus. Five of the critically injured passengers died over the following days; 31 other people were injured.",
         (19, 31, None)),
    ],
)
def test_some_of_the_critically_injured_who_died_are_dead(text, expected):
    assert totals(text, date(2003, 11, 12)) == expected


def test_a_weekdays_when_clause_tells_an_earlier_days_hurt():
    text = ("BUCHAREST, Feb. 5 - Tens of thousands of Romanians rallied on Sunday. The protest was peaceful and no "
            "injuries were reported, police said. That contrasted with Wednesday night, when a few dozen football "
            "supporters threw flares at riot police and three officers and two protesters were hurt.")
    assert totals(text, date(2017, 2, 5)) == (0, 0, None)


def test_an_irregular_past_tense_ends_a_subject():
    text = "A few dozen football supporters threw flares at riot police, and three officers were hurt."
    assert [f.best for f in extract_figures(text, date(2017, 2, 1))] == [3]


def test_an_encyclopedia_entrys_own_event_is_its_subject_not_background():
    text = ("The Kalinagar massacre took place on the night of 17 March 1998, when armed men entered the village and "
            "killed 24 villagers, among them nine women. Village defence committee members returned fire and killed "
            "two of the attackers. The massacre drew comparisons with an attack in 1997 that killed 23 people.")
    assert totals(text, date(2006, 3, 2))[0] == 26


def test_the_days_after_one_attack_are_no_span_of_a_running_count():
    text = ("A bomb exploded aboard a crowded bus on Monday, killing 12 people. Four of the critically injured "
            "passengers died over the following days, and the toll was revised to 16; 27 other people were injured.")
    assert totals(text, date(2003, 11, 20)) == (16, 27, 16)


def test_the_death_that_set_off_the_news_is_background():
    text = ("Two people were shot dead on Tuesday as protesters set up burning barricades across the capital for a third "
            "straight day. The unrest began after a man was killed by police at a roadblock on Saturday.")
    assert totals(text, date(2019, 11, 8))[0] == 2


def test_the_teller_after_a_list_is_no_person_of_it():
    text = ("GUERRILLAS ATTACKED A FARMING VILLAGE BEFORE DAWN TUESDAY, KILLING 23 VILLAGERS, INCLUDING NINE WOMEN AND "
            "FOUR CHILDREN, A MILITARY SPOKESMAN SAID.")
    assert not any(f.victims == "spokesman" for f in extract_figures(text, date(1990, 6, 3)))


def test_people_treated_for_birdshot_wounds_are_hurt():
    text = ("Police fired shotguns at crowds on Saturday, killing three youths. Hospital workers said dozens of people "
            "were treated for birdshot wounds.")
    assert totals(text, date(1985, 8, 19)) == (3, 12, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A strike flattened a house, killing a man, his wife and their five children, residents said.", (7, 0, None)),
        ("The blast killed a man, his son and a neighbour.", (3, 0, None)),
    ],
)
def test_a_list_after_an_indefinite_person_may_go_on_with_possessives(text, expected):
    assert totals(text, date(2017, 11, 6)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # people among the dead told before the count of the dead are its parts
        ("A German was among the dead, the embassy said. A total of 12 people died in the crash.", (12, 0, None)),
        ("Two Germans were among the dead, the embassy said. A total of 12 people died in the crash.", (12, 0, None)),
        # (not of another attack's dead)
        ("Two soldiers were among the dead. In a separate attack, a bomb killed 9 people.", (11, 0, None)),
    ],
)
def test_people_among_the_dead_before_its_count_are_its_parts(text, expected):
    assert totals(text, date(2019, 6, 3)) == expected


def test_parallel_groups_of_the_hurt_are_no_parts_of_each_other():
    text = ("A quake killed 40 people and injured more than 300. Of the injured, 210 were treated at local clinics and "
            "sent home, while 85 were taken to hospitals in the capital.")
    figures = extract_figures(text, date(2024, 3, 17))
    by_best = {f.best: f for f in figures if f.kind == "injured"}
    assert figures[by_best[85].part_of].best != 210
    # (a group of the whole after the parallel one is still of the whole)
    text = ("A blast killed 14 people. Thirty-two people were injured; 20 of them were treated at the scene, while three "
            "were flown to a burns unit in critical condition.")
    assert totals(text, date(2024, 3, 17)) == (14, 32, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A bus plunged into the river, killing at least 27 people. Nineteen passengers were pulled out injured.", (27, 19, None)),
        ("Two miners were brought out dead after the roof collapsed.", (2, 0, None)),
        # a zero of a whole list
        ("None of the 96 passengers and six crew was injured when the plane skidded off the runway.", (0, 0, None)),
    ],
)
def test_people_pulled_out_injured_and_none_of_a_list(text, expected):
    assert totals(text, date(2010, 8, 4)) == expected


def test_the_people_a_hospital_is_treating_are_hurt_with_their_part():
    text = "The main hospital said it was treating 22 people, 15 of them for gunshot wounds."
    figures = extract_figures(text, date(2017, 10, 26))
    assert [(f.best, f.part_of is None) for f in figures] == [(22, True), (15, False)]
    # (a subject told before the care is no object of it)
    text = ("A fire killed 41 people and injured 67. Five of the injured have since died, and 23 others were still being "
            "treated, several of them for severe burns.")
    assert totals(text, date(2017, 10, 26))[1] == 67 - 5


@pytest.mark.parametrize("slug", ["(RECASTS, RAISES TOLL)", "(Updates toll, adds quotes)", "(Adds details of injured)"])
def test_wire_slug_is_no_words_of_the_news(slug):
    # the editor's "raises toll" would make the lede's count a running toll
    text = (f"NEW DELHI (Reuters) - {slug} An express train smashed into a goods train near Etawah before dawn on "
            "Friday, killing 38 people, railway officials said.")
    [figure] = extract_figures(text, date(1994, 3, 4))
    assert (figure.kind, figure.best, figure.counted) == ("killed", 38, True)
    assert text[figure.char_start:figure.char_end] == "killing 38 people"


@pytest.mark.parametrize("text, heads", [
    # the person before what they were doing or where they were, not the place after it
    ("A woman picking berries near the end of the runway was also killed.", [("killed", "woman")]),
    ("The bus driver and a passenger seated behind him were killed.", [("killed", "driver"), ("killed", "passenger")]),
    # an object's pronoun ends the clause before: no one more was hurt
    ("The plane's wing struck her, and a forestry worker was treated for burns.", [("injured", "worker")]),
])
def test_subject_before_its_modifier(text, heads):
    figures = extract_figures(text, date(1995, 8, 10))
    assert [(f.kind, f.victims) for f in figures] == heads


@pytest.mark.parametrize("text, expected", [
    # "a body search" is no body
    ("Vigilantes stopped a woman for a body search at the camp gate on Wednesday.", []),
    ("A body was found at the camp gate on Wednesday.", [("killed", 1)]),
    # the object of "down a ladder" is no one hurt
    ("A firefighter suffered minor burns while carrying a neighbour down a ladder, and two residents were "
     "treated for smoke inhalation.", [("injured", 1), ("injured", 2)]),
])
def test_things_that_are_no_people(text, expected):
    assert [(f.kind, f.best) for f in extract_figures(text, date(2016, 8, 10))] == expected


@pytest.mark.parametrize("text", [
    "Sikh militants killed 10 people, pushing the number of people killed in the state this year past 300.",
    "Sikh militants killed 10 people, pushing the death toll in the state this year past 300.",
])
def test_toll_pushed_past_a_number_is_more_than_it(text):
    tolls = [(f.best, f.qualifier) for f in extract_figures(text, date(1989, 2, 14)) if f.kind == "death_toll"]
    assert tolls == [(300, "more_than")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All seven hostage-takers were killed in the assault, as were four hostages.", [("killed", 7), ("killed", 4)]),
        ("The driver was killed, as was a passenger.", [("killed", 1), ("killed", 1)]),
        ("Two soldiers were wounded in the clash, as were three civilians, police said.", [("injured", 2), ("injured", 3)]),
        # (not "as" opening a clause of its own)
        ("Five people were killed, as the bus overturned on the bridge.", [("killed", 5)]),
    ],
)
def test_as_were_adds_people_to_the_verb_left_out(text, expected):
    assert [(f.kind, f.best) for f in extract_figures(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of the dead that went beyond a number is more than it
        ("The number of dead has passed 300.", [("death_toll", 300, "more_than")]),
        ("Fatalities topped 500 last year.", [("death_toll", 500, "more_than")]),
        ("The massacres form a series whose combined fatalities exceeded 400 by the end of 2015.", [("death_toll", 400, "more_than")]),
        ("The death toll exceeded 400 by the end of 2015.", [("death_toll", 400, "more_than")]),
        # (not a distance)
        ("The storm passed 50 km offshore.", []),
    ],
)
def test_a_count_that_went_beyond_a_number(text, expected):
    assert [(f.kind, f.best, f.qualifier) for f in extract_figures(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spell of fighting with its place and hundreds dead, in the perfect, is a running count
        ("Fighting in Marawi has killed more than 170 people, according to the military.", [("death_toll", 170)]),
        # (but a day's clashes with a few dead are the news)
        ("Clashes in the capital have killed at least 12 people, medics said.", [("killed", 12)]),
        # the attack named after the toll's noun, when the number comes first, makes the toll its own
        # (a ranking's "since" beside it counts nothing)
        ("The government on Monday raised to 53 the number of soldiers killed in last week's attack on an army "
         "post, one of the heaviest losses the military has suffered since the insurgency began.",
         [("killed", 53), ("death_toll", 53)]),
    ],
)
def test_spells_of_fighting_and_tolls_named_after_the_number(text, expected):
    assert [(f.kind, f.best) for f in extract_figures(text, PUBLISHED)] == expected


def test_treated_for_wounds_of_two_weapons():
    # "for machete and arrow wounds": the care of the hurt, its modifiers joined by "and"
    text = "Hospital staff said about 40 people were still being treated for machete and arrow wounds."
    assert [(f.kind, f.best, f.qualifier) for f in extract_figures(text, PUBLISHED)] == [("injured", 40, "about")]


def test_care_of_two_nouns_joined_by_and():
    text = "Doctors said they had treated 22 protesters and bystanders for injuries, including eight with gunshot wounds."
    assert [(f.kind, f.best, f.part_of) for f in extract_figures(text, PUBLISHED)] == [("injured", 22, None), ("injured", 8, 0)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Warplanes struck the districts on Thursday, killing at least 19 civilians, six children among them.",
         [("killed", 19, None), ("killed", 6, 0)]),
        ("Five people were killed, two women among them, and eight were wounded.",
         [("killed", 5, None), ("killed", 2, 0), ("injured", 8, None)]),
    ],
)
def test_a_part_told_before_among_them(text, expected):
    assert [(f.kind, f.best, f.part_of) for f in extract_figures(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "neutralised" glossed in its sentence as killed, captured or surrendered counts no dead
        ("The minister said security forces had neutralised 15 PKK militants since Wednesday, a term the authorities "
         "use for militants killed, captured or who surrender.", []),
        # (but alone it is a killing)
        ("Security forces neutralised 12 terrorists and arrested 30 suspects, the ministry said.", [("killed", 12)]),
    ],
)
def test_neutralised_glossed_as_more_than_killing(text, expected):
    assert [(f.kind, f.best) for f in extract_figures(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dyad's battle-related deaths over a year are a running count, named for no one
        ("The event counts towards a dyad that registered more than 1,000 battle-related deaths in 2010.",
         [("death_toll", 1000, None)]),
        # a toll's place after "around" is read through to its number
        ("Monitors said the toll from ten days of fighting in the townships around Johannesburg has passed 500.",
         [("death_toll", 500, None)]),
    ],
)
def test_running_counts_of_dyads_and_townships(text, expected):
    assert [(f.kind, f.best, f.victims) for f in extract_figures(text, PUBLISHED)] == expected


def test_a_partitive_aside_is_no_subject_of_the_next_clause():
    # "one of them a police commando" belongs to the dead, not to the "others were injured"
    text = "Two people were killed, one of them a police commando, and at least 12 others were injured."
    assert [(f.kind, f.best) for f in extract_figures(text, PUBLISHED) if f.counted] == [("killed", 2), ("injured", 12)]


def test_a_number_of_them_is_no_more_people():
    text = "A bomb exploded at a railway station, killing five cadets and injuring 51 people, a number of them passers-by."
    assert totals(text) == (5, 51, None)


def test_a_maimed_person_among_the_wounded_is_one_of_them():
    text = ("A bomb exploded on a bus on Sunday, killing four people and wounding 26, police said. Among the wounded "
            "were two off-duty soldiers and a nine-year-old boy who lost a leg, police said.")
    assert totals(text) == (4, 26, None)
