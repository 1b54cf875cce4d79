"""A deal row is turned round by its item's maker only when a foreign seller is named.

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
