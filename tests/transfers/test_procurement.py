"""Transfers told as procurement and export news: contracts, orders, selections, operators.

Made-up sentences in the shapes defence trade press uses for a government buying from a maker
or another state. Each expected row was worked out by hand from CONVENTIONS.md (dev set):
``(supplier, recipient, item, status, quantity)``, checked as in ``test_varied_sentences``
(``-`` is "not stated", statuses separated by ``|`` are all acceptable, quantity ``None`` is
not checked).
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

A, D, P = "agreed", "delivered", "planned"

CASES: list[tuple[str, list[tuple]]] = [
    # -- what a contract or order covers: a linking verb on the deal noun, in its own clause
    #    or in a relative clause hanging on it (or on its with-phrase) -----------------------
    ("The contract covers 36 Rafale fighters for the Indian Air Force.",
     [("-", "Indian Air Force", "Rafale", A, "36")]),
    ("Peru signed a contract with Navantia covering four frigates.",
     [("Navantia", "Peru", "frigate", A, "four")]),
    ("Saab signed a contract with Brazil covering the production of 36 Gripen fighters.",
     [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Chile's order, which includes 12 Black Hawk helicopters, was placed last year.",
     [("-", "Chile", "Black Hawk", A, "12")]),
    # -- a company that signs a contract "for" a buyer sells to it ---------------------------
    ("Saab signed a contract covering the production of 36 Gripen fighters for the Brazilian "
     "Air Force.", [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Rheinmetall has signed a contract for 50 Boxer armoured vehicles for the Dutch army.",
     [("Rheinmetall", "Netherlands", "Boxer", A, "50")]),
    # a government that signs "for" its own army is the buyer, not a seller
    ("Peru signed a contract for 12 helicopters for its army.",
     [("-", "Peru", "helicopter", A, "12")]),
    # -- a weapon's owner is who a buyer gets it from ("Saab's Gripen") ----------------------
    ("Peru bought Saab's Gripen fighters in 2019.",
     [("Saab", "Peru", "Gripen", "delivered|agreed", None)]),
    ("Brazil ordered 36 of Saab's Gripen fighters.", [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Chile's army ordered Israel's Spike missiles.", [("Israel", "Chile", "Spike", A, None)]),
    # the buyer's own approval of a purchase from a named maker: the approver's side buys
    ("India's cabinet cleared the purchase of Boeing's Apache helicopters.",
     [("Boeing", "India", "Apache", A, None)]),
    ("Peru's congress approved the acquisition of Airbus's A400M aircraft.",
     [("Airbus", "Peru", "A400M", A, None)]),
    # -- a buyer selects a system: planned, from its owner when one is written -------------
    ("Peru selected the FA-50 fighter for its air force.", [("-", "Peru", "FA-50", P, None)]),
    ("Brazil chose Saab's Gripen over the Rafale.", [("Saab", "Brazil", "Gripen", P, None)]),
    ("The Brazilian government has announced the selection of the Gripen.",
     [("-", "Brazil", "Gripen", P, None)]),
    ("Peru chose to buy 24 Gripen fighters from Saab.", [("Saab", "Peru", "Gripen", P, "24")]),
    ("The committee selected a site for the new base.", []),
    # -- a buyer picks or hires a maker to do the work: the one picked supplies --------------
    ("The Philippine Navy has picked Hyundai Heavy Industries to build two corvettes.",
     [("Hyundai", "Philippines", "corvette", P, "two")]),
    ("The Chilean navy hired Navantia to build two frigates.",
     [("Navantia", "Chile", "frigate", A, "two")]),
    ("Navantia was selected by the Australian navy to build five frigates.",
     [("Navantia", "Australia", "frigate", P, "five")]),
    ("Peru tapped Hanwha to supply 20 K9 howitzers.", [("Hanwha", "Peru", "K9", A, "20")]),
    # -- a side that operates or is a customer of a named system came to hold it -------------
    ("Chile became the fifth operator of the Bayraktar TB2.", [("-", "Chile", "TB2", D, None)]),
    ("Peru became the launch customer for the C-390 transport aircraft.",
     [("-", "Peru", "C-390", "delivered|agreed", None)]),
    ("Hungary is a Gripen customer.", [("-", "Hungary", "Gripen", "ongoing", None)]),
    # what a firm does is not a transfer
    ("Acme Corp is a supplier of radars.", []),
    # -- a purchase told in the progressive is one decided, not a supply going on ------------
    ("Egypt is purchasing two Italian FREMM frigates.", [("Italy", "Egypt", "FREMM", P, "two")]),
    ("Poland is buying 250 Abrams tanks from the United States.",
     [("United States", "Poland", "Abrams", P, "250")]),
    ("North Korea is supplying artillery shells to Russia.",
     [("North Korea", "Russia", "shell", "ongoing", None)]),
    # -- a deal told again by a definite noun is the same row, at its further stage ----------
    ("Spain delivered 20 Leopard 2 tanks to Peru. Peru signed a deal for the tanks in May.",
     [("Spain", "Peru", "Leopard 2", D, "20")]),
    ("Peru ordered 20 Leopard 2 tanks from Spain. Spain delivered the tanks to Peru in May.",
     [("Spain", "Peru", "Leopard 2", D, "20")]),
    # a refusal is told apart
    ("Peru ordered 20 Leopard 2 tanks from Spain. Spain did not deliver the tanks to Peru.",
     [("Spain", "Peru", "Leopard 2", A, "20"), ("Spain", "Peru", "tank", "negated", None)]),
    # -- an option for more: its own possible row, also in a sentence of its own ------------
    ("Colombia's deal with Embraer includes an option for ten additional Super Tucano "
     "aircraft.", [("Embraer", "Colombia", "Super Tucano", "possible", "ten additional")]),
    ("Chile bought 20 Leopard 2 tanks from Germany. The contract includes an option for 12 "
     "more.", [("Germany", "Chile", "Leopard 2", D, "20"),
               ("Germany", "Chile", "Leopard 2", "possible", "12 more")]),
    ("Peru bought six helicopters from Airbus. The deal has options on up to four additional "
     "aircraft.", [("Airbus", "Peru", "helicopter", D, "six"),
                   ("Airbus", "Peru", "helicopter", "possible", "four additional")]),
    # an option taken up is an order
    ("Egypt ordered two submarines from TKMS in 2011. Cairo exercised an option for two more "
     "in 2015.", [("TKMS", "Egypt", "submarine", A, "two"),
                  ("TKMS", "Egypt", "submarine", A, "two more")]),
    # -- a foreign-made item "in service with" a side: implied -----------------------------
    ("Russian-made Su-30 jets in service with the Peruvian Air Force were grounded.",
     [("Russia", "Peru", "Su-30", "implied", None)]),
    ("The Chilean navy has two Dutch-built frigates in service.",
     [("Netherlands", "Chile", "frigate", "implied", "two")]),
    ("The Dutch-built frigates entered service with the Peruvian Navy in 2005.",
     [("Netherlands", "Peru", "frigate", "implied|delivered", None)]),
    # no origin written, no row
    ("Peru has two frigates in service.", []),
    # -- taken into service: delivered, when the sentence says where it came from ----------
    ("The Indian Navy inducted the first of four frigates built by Mazagon Dock.",
     [("Mazagon Dock", "India", "frigate", D, "four")]),
    ("The frigate built by Navantia was commissioned into the Australian navy last week.",
     [("Navantia", "Australia", "frigate", D, None)]),
    ("The Indian Navy commissioned two Russian-built frigates on Friday.",
     [("Russia", "India", "frigate", D, "two")]),
    ("The Indian Army inducted 100 K9 howitzers.", []),
    # -- a company that wins, secures or bags a contract to supply: agreed -------------------
    ("Hanwha secured a contract to supply 100 howitzers to the Indian Army.",
     [("Hanwha", "India", "howitzer", A, "100")]),
    ("Rheinmetall bagged an order to deliver 30 armoured vehicles to the Hungarian army.",
     [("Rheinmetall", "Hungary", "armoured vehicle", A, "30")]),
    # -- who awards a contract with no one named it goes to is the buyer, not the builder --
    ("The Peruvian Navy awarded a contract on Monday to build four new frigates.",
     [("-", "Peru", "frigate", A, "four")]),
    ("The ministry awarded Navantia a contract to build four frigates for the Peruvian Navy.",
     [("Navantia", "Peru", "frigate", A, "four")]),
    # an option for "a fifth" is one more, possible
    ("Peru's agreement with Navantia includes an option for a fifth frigate.",
     [("Navantia", "Peru", "frigate", "possible", "fifth")]),
    # -- an agreement still to come: the intent word above the signing tells the stage -----
    ("Peru is expected to sign a contract with Saab for 24 Gripen fighters next month.",
     [("Saab", "Peru", "Gripen", P, "24")]),
    ("Chile plans to sign a deal with Navantia for two frigates.",
     [("Navantia", "Chile", "frigate", P, "two")]),
    ("Peru wants to sign a contract for 12 Black Hawk helicopters.",
     [("-", "Peru", "Black Hawk", "sought", "12")]),
    # signing what binds less than a contract
    ("Peru signed a letter of intent to buy 24 Gripen fighters from Saab.",
     [("Saab", "Peru", "Gripen", P, "24")]),
    ("Peru signed a memorandum of understanding with Saab for 24 Gripen fighters.",
     [("Saab", "Peru", "Gripen", P, "24")]),
    # a signed contract stays agreed
    ("Peru signed a contract with Saab for 24 Gripen fighters.",
     [("Saab", "Peru", "Gripen", A, "24")]),
    # -- negotiating with a side: that side is the other party, possible ---------------------
    ("Peru is negotiating with Saab to buy 24 Gripen fighters.",
     [("Saab", "Peru", "Gripen", "possible", "24")]),
    ("Peru is negotiating with Chile to sell 24 tanks.",
     [("Peru", "Chile", "tank", "possible", "24")]),
    # a relative pronoun is never a side ("for which")
    ("The Indian Navy signed the contract for eight Chetak helicopters with Hindustan "
     "Aeronautics in 2017, for which 2019 was set as the delivery date.",
     [("Hindustan Aeronautics", "India", "Chetak", A, "eight")]),
    # -- a deal for the sale of items runs from its signer to its partner ------------------
    ("Spain signed a contract with Peru for the sale of 30 Leopard 2 tanks.",
     [("Spain", "Peru", "Leopard 2", A, "30")]),
    ("Turkey inked an agreement with Qatar for the export of 20 armoured vehicles.",
     [("Turkey", "Qatar", "armoured vehicle", A, "20")]),
    # ... while "supply" and "delivery" keep the signer as the buyer
    ("Armenia signed a contract with India for the supply of Pinaka rocket launchers.",
     [("India", "Armenia", "Pinaka", A, None)]),
    ("Indonesia signed a contract with France for the delivery of 42 Rafale jets.",
     [("France", "Indonesia", "Rafale", A, "42")]),
    ("Peru signed a deal with Saab for the purchase of 12 Gripen fighters.",
     [("Saab", "Peru", "Gripen", A, "12")]),
    # a company partner still sells, whatever the noun
    ("The Pentagon signed a contract with Lockheed Martin for the delivery of 50 F-35 jets.",
     [("Lockheed Martin", "Pentagon", "F-35", A, "50")]),
    # -- a company that wins or receives an order from a buyer sells to that buyer ---------
    ("Hanwha won an order from Poland for 152 K9 howitzers.",
     [("Hanwha", "Poland", "K9", A, "152")]),
    ("Saab has received an order from Sweden's FMV for Gripen fighters for Thailand.",
     [("Saab", "Thailand", "Gripen", A, None)]),
    ("Saab received an order from Hungary for four additional Gripen fighters.",
     [("Saab", "Hungary", "Gripen", A, "four additional")]),
    # -- "the last / the second of" counts the item, it is not the item ------------------
    ("Dassault delivered the last of 36 Rafale jets to India in December.",
     [("Dassault", "India", "Rafale", D, "36")]),
    # -- a group of sides told with its members: the members ---------------------------------
    ("The K9 howitzer has been exported to five countries, including Turkey, Poland and "
     "Norway.", [("-", c, "K9", D, None) for c in ("Turkey", "Poland", "Norway")]),
    ("Hanwha has sold the K9 to several countries, such as Turkey, Poland and Norway.",
     [("Hanwha", c, "K9", D, None) for c in ("Turkey", "Poland", "Norway")]),
    ("Peru bought rifles from three European countries, including Belgium and Germany.",
     [(c, "Peru", "rifle", D, None) for c in ("Belgium", "Germany")]),
    # -- "operators / customers of X include A and B": the listed hold X ------------------
    ("Operators of the Bayraktar TB2 include Ukraine, Poland and Qatar.",
     [("-", c, "TB2", "ongoing|delivered", None) for c in ("Ukraine", "Poland", "Qatar")]),
    ("Buyers of Chinese drones include Peru and Chile.",
     [("China", c, "drone", "ongoing|delivered", None) for c in ("Peru", "Chile")]),
    # what a supplier supplies to no one named is no transfer
    ("Suppliers of the drones include Iran and Turkey.", []),
    ("The Indian Navy signed the contract for eight Chetak helicopters with Hindustan "
     "Aeronautics in 2017, for which August 2019 was set as the delivery date.",
     [("Hindustan Aeronautics", "India", "Chetak", A, "eight")]),
    # -- an award told in the passive: "from" names who gave it, like "by" ----------------
    ("Navantia said it has been awarded a contract worth $300 million from the Peruvian "
     "Navy to build two frigates.", [("Navantia", "Peru", "frigate", A, "two")]),
    # -- roles told in a relative clause on the deal noun, before its verb -----------------
    ("The contract, awarded to Navantia by the Chilean Navy, covers four corvettes.",
     [("Navantia", "Chile", "corvette", A, "four")]),
    ("The deal, signed with Saab by the Brazilian Air Force, covers 12 Gripen fighters.",
     [("Saab", "Brazil", "Gripen", A, "12")]),
    # ... the end user in the deal's own for-phrase outranks the agency that awarded it
    ("The contract, awarded to Navantia by the US Navy, covers two corvettes for the "
     "Chilean Navy.", [("Navantia", "Chile", "corvette", A, "two")]),
    # -- what items are for is no item: "missiles for its fighter jets" --------------------
    ("Peru signed a contract with Rheinmetall for 200 missiles for its fighter jets.",
     [("Rheinmetall", "Peru", "missile", A, "200")]),
    # -- parts and upkeep of a weapon are military equipment or services -----------------
    ("Hanwha won a contract to supply spare parts for K9 howitzers to the Norwegian Army.",
     [("Hanwha", "Norway", "spare parts", A, None)]),
    ("Peru signed a contract with Navantia for the maintenance of its frigates.",
     [("Navantia", "Peru", "maintenance", A, None)]),
    ("Rheinmetall will supply engines for the trucks to the Chilean Army.", []),
    ("Chile ordered spare engines for its fleet of F-16 jets from Safran.",
     [("Safran", "Chile", "spare engines", A, None)]),
    # -- a deal told by "for" + -ing: who holds it sells, who signed it buys ---------------
    ("Larsen & Toubro secured two contracts for procuring radars for the Indian Army.",
     [("Larsen & Toubro", "India", "radar", A, None)]),
    ("The Indian Navy signed a contract with Bharat Dynamics for purchasing 40 missiles.",
     [("Bharat Dynamics", "India", "missile", A, "40")]),
    ("Among the agreements, one was with Hindustan Aeronautics for purchasing engines for "
     "Su-30 jets.", [("Hindustan Aeronautics", "-", "engines", A, None)]),
    ("The remaining two deals were finalized with Bharat Dynamics for acquiring 60 missiles.",
     [("Bharat Dynamics", "-", "missile", A, "60")]),
    ("Navantia won a contract for building four frigates for the Chilean Navy.",
     [("Navantia", "Chile", "frigate", A, "four")]),
    # -- "construct" is a verb of making like "build" ------------------------------------
    ("Another contract will see Austal construct two patrol boats for the Chilean Navy.",
     [("Austal", "Chile", "patrol boat", "planned|agreed", "two")]),
    # -- items a maker built for a side, told in a relative clause with no "that"; their
    #    upkeep is a service to the side they were built for ------------------------------
    ("Austal will maintain two patrol boats the company built for the Chilean Navy.",
     [("Austal", "Chile", "patrol boat", D, "two"), ("Austal", "Chile", "patrol boat", P, "two")]),
    ("Naval Group launched the first of four submarines it is building for the Dutch navy.",
     [("Naval Group", "Netherlands", "submarine", "ongoing|agreed|planned", "four")]),
    # -- a force that owns an item did not make it: "the navy's submarine, built by X" ------
    ("The Indian Navy's first submarine, built by Naval Group, will be delivered in 2030.",
     [("Naval Group", "India", "submarine", P, None)]),
    # -- upkeep of a side's weapons is a service to that side; of one's own, none ----------
    ("General Dynamics will upgrade 200 Abrams tanks for the US Army.",
     [("General Dynamics", "United States", "Abrams", P, "200")]),
    ("Rheinmetall will overhaul the Chilean Army's Leopard 2 tanks.",
     [("Rheinmetall", "Chile", "Leopard 2", P, None)]),
    ("Peru will upgrade its tanks.", []),
    ("The US Army will modernise 50 howitzers for $20 million.", []),
    # -- the end user in the for-phrase of an award outranks the one who awards ------------
    ("The Pentagon awarded Raytheon a $600 million contract for Patriot missiles for Taiwan.",
     [("Raytheon", "Taiwan", "Patriot", A, None)]),
    # -- a description set off by commas after the maker is not the subject ---------------
    ("Navantia, a Spanish state-owned shipbuilder, will build four frigates for the Peruvian "
     "Navy.", [("Navantia", "Peru", "frigate", P, "four")]),
    # -- "U.S. partner nations" are not the United States ----------------------------------
    ("Navantia will build ten patrol boats for U.S. partner nations.",
     [("Navantia", "-", "patrol boat", P, "ten")]),
    # -- an agency that buys "on behalf of" a side, items "for use by" a side: that side --
    ("The NATO Support and Procurement Agency signed a contract with Rheinmetall on behalf "
     "of Estonia for 50 howitzers.", [("Rheinmetall", "Estonia", "howitzer", A, "50")]),
    ("The contract was placed by the US Army on behalf of Taiwan and covers 30 howitzers "
     "from BAE Systems.", [("BAE Systems", "Taiwan", "howitzer", A, "30")]),
    ("Saab will supply 20 missiles to the NATO Support and Procurement Agency for use by "
     "the Estonian army.", [("Saab", "Estonia", "missile", P, "20")]),
    # ... but a giver acting for another still gives to its own recipient
    ("Poland delivered 30 tanks to Ukraine on behalf of the European Union.",
     [("Poland", "Ukraine", "tank", D, "30")]),
    # -- the contract-notice shape: "X, City, State, is awarded a contract for the production
    #    of Y for A and the governments of B and C" -----------------------------------------
    ("Raytheon, Tucson, Arizona, is awarded a $90,000,000 contract for the production of 40 "
     "missiles for the Navy and the governments of Japan and Australia.",
     [("Raytheon", "Japan", "missile", A, "40"), ("Raytheon", "Australia", "missile", A, "40")]),
    ("Navantia signed a contract for the construction of five frigates for the Peruvian Navy.",
     [("Navantia", "Peru", "frigate", A, "five")]),
    ("Saab will sell six jets to the government of Peru.",
     [("Saab", "Peru", "aircraft", P, "six")]),
    # -- a deal told with "be": its with- and for-phrases are the deal's -------------------
    ("The third contract is with Rheinmetall for 50,000 artillery shells.",
     [("Rheinmetall", "-", "shell", A, "50,000")]),
    ("The order was for 20 Gripen jets from Saab.", [("Saab", "-", "Gripen", A, "20")]),
    ("The deal was a mistake, Peru said.", []),
    # -- a maker described by its country or its seat is the maker, not the place ----------
    ("Italian defence group Leonardo said it will deliver 24 helicopters to the Polish Army.",
     [("Leonardo", "Poland", "helicopter", P, "24")]),
    ("A Moscow-based firm sold 40 armoured vehicles to Chad.",
     [("-", "Chad", "armoured vehicle", D, "40")]),
    # -- how far a bid has gone: a tender won is a contract, a bid to supply an offer, being
    #    in the running a possibility -------------------------------------------------------
    ("Rheinmetall won a tender to supply 30 armoured vehicles to the Hungarian army.",
     [("Rheinmetall", "Hungary", "armoured vehicle", A, "30")]),
    ("Saab has submitted a bid to supply 12 Gripen jets to Colombia.",
     [("Saab", "Colombia", "Gripen", "offered", "12")]),
    ("Peru made a bid to buy 20 Leopard 2 tanks from Spain.",
     [("Spain", "Peru", "Leopard 2", "sought", "20")]),
    ("Navantia is in the running to supply four frigates to the Peruvian Navy.",
     [("Navantia", "Peru", "frigate", "possible", "four")]),
    # -- a memorandum signed by a company with a government runs from the company ---------
    ("Leonardo signed a memorandum of understanding with the Polish government on the "
     "supply of 32 helicopters.", [("Leonardo", "Poland", "helicopter", P, "32")]),
    # -- a maker that builds under a deal supplies what it builds; the deal's awarder buys --
    ("Under the contract awarded by the Peruvian Navy, Navantia will build two corvettes.",
     [("Navantia", "Peru", "corvette", "planned|agreed", "two")]),
    ("Under pressure, Navantia will build two corvettes.", []),
    # ... and items supplied under a deal are ordered, not yet delivered
    ("The frigates will carry Exocet missiles supplied by MBDA under a separate contract "
     "with the Peruvian Navy.", [("MBDA", "Peru", "Exocet", A, None)]),
    # -- a weapon class before a deal noun is what the deal is for; "arms" names none ------
    ("Rheinmetall bags a $300m ammunition order from Denmark.",
     [("Rheinmetall", "Denmark", "munition", A, None)]),
    ("Peru signed a drone contract with Turkey.", [("Turkey", "Peru", "drone", A, None)]),
    ("Peru signed an arms deal with Chile.", []),
    # -- a free-choice noun tells no one transfer ------------------------------------------
    ("Officials fear Iran will use any weapon it receives against shipping.", []),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_procurement_sentence(text, expected):
    assert check(text, expected) == []
