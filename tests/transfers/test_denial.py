"""A party's denial covers the claims of its transfer told in other sentences."""

from analysis.text import article_from_text
from analysis.transfers import find_transfers


def rows_of(text: str):
    table = find_transfers(article_from_text(text))
    return list(zip(table["item"], table["status"], strict=True))


def test_a_claim_by_another_side_is_denied_by_the_supplier():
    text = (
        "Italian officials said Libya shipped 500 rifles to the Houthis last month. "
        "Libya denied sending weapons to the Houthis."
    )
    statuses = {status for _, status in rows_of(text)}
    assert statuses == {"denied"}


def test_a_claim_listing_items_is_denied_by_a_later_rejection():
    text = (
        "Mike Pompeo said a vessel was carrying Iranian weapons to the Houthis. "
        "The cargo included 300 assault rifles and 12 anti-tank missiles, Pompeo said. "
        "Iran has rejected claims that it shipped weapons to the Houthis."
    )
    rows = rows_of(text)
    assert ("assault rifle", "denied") in rows
    assert ("anti-tank missile", "denied") in rows
    assert all(item != "weapon" for item, _ in rows)  # the weapons are the listed items


def test_a_supplier_telling_its_own_delivery_is_not_denied():
    text = (
        "Iran's foreign minister said Iran sent drones to Russia before the war. "
        "Iran denied supplying missiles to Russia."
    )
    rows = rows_of(text)
    assert ("drone", "delivered") in rows


def test_denying_a_weapon_is_used_does_not_deny_the_claimed_supply():
    # the deniers reject a claim of use, not the supply another side reports
    text = (
        "A Canadian minister said Belarus has been providing Venezuela with drones. "
        "Belarus and Venezuela have both denied claims that Venezuelan troops are using "
        "Belarusian drones."
    )
    rows = rows_of(text)
    assert ("drone", "ongoing") in rows
    assert ("drone", "denied") in rows  # the use claim itself stays denied


def test_a_sought_item_stated_on_its_own_is_no_shipment_to_fold():
    # a want of "military equipment" told apart from the listed items is kept
    text = (
        "Venezuela is seeking military equipment from Belarus, Canada's foreign minister said. "
        "Venezuela is seeking to buy radars and drones from Belarus, Canada's foreign "
        "minister said."
    )
    items = {item for item, status in rows_of(text) if status == "sought"}
    assert items == {"military equipment", "radar", "drone"}
