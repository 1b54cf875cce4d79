"""Variant words between a named weapon and its class noun or its other name.

Procurement texts write a system's variant, block or batch between its name and the
class noun ("F-16D Block 72 aircraft", "Typhoon Tranche 4 fighters") or between its
designation and its popular name ("AIM-120C-8 AMRAAM missiles", "AIM-9X Block II
Sidewinder missiles"). The variant words belong to the one mention of the system: the
class noun of the system's own category after them, or the same system named again
after them, is no second mention. A class of another category stays its own mention
("F-16 Block 70 ammunition" is the aircraft's ammunition).

Rows are ``MentionRow`` records in text order (``analysis.entities.mention_rows``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.mention_rows import MentionRow

#: The words of a variant between a system and what follows it: a numbered suffix
#: ("-8" of "AIM-120C-8"), a paired variant letter ("/D" of "F-16C/D", "/2K" of
#: "BMP-2/2K") and numbered
#: production words ("Block 70/72", "Block II", "Block 52+", "Block 52ID" (a buyer's
#: letters), "Tranche 4", "Batch 2", "Flight III",
#: "Increment 2", "Lot 15", "Mk 2", "Standard 3"), ending in one space.
VARIANT_GAP = regex.compile(
    r"(?P<words>(?:-\d{1,3}\p{Lu}{0,2})?(?:/(?:\p{Lu}{1,2}|\d{1,2}\p{Lu}{1,2})(?![\w-]))?"
    r"(?: (?:Block|Tranche|Batch|Flight|Increment|Lot|Standard|Mk\.?|Mark)[ -]?"
    r"(?:\d{1,3}(?:\p{Lu}{1,3}|\+)?|[IVX]{1,4})(?:/(?:\d{1,3}\p{Lu}?|[IVX]{1,4}))?)*) "
)


def variant_repeats(text: str, rows: Sequence[MentionRow]) -> list[MentionRow]:
    """``rows`` without the class noun or the repeated name that follows a named
    weapon after its variant words (see the module docstring).

    >>> from analysis.entities.mention_rows import MentionRow
    >>> def row(name, kind_of, start, end):
    ...     return MentionRow("weapon", name, kind_of, "x", "", "", "body", 0, start, end)
    >>> text = "It wants Kestrel-4B Block 3 jets and Kestrel-4B Block 3 ammunition."
    >>> rows = [row("Kestrel-4", "aircraft", 9, 19), row("jet", "aircraft", 28, 32),
    ...         row("Kestrel-4", "aircraft", 37, 47), row("ammunition", "munitions", 56, 66)]
    >>> [r.name for r in variant_repeats(text, rows)]
    ['Kestrel-4', 'Kestrel-4', 'ammunition']
    """
    drop: set[int] = set()
    weapons = [(i, r) for i, r in enumerate(rows) if r.kind == "weapon"]
    for (_, a), (j, b) in zip(weapons, weapons[1:], strict=False):
        if _is_class(a) or b.start < a.end:
            continue
        gap = VARIANT_GAP.fullmatch(text, a.end, b.start)
        if gap is None or not gap.group("words"):
            continue  # side by side: the scanner's join settles those
        if b.name == a.name or (_is_class(b) and b.type == a.type):
            drop.add(j)
    return [r for i, r in enumerate(rows) if i not in drop]


def _is_class(row: MentionRow) -> bool:
    return row.name.islower() or row.name == row.weapon_class
