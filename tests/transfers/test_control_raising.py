"""Verbs and predicates above a transfer verb that set its status (issue 12, session 12):
raising and control ("is due to deliver", "was allowed to buy") and a noun an "of" + -ing
clause tells ("the possibility of buying"). Made-up sentences read with the real lexicon;
rows are (supplier, recipient, item, status, quantity) as in ``test_varied_sentences``.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

A, P, PO = "agreed", "planned", "possible"
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
]  # fmt: skip

HEADLINE = "Arms news of the week\n\n"


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_control_and_raising(text, expected):
    assert check(HEADLINE + text, expected) == []
