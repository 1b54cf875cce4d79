"""Buyers that join a deal told before take its items from its seller.

Sentences made up for these tests; expected rows worked out by hand from the dev set's
CONVENTIONS.md (one row per supplier -> recipient -> deal; a buyer is never the supplier).
"""

from __future__ import annotations

from analysis.text import article_from_text
from analysis.transfers import find_transfers
from analysis.transfers.joiners import joins_deal


def _rows(text: str) -> set[tuple[str, str, str, str]]:
    frame = find_transfers(article_from_text("Test\n\n" + text + "\n"))
    return {(r.supplier, r.recipient, r.item, r.status) for r in frame.itertuples()}


def test_sides_that_will_join_an_order_are_its_planned_buyers():
    rows = _rows(
        "Germany ordered artillery shells from Orion Marine Ltd last week. "
        "Chile and Peru will also join the order."
    )
    assert rows == {
        ("Orion Marine Ltd", "Germany", "artillery shell", "agreed"),
        ("Orion Marine Ltd", "Chile", "artillery shell", "planned"),
        ("Orion Marine Ltd", "Peru", "artillery shell", "planned"),
    }


def test_a_side_that_participates_in_a_contract_is_not_its_seller():
    rows = _rows(
        "Orion Marine Ltd signed a framework contract with Germany for artillery shells. "
        "Germany's allies Chile and Peru are also to participate in the contract."
    )
    assert ("Orion Marine Ltd", "Chile", "artillery shell", "planned") in rows
    assert ("Orion Marine Ltd", "Peru", "artillery shell", "planned") in rows
    assert not any(r[0] in {"Chile", "Peru", "Germany"} for r in rows)


def test_a_side_that_has_joined_a_signed_contract_shares_its_stage():
    rows = _rows(
        "Germany has signed a contract for 40 fighter jets with Condor Aerospace. "
        "Sweden joined the contract in March."
    )
    assert ("Condor Aerospace", "Sweden", "fighter jet", "agreed") in rows


def test_joining_an_alliance_is_not_joining_a_deal():
    assert not joins_deal("Chile joined the alliance in 2010.")
    assert joins_deal("Peru took part in the procurement.")


def test_two_sides_that_enter_into_a_contract_are_its_maker_and_buyer():
    rows = _rows(
        "Condor Aerospace and Chile entered into a framework contract for the supply of "
        "40 fighter jets."
    )
    assert rows == {("Condor Aerospace", "Chile", "fighter jet", "agreed")}


def test_a_buyer_that_enters_into_a_contract_with_a_maker_buys_from_it():
    rows = _rows("Peru entered into a contract with Condor Aerospace for 12 fighter jets.")
    assert rows == {("Condor Aerospace", "Peru", "fighter jet", "agreed")}
    assert _rows("Peru entered the war in 1879.") == set()
