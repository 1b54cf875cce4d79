"""Weapons written in other shapes: a designation's letters written as a word ("Ak47",
"Mig-29"), "SMG rifle" as a small arm, a naval gun's calibre in inches, and a designation
with a one-letter prefix and a slash ("J/FPS-3ME") (matcher, weapons.csv, weapon_calibres,
weapon_designations).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.matcher import variants
from analysis.text import article_from_text

HEADLINE = "Patrol ends\n\n"


def weapons(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_designations_letters_written_as_a_word_still_match():
    text = "Troops recovered four Ak 47 rifles and one Ak47 from the camp, and saw a Mig-29."
    assert weapons(text) == {"AK-47": 2, "MiG-29": 1}


def test_the_variants_of_a_designation_include_its_letters_as_a_word():
    assert {"Ak-47", "Ak47"} <= variants("AK-47") | variants("AK47")


def test_trap_a_word_and_a_number_are_no_designation():
    # "Ak" is no designation without a lexicon entry: "Ab 12" names nothing
    assert weapons("The squad reached Ab 12 road at dawn.") == {}


def test_an_smg_rifle_is_a_small_arm():
    assert weapons("They found one SMG Rifle and two pistols.") == {"small arms (generic)": 2}


def test_a_naval_guns_calibre_in_inches_names_the_gun():
    text = "Each frigate carries two five inch guns and a 4.5-inch gun."
    assert weapons(text) == {"warship (generic)": 1, "5-inch gun": 1, "4.5-inch gun": 1}


def test_trap_inches_of_something_else_are_no_gun():
    assert weapons("Workers laid 2-inch pipes and six inch boards.") == {}


def test_a_slash_designation_with_a_one_letter_prefix_before_a_radar_class():
    text = "The base hosts the K/TPS-7XR warning and control radar system."
    assert weapons(text) == {"K/TPS-7XR": 1}


def test_a_coast_guards_interceptor_craft_is_a_patrol_boat_not_a_missile():
    text = "The coast guard got two fast interceptor craft and an offshore patrol vessel."
    assert weapons(text) == {"warship (generic)": 2}


def test_a_vessel_armed_with_missiles_is_a_ship_not_a_missile():
    text = "The navy ordered four fast missile vessels, and later two missile craft."
    assert weapons(text) == {"warship (generic)": 2}


def test_a_guns_barrel_length_in_calibres_keeps_the_calibre_name():
    assert weapons("The army ordered 155mm/52 calibre guns.") == {"155mm gun": 1}


def test_two_named_kinds_with_one_class_noun_are_a_list_not_an_apposition():
    text = "Soldiers carried Zoltar rifles, Tavor rifles and pistols."
    assert weapons(text) == {"small arms (generic)": 2, "IWI Tavor": 1}


def test_a_class_noun_in_apposition_before_a_name_is_still_one_mention():
    assert weapons("The country tested an IRBM, the Agni-4, last year.") == {"Agni-IV": 1}
