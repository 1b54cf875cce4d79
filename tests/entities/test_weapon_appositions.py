"""Tests of analysis.entities.weapon_appositions (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_class_noun_in_apposition_before_a_participle_is_part_of_the_systems_mention():
    text = "Guards carried the Kalashnikov, an assault rifle made in many countries."
    assert weapons(text) == {"AK-47": 1}


def test_an_adverb_may_stand_before_the_participle_of_the_apposition():
    text = "Guards carried the Kalashnikov, an assault rifle often seen at checkpoints."
    assert weapons(text) == {"AK-47": 1}


def test_a_class_noun_after_is_describes_the_named_system():
    assert weapons("The Bayraktar TB2 is a Turkish combat drone.") == {"Bayraktar TB2": 1}


def test_a_class_noun_after_is_before_a_relative_clause_describes_the_system():
    assert weapons("The Bayraktar TB2 is a drone that flies for a day.") == {"Bayraktar TB2": 1}


def test_a_designation_in_apposition_before_a_class_noun_is_a_weapon():
    assert weapons("Ruritania ordered the KV-95, a light tank, in May.") == {"KV-95": 1}


def test_a_designation_before_is_and_a_class_noun_is_a_weapon():
    assert weapons("The KX-30 is a self-propelled howitzer.") == {"KX-30": 1}


def test_a_designation_before_a_class_noun_with_a_participle_is_a_weapon():
    text = "Ruritania ordered the KX-30, a howitzer built by Acme Works."
    assert weapons(text) == {"KX-30": 1}


def test_a_class_noun_that_modifies_another_noun_makes_no_weapon_of_a_designation():
    # "a drone maker": the company's trade, and no apposition of a weapon
    assert weapons("He met the head of BX-4, a drone maker.") == {"drone (generic)": 1}


def test_a_class_noun_after_a_function_word_is_no_complement_of_the_designation():
    assert weapons("The MX-3 is the best of all tanks.") == {"tank (generic)": 1}
