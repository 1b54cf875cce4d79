"""Transfers told as procurement and export news: contracts, orders, selections, operators.

Made-up sentences in the shapes defence trade press uses for a government buying from a maker
or another state. Each expected row was worked out by hand from CONVENTIONS.md (dev set):
``(supplier, recipient, item, status, quantity)``, checked as in ``test_varied_sentences``
(``-`` is "not stated", statuses separated by ``|`` are all acceptable, quantity ``None`` is
not checked).
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

A, D, P = "agreed", "delivered", "planned"

CASES: list[tuple[str, list[tuple]]] = [
    # -- what a contract or order covers: a linking verb on the deal noun, in its own clause
    #    or in a relative clause hanging on it (or on its with-phrase) -----------------------
    ("The contract covers 36 Rafale fighters for the Indian Air Force.",
     [("-", "Indian Air Force", "Rafale", A, "36")]),
    ("Peru signed a contract with Navantia covering four frigates.",
     [("Navantia", "Peru", "frigate", A, "four")]),
    ("Saab signed a contract with Brazil covering the production of 36 Gripen fighters.",
     [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Chile's order, which includes 12 Black Hawk helicopters, was placed last year.",
     [("-", "Chile", "Black Hawk", A, "12")]),
    # -- a company that signs a contract "for" a buyer sells to it ---------------------------
    ("Saab signed a contract covering the production of 36 Gripen fighters for the Brazilian "
     "Air Force.", [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Rheinmetall has signed a contract for 50 Boxer armoured vehicles for the Dutch army.",
     [("Rheinmetall", "Netherlands", "Boxer", A, "50")]),
    # a government that signs "for" its own army is the buyer, not a seller
    ("Peru signed a contract for 12 helicopters for its army.",
     [("-", "Peru", "helicopter", A, "12")]),
    # -- a weapon's owner is who a buyer gets it from ("Saab's Gripen") ----------------------
    ("Peru bought Saab's Gripen fighters in 2019.",
     [("Saab", "Peru", "Gripen", "delivered|agreed", None)]),
    ("Brazil ordered 36 of Saab's Gripen fighters.", [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Chile's army ordered Israel's Spike missiles.", [("Israel", "Chile", "Spike", A, None)]),
    # the buyer's own approval of a purchase from a named maker: the approver's side buys
    ("India's cabinet cleared the purchase of Boeing's Apache helicopters.",
     [("Boeing", "India", "Apache", A, None)]),
    ("Peru's congress approved the acquisition of Airbus's A400M aircraft.",
     [("Airbus", "Peru", "A400M", A, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_procurement_sentence(text, expected):
    assert check(text, expected) == []
