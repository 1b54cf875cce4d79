"""The article's deal: what its headline and its bare deal nouns tell of it.

Two article-level readings of ``analysis.transfers`` that need the sentences as well as
the rows:

- the **headline** tells the article's main transfer in short words, one side and a class
  word ("Peru to get new tanks"); the body tells the other side and the named system
  ("Spain will send 30 Leopard 2 tanks"). A body row of the same kind that leaves the
  headline's side open takes it (``join_headline``), when the body names one party for
  the side the headline leaves open, and the headline row goes (the body tells it);
- a sentence with no row of its own whose subject is a part of the deal told before, with
  no item word ("The first batch arrived in May", "Deliveries began in 2024", "The deal was
  signed on Monday"), moves that deal to the stage it tells (``update_deal_stage``).

Both fill only when the article gives exactly one candidate, and mark the sentence they
took it from in ``inferred_from``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.transfers import rules as rules
from analysis.transfers.records import Transfer
from analysis.transfers.rules import word_set

#: Pronouns that stand for items: a body row that only says "they" is told by its own
#: antecedent, not by the headline.
ITEM_PRONOUNS = word_set("it they them these those")

#: Words that name a part or the whole of a deal told before, as a subject.
DEAL_PARTS = (
    r"(?:batch|batches|lot|lots|tranche|tranches|consignment|consignments|shipment|"
    r"shipments|delivery|deliveries|deal|contract|agreement|order|sale|purchase)"
)
#: A sentence whose subject is such a part, read to the verb that tells its stage:
#: (pattern, stage). The first that matches decides. Rules as data, tried in order.
STAGE_PATTERNS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (
        re.compile(
            r"(?i)^\W*(?:(?:the|its|their|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?"
            + DEAL_PARTS
            + r"|(?:first\s+)?(?:deliveries|shipments))\b"
            + r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
            + r"\s+(?:[\w-]+\s+){0,2}?"
            + verbs
        ),
        stage,
    )
    for verbs, stage in (
        (
            r"(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:cancel+ed|scrapped|suspended|"
            r"halted|frozen|called\s+off)\b",
            "negated",
        ),
        (
            r"(?:arrived|landed|(?:was|were|has\s+been|have\s+been)\s+(?:delivered|handed\s+over|"
            r"received|shipped)|began|started|(?:has|have)\s+(?:arrived|begun|started))\b",
            "delivered",
        ),
        (
            r"(?:(?:was|were|has\s+been|have\s+been)\s+(?:signed|sealed|finali[sz]ed|concluded|"
            r"approved))\b",
            "agreed",
        ),
    )  # fmt: skip
)
#: Statuses from the earliest stage to the last: a later sentence may tell a later one.
STAGE_ORDER = ("unspecified", "possible", "sought", "offered", "planned", "agreed", "ongoing",
               "delivered")  # fmt: skip


def stage_told(sentence: str) -> str:
    """The stage a sentence about a part of a deal tells, or "".

    >>> stage_told("The first batch arrived in May.")
    'delivered'
    >>> stage_told("Deliveries began in 2024."), stage_told("The deal was signed on Monday.")
    ('delivered', 'agreed')
    >>> stage_told("The contract was cancelled in June."), stage_told("The tanks arrived.")
    ('negated', '')
    """
    for pattern, stage in STAGE_PATTERNS:
        if pattern.match(sentence):
            return stage
    return ""


def update_deal_stage(rows: list[Transfer], sentences: Sequence) -> list[Transfer]:
    """Move the deal told before to the stage a later sentence about a part of it tells.

    Only a sentence with no row of its own; the deal is the rows of the nearest earlier
    sentence with rows (within three), when they name one supplier and one recipient. A
    later stage replaces an earlier one; a cancelled or halted deal is negated.
    """
    told = {r.sentence_number for r in rows}
    out = list(rows)
    for sentence in sentences:
        if sentence.number in told:
            continue
        stage = stage_told(sentence.text)
        if not stage:
            continue
        before = [r for r in out if sentence.number - 3 <= r.sentence_number < sentence.number]
        if not before:
            continue
        nearest = max(r.sentence_number for r in before)
        deal = [i for i, r in enumerate(out) if r.sentence_number == nearest]
        if len({(out[i].supplier, out[i].recipient) for i in deal}) != 1:
            continue
        if any(rules.NOT_STATED in (out[i].supplier, out[i].recipient) for i in deal):
            continue
        for i in deal:
            out[i] = _at_stage(out[i], stage)
    return out


def _at_stage(row: Transfer, stage: str) -> Transfer:
    if row.polarity:
        return row
    if stage == "negated":
        return replace(row, status="negated", polarity="negated")
    known = row.status in STAGE_ORDER
    if known and STAGE_ORDER.index(stage) > STAGE_ORDER.index(row.status):
        return replace(row, status=stage, stage=stage)
    return row


def join_headline(rows: list[Transfer], sentences: Sequence) -> list[Transfer]:
    """Body rows of the headline's kind of item take the side the headline names.

    "Peru to get new tanks / Spain will send 30 Leopard 2 tanks next year": the body row
    leaves the recipient open and the headline names only it: Spain -> Peru, told by the
    body sentence; the headline row goes. Only when the body rows of that kind that leave
    the side open name one party for the headline's open side, and that party is not the
    headline's own.
    """
    heads = [s.number for s in sentences if s.section == "headline"]
    if len(heads) != 1:  # no headline, or a text of one line: no headline apart
        return rows
    headline = heads[0]
    out = list(rows)
    gone: set[int] = set()
    for h, head in enumerate(rows):
        if head.sentence_number != headline or head.polarity:
            continue
        named = _one_named(head)
        if not named:
            continue
        open_side = "supplier" if named == "recipient" else "recipient"
        body = [
            i for i, r in enumerate(out)
            if r.sentence_number != headline and _one_named(r) == open_side
            and _same_kind(head, r) and not r.polarity
            and r.item_text.lower() not in ITEM_PRONOUNS
        ]  # fmt: skip
        parties = {_key(out[i], open_side) for i in body}
        if len(parties) != 1 or parties == {_key(head, named)}:
            continue
        for i in body:
            out[i] = replace(
                out[i],
                **{
                    named: getattr(head, named),
                    f"{named}_country": getattr(head, f"{named}_country"),
                    f"{named}_text": getattr(head, f"{named}_text"),
                },
                inferred_from=str(headline),
            )
        gone.add(h)
    return [r for i, r in enumerate(out) if i not in gone]


def _one_named(row: Transfer) -> str:
    """The one side a row names ("supplier" or "recipient"), or ""."""
    unnamed = (rules.NOT_STATED, rules.UNRESOLVED)
    supplier, recipient = row.supplier not in unnamed, row.recipient not in unnamed
    if supplier == recipient:
        return ""
    text_of_open = row.recipient_text if supplier else row.supplier_text
    if text_of_open.strip():
        return ""  # the open side is written without a name ("a European country")
    return "supplier" if supplier else "recipient"


def _same_kind(first: Transfer, second: Transfer) -> bool:
    return first.item == second.item or bool(first.category) and first.category == second.category


def _key(row: Transfer, role: str) -> str:
    return getattr(row, f"{role}_country") or getattr(row, role)
