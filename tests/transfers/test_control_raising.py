"""Verbs and predicates above a transfer verb that set its status (issue 12, session 12):
raising and control ("is due to deliver", "was allowed to buy") and a noun an "of" + -ing
clause tells ("the possibility of buying"). Made-up sentences read with the real lexicon;
rows are (supplier, recipient, item, status, quantity) as in ``test_varied_sentences``.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check, read_rows

A, P, PO, S = "agreed", "planned", "possible", "sought"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a copula's predicate word sets the stage: "is due to", as "is set to" -----------------
    ("Chile is due to deliver six howitzers to Peru.", [("Chile", "Peru", "howitzer", P, "six")]),
    ("The mortars are due to arrive in Mali from Portugal.",
     [("Portugal", "Mali", "mortar", P, None)]),
    # -- being allowed or permitted to buy is a cleared sale ---------------------------------
    ("Peru was allowed to buy howitzers from Chile.", [("Chile", "Peru", "howitzer", A, None)]),
    ("Ghana is permitted to buy mortars from Portugal.",
     [("Portugal", "Ghana", "mortar", A, None)]),
    # -- a noun told by "of" + -ing: the possibility of buying is a possible transfer --------
    ("Ghana is studying the possibility of buying mortars from Portugal.",
     [("Portugal", "Ghana", "mortar", PO, None)]),
    ("Bolivia and Ghana are weighing the possibility of buying Portuguese mortars.",
     [("Portugal", "Bolivia", "mortar", PO, None), ("Portugal", "Ghana", "mortar", PO, None)]),
    # -- who asks another to supply is the one supplied, when no other receiver is told -----
    ("Ghana asked Portugal to supply mortars.", [("Portugal", "Ghana", "mortar", S, None)]),
    ("Portugal was asked by Ghana to supply mortars.", [("Portugal", "Ghana", "mortar", S, None)]),
    # trap: a receiver written in the request is the receiver
    ("Spain asked Portugal to send mortars to Mali.", [("Portugal", "Mali", "mortar", S, None)]),
    # -- a pronoun's item is written where the weapon is named ("smuggling them": the rifles)
    ("Even if Spanish mortars turn up in Mali, it may be Libyan rebels who are selling them to "
     "Malian rebels.", [("Libyan rebels", "Malian rebels", "mortar", "ongoing|possible", None)]),
    # -- "A signed a deal with B to supply X": the signer supplies when B is a state ---------
    ("Portugal has concluded a deal with Ghana to supply 40 mortars.",
     [("Portugal", "Ghana", "mortar", A, "40")]),
    # trap: a maker signed with builds for the one who signs
    ("Ghana signed a contract with Navantia to supply two frigates.",
     [("Navantia", "Ghana", "frigate", A, "two")]),
]  # fmt: skip

HEADLINE = "Arms news of the week\n\n"


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_control_and_raising(text, expected):
    assert check(HEADLINE + text, expected) == []


def test_pronoun_item_text_is_the_weapon():
    rows = read_rows(HEADLINE + "Spain bought mortars and sold them to Mali.")
    sold = [r for r in rows if r["recipient"] == "Mali"]
    assert [r["item_text"] for r in sold] == ["mortars"]
