"""A country's forces described in lower case count for the country alone.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Border talks stall\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_demonym_and_a_lower_case_army_count_for_the_country():
    text = "The Congolese army retook Kibwe on Friday, the FARDC said in a statement.\n"
    assert actors(text) == {
        "Democratic Republic of the Congo": 1,
        "Armed Forces of the Democratic Republic of the Congo": 1,
    }


def test_a_possessive_before_a_lower_case_army_counts_the_country_once():
    assert actors("Chad's army pulled back from two outposts near Fada.\n") == {"Chad": 1}


def test_lower_case_police_after_a_demonym_count_for_the_country():
    text = "A second group of 140 Kenyan police landed in the port, officials said.\n"
    assert actors(text) == {"Kenya": 1}


def test_a_lower_case_military_before_a_noun_is_the_country():
    assert actors("US military aid to the islands rose by a third.\n") == {"United States": 1}


def test_a_capitalised_force_keeps_its_own_name():
    counts = actors("The Brazilian Army ordered 12 trucks, a Brazilian official said.\n")
    assert counts == {"Brazilian Army": 1, "Brazil": 1}


def test_serb_names_the_people_and_serbian_the_state():
    text = "Serb residents blocked the road again, and two Serbs were held, Serbian media said.\n"
    assert actors(text) == {"Serbia": 1}
