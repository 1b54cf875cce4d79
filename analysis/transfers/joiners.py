"""Buyers joining a deal told before: "Chile and Peru will also join the order".

A side that joins, takes part in or participates in a contract or order an earlier
sentence reported buys under it too: it is one more recipient of that deal, from the
same supplier and for the same items (CONVENTIONS.md: one row per supplier -> recipient
-> deal). It is never the deal's seller, so such a sentence does not name a partner
(``joins_deal``). The stage is the deal's, or ``planned`` when the joining is still to
come ("will join", "are to participate").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from analysis.text import Sentence
from analysis.transfers.records import Transfer
from analysis.transfers.sentence import DEAL_NOUNS as TOLD_DEAL_NOUNS

#: Verbs of joining a deal, each followed by a deal noun ("join the order", "participate
#: in the contract", "take part in the procurement", "sign on to the agreement").
JOIN_VERBS = (
    r"join(?:s|ed|ing)?",
    r"participat(?:e|es|ed|ing)\s+in",
    r"(?:take|takes|taking|took|taken)\s+part\s+in",
    r"sign(?:s|ed|ing)?\s+on\s+to",
)
#: Nouns of a deal a buyer can join: a told deal's nouns, and the buying nouns.
DEAL_NOUNS = "|".join(sorted(TOLD_DEAL_NOUNS | {"purchase", "procurement", "acquisition"}))
_JOIN = re.compile(
    rf"\b(?:{'|'.join(JOIN_VERBS)})\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{DEAL_NOUNS})s?\b",
    re.IGNORECASE,
)
#: Words between the joiners and the verb that put the joining in the future.
_FUTURE = re.compile(
    r"\b(?:will|shall|to|plans?|planning|expected|set|intends?|would)\b", re.IGNORECASE
)
#: Stages a deal must have reached for a side to join it.
DEAL_STAGES = frozenset({"agreed", "planned"})
#: Actor types that buy weapons.
BUYER_TYPES = frozenset({"country", "government", "military"})


def joins_deal(sentence_text: str) -> bool:
    """Whether a sentence tells a side joining a deal told before.

    >>> joins_deal("Chile and Peru will also join the order.")
    True
    >>> joins_deal("Chile joined the alliance in 2010.")
    False
    """
    return _JOIN.search(sentence_text) is not None


def add_joining_buyers(
    rows: list[Transfer],
    sentences: Sequence[Sentence],
    mentions: Sequence,
    country_names: Mapping[str, str],
) -> list[Transfer]:
    """Add a row for each buyer a sentence says joins the last deal told before it.

    The joiners are the buying actors named before the joining verb; the deal is the
    agreed or planned rows of the latest earlier sentence that has any.
    """
    added: list[Transfer] = []
    for sentence in sentences:
        found = _JOIN.search(sentence.text)
        if found is None:
            continue
        deal = _last_deal(rows, sentence.number)
        if not deal:
            continue
        verb_at = sentence.start + found.start()
        taken = {r.recipient for r in deal} | {r.supplier for r in deal}
        future = _FUTURE.search(sentence.text[: found.start()]) is not None
        for mention in _joiners(mentions, sentence.start, verb_at):
            if mention.name in taken:
                continue
            taken.add(mention.name)
            for row in deal:
                added.append(_joined_row(row, mention, sentence, country_names, future))
    return rows + added


def _last_deal(rows: Sequence[Transfer], number: int) -> list[Transfer]:
    """The agreed or planned rows of the latest sentence before ``number`` with any."""
    earlier = [r for r in rows if r.sentence_number < number and r.status in DEAL_STAGES]
    if not earlier:
        return []
    last = max(r.sentence_number for r in earlier)
    return [r for r in earlier if r.sentence_number == last]


def _joiners(mentions: Sequence, start: int, end: int) -> list:
    """The buying actors named between ``start`` and ``end``, in order."""
    return [
        m for m in mentions
        if m.kind == "actor" and getattr(m, "type", "") in BUYER_TYPES
        and start <= m.start and m.end <= end
    ]  # fmt: skip


def _joined_row(row, mention, sentence, country_names, future: bool) -> Transfer:
    """The deal's row with the joiner as its recipient, told in the joining sentence."""
    status = "planned" if future and row.status == "agreed" else row.status
    return replace(
        row,
        recipient=mention.name,
        recipient_country=country_names.get(mention.country, mention.country) or mention.name,
        recipient_text=mention.name,
        recipient_type=mention.type,
        status=status,
        stage=status,
        cue=_JOIN.search(sentence.text).group(0).split()[0],
        sentence_number=sentence.number,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        inferred_from=str(row.sentence_number),
    )
