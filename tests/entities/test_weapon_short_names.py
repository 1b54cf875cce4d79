"""Tests of analysis.entities.weapon_short_names (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Air force news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_the_last_word_of_a_named_system_after_the_counts_again():
    text = "Spain flies the Eurofighter Typhoon. Pilots say the Typhoon climbs fast."
    assert weapons(text) == {"Eurofighter Typhoon": 2}


def test_the_last_word_coordinated_after_the_counts_again():
    text = "Spain flies the Eurofighter Typhoon. Both the Gripen and Typhoon sold well."
    assert weapons(text) == {"Eurofighter Typhoon": 2, "Gripen": 1}


def test_a_last_word_before_it_is_named_in_full_or_without_the_stays_uncounted():
    text = "The Typhoon hit the coast. Later the Eurofighter Typhoon flew. Typhoon season ended."
    assert weapons(text) == {"Eurofighter Typhoon": 1}


def test_a_last_word_that_the_lexicon_knows_as_another_system_is_left_to_it():
    # "Hawk" alone is the BAE trainer, not the helicopter
    text = "They bought the Sikorsky Black Hawk. The Hawk trainers came later."
    counts = weapons(text)
    assert counts.get("UH-60 Black Hawk") == 1


def test_the_last_word_in_the_plural_after_the_counts_again():
    text = (
        "The navy bought MH-60R Seahawk helicopters; the Seahawks carry torpedoes. "
        "The Seattle Seahawks won on Sunday."
    )
    assert weapons(text) == {"MH-60 Seahawk": 2, "munitions (generic)": 1}


def test_a_one_word_name_before_a_class_acronym_counts_again_after_the():
    text = "Ruritania leased the Condor UAV. Later the Condor flew over the coast."
    assert weapons(text) == {"Condor": 2}


def test_a_one_word_name_counts_again_after_the_and_a_nationality():
    text = "Ruritania leased the Condor UAV. The Peruvian Condor detachment grew."
    assert weapons(text) == {"Condor": 2}


def test_a_one_word_name_before_its_class_in_capitals_is_that_system():
    text = "Ruritania leased the Condor UAV. Acme sells Condor Unmanned Aerial System services."
    assert weapons(text) == {"Condor": 2}


def test_a_one_word_name_before_capitals_that_name_no_class_is_no_title():
    text = "Ruritania leased the Condor UAV. The Condor Aviation Services firm grew."
    assert weapons(text).get("Condor") == 1
