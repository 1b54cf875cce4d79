"""Tests for analysis.money.share_lists: shares of a total beyond the first, computed from
it: the verb left out ("and 40% to schools"), a share in words, "is for".

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from tests.money.helpers import M, splits_of

SHARES = [
    # a share in words, then one with its verb left out
    ("The EU set up a €90 million fund for the region. Sixty percent of the fund goes to "
     "roads and 40 percent to schools.",
     [(90 * M, [54 * M, 36 * M])]),
    # three shares, "while ... goes to" and "and ... to"
    ("The EU set up a €90 million fund. 60% of the fund will go to roads, while 30% goes to "
     "schools and 10% to clinics.",
     [(90 * M, [54 * M, 27 * M, 9 * M])]),
    # fractions and "is for"
    ("The agency unveiled a £40m package. Half of the package is for housing, and a quarter "
     "for transport.",
     [(40 * M, [20 * M, 10 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", SHARES)
def test_shares_are_parts_computed_from_the_total(text, expected):
    assert splits_of(text) == expected
    assert all(p.computed for a in find_allocations(text) for p in a.parts)


def test_the_first_share_is_for_what_comes_before_the_second():
    text = (
        "The ministry received a budget of Rs 500 crore this year. About 30 per cent of the "
        "budget will be spent on salaries and 20 per cent on pensions."
    )
    (allocation,) = find_allocations(text)
    assert [(p.amount.value, p.recipient_text) for p in allocation.parts] == [
        (1_500_000_000, "salaries"),
        (1_000_000_000, "pensions"),
    ]


def test_two_recipients_of_one_share_are_not_two_shares():
    text = "The fund holds $10 million. Half of it went to schools and the Red Cross."
    assert splits_of(text) == [(10 * M, [5 * M])]


SERIES = [
    # a dash after the sum's clause, then shares joined by commas
    ("The $60 million raised so far has gone to the flood zone – 50% for food, 30% for "
     "shelter, and 20% for clinics.",
     [(60 * M, [30 * M, 18 * M, 12 * M])]),
    # "Of the $X," opening the sentence
    ("Of the €40 million, 75% went to the northern towns and 25% to the coast.",
     [(40 * M, [30 * M, 10 * M])]),
    # a colon after the sum
    ("Velmar's council approved £20m for the harbour: 60% for the quay and 40% for dredging.",
     [(20 * M, [12 * M, 8 * M])]),
]  # fmt: skip

SERIES_TRAPS = [
    # percentages of change after a dash: no "for/to" after them, no split
    "Exports reached $80 million – 12% more than last year, 5% above the forecast.",
    # shares that add up to more than the whole are no breakdown of it
    "The $50 million fund – 70% for roads, 60% for rail – was approved.",
    # a single share after the dash is not a series
    "The $50 million fund – 70% for roads – was approved.",
]


def test_a_share_series_after_a_sum_splits_it():
    for text, expected in SERIES:
        assert splits_of(text) == expected, text
        assert all(p.computed for a in find_allocations(text) for p in a.parts)


def test_no_share_series_when_the_shares_are_no_breakdown():
    for text in SERIES_TRAPS:
        assert splits_of(text) == [], text


def test_a_computed_part_has_no_binary_fraction_noise():
    # 69% and 31% of 80 million are 55.2 and 24.8 million exactly, as a reader works them out
    text = "Ostrava's council set aside €80 million for the flood – 69% for housing, 31% for roads."
    parts = [p.amount.value for a in find_allocations(text) for p in a.parts]
    assert parts == [55_200_000.0, 24_800_000.0]
    assert repr(parts[0]) == "55200000.0"
