"""Tests of analysis.entities.weapon_ship_references (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_boats_after_a_submarine_are_the_submarines():
    text = (
        "The navy will buy eight nuclear-powered submarines. The boats will be built in "
        "Adelaide, and the first of the new boats is due in 2040."
    )
    assert weapons(text) == {"submarine (generic)": 3}


def test_boats_with_no_submarine_before_them_or_of_another_kind_are_none():
    assert weapons("Fishermen said the boats were damaged.") == {}
    assert weapons("The attack submarine sailed past the fishing boats.") == {
        "submarine (generic)": 1
    }
    assert weapons("Two submarines and a frigate sailed; the boats were fast.") == {
        "submarine (generic)": 1,
        "warship (generic)": 1,
    }


def test_a_ship_class_named_again_by_its_short_name_is_the_class():
    text = (
        "A Collins-class submarine sailed; the Collins boats are old. Two Astute-class "
        "submarines followed, and the two Astutes docked."
    )
    assert weapons(text) == {"Collins-class submarine": 2, "Astute-class submarine": 2}


def test_a_short_name_before_the_class_is_named_counts_nothing():
    assert weapons("The Virginias are states. A Virginia-class submarine sailed.") == {
        "Virginia-class submarine": 1
    }


def test_bare_ships_and_vessels_after_a_warship_are_the_warships():
    text = (
        "The navy ordered four frigates from a local yard. The first ship will be launched "
        "in 2027, and all four ships are due by 2031. Both vessels already built are at sea."
    )
    assert weapons(text) == {"warship (generic)": 4}


def test_a_vessel_after_a_merchant_vessel_or_before_any_warship_counts_nothing():
    text = (
        "Three ships docked at the port on Monday. A destroyer later shadowed a merchant "
        "vessel for two days. The vessel then turned back to port."
    )
    assert weapons(text) == {"warship (generic)": 1}


def test_a_ship_noun_as_a_modifier_or_before_a_named_ship_adds_no_warship():
    text = (
        "The navy ordered two frigates. The first ship, BRP Halcon, was launched in May. "
        "Changes to the ship platform help, and the ship then docked."
    )
    found = weapons(text)
    assert found["warship (generic)"] == 2 and found["BRP Halcon"] == 1


def test_a_possessive_bare_ship_noun_refers_back_to_the_warships():
    text = (
        "The navy commissioned two Kestrel-class destroyers in May. The vessels' crews "
        "trained at sea. A merchant ship's cargo was seized."
    )
    assert weapons(text) == {"Kestrel-class destroyer": 1, "warship (generic)": 1}


def test_a_bracketed_hull_number_written_again_alone_is_the_ship():
    text = (
        "The navy's new frigates BRP Alpha (FF-160) and BRP Beta (FF-161) arrived in May. "
        "Later FF160 led the patrol; the FF-1600 design is another."
    )
    assert weapons(text) == {"BRP Alpha": 2, "BRP Beta": 1}


def test_a_ship_noun_with_a_modifier_closing_a_list_of_warships_is_a_warship():
    text = "The drill gathers 40 warships, submarines, and support vessels from the fleet."
    assert weapons(text) == {"warship (generic)": 2, "submarine (generic)": 1}


def test_merchant_vessels_beside_warships_are_no_warships():
    assert weapons("Warships and merchant vessels crowded the port.") == {"warship (generic)": 1}
