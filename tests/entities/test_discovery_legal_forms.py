"""A lexicon company written with its legal form ("Ltd", "Limited", "AB", "SA") is the
lexicon's company, with its country, not a new name found by discovery.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Orders rise\n\n"


def companies(text: str) -> dict[str, tuple[str, int]]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    rows = mentions[mentions["kind"] == "actor"]
    counts = rows["name"].value_counts().to_dict()
    pairs = zip(rows["name"], rows["country"], strict=True)
    return {name: (country, counts[name]) for name, country in pairs}


def test_a_lexicon_company_with_ltd_is_the_lexicon_company():
    found = companies("Otokar Ltd said it would deliver the vehicles. Otokar Ltd shares rose.")
    assert found == {"Otokar": ("TUR", 2)}


def test_a_lexicon_company_with_a_swedish_or_french_form_keeps_its_country():
    found = companies("Kongsberg AB signed the agreement in March. Navantia SA signed it too.")
    assert found["Kongsberg"][0] == "NOR"
    assert found["Navantia"][0] == "ESP"
    assert "Kongsberg AB" not in found and "Navantia SA" not in found


def test_a_longer_name_that_is_not_a_legal_form_stays_its_own_company():
    # trap: "Holdings" is a word of the name, not a legal form
    found = companies("Otokar Holdings Ltd bought a stake in the bank.")
    assert "Otokar" not in found
