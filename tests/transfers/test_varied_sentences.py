"""Transfers on varied made-up sentences, read with the project's real lexicon.

Each sentence is written in the style of a kind of outlet (wire service, defence
trade press, regional English-language press, government release, headline)
to vary the verbs, nouns, tenses, modals, negation, passives, relative clauses,
coordination, possessives, demonyms, companies and quantities a transfer is
told with, plus traps that are not transfers (attacks, shoot-downs, production,
tests, use with no origin, approvers, support with no item, money earmarked).
Every expected row was worked out by hand from CONVENTIONS.md (dev set):

    (supplier, recipient, item, status, quantity)

A party is matched against the row's actor, its country and its words; ``-``
is "not stated"; ``*`` accepts any party. The item is a word that must occur in
the row's item name or text. Statuses separated by ``|`` are all acceptable
(the conventions accept ``planned`` for a signed contract with future delivery,
``agreed`` for a purchase told in the past). Quantity ``None`` is not checked.
A sentence passes when every expected row is found and every row given is expected.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from analysis.entities import load_lexicons, match_text
from analysis.text import article_from_text, split_sentences
from analysis.transfers import extract_from_article
from analysis.transfers import rules as rules

D, P, A, N = "delivered", "planned", "agreed", "negated"
CASES: list[tuple[str, list[tuple]]] = [
    # -- giving verbs, tenses and modals ------------------------------------------------------
    ("The United States delivered 31 Abrams tanks to Ukraine last year.",
     [("United States", "Ukraine", "Abrams", D, "31")]),
    ("Germany will send two more Patriot batteries to Ukraine, the defence ministry said.",
     [("Germany", "Ukraine", "Patriot", P, "two more")]),
    ("Norway and Denmark are donating F-16 fighter jets to Ukraine.",
     [("Norway", "Ukraine", "F-16", "ongoing|planned", None),
      ("Denmark", "Ukraine", "F-16", "ongoing|planned", None)]),
    ("South Korea exported K9 howitzers to Norway and Finland.",
     [("South Korea", "Norway", "K9", D, None), ("South Korea", "Finland", "K9", D, None)]),
    ("The Netherlands has pledged 18 more F-16 jets to Ukraine.",
     [("Netherlands", "Ukraine", "F-16", P, "18 more")]),
    ("Australia has gifted 49 Abrams tanks to Ukraine.",
     [("Australia", "Ukraine", "Abrams", D, "49")]),
    ("Iran shipped Shahed drones to Russia by sea, according to Western officials.",
     [("Iran", "Russia", "Shahed", D, None)]),
    ("North Korea has been supplying artillery shells to Russia.",
     [("North Korea", "Russia", "shell", "ongoing", None)]),
    ("Sweden could supply Gripen fighters to Ukraine.",
     [("Sweden", "Ukraine", "Gripen", "possible", None)]),
    ("Brazil may sell C-390 transport aircraft to the Netherlands.",
     [("Brazil", "Netherlands", "C-390", "possible", None)]),
    ("Japan will lease five TC-90 aircraft to the Philippines.",
     [("Japan", "Philippines", "TC-90", P, "five")]),
    ("Britain will loan Challenger 2 tanks to Ukraine.",
     [("United Kingdom", "Ukraine", "Challenger", P, None)]),
    ("Canada committed 4,000 rifles to Ukraine.",
     [("Canada", "Ukraine", "rifle", P, "4,000")]),
    ("Slovakia handed over its MiG-29 fighter jets to Ukraine.",
     [("Slovakia", "Ukraine", "MiG-29", D, None)]),
    ("Germany gave Ukraine Gepard anti-aircraft guns.",
     [("Germany", "Ukraine", "Gepard", D, None)]),
    ("Turkey is providing Ukraine with Bayraktar TB2 drones.",
     [("Turkey", "Ukraine", "Bayraktar", "ongoing", None)]),
    ("Bulgaria will transfer Soviet-era S-300 missiles to Ukraine.",
     [("Bulgaria", "Ukraine", "S-300", P, None)]),
    ("China sold Wing Loong drones to the United Arab Emirates.",
     [("China", "United Arab Emirates", "Wing Loong", D, None)]),
    ("Israel sold Barak-8 missiles to Azerbaijan, according to SIPRI.",
     [("Israel", "Azerbaijan", "Barak", D, None)]),
    ("The Pentagon is to send Ukraine more Patriot interceptors.",
     [("United States", "Ukraine", "Patriot", P, None)]),
    ("Rheinmetall delivered Skynex air defence systems to Ukraine.",
     [("Rheinmetall", "Ukraine", "Skynex", D, None)]),
    ("Spain and Italy will supply air defence systems to Ukraine.",
     [("Spain", "Ukraine", "air defen", P, None), ("Italy", "Ukraine", "air defen", P, None)]),
    ("The United States supplied Ukraine with HIMARS launchers and Javelin missiles.",
     [("United States", "Ukraine", "HIMARS", D, None),
      ("United States", "Ukraine", "Javelin", D, None)]),
    ("Lockheed Martin will deliver 24 more F-16 jets to Poland.",
     [("Lockheed Martin", "Poland", "F-16", P, "24 more")]),
    ("Saab will deliver Gripen jets to Thailand by 2027.",
     [("Saab", "Thailand", "Gripen", P, None)]),
    ("South Korea will export 180 K2 tanks to Poland under the deal.",
     [("South Korea", "Poland", "K2", P, "180")]),
    ("Turkey offered Bayraktar TB2 drones to Indonesia.",
     [("Turkey", "Indonesia", "Bayraktar", "offered", None)]),
    ("France is expected to deliver the first Rafale jets to Indonesia next year.",
     [("France", "Indonesia", "Rafale", P, None)]),
    # -- getting verbs ------------------------------------------------------------------------
    ("Poland received the first K2 tanks from South Korea in December.",
     [("South Korea", "Poland", "K2", D, None)]),
    ("Ukraine has received Storm Shadow missiles from Britain.",
     [("United Kingdom", "Ukraine", "Storm Shadow", D, None)]),
    ("India is considering buying Su-57 jets from Russia.",
     [("Russia", "India", "Su-57", "possible", None)]),
    ("The Philippines is in talks with India to buy more BrahMos missiles.",
     [("India", "Philippines", "BrahMos", "possible", None)]),
    ("Indonesia plans to purchase 42 Rafale jets from France.",
     [("France", "Indonesia", "Rafale", P, "42")]),
    ("Egypt is expected to take delivery of the first Rafale jets next year.",
     [("-", "Egypt", "Rafale", P, None)]),
    ("Greece ordered 20 F-35 jets from the United States.",
     [("United States", "Greece", "F-35", A, "20")]),
    ("Russia obtained Shahed drones from Iran.",
     [("Iran", "Russia", "Shahed", D, None)]),
    ("Morocco acquired 36 Apache helicopters from the United States.",
     [("United States", "Morocco", "Apache", "delivered|agreed", "36")]),
    ("Pakistan took delivery of J-10C fighter jets from China.",
     [("China", "Pakistan", "J-10", D, None)]),
    ("Serbia has purchased FK-3 air defence systems from China.",
     [("China", "Serbia", "FK-3", "delivered|agreed", None)]),
    ("Finland will buy David's Sling air defence systems from Israel.",
     [("Israel", "Finland", "David's Sling", P, None)]),
    ("Thailand will buy Gripen jets from Saab.",
     [("Saab", "Thailand", "Gripen", P, None)]),
    ("Lithuania said it would buy two NASAMS batteries from Norway.",
     [("Norway", "Lithuania", "NASAMS", P, "two")]),
    ("Chile will take delivery of two frigates from Australia.",
     [("Australia", "Chile", "frigate", P, "two")]),
    ("Kazakhstan has been buying Turkish drones.",
     [("Turkey", "Kazakhstan", "drone", "ongoing", None)]),
    ("Saudi Arabia is to receive THAAD systems from the United States.",
     [("United States", "Saudi Arabia", "THAAD", P, None)]),
    ("Ukraine will get more Patriot systems from Germany and the Netherlands.",
     [("Germany", "Ukraine", "Patriot", P, None), ("Netherlands", "Ukraine", "Patriot", P, None)]),
    ("Algeria purchased Su-30 jets from Russia.",
     [("Russia", "Algeria", "Su-30", "delivered|agreed", None)]),
    ("Armenia has bought Akash air defence systems from India.",
     [("India", "Armenia", "Akash", "delivered|agreed", None)]),
    ("The Czech government plans to acquire 24 F-35 jets.",
     [("-", "Czech", "F-35", P, "24")]),
    ("The Greek navy will get three FDI frigates from France.",
     [("France", "Greece", "frigate", P, "three")]),
    ("A Chinese shipment of drones arrived in Serbia overnight.",
     [("China", "Serbia", "drone", D, None)]),
    ("Hezbollah received rockets from Iran, Israeli officials said.",
     [("Iran", "Hezbollah", "rocket", D, None)]),
    # -- contracts, deals, orders, sought and offered -----------------------------------------
    ("Hanwha Aerospace signed a contract with the Polish defence ministry for 152 K9 howitzers.",
     [("Hanwha", "Poland", "K9", "agreed|planned", "152")]),
    ("Ukraine's defence ministry signed a contract with Rheinmetall for Lynx infantry fighting "
     "vehicles.", [("Rheinmetall", "Ukraine", "Lynx", "agreed|planned", None)]),
    ("Rheinmetall won a contract to supply 155mm artillery shells to Ukraine.",
     [("Rheinmetall", "Ukraine", "shell", "agreed|planned", None)]),
    ("Vietnam signed a deal with Israel for SPYDER air defence systems.",
     [("Israel", "Vietnam", "SPYDER", A, None)]),
    ("Egypt signed an agreement with France to buy 30 more Rafale jets.",
     [("France", "Egypt", "Rafale", "agreed|planned", "30 more")]),
    ("Poland placed an order for 96 Apache helicopters with the United States.",
     [("United States", "Poland", "Apache", A, "96")]),
    ("Qatar signed a contract for 12 more Rafale jets.",
     [("-", "Qatar", "Rafale", A, "12 more")]),
    ("Ukraine asked Germany for Taurus missiles.",
     [("Germany", "Ukraine", "Taurus", "sought", None)]),
    ("Taiwan requested Harpoon missiles from the United States.",
     [("United States", "Taiwan", "Harpoon", "sought", None)]),
    ("Kenya is seeking to buy drones from Turkey.",
     [("Turkey", "Kenya", "drone", "sought", None)]),
    ("The State Department has approved a possible sale of NASAMS air defence systems to Taiwan.",
     [("*", "Taiwan", "NASAMS", "agreed|possible", None)]),
    ("Washington cleared the export of 12 Apache helicopters to Australia.",
     [("*", "Australia", "Apache", A, "12")]),
    # -- negation, denial, withholding --------------------------------------------------------
    ("Israel did not deliver the Iron Dome system to Ukraine.",
     [("Israel", "Ukraine", "Iron Dome", N, None)]),
    ("Washington has paused shipments of artillery shells to Israel.",
     [("United States", "Israel", "shell", N, None)]),
    ("Berlin refused to send Taurus cruise missiles to Kyiv.",
     [("Germany", "Ukraine", "Taurus", N, None)]),
    ("Moscow denied that it had supplied S-400 systems to Iran.",
     [("Russia", "Iran", "S-400", "denied", None)]),
    ("Iran has denied sending drones to Russia.",
     [("Iran", "Russia", "drone", "denied", None)]),
    ("Germany halted the delivery of Leopard 2 tanks to Saudi Arabia.",
     [("Germany", "Saudi Arabia", "Leopard", N, None)]),
    ("The sale of F-16 jets to Turkey was blocked by Congress.",
     [("-", "Turkey", "F-16", N, None)]),
    ("Austria will not supply weapons to Ukraine.",
     [("Austria", "Ukraine", "weapon", N, None)]),
    ("Switzerland suspended exports of ammunition to Germany.",
     [("Switzerland", "Germany", "ammunition", N, None)]),
    # -- passives, relatives, reduced relatives, possessives, demonyms ------------------------
    ("Ukraine has been given Leopard 2 tanks by Germany.",
     [("Germany", "Ukraine", "Leopard", D, None)]),
    ("Leopard 2 tanks were delivered to Ukraine by Poland.",
     [("Poland", "Ukraine", "Leopard", D, None)]),
    ("The howitzers, which were sent to Ukraine by France, arrived in March.",
     [("France", "Ukraine", "howitzer", D, None)]),
    ("The CAESAR howitzers that France sent to Armenia have been deployed.",
     [("France", "Armenia", "CAESAR", D, None)]),
    ("Turkish-made Bayraktar TB2 drones bought by Poland have arrived.",
     [("Turkey", "Poland", "Bayraktar", "delivered|agreed", None)]),
    ("Drones supplied by Iran have been used by Russia.",
     [("Iran", "Russia", "drone", "delivered|implied", None)]),
    ("Russian troops used Iranian-made drones against Ukrainian cities.",
     [("Iran", "Russia", "drone", "implied", None)]),
    ("Taiwan's purchase of 66 F-16 jets from the United States has been delayed.",
     [("United States", "Taiwan", "F-16", N, "66")]),
    ("A licence was granted to Rheinmetall to export Skynex systems to Ukraine.",
     [("Rheinmetall", "Ukraine", "Skynex", A, None)]),
    ("A contract awarded to Rheinmetall to supply ammunition to Ukraine was signed on Monday.",
     [("Rheinmetall", "Ukraine", "ammunition", "agreed|planned", None)]),
    # -- headlines and quotes -----------------------------------------------------------------
    ("Germany To Supply IRIS-T Air Defence Systems To Egypt\n\nThe deal was announced on Monday.",
     [("Germany", "Egypt", "IRIS-T", P, None)]),
    ("Poland Buys 250 Abrams Tanks From US\n\nThe deal was signed in Warsaw.",
     [("United States", "Poland", "Abrams", "agreed|delivered", "250")]),
    ("\"We will hand over six more NASAMS launchers to Ukraine,\" Norway's defence minister said.",
     [("Norway", "Ukraine", "NASAMS", P, "six more")]),
    # -- a second batch, written after the first was read right -------------------------------
    ("The Royal Netherlands Air Force has transferred its last F-16 jets to Romania.",
     [("Netherlands", "Romania", "F-16", D, None)]),
    ("Kyiv has taken delivery of a second IRIS-T battery from Berlin.",
     [("Germany", "Ukraine", "IRIS-T", D, None)]),
    ("Seoul and Warsaw signed a deal for 180 more K2 tanks, Hyundai Rotem said.",
     [("South Korea", "Poland", "K2", A, None)]),
    # two sides sign a deal: the side whose country makes the item sells it
    ("Russia and China signed a contract on S-400 supplies.",
     [("Russia", "China", "S-400", A, None)]),
    ("India and France signed an agreement for 26 Rafale jets.",
     [("France", "India", "Rafale", A, "26")]),
    # neither side makes the item: who sells is not said
    ("Peru and Chile signed a deal for 30 F-16 jets.",
     [("-", "Peru", "F-16", A, "30"), ("-", "Chile", "F-16", A, "30")]),
    ("The Philippine Navy received two frigates built by Hyundai Heavy Industries.",
     [("Hyundai Heavy Industries", "Philippines", "frigate", D, None)]),
    ("France will not deliver Mistral ships to Russia, President Hollande said.",
     [("France", "Russia", "Mistral", N, None)]),
    ("Denmark has decided to donate all of its CAESAR howitzers to Ukraine.",
     [("Denmark", "Ukraine", "CAESAR", P, None)]),
    ("Egypt is reportedly negotiating the purchase of J-10C fighters from China.",
     [("China", "Egypt", "J-10", "possible", None)]),
    ("Greece plans to sell its old Mirage 2000 jets to India.",
     [("Greece", "India", "Mirage", P, None)]),
    ("Iran has been accused of sending ballistic missiles to Russia.",
     [("Iran", "Russia", "ballistic missile", "delivered|possible|unspecified", None)]),
    ("Germany approved the export of Eurofighter jets to Saudi Arabia.",
     [("*", "Saudi Arabia", "Eurofighter", A, None)]),
    ("Pakistan bought J-10C jets and PL-15 missiles from China in 2020.",
     [("China", "Pakistan", "J-10", "delivered|agreed", None),
      ("China", "Pakistan", "PL-15", "delivered|agreed", None)]),
    ("The Brazilian Air Force ordered 36 Gripen fighters from Saab in 2014.",
     [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Israel's Elbit Systems will supply artillery rockets to an unnamed European country.",
     [("Elbit", "-", "rocket", P, None)]),
    ("Russia fired Iranian-made ballistic missiles at Kyiv on Friday.",
     [("Iran", "Russia", "ballistic missile", "implied", None)]),
    ("Washington suspended the delivery of 2,000-pound bombs to Israel in May.",
     [("United States", "Israel", "bomb", N, None)]),
    ("Morocco is set to receive its first Apache helicopters from the United States next month.",
     [("United States", "Morocco", "Apache", P, None)]),
    ("Tokyo has offered to export used destroyers to the Philippines.",
     [("Japan", "Philippines", "destroyer", "offered", None)]),
    ("Poland's defence ministry said it had received 96 Apache helicopters.",
     [("-", "Poland", "Apache", D, None)]),
    ("South Africa refused to allow Germany to send Rheinmetall ammunition to Ukraine.",
     [("Germany", "Ukraine", "ammunition", N, None)]),
    ("The United Kingdom provided Ukraine with Challenger 2 tanks and Storm Shadow missiles "
     "last year.",
     [("United Kingdom", "Ukraine", "Challenger", D, None),
      ("United Kingdom", "Ukraine", "Storm Shadow", D, None)]),
    ("Ukrainian pilots trained on F-16 jets in Denmark.", []),
    ("Hanwha opened a new plant in Poland to make K9 howitzers.", []),
    # -- a third batch: the shapes issue 12 names -----------------------------------------------
    ("Japan supplied the Philippines with radars to help it guard its coast as well as patrol "
     "boats.",
     [("Japan", "Philippines", "radar", D, None),
      ("Japan", "Philippines", "patrol boat", D, None)]),
    ("The State Department announced the sale of 12 Black Hawk helicopters to Greece.",
     [("*", "Greece", "Black Hawk", "planned|agreed", "12")]),
    ("The weapons sent by Iran include Shahed drones and Fateh-110 missiles.",
     [("Iran", "-", "Shahed", D, None), ("Iran", "-", "Fateh", D, None)]),
    ("Germany allowed Poland and Finland to pass their Leopard 2 tanks to Ukraine.",
     [("Poland", "Ukraine", "Leopard", "agreed|unspecified|planned", None),
      ("Finland", "Ukraine", "Leopard", "agreed|unspecified|planned", None)]),
    ("Colombia declined an offer from Israel to sell it Kfir jets.",
     [("Israel", "Colombia", "Kfir", N, None)]),
    ("Spain cancelled the purchase of Spike missiles from Israel.",
     [("Israel", "Spain", "Spike", N, None)]),
    ("Romania received Patriot systems from the United States, the ministry announced, adding "
     "that more would follow.",
     [("United States", "Romania", "Patriot", D, None)]),
    ("Kenya took delivery of six Bayraktar TB2 drones from Turkey last month.",
     [("Turkey", "Kenya", "Bayraktar", D, "six")]),
    ("The Czech Republic has sent more than 100 T-72 tanks to Ukraine since 2022.",
     [("Czech", "Ukraine", "T-72", D, None)]),
    ("Belgium is sending F-16 jets to Ukraine, Prime Minister De Croo said on Tuesday.",
     [("Belgium", "Ukraine", "F-16", "ongoing|planned", None)]),
    ("North Korea is believed to have shipped millions of artillery shells to Russia.",
     [("North Korea", "Russia", "shell", D, None)]),
    ("India will export BrahMos missiles to Vietnam and Indonesia, officials said.",
     [("India", "Vietnam", "BrahMos", P, None), ("India", "Indonesia", "BrahMos", P, None)]),
    ("Russian forces used North Korean KN-23 missiles in attacks on Kharkiv.",
     [("North Korea", "Russia", "KN-23", "implied", None)]),
    ("Italy has no plans to send Storm Shadow missiles to Ukraine.",
     [("Italy", "Ukraine", "Storm Shadow", N, None)]),
    ("Ukraine shot down a Russian Su-34 jet with a Patriot missile.", []),
    ("The Pentagon said Ukraine had used ATACMS missiles against Russian targets.", []),
    # -- a fourth batch: contracts awarded, makers' countries, deals told again ----------------
    ("The Chilean Navy has awarded a contract to Saab to supply Carl-Gustaf launchers.",
     [("Saab", "Chile", "Carl-Gustaf", A, None)]),
    ("A $90 million contract to supply Javelin missiles to Estonia has been awarded to "
     "Lockheed Martin.",
     [("Lockheed Martin", "Estonia", "Javelin", A, None)]),
    ("Rheinmetall was awarded a contract for 40 Lynx infantry fighting vehicles by Hungary.",
     [("Rheinmetall", "Hungary", "Lynx", A, "40")]),
    ("The Peruvian Army awarded Hanwha Aerospace a contract to build K9 howitzers.",
     [("Hanwha Aerospace", "Peru", "K9", A, None)]),
    ("Chile has signed a contract to buy 12 Harpoon missiles manufactured in the United States.",
     [("United States", "Chile", "Harpoon", A, "12")]),
    ("Estonia has signed a contract for 6 HIMARS launchers. The deal was signed on Monday "
     "with the maker, the American arm of Lockheed Martin.",
     [("Lockheed Martin", "Estonia", "HIMARS", A, "6")]),
    ("Spain agreed to sell 20 Leopard 2 tanks to Peru. Two out of the 20 Leopard 2 tanks had "
     "arrived in Peru by May.",
     [("Spain", "Peru", "Leopard 2", A, "20"), ("Spain", "Peru", "Leopard 2", D, None)]),
    ("The US Army has received 300 Javelin missiles from Saab to date. Under a new contract, "
     "Saab will provide the army with 200 more Javelin missiles.",
     [("Saab", "US Army", "Javelin", D, "300"), ("Saab", "US Army", "Javelin", P, "200 more")]),
    ("General Dynamics delivered 90 Abrams tanks to the US Army last year.",
     [("General Dynamics", "US Army", "Abrams", D, "90")]),
    ("Belarus has reportedly supplied Kornet missiles to Serbia as part of an agreement to "
     "ship hundreds of other Belarusian missiles.",
     [("Belarus", "Serbia", "Kornet", D, None), ("Belarus", "Serbia", "missile", A, "hundreds")]),
    ("The aid includes Stinger missiles, which Norway has promised to provide, and 155mm "
     "artillery shells.",
     [("Norway", "-", "Stinger", P, None)]),
    ("Canada has signed a contract to purchase four more of Saab's (SAAB-B.ST) Carl-Gustaf "
     "launchers, the defence ministry said.",
     [("Saab", "Canada", "Carl", A, "four more")]),
    ("Belgium will deliver F-16 jets to Ukraine after donating aircraft.",
     [("Belgium", "Ukraine", "F-16", P, None)]),
    ("Chile Buys 8 Black Hawk Helicopters From US\n\nThe deal was signed in Santiago.",
     [("United States", "Chile", "Black Hawk", A, "8")]),
    ("Peru received Harpoon missiles from Chile after the sale of Leopard 2 tanks to Bolivia.",
     [("Chile", "Peru", "Harpoon", D, None), ("-", "Bolivia", "Leopard", A, None)]),
    ("Norway will send Ukraine NASAMS launchers as part of a new aid package. The package "
     "also includes artillery shells and Stinger missiles.",
     [("Norway", "Ukraine", "NASAMS", P, None), ("Norway", "Ukraine", "shell", P, None),
      ("Norway", "Ukraine", "Stinger", P, None)]),
    ("The package also includes artillery shells and Stinger missiles.", []),
    ("Germany will give Ukraine IRIS-T launchers, its defence ministry said on Friday. Berlin "
     "pledged further help. Officials met in Kyiv. The announced package includes Gepard "
     "anti-aircraft guns.",
     [("Germany", "Ukraine", "IRIS-T", P, None), ("Germany", "Ukraine", "Gepard", P, None)]),
    ("Under the deal, Peru would also receive 30 Harpoon missiles from the United States.",
     [("United States", "Peru", "Harpoon", "planned|agreed", "30")]),
    ("Peru would receive 30 Harpoon missiles from the United States if Congress agrees.",
     [("United States", "Peru", "Harpoon", "possible", "30")]),
    # -- a side told elsewhere in the article ---------------------------------------------------
    # the headline names no supplier; the body does: the headline's row is Spain's
    ("Howitzers arrive in Peru\n\nSpain delivered 12 howitzers to Peru on Monday.",
     [("Spain", "Peru", "howitzer", D, None)]),
    # two suppliers of tanks to Peru: "the tanks" is one of them, no third transfer
    ("Spain sold tanks to Peru in May. Italy sold tanks to Peru in June. The tanks arrived in "
     "Peru last week.",
     [("Spain", "Peru", "tank", "delivered|agreed", None),
      ("Italy", "Peru", "tank", "delivered|agreed", None)]),
    # one supplier under two names (the country, its capital): still one side to take
    ("Germany delivered 18 Leopard tanks to Peru on Monday. Berlin had promised the Leopard "
     "tanks to Peru in May. Tanks have also arrived in Peru, officials said.",
     [("Germany", "Peru", "Leopard", D, "18"), ("Germany", "Peru", "Leopard", P, None),
      ("Germany", "Peru", "tank", D, None)]),
    # a relative clause inside a package's contents: its giver gives to the package's recipient
    ("The package for Ukraine also includes shells for the Gepard guns that Germany has pledged "
     "to send.",
     [("Germany", "Ukraine", "Gepard", P, None),
      ("-", "Ukraine", "shell", "unspecified|planned", None)]),
    # a possessive pronoun names the side before it: "its supply" is Iran's (the bare noun
    # gives no stage, so the status is left open)
    ("Western governments condemned Iran for its supply of drones to Russia.",
     [("Iran", "Russia", "drone", "unspecified|ongoing|delivered", None)]),
    ("Peru thanked Chile for its sale of rifles to the Peruvian army.",
     [("Chile", "Peru", "rifle", "unspecified|agreed|delivered", None)]),
    # an organisation before a noun of its members names the members, not itself
    ("EU member states will send shells to Ukraine.",
     [("-", "Ukraine", "shell", P, None)]),
    ("Tanks are arriving in Ukraine, donations from NATO members.",
     [("-", "Ukraine", "tank", D, None)]),
    # money set aside for another side's weapons: the one who sets it aside supplies them
    # (a budget line: planned); money for a weapon alone, or for one's own army, is a budget
    # line to buy it (CONVENTIONS: planned when allocated): the spender receives, no seller
    ("Spain has allocated 2 billion euros for rifles and other equipment for Ukraine.",
     [("Spain", "Ukraine", "rifle", P, None)]),  # "other equipment": the rest of the list
    ("Spain has allocated 2 billion euros for ammunition.",
     [("-", "Spain", "munition", P, None)]),
    ("The Spanish government allocated 3 billion euros for new tanks for the Spanish Army.",
     [("-", "Spain", "tank", P, None)]),
    # a country's plane or ship that brings weapons: the country sends them (no other origin)
    ("Spanish Plane Brings Rifles And Mortars To Peru",
     [("Spain", "Peru", "rifle", D, None), ("Spain", "Peru", "mortar", D, None)]),
    ("A Spanish navy ship brought 12 howitzers to Peru last week.",
     [("Spain", "Peru", "howitzer", D, "12")]),
    # a headline drops "is": the company before "awarded" is the one awarded (it supplies);
    # a country before it is the buyer who awards
    ("Lockheed Martin Awarded Contract For 40 F-16 Jets\n\nThe deal was signed on Monday.",
     [("Lockheed Martin", "-", "F-16", A, "40")]),
    ("Peru Awarded Contract For 40 Rifles\n\nThe deal was signed on Monday.",
     [("-", "Peru", "rifle", A, "40")]),
    # -- approvals: an approver is no supplier, unless the text names the sale as its own ------
    # a Foreign Military Sale is by name the US government's sale (data/sale_programmes.csv)
    ("The State Department approved a possible Foreign Military Sale of 12 Black Hawk "
     "helicopters to Chile.",
     [("United States", "Chile", "Black Hawk", A, "12")]),
    # the same approval told without the programme's name: the approving state sells a
    # weapon made there when no other seller is named
    ("The State Department approved the sale of 12 Black Hawk helicopters to Chile.",
     [("United States", "Chile", "Black Hawk", A, "12")]),
    # the abbreviation counts only where the article writes the full name
    ("Peru will buy 40 Stinger missiles through the FMS programme.",
     [("-", "Peru", "Stinger", "planned|agreed", "40")]),
    # -- a fifth batch: carriers' arrivals, reported finite clauses, lists with 'as well as' ---
    ("A cargo plane carrying Spanish mortars landed in Peru on Friday.",
     [("Spain", "Peru", "mortar", D, None)]),
    ("An Ilyushin transport carrying Czech rifles arrived in Bolivia overnight.",
     [("Czech Republic", "Bolivia", "rifle", D, None)]),
    ("Chile announced on Tuesday that it had handed over 12 howitzers to Bolivia.",
     [("Chile", "Bolivia", "howitzer", D, "12")]),
    ("Peru announced a new aid package, adding that it had already sent mortars to Ecuador.",
     [("Peru", "Ecuador", "mortar", D, None)]),
    ("Chile announced that it will send 12 howitzers to Bolivia.",
     [("Chile", "Bolivia", "howitzer", P, "12")]),
    ("Spain sent rifles and mortars, as well as armoured vehicles, to Peru.",
     [("Spain", "Peru", "rifle", D, None), ("Spain", "Peru", "mortar", D, None),
      ("Spain", "Peru", "armoured vehicle", D, None)]),
    ("Navantia and Fincantieri have been assigned the contract for 11 patrol vessels, the "
     "ministry said.",
     [("Navantia", "-", "patrol", A + "|" + P, "11"),
      ("Fincantieri", "-", "patrol", A + "|" + P, "11")]),
    ("Six patrol vessels would be bought from Navantia, said the ministry.",
     [("Navantia", "-", "patrol", P + "|" + A, "Six")]),
    ("The first tranche of Spanish howitzers has arrived in Peru, officials said.",
     [("Spain", "Peru", "howitzer", D, None)]),
    ("Chile imposed sanctions over Peru's supply of rifles to Bolivia.",
     [("Peru", "Bolivia", "rifle", D, None)]),
    ("Chile handed over at least nine helicopters to Peru last month.",
     [("Chile", "Peru", "helicopter", D, "at least nine")]),
    ("Peru has bought a total of 36 howitzers from Chile.",
     [("Chile", "Peru", "howitzer", D + "|" + A, "36")]),
    ("Chile rejected a claim that a ship carrying Chilean rifles to Bolivia had been seized.",
     [("Chile", "Bolivia", "rifle", "denied", None)]),
    # training is a military service: the trainees' side receives it
    ("Chile will send 14 tanks to Peru and also train Peruvian crews.",
     [("Chile", "Peru", "tank", P, "14"), ("Chile", "Peru", "training", P, None)]),
    ("Peruvian pilots were trained by Chilean instructors last year.",
     [("Chile", "Peru", "training", D, None)]),
    # a base verb after 'and' shares the modal of the verb before it
    ("Chile will send tanks and also supply Peru with drones.",
     [("Chile", "Peru", "tank", P, None), ("Chile", "Peru", "drone", P, None)]),
    # who a side is to another: a supplier or buyer said of a subject
    ("Chile remains Peru's largest arms supplier, the institute said.",
     [("Chile", "Peru", "weapon", "ongoing", None)]),
    ("Bolivia was the largest buyer of Chilean rifles last year.",
     [("Chile", "Bolivia", "rifle", D, None)]),
    # a buyer's for-phrase naming a side receives; the buyer pays and is never the supplier
    ("The Defence Ministry will buy 40 Rafale jets for the Indian Air Force.",
     [("-", "Indian Air Force", "Rafale", P, "40")]),
    ("Washington paid for twelve Black Hawk helicopters for the Afghan army.",
     [("-", "Afghan", "Black Hawk", "delivered|agreed", "twelve")]),
    ("Bolivia bought 30 Chilean rifles for $2 million.",
     [("Chile", "Bolivia", "rifle", "delivered|agreed", "30")]),
    # an option for more of a deal is its own possible row, with the option's number
    ("Chile ordered 600 rifles from Peru, with an option for 200 more.",
     [("Peru", "Chile", "rifle", A, "600"), ("Peru", "Chile", "rifle", "possible", "200 more")]),
    ("Bolivia signed a contract with Embraer for six Super Tucano aircraft, "
     "with an option to buy four more.",
     [("Embraer", "Bolivia", "Tucano", A, "six"),
      ("Embraer", "Bolivia", "Tucano", "possible", "four more")]),
    # an arrival noun delivers its item to where it arrives, from its origin
    ("Peru welcomed the arrival of Chilean rifles in Lima.",
     [("Chile", "Peru", "rifle", D, None)]),
    ("The army celebrated the arrival of 12 howitzers from Chile.",
     [("Chile", "*", "howitzer", D, "12")]),
    # -- traps: not transfers -----------------------------------------------------------------
    ("The arrival of Chilean diplomats in Lima was delayed.", []),
    ("The navy has options on its new frigate design.", []),
    ("Chile is Peru's largest trading partner.", []),
    ("Bolivia is a major buyer of Chilean copper.", []),
    ("The firm is a leading supplier of radars.", []),
    ("The army trains new recruits every year.", []),
    ("Chilean pilots trained on new jets in Spain.", []),
    ("The new depot is at least 40 kilometres from the border with Chile.", []),
    ("A plane carrying Swiss diplomats landed in Lima on Monday.", []),
    ("Russia launched Shahed drones at Kyiv overnight.", []),
    ("Ukrainian forces shot down 30 Russian drones over the Black Sea.", []),
    ("Israeli jets struck Iranian missile depots near Tehran.", []),
    ("Rheinmetall will produce 200,000 artillery shells a year at its new plant.", []),
    ("Japan has committed more than $90 million of security assistance to the Philippines.", []),
    ("North Korea tested a new ballistic missile on Tuesday.", []),
    ("The United States pledged continued support for Ukraine.", []),
    ("The EU has earmarked 500 million euros for ammunition.", []),
    ("Ukraine used HIMARS launchers to hit Russian positions.", []),
    ("The Houthis fired missiles at ships in the Red Sea.", []),
    ("The U.S. Navy intercepted Iranian drones over the Red Sea.", []),
    ("China unveiled a new stealth fighter jet at the Zhuhai air show.", []),
    ("A Russian missile struck a train carrying Western weapons to the front.", []),
    # -- purpose clauses, thanks, contracts placed with a yard (session 5, round 3) -----------
    ("Peru will donate 20 armoured vehicles to help Bolivia's army.",
     [("Peru", "Bolivia", "armoured vehicle", P, "20")]),
    ("Chile will send two patrol boats to aid the Ecuadorian navy.",
     [("Chile", "Ecuador", "patrol boat", P, "two")]),
    ("The Kenyan army thanked Turkey for the delivery of armoured vehicles.",
     [("Turkey", "Kenya", "armoured vehicle", D, None)]),
    ("Bolivia's defence minister thanked Peru for the donation of two radar systems.",
     [("Peru", "Bolivia", "radar", D, "two")]),
    ("The two patrol ships were contracted under Austal for the Philippine Navy.",
     [("Austal", "Philippines", "patrol boat", "agreed|planned", "two")]),
    ("The Philippine Navy awarded a contract to Hyundai Heavy Industries for two frigates.",
     [("Hyundai", "Philippines", "frigate", "agreed|planned", "two")]),
    # a supplier and an item are never one list: "from X, and Y" starts another item
    ("Chile received rifles from Peru, and Bolivia sent mortars to Chile.",
     [("Peru", "Chile", "rifle", D, None), ("Bolivia", "Chile", "mortar", D, None)]),
    # a left-out verb: the second item keeps its own supplier
    ("Ukraine received Abrams tanks from the United States, and Marder IFVs from Germany.",
     [("United States", "Ukraine", "Abrams", D, None), ("Germany", "Ukraine", "Marder", D, None)]),
    # a carrier is never the item: what it arrives with is; its owner sends it
    ("Peru's cargo plane arrived in Quito with 200 rifles.",
     [("Peru", "Ecuador", "rifle", D, "200")]),
    ("A cargo aircraft arrived in Kyiv with ten howitzers on board.",
     [("-", "Ukraine", "howitzer", D, "ten")]),
    # a day between the auxiliary and the verb of a passive
    ("Two frigates were Friday delivered to Chile by Peru.",
     [("Peru", "Chile", "frigate", D, "Two")]),
    # a gift of ordinary goods that includes military ones: the military ones are the item
    ("Peru sent 40 trucks, including 12 troop carriers, to Bolivia.",
     [("Peru", "Bolivia", "troop carrier", D, "12")]),
    ("Peru sent 40 trucks to Bolivia.", []),
    # thanks for something that is not equipment is no transfer
    ("The minister thanked Peru for the donation of food.", []),
    # a deal signed with a partner: the partner supplies the signer, whatever tells the item
    # (a complement "to build / buy / supply", an on- or for-phrase with a cue noun)
    ("Chile signed an agreement with Peru on the purchase of 20 howitzers.",
     [("Peru", "Chile", "howitzer", A, "20")]),
    ("Poland signed a contract with Hanwha to build 200 K9 howitzers.",
     [("Hanwha", "Poland", "K9", A, "200")]),
    ("Brazil has inked a deal with Saab to build 36 Gripen fighters for its air force.",
     [("Saab", "Brazil", "Gripen", A, "36")]),
    ("Egypt signed a deal with Germany to buy four submarines.",
     [("Germany", "Egypt", "submarine", A, "four")]),
    # an agreement about cooperation moves no item
    ("India and France signed an agreement on defence cooperation.", []),
    # the possessor of a delivery told with its recipient gives it
    ("Norway's delivery of NASAMS launchers to Ukraine was completed in May.",
     [("Norway", "Ukraine", "NASAMS", D, None)]),
    # a verb telling a delivery's course carries its sides
    ("Deliveries of the S-400 to India have begun from Russia.",
     [("Russia", "India", "S-400", D, None)]),
    ("Shipments of shells to Kenya started from Serbia last week.",
     [("Serbia", "Kenya", "shell", "ongoing|delivered", None)]),
    # a delivered item's maker supplies when no giver is named
    ("The first of three frigates built by Naval Group was delivered to Greece.",
     [("Naval Group", "Greece", "frigate", D, "three")]),
    ("Two corvettes made by Fincantieri were handed over to Qatar on Monday.",
     [("Fincantieri", "Qatar", "corvette", D, "Two")]),
    # a purchase or sale told as a fact was made; one who objects to it is no side
    ("The deal follows Chile's purchase in 2012 of 12 F-16 jets from the Netherlands.",
     [("Netherlands", "Chile", "F-16", A, "12")]),
    ("Chile opposed the sale of F-16 jets to Peru.", [("-", "Peru", "F-16", A, None)]),
    ("Moscow condemned the delivery of Patriot systems to Poland.",
     [("-", "Poland", "Patriot", D, None)]),
    # a state that clears a sale no seller is named for sells; the buyer's own approval does not
    ("Officials said that the US had cleared Peru to buy 36 F-15 aircraft.",
     [("United States", "Peru", "F-15", A, "36")]),
    ("Germany approved a contract to sell Chile 40 armoured vehicles.",
     [("Germany", "Chile", "armoured vehicle", A, "40")]),
    # an approver of a weapon made elsewhere only permits another's sale (CONVENTIONS)
    ("Spain approved the sale of Leopard 2 tanks to Peru.", [("-", "Peru", "Leopard 2", A, None)]),
]  # fmt: skip


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", (text or "").lower())


def _party_ok(expected: str, row: dict, field: str) -> bool:
    if expected == "*":
        return True
    if expected == "-":
        return row[field] == rules.NOT_STATED
    got = (row[field], row[f"{field}_country"], row[f"{field}_text"])
    return any(_norm(expected) in _norm(g) for g in got if g)


def _row_ok(expected: tuple, row: dict) -> bool:
    supplier, recipient, item, status, quantity = expected
    return (
        _party_ok(supplier, row, "supplier")
        and _party_ok(recipient, row, "recipient")
        and _norm(item) in _norm(row["item"]) + "|" + _norm(row["item_text"])
        and row["status"] in status.split("|")
        and (quantity is None or row["quantity"] == quantity)
    )


@lru_cache(maxsize=1)
def _lexicons():
    return load_lexicons()


def read_rows(text: str) -> list[dict]:
    """The transfer rows of a made-up article, read with the real lexicon."""
    lexicons = _lexicons()
    article = article_from_text(text)
    frame = extract_from_article(
        article, split_sentences(article), match_text(article.text, lexicons),
        lexicons.country_names(),
    )  # fmt: skip
    return frame.to_dict("records")


def check(text: str, expected: list[tuple]) -> list[str]:
    """The differences between the rows read and the rows expected (empty when they agree)."""
    rows = read_rows(text)
    problems = [f"missing {e}" for e in expected if not any(_row_ok(e, r) for r in rows)]
    for row in rows:
        if not any(_row_ok(e, row) for e in expected):
            problems.append(
                "unexpected "
                + str(
                    tuple(row[k] for k in ("supplier", "recipient", "item", "status", "quantity"))
                )
            )
    return problems


#: Sentences the reading still gets wrong, and why (see the report of issue 12).
KNOWN_FAILING: dict[str, str] = {
    "Japan supplied the Philippines with radars to help it guard its coast as well as patrol "
    "boats.": "'as well as patrol boats' is joined to 'its coast' inside the purpose clause, "
        "not to 'radars' (coordination across a clause is not read)",
    "France will not deliver Mistral ships to Russia, President Hollande said.":
        "the lexicon knows no Mistral and bare 'ships' is not military equipment",
}  # fmt: skip


PARAMS = [
    pytest.param(
        text, expected, id=text[:60],
        marks=[pytest.mark.xfail(reason=KNOWN_FAILING[text], strict=True)]
        if text in KNOWN_FAILING else [],
    )
    for text, expected in CASES
]  # fmt: skip


@pytest.mark.parametrize("text, expected", PARAMS)
def test_varied_sentence(text, expected):
    assert check(text, expected) == []


def test_the_corpus_is_varied_enough():
    traps = [c for c in CASES if not c[1]]
    assert len(CASES) >= 80 and len(traps) >= 10
