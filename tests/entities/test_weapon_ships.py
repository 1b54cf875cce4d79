"""Tests of analysis.entities.weapon_ships (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_ship_name_keeps_a_lower_case_part_after_its_hyphen():
    assert weapons("HMAS Tarra-ngi sailed north on Monday.") == {"HMAS Tarra-ngi": 1}


def test_a_ship_written_in_two_cases_is_one_ship():
    text = "HMAS Tarra-Ngi left port. Later HMAS Tarra-ngi turned back."
    assert weapons(text) == {"HMAS Tarra-Ngi": 2}


def ship_and_people(body: str) -> tuple[dict[str, int], list[str]]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    people = mentions.loc[mentions["type"] == "person", "name"].tolist()
    return weapons(body), people


def test_a_military_vessel_named_after_a_titled_person_is_a_ship():
    text = "The Coast Guard vessel Captain Amos Trelling will be commissioned today."
    assert ship_and_people(text) == ({"Captain Amos Trelling": 1}, [])


def test_names_with_hull_numbers_in_a_paragraph_about_ships_are_ships():
    text = "The squadron has three ships: Tarra (P21), Ngalu (P22) and Wirra (P23)."
    assert weapons(text) == {"Tarra (P21)": 1, "Ngalu (P22)": 1, "Wirra (P23)": 1}


def test_a_ship_the_lexicon_lists_under_its_class_counts_under_its_own_name():
    # the most specific name used: the ship, not its class
    text = "The destroyer USS Mason escorted the group and the Mason later refuelled."
    assert weapons(text) == {"USS Mason": 2}


def test_a_named_class_before_a_quoted_ship_name_is_one_mention_of_the_ship():
    assert weapons("An Arleigh Burke-class destroyer 'USS Mason' sailed north.") == {"USS Mason": 1}
    assert weapons("The Ticonderoga-class cruiser “USS Gettysburg” joined the group.") == {
        "USS Gettysburg": 1
    }


def test_a_named_class_in_apposition_after_a_ship_is_a_mention_of_its_own():
    text = "Two Type 23 frigates and HMS Lancaster, a Type 23 frigate, sailed."
    assert weapons(text) == {"Type 23 frigate": 2, "HMS Lancaster": 1}
    assert weapons("HMS Lancaster, a frigate, sailed.") == {"HMS Lancaster": 1}


def test_a_quoted_name_after_a_class_noun_is_a_ship_and_counts_again_later():
    text = "The frigate ‘Marlowe’ left port on Tuesday; the Marlowe returned a week later."
    assert weapons(text) == {"Marlowe": 2}


def test_a_closing_quote_is_no_part_of_a_prefixed_ship_name():
    assert weapons("Sailors boarded 'USS Mason' and the destroyer USS O'Kane.") == {
        "USS Mason": 1,
        "USS O'Kane": 1,
    }


def test_a_class_after_a_named_class_and_its_modifier_class_is_one_mention():
    text = "HMS Dragon is one of the Type 45 air-defence destroyers."
    assert weapons(text) == {"HMS Dragon": 1, "Type 45 destroyer": 1}


def test_a_name_after_a_named_class_and_its_noun_is_the_ship():
    text = "The Taigei-class submarine Raigei and two more Taigei class submarines sailed."
    assert weapons(text) == {"Raigei": 1, "Taigei-class submarine": 1}
    assert weapons("A Kilo-class submarine On Monday sailed.") == {"Kilo-class submarine": 1}


def test_a_plural_named_class_before_a_list_of_ships_counts_on_its_own():
    text = "Its three new Type 26 frigates, HMS Glasgow, HMS Cardiff and HMS Belfast, are late."
    assert weapons(text) == {
        "Type 26 frigate": 1,
        "HMS Glasgow": 1,
        "HMS Cardiff": 1,
        "HMS Belfast": 1,
    }


def test_a_class_inside_a_hull_number_is_part_of_the_ship():
    assert weapons("The Navy accepted the future USS Beloit (LCS 29) on Friday.") == {
        "USS Beloit": 1
    }


def test_two_ships_named_side_by_side_without_prefix_are_each_a_mention():
    text = (
        "HMCS Tarrow and USS Chung-Hoon sailed. Chung-hoon and Tarrow cruised on, "
        "and later the Tarrow and Chung-Hoon refuelled."
    )
    assert weapons(text) == {"HMCS Tarrow": 3, "USS Chung-Hoon": 3}


def test_ship_names_side_by_side_after_a_preposition_of_place_are_places():
    text = "HMCS Montreal and HMCS Quebec sailed; talks in Montreal and Quebec followed."
    assert weapons(text) == {"HMCS Montreal": 1, "HMCS Quebec": 1}


def test_a_ship_prefix_names_a_warship_with_its_hull_number():
    found = find_all_mentions(
        article_from_text(HEADLINE + "The BRP Gregorio del Pilar (PS-15) sailed at dawn.\n"),
        load_lexicons(),
    )
    row = found[found["kind"] == "weapon"].iloc[0]
    assert (row["name"], row["form"]) == (
        "BRP Gregorio del Pilar",
        "BRP Gregorio del Pilar (PS-15)",
    )
    assert (row["in_lexicon"], row["evidence"]) == (False, "ship prefix")


def test_a_merchant_prefix_is_no_warship():
    assert weapons("Rebels hit the MV Ocean Dawn near the coast.") == {}


def test_a_title_after_a_ship_prefix_is_no_ship():
    assert weapons("INS Director Mark Lee said the rules would change.") == {}


def test_a_name_with_a_hull_number_is_a_ship_where_the_paragraph_names_ships():
    text = "The squadron has three patrol ships: Marvel (P21), Arrow (P22) and Kestrel (P23)."
    assert weapons(text) == {
        "warship (generic)": 1,
        "Marvel (P21)": 1,
        "Arrow (P22)": 1,
        "Kestrel (P23)": 1,
    }


def test_a_hull_number_without_ships_in_the_paragraph_is_no_ship():
    assert weapons("The committee met Marvel (P21) and Arrow (P22) on Monday.") == {}


def test_two_ships_of_one_name_stay_apart_by_their_hull_numbers():
    text = "The patrol ship Heron (P40) replaces the old Heron (P12), and Heron (P40) sails in May."
    assert weapons(text) == {"Heron (P40)": 2, "Heron (P12)": 1}


def test_a_ship_written_with_and_without_its_hull_number_is_one_ship():
    text = "The frigate BRP Ramon Cruz (FF-160) was launched. BRP Ramon Cruz sails in June."
    assert weapons(text) == {"BRP Ramon Cruz": 2}


def test_a_ship_class_right_before_a_ships_name_is_part_of_its_mention():
    text = "The navy commissioned the Tolva-class patrol ship Heron (P40) on Monday."
    assert weapons(text) == {"Heron (P40)": 1}


def test_more_navies_prefixes_name_warships():
    assert weapons("LNS Vytis and LÉ Niamh sailed with ICGS Varad.") == {
        "LNS Vytis": 1,
        "LÉ Niamh": 1,
        "ICGS Varad": 1,
    }


def test_a_ship_named_after_its_class_word_is_one_mention():
    text = "She sailed with the naval vessel Cara Brenna to the port."
    assert weapons(text) == {"Cara Brenna": 1}


def test_a_day_after_a_class_word_is_no_ship_name():
    assert weapons("The frigate Monday left port.") == {"warship (generic)": 1}


def test_a_class_in_a_dash_apposition_after_a_ship_is_part_of_it():
    text = "HMS Wear - the Royal Navy's newest patrol vessel - sails today."
    assert weapons(text) == {"HMS Wear": 1}


def test_a_listed_ship_in_the_possessive_counts_under_its_own_name():
    text = "HMS Diamond's missiles downed a drone, and HMS Dragon's crew watched."
    assert weapons(text) == {
        "HMS Diamond": 1,
        "HMS Dragon": 1,
        "missile (generic)": 1,
        "drone (generic)": 1,
    }


def test_a_regnal_ordinal_ends_a_ship_name_after_its_class_noun():
    text = "The cruiser Queen Matilda the Second sailed on Monday. It carries missiles."
    assert weapons(text) == {"Queen Matilda the Second": 1, "missile (generic)": 1}


def test_a_missile_submarine_is_one_submarine_before_its_name():
    text = "The missile submarine cruiser Queen Matilda the Second left port."
    assert weapons(text) == {"Queen Matilda the Second": 1}


def test_a_hull_number_with_a_stray_space_in_its_bracket_is_still_the_ship():
    text = "The frigates ALBATROSS (FFG 31 ) and HERON (FFG 32) will go to a new navy."
    assert weapons(text) == {"ALBATROSS (FFG 31)": 1, "HERON (FFG 32)": 1}


def test_a_name_that_is_the_first_of_a_named_ship_class_is_a_ship():
    text = (
        "Built by the yard, Storm Petrel is the first under Project 12345, a new class of "
        "patrol ships. Storm Petrel joined the fleet in May."
    )
    assert weapons(text) == {"Storm Petrel": 2, "Project 12345": 1}


def test_a_pronoun_before_the_first_of_a_class_is_no_ship():
    assert weapons("It is the first of the Kolva-class frigates.") == {"Kolva-class frigate": 1}
