"""An organisation named "... of <Country>" with its own bracketed acronym (discovery_acronyms).

Every sentence here is made up for the test; no organisation in it is in data/actors.csv.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Rebels claim two towns\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_translated_name_with_its_acronym_in_another_order_is_one_organisation():
    text = (
        "Fighters of the Popular Front for the Renewal of Chad (FPRC) crossed the border, "
        "and the FPRC said it held two towns."
    )
    assert actors(text) == {"Popular Front for the Renewal of Chad": 3}


def test_the_acronym_alone_later_and_an_appositive_use_are_the_same_organisation():
    text = (
        "The National Union for the Total Independence of Chad (UNITC) rejected the vote. "
        "UNITC, the largest opposition party, went to court."
    )
    assert actors(text) == {"National Union for the Total Independence of Chad": 3}


def test_a_country_closing_a_name_without_a_matching_acronym_still_counts():
    text = "The Popular Front for the Renewal of Chad (FPX) said so, and Chad denied it."
    counts = actors(text)
    assert counts["Chad"] == 2
    assert "Popular Front for the Renewal of Chad" not in counts


def test_a_party_of_a_country_is_a_name_with_no_acronym_to_match():
    text = (
        "Two ministers came from the Unity Party of Bhutan (UPB-M). Later the UPB-M said it "
        "was pleased, and the Unity Party of Bhutan named a third."
    )
    assert actors(text) == {"Unity Party of Bhutan": 4}


def test_a_titled_person_before_a_party_of_a_country_is_read_apart():
    counts = actors("Minister Tashi Rongo of the Green Front of Chad spoke on Monday.")
    assert counts == {"Tashi Rongo": 1, "Green Front of Chad": 1}


def test_a_bank_of_a_country_without_its_acronym_is_no_party():
    assert actors("The Reserve Bank of Chad raised rates.") == {"Chad": 1}


def test_a_translated_name_with_a_body_word_and_its_acronym_in_another_order():
    text = (
        "The Support Group for Faith and Farmers (GSFF) attacked the town. Later the GSFF withdrew."
    )
    assert actors(text) == {"Support Group for Faith and Farmers": 3}


def test_a_hyphenated_modifier_before_the_name_is_no_part_of_it():
    text = "The Al-Qaeda-linked Support Group for Faith and Farmers (GSFF) attacked the town."
    assert actors(text) == {"Al-Qaeda": 1, "Support Group for Faith and Farmers": 2}


def test_lawmakers_of_a_long_name_with_its_acronym_at_a_sentence_start():
    text = (
        "Lawmakers of the Awami Kavo Tehreek (AKT) staged a walkout. AKT chairman Gohar "
        "Kavo said the government had ignored them."
    )
    assert actors(text)["Awami Kavo Tehreek"] == 3


def test_a_procedure_with_its_acronym_in_order_is_no_body():
    assert actors("The Defence Acquisition Procedure (DAP) was revised in March.") == {}
