"""Initials the article never defines count for the one named body they spell.

(The lexicon's bodies are used: names found by discovery count their own initials there.)
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Fleet news\n\n"


def forms(text: str) -> dict[str, list[str]]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    actors = mentions[mentions["kind"] == "actor"]
    return {name: sorted(group["form"]) for name, group in actors.groupby("name")}


def test_undefined_initials_count_for_the_body_they_spell():
    text = "The Nigerian Air Force received two gunships on Monday. NAF pilots flew them."
    assert forms(text)["Nigerian Air Force"] == ["NAF", "Nigerian Air Force"]


def test_trap_initials_two_named_bodies_share_count_for_neither():
    text = "The Nigerian Air Force and the Nigerian Armed Forces met. NAF pilots flew."
    found = forms(text)
    assert found["Nigerian Air Force"] == ["Nigerian Air Force"]
    assert found["Nigerian Armed Forces"] == ["Nigerian Armed Forces"]


def test_trap_capitals_that_spell_no_named_body_count_for_nothing():
    text = "The Nigerian Air Force received two gunships. XYZ said nothing."
    assert "XYZ" not in {f for fs in forms(text).values() for f in fs}
