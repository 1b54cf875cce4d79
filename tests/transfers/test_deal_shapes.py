"""Deals told in the shapes export and procurement news uses: an export agreement, a deal
signed "between" two sides, lists paired by "respectively", companies written with their
legal form, two sentences a page glued together.

Made-up sentences; each expected row was worked out by hand from CONVENTIONS.md (dev set):
``(supplier, recipient, item, status, quantity)``, checked as in ``test_varied_sentences``
(``-`` is "not stated", statuses separated by ``|`` are all acceptable, quantity ``None`` is
not checked).
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

A = "agreed"

CASES: list[tuple[str, list[tuple]]] = [
    # -- an export agreement: its signer exports, whatever verb tells the purpose ---------
    ("Peru has signed an export agreement with Chile to send its Super Tucano aircraft to "
     "the Andean country.", [("Peru", "Chile", "Super Tucano", "agreed|planned", None)]),
    # trap: a plain contract with a maker to supply: the maker supplies the signer
    ("Peru signed a contract with Otokar to supply 40 armoured vehicles.",
     [("Otokar", "Peru", "armoured vehicle", "agreed|planned", "40")]),
    # -- "between X and Y": the sides of the deal, turned to run from the company ---------
    ("The deal for 30 armoured vehicles was signed between Peru and Otokar.",
     [("Otokar", "Peru", "armoured vehicle", A, "30")]),
    ("The contract for 30 armoured vehicles was signed on Monday between Otokar, the "
     "country's largest vehicle maker, and Peru.",
     [("Otokar", "Peru", "armoured vehicle", A, "30")]),
    ("A deal between Peru and Russia for 12 Su-30 fighters was signed in May.",
     [("Russia", "Peru", "Su-30", A, "12")]),
    # trap: a between-phrase of times, not of sides, gives no party
    ("Russia signed the deal for 12 Su-30 fighters with Peru between May and June.",
     [("Russia", "Peru", "Su-30", A, "12")]),
    # -- "respectively": the n-th side with the n-th item ---------------------------------
    ("Otokar and Navantia signed deals with Peru to supply 40 armoured vehicles and two "
     "frigates, respectively.",
     [("Otokar", "Peru", "armoured vehicle", "agreed|planned", "40"),
      ("Navantia", "Peru", "frigate", "agreed|planned", "two")]),
    # trap: without "respectively" both sides supply both items, as the list says
    ("Otokar and Navantia will supply armoured vehicles and frigates to Peru.",
     [("Otokar", "Peru", "armoured vehicle", "planned", None),
      ("Otokar", "Peru", "frigate", "planned", None),
      ("Navantia", "Peru", "armoured vehicle", "planned", None),
      ("Navantia", "Peru", "frigate", "planned", None)]),
    # -- a deal signed in the passive with its partner and what it is for -----------------
    ("A contract was signed with Navantia for two frigates for the Peruvian Navy.",
     [("Navantia", "Peru", "frigate", A, "two")]),
    ("The deal was signed by Chile with Patria for 20 armoured vehicles.",
     [("Patria", "Chile", "armoured vehicle", A, "20")]),
    # -- a deal told by its ordinal after a plural deal noun: its buyer is the signer before
    ("Peru signed two contracts on Monday. The first, worth $200m, covers 12 Su-30 "
     "fighters from Russia. The second, worth $400m, was signed with Navantia for two "
     "frigates.",
     [("Russia", "Peru", "Su-30", A, "12"), ("Navantia", "Peru", "frigate", A, "two")]),
    # trap: an ordinal that arrives is no deal
    ("The first arrived in May.", []),
    # -- a delivery taken of items ordered before: delivered, the order told of them ------
    ("Peru took delivery of the first of four frigates ordered from Navantia.",
     [("Navantia", "Peru", "frigate", "delivered", None),
      ("Navantia", "Peru", "frigate", A, None)]),
    # -- a delivery of items a relative clause says were bought: its buyer receives ---------
    ("The last of 40 armoured vehicles ordered by Peru was delivered in June.",
     [("-", "Peru", "armoured vehicle", "delivered", None),
      ("-", "Peru", "armoured vehicle", A, None)]),
    ("The first of four frigates ordered by Peru from Navantia was handed over on Friday.",
     [("Navantia", "Peru", "frigate", "delivered", None),
      ("Navantia", "Peru", "frigate", A, None)]),
    # trap: a month after "in" is a time, never the side delivered to
    ("The tanks were delivered in May.", []),
    # -- items a side owns that came from another: the owner received them ----------------
    ("Chile's first Gripen fighters arrived from Sweden on Monday.",
     [("Sweden", "Chile", "Gripen", "delivered", None)]),
    # trap: with no from-phrase the possessor is not taken as the one they came to
    ("Russia's S-400 systems arrived in Turkey on Monday.",
     [("Russia", "Turkey", "S-400", "delivered", None)]),
    # -- an option: possible until it is exercised ----------------------------------------
    ("Peru has exercised an option for four more frigates from Navantia.",
     [("Navantia", "Peru", "frigate", A, "four more")]),
    ("Peru holds an option for four more frigates from Navantia.",
     [("Navantia", "Peru", "frigate", "possible", "four more")]),
    ("Chile signed a contract for 12 F-16 fighters with Lockheed Martin. The contract also "
     "includes options for AMRAAM missiles.",
     [("Lockheed Martin", "Chile", "F-16", A, "12"),
      ("Lockheed Martin", "Chile", "AMRAAM", "possible", None)]),
    # -- a letter of intent: a deal planned, not signed as a contract ---------------------
    ("Peru signed a letter of intent with Navantia for four frigates.",
     [("Navantia", "Peru", "frigate", "planned|possible", "four")]),
    # trap: a letter about weapons is no deal
    ("Peru sent a letter to Chile about the frigates.", []),
    # -- a state and a company signing together: the company sells -------------------------
    ("Peru and Navantia signed an agreement for the construction of four frigates.",
     [("Navantia", "Peru", "frigate", A, "four")]),
    # trap: two states, neither the maker: either may sell, no row
    ("Peru and Spain signed a letter of intent for four frigates.", []),
    # -- "being built by X for Y" after a noun: a reduced relative, ordered, not yet handed
    #    over; a subcontractor's part goes to the end user ------------------------------
    ("Thales will supply radars for the four frigates being built by Navantia for Peru.",
     [("Thales", "Peru", "radar", "planned|agreed", None),
      ("Navantia", "Peru", "frigate", "agreed|planned", "four")]),
    # -- a contract won from a buyer: the buyer gets what it is for; a subcontract is one --
    ("Thales has won a sub-contract from Navantia to supply radars for the frigates.",
     [("Thales", "Navantia", "radar", A, None)]),
    ("Thales has won a contract from the Peruvian Navy to supply radars.",
     [("Thales", "Peru", "radar", A, None)]),
    ("Otokar will supply turrets for the Leopard 2 tanks ordered by Peru.",
     [("Otokar", "Peru", "turret", "planned", None), ("-", "Peru", "Leopard 2", A, None)]),
    # -- a firm the lexicon does not know, named by a proper noun before a company noun ----
    ("The frigate was delivered to the Peruvian Navy by the state-owned Callao shipyard.",
     [("Callao shipyard", "Peru", "frigate", "delivered", None)]),
    # trap: a demonym before the noun is the firm's country, not its name
    ("Peru bought the frigate from a Spanish shipyard.",
     [("Spain", "Peru", "frigate", "delivered|agreed", None)]),
    # -- "its first 10 vehicles": the ordinal holds the counted items after it -------------
    ("Peru has taken delivery of its first 10 Leopard 2 tanks.",
     [("-", "Peru", "Leopard 2", "delivered", "10")]),
    # -- a bare verb after "will see X": it happens when the verb above it does ------------
    ("The agreement will see Peru receive 24 Gripen fighters by 2031.",
     [("-", "Peru", "Gripen", "planned|agreed", "24")]),
    # trap: in the past it did happen
    ("The agreement saw Peru receive 24 Gripen fighters in 2021.",
     [("-", "Peru", "Gripen", "delivered", "24")]),
    # ... an option told paragraphs after the article's one deal is that deal's; where the
    #     optional items would go is no item
    ("Chile signed a contract for 12 F-16 fighters with Lockheed Martin. The jets replace "
     "older aircraft. Pilots train in Texas. Crews train in Arizona. The contract also "
     "includes options for fitting AMRAAM missiles to the Gripen fleet.",
     [("Lockheed Martin", "Chile", "F-16", A, "12"),
      ("Lockheed Martin", "Chile", "AMRAAM", "possible", None)]),
    # trap: the "to" inside "surface-to-air" is no destination
    ("Germany signed a deal with Peru for IRIS-T missiles. It also includes options for "
     "surface-to-air missiles and Boxer vehicles.",
     [("Germany", "Peru", "IRIS-T", A, None), ("Germany", "Peru", "missile", "possible", None),
      ("Germany", "Peru", "Boxer", "possible", None)]),
    # -- a lexicon company with its legal form is the lexicon's company -------------------
    ("Otokar Ltd will deliver 40 armoured vehicles to Peru.",
     [("Otokar", "Peru", "armoured vehicle", "planned", "40")]),
    ("Kongsberg AB has signed a contract with Chile for NASAMS air defence systems.",
     [("Kongsberg", "Chile", "NASAMS", A, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_deal_shape(text, expected):
    assert check(text, expected) == []


def test_a_sentence_glued_to_the_next_is_read_on_its_own():
    # the page left out the space after the first period: two sentences, two transfers
    text = "Peru bought six Kilo submarines from Russia.Chile ordered 12 F-16 jets from the US."
    assert check(text, [("Russia", "Peru", "Kilo", "agreed|delivered", "six"),
                        ("United States", "Chile", "F-16", A, "12")]) == []  # fmt: skip


def test_a_short_form_given_to_an_item_is_that_item_later():
    # "(ARV)" spells out the words before it, which name military equipment: "ARVs" is an item
    text = (
        "Peru ordered armoured recovery vehicles (ARV) from Otokar in May. Otokar has "
        "delivered 30 ARVs to Peru so far."
    )
    assert check(text, [("Otokar", "Peru", "armoured recovery vehicle", A, None),
                        ("Otokar", "Peru", "ARV", "delivered", "30")]) == []  # fmt: skip


def test_a_short_form_of_anything_else_is_no_item():
    # trap: "road signs (RS)" name no equipment, so "RSs" stays a word
    text = "Peru ordered road signs (RS) from Otokar. Otokar has delivered 30 RSs to Peru."
    assert check(text, []) == []
