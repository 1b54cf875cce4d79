"""Tests of analysis.entities.weapon_neighbours (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Ministry weighs its options\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_bare_short_name_in_a_list_of_fighters_is_that_fighter():
    # the lexicon keeps a bare "Typhoon" out (weather); beside the Rafale it is the jet
    text = "The shortlist holds the Rafale, the Typhoon and the F-35."
    assert weapons(text) == {"Rafale": 1, "Eurofighter Typhoon": 1, "F-35": 1}


def test_a_short_name_before_a_named_missile_is_that_missile():
    text = "Each jet will carry Meteor and AIM-120 missiles on long patrols."
    assert weapons(text) == {"Meteor missile": 1, "AIM-120 AMRAAM": 1, "aircraft (generic)": 1}


def test_a_plural_designation_beside_a_fighter_is_read_as_its_singular():
    # "T-50" alone is left out (also a Sukhoi prototype); beside FA-50s it is the trainer
    text = "The air arm flies 40 T-50s and FA-50s from two bases."
    assert weapons(text) == {"T-50 Golden Eagle": 1, "FA-50": 1}


def test_a_whole_list_counts_from_one_named_member():
    text = "Cadets fly the Hawk, the Typhoon and the F-35 in turn."
    assert weapons(text) == {"BAE Hawk": 1, "Eurofighter Typhoon": 1, "F-35": 1}


def test_a_short_name_of_another_category_is_not_taken():
    # "Hawk" beside an aircraft is the Hawk trainer, never the Hawk missile system
    assert weapons("Pilots fly the Gripen and the Hawk.") == {"Gripen": 1, "BAE Hawk": 1}
    # a storm beside a tank is no weapon
    assert weapons("The Leopard 2 and Typhoon Mawar both made headlines.") == {"Leopard 2": 1}


def test_a_bare_word_with_no_named_weapon_beside_it_stays_uncounted():
    assert weapons("Typhoon and Meteor are the names of two local football clubs.") == {}


def test_the_last_word_of_a_longer_name_is_not_a_short_name():
    # "Gloster Meteor" is another aeroplane: its last word is not the Meteor missile
    text = "The museum shows a Gloster Meteor and a Rafale side by side."
    assert "Meteor missile" not in weapons(text)


def test_a_system_named_by_a_short_word_and_its_class_is_the_lexicons_entry():
    # the lexicon knows "Typhoon fighter", not "Typhoon multirole fighter": the second pass
    # finds the name from its class noun; it is the Eurofighter Typhoon, not a new system
    text = "The ministry wants the Typhoon multirole fighter. The Typhoon is built in Spain."
    assert weapons(text) == {"Eurofighter Typhoon": 2}


def test_a_new_designation_listed_beside_a_named_weapon_is_a_weapon_and_counts_again():
    text = "Acme will build M109A7s and ZQ904A2s for the army. The ZQ904A2 hauls shells."
    assert weapons(text) == {"M109 Paladin": 1, "ZQ904A2": 2, "munitions (generic)": 1}


def test_flight_numbers_beside_no_weapon_stay_uncounted():
    assert weapons("Flights MH17 and MH370 were lost; the F-16 flew on.") == {"F-16": 1}
