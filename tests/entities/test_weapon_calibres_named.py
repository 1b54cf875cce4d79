"""Calibred classes with describing words or written in title case, and the Standard
Missile family: weapons a reader names that the lexicon alone counted as generic.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Defence news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_calibre_names_a_title_case_class_with_its_describing_word():
    text = "The factory will build forty 105-mm Light Field Guns next year."
    assert weapons(text) == {"105mm Light Field Gun": 1}


def test_a_calibre_names_a_lower_case_class_with_its_describing_word():
    assert weapons("Chile bought 105mm light field guns.") == {"105mm light field gun": 1}
    assert weapons("The brigade fields 155 mm Towed Howitzers.") == {"155mm Towed Howitzer": 1}


def test_a_joining_word_after_a_calibre_names_nothing_by_it():
    assert weapons("The 155mm and 105mm howitzers fired at dawn.") == {"105mm howitzer": 1}


def test_the_standard_missile_family_is_named_apart_from_its_members():
    text = "The cruiser fired a Standard Missile 3 at the target; the Standard Missile is old."
    assert weapons(text) == {"warship (generic)": 1, "SM-3": 1, "Standard Missile": 1}


def test_a_class_noun_before_a_name_between_dashes_is_part_of_its_mention():
    text = "Chile wants a new tank—the Leopard 2A7—for its army."
    assert weapons(text) == {"Leopard 2": 1}
    assert weapons("They flew the fighter jet - the Rafale - over Paris.") == {"Rafale": 1}


def test_a_dash_before_another_word_keeps_the_class_noun_apart():
    assert weapons("Peru bought tanks - and Leopard 2 tanks too.") == {
        "tank (generic)": 1,
        "Leopard 2": 1,
    }


def test_fighter_before_a_noun_of_fleets_is_the_fighter_jet():
    assert weapons("The air force will grow its fighter inventory by 2030.") == {
        "aircraft (generic)": 1
    }
    assert weapons("Fighter procurement slowed last year.") == {"aircraft (generic)": 1}


def test_russian_parade_vehicles_are_named_and_a_common_word_is_not():
    text = "The parade showed the Boomerang armoured personnel carrier and the Kurganets-25 IFV."
    assert weapons(text) == {"Boomerang APC": 1, "Kurganets-25": 1}
    assert weapons("The plan could Boomerang on the government.") == {}


def test_small_arms_ammunition_is_ammunition_only():
    assert weapons("The plant makes small arms ammunition and pistols.") == {
        "munitions (generic)": 1,
        "small arms (generic)": 1,
    }


def test_a_helicopter_engine_variant_is_its_engine():
    assert weapons("The army wants new T700-GE-701D engines.") == {"T700": 1}
