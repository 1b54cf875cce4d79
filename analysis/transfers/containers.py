"""A delivery told back as a part of a larger whole: "It is the second batch ordered from X".

News often tells a delivery in one sentence and who sent it in the next, through a noun
that holds the delivery rather than names it: "The navy received four patrol boats on
Monday. It is the second batch ordered from Spain." The subject ("it", "this", "the
shipment") stands for the delivery just told, the copula says what it is ("the second
batch", "the latest consignment", "the first part of an order"), and a participle or a
preposition after that noun names a side:

- its seller: "ordered from X", "bought from X", "from X", "supplied by X", "built by X";
- its buyer: "ordered by Y", "bought by Y", "for Y", "an order placed by Y".

The side fills the open side of the rows of the nearest earlier sentence (within two)
that left it open, when those rows name the other side and agree on it (one delivery);
otherwise the container could mean more than one thing and nothing is filled. A side the
sentence names that is the row's other side is no new information and fills nothing. The
row keeps ``inferred_from``: the container's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from analysis.transfers import rules
from analysis.transfers.records import Transfer

#: The nouns that hold a delivery: a part of a larger order or flow.
CONTAINER_NOUNS = (
    r"batch|batches|consignment|consignments|shipment|shipments|delivery|deliveries|lot|"
    r"tranche|instalment|installment|part|portion"
)
#: "It is the second batch", "This was the latest shipment", "The consignment forms the
#: first part": a subject standing for the delivery, a copula, a container noun.
COPULA = r"(?:is|was|are|were|marks|marked|forms?|formed|makes\s+up|made\s+up|constitutes?)"
CONTAINER = re.compile(
    r"(?i)^\W*(?:(?:it|this|that|these|they)\s+" + COPULA + r"\s+"
    r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:" + CONTAINER_NOUNS + r")\b"
    # "The shipment is the second delivered by X": the container noun left out after it
    r"|the\s+(?:" + CONTAINER_NOUNS + r")\s+" + COPULA + r"\s+(?:(?:the|a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:" + CONTAINER_NOUNS + r")\b"
    r"|the\s+(?:first|second|third|fourth|fifth|sixth|latest|last|final|next)\s+"
    r"(?=(?:ordered|bought|purchased|acquired|supplied|delivered|sent|shipped|donated|"
    r"provided|built|made|from|for)\b)))"
)
#: What names the seller after the container noun, and what names the buyer.
SELLER_WORDS = re.compile(
    r"(?i)\b(?:(?:ordered|bought|purchased|acquired|procured|imported)\s+(?:[\w-]+\s+){0,3}?"
    r"from|(?:supplied|delivered|sent|shipped|donated|provided|gifted|built|made|manufactured|"
    r"produced)\s+(?:[\w-]+\s+){0,2}?by|from)\s+(?:the\s+)?$"
)
BUYER_WORDS = re.compile(
    r"(?i)\b(?:(?:ordered|bought|purchased|acquired|procured)\s+(?:[\w-]+\s+){0,3}?by|for"
    r"|(?:order|orders|purchase|contract)\s+(?:[\w-]+\s+){0,3}?(?:made|placed|signed)\s+"
    r"(?:[\w-]+\s+){0,3}?by)\s+(?:the\s+)?$"
)
#: A party written in a list with another: "from Spain and France", "from A, B".
LISTED = re.compile(r"(?i)^\s*(?:,|and\b|or\b|&)\s*(?:the\s+)?[A-Z]")
LISTED_BEFORE = re.compile(r"(?i)[A-Za-z]\s*(?:,|\band|\bor|&)\s+(?:the\s+)?$")
#: How far back the delivery is looked for, in sentences.
REACH = 2


def fill_container_sides(
    rows: list[Transfer], sentences: Sequence, mentions: Sequence, country_names: Mapping
) -> list[Transfer]:
    """Fill a side the delivery told before left open from "It is the second batch ordered
    from X" (the seller) or "... ordered by Y" (the buyer)."""
    out = list(rows)
    for sentence in sentences:
        container = CONTAINER.match(sentence.text)
        if container is None:
            continue
        for side, party in _sides_named(sentence, container.end(), mentions, country_names):
            out = _fill(out, sentence.number, side, party)
    return out


def _sides_named(sentence, after: int, mentions: Sequence, country_names: Mapping) -> list:
    """(side, (name, country, words)) for each party the words after the container name."""
    found = []
    for m in mentions:
        if m.kind != "actor" or m.type not in rules.PARTY_TYPES:
            continue
        if not sentence.start + after <= m.start < sentence.end:
            continue
        before = sentence.text[: m.start - sentence.start]
        # "an order made by Y": the one who orders buys, before "made by" names a maker
        side = (
            "recipient" if BUYER_WORDS.search(before)
            else "supplier" if SELLER_WORDS.search(before)
            else ""
        )  # fmt: skip
        if not side:
            continue
        country = m.name
        if m.type in rules.ROLL_UP_TYPES and m.country:
            country = country_names.get(m.country, m.country)
        if LISTED.match(sentence.text[m.end - sentence.start :]) or LISTED_BEFORE.search(before):
            continue  # "ordered from Spain and France": two sellers, neither alone
        words = sentence.text[m.start - sentence.start : m.end - sentence.start]
        found.append((side, (m.name, country, words)))
    sides = {side for side, _ in found}
    # two sellers or two buyers named: which one the delivery had is not told
    return [f for f in found if sum(side == f[0] for side, _ in found) == 1] if sides else []


def _fill(rows: list[Transfer], number: int, side: str, party: tuple) -> list[Transfer]:
    other = "recipient" if side == "supplier" else "supplier"
    open_rows = [
        i for i, r in enumerate(rows)
        if number - REACH <= r.sentence_number < number
        and getattr(r, side) == rules.NOT_STATED
        and getattr(r, other) not in (rules.NOT_STATED, rules.UNRESOLVED)
    ]  # fmt: skip
    if not open_rows:
        return rows
    nearest = max(rows[i].sentence_number for i in open_rows)
    open_rows = [i for i in open_rows if rows[i].sentence_number == nearest]
    name, country, words = party
    others = {getattr(rows[i], f"{other}_country") or getattr(rows[i], other) for i in open_rows}
    if len(others) != 1 or country in others:
        return rows  # two deliveries, or the side told is the row's other side
    out = list(rows)
    for i in open_rows:
        out[i] = replace(
            out[i],
            **{side: name, f"{side}_country": country, f"{side}_text": words},
            inferred_from=str(number),
        )
    return out
