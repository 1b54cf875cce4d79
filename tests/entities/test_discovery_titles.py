"""Titles before a name: "counterpart" is a role, a rank written with hyphens is a rank.

Every sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Defence chiefs meet\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


@pytest.mark.parametrize(
    "sentence",
    [
        "Fiji's defence minister met his Australian counterpart Tom Kellner on Monday.",
        "The minister called her counterpart Tom Kellner at noon.",
        "Peru's foreign minister rang her Chilean counterpart, Tom Kellner, on Friday.",
    ],
)
def test_a_name_after_counterpart_is_a_person(sentence):
    counts = actors(HEADLINE + sentence + " Kellner said the talks went well.\n")
    assert counts["Tom Kellner"] == 2


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Major-General Sam Rivers, the army chief, spoke first.", "Sam Rivers"),
        ("The order was signed by Lieutenant-Colonel Ana Lopez on Monday.", "Ana Lopez"),
        ("Rear-Admiral Joe Okafor led the fleet out.", "Joe Okafor"),
    ],
)
def test_a_rank_written_with_hyphens_is_no_part_of_the_name(sentence, person):
    counts = actors(HEADLINE + sentence + "\n")
    assert counts.get(person) == 1
    assert not any("-" in name for name in counts)


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("- Ana Loto, President and Foreign Minister of Tuvalu", "Ana Loto"),
        ("- Joe Vaka, Minister for Foreign Affairs of Tonga", "Joe Vaka"),
        ("Guests included Mia Rua, Deputy Prime Minister of Samoa.", "Mia Rua"),
    ],
)
def test_a_capitalised_office_in_apposition_after_a_name_makes_a_person(line, person):
    counts = actors(HEADLINE + "The talks drew these guests:\n\n" + line + "\n")
    assert counts.get(person) == 1


def test_an_appositive_after_two_joined_names_is_the_nearest_one_s():
    text = HEADLINE + "Kim and Rosa Tamar, Samoa's minister of state, held talks.\n"
    counts = actors(text)
    assert counts.get("Rosa Tamar") == 1
    assert "Kim and Rosa Tamar" not in counts


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Officials blamed the rebel group's chief of staff, Paul Ngoma Lenda, for it.",
            "Paul Ngoma Lenda",
        ),
        ("The navy named a new chief of staff, Ida Marsh.", "Ida Marsh"),
    ],
)
def test_a_name_after_an_office_of_several_words_and_a_comma_is_a_person(sentence, person):
    assert actors(HEADLINE + sentence + "\n").get(person) == 1
