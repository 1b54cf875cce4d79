"""Tests for analysis.money.partitives: "A out of (a total ... of) B" makes the first sum
a part of the second, and the total then takes the parts stated after it.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.amounts import find_amounts
from analysis.money.partitives import group_partitives
from tests.money.helpers import B, M, splits_of

PARTITIVES = [
    # the part names no recipient, the whole is a noun phrase ending in "of"
    ("The navy received $40 million out of a total aid budget of $90 million.",
     [(90 * M, [40 * M])]),
    # "out of the", the whole named after the total
    ("The ministry spent €12 million out of the €30 million it had set aside for repairs.",
     [(30 * M, [12 * M])]),
    # a bracketed restatement in another currency between the part and "out of"
    ("The army gets 50 billion rupees ($600 million) out of a total defence budget of "
     "120 billion rupees.",
     [(120 * B, [50 * B])]),
    # the total goes on with the parts of the next sentence, said of the same budget
    ("The army gets $50 million out of a total defence budget of $100 million. The air force "
     "gets $30 million, while the navy gets $15 million.",
     [(100 * M, [50 * M, 30 * M, 15 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", PARTITIVES)
def test_out_of_makes_a_part_of_the_sum_after_it(text, expected):
    assert splits_of(text) == expected


NOT_PARTITIVES = [
    # the first sum is the larger: "out of" does not make it a part
    "The fund paid $90 million out of a reserve of $40 million.",
    # another currency
    "The club paid £20 million out of a budget of $90 million.",
    # not "out of" between them
    "The navy received $40 million, and a total aid budget of $90 million was approved.",
]


@pytest.mark.parametrize("text", NOT_PARTITIVES)
def test_no_partitive_without_out_of_a_larger_sum(text):
    assert group_partitives(text, find_amounts(text), [None, None], set()) == []


def test_a_sum_already_grouped_is_left_alone():
    text = "The navy received $40 million out of the $90 million."
    amounts = find_amounts(text)
    assert group_partitives(text, amounts, [None, None], {amounts[0].start}) == []


AFTER_GETS = [
    # an article and an evaluative word between "gets" and the next part's sum
    ("The coast guard receives $3m out of a total security budget of $20m. The Police "
     "Service gets a paltry $5m.",
     [(20 * M, [3 * M, 5 * M])]),
    # the same after "while", with an adverb before the adjective
    ("The army gets 70bn rupees out of a total defence budget of 120bn rupees. The air force "
     "gets 30bn rupees, while the navy gets a comparatively small 15bn rupees.",
     [(120 * B, [70 * B, 30 * B, 15 * B])]),
    # a focus adverb in the same slot
    ("The coast guard receives $3m out of a total security budget of $20m. The police get "
     "only $5m.",
     [(20 * M, [3 * M, 5 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", AFTER_GETS)
def test_a_word_of_size_after_gets_keeps_the_part(text, expected):
    assert splits_of(text) == expected


def test_of_its_named_whole_of_a_sum_makes_the_first_sum_a_part():
    text = "Telmar has handed over $3 million of its relief pledge of $8 million to Ardent."
    assert splits_of(text) == [(8 * M, [3 * M])]
