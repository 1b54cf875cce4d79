"""The end user after a transit country ("sent to A for rebels in C"), on made-up sentences.

Every expected row worked out by hand from the dev set's CONVENTIONS.md:
``(supplier, recipient, item, status, quantity)``; a carrier or a transit country is not a
side.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D = "delivered"

CASES = [
    (
        "Customs said 200 rifles were sent from Malawi to Zambia for rebels in Angola.",
        [("Malawi", "rebels in Angola", "rifle", D, "200")],
    ),
    (
        "Malawi sent 200 rifles to Zambia for the Angolan rebels.",
        [("Malawi", "Angolan rebels", "rifle", D, "200")],
    ),
    ("Malawi sent mortars to Zambia for Angola.", [("Malawi", "Angola", "mortar", D, None)]),
    # a for-phrase of the recipient's own force, a purpose or a price changes nothing
    ("Malawi sent 200 rifles to Zambia for its army.", [("Malawi", "Zambia", "rifle", D, "200")]),
    ("Malawi sent 200 rifles to Zambia for training.", [("Malawi", "Zambia", "rifle", D, "200")]),
    ("Malawi sold 200 rifles to Zambia for $3 million.", [("Malawi", "Zambia", "rifle", D, "200")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_end_user_after_transit(text, expected):
    assert check(text, expected) == []
