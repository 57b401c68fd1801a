"""Place and country of a figure's sentence (flows/extract/places.py)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.extract.places import locate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Overnight shelling killed 13 civilians in the border town of Ganja.", ("Ganja", "AZ")),
        ("A suicide bomber killed 12 worshippers in Kabul on Friday.", ("Kabul", "AF")),
        ("The explosion in central Kabul wounded 40 people.", ("Kabul", "AF")),
        ("Two fishermen drowned when floods hit Rio de Janeiro.", ("Rio de Janeiro", "BR")),
        ("Nine soldiers were killed near Tingo Maria on Tuesday.", ("Tingo María", "PE")),
        ("Four guards died in the attack in Syria's Raqqa.", ("Ar Raqqah", "SY")),
        ("Forty fighters died in Al-Raqqa, the monitor said.", ("Ar Raqqah", "SY")),
        ("Three volunteers were hurt by a drone in Kiev.", ("Kyiv", "UA")),
        ("Two sailors died in a fire at Port Said.", ("Port Said", "EG")),
        ("A blast in St. Petersburg hurt 12 commuters.", ("Saint Petersburg", "RU")),
    ],
)
def test_city_after_a_place_preposition(sentence, expected):
    assert locate(sentence) == expected


def test_country_when_the_city_is_not_in_the_gazetteer():
    # The district town is not among the gazetteer's cities: the country still places it,
    # and its first word alone ("Puli") must not be matched to a namesake elsewhere.
    assert locate("A roadside bomb killed 3 police in Puli Alam, Logar, Afghanistan.") == ("Afghanistan", "AF")


def test_country_and_us_state_names():
    assert locate("Azerbaijan's defence ministry said five soldiers were killed.") == ("Azerbaijan", "AZ")
    assert locate("A tornado in Texas killed two people.") == ("Texas", "US")
    assert locate("The U.S. embassy said two of its staff died.") == ("United States", "US")
    assert locate("Mourners in Bosnia and Herzegovina buried 5 miners.") == ("Bosnia and Herzegovina", "BA")


def test_shared_city_names_prefer_a_country_named_in_the_sentence():
    assert locate("A gas leak killed five in Lima, Ohio.") == ("Lima", "US")


def test_shared_city_names_prefer_a_country_named_in_the_article():
    sentence = "Gunmen killed four shopkeepers in Concepcion."
    chilean = "Students marched across Chile on Monday after a week of unrest."
    filipino = "MANILA, 3 May 2019 (PNA) -- Police in the Philippines said on Friday that"
    assert locate(sentence, chilean) == ("Concepción", "CL")
    assert locate(sentence, filipino) == ("Concepcion", "PH")


def test_shared_city_names_fall_back_to_the_most_populous():
    assert locate("A landmine killed two boys near Lima.") == ("Lima", "PE")


def test_all_caps_text_is_title_cased_before_lookup():
    assert locate("GUERRILLAS KILLED FIVE SOLDIERS NEAR TINGO MARIA YESTERDAY.") == ("Tingo María", "PE")
    assert locate("THE BOMB INJURED 7 PEOPLE IN BOGOTA, COLOMBIA.") == ("Bogotá", "CO")
    # Upper case makes every word a candidate: ordinary words must not become towns.
    assert locate("MORE THAN 20 PEOPLE WERE KILLED IN THE ATTACK ON THE NORTHERN PART OF THE BARRACKS.") == (None, None)


def test_english_words_that_are_also_town_names_are_not_places():
    assert locate("At best three people survived, at most five.") == (None, None)
    assert locate("Police said the March rally ended after 3 were hurt.") == (None, None)


def test_names_of_people_are_not_places():
    assert locate("Chad Smith, a spokesman, said three people died.") == (None, None)


def test_no_place_in_sentence_or_text():
    text = "Three people died when a wall collapsed. Two others were hurt, a spokesman said."
    assert locate("Three people died when a wall collapsed.", text) == (None, None)
    assert locate("Three people died when a wall collapsed.") == (None, None)


def test_sentence_without_place_takes_the_article_dateline():
    text = "LIMA, 20 AUG 88 (EFE) -- [TEXT] TWO POLICEMEN DIED IN AN AMBUSH.\n\nTHE ATTACKERS FLED."
    assert locate("THE ATTACKERS FLED AFTER KILLING TWO.", text) == ("Lima", "PE")


def test_sentence_without_place_takes_the_article_first_place():
    text = (
        "Storm lashes coast\n\nHeavy rain flooded streets in Manila on Sunday, officials said. "
        "Three children drowned."
    )
    assert locate("Three children drowned.", text) == ("Manila", "PH")


def test_small_namesake_abroad_is_ignored_when_the_article_is_elsewhere():
    # "Adra" is a small town in Spain and in India; an article set around Damascus is not
    # about either of them.
    text = "Troops advanced east of Damascus on Monday as shelling continued."
    assert locate("Shelling in Adra killed six.", text) == ("Damascus", "SY")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300), st.booleans())
def test_any_text_gives_a_pair_of_strings_or_nones(sentence, upper):
    sentence = sentence.upper() if upper else sentence
    place, country = locate(sentence, sentence)
    assert (place is None) == (country is None)
    if country is not None:
        assert len(country) == 2 and country.isupper()
