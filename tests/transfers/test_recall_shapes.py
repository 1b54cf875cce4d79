"""Transfers missed on news nobody tuned for, by grammatical shape (session 13): made-up
sentences read with the real lexicon, each shape told in more than one way, with traps
beside it that must give nothing or another reading. Expected rows were worked out by hand
from CONVENTIONS.md, in the format of ``test_varied_sentences``: (supplier, recipient, item,
status, quantity), ``-`` not stated.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D, P, A, ON = "delivered", "planned", "agreed", "ongoing"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a relative clause with no "that" on the second object of a two-object verb ------------
    # "the equipment Portugal had supplied the Ghanaian Navy": the noun is what was supplied,
    # the name written after the verb is who got it
    (
        "Ghana extended the deal because of the durability of the equipment Portugal had "
        "supplied the Ghanaian Navy.",
        [("Portugal", "Ghana", "equipment", D, None)],
    ),
    (
        "Kenya praised the rifles Uganda had sent the Kenyan Army during the floods.",
        [("Uganda", "Kenya", "rifle", D, None)],
    ),
    (
        "Officials in Lima recalled the howitzers Spain sold Peru in 2019.",
        [("Spain", "Peru", "howitzer", D, None)],
    ),
    # traps: equipment for people who are no force is no arms transfer; the time a verb with
    # two objects of its own happened is no item
    ("Peru praised the equipment Chile had supplied the farmers.", []),
    # trap: equipment a force should receive from no one is a wish, not a transfer
    (
        "Acme said the alliance will help ensure that our Armed Forces receive the best possible "
        "equipment.",
        [],
    ),
    ("Kenya praised the rifles Uganda had sent Kenyan soldiers.", []),
    (
        "Chile recalled the year Peru sent Bolivia howitzers.",
        [("Peru", "Bolivia", "howitzer", D, None)],
    ),
    # trap: an attack near such weapons attacks nothing of the transfer
    (
        "Rebels attacked a convoy near the rifles Niger had sent Mali.",
        [("Niger", "Mali", "rifle", D, None)],
    ),
    # -- the progressive of one counted sale is the sale arranged, not a trade going on -------
    (
        "Spain said on Monday that it was selling 16 used Harrier jets to Peru.",
        [("Spain", "Peru", "Harrier", P, "16")],
    ),
    ("Portugal is selling 12 Leopard tanks to Ghana.", [("Portugal", "Ghana", "Leopard", P, "12")]),
    # traps: an uncounted trade goes on; a past progressive told as such is a past trade
    ("Spain is selling arms to Peru.", [("Spain", "Peru", "weapon", ON, None)]),
    (
        "Spain was selling 16 Harrier jets to Peru when the war began.",
        [("Spain", "Peru", "Harrier", ON, "16")],
    ),
    # -- a passive progressive ("are being smuggled") goes on ---------------------------------
    (
        "Officials charged that rifles are being smuggled from Niger to Malian rebels.",
        [("Niger", "Malian rebels", "rifle", ON, None)],
    ),
    ("Tanks are being delivered to Peru by Spain.", [("Spain", "Peru", "tank", ON, None)]),
    # ... except building for a buyer: ordered, not yet handed over
    (
        "Two corvettes are being built by Navantia for Peru.",
        [("Navantia", "Peru", "corvette", A, "Two")],
    ),
    # -- bare "rebels" in an article that names one country's fighters: those fighters ---------
    (
        "Malian rebels seized a town last week. Officials charged that rifles are being smuggled "
        "from Niger to rebels.",
        [("Niger", "Malian rebels", "rifle", ON, None)],
    ),
    # trap: two rebel sides named, bare "rebels" is either: no side is guessed
    (
        "Malian rebels and Chadian rebels clashed. Officials said rifles are being smuggled from "
        "Niger to rebels.",
        [("Niger", "-", "rifle", ON, None)],
    ),
    # -- "more than a million" bounds the count like "more than 40" ---------------------------
    (
        "A report said that Belarus transferred more than a million shells to Mali.",
        [("Belarus", "Mali", "shell", D, None)],
    ),
    (
        "Belarus has shipped more than half a million shells to Mali.",
        [("Belarus", "Mali", "shell", D, None)],
    ),
    # trap: a comparison is no count of anything moved
    ("Belarus has more shells than a small army, officials said.", []),
    # -- a participle set off by commas after the subject's of-phrase describes the subject ---
    (
        "The first 12 units of K9 howitzers, bought from Hanwha, arrived in Peru last week.",
        [("Hanwha", "Peru", "K9", D, "12 units"), ("Hanwha", "Peru", "K9", A, "12 units")],
    ),
    # -- a state's bodies with an of-phrase ("the security structures of A and B") are A and B;
    # "defence and security" are two modifiers of one noun, not two sides
    (
        "Defence and security structures of Chile, Peru and Bolivia are studying the possibility "
        "of purchasing Russian helicopters.",
        [
            ("Russia", "Chile", "helicopter", "possible", None),
            ("Russia", "Peru", "helicopter", "possible", None),
            ("Russia", "Bolivia", "helicopter", "possible", None),
        ],
    ),
    # trap: such a body with no side named is no side
    ("The agencies praised the Russian helicopters.", []),
    # -- a by-phrase on a noun of a deed is its doer, not the agent of the passive around it --
    (
        "A newspaper reported that the sale of 60 Rafales to Qatar might soon be concluded, "
        "despite a declaration by the Qataris at the show.",
        [("-", "Qatar", "Rafale", "possible", "60")],
    ),
    ("The rifles were sent to Peru by Spain.", [("Spain", "Peru", "rifle", D, None)]),
    # trap: the one who paid a visit sold nothing
    (
        "The rifles were sold to Peru after a visit by the Chilean minister.",
        [("-", "Peru", "rifle", D, None)],
    ),
    # -- paying for arms in kind: "Y compensated X with oil for drones" is X's drones to Y ----
    (
        "Niger also compensated Belarus with gold for drones.",
        [("Belarus", "Niger", "drone", D, None)],
    ),
    # trap: compensation for losses moves no arms
    ("Niger compensated the families of soldiers for their losses.", []),
    # -- "sales" in the plural with no verb staging them: a trade made, as "exports" ---------
    ("Russia's arms sales to Laos rose last year.", [("Russia", "Laos", "weapon", D, None)]),
    # trap: one sale told as a fact is one deal agreed
    ("The sale of rifles to Chile angered Peru.", [("-", "Chile", "rifle", A, None)]),
    # -- an -ing verb after a verb of beginning governs the words after it ------------------
    (
        "The Kenyan Army has started taking delivery of armoured vehicles from Turkey.",
        [("Turkey", "Kenya", "vehicle", D, None)],
    ),
    # -- ", and" + a new subject with an of-phrase + a verb: a second clause ------------------
    (
        "Several allies, including Spain and Portugal, will keep providing howitzers, and many "
        "other friends of Ghana will provide rifles.",
        [("Spain", "-", "howitzer", P, None), ("Portugal", "-", "howitzer", P, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_recall_shape(text, expected):
    assert check(text, expected) == []
