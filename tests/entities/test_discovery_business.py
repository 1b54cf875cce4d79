"""A company named once by one word, shown by what business news writes around it
(discovery_business).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.discovery_business import load_business_sectors, read_business_cue
from analysis.text import article_from_text

HEADLINE = "Markets close mixed\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def types(text: str) -> dict[str, str]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    rows = mentions[mentions["kind"] == "actor"]
    return dict(zip(rows["name"], rows["type"], strict=True))


def test_shares_after_a_word_with_an_aside_make_it_a_company_counted_everywhere():
    text = (
        "Vantrel made its offer last week. Vantrel shares, however, fell 3% on Tuesday, "
        "and the board of Vantrel met."
    )
    assert actors(text) == {"Vantrel": 3}
    assert types(text)["Vantrel"] == "company"


def test_shares_without_a_number_still_make_a_company():
    assert actors("Later that day, Quorvane shares slumped after the warning.") == {"Quorvane": 1}


def test_an_analyst_at_a_one_word_employer_names_a_company():
    text = "Ana Pereira, an analyst at Brevik, said the deal was cheap."
    assert actors(text) == {"Ana Pereira": 1, "Brevik": 1}
    assert types(text)["Brevik"] == "company"


def test_economists_with_and_a_data_provider_name_companies():
    text = (
        "Two economists with Holmgard expect growth. Profits beat the forecast of analysts "
        "surveyed by Tessary."
    )
    assert actors(text) == {"Holmgard": 1, "Tessary": 1}


def test_an_officer_of_a_company_and_a_sector_group_name_the_company():
    text = (
        "He was chief executive of Dornell until May. The mining group Kessock also bid, "
        "and the e-commerce giant Lumora said nothing."
    )
    assert actors(text) == {"Dornell": 1, "Kessock": 1, "Lumora": 1}


def test_group_after_a_word_outside_the_sectors_makes_no_company():
    # ("the armed group Vessar" names an armed group, no company: test_discovery_kinds)
    assert actors("The study group Orlen met. The reading group Vessar met.") == {}


def test_the_cue_reader_gives_no_evidence_without_a_cue():
    assert read_business_cue("Vantrel", "He met ", " in May.") == ""
    assert read_business_cue("Vantrel", "", " shares rose 2%") == "share price"


def test_the_sector_list_holds_lower_case_nouns_only():
    sectors = load_business_sectors()
    assert "packaging" in sectors
    assert all(s == s.lower() for s in sectors)
