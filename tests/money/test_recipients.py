"""Tests for analysis.money.recipients: a sentence whose subject names again the recipient
of an earlier sum, and lists what it pays for, splits that sum.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import B, M, cues_of, splits_of

RECIPIENT_LISTS = [
    ("The state has given $900 million to the agency through 2030. The agency will fund "
     "projects including a $200 million contract with a shipyard and a $50 million contract "
     "with a drone maker.",
     [(900 * M, [200 * M, 50 * M])]),
    # the recipient named with modifiers; "such as" opens the list
    ("Parliament allocated €4 billion to the Coastal Defence Fund this year. The fund pays for "
     "items such as €1 billion of radars and €500 million of patrol boats.",
     [(4 * B, [1 * B, 500 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RECIPIENT_LISTS)
def test_the_recipient_s_own_list_splits_its_sum(text, expected):
    assert splits_of(text) == expected
    assert "recipient_list" in cues_of(text)


NOT_RECIPIENT_LISTS = [
    # the subject is another noun than the recipient
    "The state has given $900 million to the agency. The navy will buy items including a "
    "$200 million radar.",
    # no list word before the sum
    "The state has given $900 million to the agency. The agency said a $200 million "
    "contract was delayed.",
    # the listed sums exceed the sum given
    "The state has given $300 million to the agency. The agency will fund projects including "
    "a $200 million contract and a $150 million contract.",
]


@pytest.mark.parametrize("text", NOT_RECIPIENT_LISTS)
def test_no_recipient_list_without_the_same_noun_a_list_word_and_room(text):
    assert "recipient_list" not in cues_of(text)
