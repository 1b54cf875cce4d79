"""Sentences that must NOT give a wrong row: the precision traps of issue 12, on made-up text.

Each case is a small article written for the test; every expected row was worked out by
hand from the dev set's CONVENTIONS.md: ``(supplier, recipient, item, status, quantity)``,
``-`` for "not stated", statuses separated by ``|`` all acceptable. A case passes when
every expected row is found and every row given is expected, so an empty list asserts
that no row at all is read.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check, read_rows

D, P, A, N, DEN = "delivered", "planned", "agreed", "negated", "denied"

CASES = [
    # -- a plural pronoun agrees with the nearer plural noun, not with an actor further back
    ("Officials said rifles were delivered to the Chilean army by the Peruvian defence ministry, "
     "but the militants said they have not received any.",
     [("Peru", "Chile", "rifle", D, None), ("-", "militants", "rifle", N, None)]),
    ("Bolivia is a critic of the Chilean president and has openly backed the insurgents, but "
     "has always denied arming them.",
     [("Bolivia", "insurgents", "weapon", DEN, None)]),
    # -- the same side told again by its head noun in the same sentence keeps the supplier
    ("Officials said rifles were delivered to the Chilean militants by the Peruvian defence "
     "ministry, but the militants said they have not received any.",
     [("Peru", "Chilean militants", "rifle", D, None), ("Peru", "militants", "rifle", N, None)]),
    # -- "his country" is the country of the person the clause above names
    ("Peru's defence minister on Monday denied reports that his country was delivering "
     "weapons to Bolivian rebels.",
     [("Peru", "rebels", "weapon", DEN, None)]),
    # -- civilian arms are no military goods
    ("The minister acknowledged that hunting rifles had been exported to Bolivia.", []),
    ("Officials said sporting guns and blank firing pistols were sold to Chile.", []),
    # -- a gerund judged as a kind tells no transfer
    ("“Selling attack helicopters to Peru would be a grave mistake,” the senator said.", []),
    ("Arming the insurgents with such dangerous weapons as rockets, or approving such deals, "
     "would be reckless, a Chilean spokesman said.", []),
    # -- anyone at all is no side
    ("Everyone who is providing weapons to the Bolivian junta should stop, the minister said.",
     []),
    ("Anyone who sells rifles to Peru will be punished.", []),
    # -- "no" before the item denies the transfer
    ("“No combat aircraft have been sold to Peru by Chile,” the minister said.",
     [("Chile", "Peru", "aircraft", N, None)]),
    ("Peru sent no fewer than 20 tanks to Bolivia.", [("Peru", "Bolivia", "tank", D, None)]),
    # -- a past form after "and" with an object is a verb, and "accuse X of" makes X the doer
    ("Chile rejected claims it is supplying arms to Bolivian insurgents and accused Lima of "
     "shipping attack helicopters to the Bolivian junta.",
     [("Chile", "insurgents", "weapon", DEN, None), ("Peru", "Bolivia", "attack helicopter", D,
                                                      None)]),
    # -- a simple past after "and" joins the simple past above a clause in the progressive:
    # the denial does not reach the concern voiced about another side's supply
    ("Chile denied claims that it is arming Bolivia's rebels and voiced concern over Peru's "
     "supply of attack helicopters to La Paz.",
     [("Chile", "rebels", "weapon", DEN, None), ("Peru", "Bolivia", "attack helicopter", D, None)]),
    # -- a country's fighters are one side, however the article words them
    ("Peru sent rifles to Bolivian rebels in May. Bolivia's opposition later received mortars "
     "from Peru.",
     [("Peru", "Bolivian rebels", "rifle", D, None), ("Peru", "Bolivian rebels", "mortar", D,
                                                     None)]),
    # -- one trained to fly a jet is its user, not the trainer: no implied row from its maker
    ("Chile has trained Peruvian pilots to fly the F-16s it sold to Peru in 2015.",
     [("Chile", "Peru", "training", D, None), ("Chile", "Peru", "F-16", D, None)]),
    # -- who attacks with a weapon supplied by X got it from X
    ("Bolivian rebels attacked a Peruvian base with rockets supplied by Chile.",
     [("Chile", "Bolivian rebels", "rocket", D, None)]),
    # -- a condition tells what may happen
    ("If Spain sends Leopard tanks to Peru, Chile will respond, officials said.",
     [("Spain", "Peru", "Leopard", "possible", None)]),
    # -- a typed apostrophe ("Peru`s") is a possessive: moving one's own stock out is no sale
    ("They accused the Peruvian government of smuggling out Peru`s chemical weapons to Chile.",
     []),
    # -- whose aid a delivery is part of names its supplier; "are going to" plans
    ("Peruvian troops have received a delivery of armoured vehicles, within the scope of the "
     "Chilean military aid provided for Lima. Chile is going to provide Peru with another 20 "
     "examples of such armoured vehicles soon.",
     [("Chile", "Peru", "armoured vehicle", D, None),
      ("Chile", "Peru", "armoured vehicle", P, None)]),
    # -- an aside between dashes keeps the verb group's negation; "anyone in X" is X's side
    ("“We do NOT -- repeat NOT -- sell rifles to anyone in Bolivia,” a Chilean spokesman said.",
     [("Chile", "Bolivia", "rifle", N, None)]),
    # -- a plain demonym before a state body's name says whose it is; a hyphened one does not
    ("Austal will build two patrol boats for the Australian DoD.",
     [("Austal", "Australia", "patrol boat", P, None)]),
    ("China made a delivery of anti-aircraft missiles to Russian ally Serbia.",
     [("China", "Serbia", "missile", D, None)]),
    ("Italy sent rifles to the US-backed Syrian Democratic Forces.",
     [("Italy", "Syrian Democratic Forces", "rifle", D, None)]),
    # -- a negated verb over a noun of giving negates it; not disclosing it does not
    ("Peru's ministry had not issued any permits for the export of military equipment to "
     "Bolivia in 2020.",
     [("-", "Bolivia", "military equipment", N, None)]),
    # -- a losing or competing bidder offered; the side a tender was lost to got nothing
    ("Saab lost the tender to supply 12 jets to Chile to Dassault Aviation.",
     [("Saab", "Chile", "aircraft", "offered", None)]),
    ("Boeing and Saab are competing to supply fighter jets to Peru.",
     [("Boeing", "Peru", "fighter jet", "offered", None),
      ("Saab", "Peru", "fighter jet", "offered", None)]),
    # -- sanctions laid on a side for a supply: that side supplied, not the one who sanctions
    ("The European Union imposed sanctions on Belarus for supplying drones to Russia.",
     [("Belarus", "Russia", "drone", "unspecified|delivered", None)]),
    # -- a dock built for a navy is a naval auxiliary; one for a port is no military goods
    ("Acme Marine will build a new floating dry dock for the Chilean Navy.",
     [("-", "Chile", "dock", P, None)]),
    ("Acme Marine will build a new floating dry dock for the port of Valparaiso.", []),
    # -- a purchase mulled, weighed or studied is possible, also as "the possibility of"
    ("Peru mulls purchasing Russian-made helicopters.",
     [("Russia", "Peru", "helicopter", "possible", None)]),
    ("Chile and Bolivia are studying the possibility of purchasing Russian helicopters.",
     [("Russia", "Chile", "helicopter", "possible", None),
      ("Russia", "Bolivia", "helicopter", "possible", None)]),
    ("The Argentinean navy is weighing the purchase of two frigates from Spain.",
     [("Spain", "Argentina", "frigate", "possible", None)]),
    # -- bidders shortlisted to supply offered; the one shortlisting receives
    ("The Peruvian Air Force shortlisted Saab and Boeing to supply 36 fighter jets.",
     [("Saab", "Peru", "fighter jet", "offered", None),
      ("Boeing", "Peru", "fighter jet", "offered", None)]),
    # -- a seller's prospects or chances of an order: possible; bidders in contention offered
    ("Dassault's prospects for securing an order from Peru for 36 Rafales brightened.",
     [("Dassault", "Peru", "Rafale", "possible", None)]),
    ("Saab's chances of winning a contract from Peru for 36 Gripen jets are slim.",
     [("Saab", "Peru", "Gripen", "possible", None)]),
    ("Saab and Boeing are in contention to supply 36 fighter jets to Peru.",
     [("Saab", "Peru", "fighter jet", "offered", None),
      ("Boeing", "Peru", "fighter jet", "offered", None)]),
    # -- two sides negotiating a sale: the one that makes the item sells it
    ("Peru and France are negotiating the sale of 12 Rafale jets.",
     [("France", "Peru", "Rafale", "possible", None)]),
    # -- "has neither the will nor the means to sell", "lacks the will to sell": not done
    ("Bolivia has neither the will nor the means to sell or deliver rifles to Peru.",
     [("Bolivia", "Peru", "rifle", N, None)]),
    ("Bolivia lacks the political will to sell rifles to Peru.",
     [("Bolivia", "Peru", "rifle", N, None)]),
    # -- arms sent "to" a side "for" an armed group reach the group; the side is a way station
    ("Bolivia sent rifles to Peru for Chilean rebels.",
     [("Bolivia", "Chilean rebels", "rifle", D, None)]),
    ("Bolivia sent rifles to Peru for its army.", [("Bolivia", "Peru", "rifle", D, None)]),
    # -- a scrapped, shelved or terminated deal is negated, its side found on its items
    ("The deal to sell 12 Rafale jets to Chile was scrapped.",
     [("-", "Chile", "Rafale", N, None)]),
    ("France shelved the sale of 12 Rafale jets to Chile.",
     [("France", "Chile", "Rafale", N, None)]),
    ("The contract for 12 Rafale jets for Chile was terminated.",
     [("-", "Chile", "Rafale", N, None)]),
    # -- a demonym on a contract a named seller won names the buyer
    ("Boeing beat Saab to win the Peruvian fighter jet contract.",
     [("Boeing", "Peru", "fighter jet", A, None)]),
    # -- a postponed or deferred delivery is withheld
    ("Peru has postponed the delivery of two frigates to Chile.",
     [("Peru", "Chile", "frigate", N, None)]),
    ("Peru put off the sale of tanks to Chile.", [("Peru", "Chile", "tank", N, None)]),
    ("Peru called off the sale of 12 tanks to Chile.", [("Peru", "Chile", "tank", N, None)]),
    ("Chile deferred the purchase of 12 Mirage 2000 jets from France.",
     [("France", "Chile", "Mirage 2000", N, None)]),
]  # fmt: skip

#: Sides written without a name keep their words (a reader sees who is meant).
UNNAMED = [
    ("Lockheed Martin said it has been awarded a contract to build F-16 jets for U.S. partner "
     "nations.", "U.S. partner nations"),
    ("Germany will sell Leopard tanks to NATO members in the east.", "NATO members"),
]  # fmt: skip


@pytest.mark.parametrize("text, words", UNNAMED, ids=[c[1] for c in UNNAMED])
def test_an_unnamed_recipient_keeps_its_words(text, words):
    rows = read_rows(text)
    assert [(r["recipient"], r["recipient_text"]) for r in rows] == [("(not stated)", words)]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_no_wrong_row(text, expected):
    assert check(text, expected) == []


@pytest.mark.parametrize(
    "text", ["Chile signs Bolivian tank deal.", "Peru delays Bolivian frigate sale deal."]
)
def test_a_demonym_on_a_deal_noun_is_no_origin_of_its_item(text):
    # the demonym names a side of the deal, the buyer as often as the seller
    assert [r["supplier"] for r in read_rows(text) if r["supplier"] == "Bolivia"] == []
