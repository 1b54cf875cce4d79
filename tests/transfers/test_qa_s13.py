"""Transfers misread on fresh news read as a user would (session 13): made-up sentences in the
shapes found, with traps, in the format of ``test_varied_sentences``:
(supplier, recipient, item, status, quantity), ``-`` not stated.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

A, P = "agreed", "planned"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a buyer's own government approves its purchase: it is the recipient -------------------
    (
        "Chile's cabinet approved the purchase of 14 Peruvian patrol boats on Tuesday.",
        [("Peru", "Chile", "patrol boat", A, "14")],
    ),
    (
        "Kenya approved the purchase of six Turkish drones.",
        [("Turkey", "Kenya", "drone", A, "six")],
    ),
    # trap: the maker's own government clears a purchase nobody is said to make
    ("The State Department cleared the purchase of Patriot missiles.", []),
    # -- the other side of a deal a purchase was part of --------------------------------------
    (
        "Chile is awaiting the arrival of 20 howitzers ordered as part of a deal signed with "
        "Peru in 2021.",
        [("Peru", "Chile", "howitzer", f"{P}|{A}|delivered", "20")],
    ),
    (
        "Chile is awaiting the arrival of 20 howitzers ordered under a contract with Peru.",
        [("Peru", "Chile", "howitzer", f"{P}|{A}|delivered", "20")],
    ),
    # -- "the army" is a force named before, not an office whose name holds "Army" ---------------
    ("Peru gave 12 trucks to the Bolivian Army on Monday. According to the Press Office of "
     "the Army Command, the trucks were handed over to the army under a decision of the "
     "Government of Peru.",
     [("Peru", "Bolivia", "truck", "delivered", None)]),
    # -- a named official gives for the state they serve ---------------------------------------
    # (a person the lexicon places: this harness reads the lexicon's names only)
    ("Foreign Minister Badr Albusaidi handed over four patrol boats to the Chilean Navy.",
     [("Oman", "Chile", "patrol boat", "delivered", "four")]),
    # trap: a person named with no state office is no side
    ("A cousin of Badr Albusaidi handed over four patrol boats to the Chilean Navy.",
     [("-", "Chile", "patrol boat", "delivered", "four")]),
    # -- a sale deal is told by its seller ------------------------------------------------------
    ("Spain signed an arms sale deal with Peru for 40 tanks.",
     [("Spain", "Peru", "tank", A, "40")]),
    ("Spain signed a sales contract with Peru for 40 tanks.",
     [("Spain", "Peru", "tank", A, "40")]),
    ("Peru signed a deal with Spain for 40 tanks.",
     [("Spain", "Peru", "tank", A, "40")]),
    # -- who puts off a decision on a sale decides it: the exporting state -------------------
    ("The Spanish government has put off a decision on a tank sale to Peru until after the "
     "election.",
     [("Spain", "Peru", "tank", "negated|possible", None)]),
    # -- what a modal copula or a bare condition hedges is possible ----------------------------
    ("This could be the first time Peru has exported howitzers to Chile.",
     [("Peru", "Chile", "howitzer", "possible", None)]),
    ("If confirmed, Peru has exported howitzers to Chile.",
     [("Peru", "Chile", "howitzer", "possible", None)]),
    # trap: a fact told as the first time is no hedge
    ("This is the first time Peru has exported howitzers to Chile.",
     [("Peru", "Chile", "howitzer", "delivered", None)]),
    # -- what a force took delivery of came from the seller of the order it names -------------
    ("The Ghanaian Air Force took delivery of two gunships that the government ordered "
     "from Belarus.",
     [("Belarus", "Ghana", "attack helicopter", "delivered|agreed", "two")]),
    # trap: the plane that brought them, named by its maker, is a carrier, not a supplier
    ("The Ilyushin aircraft, which brought the new gunships, landed in Accra.", []),
    # -- a force named with "of" and its country is a force: its vessels are military ---------
    ("Acme Marine will supply two support vessels to the Armed Forces of the Philippines.",
     [("Acme Marine", "Philippines", "support vessels", "planned", "two")]),
    # -- buying a share of one's own arms from a side is a supply that goes on -----------------
    ("Bolivia is procuring most of its military hardware from Peru.",
     [("Peru", "Bolivia", "hardware", "ongoing", None)]),
    # trap: one purchase under way is planned
    ("Bolivia is buying 20 jets from Peru.", [("Peru", "Bolivia", "jet", "planned", "20")]),
    # -- what a side acknowledges or admits doing, it did --------------------------------------
    ("Peru has acknowledged sending rifles to Chile.",
     [("Peru", "Chile", "rifle", "delivered", None)]),
    ("Peru admitted selling mortars to Chile.", [("Peru", "Chile", "mortar", "delivered", None)]),
    # -- "our country" in a quote is the speaker's side -----------------------------------------
    ("\"Our country never sold rifles to Chile,\" the Peruvian defence minister said.",
     [("Peru", "Chile", "rifle", "negated", None)]),
    # -- a report called false is a denial of what it says ----------------------------------
    ("The false report that Peru sold mortars to Chile is absurd, Peru's defence minister said.",
     [("Peru", "Chile", "mortar", "denied", None)]),
    # trap: a report that is not called false tells what it says
    ("The report that Peru sold mortars to Chile was confirmed.",
     [("Peru", "Chile", "mortar", "delivered", None)]),
    # -- a contract awarded to a joint venture named after its noun ---------------------------
    ("The Chilean Navy has awarded shipbuilding joint venture Navantia a contract for two "
     "patrol vessels.",
     [("Navantia", "Chile", "patrol", A, "two")]),
    # -- counted "units" are pieces of the one system named before ------------------------------
    ("Chile ordered six F-16 jets from Spain last year. It said it would pay in cash. The "
     "Chilean Air Force has already received three units.",
     [("Spain", "Chile", "F-16", A, "six"), ("Spain", "Chile", "F-16", "delivered", "three")]),
    # trap: after two systems, "units" mean neither
    ("Chile ordered F-16 jets and K9 howitzers from Spain. It said it would pay in cash. The "
     "Chilean Air Force has already received three units.",
     [("Spain", "Chile", "F-16", A, None), ("Spain", "Chile", "K9", A, None)]),
    # -- a describing participle after "noun and" starts a list item, it is no verb -----------
    # trap: the ministry develops at home and upgrades nothing it gets from anyone
    ("The Kenyan ministry approved local production of shells, and rifles and upgraded "
     "armoured trucks for the army.", []),
]  # fmt: skip


#: A headline of its own, so that the case is the article's body (names are found there).
HEADLINE = "Defence news of the week\n\n"


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_qa_shape(text, expected):
    assert check(HEADLINE + text, expected) == []
