"""Tests for analysis.money.ceilings: a fee that "could rise to" a larger sum with add-ons
is split into its guaranteed part and the rest.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from tests.money.helpers import B, M, splits_of

CEILINGS = [
    # the rise in the next sentence, "That could rise to ... with add-ons"
    ("Tarvel signed the winger for an initial fee of £60m. That could rise to £75m with "
     "add-ons.",
     [(75 * M, [60 * M])]),
    # in one sentence, "rising to"
    ("Tarvel signed the winger for €40 million, rising to €52 million including bonuses.",
     [(52 * M, [40 * M])]),
    # no add-on words, but a guaranteed part and a possible rise
    ("Tarvel paid £30m up front for the keeper. The fee could rise to £36m.",
     [(36 * M, [30 * M])]),
]  # fmt: skip

NOT_CEILINGS = [
    # a budget that rises from one year to the next is a change, not a ceiling
    "Defence spending will rise to $50bn next year from $40bn.",
    "The ministry spent $40bn last year. Spending could rise to $50bn next year.",
    # no guaranteed part and no add-on words
    "The city paid $40m for the land. The cost of the project could rise to $90m.",
]


@pytest.mark.parametrize("text, expected", CEILINGS)
def test_a_ceiling_with_add_ons_takes_the_guaranteed_part(text, expected):
    assert splits_of(text) == expected


def test_the_rest_of_a_ceiling_is_at_most_the_add_ons():
    (split,) = find_allocations(CEILINGS[0][0])
    assert (split.remainder.value, split.remainder.qualifier) == (15 * M, "at_most")
    assert split.total.qualifier == "at_most"  # "could rise to": the most it can cost


@pytest.mark.parametrize("text", NOT_CEILINGS)
def test_a_rise_without_add_ons_or_a_guaranteed_part_is_no_ceiling(text):
    assert splits_of(text) == []


def test_a_ceiling_in_billions():
    text = (
        "The club bought the team for an initial $1.2 billion, which could rise to "
        "$1.5 billion with performance-related payments."
    )
    assert splits_of(text) == [(1.5 * B, [1.2 * B])]
