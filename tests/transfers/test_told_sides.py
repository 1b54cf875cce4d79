"""Sides and items told twice (issue 12), on made-up articles.

Each expected row is ``(supplier, recipient, item, status, quantity)`` worked out by hand
from CONVENTIONS.md (``-`` for "not stated"); a case passes when every expected row is
found and every row given is expected.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D, P, A = "delivered", "planned", "agreed"

CASES = [
    # -- a name in commas after the to- or from-phrase names that side; "by" still supplies
    (
        "The drones were delivered to Kurdish fighters, the Peshmerga (KPF), by Peru.",
        [("Peru", "Peshmerga", "drone", D, None)],
    ),
    ("Peru sent 40 rifles to its ally, Chile, last month.", [("Peru", "Chile", "rifle", D, "40")]),
    (
        "Chile bought 12 tanks from the maker, Rheinmetall, in 2020.",
        [("Rheinmetall", "Chile", "main battle tank", D, "12")],
    ),
    # -- a demonym inside a noun of a people or kin is no state: no supplier, not a wrong one
    (
        "Mortars were handed to the Peshmerga by their Peruvian Kurdish brethren.",
        [("-", "Peshmerga", "mortar", D, None)],
    ),
    ("Peruvian tribesmen sold rifles to the Peshmerga.", [("-", "Peshmerga", "rifle", D, None)]),
    (
        "Rifles were sent to the Peshmerga by the Chilean diaspora.",
        [("-", "Peshmerga", "rifle", D, None)],
    ),
    # -- "these systems" points back to the one weapon of the sentence before: the same deal
    (
        "Peru ordered 12 howitzers from Chile last year. These systems will be delivered to the "
        "Peruvian army in May.",
        [("Chile", "Peru", "howitzer", A, "12")],
    ),
    (
        "Peru ordered 12 howitzers from Chile in 2020. Chile sent these weapons to Peru in May.",
        [("Chile", "Peru", "howitzer", D, "12")],
    ),
    # -- "the guns" tells back the one gun-like weapon just named, not a tank
    (
        "Peru ordered 12 howitzers from Chile last year. The guns will be delivered to the "
        "Peruvian army in May.",
        [("Chile", "Peru", "howitzer", A, "12")],
    ),
    (
        "Peru ordered 12 tanks from Chile last year. Chile will deliver the guns in May.",
        [("Chile", "Peru", "main battle tank", A, "12"), ("Chile", "Peru", "guns", P, None)],
    ),
    # -- a list after the relative clause names the items; the clause's recipient stays
    (
        "Peru said the equipment it pledged to send to Chile, including rifles and radios, would "
        "arrive soon.",
        [("Peru", "Chile", "rifle", P, None), ("Peru", "Chile", "radios", P, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_sides_told_twice(text, expected):
    assert check(text, expected) == []


def test_these_systems_after_two_weapons_take_neither():
    # two weapons before: two readings, so "these systems" is no howitzer and no radar
    rows = check(
        "Peru ordered 12 howitzers and six radars from Chile last year. These systems will "
        "be delivered to the Peruvian army in May.",
        [("Chile", "Peru", "howitzer", A, "12"), ("Chile", "Peru", "radar", A, "six")],
    )
    assert not any("howitzer" in r or "radar" in r for r in rows if r.startswith("unexpected"))
