"""Lists of sides and of items: made-up sentences read with the real lexicon (session 8).

Each group is one cause the reading had wrong, told in several shapes; the expected rows were
worked out by hand from CONVENTIONS.md, in the format of ``test_varied_sentences``:
(supplier, recipient, item, status, quantity), ``-`` not stated.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D, P = "delivered", "planned"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a collective noun of a group of sides stands for the members it lists -------------------
    (
        "A group of nine nations including Poland and Chile will send tanks to Peru.",
        [
            ("Poland", "Peru", "main battle tank", P, None),
            ("Chile", "Peru", "main battle tank", P, None),
        ],
    ),
    (
        "A coalition of countries, including Norway and Denmark, has delivered rifles to Bolivia.",
        [("Norway", "Bolivia", "rifle", D, None), ("Denmark", "Bolivia", "rifle", D, None)],
    ),
    # "such as" right after the group noun, with or without commas
    (
        "Allies such as Denmark and Norway sent F-16 jets to Ukraine.",
        [("Denmark", "Ukraine", "F-16", D, None), ("Norway", "Ukraine", "F-16", D, None)],
    ),
    (
        "A number of allies, such as Denmark and Norway, sent F-16 jets to Ukraine.",
        [("Denmark", "Ukraine", "F-16", D, None), ("Norway", "Ukraine", "F-16", D, None)],
    ),
    # trap: a group of people is no list of sides
    ("A group of soldiers sent rifles to Peru.", [("-", "Peru", "rifle", D, None)]),
    # a group noun followed by a colon or a dash and the list of its members
    (
        "Spain sold rifles to three countries: Peru, Chile and Bolivia.",
        [
            ("Spain", "Peru", "rifle", D, None),
            ("Spain", "Chile", "rifle", D, None),
            ("Spain", "Bolivia", "rifle", D, None),
        ],
    ),
    (
        "Two allies -- Norway and Denmark -- will deliver howitzers to Ukraine.",
        [("Norway", "Ukraine", "howitzer", P, None), ("Denmark", "Ukraine", "howitzer", P, None)],
    ),
    # trap: a comma after the group noun opens no list ("..., Peru said")
    ("Spain sold rifles to three countries, Peru said.", [("Spain", "-", "rifle", D, None)]),
    # -- an umbrella object whose contents a list after "including" names -------------------------
    (
        "Poland will provide equipment, including tanks, to Ukraine.",
        [("Poland", "Ukraine", "main battle tank", P, None)],
    ),
    (
        "Poland pledged to provide donations including howitzers to Ukraine.",
        [("Poland", "Ukraine", "howitzer", P, None)],
    ),
    (
        "Chile sold hardware, including six helicopters, to Peru.",
        [("Chile", "Peru", "helicopter", D, "six")],
    ),
    # -- a trade noun a military word describes carries military goods to each listed buyer
    # (session 12): "military sales to A, B and C"; in the plural with no verb staging them
    # they are a trade that was made, as "exports" are (session 13: delivered, ongoing now)
    (
        "Chile's military sales to Peru, Bolivia and Ecuador have doubled.",
        [
            ("Chile", "Peru", "military sales", "delivered|ongoing", None),
            ("Chile", "Bolivia", "military sales", "delivered|ongoing", None),
            ("Chile", "Ecuador", "military sales", "delivered|ongoing", None),
        ],
    ),
    ("Military exports by Chile to Peru rose.", [("Chile", "Peru", "military exports", D, None)]),
    # trap: a trade told in sum, with no buyer, is no transfer
    ("Chile's military exports rose by a third.", []),
    # trap: a list of buyers after "including" is no list of items
    (
        "Peru sold rifles to five countries, including Chile and Bolivia.",
        [("Peru", "Chile", "rifle", D, None), ("Peru", "Bolivia", "rifle", D, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_varied_list(text, expected):
    assert check(text, expected) == []
