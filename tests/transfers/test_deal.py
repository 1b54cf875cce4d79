"""The article's deal (``analysis.transfers.deal``): its headline and its bare deal nouns.

Made-up articles; every expected row worked out by hand from the dev set's CONVENTIONS.md:
``(supplier, recipient, item, status, quantity)``, ``-`` for "not stated", statuses
separated by ``|`` all acceptable.
"""

from __future__ import annotations

import pytest

from analysis.transfers.deal import stage_told
from tests.transfers.test_varied_sentences import check

A, P, D, N = "agreed", "planned", "delivered", "negated"

CASES = [
    # -- the headline names one side with a class word, the body the other with the system
    ("Peru to get new tanks\n\nSpain will send 30 Leopard 2 tanks next year, officials said.",
     [("Spain", "Peru", "Leopard", P, "30")]),
    ("Chile buys fighter jets\n\nSweden agreed on Monday to sell 12 Gripen jets.",
     [("Sweden", "Chile", "Gripen", A, None)]),
    # -- the body names both sides, the headline's party on its side: one deal, one row
    ("Ghana to buy patrol boats\n\nGhana has ordered four Sentinel-class patrol boats from "
     "the Netherlands, the navy said.",
     [("Netherlands", "Ghana", "boat", A, "four")]),
    ("Austria to send armoured vehicles\n\nAustria will deliver 40 Pandur armoured vehicles "
     "to Moldova in spring.\n\nMoldova also ordered drones from Italy.",
     [("Austria", "Moldova", "Pandur", P, "40"), ("Italy", "Moldova", "drone", A, None)]),
    # ... not when the body's row has another party on the headline's side
    ("Ghana to buy patrol boats\n\nNigeria has ordered four patrol boats from the "
     "Netherlands.",
     [("-", "Ghana", "boat", P, None), ("Netherlands", "Nigeria", "boat", A, "four")]),
    # ... not for a headline of several kinds (it sums up several deals): the headline rows
    # stay apart; the body row takes Peru as the article's one recipient (transfers.subject)
    ("Peru to get new tanks and rifles\n\nSpain will send 30 Leopard 2 tanks next year.",
     [("-", "Peru", "tank", P, None), ("-", "Peru", "rifle", P, None),
      ("Spain", "Peru", "Leopard", P, "30")]),
    # ... not for another kind of item (the headline row stays; the body row, as above)
    ("Peru to get new tanks\n\nSpain will send 3,000 rifles next year.",
     [("-", "Peru", "tank", P, None), ("Spain", "Peru", "rifle", P, "3,000")]),
    # -- a later sentence about a part of the deal, with no item word, moves it on
    ("Peru ordered 30 tanks from Germany in 2020. The first batch arrived in May.",
     [("Germany", "Peru", "tank", D, "30")]),
    ("Peru ordered 30 tanks from Germany in 2020. Deliveries began in May.",
     [("Germany", "Peru", "tank", D, "30")]),
    ("Peru ordered 30 tanks from Germany in 2020. The deal was cancelled in May.",
     [("Germany", "Peru", "tank", N, "30")]),
    # ... the deal told just before, and only when that sentence tells one
    ("Peru ordered 30 tanks from Germany. Chile ordered 12 jets from Spain. The first batch "
     "arrived in May.",
     [("Germany", "Peru", "tank", A, "30"), ("Spain", "Chile", "jets", D, "12")]),
    ("Peru ordered 30 tanks from Germany and Chile ordered 12 jets from Spain. The first "
     "batch arrived in May.",
     [("Germany", "Peru", "tank", A, "30"), ("Spain", "Chile", "jets", A, "12")]),
    # ... the deal the sentence names, not the nearest: its item, its noun, its party
    ("Peru ordered 30 tanks from Germany. Chile ordered 12 jets from Spain. The first batch "
     "of the tanks arrived in May.",
     [("Germany", "Peru", "tank", D, "30"), ("Spain", "Chile", "jets", A, "12")]),
    ("Peru signed a contract with Germany for 30 tanks. Chile will receive 12 jets from Spain "
     "next year. The contract was cancelled in June.",
     [("Germany", "Peru", "tank", N, "30"), ("Spain", "Chile", "jets", P, "12")]),
    ("India ordered 36 Rafale jets from France. Brazil agreed to buy four submarines from "
     "France. The Indian order was suspended in 2019.",
     [("France", "India", "Rafale", N, "36"), ("France", "Brazil", "submarine", A, "four")]),
    # ... and none when the item it names fits no deal told before
    ("Peru ordered 30 tanks from Germany. Chile ordered 12 jets from Spain. The first batch "
     "of rifles arrived in May.",
     [("Germany", "Peru", "tank", A, "30"), ("Spain", "Chile", "jets", A, "12")]),
    # -- a sentence of its own lists what the deal told before holds
    ("Germany announced a new military aid package for Peru on Monday. It includes 30 "
     "Leopard 2 tanks and 12 howitzers.",
     [("Germany", "Peru", "Leopard", P, None), ("Germany", "Peru", "howitzer", P, None)]),
    ("Spain agreed to sell Peru 20 rifles. The contract also covers 12 howitzers.",
     [("Spain", "Peru", "rifle", A, "20"), ("Spain", "Peru", "howitzer", A, None)]),
    # ... not when the deal before has an open side
    ("Peru ordered 20 rifles last year. The order also included 12 howitzers.",
     [("-", "Peru", "rifle", A, "20")]),
    # -- a row under a deal told before takes that deal's other party
    ("Germany and Peru signed a defence agreement on Monday. Under the agreement, Germany "
     "will deliver 30 Leopard 2 tanks.",
     [("Germany", "Peru", "Leopard", P, "30")]),
    ("The deal with Germany was signed in May. Peru will receive 30 Leopard 2 tanks under it.",
     [("Germany", "Peru", "Leopard", P, "30")]),
    # ... not when the deal has three parties
    ("Germany, France and Peru signed a defence agreement on Monday. Under the agreement, "
     "Germany will deliver 30 Leopard 2 tanks.",
     [("Germany", "-", "Leopard", P, "30")]),
    # -- a pair that signs a deal: the maker's country sells, or a row naming both tells it
    ("Turkey and Qatar signed an agreement on the sale of 100 Altay tanks.",
     [("Turkey", "Qatar", "Altay", A, "100")]),
    ("Egypt, France ink deal for 30 Rafale jets",
     [("France", "Egypt", "Rafale", A, "30")]),
    ("Belarus and Russia signed a deal on air defence systems. Russia will supply Belarus "
     "with air defence systems by 2025.",
     [("Russia", "Belarus", "air defence", A, None),
      ("Russia", "Belarus", "air defence", P, None)]),
    # ... and no row when either of the pair may sell and nothing tells which
    ("Peru and Spain signed a deal on the supply of 30 tanks on Monday.", []),
    ("Russia and India signed a contract for 200 Ka-226 helicopters last year.", []),
    # ... but one party of a deal and another country elsewhere in the sentence is no pair
    ("Peru signed a deal for 30 tanks, the German ministry said.",
     [("-", "Peru", "tank", A, "30")]),
    # -- the rest of a batch told before is that deal's, not a row of its own
    ("Spain handed over the first of four patrol vessels to the Peruvian Navy on Monday. "
     "The remaining patrol vessels will be handed over to the navy next year.",
     [("Spain", "Peru", "patrol", D, "four")]),
    ("Peru received its first Leopard 2 tanks from Germany in May. Two other Leopard 2 tanks "
     "are likely to be handed over to the army by 2026.",
     [("Germany", "Peru", "Leopard", D, None)]),
    # ... but not when its sentence names a supplier or another recipient of its own
    ("Spain delivered 12 tanks to Peru. Two other tanks were sold to Chile by France.",
     [("Spain", "Peru", "tank", D, "12"), ("France", "Chile", "tank", D, "Two")]),
    ("Spain delivered 12 tanks to Peru. Chile bought the remaining tanks last year.",
     [("Spain", "Peru", "tank", D, "12"), ("-", "Chile", "tank", D, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_the_headline_and_the_deal_nouns_complete_the_deal(text, expected):
    assert check(text, expected) == []


@pytest.mark.parametrize(
    "sentence, stage",
    [
        ("The second tranche of the howitzers was delivered last week.", D),
        ("The contract was signed in Lima.", A),
        ("Their order was suspended after the coup.", N),
        ("The tanks arrived in May.", ""),  # an item word: the sentence's own row tells it
        ("The deal would improve security.", ""),
    ],
)
def test_a_deal_noun_tells_its_stage_by_its_verb(sentence, stage):
    assert stage_told(sentence) == stage
