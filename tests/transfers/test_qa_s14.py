"""Transfers misread on fresh news read as a user would (session 14): made-up sentences in the
shapes found, with traps, in the format of ``test_varied_sentences``:
(supplier, recipient, item, status, quantity), ``-`` not stated.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_qa_s13 import HEADLINE
from tests.transfers.test_varied_sentences import check

A, D = "agreed", "delivered"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a list set off by dashes after a common noun names the items ---------------------------
    ("Chile handed over two ships to Peru — a frigate and a corvette — at a ceremony in Lima.",
     [("Chile", "Peru", "frigate", D, None), ("Chile", "Peru", "corvette", D, None)]),
    ("Chile handed over two ships to Peru: a frigate and a corvette.",
     [("Chile", "Peru", "frigate", D, None), ("Chile", "Peru", "corvette", D, None)]),
    # trap: a dash that opens a clause of its own names nothing
    ("Chile handed over two ships to Peru — the frigate sailed on Monday.", []),
    # trap: ships with no naval word and no list are not said to be military
    ("Chile sold two ships to Peru.", []),
    # -- a naval word makes a ship a warship ----------------------------------------------------
    ("Chile handed over two naval vessels to Peru.", [("Chile", "Peru", "vessel", D, "two")]),
    ("Chile handed over two coast guard ships to Peru.", [("Chile", "Peru", "ship", D, "two")]),
    # trap: cargo ships stay civilian
    ("Chile handed over two cargo ships to Peru.", []),
    # -- parts of an aircraft are military goods for it -----------------------------------------
    ("Chile presented spare propellers for the F-16 jets to Peru.",
     [("Chile", "Peru", "propeller", D, None)]),
    # trap: what is presented to a parliament is no arms
    ("The Chilean minister presented a report on the F-16 jets to parliament.", []),
    # -- a participle with its particle opening the sentence shares the main clause's subject --
    ("Stepping up cooperation between the two navies, Chile today handed over a frigate to "
     "Peru.",
     [("Chile", "Peru", "frigate", D, None)]),
    ("Building on years of ties, Chile handed over a frigate to Peru.",
     [("Chile", "Peru", "frigate", D, None)]),
    # -- upkeep coordinated with other services for a weapon is a military service -----------
    ("Peru approved a sale of maintenance and training services for F-16 jets to Chile.",
     [("Peru", "Chile", "maintenance", A, None), ("Peru", "Chile", "training", A, None)]),
    # trap: services for farm tractors are no arms
    ("Peru approved a sale of maintenance and repair services for tractors to Chile.", []),
    # -- what one meets "in a bid / an effort to" finalise is still sought -------------------
    ("Peru met Chile in a bid to finalise the purchase of 12 Chilean jets.",
     [("Chile", "Peru", "jet", "sought", "12")]),
    # trap: a purpose of the cue's own verb tells no stage of it
    ("Peru finalised the purchase of 12 Chilean jets in a bid to strengthen its air force.",
     [("Chile", "Peru", "jet", A, "12")]),
    # -- a person given a state office once acts for the state all through the article ------
    ("Foreign Minister Badr Albusaidi visited Lima on Monday. Badr Albusaidi has also inked "
     "contracts for four Peruvian patrol boats.",
     [("Peru", "Oman", "patrol boat", A, "four")]),
    # trap: a person the article never gives an office is no side
    ("Badr Albusaidi visited Lima on Monday. Badr Albusaidi has also inked contracts for four "
     "Peruvian patrol boats.",
     []),
    # -- ships named by their military work are warships -----------------------------------
    ("The Chilean Navy has received two new Peruvian-built mine-countermeasure vessels.",
     [("Peru", "Chile", "vessel", D, "two")]),
    # -- a relative clause after a bracketed aside describes the noun before the brackets -----
    ("Peru said its boats will match the Chilean Navy's two frigates (now called corvettes), "
     "which were delivered by Spain in April.",
     [("Spain", "Chile", "frigate", D, "two")]),
    # -- a ship "of" a navy that arrives is that navy's; a generic weapon before the head
    # weapon only says what it is ("missile firing frigate": no missile row) -------------
    ("The second missile firing frigate of the Indian Navy is set to arrive from Spain in May.",
     [("Spain", "India", "frigate", "planned", None)]),
    # -- a wheel layout is a modifier, not the count; "incorporate into a fleet" takes in -------
    ("The Chilean Army will incorporate 40 Spanish 6×6 armoured vehicles into its fleet.",
     [("Spain", "Chile", "armoured vehicle", "planned", "40")]),
    # -- a state body named as a works is the state's own industry: it supplies -------------
    ("The Indian Army has awarded a contract to the Ordnance Factory Board for the supply of "
     "100 howitzers.",
     [("Ordnance Factory Board", "Indian Army", "howitzer", A, "100")]),
    # -- a vehicle named by its maker that delivered the goods is their carrier ----------------
    ("The rifles were delivered to Chile from Peru by an Antonov cargo plane.",
     [("Peru", "Chile", "rifle", D, None)]),
    # -- an airlift delivers ----------------------------------------------------------------
    ("Ten armoured vehicles were airlifted to Chile from Peru on Monday.",
     [("Peru", "Chile", "armoured vehicle", D, "Ten")]),
    ("Peru airlifted 40 rifles to Chile.", [("Peru", "Chile", "rifle", D, "40")]),
    # -- a dateline ended by the agency's bracket -----------------------------------------------
    ("Lima, Feb 19 (Agency) The Chilean Navy on Monday handed over a frigate to Peru.",
     [("Chile", "Peru", "frigate", D, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_qa_shape(text, expected):
    assert check(HEADLINE + text, expected) == []


#: Whole made-up articles whose headline names a side by its bare institution noun.
ARTICLES: list[tuple[str, list[tuple]]] = [
    ("Navy to get four frigates from Spain\n\n"
     "The Chilean Navy will take delivery of four frigates next year.",
     [("Spain", "Chile", "frigate", "planned", "four")]),
    # trap: the headline's army is not the body's navy: the body row keeps its own sides
    ("Army to get four tanks from Spain\n\n"
     "The Chilean Navy will take delivery of four tanks next year.",
     [("Spain", "Chile", "tank", "planned", "four"), ("-", "Chile", "tank", "planned", "four")]),
    # a denied headline takes its side from the body: denials keep cross-sentence reading
    ("Peru denies weapons shipment to Chile\n\n"
     "A Chilean official said Peru had shipped rifles to Chile. Peru denied the report.",
     [("Peru", "Chile", "rifle", "denied", None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", ARTICLES, ids=[c[0][:40] for c in ARTICLES])
def test_headline_role_noun(text, expected):
    assert check(text, expected) == []
