"""An item's own from-phrase: "orders for X, Y and Z from the U.S." name their seller.

A sentence may list two deals with two sellers: "Peru's deals include a contract with Spain,
as well as orders for jets, radars and tanks from the U.S." The grammar joins every item to
the first deal noun and its with-party, so the jets come from Spain. A from-phrase written
right after a list of items is the seller of those items ("orders for X from Y", "a
purchase of X and Z from Y"): it is nearer to them than a party written before them.

``fill_own_seller`` gives such a row the actor of the from-phrase that follows its item
when only list words lie between (item names, commas, "and", no other deal noun, verb
of another deal or sentence break; ``LIST_GAP``), the row comes from a deal noun or a verb
of buying (``DEAL_CUES``), and its supplier is written before the item in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from analysis.transfers.records import Transfer

#: Cues whose rows take their seller from a from-phrase: deal nouns and verbs of buying.
DEAL_CUES = re.compile(
    r"(?i)^(?:contracts?|deals?|orders?|ordered|agreements?|purchases?|purchased|bought|"
    r"buy|buys|acquired|acquisitions?)$"
)
#: What may lie between an item and the from-phrase that names its seller: the rest of a
#: list of items (names, numbers, commas, "and"), up to "from (the)".
LIST_GAP = re.compile(
    r"(?i)^(?:(?!\b(?:with|contracts?|deals?|agreements?|orders?|purchases?|signed|said)\b)"
    r"[^.;:()])"
    r"{0,120}?\bfrom\s+(?:the\s+)?$"
)


def fill_own_seller(
    rows: list[Transfer], text: str, mentions: Sequence, country_names: Mapping[str, str]
) -> list[Transfer]:
    """Give rows the seller their item's own from-phrase names (see the module doc).

    ``mentions`` are the article's lexicon matches; ``country_names`` maps codes to names.
    """
    actors = sorted((m for m in mentions if m.kind == "actor"), key=lambda m: m.start)
    out = []
    for row in rows:
        seller = _own_seller(row, text, actors) if DEAL_CUES.match(row.cue) else None
        if seller is not None and seller.name not in (row.supplier, row.recipient):
            row = replace(
                row, supplier=seller.name,
                supplier_country=country_names.get(seller.country, seller.country),
                supplier_text=text[seller.start : seller.end],
            )  # fmt: skip
        out.append(row)
    return out


def _own_seller(row: Transfer, text: str, actors: Sequence):
    """The actor of the from-phrase right after the row's item, when the row's supplier is
    written before the item; else None."""
    if row.item_end <= 0 or not row.supplier_text:
        return None
    told = text.find(row.supplier_text, row.start, row.end)
    if told < 0 or told >= row.item_start:
        return None
    after = next((m for m in actors if row.item_end <= m.start < row.end), None)
    if after is None or not LIST_GAP.match(text[row.item_end : after.start]):
        return None
    return after
