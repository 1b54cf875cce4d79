"""A person's government or administration is their country's government (administrations).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Seizures rise\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_person_s_government_or_administration_is_the_country_s_government():
    counts = actors(
        "The Gabriel Boric government seized 40 rifles, a report on President Gabriel "
        "Boric's administration said. Boric spoke on Monday."
    )
    assert counts == {"Government of Chile": 2, "Gabriel Boric": 1}


def test_a_government_official_after_the_name_leaves_the_person():
    counts = actors("Gabriel Boric government officials met. Boric spoke on Monday.")
    assert counts == {"Gabriel Boric": 2}


def test_a_person_s_possessive_government_is_left_to_the_person():
    counts = actors("Delegates from Gabriel Boric's government met. Boric spoke on Monday.")
    assert counts == {"Gabriel Boric": 2}
