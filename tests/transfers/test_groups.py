"""A supplier written as the group of bodies named before ("the two German companies
will also donate ..."): each body supplies again (issue 12, item 5), on made-up articles.

Each expected row is ``(supplier, recipient, item, status, quantity)`` worked out by hand
from CONVENTIONS.md.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check, read_rows

P = "planned"
DONATION = "Rheinmetall and Hensoldt said they will donate a new patrol vessel to Chile. "

CASES = [
    (
        DONATION + "The vessel is worth $30 million. The two German companies will also donate "
        "200 rifles.",
        [
            ("Rheinmetall", "Chile", "patrol boat", P, None),
            ("Hensoldt", "Chile", "patrol boat", P, None),
            ("Rheinmetall", "Chile", "rifle", P, "200"),
            ("Hensoldt", "Chile", "rifle", P, "200"),
        ],
    ),
    (
        DONATION + "Both German firms will also donate 200 rifles.",
        [
            ("Rheinmetall", "Chile", "patrol boat", P, None),
            ("Hensoldt", "Chile", "patrol boat", P, None),
            ("Rheinmetall", "Chile", "rifle", P, "200"),
            ("Hensoldt", "Chile", "rifle", P, "200"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-50:] for c in CASES])
def test_group_supplies_again(text, expected):
    assert check(text, expected) == []


@pytest.mark.parametrize(
    "text",
    [
        # a German and a Swedish firm: "the two German companies" are not these two
        "Rheinmetall and Saab said they will donate a new patrol vessel to Chile. The two German "
        "companies will also donate 200 rifles.",
        # three bodies named: which two is not told
        "Rheinmetall, Hensoldt and Thales said they will donate a new patrol vessel to Chile. "
        "The two firms will also donate 200 rifles.",
    ],
)
def test_a_group_that_could_mean_other_bodies_names_none(text):
    rifles = [r for r in read_rows(text) if r["item"] == "rifle"]
    assert not any(r["inferred_from"] and r["supplier"] in text for r in rifles)
    assert {r["supplier"] for r in rifles} <= {"Germany", "(not stated)"}
