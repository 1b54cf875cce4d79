"""Tests for analysis.money.multiples: one sum that stands for several equal parts (each of
several parties, equal instalments).

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from analysis.money.amounts import find_amounts
from analysis.money.multiples import shared_by
from analysis.text import article_from_text, split_sentences
from tests.money.helpers import M, splits_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both Chile and Peru will each receive $5 million.", ["Chile", "Peru"]),
        ("Three donors each gave $2 million.", ["Three donors"] * 3),
        ("Chile will get $5 million each year.", []),
    ],
)
def test_shared_by(text, expected):
    (sentence,) = split_sentences(article_from_text(text))
    (amount,) = find_amounts(text)
    assert [name for name, _, _ in shared_by(text, sentence, amount)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The $900 million loan will be paid in three equal instalments of $300 million.",
         [(900 * M, [300 * M, 300 * M, 300 * M])]),
        ("The $500 million loan will be disbursed in two tranches of $250 million each.",
         [(500 * M, [250 * M, 250 * M])]),
        # pieces that would exceed the whole are not its parts
        ("The $400 million loan will be paid in three instalments of $300 million.", []),
    ],
)  # fmt: skip
def test_a_whole_paid_in_equal_pieces(text, expected):
    assert splits_of(text) == expected


@pytest.mark.parametrize(
    "text, parts, remainder",
    [
        ("The EU's 500 million euro package includes 100 million euros each for Poland and "
         "Romania, and 50 million euros for Moldova.",
         [("Poland", 100 * M), ("Romania", 100 * M), ("Moldova", 50 * M)], 250 * M),
        ("The $90 million grant programme gives $30 million to each of the three provinces.",
         [("the three provinces", 30 * M)] * 3, 0),
    ],
)  # fmt: skip
def test_a_sum_each_for_several_named_after_it_counts_once_per_party(text, parts, remainder):
    (allocation,) = find_allocations(text)
    assert [(p.recipient_text, p.amount.value) for p in allocation.parts] == parts
    assert allocation.remainder.value == remainder


GAPPED_MEMBERS = [
    # "A and B will each give $X, and C $Y": C's clause leaves out the verb it shares
    "Donors pledged $900 million for Vesta on Friday. Ostia and Brindia will each give "
    "$250 million, and the regional bank $400 million.",
    "Donors pledged $900 million for Vesta on Friday. Ostia and Brindia will give "
    "$250 million each, and the regional bank $400 million.",
]


@pytest.mark.parametrize("text", GAPPED_MEMBERS)
def test_a_pair_giving_each_and_a_gapped_giver_are_all_parts_of_the_pledged_total(text):
    assert splits_of(text) == [(900 * M, [250 * M, 250 * M, 400 * M])]


def test_a_gapped_giver_over_the_total_is_no_part():
    text = ("Donors pledged $900 million for Vesta on Friday. Ostia gave $250 million, and "
            "the regional bank $1,200 million.")  # fmt: skip
    assert all(1_200 * M not in parts for _, parts in splits_of(text))
