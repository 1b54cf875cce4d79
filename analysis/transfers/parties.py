"""Transfer parties: the actors a sentence names on each side of a transfer.

``PartyFinder`` holds a sentence's actor mentions that can be a party
(``transfer_rules.PARTY_TYPES``: countries, governments, militaries, armed
groups, companies, organisations) and finds them where a transfer names its
sides: the subject of a clause (the first actor not governed by a
preposition), the party right after a give cue ("providing Chile with"), the
party after "to", "from" or "by", the head of a modified name ("the Colombian
rebel group ELN") and the parties listed with it ("Peru or ELN"). ``roll_up``
gives the country a party stands for
(``transfer_rules.ROLL_UP_TYPES``; an armed group stands for itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from analysis.transfers import rules as rules

__all__ = ["Party", "PartyFinder", "SentenceMention"]


@dataclass(frozen=True)
class Party:
    """A side of a transfer: canonical name, country, words, offsets in the sentence."""

    name: str
    country: str = ""
    text: str = ""
    start: int = -1
    end: int = -1


@dataclass
class SentenceMention:
    """A lexicon mention as the sentence reading keeps it: offsets in the sentence."""

    name: str
    kind: str
    type: str
    weapon_class: str
    country: str
    form: str
    start: int  # offsets in the sentence
    end: int


class PartyFinder:
    """A sentence's possible parties, found where a transfer names its sides.

    ``parties`` are the actor mentions that can be a party, in order (offsets
    in ``text``); ``country_names`` maps ISO3 codes to country names.
    """

    def __init__(self, text: str, parties: list[SentenceMention], country_names: Mapping[str, str]):
        self.text = text
        self.parties = parties
        self.country_names = country_names

    def first_subject(self, left: int, right: int) -> SentenceMention | None:
        """The first party in ``[left, right)`` not governed by a preposition."""
        for m in self.parties:
            if left <= m.start and m.end <= right:
                words = self.text[left : m.start].split()
                if not words or words[-1].lower() not in rules.PREPOSITIONS:
                    return self.head_of(m, right)
        return None

    def head_of(self, mention: SentenceMention, limit: int) -> SentenceMention:
        """Skip a modifier: "the Colombian rebel group ELN" -> ELN."""
        for other in self.parties:
            if mention.end <= other.start and other.end <= limit:
                gap = self.text[mention.end : other.start]
                words = {w.lower() for w in gap.split()}
                if (
                    re.fullmatch(r"(?:\s+[a-z][\w-]*){1,3}\s+", gap)
                    and not words & rules.NOT_MODIFIER_WORDS
                    and not rules.CUE_PATTERN.search(gap)
                    and not rules.SPEECH_VERBS.search(gap)
                ):
                    return self.head_of(other, limit)
                break
        return mention

    def party_right_after(self, position: int, limit: int) -> list[Party]:
        """Parties named right after a give cue ("providing Chile with")."""
        for m in self.parties:
            if position <= m.start < limit:
                gap = self.text[position : m.start]
                if re.fullmatch(r"\s+(?:(?:the|either|both|its|their)\s+)*", gap):
                    return self.with_siblings(self.head_of(m, limit), limit)
                return []
        return []

    def party_after(self, marker: str, position: int, limit: int) -> list[Party]:
        """Parties after ``marker`` ("to", "from", "by") in ``[position, limit)``."""
        for match in re.finditer(marker, self.text[position:limit], re.I):
            start = position + match.end()
            for m in self.parties:
                if start <= m.start < limit:
                    gap = self.text[start : m.start]
                    if re.fullmatch(r"(?:[\w’'-]+\s+){0,4}", gap):
                        return self.with_siblings(self.head_of(m, limit), limit)
                    break
        return []

    def with_siblings(self, first: SentenceMention, limit: int) -> list[Party]:
        """``first`` and the parties coordinated with it ("Peru or ELN")."""
        chain, joined = [first], [True]
        for m in self.parties:
            if m.start >= chain[-1].end and m.end <= limit:
                gap = self.text[chain[-1].end : m.start]
                link = re.fullmatch(
                    r"\s*(?:(,)\s*(and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)"
                    r"(?:(?:the|both|either)\s+)?(?:[\w-]+\s+){0,3}",
                    gap,
                )
                if not link or rules.CUE_PATTERN.search(gap):
                    break
                chain.append(self.head_of(m, limit))
                joined.append(not link.group(1) or bool(link.group(2)))
        # "A, B and C" is a list; "A, the B ministry said" is not: a list ends with and/or.
        while len(chain) > 1 and not joined[-1]:
            chain.pop()
            joined.pop()
        return self.as_parties(chain)

    def as_parties(self, mentions: Iterable[SentenceMention | None]) -> list[Party]:
        return [
            Party(m.name, self.roll_up(m), self.text[m.start : m.end], m.start, m.end)
            for m in mentions
            if m is not None
        ]

    def roll_up(self, mention: SentenceMention) -> str:
        """The country an actor stands for (its own name for groups)."""
        if mention.type in rules.ROLL_UP_TYPES and mention.country:
            return self.country_names.get(mention.country, mention.country)
        return mention.name
