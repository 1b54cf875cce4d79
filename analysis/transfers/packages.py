"""Parts told with a system: one package, one row.

"X will provide Y with air defence equipment and components", "... 300 missiles, guidance
units, and spares": a bare word for parts or spares joined to a named item by the same cue
names part of that item's package (the conventions give items sent together in one deal one
row), not a transfer of its own. It stays a row when it is the only item told ("X sent
spare parts to Y").
"""

from __future__ import annotations

from analysis.transfers.records import Transfer
from analysis.transfers.rules import word_set as words_of

#: Items that are parts, spares or fittings of the system they are told with.
PART_ITEMS = words_of("components component parts spares accessories fittings")


def is_bare_part(row: Transfer) -> bool:
    """True for a row whose item is only a word for parts ("components", "spare parts").

    >>> row = Transfer("A", "A", "B", "B", "", "spare parts", "spare parts", "", "planned",
    ...                "", "", "", "", "provide", 1, "", 0, 0, 0, 0)
    >>> is_bare_part(row)
    True
    """
    words = row.item.lower().split()
    return (
        bool(words)
        and words[-1] in PART_ITEMS
        and all(w in PART_ITEMS or w == "spare" for w in words)
    )


def fold_parts_into_packages(rows: list[Transfer]) -> list[Transfer]:
    """Drop a row of bare parts when the same cue gives the same supplier and recipient
    another item in the sentence: the parts belong to that item's package."""

    def key(r: Transfer) -> tuple:
        return (r.sentence_number, r.cue, r.supplier, r.recipient)

    whole = {key(r) for r in rows if not is_bare_part(r)}
    return [r for r in rows if not (is_bare_part(r) and key(r) in whole)]
