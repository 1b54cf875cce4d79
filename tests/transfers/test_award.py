"""A company that won or received a contract supplies what the contract is for.

Sentences made up for these tests; expected rows worked out by hand from the dev set's
CONVENTIONS.md (the company supplies, the service it is for receives; a contract is agreed).
"""

from __future__ import annotations

import pytest

from analysis.text import article_from_text
from analysis.transfers import find_transfers


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    frame = find_transfers(article_from_text("Test\n\n" + text + "\n"))
    return [(r.supplier, r.recipient, r.item, r.status) for r in frame.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Zeta Systems Inc received a contract to build frigates for the Chilean Navy.",
            ("Zeta Systems Inc", "Chilean Navy", "frigate", "agreed"),
        ),
        (
            "Zeta Systems Inc has secured an order to manufacture howitzers for the Peruvian Army.",
            ("Zeta Systems Inc", "Peruvian Army", "howitzer", "agreed"),
        ),
        (
            "Zeta Systems Inc received a $20 million contract to provide artillery ammunition "
            "for the Chilean Army.",
            ("Zeta Systems Inc", "Chilean Army", "artillery shell", "agreed"),
        ),
    ],
)
def test_the_winner_of_a_contract_supplies_its_purpose(text, expected):
    assert expected in _rows(text)


def test_building_without_a_contract_is_no_transfer():
    assert _rows("Zeta Systems Inc builds frigates at its yard near the coast.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Andes Arms Corp signed a contract with Chile to export 40 howitzers.",
            ("Andes Arms Corp", "Chile", "howitzer", "agreed"),
        ),
        (
            "Peru signed an agreement with Bolivia to sell 12 helicopters.",
            ("Peru", "Bolivia", "helicopter", "agreed"),
        ),
        (
            "A Brazilian aerospace company signed a contract with Chile to export 12 fighter jets.",
            ("Brazil", "Chile", "fighter jet", "agreed"),
        ),
        (  # a buyer signing with its maker: the partner supplies
            "The Chilean Navy signed a contract with Orion Marine Ltd to build four frigates.",
            ("Orion Marine Ltd", "Chilean Navy", "frigate", "agreed"),
        ),
    ],
)
def test_the_signer_of_a_contract_to_export_sells_to_its_partner(text, expected):
    assert _rows(text) == [expected]


def test_a_force_that_will_equipped_with_vehicles_receives_them():
    rows = _rows("The Chilean Army will equipped with 300 new armoured vehicles under a deal.")
    assert [(r[0], r[1]) for r in rows] == [("(not stated)", "Chilean Army")]


def test_a_shipbuilder_building_boats_for_a_navy_supplies_it():
    rows = _rows(
        "Louisiana-based shipbuilder Corvo Marine will build six patrol boats for the Chilean Navy."
    )
    assert rows == [("Corvo Marine", "Chilean Navy", "patrol boat", "planned")]


def test_an_unlisted_ordnance_maker_is_a_seller():
    rows = _rows("The Chilean Army has ordered 200 mortars from Pecos Ordnance.")
    assert rows == [("Pecos Ordnance", "Chilean Army", "mortar", "agreed")]


def test_building_for_export_names_no_side():
    assert _rows("Corvo Marine Ltd builds patrol boats for export.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chile signed a 12-unit F-16 order with Lockheed Martin in 2013.",
            ("Lockheed Martin", "Chile", "F-16", "agreed"),
        ),
        (
            "Chile signed an F-16 deal with Lockheed Martin last year.",
            ("Lockheed Martin", "Chile", "F-16", "agreed"),
        ),
    ],
)
def test_a_named_system_before_a_deal_noun_is_the_deals_item(text, expected):
    assert _rows(text) == [expected]


def test_an_arms_deal_names_no_system():
    assert _rows("Chile signed an arms deal with Peru last year.") == []


def test_what_a_deal_covers_is_its_items():
    rows = _rows(
        "The deal with Vega Arms Corp covers 40 mortars and 12 howitzers for the Peruvian Army."
    )
    assert ("Vega Arms Corp", "Peruvian Army", "mortar", "agreed") in rows
    assert ("Vega Arms Corp", "Peruvian Army", "howitzer", "agreed") in rows
