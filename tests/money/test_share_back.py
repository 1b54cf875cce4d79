"""Tests for analysis.money.share_back: "This constitutes N% of <total>" after a sum makes
that sum a part of the total, when N agrees with the values.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import B, M, cues_of, splits_of

STATED_SHARES = [
    # 25 / 100 = 25%
    ("The board set aside $25 million for repairs. This represents 25% of the $100 million "
     "raised this year.",
     [(100 * M, [25 * M])]),
    # 1.2 / 4 = 30%, "about", "per cent", the total named after "of the total"
    ("Officials said €1.2 billion went to hospitals. It is about 30 per cent of the total of "
     "€4 billion.",
     [(4 * B, [1.2 * B])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", STATED_SHARES)
def test_a_stated_share_makes_the_sum_before_a_part(text, expected):
    assert splits_of(text) == expected
    assert "stated_share" in cues_of(text)


NOT_STATED_SHARES = [
    # 25 / 100 is not 60%: the share is of something else
    "The board set aside $25 million for repairs. This represents 60% of the $100 million "
    "raised this year.",
    # another currency
    "The board set aside £25 million for repairs. This represents 25% of the $100 million "
    "raised this year.",
    # no pronoun for the sum before: a share of another subject
    "The board set aside $25 million for repairs. Salaries take 25% of the $100 million "
    "raised this year.",
]


@pytest.mark.parametrize("text", NOT_STATED_SHARES)
def test_no_stated_share_when_it_disagrees_or_names_another_subject(text):
    assert "stated_share" not in cues_of(text)
