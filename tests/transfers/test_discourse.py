"""Transfers told across sentences (``analysis.transfers.discourse``), on made-up articles.

Each article is a few sentences written for the test; every expected row was worked out
by hand from the dev set's CONVENTIONS.md: ``(supplier, recipient, item, status,
quantity)``, ``-`` for "not stated", statuses separated by ``|`` all acceptable. An
article passes when every expected row is found and every row given is expected.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.transfers import transfers_for_reading, transfers_frame
from analysis.transfers.discourse import adds_to_told, join_split_reports, told_back
from analysis.transfers.extract import party_for_reading
from analysis.transfers.records import Transfer
from tests.transfers.test_varied_sentences import check, read_rows

D, P, A = "delivered", "planned", "agreed"

CASES = [
    # -- a split report: the recipient in one sentence, the supplier of the same items in
    # the next, told back by a pronoun or a definite noun: one row
    ("The Peruvian army received its first Leopard tanks on Monday. They were supplied by "
     "Germany.",
     [("Germany", "Peru", "Leopard", D, None)]),
    ("Peru signed a contract for 12 Black Hawk helicopters. The helicopters will be supplied "
     "by Lockheed Martin.",
     [("Lockheed Martin", "Peru", "Black Hawk", A, "12")]),
    # -- a later sentence adds to a deal told before ("under the deal", "also"): the one
    # supplier the article named for that recipient supplies the new item too
    ("Spain sold 20 tanks to Peru in May. Peru will also receive 12 howitzers under the deal.",
     [("Spain", "Peru", "tank", D, "20"), ("Spain", "Peru", "howitzer", P, "12")]),
    ("Spain agreed to sell 12 howitzers to Peru. It will also send 200 shells.",
     [("Spain", "Peru", "howitzer", A, "12"), ("Spain", "Peru", "shell", P, "200")]),
    ("Spain agreed to sell 12 howitzers to Peru. The country will also send 200 shells.",
     [("Spain", "Peru", "howitzer", A, "12"), ("Spain", "Peru", "shell", P, "200")]),
    # arms sales in general approved, then a part of them at the same stage: the one seller
    # told for that buyer sells the part; not a later deal of another kind, nor a wish
    ("The U.S. State Department approved $300 million in arms sales to Oman and Kuwait. "
     "Kuwait was cleared to buy 40 Javelin missiles.",
     [("United States", "Oman", "weapon", A, None), ("United States", "Kuwait", "weapon", A, None),
      ("United States", "Kuwait", "Javelin", A, "40")]),
    ("Russia agreed to sell weapons to Iran in 2020. In 2022 Iran signed a deal for 12 J-10 "
     "jets.",
     [("Russia", "Iran", "weapon", A, None), ("-", "Iran", "J-10", A, "12")]),
    ("Spain approved arms sales to Peru. Peru wants to buy 40 Javelin missiles.",
     [("Spain", "Peru", "weapon", A, None), ("-", "Peru", "Javelin", "sought", "40")]),
    # two suppliers named for the recipient: which one sends the new item is not said, and
    # the row about a NEW item stays (it is no retelling of either)
    ("Spain sold 20 tanks to Peru in May. Italy sold rifles to Peru in June. Peru will also "
     "receive 12 howitzers, officials said.",
     [("Spain", "Peru", "tank", D, "20"), ("Italy", "Peru", "rifle", D, None),
      ("-", "Peru", "howitzer", P, "12")]),
    ("Spain sold tanks to Peru in May. Italy sold armoured vehicles to Peru in June. Peru "
     "will also receive 12 Leopard tanks next year.",
     [("Spain", "Peru", "tank", D, None), ("Italy", "Peru", "armoured", D, None),
      ("-", "Peru", "Leopard", P, "12")]),
    # ... but of two suppliers of the same kind of item, the one whose country makes the new
    # item sends it (the maker's country is the weapon lexicon's origin)
    ("Spain sold tanks to Peru in May. Germany sold tanks to Peru in June. Peru will receive "
     "12 Leopard 2 tanks next year.",
     [("Spain", "Peru", "tank", D, None), ("Germany", "Peru", "tank", D, None),
      ("Germany", "Peru", "Leopard", P, "12")]),
    # the same item of two suppliers told again is one of theirs: no third row
    ("Spain sold tanks to Peru in May. Italy sold tanks to Peru in June. The tanks arrived in "
     "Peru last week.",
     [("Spain", "Peru", "tank", "delivered|agreed", None),
      ("Italy", "Peru", "tank", "delivered|agreed", None)]),
    # a later stage told of the same transfer updates the status of its one row
    ("Peru bought 12 howitzers from Spain in 2020. The howitzers were delivered last year.",
     [("Spain", "Peru", "howitzer", D, "12")]),
    # a side written without a name ("a European country") is not taken from another
    # sentence, but a later sentence that names it fills it
    ("Germany sold 20 tanks to Peru. A European country will also send howitzers to Peru.",
     [("Germany", "Peru", "tank", D, "20"), ("-", "Peru", "howitzer", P, None)]),
    ("A European country will send 20 Leopard tanks to Peru. The tanks will be supplied by "
     "Germany.",
     [("Germany", "Peru", "Leopard", P, "20")]),
    # an item made in another country than the earlier supplier's is not that supplier's
    ("Peru ordered 12 Rafale jets from France. Peru will also buy 36 F-15 jets.",
     [("France", "Peru", "Rafale", A, "12"), ("-", "Peru", "F-15", P, "36")]),
    # ... but the same item told again is the giver's, wherever it was made
    ("The Netherlands delivered F-16 jets to Peru. The F-16 jets arrived in Peru in May.",
     [("Netherlands", "Peru", "F-16", D, None)]),
    # the same shipment told again by a definite noun of its kind: no second row
    ("A shipment of 1,800 bombs from Spain arrived in Peru overnight. The munitions shipment "
     "that arrived in Peru will help its air force.",
     [("Spain", "Peru", "bomb", D, None)]),
    # a maker named for the items of a purchase told before supplies them; a designer does not
    ("Peru will buy 12 howitzers. They will be built by Hanwha Aerospace, the ministry said.",
     [("Hanwha Aerospace", "Peru", "howitzer", P, "12")]),
    ("Peru will buy 12 armoured recovery vehicles. The vehicles have been designed by the "
     "army and will be produced by Rheinmetall.",
     [("Rheinmetall", "Peru", "recovery vehicles", P, None)]),
    ("Peru will buy two frigates. The frigates have been designed by Navantia.",
     [("-", "Peru", "frigate", P, None)]),
    # ... but the making "in partnership with" a maker is the designer's too: both supply
    ("The Kenyan navy ordered six patrol boats. They were designed by Naval Group and will "
     "be built in partnership with Fincantieri.",
     [("Naval Group", "Kenya", "patrol boat", A, "six"),
      ("Fincantieri", "Kenya", "patrol boat", A, "six")]),
    # a purchase with no buyer written is by the article's one buyer; with two, by none;
    # a supply with no recipient is the article's one recipient's too (transfers.subject)
    ("Spain will deliver 12 howitzers to Peru. Forty armoured vehicles will be procured "
     "from Rheinmetall, officials said.",
     [("Spain", "Peru", "howitzer", P, "12"), ("Rheinmetall", "Peru", "armoured", P, None)]),
    ("Spain will deliver 12 howitzers to Peru. Italy sold rifles to Chile. Forty armoured "
     "vehicles will be procured from Rheinmetall, officials said.",
     [("Spain", "Peru", "howitzer", P, "12"), ("Italy", "Chile", "rifle", D, None),
      ("Rheinmetall", "-", "armoured", P, None)]),
    ("Spain will deliver 12 howitzers to Peru. Forty armoured vehicles will be supplied by "
     "Rheinmetall, officials said.",
     [("Spain", "Peru", "howitzer", P, "12"), ("Rheinmetall", "Peru", "armoured", P, None)]),
    # a package told by its contents is no item of its own; one with no contents told stays
    ("The United States announced a new military aid package for Peru. The package includes "
     "Stinger missiles and rifles.",
     [("United States", "Peru", "Stinger", P, None), ("United States", "Peru", "rifle", P, None)]),
    ("The United States announced a new military aid package for Peru.",
     [("United States", "Peru", "package", P, None)]),
    # a time word's possessive points at the package told before, as "the package" does
    ("The United States announced a new military aid package for Peru. Today's aid includes "
     "Stinger missiles.",
     [("United States", "Peru", "Stinger", P, None)]),
    # "the package" is the earlier package, not the transfer told just before it
    ("Spain announced a military aid package for Peru on Monday. Chile sent rifles to Peru. "
     "The package includes Stinger missiles.",
     [("Chile", "Peru", "rifle", D, None), ("Spain", "Peru", "Stinger", P, None)]),
    # the same named system told with only its recipient in one sentence and only its
    # supplier in another is one row, in either order, with no "the" pointing back; it
    # keeps the quantity and the source of the sentence that gives them
    ("Peru took delivery of 12 Leopard 2 tanks on Monday. Germany agreed to supply Leopard "
     "2 tanks in 2022, officials said.",
     [("Germany", "Peru", "Leopard", D, "12")]),
    ("Germany agreed to supply Leopard 2 tanks in 2022. Peru took delivery of 12 Leopard 2 "
     "tanks on Monday.",
     [("Germany", "Peru", "Leopard", D, "12")]),
    # a named system the weapon list does not know is joined by its name as well
    ("Peru's navy ordered four Tupac-class frigates in March. Navantia will deliver "
     "Tupac-class frigates from 2027, the company said.",
     [("Navantia", "Peru", "Tupac", A, "four")]),
    # a country's own company supplies it: the join is no country supplying itself
    ("The Spanish navy ordered four Alava-class frigates in March. Navantia will deliver "
     "Alava-class frigates from 2027, the company said.",
     [("Navantia", "Spain", "Alava", A, "four")]),
    # ... but a generic item of the same kind is not joined by its name alone (the supply
    # goes to the article's one recipient, but stays a row of its own)
    ("Peru took delivery of 12 tanks on Monday. Germany agreed to supply tanks in 2022.",
     [("-", "Peru", "tank", D, "12"), ("Germany", "Peru", "tank", A, None)]),
    # a party that only may give an item it does not make is not the supplier of the same
    # item received; the maker may be
    ("Ukraine received Patriot systems last year. Spain may give Patriot systems to "
     "Ukraine, officials said.",
     [("-", "Ukraine", "Patriot", D, None), ("Spain", "Ukraine", "Patriot", "possible", None)]),
    ("Ukraine received missiles last year. Spain may give Patriot systems to Ukraine.",
     [("-", "Ukraine", "missile", D, None), ("Spain", "Ukraine", "Patriot", "possible", None)]),
    # "the two governments" supply: the one of the pair named just before that is not the
    # recipient; with three countries named, none is picked
    ("Defence ministers of Spain and Peru met in Lima on Monday. The two governments agreed "
     "to hand over 12 howitzers to the Peruvian army.",
     [("Spain", "Peru", "howitzer", A, "12")]),
    ("Spain, Chile and Peru met in Lima on Monday. The two governments agreed to hand over "
     "12 howitzers to the Peruvian army.",
     [("-", "Peru", "howitzer", A, "12")]),
    # a supplier described first is named by the next sentence's source when that tells the
    # transfer back; a source of the recipient's own country names no supplier
    ("A European country will send 20 Leopard 2 tanks to Peru. Germany's defence ministry "
     "said the delivery would start in May.",
     [("Germany", "Peru", "Leopard", P, "20")]),
    ("A European country will send 20 Leopard 2 tanks to Peru. Peru's defence ministry said "
     "the delivery would start in May.",
     [("-", "Peru", "Leopard", P, "20")]),
    # -- a definite noun of the same kind tells the deal before again: its missing side is
    # that deal's ("the remaining tanks", "the first and second batches of modern tanks")
    ("Spain sent 12 Leopard 2 tanks to Peru in May. Spain will send the remaining tanks next "
     "year.",
     [("Spain", "Peru", "Leopard", D, "12"), ("Spain", "Peru", "tank", P, None)]),
    ("Spain agreed to sell 12 Leopard 2 tanks to Peru. The first and second batches of modern "
     "tanks arrived in Peru in May.",
     [("Spain", "Peru", "Leopard", A, "12"), ("Spain", "Peru", "tank", D, None)]),
    # ... but not when the recipient is written ("these tanks to Chile"), nor when two deals
    # are told before (two recipients, or two suppliers of the kind)
    ("Spain sent 12 Leopard 2 tanks to Peru in May. Spain will also send these tanks to "
     "Chile.",
     [("Spain", "Peru", "Leopard", D, "12"), ("Spain", "Chile", "tank", P, None)]),
    ("Spain sent tanks to Peru and Chile in May. Spain will send more of the tanks next year.",
     [("Spain", "Peru", "tank", D, None), ("Spain", "Chile", "tank", D, None),
      ("Spain", "-", "tank", P, None)]),
    ("Spain sold 20 tanks to Peru. Italy sold 12 tanks to Peru. The first batch of modern "
     "tanks arrived in Peru in May.",
     [("Spain", "Peru", "tank", D, "20"), ("Italy", "Peru", "tank", D, "12")]),
    # no word that adds to the deal: a new item's supplier is not guessed from another item
    ("Spain sold 20 rifles to Peru in May. Peru received 12 howitzers in June.",
     [("Spain", "Peru", "rifle", D, "20"), ("-", "Peru", "howitzer", D, "12")]),
    # -- a row that names its item only by a kind, over systems of that kind from two
    # suppliers to the same recipient, sums them up (or tells one): no row of its own
    ("Peru buys more fighter jets\n\nPeru ordered 12 Rafale jets from France in May. Peru "
     "also agreed to buy 8 F-16 jets from the United States.",
     [("France", "Peru", "Rafale", A, "12"), ("United States", "Peru", "F-16", A, "8")]),
    ("Peru ordered 12 Rafale jets from France and 8 F-16 jets from the United States. Peru "
     "will receive the fighter jets in 2026.",
     [("France", "Peru", "Rafale", A, "12"), ("United States", "Peru", "F-16", A, "8")]),
    ("Chile to get new helicopters\n\nChile signed a contract for six Black Hawk helicopters "
     "with the United States. Chile will also buy four Mi-17 helicopters from Russia.",
     [("United States", "Chile", "Black Hawk", A, "six"), ("Russia", "Chile", "Mi-17", P, "four")]),
    # ... and a headline's kind over one supplier's system, the body naming both sides, is
    # that deal told in short: one row (transfers.deal.join_headline)
    ("Peru buys more fighter jets\n\nPeru ordered 12 Rafale jets from France in May.",
     [("France", "Peru", "Rafale", A, "12")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_transfers_told_across_sentences(text, expected):
    assert check(text, expected) == []


def test_a_side_taken_from_another_sentence_names_it():
    rows = read_rows(
        "The Peruvian army received its first Leopard tanks on Monday. They were supplied "
        "by Germany."
    )
    assert [(r["supplier"], r["sentence_number"], r["inferred_from"]) for r in rows] == [
        ("Germany", 1, "2")
    ]


def _row(supplier, recipient, item, text, status, number, sentence, item_start):
    return Transfer(
        supplier, supplier if supplier != "(not stated)" else "", recipient,
        recipient if recipient != "(not stated)" else "", "", item, text, "artillery", status,
        "", "", "", "", "supply", number, sentence, 0, len(sentence), item_start,
        item_start + len(text),
    )  # fmt: skip


def test_a_joined_named_system_takes_the_source_of_the_sentence_that_names_it():
    rows = read_rows(
        "Peru will receive 20 Leopard 2 tanks next year. Germany will deliver Leopard 2 "
        "tanks from 2026, Germany's defence ministry said."
    )
    assert [(r["supplier"], r["recipient"], r["quantity"], r["attributed_to"]) for r in rows] == [
        ("Germany", "Peru", "20", "Germany's defence ministry")
    ]


def test_a_described_supplier_named_by_a_later_source_takes_that_source():
    rows = read_rows(
        "A European country will send 20 Leopard 2 tanks to Peru. Germany's defence ministry "
        "said the delivery would start in May."
    )
    assert [(r["supplier"], r["inferred_from"], r["attributed_to"]) for r in rows] == [
        ("Germany", "2", "Germany's defence ministry")
    ]


def test_a_split_report_is_not_joined_when_the_earlier_sentence_names_two_sides():
    first = "Peru and Chile received howitzers."
    rows = [
        _row("(not stated)", "Peru", "howitzer", "howitzers", D, 1, first, 25),
        _row("(not stated)", "Chile", "howitzer", "howitzers", D, 1, first, 25),
        _row("Spain", "(not stated)", "howitzer", "howitzers", D, 2, "The howitzers came "
             "from Spain.", 4),
    ]  # fmt: skip
    assert join_split_reports(rows) == rows


def test_a_negated_later_sentence_does_not_update_the_status():
    first, second = "Peru bought howitzers.", "The howitzers were not supplied by Spain."
    rows = [
        _row("(not stated)", "Peru", "howitzer", "howitzers", A, 1, first, 12),
        Transfer(**{**_row("Spain", "(not stated)", "howitzer", "howitzers", "negated", 2,
                           second, 4).__dict__, "polarity": "negated"}),
    ]  # fmt: skip
    joined = join_split_reports(rows)
    assert [(r.supplier, r.status) for r in joined] == [("Spain", A)]


def test_what_adds_to_a_transfer_told_before():
    assert adds_to_told("As part of the package, Peru gets rifles.")
    assert adds_to_told("Peru will receive further rifles.")
    assert not adds_to_told("Peru received rifles in May.")
    assert not adds_to_told("Peru signed a deal for rifles.")  # a new deal, not one told


def test_an_item_told_back_is_a_pronoun_or_a_definite_noun():
    said = "They were sent by Spain."
    row = _row("Spain", "(not stated)", "howitzer", "They", D, 2, said, 0)
    assert told_back(row)
    said = "Spain sent 12 howitzers."
    assert not told_back(_row("Spain", "(not stated)", "howitzer", "howitzers", D, 2, said, 14))


# -- the table of rows rolls a government, or the capital written for it, up to its country
def test_a_government_or_its_capital_reads_as_its_country_when_rolled_up():
    row = SimpleNamespace(
        supplier="Government of Chile", supplier_country="Chile", supplier_type="government",
        supplier_text="Santiago",
    )  # fmt: skip
    assert party_for_reading(row, "supplier") == ("Chile", "“Santiago”")
    assert party_for_reading(row, "supplier", roll_up=False) == ("Government of Chile (Chile)", "")


def test_a_company_keeps_its_name_beside_its_country_when_rolled_up():
    row = SimpleNamespace(
        supplier="Acme Arms", supplier_country="Chile", supplier_type="company",
        supplier_text="Acme Arms",
    )  # fmt: skip
    assert party_for_reading(row, "supplier") == ("Acme Arms (Chile)", "")


def test_the_reading_table_and_the_pair_table_name_the_same_sides():
    rows = read_rows("Santiago has delivered 12 howitzers to Peru. Chile also sent rifles.")
    frame = transfers_frame([Transfer(**r) for r in rows])
    shown = transfers_for_reading(frame)
    assert set(shown["Supplier"]) == {"Chile"}
    assert "supplier written “Santiago”" in shown["Notes"].iloc[0]
