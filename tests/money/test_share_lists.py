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
