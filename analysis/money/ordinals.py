"""Ordinal items: "The second deal ..." names the next of the wholes a total of several
counted ("two contracts worth more than £5bn"), and its sum may come a sentence later
("The second deal is a ten-year partnership with a missile maker. The entire programme is
expected to be worth up to £3bn.") (``link_ordinal_items``).
"""

from __future__ import annotations

import re

__all__ = ["link_ordinal_items"]

#: A sentence opening with the second (third, other, last) of several wholes.
_ORDINAL_OPENER = re.compile(
    r"^\W*the\s+(?:second|third|fourth|other|last|final|latter)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deals?|contracts?|agreements?|orders?|awards?|packages?|sales?|purchases?|one)\b",
    re.I,
)
#: Before the sum of the next sentence: words that speak of the item just named ("It is
#: worth", "The entire programme is expected to be worth", "The deal is valued at").
_ITEM_VALUE_BEFORE = re.compile(
    r"^\W*(?:it|this|that|the\s+(?:(?:entire|whole|full|overall|total)\s+)?[\w-]+)\s+"
    r"(?:is|was|will\s+be|would\s+be|could\s+be|has\s+been)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:worth|valued\s+at|priced\s+at|at)\s+$",
    re.I,
)
#: How many sentences before the ordinal item its total may be; up to ``ORDINAL_FAR``
#: when the first item is already linked to it (a long paragraph about the first deal).
ORDINAL_BACK = 3
ORDINAL_FAR = 8


def _has_first(by_start, total) -> bool:
    """True when ``total`` already has a part (the first of its items)."""
    linked = by_start.get(total.amount.start)
    return bool(linked and linked.parts)


def link_ordinal_items(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the sum of "The second deal ..." (in its sentence, or in the next one when that
    one says what the item is worth) to the latest total of several wholes within
    ``ORDINAL_BACK`` sentences before it, in its currency and larger. A sum already linked
    by other explicit words (``protected``) is left where it is. Returns the starts of the
    parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        if not _ORDINAL_OPENER.match(sentence.text):
            continue
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if here:
            part = here[0]
        else:
            after = [r for r in readings if r.sentence == index + 1 and r.amount.value is not None]
            if not after or index + 1 >= len(sentences):
                continue
            lead = text[sentences[index + 1].start : after[0].amount.start]
            if not _ITEM_VALUE_BEFORE.match(lead):
                continue
            part = after[0]
        p = part.amount
        if p.start in protected or part.barred or part.change:
            continue
        totals = [r for r in readings if r.plural and r.amount.value
                  and r.amount.end <= sentence.start and 0 < index - r.sentence <= ORDINAL_FAR
                  and r.amount.currency == p.currency and r.amount.value > p.value
                  and (index - r.sentence <= ORDINAL_BACK or _has_first(by_start, r))]  # fmt: skip
        if not totals:
            continue
        total = totals[-1]
        for other in by_start.values():
            other.parts = [q for q in other.parts if q.amount.start != p.start]
        linked = by_start.get(total.amount.start) or make_linked(total)
        linked.parts = sorted([*linked.parts, part], key=lambda r: r.amount.start)
        m = _ORDINAL_OPENER.match(sentence.text)
        linked.cues.append(("ordinal_item", m.group(0).strip(), sentence.start,
                            sentence.start + m.end()))  # fmt: skip
        by_start[total.amount.start] = linked
        linked_parts.add(p.start)
    return linked_parts
