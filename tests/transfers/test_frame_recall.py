"""Transfers missed for a too narrow frame, item or status word (session 14): made-up
sentences read with the real lexicon, each shape told in more than one way, with traps
beside it that must give nothing or another reading. Expected rows were worked out by hand
from CONVENTIONS.md, in the format of ``test_varied_sentences``: (supplier, recipient, item,
status, quantity), ``-`` not stated.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D, P, A, PO, IM = "delivered", "planned", "agreed", "possible", "implied"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a copula with an adjective of likelihood before the infinitive: "are likely to" -----
    (
        "Two more corvettes are likely to be handed over to the Peruvian Navy by Acme Shipyards "
        "next year.",
        [("Acme Shipyards", "Peru", "corvette", PO, None)],
    ),
    (
        "Norway is unlikely to sell its used frigates to Chile before 2030.",
        [("Norway", "Chile", "frigate", PO, None)],
    ),
    # trap: a likely attack is no transfer
    ("Rebels are likely to attack the Chilean Army with drones next week.", []),
    # -- a hedging adjective inside the transfer noun: "the possible / potential purchase" ------
    (
        "Chile is studying the possible purchase of 12 used F-16 jets from Norway.",
        [("Norway", "Chile", "F-16", PO, "12")],
    ),
    (
        "Officials discussed a potential sale of howitzers to Ghana by Portugal.",
        [("Portugal", "Ghana", "howitzer", PO, None)],
    ),
    (
        "Peru signed a framework agreement with Norway for the possible purchase of two frigates.",
        [("Norway", "Peru", "frigate", PO, "two")],
    ),
    # trap: an approved "possible sale" (the wording of sale notices) is a sale approved
    (
        "The State Department approved a possible sale of 40 howitzers to Ghana.",
        [("United States", "Ghana", "howitzer", A, "40")],
    ),
    # trap: the noun's hedge is no hedge on a sale told as done
    (
        "After a possible delay, Portugal delivered 20 howitzers to Ghana.",
        [("Portugal", "Ghana", "howitzer", D, "20")],
    ),
    # -- a vehicle noun made military by its modifier: "military automobiles", "military cars" --
    (
        "The Peruvian Ministry of Defence has donated 11 military automobiles worth $2 million "
        "to the Bolivian Army.",
        [("Peru", "Bolivia", "military automobiles", D, "11")],
    ),
    (
        "Norway gave 40 military jeeps and six military boats to the Ghanaian Army.",
        [
            ("Norway", "Ghana", "military jeeps", D, "40"),
            ("Norway", "Ghana", "military boats", D, "six"),
        ],
    ),
    # traps: cars and automobiles with no military word are civilian goods
    ("Japan donated 30 cars to the Peruvian health ministry.", []),
    ("Acme sold 500 automobiles to Chile last year.", []),
    # -- upkeep of a weapon in South Asian usage: "upgradation", and "modernisation" -----------
    (
        "The Bangladesh Army signed a contract with Norinco for the upgradation of 40 tanks.",
        [("Norinco", "Bangladesh", "upgradation", A, None)],
    ),
    # trap: upgrading a road is no military service
    ("The Bangladesh Army signed a contract with Norinco for the upgradation of a road.", []),
    # -- a named weapon "in use by" a side: implied from its maker ---------------------------
    (
        "The F-16, already in use by Chile and Peru, remains a capable fighter.",
        [("United States", "Chile", "F-16", IM, None), ("United States", "Peru", "F-16", IM, None)],
    ),
    # traps: a generic class in use names no maker; a system in use by its maker's own
    # country is no transfer
    ("Drones are in use by Chile and Peru.", []),
    ("Russia said the F-16 jets now in use in Ukraine would be destroyed.", []),
    ("The F-16 is in use by the United States Air Force.", []),
    # -- a verb of failing above the cue: what failed to come is withheld --------------------
    (
        "Chile complained that Norway had failed to deliver rifles to the Chilean Army despite "
        "contracts.",
        [("Norway", "Chile", "rifle", "negated", None)],
    ),
    (
        "Norway failed to supply the howitzers to Peru on time.",
        [("Norway", "Peru", "howitzer", "negated", None)],
    ),
    # -- a role noun of trade in a clause that only mentions it: the role is a fact ----------
    (
        "The new deals may undermine Norway's status as the main supplier of weapons to Chile.",
        [("Norway", "Chile", "weapon", "ongoing", None)],
    ),
    # traps: a copula's modal is the role's own; a refusal to become one negates it
    (
        "Norway could become the main supplier of weapons to Chile.",
        [("Norway", "Chile", "weapon", PO, None)],
    ),
    (
        "Norway refused to become the main supplier of weapons to Chile.",
        [("Norway", "Chile", "weapon", "negated", None)],
    ),
    # -- civilian goods given with military ones are no arms --------------------------------
    (
        "Peru's defence minister gifted four armoured vehicles and some office furniture to the "
        "Bolivian Army.",
        [("Peru", "Bolivia", "armoured", D, "four")],
    ),
    (
        "Norway handed over 12 military trucks, food and medical equipment to the Chilean Army.",
        [("Norway", "Chile", "military trucks", D, "12")],
    ),
    # traps: civilian goods alone, even to a force, are no arms transfer
    ("Norway sent medical equipment to the Chilean Army.", []),
    ("Japan donated hospital beds and medicines to the Peruvian Navy.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_frame_recall(text, expected):
    assert check(text, expected) == []
