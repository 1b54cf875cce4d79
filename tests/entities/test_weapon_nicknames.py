"""Tests of analysis.entities.weapon_nicknames (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text


def weapons(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_quoted_nickname_and_its_class_noun_are_one_mention_of_the_system():
    assert weapons("Air news\n\nTwo Tu-95 'Bear' bombers flew past the coast.") == {"Tu-95": 1}


def test_the_nickname_alone_later_and_in_the_headline_names_the_system():
    text = (
        "Bears over the sea\n\n"
        'Jets met two Tu-95 "Bear" bombers on Monday. The Bears turned back at noon.'
    )
    assert weapons(text) == {"Tu-95": 3, "aircraft (generic)": 1}


def test_a_quoted_name_after_a_ship_class_is_no_nickname():
    text = "Navy news\n\nThe Kolva-class frigate 'Storm' sailed at dawn."
    assert weapons(text) == {"Storm": 1, "Kolva-class frigate": 1}


def test_a_name_in_quotes_after_its_class_noun_is_that_system():
    text = "Army news\n\nThe drone 'Sky Eye' flew over the border on Monday."
    assert weapons(text) == {"Sky Eye": 1}


def test_a_quoted_word_after_a_plural_class_only_describes_it():
    text = 'Army news\n\nThe general called the tanks "Useless" on Monday.'
    assert weapons(text) == {"tank (generic)": 1}
