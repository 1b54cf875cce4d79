"""The country list: states in free association count as countries too.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_niue_and_the_cook_islands_are_countries_with_their_demonyms():
    text = (
        "Island leaders meet\n\n"
        "Envoys of Niue and the Cook Islands arrived. A Niuean minister and a Cook "
        "Islander diplomat spoke.\n"
    )
    counts = actors(text)
    assert counts["Niue"] == 2
    assert counts["Cook Islands"] == 2


def test_their_iso_codes_are_their_own():
    countries = load_lexicons().country_names()
    assert countries["NIU"] == "Niue"
    assert countries["COK"] == "Cook Islands"
