"""A demonstrative told back to a list's umbrella ("these systems" after "air defence
systems, including A and B"), and "the systems" told back to the one system named before,
across sentences (issue 12, item 5), on made-up articles.

Each expected row is ``(supplier, recipient, item, status, quantity)`` worked out by hand
from CONVENTIONS.md.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

P = "planned"

CASES = [
    # -- "these systems": the class the list before itemises, with the recipient told there
    (
        "Spain will provide Peru with dozens of air defence systems, including NASAMS and "
        "Gepard. Canada and Norway will also provide these systems.",
        [
            ("Spain", "Peru", "NASAMS", P, None),
            ("Spain", "Peru", "Gepard", P, None),
            ("Canada", "Peru", "air defence system", P, None),
            ("Norway", "Peru", "air defence system", P, None),
        ],
    ),
    # -- "the systems" after one system ordered: its maker named later supplies the order
    (
        "Peru ordered 24 NASAMS air defence systems in May. The systems will be supplied by "
        "Norway.",
        [("Norway", "Peru", "NASAMS", "agreed", "24")],
    ),
    # -- trap: a system and a gun ordered: "the systems" could be either, nothing is filled
    (
        "Peru ordered 24 NASAMS air defence systems and 12 Gepard guns in May. The systems "
        "will be supplied by Norway.",
        [("-", "Peru", "NASAMS", "agreed", "24"), ("-", "Peru", "Gepard", "agreed", "12")],
    ),
    # -- trap: the class noun is not the demonstrative's noun; two readings, no row
    (
        "Spain will provide Peru with 40 rifles, including NASAMS and Gepard. Canada will also "
        "provide these systems.",
        [("Spain", "Peru", "NASAMS", P, None), ("Spain", "Peru", "Gepard", P, None)],
    ),
    # -- trap: two named systems and no class noun: "these systems" could be either
    (
        "Spain will provide Peru with NASAMS and Gepard. Canada will also provide these systems.",
        [("Spain", "Peru", "NASAMS", P, None), ("Spain", "Peru", "Gepard", P, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-60:] for c in CASES])
def test_umbrella_told_back(text, expected):
    assert check(text, expected) == []
