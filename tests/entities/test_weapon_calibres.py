"""Tests of analysis.entities.weapon_calibres (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_calibre_before_an_artillery_or_munitions_class_names_it():
    text = "Police found 60mm mortar shells and an 81 mm mortar near the border."
    assert weapons(text) == {"60mm mortar shell": 1, "81mm mortar": 1}
    text = "The army will buy 230-mm multiple rocket launchers and more 120mm mortars."
    assert weapons(text) == {"230mm multiple rocket launcher": 1, "120mm mortar": 1}


def test_a_calibre_the_lexicon_names_or_no_calibre_stays_as_it_was():
    text = "Kyiv needs 155mm shells, and its mortars need more shells."
    assert weapons(text) == {"155mm artillery shell": 1, "artillery (generic)": 1,
                             "munitions (generic)": 1}  # fmt: skip


def test_a_calibre_before_a_bare_gun_names_a_gun_of_that_kind():
    text = "The corvette carries a 76mm gun and two 35 mm naval guns; the sailors carry 9mm guns."
    assert weapons(text) == {"warship (generic)": 1, "76mm gun": 1, "35mm naval gun": 1}
