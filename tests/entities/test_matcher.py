"""Tests of analysis.entities.matcher (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text


def weapons(body: str) -> dict[str, int]:
    article = article_from_text("Air force news\n\n" + body + "\n")
    mentions = find_all_mentions(article, load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_designation_broken_by_a_space_after_its_dash_is_the_same_system():
    # a line break or a typo may leave "Su- 30" for "Su-30"
    text = "India flies the Su-30MKI. Its Su- 30 MKI fleet and Su-30 MKI jets are old."
    assert weapons(text) == {"Su-30": 3}


def test_a_plural_designation_broken_by_a_space_is_the_same_system():
    assert weapons("The F- 16s and F-16 jets flew.") == {"F-16": 2}


def actors(body: str) -> dict[str, int]:
    article = article_from_text("Markets news\n\n" + body + "\n")
    mentions = find_all_mentions(article, load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_news_outlet_name_has_no_plural_mention():
    # "Economists" are people in a trade, not the weekly; its name still counts
    text = "Economists expect rates to fall. The Economist said so on Friday."
    assert actors(text) == {"The Economist": 1}


def test_two_capital_words_of_an_alias_may_be_joined_by_a_dash():
    # the lexicon lists "MBT LAW"; a designation often joins the two acronyms by a dash
    assert weapons("Marines trained with the MBT-LAW anti-tank weapon.") == {"NLAW": 1}
