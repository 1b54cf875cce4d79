"""Contract and supply news read as a careful reader would (session 10, transfers-2).

Made-up sentences; each expected row was worked out by hand from CONVENTIONS.md:
``(supplier, recipient, item, status, quantity)``, checked as in ``test_varied_sentences``
(``-`` is "not stated", statuses separated by ``|`` are all acceptable, quantity ``None`` is
not checked).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.grammar import parse_sentence
from analysis.transfers.records import Transfer
from analysis.transfers.seller import place_by_own_industry
from tests.transfers.test_varied_sentences import check

A, D, P = "agreed", "delivered", "planned"

CASES: list[tuple[str, list[tuple]]] = [
    # -- "and other partner nations" ends a list of recipients; "other" is no noun ---------
    ("Lockheed Martin will build ten patrol boats for Chile, Peru and other partner nations.",
     [("Lockheed Martin", "Chile", "patrol boat", "planned|agreed", None),
      ("Lockheed Martin", "Peru", "patrol boat", "planned|agreed", None)]),
    # -- a cutter is a patrol vessel --------------------------------------------------------
    ("Lockheed Martin will deliver four 90-foot cutters to the Kenyan Navy.",
     [("Lockheed Martin", "Kenya", "patrol boat", P, None)]),
    # -- a company's contract with a ministry to supply runs from the company ------------
    ("Bharat Dynamics signs contract with Ministry of Defence of Peru to supply 300 "
     "anti-tank missiles",
     [("Bharat Dynamics", "Peru", "anti-tank missile", A, None)]),
    # -- armour is military equipment (Wassenaar ML13) -------------------------------------
    ("Lockheed Martin has already provided armour to 900 US Army vehicles.",
     [("Lockheed Martin", "United States", "armour", D, None)]),
    # -- "the company" is the one company the article named --------------------------------
    ("Rheinmetall won a $50m order from the Dutch army last week. Under the order, the "
     "company will provide armour systems to the Dutch army.",
     [("Rheinmetall", "Netherlands", "armour", "planned|agreed", None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_contract_sentence(text, expected):
    assert check(text, expected) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme will build boats for Chile, Peru and other partner nations.",
         "for='Chile, Peru and other partner nations'"),
        ("One deal was signed with Acme; the other went to Beta.", "subject='the other'"),
        ("The two armies trained with each other.", "with='each other'"),
        ("Acme signed deals for the jets with 22 countries and its output is sold out.",
         "with='22 countries'"),
    ],
)  # fmt: skip
def test_other_is_no_noun(text, expected):
    assert any(expected in clause for clause in parse_sentence(text).describe())


CASES_MORE: list[tuple[str, list[tuple]]] = [
    # -- what a contract binds a maker to is agreed; what it did under one keeps its tense --
    ("Lockheed Martin is under contract to supply two patrol boats to the Peruvian Navy.",
     [("Lockheed Martin", "Peru", "patrol boat", A, None)]),
    ("Under the contract, Lockheed Martin has delivered six frigates to Peru.",
     [("Lockheed Martin", "Peru", "frigate", D, None)]),
    # -- a negation written in capitals for stress is a negation ---------------------------
    ("Chile has NEVER sold tanks to Peru.", [("Chile", "Peru", "tank", "negated", None)]),
    # -- "it" in a claim a side denies is the denier; a weekday after the subject tells when
    ("Headline\n\nThe United States Wednesday denied Russia's claim that it is arming "
     "Ukraine's army.",
     [("United States", "Ukraine", "weapon", "denied", None)]),
    # -- "the 20 tanks" is the one named tank told before ---------------------------------
    ("Peru ordered Leopard 2 tanks from Spain. Spain will send the 20 tanks to Peru in 2027.",
     [("Spain", "Peru", "Leopard 2", A, None), ("Spain", "Peru", "Leopard 2", P, "20")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_MORE, ids=[c[0][:60] for c in CASES_MORE])
def test_contract_sentence_more(text, expected):
    assert check(text, expected) == []


def _row(recipient: str) -> Transfer:
    return Transfer("Acme", "Acme", recipient, "", "", "radar", "radars", "", "agreed", "", "",
                    "", "", "contract", 2, "", 0, 0, 0, 0)  # fmt: skip


@pytest.mark.parametrize(
    "text, countries, expected",
    [
        (
            "The ministry relies on domestic firms like Acme.",
            ["CHL"],
            "Ministry of Defence (Chile)",
        ),
        ("The ministry buys from Acme.", ["CHL"], "Ministry of Defence (country not stated)"),
        ("It backs local industry.", ["CHL", "PER"], "Ministry of Defence (country not stated)"),
    ],
)
def test_ministry_placed_by_its_own_firms(text, countries, expected):
    firms = [SimpleNamespace(kind="actor", name=f"F{c}", type="company", country=c)
             for c in countries]  # fmt: skip
    rows = [_row("Ministry of Defence (country not stated)")]
    out = place_by_own_industry(rows, firms, text, {"CHL": "Chile", "PER": "Peru"})
    assert out[0].recipient == expected
