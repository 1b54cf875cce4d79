"""Relative clauses with no "that" whose subject is a name, and a name right after a dateline
(issue 12): made-up sentences read with the real lexicon. Rows are (supplier, recipient, item,
status, quantity) as in ``test_varied_sentences``; each "that" relative's row is the same as
its contact relative's.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D, A, ON, P = "delivered", "agreed", "ongoing", "planned"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a contact relative on the subject: "the rifles Ghana bought from Portugal arrived" ----
    ("The rifles Ghana bought from Portugal arrived in May.",
     [("Portugal", "Ghana", "rifle", D, None)]),
    ("The rifles that Ghana bought from Portugal arrived in May.",
     [("Portugal", "Ghana", "rifle", D, None)]),
    ("The howitzers Namibia ordered from Brazil have been delivered.",
     [("Brazil", "Namibia", "howitzer", D, None), ("Brazil", "Namibia", "howitzer", A, None)]),
    ("The howitzers that Namibia ordered from Brazil have been delivered.",
     [("Brazil", "Namibia", "howitzer", D, None), ("Brazil", "Namibia", "howitzer", A, None)]),
    ("The frigates Spain is building for Chile will be late.",
     [("Spain", "Chile", "frigate", ON, None)]),
    ("The frigates that Spain is building for Chile will be late.",
     [("Spain", "Chile", "frigate", ON, None)]),
    # -- a list of names as the relative's subject (session 12) -------------------------------
    ("The mortars Ghana and Togo bought from Portugal arrived in May.",
     [("Portugal", "Ghana", "mortar", D, None), ("Portugal", "Togo", "mortar", D, None)]),
    ("The mortars that Ghana and Togo bought from Portugal arrived in May.",
     [("Portugal", "Ghana", "mortar", D, None), ("Portugal", "Togo", "mortar", D, None)]),
    # -- a determined noun phrase as the relative's subject, on the sentence's subject --------
    ("The howitzers the Namibian army received from Brazil were old.",
     [("Brazil", "Namibia", "howitzer", D, None)]),
    # -- the left-out object belongs to the infinitive after a verb of intent -----------------
    ("The drones Ghana agreed to buy from Portugal arrived.",
     [("Portugal", "Ghana", "drone", A, None)]),
    ("The drones that Ghana plans to buy from Portugal are cheap.",
     [("Portugal", "Ghana", "drone", P, None)]),
    ("Portugal has shipped the mortars it promised to sell to Mali.",
     [("Portugal", "Mali", "mortar", D, None), ("Portugal", "Mali", "mortar", P, None)]),
    # -- after a list in commas that names the noun's members: the list is the relative's ---
    ("Portugal has shipped part of the aid, including trucks and mortars, it had pledged to "
     "give to Mali.",
     [("Portugal", "Mali", "mortar", D, None), ("Portugal", "Mali", "trucks", D, None),
      ("Portugal", "Mali", "mortar", P, None), ("Portugal", "Mali", "trucks", P, None)]),
    # -- on an object: "received the frigates Spain built for it" -----------------------------
    ("Officials inspected the mortars Portugal sent to Mali.",
     [("Portugal", "Mali", "mortar", D, None)]),
    # -- the word right after a dateline starts the sentence: "Several", "Further" are
    # determiners there, not names, so they stay out of the item ---------------------------
    ("LISBON, May 4 (BNS) - Several mortars were shipped by Portugal to Mali.",
     [("Portugal", "Mali", "mortar", D, None)]),
    ("LISBON (BNS): Further mortars will be sent to Mali by Portugal.",
     [("Portugal", "Mali", "mortar", P, None)]),
    ("LISBON (BNS): Several Portuguese firms have delivered mortars to Mali.",
     [("Portugal", "Mali", "mortar", D, None)]),
    ("ACCRA, March 3 (BNS) - Ghana has bought rifles from Portugal.",
     [("Portugal", "Ghana", "rifle", D, None)]),
    # -- traps: a sentence run on without a comma is no relative clause ----------------------
    ("Ghana bought tanks Portugal sent rifles.", [("-", "Ghana", "tank", D, None)]),
]  # fmt: skip

HEADLINE = "Arms news of the week\n\n"


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_contact_relative_rows(text, expected):
    assert check(HEADLINE + text, expected) == []
