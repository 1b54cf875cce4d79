"""The sides of a deal named by their part in it: "the buyer", "the seller".

"Peru will buy 20 tanks from Spain. The seller will also supply 40 howitzers": the seller
is the supplier of the deal told before, Spain; "the buyer" is its recipient. The deal is
the rows of the nearest earlier sentence (within three) that name both sides, as for a
row that names neither side (``discourse``): the deal just told. They must name one
supplier and one recipient, else the noun could mean either and is left open.
The other side, when the sentence leaves it open, is that deal's too (the seller supplies
the buyer it sold to). A row keeps ``inferred_from``: the deal's sentence. A role noun no
deal resolves is a side the sentence describes without a name (``(not stated)``, its
words kept).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.transfers import rules
from analysis.transfers.records import Transfer
from analysis.transfers.rules import word_set as words_of

#: The nouns of each side of a deal.
DEAL_ROLES = {
    "supplier": words_of("seller sellers vendor vendors exporter exporters"),
    "recipient": words_of("buyer buyers purchaser purchasers customer customers importer"),
}
#: How far back a deal is looked for, in sentences.
REACH = 3
UNNAMED = (rules.NOT_STATED, rules.UNRESOLVED)


def role_of(text: str) -> str:
    """The side a deal-role noun phrase names, or "".

    >>> role_of("The seller"), role_of("the Spanish buyer"), role_of("the regime")
    ('supplier', 'recipient', '')
    """
    words = text.lower().split()
    return next((side for side, nouns in DEAL_ROLES.items() if words and words[-1] in nouns), "")


def fill_deal_roles(rows: list[Transfer]) -> list[Transfer]:
    """Fill each side written "the buyer" or "the seller" from the deal told just before."""
    out = []
    for row in rows:
        for side in ("supplier", "recipient"):
            if getattr(row, side) == rules.UNRESOLVED and role_of(getattr(row, f"{side}_text")):
                row = _from_deal(row, side, rows)
        out.append(row)
    return out


def _from_deal(row: Transfer, side: str, rows: list[Transfer]) -> Transfer:
    before = [
        r for r in rows
        if row.sentence_number - REACH <= r.sentence_number < row.sentence_number
        and r.supplier not in UNNAMED and r.recipient not in UNNAMED
    ]  # fmt: skip
    if not before or role_of(getattr(row, f"{side}_text")) != side:
        return _left_open(row, side)
    nearest = max(r.sentence_number for r in before)
    deal = [r for r in before if r.sentence_number == nearest]
    pairs = {(r.supplier_country or r.supplier, r.recipient_country or r.recipient) for r in deal}
    if len(pairs) != 1:  # that sentence tells two deals: which one's seller is not known
        return _left_open(row, side)
    source = deal[-1]
    filled = {side: getattr(source, side), f"{side}_country": getattr(source, f"{side}_country")}
    other = "recipient" if side == "supplier" else "supplier"
    if getattr(row, other) in UNNAMED and (
        getattr(row, other) == rules.NOT_STATED or role_of(getattr(row, f"{other}_text")) == other
    ):
        filled |= {other: getattr(source, other),
                   f"{other}_country": getattr(source, f"{other}_country")}  # fmt: skip
    return replace(row, **filled, inferred_from=str(source.sentence_number))


def _left_open(row: Transfer, side: str) -> Transfer:
    return replace(row, **{side: rules.NOT_STATED, f"{side}_country": rules.NOT_STATED})
