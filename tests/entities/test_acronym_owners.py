"""Lexicon names in the article's own sense: acronyms, first words, longer names, numerals
(acronym_owners, company_brands, article loading).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Deliveries resume\n\n"


def mentions(text: str, kind: str = "actor") -> dict[str, int]:
    found = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return found.loc[found["kind"] == kind, "name"].value_counts().to_dict()


def test_an_acronym_in_an_article_about_another_country_is_that_country_s_service():
    counts = mentions(
        "The Philippines received six trainer jets on Tuesday. PAF pilots will fly them "
        "from a base near Cebu."
    )
    assert counts.get("Philippine Air Force") == 1
    assert "Pakistan Air Force" not in counts


def test_an_acronym_of_a_body_the_article_names_in_full_is_that_body():
    counts = mentions(
        "The Philippine Air Force took two transport planes. A PAF colonel said more would "
        "come next year."
    )
    assert counts.get("Philippine Air Force") == 2
    assert "Pakistan Air Force" not in counts


def test_the_acronym_keeps_the_lexicon_sense_where_its_country_is_named():
    counts = mentions("Pakistan flew new jets on Friday. PAF pilots trained for a month.")
    assert counts.get("Pakistan Air Force") == 1


def test_a_division_s_first_word_alone_names_its_group():
    counts = mentions(
        "Iveco Defence Vehicles will build 90 trucks. The Iveco chief said the plant in "
        "Bolzano would add a shift."
    )
    assert counts.get("Iveco Defence Vehicles") == 1
    assert counts.get("Iveco") == 1


def test_a_first_word_inside_a_longer_name_is_not_the_group():
    counts = mentions("Iveco Defence Vehicles will build 90 trucks. Fiat Iveco Trucks Ltd agreed.")
    assert "Iveco" not in counts


def test_a_longer_name_of_the_lexicon_s_body_with_its_bracket_counts_for_it():
    counts = mentions(
        "Villagers say the Wagner Private Military Company (PMC) guarded a gold mine, "
        "a chief said. The Wagner PMC left in May."
    )
    assert counts == {"Wagner Group": 3}


def test_a_roman_numeral_character_in_a_designation_reads_as_letters():
    counts = mentions(
        "Seoul will sell the Cheongung-Ⅱ surface-to-air missiles to a buyer.", "weapon"
    )
    assert counts == {"Cheongung": 1}


def test_a_one_word_alias_goes_to_the_company_of_that_word_the_article_names():
    counts = mentions(
        "Hanwha Ocean will build two submarines for a navy. Hanwha said the first would "
        "sail in four years."
    )
    assert counts == {"Hanwha Ocean": 2}


def test_a_one_word_alias_keeps_its_company_where_that_company_is_named_too():
    counts = mentions(
        "Hanwha Ocean will build two submarines and Hanwha Aerospace their engines. Hanwha "
        "said the first would sail in four years."
    )
    assert counts == {"Hanwha Ocean": 1, "Hanwha Aerospace": 2}
