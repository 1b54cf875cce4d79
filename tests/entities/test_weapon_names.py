"""Weapons named by their shape: ships, names that are not weapons, variants of a family;
and designations repeated in an article, found by string search in the shapes the rule names.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.weapon_names import _designation_pattern
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


def spans(name: str, text: str, pos: int = 0, endpos: int | None = None) -> list[str]:
    pattern = _designation_pattern(name)
    return [text[slice(*m.span())] for m in pattern.finditer(text, pos, endpos)]


def test_a_designation_again_with_dash_space_variant_or_plural():
    text = "The XR-12 flew. Two XR12s and an XR 12 followed; the XR-12-7B was new."
    assert spans("XR-12", text) == ["XR-12", "XR12s", "XR 12", "XR-12-7B"]


def test_a_longer_designation_or_a_word_around_it_is_no_repeat():
    text = "an XR-120, a YXR-12, an XR-12Q, the /XR-12 and the XR-12-12345"
    assert spans("XR-12", text) == []


def test_a_letter_only_name_takes_a_plural():
    assert spans("QAV", "two QAVs, one QAV; the QAVX") == ["QAVs", "QAV"]


def test_matches_stay_inside_the_section_given():
    text = "XR-12 XR-12 XR-12"
    assert spans("XR-12", text, 6, 11) == ["XR-12"]
    assert spans("XR-12", text, 6, 10) == []  # cut short at the section's end


def test_a_name_with_a_backslash_still_finds_itself():
    assert spans("Q\\7", "the Q\\7 and Q\\7s") == ["Q\\7", "Q\\7s"]


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
