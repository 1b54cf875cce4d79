"""Tests for analysis.money.siblings: a pair of sums joined by "with" that adds up to the
whole stated just before is two parts of that whole.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import M, splits_of


def test_a_pair_joined_by_with_is_two_parts_of_the_fee_before():
    text = (
        "Tarvel signed the winger for a fee of £80m. The club will pay £72m up front, "
        "with £8m in add-ons."
    )
    assert splits_of(text) == [(80 * M, [72 * M, 8 * M])]


def test_a_pair_that_does_not_add_up_stays_as_read():
    # £72m + £5m is not the £80m fee: "with" keeps its own reading
    text = (
        "Tarvel signed the winger for a fee of £80m. The club will pay £72m up front, "
        "with £5m in add-ons."
    )
    assert all(total != 80 * M for total, _ in splits_of(text))


def test_an_explicit_of_it_is_not_undone():
    # "$2bn of it" names the $3bn: the words win over the arithmetic
    text = (
        "Norland approved a $5 billion package on Monday. Officials will spend $3 billion "
        "in the north, with $2 billion of it for rail."
    )
    assert (3_000 * M, [2_000 * M]) in splits_of(text)
