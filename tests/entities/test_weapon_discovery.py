"""Weapons: generic names, designations next to a class noun, 'arms' as weapons.

Every sentence and designation here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new guns\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_generic_classes_count_under_one_generic_name():
    assert weapons("It bought howitzers and more artillery.") == {"artillery (generic)": 2}
    assert weapons("Fighter jets and drones flew.") == {
        "aircraft (generic)": 1,
        "drone (generic)": 1,
    }


def test_arms_counts_as_weapons_also_as_a_modifier():
    assert weapons("Arms sales rose, and the arms went north.") == {"weapons (generic)": 2}


def test_a_designation_before_a_class_noun_is_one_mention_of_it():
    assert weapons("The army fielded the ZX-300 howitzer last year.") == {"ZX-300": 1}
    assert weapons("It ordered 40 QRM-104E missiles.") == {"QRM-104E": 1}


def test_a_designation_before_a_described_vehicle_takes_the_whole_phrase():
    assert weapons("It will buy 12 units of ZX-12 armoured supply vehicles.") == {"ZX-12": 1}


def test_a_ship_class_keeps_its_noun():
    assert weapons("Two more Selva-class Batch II frigates are due.") == {
        "Selva-class Batch II frigate": 1
    }


def test_a_class_in_apposition_before_a_designation_is_one_mention():
    assert weapons("It launched a spy satellite, XT 7B, for the navy.") == {"XT 7B": 1}


def test_designation_without_a_class_noun_is_no_weapon():
    assert weapons("The ZX-300 talks ended and the G7 summit began.") == {}


def test_found_weapons_are_marked_outside_the_lexicon():
    text = HEADLINE + "The army fielded the ZX-300 howitzer.\n"
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    row = mentions[mentions["name"] == "ZX-300"].iloc[0]
    assert (row["in_lexicon"], row["evidence"]) == (False, "designation before class noun")
    assert (row["type"], row["form"]) == ("artillery", "ZX-300 howitzer")


def test_an_anti_aircraft_system_is_air_defence():
    assert weapons("It bought an anti-aircraft system.") == {"air defence (generic)": 1}


def test_a_coordinated_modifier_names_its_own_class():
    assert weapons("The cargo held surface-to-air and cruise missiles.") == {
        "air defence (generic)": 1,
        "missile (generic)": 1,
    }


def test_a_coordinated_modifier_before_another_modifier_names_its_own_class():
    assert weapons("It held air-to-air and land-based missiles.") == {"missile (generic)": 2}


def test_warfare_equipment_is_weapons():
    assert weapons("It keeps warfare equipment there.") == {"weapons (generic)": 1}
