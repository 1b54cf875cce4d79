"""Tests of analysis.entities.weapon_designations_again (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Trainer order grows\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_bare_designation_after_the_full_name_is_the_same_system():
    # the lexicon keeps a bare "T-50" out (also a Sukhoi prototype)
    text = "The air arm ordered ten KAI T-50 jets. Pilots say the T-50 handles well."
    assert weapons(text) == {"T-50 Golden Eagle": 2}


def test_a_plural_bare_designation_counts_and_so_does_one_before_a_described_class():
    text = (
        "The first E-2 Hawkeye landed on Monday.\n\n"
        "Two more E-2s follow, and an E-2 upgraded radar is planned."
    )
    assert weapons(text) == {"E-2 Hawkeye": 3}


def test_a_bare_designation_with_no_full_name_before_it_counts_nothing():
    assert weapons("A T-50 prototype flew over the lake.") == {}


def test_a_designation_inside_a_slashed_one_is_not_taken():
    text = "The KAI T-50 jets arrived beside a F/T-50 mock-up."
    assert weapons(text) == {"T-50 Golden Eagle": 1}


def test_a_designation_without_a_hyphen_is_repeated_bare_after_its_full_name():
    # the lexicon knows "M4 carbine", not a bare "M4" (a road, a paper size)
    text = "The guards carry M4 carbines. The M4 is light, and two M4s were lost."
    assert weapons(text) == {"M4 carbine": 3}


def test_a_headline_before_the_full_name_may_use_the_bare_designation():
    mentions = find_all_mentions(
        article_from_text("Army buys more M4s\n\nThe guards carry M4 carbines. The M4 is light.\n"),
        load_lexicons(),
    )
    weapons = mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()
    assert weapons == {"M4 carbine": 3}
