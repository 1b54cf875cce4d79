"""A body named for its aim ("Forum for ...", "Movement for ...") is an organisation, a
country word inside its name counting for it only (discovery_rules.ORG_HEADS).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Leaders meet\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_forum_with_a_hyphenated_country_word_and_its_acronym_is_one_organisation():
    text = (
        "On the sidelines of the Forum for Kenya-Atlantic Ocean Cooperation (FKAOC) summit, "
        "he held talks. The FKAOC summit ended on Friday."
    )
    assert actors(text) == {"Forum for Kenya-Atlantic Ocean Cooperation": 3}


def test_a_movement_and_an_alliance_named_for_their_aim_are_organisations():
    text = "The Movement for Peru Renewal said no, and the Alliance for Ghana Progress agreed."
    assert actors(text) == {"Movement for Peru Renewal": 1, "Alliance for Ghana Progress": 1}


def test_a_title_holding_a_body_name_counts_for_the_body():
    text = (
        "The Deputy Secretary-General of the Coral Sea Forum, Lia Tamu, will attend. "
        "Minister of National Defence Jan Kowal spoke."
    )
    assert actors(text) == {"Coral Sea Forum": 1, "Lia Tamu": 1, "Jan Kowal": 1}


def test_a_romance_alliance_name_holds_the_lexicon_company_word_inside_it():
    # "Patria" alone is a Finnish company in the lexicon; inside the alliance's name it is not
    text = (
        "The ruling Coalición por la Patria lost seats, and its candidate conceded. "
        "Coalición por la Patria will regroup. Patria delivered vehicles."
    )
    counts = actors(text)
    assert counts["Coalición por la Patria"] == 2
    assert counts["Patria"] == 1


def test_a_lexicon_company_opening_a_foundation_s_or_movement_s_name_is_no_company():
    text = "The Patria Freedom Movement held a rally. The Thales Alumni Association met."
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    types = dict(zip(mentions["name"], mentions["type"], strict=True))
    assert types == {
        "Patria Freedom Movement": "organisation",
        "Thales Alumni Association": "organisation",
    }
