"""Tests for analysis.money.ordinals: "The second deal ..." is the next item of a total of
several wholes, with its sum in its own sentence or in the next one.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import M, cues_of, splits_of

ORDINALS = [
    # the second item's sum in the next sentence, said of "the entire programme"
    ("The city signed two contracts worth more than $900 million.\n\nOne is a $300 million "
     "deal with a bus maker. The second deal is a ten-year partnership with a tram maker. The "
     "entire programme is expected to be worth up to $600 million.",
     [(900 * M, [300 * M, 600 * M])]),
    # the first item's paragraph is long: the second still finds the total it was counted in
    ("The navy awarded two contracts worth $500 million.\n\nOne is a $200 million deal with a "
     "shipyard for frigate repairs. The yard will hire staff. Work starts in May. It ends in "
     "2030.\n\nThe other contract is for radar upgrades. It is worth $250 million.",
     [(500 * M, [200 * M, 250 * M])]),
    # a tranche of the second item is a part of the second item only
    ("The city signed two contracts worth more than $900 million.\n\nOne is a $300 million "
     "deal with a bus maker. The second deal is a ten-year partnership with a tram maker. The "
     "entire programme is expected to be worth up to $600 million. The first $50 million "
     "tranche of the deal is for rails.",
     [(900 * M, [300 * M, 600 * M]), (600 * M, [50 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", ORDINALS)
def test_the_second_item_is_a_part_of_the_total_of_several(text, expected):
    assert splits_of(text) == expected
    assert "ordinal_item" in cues_of(text)


def test_no_ordinal_item_without_a_total_of_several():
    # "a $900 million contract" is one whole: "The second deal" is not one of its items
    text = ("The city signed a $900 million contract with a bus maker. The second deal is with "
            "a tram maker. It is worth $600 million.")  # fmt: skip
    assert "ordinal_item" not in cues_of(text)


def test_the_next_sentence_must_say_what_the_item_is_worth():
    # the next sentence's sum is the city's budget, not the item's value
    text = ("The city signed two contracts worth $900 million.\n\nOne is a $300 million deal "
            "with a bus maker. The second deal is with a tram maker. Officials said $20 million "
            "more may follow.")  # fmt: skip
    assert "ordinal_item" not in cues_of(text)
