"""Variant words between a named weapon and its class noun or its other name
(``analysis.entities.weapon_variants``).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Air force news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_block_number_before_the_class_noun_is_one_mention():
    assert weapons("The ministry wants six F-16D Block 72 aircraft by 2031.") == {"F-16": 1}


def test_paired_variant_letters_and_blocks_before_the_class_noun_are_one_mention():
    text = "Officials said the 14 F-16C/D Block 70/72 fighter jets would arrive in two lots."
    assert weapons(text) == {"F-16": 1}


def test_a_tranche_before_a_bare_fighters_is_one_mention():
    text = "The air arm will field more Eurofighter Typhoon Tranche 5 fighters from 2030."
    assert weapons(text) == {"Eurofighter Typhoon": 1}


def test_a_numbered_suffix_before_the_popular_name_is_one_mention():
    assert weapons("The request covers 40 AIM-120C-7 AMRAAM missiles.") == {"AIM-120 AMRAAM": 1}


def test_a_roman_block_before_the_popular_name_is_one_mention():
    text = "Its pilots trained with AIM-9X Block II Sidewinder missiles last spring."
    assert weapons(text) == {"AIM-9 Sidewinder": 1}


def test_ammunition_after_a_block_is_the_aircraft_s_ammunition():
    text = "The depot stores F-16 Block 50 ammunition for the squadron."
    assert weapons(text) == {"F-16": 1, "munitions (generic)": 1}


def test_a_class_noun_after_a_block_and_a_verb_counts_again():
    text = "The F-16 Block 50 stays in service and the aircraft will be upgraded."
    assert weapons(text) == {"F-16": 1, "aircraft (generic)": 1}


def test_a_paired_variant_of_digits_after_a_slash_is_part_of_the_mention():
    assert weapons("Ruritania bought 40 BMP-2/2K infantry fighting vehicles.") == {"BMP-2": 1}


def test_a_block_number_with_a_buyers_letters_is_part_of_the_variant():
    text = "Ruritania ordered ten F-16 Fighting Falcon Block 52ID fighter aircraft."
    assert weapons(text) == {"F-16": 1}


def test_a_block_number_with_a_plus_is_part_of_the_variant():
    assert weapons("Ruritania ordered ten F-16 Block 52+ fighter jets.") == {"F-16": 1}
