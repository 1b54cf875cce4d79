"""A bare "gun" in an article about small arms (``analysis.entities.weapon_guns``).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_bare_guns_in_a_rifle_story_are_small_arms():
    text = "The marines want lighter rifles. The new guns weigh less, and each gun has a sight."
    assert weapons(text) == {"small arms (generic)": 3}


def test_guns_beside_ammunition_in_a_pistol_story_are_small_arms():
    text = "The firm sells pistols to the police, supplying guns and ammunition since 2010."
    assert weapons(text) == {"small arms (generic)": 2, "munitions (generic)": 1}


def test_guns_in_an_article_with_howitzers_stay_uncounted():
    text = "The brigade keeps rifles and howitzers; the guns will be repainted."
    assert weapons(text) == {"small arms (generic)": 1, "artillery (generic)": 1}


def test_guns_without_any_small_arm_stay_uncounted():
    assert weapons("The ministers spoke about guns and butter at the summit.") == {}


def test_a_gun_that_describes_another_thing_or_an_idiom_is_no_weapon():
    text = (
        "The squad carries carbines. A gun salute opened the day;"
        " officials brought out the big guns."
    )
    assert weapons(text) == {"small arms (generic)": 1}


def test_guns_in_a_headline_stay_uncounted():
    mentions = find_all_mentions(
        article_from_text("Police get new guns\n\nThe police bought pistols.\n"), load_lexicons()
    )
    names = mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()
    assert names == {"small arms (generic)": 1}
