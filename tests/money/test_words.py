"""Tests for how a remainder is worded (analysis.money.words, .remainder, .tables): honest words.

Expected wording written by hand from the conventions: a bound says "at least"/"at most"
(never "at least about"), an approximate difference "about", a zero "nothing left unitemised".
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import allocation_from_text
from analysis.money.amounts import find_amounts
from analysis.money.remainder import compute_remainder
from analysis.money.tables import split_rows
from analysis.money.words import describe_remainder


@pytest.mark.parametrize(
    "text, words, label",
    [
        ("more than $50 billion: some $30 billion, $8 billion", "at least $12B", "at_least"),
        ("some $50 billion: $30 billion, $18 billion", "about $2B", "approx"),
        ("$50 billion: $30 billion, $20 billion", "nothing left unitemised", "exact"),
        ("up to $50 billion: $30 billion, $20 billion", "nothing left unitemised", "exact"),
        ("$50 billion: $30 billion, $25 billion", "none: the parts exceed the total by $5B",
         "overspent"),
        ("$40-50 billion: $30 billion", "$10B to $20B", "at_least"),
    ],
    ids=["more than", "about", "exactly spent", "up to, filled", "overspent", "range"],
)  # fmt: skip
def test_remainder_in_plain_words(text, words, label):
    total, *parts = find_amounts(text)
    remainder = compute_remainder(total, parts)
    assert describe_remainder(remainder, "USD") == words
    assert remainder.label == label


def test_an_explicit_total_carries_the_qualifier_the_user_typed():
    split = allocation_from_text("about $10 billion", {"Poland": "$4 billion"})
    row = split_rows(split)[-1]
    assert (row["Kind"], row["In words"], row["Qualifier"]) == ("remainder", "about $6B", "approx")
