"""Tests for analysis.money.headline: a sum the headline states, split in a body that never
states it again.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import M, cues_of, splits_of

HEADLINE = [
    # the body's sums add up to the headline's exactly
    ("EU pledges €50m for flood victims\n\nThe European Union said on Monday it would help "
     "the flood-hit regions. €30m will go to Greece and €20m to Bulgaria, the Commission said.",
     [(50 * M, [30 * M, 20 * M])]),
    # the body opens on the money: the parts need not add up
    ("Canada to spend C$900 million on aid\n\nOttawa announced the plan on Friday. The money "
     "includes C$400 million for food and C$200 million for health, officials said.",
     [(900 * M, [400 * M, 200 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", HEADLINE)
def test_body_sums_are_parts_of_the_headline_sum(text, expected):
    assert splits_of(text) == expected
    assert "headline_total" in cues_of(text)


NOT_HEADLINE = [
    # one sum that neither adds up nor follows words about the money
    "Firm wins $500m contract\n\nThe company said on Monday it won a contract. Separately, "
    "$200m will go to a rival.",
    # the body has a sum as large as the headline's: a whole of its own
    "EU pledges €50m for flood victims\n\nLast year the EU gave €60m to the region. €30m went "
    "to Greece and €20m to Bulgaria.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_HEADLINE)
def test_no_headline_split(text):
    assert "headline_total" not in cues_of(text)
