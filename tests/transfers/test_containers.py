"""A delivery told back through a noun that holds it ("It is the second batch ordered from
X"): the side it names fills the delivery's open side (issue 12, item 5), on made-up articles.

Each expected row is ``(supplier, recipient, item, status, quantity)`` worked out by hand
from CONVENTIONS.md (``-`` for "not stated").
"""

from __future__ import annotations

import pytest

from analysis.transfers.containers import CONTAINER
from tests.transfers.test_varied_sentences import check, read_rows

D, A = "delivered", "agreed"

CASES = [
    # -- the seller named after the container noun: "ordered from", "supplied by"
    (
        "The Ghana Navy received four patrol boats on Monday. It is the second batch ordered "
        "from Spain.",
        [("Spain", "Ghana", "patrol boat", D, "four")],
    ),
    (
        "Four Leopard 2 tanks arrived in Ghana on Monday. This was the latest consignment "
        "supplied by Germany under a 2019 contract.",
        [("Germany", "Ghana", "Leopard 2", D, "Four")],
    ),
    # -- the container noun left out after an ordinal: "the second delivered by X"
    (
        "Six howitzers arrived in Peru on Friday. The shipment is the second delivered by Chile "
        "this year.",
        [("Chile", "Peru", "howitzer", D, "Six")],
    ),
    # -- the buyer: "an order placed by Y"; the maker of an order is its buyer
    (
        "Germany delivered four Leopard 2 tanks on Monday. The shipment is the first part of an "
        "order placed by Ghana in May.",
        [("Germany", "Ghana", "Leopard 2", D, "four")],
    ),
    # -- traps: two deliveries just told, the batch could be either: nothing is filled
    (
        "Four tanks arrived in Ghana and six howitzers arrived in Togo on Monday. It is the "
        "second batch ordered from Spain.",
        [("-", "Ghana", "tank", D, "Four"), ("-", "Togo", "howitzer", D, "six")],
    ),
    # -- two sellers named in a list: which one sent this batch is not told
    (
        "The Ghana Navy received four patrol boats on Monday. It is the second batch ordered "
        "from Spain and France.",
        [("-", "Ghana", "patrol boat", D, "four")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_container_sides(text, expected):
    assert check(text, expected) == []


def test_a_filled_side_names_the_container_sentence():
    rows = read_rows(
        "The Ghana Navy received four patrol boats on Monday. It is the second batch ordered "
        "from Spain."
    )
    assert [(r["supplier"], r["inferred_from"]) for r in rows] == [("Spain", "2")]


@pytest.mark.parametrize(
    "sentence, holds",
    [
        ("It is the second batch ordered from Spain.", True),
        ("The shipment is the second delivered by Chile this year.", True),
        ("This is the first time tanks are provided to the country by Germany.", False),
        ("This is the first major artillery deal signed by Peru.", False),
    ],
)
def test_only_a_container_noun_tells_a_delivery_back(sentence, holds):
    assert bool(CONTAINER.match(sentence)) is holds
