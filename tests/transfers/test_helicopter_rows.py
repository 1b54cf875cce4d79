"""Light and medium helicopters that air forces buy are named systems of the lexicon.

Sentences made up for these tests; expected rows worked out by hand.
"""

from __future__ import annotations

from analysis.text import article_from_text
from analysis.transfers import find_transfers


def _rows(text: str) -> set[tuple[str, str, str]]:
    frame = find_transfers(article_from_text("Test\n\n" + text + "\n"))
    return {(r.supplier, r.recipient, r.item) for r in frame.itertuples()}


def test_an_order_named_by_a_helicopter_variant_is_a_deal_for_it():
    rows = _rows("Peru signed an eight-unit attack AW-109E order with Condor Aerospace in 2019.")
    assert rows == {("Condor Aerospace", "Peru", "AW109")}


def test_a_medium_helicopter_received_by_an_air_force():
    rows = _rows("Peru's air force received two AW139 helicopters from Leonardo last week.")
    assert {r[2] for r in rows} == {"AW139"}


def test_a_helicopter_maker_known_by_its_old_name_is_the_seller():
    rows = _rows("Peru signed an eight-unit attack AW-109E order with AgustaWestland in 2013.")
    assert rows == {("AgustaWestland", "Peru", "AW109")}
