"""Tests for analysis.money.segments: a company's result split by its segments.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import B, cues_of, splits_of

SEGMENTS = [
    # a segment with a verb, then segments that go on without one
    ("Thales reported revenue of €18.4 billion. Its defence segment brought in €9.8 billion, "
     "aerospace €5.2 billion and digital identity €3.4 billion.",
     [(18.4 * B, [9.8 * B, 5.2 * B, 3.4 * B])]),
    # a unit's sales are a part; another unit's profit is not, its sales have no segment word
    ("Lockheed reported net sales of $13 billion for the quarter. Missiles and Fire Control, "
     "its missile unit, saw sales rise to $2.5 billion. Rotary and Mission Systems turned a "
     "profit of $340 million on sales of $3.6 billion.", [(13 * B, [2.5 * B])]),
    # last year's figures are baselines, not totals or parts
    ("Rheinmetall's sales climbed to €7.2 billion, up from €6.4 billion. The weapons division "
     "posted sales of €2.6 billion, up from €2.1 billion, while the vehicle division generated "
     "€3.1 billion.", [(7.2 * B, [2.6 * B, 3.1 * B])]),
    # orders split by business
    ("BAE Systems said order intake reached £37 billion. The company's air business booked "
     "£12 billion of orders, and its maritime arm £9 billion.", [(37 * B, [12 * B, 9 * B])]),
]  # fmt: skip

NOT_SEGMENTS = [
    # a profit is split by no rule of segments (profit is not a result word of sales)
    "The group's profit was $2 billion. Its defence unit earned $1.2 billion.",
    # a unit's cost is not its share of revenue
    "Revenue rose to $10 billion. The company's shares rose 3%. A new unit will cost $500 "
    "million to build.",
    # segments that would exceed the total are not linked
    "Saab reported sales of $4 billion. Its aeronautics segment posted sales of $3 billion and "
    "its dynamics segment posted sales of $2 billion.",
]  # fmt: skip


@pytest.mark.parametrize("text, expected", SEGMENTS)
def test_segments_split_a_company_result(text, expected):
    assert splits_of(text) == expected
    assert "segment" in cues_of(text)


@pytest.mark.parametrize("text", NOT_SEGMENTS)
def test_no_segments_split(text):
    assert "segment" not in cues_of(text)
