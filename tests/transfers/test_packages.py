"""Parts told with a system belong to its package: no row of their own (issue 12).

Made-up sentences; expected rows worked out by hand from CONVENTIONS.md:
``(supplier, recipient, item, status, quantity)``. Every row given must be expected.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

CASES = [
    (
        "Chile and Peru will provide Bolivia with additional air defence equipment and components.",
        [
            ("Chile", "Bolivia", "air defence", "planned", None),
            ("Peru", "Bolivia", "air defence", "planned", None),
        ],
    ),
    (
        "The UAE was approved to purchase 300 Sidewinder missiles, guidance units, and spares "
        "from Chile.",
        [
            ("Chile", "United Arab Emirates", "Sidewinder", "agreed", None),
            ("Chile", "United Arab Emirates", "guidance units", "agreed", None),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_parts_fold_into_the_package(text, expected):
    assert check(text, expected) == []
