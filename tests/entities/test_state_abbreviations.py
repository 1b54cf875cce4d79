"""A state's abbreviation that is also another thing's counts only in its context
(state_abbreviations).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.state_abbreviations import load_state_abbreviations
from analysis.text import article_from_text

HEADLINE = "Front line holds\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_rf_counts_for_russia_in_an_article_naming_ukraine():
    text = (
        "Ukraine said its units stopped two RF assaults. The RF-held bridge was hit, and RF "
        "troops withdrew."
    )
    assert actors(text) == {"Ukraine": 1, "Russia": 3}


def test_rf_before_a_radio_word_keeps_its_other_sense():
    text = "Ukraine bought RF jammers and an RF sensor. RF forces advanced."
    assert actors(text) == {"Ukraine": 1, "Russia": 1}


def test_rf_counts_nothing_where_the_article_names_neither_country():
    assert actors("The plant makes RF parts for phones in Germany.") == {"Germany": 1}


def test_uaf_is_the_armed_forces_of_ukraine_only_in_an_article_about_ukraine():
    assert actors("UAF units held Kupiansk, Ukraine said.") == {
        "Armed Forces of Ukraine": 1,
        "Ukraine": 1,
    }
    assert actors("Students at UAF in Alaska met.") == {}


def test_every_row_names_a_context_country_in_iso3():
    for row in load_state_abbreviations():
        assert row.context and all(len(c) == 3 and c.isupper() for c in row.context)
