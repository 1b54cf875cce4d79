"""Lists paired by "respectively": the n-th side goes with the n-th item.

"A and B signed deals to send 30 tanks and 12 howitzers, respectively" tells two transfers,
A's tanks and B's howitzers, not four. A sentence's frames read each list whole and give every
side every item; when the sentence says "respectively" and it has as many sides as items, the
rows off the diagonal are dropped, pairing sides and items in the order they are written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.transfers.records import Transfer

RESPECTIVELY = re.compile(r"(?i)\brespectively\b")


def pair_respectively(rows: Sequence[Transfer]) -> list[Transfer]:
    """``rows`` with each "respectively" sentence's sides and items paired in order.

    The side whose list pairs with the items is the supplier when there are several, else
    the recipient ("sent tanks and jets to A and B respectively"). Nothing changes when the
    counts differ or a row's side is not written in the sentence.
    """
    by_sentence: dict[int, list[Transfer]] = {}
    for row in rows:
        by_sentence.setdefault(row.sentence_number, []).append(row)
    dropped: set[int] = set()
    for group in by_sentence.values():
        if not RESPECTIVELY.search(group[0].sentence):
            continue
        dropped |= {id(row) for row in _off_diagonal(group)}
    return [row for row in rows if id(row) not in dropped]


def _off_diagonal(group: list[Transfer]) -> list[Transfer]:
    items = sorted({(row.item_start, row.item) for row in group})
    for side in ("supplier", "recipient"):
        places = {}
        for row in group:
            written = getattr(row, f"{side}_text")
            at = row.sentence.find(written) if written else -1
            if at < 0:
                places = {}
                break
            places[getattr(row, side)] = min(at, places.get(getattr(row, side), at))
        sides = sorted(places, key=places.get)
        if len(sides) < 2 or len(sides) != len(items):
            continue
        rank = {name: i for i, name in enumerate(sides)}
        order = {key: i for i, key in enumerate(items)}
        return [
            row for row in group
            if rank[getattr(row, side)] != order[(row.item_start, row.item)]
        ]  # fmt: skip
    return []
