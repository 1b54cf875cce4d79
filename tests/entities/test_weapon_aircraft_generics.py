"""Generic aircraft words in procurement news: "fighters" before the named fighter,
"a new generation of fighters", refuelling tankers in British and US spelling.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Air force news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_fighters_before_the_named_fighter_are_jets():
    text = "Ruritania will buy 24 new fighters. Officials chose the Gripen over the F-16."
    assert weapons(text) == {"aircraft (generic)": 1, "Gripen": 1, "F-16": 1}


def test_a_generation_of_fighters_is_jets_in_a_fighter_article():
    text = "The Rafale will fly beside the next generation of fighters until 2050."
    assert weapons(text) == {"Rafale": 1, "aircraft (generic)": 1}


def test_an_armed_group_s_fighters_stay_people():
    text = "Hamas fighters hid in tunnels while F-16 jets flew overhead."
    assert weapons(text) == {"F-16": 1}


def test_fighters_with_no_fighter_aircraft_named_stay_people():
    assert weapons("About 40 fighters crossed the river with rifles.") == {
        "small arms (generic)": 1
    }


def test_refuelling_tankers_in_either_spelling_are_aircraft_and_oil_tankers_are_not():
    text = (
        "The air arm ordered two aerial refuelling tankers and three mid-air refuelers."
        " Oil tankers waited in the port."
    )
    assert weapons(text) == {"aircraft (generic)": 2}


def test_fighter_before_types_models_and_variants_is_the_aircraft():
    # "fighter" alone may be a combatant; before a word for kinds of design it is the jet
    assert weapons("Three European fighter types are still being built.") == {
        "aircraft (generic)": 1
    }
    assert weapons("The ministry compared two fighter models and one fighter variant.") == {
        "aircraft (generic)": 2
    }
