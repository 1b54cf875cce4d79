"""Tests for the amount rules added with cross-sentence splits (analysis.money, money_qualifiers).

Made-up sentences; expected values worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money import find_amounts


def read(text):
    return [(a.text, a.value, a.currency, a.qualifier) for a in find_amounts(text)]


def test_a_bare_figure_joined_to_an_amount_shares_its_currency():
    assert read(
        "She said 150 million euros will fund water, while 200 million will go to schools."
    ) == [
        ("150 million euros", 150e6, "EUR", "exact"),
        ("200 million", 200e6, "EUR", "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The fund holds $5 billion, and 140 million people live there.",
        "The fund holds $5 billion. 200 million will go to schools.",
        "The fund holds $5 billion, while 200 thousand will go to schools.",
    ],
    ids=["a count of people", "another sentence", "another scale"],
)
def test_a_bare_figure_that_counts_something_else_is_not_money(text):
    assert [a.text for a in find_amounts(text)] == ["$5 billion"]


def test_a_restatement_in_brackets_keeps_the_bound_of_the_amount_it_restates():
    (total, restated) = find_amounts("a deal worth up to €73 million (£64m)")
    assert (total.qualifier, restated.qualifier, restated.high) == ("at_most", "at_most", 64e6)
    assert restated.conversion


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Seoul to sell guns under 930 billion-won deal", "exact"),
        ("It spent under $5 million on repairs", "at_most"),
        ("The firm won over $2 billion contract", "exact"),
    ],
)
def test_under_before_an_amount_that_names_a_deal_is_a_preposition(text, qualifier):
    (amount,) = find_amounts(text)
    assert amount.qualifier == qualifier
