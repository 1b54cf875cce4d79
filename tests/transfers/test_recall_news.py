"""Transfers missed on news articles, by grammatical shape: made-up sentences read with the
real lexicon (session 11, issue 12).

Each group is one shape of English the reading missed, told in several ways, with traps
beside it; the expected rows were worked out by hand from CONVENTIONS.md, in the format of
``test_varied_sentences``: (supplier, recipient, item, status, quantity), ``-`` not stated.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D, P, A, ON = "delivered", "planned", "agreed", "ongoing"
CASES: list[tuple[str, list[tuple]]] = [
    # -- equipment named in capitals the lexicon does not know, in a sentence of prose ---------
    ("Rheinmetall delivered 40 Armoured Personnel Carriers to the Kenyan Army last month.",
     [("Rheinmetall", "Kenya", "Armoured Personnel Carriers", D, "40")]),
    ("Rheinmetall has been awarded a contract by the Kenyan Army for the purchase of 60 Mine "
     "Protected Clearance Vehicles.",
     [("Rheinmetall", "Kenya", "Mine Protected Clearance Vehicles", A, None)]),
    # an adjective before the number: "an additional 60", "a further 12"
    ("Rheinmetall has been awarded a contract by the Kenyan Army for the purchase of an "
     "additional 60 Mine Protected Clearance Vehicles and 20 Bar Armour Kits.",
     [("Rheinmetall", "Kenya", "Mine Protected Clearance Vehicles", A, None),
      ("Rheinmetall", "Kenya", "Bar Armour Kits", A, None)]),
    ("Portugal will send a further 12 howitzers to Ghana.",
     [("Portugal", "Ghana", "howitzer", P, "further 12")]),
    # trap: capitalised vehicles of a company sold to no force are no arms transfer
    ("Rheinmetall delivered 40 Light Commercial Vehicles to Kenya Power last month.", []),
    # -- a container noun before the item: "packs of", "a cache of", "crates of" --------------
    ("Ghana said it had sent packs of arms to the Malian army in 2019.",
     [("Ghana", "Mali", "arms", D, None)]),
    ("Portugal shipped crates of ammunition to Ghana.",
     [("Portugal", "Ghana", "ammunition", D, None)]),
    ("Belarus delivered a large cache of rifles to Niger's army.",
     [("Belarus", "Niger", "rifle", D, None)]),
    # -- "it" in what a side says or notifies is that side, not the one it tells ---------------
    ("The State Department notified Congress that it had agreed to sell Hellfire missiles to "
     "Ghana.",
     [("United States", "Ghana", "Hellfire", A, None)]),
    ("Portugal informed the United Nations that it had shipped mortars to Mali.",
     [("Portugal", "Mali", "mortar", D, None)]),
    ("Portugal told Ghana that it would send rifles to Mali.",
     [("Portugal", "Mali", "rifle", P, None)]),
    # ... and "it" as the taker is the teller too
    ("Ghana told Portugal that it would receive rifles from Brazil.",
     [("Brazil", "Ghana", "rifle", P, None)]),
    # -- a service noun is military by what it serves --------------------------------------------
    ("In return, Portugal may provide Ghana with technological assistance in missile and "
     "satellite programmes.",
     [("Portugal", "Ghana", "assistance", "possible", None)]),
    ("Portugal will provide Ghana with training for its drone pilots.",
     [("Portugal", "Ghana", "training", P, None)]),
    # trap: help for people or for farming is no arms transfer
    ("Portugal will give Ghana technical assistance for its farmers.", []),
    # -- a second past verb after "and", before its object: the same subject's verb ------------
    ("Ghana rejected the claims and accused Portugal of shipping arms to Mali.",
     [("Portugal", "Mali", "arms", "delivered|ongoing", None)]),
    ("Portugal trained the soldiers and supplied Mali with rifles.",
     [("Portugal", "Mali", "rifle", D, None)]),
    # trap: a participle before a noun after "and" stays a modifier
    ("Portugal sent rifles and armed drones to Mali.",
     [("Portugal", "Mali", "rifle", D, None), ("Portugal", "Mali", "drone", D, None)]),
    # -- "X, along with Y, VERB": Y acts too --------------------------------------------------
    ("Portugal, along with Spain and Italy, sent rifles to Ghana.",
     [("Portugal", "Ghana", "rifle", D, None), ("Spain", "Ghana", "rifle", D, None),
      ("Italy", "Ghana", "rifle", D, None)]),
    ("Portugal, together with Spain, has pledged 40 howitzers to Ghana.",
     [("Portugal", "Ghana", "howitzer", P, "40"), ("Spain", "Ghana", "howitzer", P, "40")]),
    # trap: a companion that names no actor adds no side
    ("Portugal, along with its allies, sent rifles to Ghana.",
     [("Portugal", "Ghana", "rifle", D, None)]),
    # -- a system an armed force receives is military equipment ----------------------------
    ("Rheinmetall won a contract to develop and supply the Kenyan Army with an integrated head "
     "protection system.",
     [("Rheinmetall", "Kenya", "head protection system", A, None)]),
    # trap: a system for a company is no arms transfer
    ("Rheinmetall sold a new accounting system to Kenya Power.", []),
    # -- "and" + a simple past verb joins the clause of the same tense, not the claim -----------
    ("Ghana denied Mali's claim that it is arming the rebels and voiced concern over Portugal's "
     "supply of mortars to Mali.",
     [("Portugal", "Mali", "mortar", "delivered|ongoing", None)]),
    # trap: a shared auxiliary keeps the second verb in the claim ("has bought ... and sent")
    ("Ghana said that Portugal has bought rifles and sent them to Mali.",
     [("-", "Portugal", "rifle", D, None), ("Portugal", "Mali", "rifle", D, None)]),
    # -- a copula places a side in a group that supplies -----------------------------------
    ("Portugal is among the countries supplying weapons to Ghana.",
     [("Portugal", "Ghana", "weapon", ON, None)]),
    ("Portugal is one of the nations that have sent tanks to Ghana.",
     [("Portugal", "Ghana", "tank", D, None)]),
    # trap: a side said not to be in the group is not placed in it
    ("Portugal is not among the countries supplying weapons to Ghana.",
     [("-", "Ghana", "weapon", ON, None)]),
    # -- arms that flow, a price paid for them -----------------------------------------------
    ("Weapons from Portugal have been flowing to Ghana for years.",
     [("Portugal", "Ghana", "weapon", ON, None)]),
    ("Arms continue to flow from Portugal to Ghana.",
     [("Portugal", "Ghana", "arms", ON, None)]),
    ("Ghana paid $20 million to Portugal for 12 howitzers.",
     [("Portugal", "Ghana", "howitzer", D, "12")]),
    # traps: money or people that flow, a price paid for fuel
    ("Money continues to flow from Portugal to Ghana.", []),
    ("Ghana paid Portugal for the fuel.", []),
    # -- a passive of sending with its origin in a from-phrase; arms that come from a side ---
    ("Drones were reportedly shipped from Portugal to Ghana.",
     [("Portugal", "Ghana", "drone", D, None)]),
    ("Most of Ghana's weapons come from Portugal.",
     [("Portugal", "Ghana", "weapon", ON, None)]),
    # traps: a port is no supplier; news or support that comes from a side is no item
    ("The drones were shipped from the port of Beira to Ghana.",
     [("-", "Ghana", "drone", D, None)]),
    ("Support for Ghana came from Portugal.", []),
    # -- parts named by their weapon, between companies -----------------------------------
    ("Rheinmetall will supply gun barrels to BAE Systems for the howitzers.",
     [("Rheinmetall", "BAE Systems", "gun barrels", P, None)]),
    ("BAE Systems ordered 200 gun barrels from Rheinmetall.",
     [("Rheinmetall", "BAE Systems", "gun barrels", A, "200")]),
    # trap: parts of cars are no arms
    ("Portugal shipped car parts to Ghana.", []),
    # -- an adverb inside the verb group; a verb right after "which" -------------------------
    ("Portugal has so far delivered 8 of the 12 jets to Ghana.",
     [("Portugal", "Ghana", "jet", D, None)]),
    ("Ghana, which buys most of its arms from Portugal, received 12 more tanks.",
     [("Portugal", "Ghana", "arms", ON, None), ("-", "Ghana", "tank", D, "12 more")]),
    # -- "neither ... nor" and "no" deny the deed for every side named ------------------------
    ("Neither Portugal nor Spain has sent tanks to Ghana.",
     [("Portugal", "Ghana", "tank", "negated", None), ("Spain", "Ghana", "tank", "negated", None)]),
    ("No country has sent tanks to Ghana.", [("-", "Ghana", "tank", "negated", None)]),
    # -- a force noun after a possessive, then its verb -------------------------------------
    ("Ghana's military uses Portuguese-made rifles.",
     [("Portugal", "Ghana", "rifle", "implied", None)]),
    # -- an armed group placed in a country by an in-phrase is a side, not the state ---------
    ("Portugal has sent arms to militants in Syria.",
     [("Portugal", "militants in Syria", "arms", D, None)]),
    ("Portugal dismissed allegations that it had armed the rebels in Mali.",
     [("Portugal", "rebels in Mali", "arm", "denied", None)]),
]  # fmt: skip


#: A headline above each case, so the sentence is read as body text (a headline's
#: "X Delivers Y" has stages of its own).
HEADLINE = "Arms news of the week\n\n"


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_recall_sentence(text, expected):
    assert check(HEADLINE + text, expected) == []
