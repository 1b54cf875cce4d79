"""Who sells a deal's items: turned round by the maker only when a foreign seller is named; a
designer and a builder named together both supply.

Sentences made up for these tests; expected rows worked out by hand from the dev set's
CONVENTIONS.md (a government buying from its own industry: the company supplies, the
buyer receives; a buyer is never the supplier).
"""

from __future__ import annotations

from analysis.text import article_from_text
from analysis.transfers import find_transfers

HEADLINE = "Procurement news\n\n"


def _rows(text: str) -> list[tuple[str, str, str]]:
    frame = find_transfers(article_from_text(HEADLINE + text + "\n"))
    return [(r.supplier_country, r.recipient_country, r.item) for r in frame.itertuples()]


def test_a_state_buying_its_own_countrys_system_from_an_unplaced_firm_buys_from_the_firm():
    rows = _rows("Poland bought 300 Piorun missiles from Kavlan Holdings on Monday.")
    assert rows == [("Kavlan Holdings", "Poland", "Piorun")]


def test_an_agency_named_by_its_country_word_still_buys_from_the_firm():
    rows = _rows(
        "The Polish Armament Agency bought 300 Piorun missiles from Kavlan Holdings, "
        "officials said on Monday."
    )
    assert rows == [("Kavlan Holdings", "Poland", "Piorun")]


def test_a_deal_told_by_its_purpose_runs_from_the_maker_country():
    rows = _rows("France has concluded a deal with Peru to supply 12 Mirage 2000 jets.")
    assert rows == [("France", "Peru", "Mirage 2000")]


def test_a_foreign_state_named_as_seller_of_a_countrys_own_system_is_turned_round():
    rows = _rows("Iran signed a contract with Russia for four S-300 batteries.")
    assert rows == [("Russia", "Iran", "S-300")]


def test_a_designer_and_a_builder_named_together_both_supply():
    rows = _rows(
        "The Peruvian Navy has ordered two corvettes designed by Naval Group and built by "
        "Tarvo Shipyards."
    )
    assert sorted(rows) == [("France", "Peru", "corvette"), ("Tarvo Shipyards", "Peru", "corvette")]


def test_items_told_again_by_a_pronoun_take_their_designer_and_builder():
    rows = _rows(
        "The Peruvian Army has ordered 40 armoured vehicles, the ministry said on Monday. "
        "They are designed by the Lima-based company Kavlan and will be manufactured in "
        "partnership with BAE Systems in Arequipa."
    )
    assert sorted(rows) == [
        ("Kavlan", "Peru", "armoured vehicle"),
        ("United Kingdom", "Peru", "armoured vehicle"),
    ]


def test_a_designer_alone_adds_no_second_seller():
    rows = _rows("The Peruvian Navy has ordered two corvettes designed by Naval Group.")
    assert rows == [("France", "Peru", "corvette")]
