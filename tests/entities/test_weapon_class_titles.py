"""Tests of analysis.entities.weapon_class_titles (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.matcher import compile_matcher
from analysis.entities.weapon_class_titles import class_of_title
from analysis.text import article_from_text

HEADLINE = "Tender opens\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_capitalised_class_name_with_its_acronym_is_the_generic_class():
    # a class name and its bracketed acronym: two written mentions, as CONVENTIONS counts them
    text = "The ministry wants a squadron of Multi-Role Combat Aircraft (MRCA) by 2030."
    assert weapons(text) == {"aircraft (generic)": 2}


def test_a_describing_word_before_a_capitalised_class_name_keeps_it_generic():
    text = "Bids for the National Air Defence System close in May."
    assert weapons(text) == {"air defence (generic)": 1}


def test_a_capitalised_name_with_another_word_stays_a_name():
    matcher = compile_matcher(load_lexicons())
    # "Future" and "Medium" are no describing words: these are programmes' names
    assert class_of_title("Future Combat Air System", matcher) is None
    assert class_of_title("Advanced Medium Combat Aircraft", matcher) is None
    # the rest after the describing words must be a class name of the lexicon
    assert class_of_title("Multi-Role Combat Aircraft", matcher)[0] == "fighter jet"
    assert class_of_title("The National Air Defence System", matcher)[0] == "air defence system"
