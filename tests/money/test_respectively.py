"""Tests for analysis.money.respectively: a "respectively" list of sums is a list of sibling
parts of the whole the sentence refers back to, each named after its recipient.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from tests.money.helpers import CR, B, cues_of, splits_of

RESPECTIVE = [
    # the total in the sentence before names a purpose; no reference word needed
    ("The government set aside $10 billion for defence. The army, navy and air force get "
     "$4 billion, $3 billion and $2 billion respectively.",
     [(10 * B, [4 * B, 3 * B, 2 * B])]),
    # "Of this," points back at the total
    ("The country will spend Rs 50,000 crore on defence. Of this, the army, navy and air force "
     "will get Rs 20,000 crore, Rs 10,000 crore and Rs 15,000 crore respectively.",
     [(50_000 * CR, [20_000 * CR, 10_000 * CR, 15_000 * CR])]),
    # a reference to the whole two paragraphs on, and a sum stated beside the list
    ("Ruritania set its defence budget at $9 billion for 2026.\n\nThe parliament debated it "
     "for a week.\n\nThe largest share of the defence budget, $4 billion, goes to the army, "
     "while the navy and the air force get $2 billion and $1.5 billion, respectively.",
     [(9 * B, [4 * B, 2 * B, 1.5 * B])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RESPECTIVE)
def test_a_respective_list_is_a_list_of_parts(text, expected):
    assert splits_of(text) == expected
    assert "respectively" in cues_of(text)


def test_each_sum_is_named_after_its_recipient_in_order():
    text = ("The government set aside $10 billion for defence. The army, navy and air force "
            "get $4 billion, $3 billion and $2 billion respectively.")  # fmt: skip
    (split,) = find_allocations(text)
    assert [p.recipient_text for p in split.parts] == ["army", "navy", "air force"]


def test_a_second_breakdown_of_the_same_total_is_kept_beside_the_first():
    # by category (a composition) and by service (respectively): two splits of one total
    text = ("Parliament approved a defence budget of Rs 1,000 billion.\n\nThe army and the "
            "navy receive Rs 500 billion and Rs 300 billion respectively.\n\nThe defence "
            "budget is divided into "
            "categories: pay (Rs 600 billion), fuel (Rs 150 billion) and arms (Rs 252 "
            "billion).")  # fmt: skip
    assert sorted(splits_of(text)) == [
        (1000 * B, [500 * B, 300 * B]),
        (1000 * B, [600 * B, 150 * B, 252 * B]),
    ]


NOT_RESPECTIVE = [
    # a list of years: one whole in two periods
    ("The budget was $5 billion in 2019. It rose to $6 billion and $7 billion in 2020 and "
     "2021 respectively.",
     []),
    # no reference back and the sum before names no whole and no purpose
    ("Spending on defence was $40 billion. Britain and France spent $20 billion and $15 "
     "billion respectively.",
     []),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", NOT_RESPECTIVE)
def test_no_respective_parts_for_periods_or_without_a_whole(text, expected):
    assert splits_of(text) == expected
