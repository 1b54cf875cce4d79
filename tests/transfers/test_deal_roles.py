"""Sides of a deal named by their part in it (``analysis.transfers.deal_roles``).

Made-up articles; every expected row worked out by hand from the dev set's CONVENTIONS.md:
``(supplier, recipient, item, status, quantity)``, ``-`` for "not stated".
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check, read_rows

P = "planned"

CASES = [
    # "the seller" is the deal's supplier, and supplies its buyer
    (
        "Chile will buy 16 tanks from Norway. The seller will also supply 30 howitzers.",
        [("Norway", "Chile", "tank", P, "16"), ("Norway", "Chile", "howitzer", P, "30")],
    ),
    # "the buyer" is the deal's recipient
    (
        "Chile will buy 16 tanks from Norway. The buyer will also get 30 howitzers.",
        [("Norway", "Chile", "tank", P, "16"), ("Norway", "Chile", "howitzer", P, "30")],
    ),
    (
        "Chile will buy 16 tanks from Norway. The seller will deliver 30 howitzers to the buyer "
        "in 2027.",
        [("Norway", "Chile", "tank", P, "16"), ("Norway", "Chile", "howitzer", P, "30")],
    ),
    # the deal just told is the one the noun means
    (
        "Chile will buy 16 tanks from Norway. Ghana bought rifles from Italy. The seller will "
        "supply 30 howitzers in May.",
        [
            ("Norway", "Chile", "tank", P, "16"),
            ("Italy", "Ghana", "rifle", "delivered", None),
            ("Italy", "Ghana", "howitzer", P, "30"),
        ],
    ),
    # one sentence told two deals: which seller is meant is not known, and a row that names
    # no side is no row
    (
        "Chile bought tanks from Norway and Ghana bought rifles from Italy. The seller will "
        "supply 30 howitzers in May.",
        [
            ("Norway", "Chile", "tank", "delivered", None),
            ("Italy", "Ghana", "rifle", "delivered", None),
        ],
    ),
    # no deal told before: a side described, not named
    ("The seller will supply 30 howitzers to Chile.", [("-", "Chile", "howitzer", P, "30")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_role_sides(text, expected):
    assert check(text, expected) == []


def test_deal_role_side_is_traced_to_the_deal_sentence():
    rows = read_rows(CASES[0][0])
    assert [r["inferred_from"] for r in rows if r["sentence_number"] == 2] == ["1"]
