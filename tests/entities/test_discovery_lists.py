"""Names found in lists, after a possessive country, before a lexicon party's name, in other
capitals, under a headline alone, and after a lower-case office. Every sentence here is made
up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Investors circle the yard\n\n"


def actors(text: str, headline: str = HEADLINE) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(headline + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_region_word_before_a_team_noun_is_no_organisation():
    text = "The European players in the field of shipbuilding are few. Nordic players agree."
    assert actors(text) == {}


def test_investors_listed_after_a_short_gap_are_names_and_a_bank_of_x_list_splits():
    text = (
        "The yard had foreign investors on board, including Tarnwell, Brisco Harlan, "
        "Bank of Ostrava and Quillon Peake (each with small stakes)."
    )
    found = actors(text)
    assert found["Tarnwell"] == 1
    assert found["Brisco Harlan"] == 1
    assert found["Bank of Ostrava"] == 1
    assert found["Quillon Peake"] == 1
    assert "Bank of Ostrava and Quillon Peake" not in found


def test_a_country_of_two_words_with_a_possessive_is_no_part_of_a_company_name():
    text = "South Korea’s Pyeongdo Marine Insurance bought the stake."
    assert actors(text) == {"South Korea": 1, "Pyeongdo Marine Insurance": 1}


def test_a_capitalised_word_before_a_lexicon_party_makes_a_longer_party_name():
    text = "Yesterday the Mountain Democratic Party met. Later, the People’s Democratic Party met."
    found = actors(text)
    assert found["Mountain Democratic Party"] == 1
    assert found["People’s Democratic Party"] == 1
    assert "Democratic Party" not in found


def test_a_capitalised_all_inside_a_sentence_opens_a_party_name():
    text = "He is a member of the ruling All Valleys Congress, officials said."
    assert actors(text) == {"All Valleys Congress": 1}


def test_a_lexicon_company_written_in_other_capitals_is_counted_under_its_name():
    text = "The turnover was 3 billion for BAe Systems and 2 billion for Tarnwell Systems."
    found = actors(text)
    assert found.get("BAE Systems", found.get("BAe Systems")) == 1
    assert found["Tarnwell Systems"] == 1


def test_a_name_alone_under_the_headline_is_the_author_but_not_a_subheading():
    assert actors("Orla Benning\n\nShipyards are busy this year.")["Orla Benning"] == 1
    text = "Busy Yards\n\nShipyards are busy this year, and the yards hire more."
    assert "Busy Yards" not in actors(text)


def test_a_lower_case_office_after_a_possessive_makes_a_person_later_called_mr_given_name():
    text = (
        "It is a new era for Ruritania's minister of state owned firms, Adam Kowal.\n\n"
        'Within weeks Mr Adam fired two chairmen. "We act now," Mr Adam said.'
    )
    assert actors(text)["Adam Kowal"] == 3


def test_an_appositive_of_a_business_unit_or_a_bloc_makes_an_organisation():
    text = (
        "The group announced it was creating Zentrova, its newest business unit, on Friday. "
        "Deputies from Kasama Lakas, a left-wing bloc, walked out."
    )
    assert actors(text) == {"Zentrova": 1, "Kasama Lakas": 1}


def test_a_convener_or_coordinator_before_a_name_makes_a_person():
    text = "The rally had the city unit convener Rumi Sadat Rumi in the chair on Friday."
    assert actors(text) == {"Rumi Sadat Rumi": 1}
    assert actors("Event coordinator Tomas Arvid opened the doors.") == {"Tomas Arvid": 1}


def test_members_before_a_name_and_its_own_bracketed_acronym_make_an_organisation():
    text = (
        "Police held 20 supporters of the Civic Renewal Front (CRF) overnight. "
        "The Gross Domestic Product (GDP) grew."
    )
    assert actors(text) == {"Civic Renewal Front": 2}


def test_a_found_name_joined_to_a_participle_counts_again():
    text = (
        "Police held 20 supporters of the Civic Renewal Front (CRF) overnight. "
        "Dozens wore CRF-branded shirts at a CRF-led march."
    )
    assert actors(text) == {"Civic Renewal Front": 4}


def test_and_other_and_a_plural_noun_after_a_name_give_its_kind():
    counts = actors(
        "They were joined by the KDLP and other opposition parties. Acme Lending and other "
        "lenders agreed. Ana Roe and other ministers left."
    )
    assert counts == {"KDLP": 1, "Acme Lending": 1, "Ana Roe": 1}


def test_a_new_name_after_renamed_is_the_body_renamed_not_a_place():
    counts = actors(
        'Fighters of the Wagner Group, now renamed "Kavo Legion", came. The old town, now '
        "renamed Kavo Heights, grew."
    )
    assert counts == {"Wagner Group": 1, "Kavo Legion": 1}


def test_people_s_plural_noun_after_a_dateline_dash_is_no_part_of_the_name():
    counts = actors("GOMA (Wire) — Fighters of the Kavu Defence Forces clashed with troops.")
    assert counts == {"Kavu Defence Forces": 1}


def test_a_kind_of_publication_after_a_name_makes_it_media_its_the_kept():
    counts = actors(
        "The jets flew en masse, wrote The Skyline online magazine. The Kilo Courier "
        "newspaper said so too."
    )
    assert counts == {"The Skyline": 1, "Kilo Courier": 1}
