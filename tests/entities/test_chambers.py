"""Chambers and courts written bare take the country of their context, never a default one.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.chambers import is_chamber, is_goal, state_body_country
from analysis.entities.mention_rows import MentionRow
from analysis.text import article_from_text

HEADLINE = "Vote reshapes the chambers\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_bare_senate_and_congress_in_an_article_on_another_country_are_that_country_s():
    text = HEADLINE + (
        "Peru's ruling bloc lost seats. The Senate will now be split.\n\n"
        "Congress must approve the budget, and the House of Representatives meets in May.\n"
    )
    counts = actors(text)
    assert counts["Senate (Peru)"] == 1
    assert counts["Congress (Peru)"] == 1
    assert counts["House of Representatives (Peru)"] == 1
    assert "US Senate" not in counts and "US Congress" not in counts


def test_a_bare_chamber_with_no_country_anywhere_is_not_stated():
    counts = actors(HEADLINE + "The Senate passed the bill on Tuesday.\n")
    assert counts == {"Senate (country not stated)": 1}


def test_the_us_chambers_stay_american_where_the_text_is_about_the_united_states():
    text = HEADLINE + (
        "The United States will send radars. The Senate backed the plan and the U.S. "
        "Congress will vote next week.\n"
    )
    counts = actors(text)
    assert counts["US Senate"] == 1
    assert counts["US Congress"] == 1  # "U.S. Congress" is one name, not the country too
    assert counts["United States"] == 1


def test_a_named_state_body_in_the_sentence_gives_the_chamber_its_country():
    text = HEADLINE + "The Pentagon asked Congress for more money to arm Taiwan.\n"
    counts = actors(text)
    assert counts["US Congress"] == 1
    assert "Congress (Taiwan)" not in counts


def test_a_country_written_as_the_other_party_is_not_the_chamber_s():
    text = HEADLINE + (
        "Canada will buy drones from Norway. Canada has the money.\n\n"
        "The sale of tanks to Chile was blocked by Parliament last year.\n"
    )
    counts = actors(text)
    assert counts["Parliament (Canada)"] == 1
    assert "Parliament (Chile)" not in counts


def test_a_chamber_opening_a_sentence_is_still_a_name():
    text = HEADLINE + "Ghana's economy grew. Parliament will meet again in June.\n"
    assert actors(text)["Parliament (Ghana)"] == 1


def test_a_chamber_of_a_country_is_one_name():
    counts = actors(HEADLINE + "The National Assembly of Kenya debated the bill.\n")
    assert counts == {"National Assembly of Kenya": 1}


def test_a_chamber_inside_a_longer_name_is_not_the_chamber():
    counts = actors(HEADLINE + "The African Union Parliament Building opened in Accra.\n")
    assert not any(name.startswith("Parliament") for name in counts)


def test_is_chamber_and_is_goal():
    assert is_chamber("Congress") and is_chamber("supreme court")
    assert not is_chamber("Labour")
    row = MentionRow("actor", "Chile", "country", "", "CHL", "Chile", "body", 1, 0, 5)
    text = "arms for Chile"
    assert is_goal(text, row._replace(start=9, end=14))
    assert not is_goal("Chile voted", row)


def test_state_body_country_needs_one_country_and_no_capital():
    body = MentionRow("actor", "Pentagon", "government", "", "USA", "Pentagon", "body", 1, 0, 8)
    other = body._replace(name="Kremlin", country="RUS", form="Kremlin")
    assert state_body_country([body], 1) == "USA"
    assert state_body_country([body, other], 1) == ""
    capital = body._replace(name="Government of Ukraine", country="UKR", form="Kyiv")
    assert state_body_country([capital], 1) == ""


def test_two_chambers_joined_by_and_are_two_chambers_not_one_name():
    text = HEADLINE + "Chile's bloc won a majority in both House of Representatives and Senate.\n"
    counts = actors(text)
    assert counts["House of Representatives (Chile)"] == 1
    assert counts["Senate (Chile)"] == 1
    assert not any(" and " in name for name in counts)


def test_a_chamber_modifying_an_election_noun_is_what_is_contested_not_an_actor():
    text = (
        HEADLINE + "Chile's Senate voted on Monday. Senate candidates of the bloc won 2%, and "
        "the Senate race is close.\n"
    )
    assert actors(text)["Senate (Chile)"] == 1


def test_a_bare_house_counts_where_the_article_names_that_country_s_house_in_full():
    text = (
        "MONROVIA, Liberia - The House of Representatives did not scrutinise the budget. "
        "The hearing held by the House committee on appropriations took an hour."
    )
    assert actors(text) == {"House of Representatives (Liberia)": 2, "Liberia": 1}
    assert actors("MONROVIA, Liberia - The House committee on appropriations met.") == {
        "Liberia": 1
    }
