"""Sides told in another sentence than the transfer verb, on made-up articles.

A buyer who signed contracts is the buyer of each contract a later sentence places with a
company; a pair of states that signs a deal is its two sides; a contract told back by its
item is that item's, not its kind's. Each expected row is ``(supplier, recipient, item,
status, quantity)`` worked out by hand from CONVENTIONS.md (``-`` for "not stated"); a case
passes when every expected row is found and every row given is expected.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

A = "agreed"

CASES = [
    # -- the buyer signed contracts in one sentence; each contract names its builders later,
    # the headline's state and the lead's ministry being one side
    (
        "Peru signs naval contracts\n\nPeru's defence ministry on Monday signed contracts with "
        "local shipyards for 12 patrol vessels and four corvettes. The contract for the "
        "acquisition of 12 patrol vessels was signed with Navantia and Naval Group at a cost of "
        "$300 million. Eight will be built by Navantia. The contract for the acquisition of "
        "four corvettes was signed with Fincantieri.",
        [
            ("Navantia", "Peru", "patrol", A, None),
            ("Naval Group", "Peru", "patrol", A, None),
            ("Fincantieri", "Peru", "corvette", A, None),
        ],
    ),
    # -- a contract told back by its item is that item's: the corvettes are not Navantia's
    (
        "Chile's navy signed contracts for eight patrol vessels and four corvettes. The contract "
        "for the eight patrol vessels was signed with Navantia. The contract for the four "
        "corvettes was signed with Fincantieri.",
        [
            ("Navantia", "Chile", "patrol", A, "eight"),
            ("Fincantieri", "Chile", "corvette", A, "four"),
        ],
    ),
    # -- "the two nations" signs: the pair named before it (in its sentence or the one
    # before); the one that does not receive supplies
    (
        "In a boost to ties between Peru and Spain, the two nations on Friday signed a contract "
        "for the supply of 80 tanks for the Peruvian Army.",
        [("Spain", "Peru", "tank", A, "80")],
    ),
    (
        "Defence officials of Chile and Italy met in Rome. Both governments then signed a contract "
        "for the supply of 20 howitzers for the Chilean Army.",
        [("Italy", "Chile", "howitzer", A, "20")],
    ),
    # -- three states named before: which two "the two nations" are is not known
    (
        "Officials of Peru, Chile and Spain met in Lima. The two nations signed a contract for "
        "80 tanks for the Peruvian Army.",
        [("-", "Peru", "tank", A, "80")],
    ),
    # -- a deal told by its two sides alone, its contents next: a company supplies a state;
    # between two states, the maker of the items; with neither, two readings and no row
    (
        "The Chilean navy finalised an order with Navantia on Monday. The order covers four "
        "corvettes.",
        [("Navantia", "Chile", "corvette", A, None)],
    ),
    (
        "Chile signed a deal with Germany on Monday. The deal includes 40 Leopard 2 tanks.",
        [("Germany", "Chile", "Leopard 2", A, None)],
    ),
    ("Chile signed a deal with Peru on Monday. The package includes 12 howitzers.", []),
    # -- "the kingdom", "the island nation": the one state the sentence before names that
    # is not the other side; with two such states, none
    (
        "Spain's defence minister visited Oman on Monday. Spain will sell 12 howitzers to the "
        "sultanate.",
        [("Spain", "Oman", "howitzer", "planned", "12")],
    ),
    (
        "Japan's foreign minister arrived in Fiji on Sunday. Japan will provide patrol boats to "
        "the island nation.",
        [("Japan", "Fiji", "patrol", "planned", None)],
    ),
    (
        "Spain's defence minister visited Oman and Qatar on Monday. Spain will sell 12 "
        "howitzers to the Gulf state.",
        [("Spain", "(unresolved)", "howitzer", "planned", "12")],
    ),
    # -- "them" in a quotation of one state's official: the one other state told just
    # before; never the speaker's own side, and nothing when two are told
    (
        "Chile's defence minister spoke about Bolivia on Monday. \"We will send them more "
        'rocket launchers," the minister said.',
        [("Chile", "Bolivia", "rocket launcher", "planned", None)],
    ),
    (
        "Chile's defence minister met reporters in Santiago. \"We will send them more "
        'launchers," the minister said.',
        [],
    ),
    (
        "Chile's defence minister met his counterparts from Bolivia and Peru. \"We will send "
        'them more launchers," the minister said.',
        [],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_sides_told_elsewhere(text, expected):
    assert check(text, expected) == []
