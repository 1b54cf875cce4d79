"""Tests for analysis.money.adjacent: sentences that open with a sum and a verb of
allocation, right after a total naming a shared-out whole, are its parts.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import M, cues_of, splits_of

ADJACENT = [
    # "more than" total, two sentences each opening with its sum, no linking word
    ("The ministry unveiled a fund worth more than $90 million. $30 million will be "
     "earmarked for clinics. $25 million will go to schools.",
     [(90 * M, [30 * M, 25 * M])]),
    # a budget, present tense, a passive and an active verb
    ("The council approved a budget of £50m. £20m goes to roads. £10m is allocated to parks. "
     "The mayor said it was fair.",
     [(50 * M, [20 * M, 10 * M])]),
    # one part is enough when its verb allocates it
    ("The agency set up a relief package worth €12 million. €4 million will be channelled "
     "to shelters.",
     [(12 * M, [4 * M])]),
    # verbs of what the money does, and "A further" sum going on with the run
    ("The bank opened a facility worth €50 million for Tarnia. About €38 million will "
     "support the state budget. A further €8 million will back investment.",
     [(50 * M, [38 * M, 8 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", ADJACENT)
def test_sums_opening_the_next_sentences_are_parts(text, expected):
    assert splits_of(text) == expected
    assert "adjacent_parts" in cues_of(text)


NOT_ADJACENT = [
    # the sums add up to more than the total: no list of its parts
    "The government approved a package worth $50 million. $80 million will go to schools.",
    # a contract is one sum, not a whole made to be shared out
    "The company won a contract worth $900 million. $300 million will go to the subcontractor.",
    # another period's money stops the run at once
    "The ministry announced a fund worth $90 million. $30 million was spent on clinics last "
    "year, officials said. $25 million will go to schools.",
    # the sum does not open its sentence and no verb allocates it
    "The ministry announced a fund worth $90 million. Critics noted that $30 million had "
    "vanished.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_ADJACENT)
def test_no_adjacent_parts(text):
    assert "adjacent_parts" not in cues_of(text)
    assert all(total != 90 * M or not parts for total, parts in splits_of(text))
