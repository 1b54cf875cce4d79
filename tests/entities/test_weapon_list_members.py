"""Tests of analysis.entities.weapon_list_members (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_bare_short_names_after_missiles_like_are_those_missiles():
    # the lexicon knows "Meteor missile" and "SCALP", not a bare "Meteor" or "Scalp"
    text = "The squadron will carry missiles like Meteor and Scalp from next year."
    assert weapons(text) == {"missile (generic)": 1, "Meteor missile": 1, "Storm Shadow": 1}


def test_members_with_the_after_jets_such_as_are_those_jets():
    text = "Buyers looked at jets such as the Typhoon and the Gripen before choosing."
    assert weapons(text) == {"aircraft (generic)": 1, "Eurofighter Typhoon": 1, "Gripen": 1}


def test_a_list_after_including_with_commas():
    text = "Air forces flying fighter jets, including Typhoon, Rafale and F-35, took part."
    assert weapons(text) == {
        "aircraft (generic)": 1,
        "Eurofighter Typhoon": 1,
        "Rafale": 1,
        "F-35": 1,
    }


def test_a_member_of_another_category_is_not_taken():
    # a storm, not a jet: "Typhoon" after a word that is no weapon class
    assert weapons("Storms like Typhoon Mawar closed the airbase.") == {}
    # a missile list does not turn an aircraft's short name into a missile
    assert weapons("It bought missiles such as Typhoon and more.") == {"missile (generic)": 1}


def test_a_bare_word_without_a_class_noun_before_it_stays_uncounted():
    assert weapons("Fans like Meteor and Typhoon as team names.") == {}


def test_a_list_member_written_again_alone_counts_again():
    text = (
        "The navy wants missiles such as Meteor for its jets.\n\n"
        "With Meteor, its pilots would outrange every rival."
    )
    assert weapons(text) == {"missile (generic)": 1, "Meteor missile": 2, "aircraft (generic)": 1}


def test_a_member_word_inside_a_longer_name_is_not_counted_again():
    text = (
        "Crews trained on missiles like Meteor last spring.\n\n"
        "The Meteor Shower Festival and Gloster Meteor fans met in town."
    )
    assert weapons(text) == {"missile (generic)": 1, "Meteor missile": 1}
