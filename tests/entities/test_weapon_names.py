"""Weapons named by their shape: ships, names that are not weapons, variants of a family.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Navy news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_ship_name_keeps_a_lower_case_part_after_its_hyphen():
    assert weapons("HMAS Tarra-ngi sailed north on Monday.") == {"HMAS Tarra-ngi": 1}


def test_a_ship_written_in_two_cases_is_one_ship():
    text = "HMAS Tarra-Ngi left port. Later HMAS Tarra-ngi turned back."
    assert weapons(text) == {"HMAS Tarra-Ngi": 2}


def test_a_class_word_inside_a_zone_name_counts_nothing():
    text = "Planes entered the Northern Air Defense Identification Zone on Friday."
    assert weapons(text) == {}


def test_a_family_member_with_another_number_is_its_own_system():
    assert weapons("The army showed the Orlan-10 and the Orlan-30 in the square.") == {
        "Orlan-10": 1,
        "Orlan-30": 1,
    }


def test_a_class_noun_right_before_a_named_system_is_part_of_its_mention():
    text = "The jet fired the missile Kinzhal at a depot."
    assert weapons(text) == {"aircraft (generic)": 1, "Kinzhal": 1}


def test_a_class_noun_before_a_name_the_lexicon_knows_with_that_noun_after_it():
    # the lexicon knows "Lancet drone", not "Lancet" alone (a journal's name)
    text = "The parade showed drones Lancet and Geran-2 near the river."
    assert weapons(text) == {"ZALA Lancet": 1, "Geran-2": 1}


def ship_and_people(body: str) -> tuple[dict[str, int], list[str]]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    people = mentions.loc[mentions["type"] == "person", "name"].tolist()
    return weapons(body), people


def test_a_military_vessel_named_after_a_titled_person_is_a_ship():
    text = "The Coast Guard vessel Captain Amos Trelling will be commissioned today."
    assert ship_and_people(text) == ({"Captain Amos Trelling": 1}, [])


def test_an_arms_cache_list_counts_each_item_under_its_generic_name():
    text = (
        "Police seized one .38 pistol, 20 live rounds, 15 blank cartridges, one double barrel"
        " gun, one submachine gun and an improvised explosive device."
    )
    assert weapons(text) == {"small arms (generic)": 3, "munitions (generic)": 3}


def test_armoured_transporters_are_military_vehicles():
    assert weapons("The parade showed tanks and armored transporters.") == {
        "tank (generic)": 1,
        "military vehicle (generic)": 1,
    }


def test_names_with_hull_numbers_in_a_paragraph_about_ships_are_ships():
    text = "The squadron has three ships: Tarra (P21), Ngalu (P22) and Wirra (P23)."
    assert weapons(text) == {"Tarra (P21)": 1, "Ngalu (P22)": 1, "Wirra (P23)": 1}
