"""Names of regional politics and business the lexicon does not hold, found from the text's shape.

Parties whose own word for "party" opens their name, bodies whose acronym the article
defines and then uses for a coalition or a government, a title holding a company's name
followed by its holder, a byline's outlet after a bar, a credit's label, and a capital
after "the capital" reached by travel. Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Cabinet line-up announced\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_party_word_of_another_language_opens_a_party_with_its_country_word_inside():
    text = (
        "The Parti Sinar Rakyat Malaysia (Sinar) won twelve seats. Former Partido Luz Nacional "
        "(PLN) deputy president Rosa Ibarra joined Sinar last year."
    )
    assert actors(text) == {
        "Parti Sinar Rakyat Malaysia": 3,
        "Partido Luz Nacional": 2,
        "Rosa Ibarra": 1,
    }


def test_a_lone_party_word_is_no_name():
    assert actors("Parti rallies were held in three towns.") == {}


def test_an_acronym_the_article_defines_for_a_coalition_is_not_a_country_code():
    text = (
        "The Pakatan Hijau (PH) coalition met on Monday. Critics said the PH government "
        "would not last."
    )
    assert actors(text) == {"Pakatan Hijau": 3}


def test_a_congress_with_its_own_acronym_is_an_organisation():
    text = "The Zanubia Liberty Congress (ZLC) won 40 seats. The ZLC said it would govern."
    assert actors(text) == {"Zanubia Liberty Congress": 3}


def test_a_party_role_with_vice_before_a_person_makes_the_word_before_it_a_party():
    text = "Former Kuda minister Lian Orrin spoke as Kuda vice-president Maya Senn listened."
    assert actors(text) == {"Kuda": 2, "Lian Orrin": 1, "Maya Senn": 1}


def test_a_title_holding_a_company_with_its_legal_form_then_the_holder():
    text = (
        "Managing Director of Oduya Bank Ghana Limited Kofi Mensor said rates would fall. "
        "Mr Mensor spoke to reporters."
    )
    assert actors(text) == {"Oduya Bank Ghana Limited": 1, "Kofi Mensor": 2}


def test_a_title_holding_an_association_of_with_a_country_word_inside():
    text = "He is also the President of the Ghana Association of Millers, the group said."
    assert actors(text) == {"Ghana Association of Millers": 1}


def test_a_member_of_parliament_before_a_name_is_a_title():
    text = "Lowland Member of Parliament Tiro Wanjala criticised the plan. Wanjala said no."
    assert actors(text)["Tiro Wanjala"] == 2


def test_a_whip_is_a_title_not_a_body():
    assert actors("Majority Whip Kela Mbeki disagreed. Mbeki’s office replied.") == {
        "Kela Mbeki": 2
    }


def test_a_title_after_a_known_body_is_no_part_of_its_name():
    text = "She seeks the African Union Commission Chairperson post."
    assert actors(text) == {"African Union Commission": 1}


def test_a_byline_outlet_after_a_bar_is_media():
    text = "By Ama Serwaa | CedarBusiness\n\nRates rose, CedarBusiness reported."
    assert actors(text) == {"Ama Serwaa": 1, "CedarBusiness": 2}


def test_a_photo_label_is_no_part_of_the_photographer_s_name():
    assert actors("(Photo: Dario Velt / Kestrel Wire)") == {"Dario Velt": 1, "Kestrel Wire": 1}


def test_a_capital_after_the_capital_reached_by_travel_is_a_place():
    assert actors("The envoy flew to the Kenyan capital Nairobi on Monday.") == {"Kenya": 1}
    assert actors("Nairobi said it would respond.") == {"Government of Kenya": 1}
