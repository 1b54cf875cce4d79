"""A from-phrase right after a list of items names their seller, not an earlier with-party.

Sentences made up for these tests; expected rows worked out by hand from the dev set's
CONVENTIONS.md (one row per supplier -> recipient -> deal; the seller is the party the
text says sells).
"""

from __future__ import annotations

from analysis.text import article_from_text
from analysis.transfers import find_transfers


def _rows(text: str) -> set[tuple[str, str, str]]:
    frame = find_transfers(article_from_text("Test\n\n" + text + "\n"))
    return {(r.supplier, r.recipient, r.item) for r in frame.itertuples()}


def test_orders_from_a_second_seller_after_a_contract_with_the_first():
    rows = _rows(
        "Chile has signed a contract with Spain for rifles, as well as an order for "
        "F-16 jets from the United States."
    )
    assert ("Spain", "Chile", "rifle") in rows
    assert ("United States", "Chile", "F-16") in rows
    assert ("Spain", "Chile", "F-16") not in rows


def test_every_item_of_the_list_before_the_from_phrase_takes_its_seller():
    rows = _rows(
        "Other Chilean military deals in recent years include a large arms contract with "
        "Spain, as well as orders for F-16 jets, Patriot systems and Leopard tanks from Germany."
    )
    assert {r[0] for r in rows} == {"Germany"}
    assert {r[2] for r in rows} >= {"F-16", "MIM-104 Patriot"}


def test_a_from_phrase_after_another_deal_noun_is_not_the_first_items_seller():
    rows = _rows("Chile signed a deal with Spain for frigates and an order for tanks from Germany.")
    assert ("Spain", "Chile", "frigate") in rows


def test_a_countrys_own_system_in_a_contract_with_a_foreign_state_is_sold_to_it():
    rows = _rows("Russia says it signed an S-300 missile contract with Iran.")
    assert ("Russia", "Iran", "S-300") in rows
    assert ("Iran", "Russia", "S-300") not in rows


def test_an_order_told_inside_its_delivery_has_the_deliverers_seller():
    rows = _rows(
        "Orion Marine Ltd has delivered the first of four patrol boats ordered by the Chilean Navy."
    )
    assert {r[0] for r in rows} == {"Orion Marine Ltd"}


def test_a_force_that_accepted_aircraft_from_a_maker_received_them():
    rows = _rows(
        "The Chilean Air Force officially accepted its first fighter jet from Condor Aerospace."
    )
    assert rows == {("Condor Aerospace", "Chilean Air Force", "fighter jet")}
