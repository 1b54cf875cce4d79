"""Tests for analysis.money.bystanders: unit prices, baselines of a change, a sum restated with
looser bounds, and superlative references take no part in a split.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.amounts import find_amounts
from analysis.money.bystanders import bystander_reason, restates_within_bounds
from tests.money.helpers import B, M, splits_of

REASONS = [
    ("Each jet costs $90 million a plane.", ["unit price"]),
    ("Earnings were $2.10 per share.", ["unit price"]),
    ("The drones cost $2 million apiece.", ["unit price"]),
    ("The loan costs $5 million per year.", [""]),  # a period: an instalment, not a price
    ("Sales rose to $9 billion from $8 billion.", ["", "baseline"]),
    ("Sales grew 6% to $9 billion, up from $8.5 billion.", ["", "baseline"]),
    ("Profit was $1 billion, compared with $900 million.", ["", "baseline"]),
    ("Orders hit $4 billion, against $3 billion a year earlier.", ["", "baseline"]),
    ("The army will take $5 billion from the $20 billion fund.", ["", ""]),
]


@pytest.mark.parametrize("text, expected", REASONS)
def test_bystander_reason(text, expected):
    assert [bystander_reason(text, a) for a in find_amounts(text)] == expected


BOUNDS = [
    ("$1.1 billion", "more than $1 billion", True),
    ("$820 million", "about $800 million", True),
    ("$10 billion", "more than $9 billion", True),  # bounds alone: the caller checks the nouns
    ("$10 billion", "more than $6 billion", False),
    ("$10 billion", "$9.5 billion", False),  # an exact sum is a part, not a restatement
    ("$10 billion", "about €10 billion", False),
]


@pytest.mark.parametrize("total, part, expected", BOUNDS)
def test_restates_within_bounds(total, part, expected):
    (t,), (p,) = find_amounts(total), find_amounts(part)
    assert restates_within_bounds(t, p) is expected


SPLITS = [
    # per-share figures after "compared with" are neither a total nor its parts
    ("Net income was $910 million, or $3.12 per share, compared with $850 million, or "
     "$2.90 per share, a year earlier.", []),
    # the budget before the rise is no total: "It" is the new budget
    ("The budget rose to 48 billion euros, up from 45 billion euros. It includes 12 billion "
     "euros for procurement.", [(48 * B, [12 * B])]),
    # "That figure" is this year's orders, not last year's the sentence compared them with
    ("Orders for the group reached $8.1 billion, up from $7.4 billion in orders a year "
     "earlier. That figure includes $2 billion in orders for frigates.", [(8.1 * B, [2 * B])]),
    # "the largest single contract of the year" is one of many, not the deal named before
    ("The navy signed a $900 million deal for two tankers with a Korean yard. The largest "
     "single contract of the year, a $650 million order for torpedoes, went to an Italian "
     "firm.", []),
    # a superlative still picks a member of a total of several contracts
    ("The army let nine contracts worth $2.4 billion last week. The largest radar contract "
     "was a $310 million award to a Danish firm.", [(2.4 * B, [310 * M])]),
    # the headline's figure and the lede's looser one are the same deals: the parts go to
    # the lede's total, and the headline's is not split into the lede's
    ("Airbus, Leonardo Unit Win $1.1B In Navy Drone Deals\n\nThe Navy has awarded two drone "
     "deals worth more than $1 billion to Airbus and a unit of Leonardo, officials said on "
     "Tuesday. The awards include a $600 million deal to Airbus for maritime drones and a "
     "$550 million deal to the Leonardo unit for sensors.",
     [(1 * B, [600 * M, 550 * M])]),
    ("Saab Wins $820M In Swedish Radar Contracts\n\nSaab has won radar contracts worth about "
     "$800 million from the Swedish army. The contracts include a $500 million order for "
     "ground radars.", [(800 * M, [500 * M])]),
    # a bounded part of another kind stays a part
    ("The ministry approved a $10 billion package, of which more than $9 billion is for "
     "weapons.", [(10 * B, [9 * B])]),
    ("The $1.2 billion aid package includes more than $1 billion in military aid.",
     [(1.2 * B, [1 * B])]),
    # the dirham as the Gulf press writes it
    ("The UAE signed deals worth Dh4 billion, including a Dh2.5 billion deal for tankers and "
     "a Dh900 million deal for radars.", [(4 * B, [2.5 * B, 900 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", SPLITS)
def test_bystanders_in_splits(text, expected):
    assert splits_of(text) == expected


def test_a_baseline_is_never_the_total_a_later_sentence_refers_to():
    text = ("Net sales for the group reached $8.1 billion, an increase from the $7.4 billion in "
            "sales it saw last year. That number was buoyed by the land division, which saw "
            "sales jump 17 percent to more than $2 billion.")  # fmt: skip
    assert 7.4 * B not in [total for total, _ in splits_of(text)]
