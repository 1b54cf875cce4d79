"""Transfer status: how far a transfer has gone, how sure the text is, who denies it.

A cue covered by a denial earlier in the sentence ("denied sending") is
``denied``; else the words between its subject and the cue decide
(``transfer_rules.STATUS_RULES``: "did not supply", "may", "agreed to"), else
the cue's lemma or its tense. Hedge words ("may be preparing", "reportedly")
are kept beside the status. A denial covers what follows it up to a speech
verb or the end of its scope; its deniers are the actors named before it in
its clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.transfers import rules as rules
from analysis.transfers.cues import Cue

__all__ = ["denial_covers", "denier_mentions", "find_hedges", "read_status"]


def find_hedges(window: str) -> list[str]:
    """Return the hedge words of ``window``, the longest where two overlap.

    >>> find_hedges("Chad may be preparing to"), find_hedges("Peru reportedly")
    (['may be preparing'], ['reportedly'])
    """
    found = sorted(
        (m for p in rules.HEDGE_PATTERNS for m in p.finditer(window)),
        key=lambda m: (m.start(), -m.end()),
    )
    hedges, reach = [], -1
    for match in found:  # "may be preparing", not also "preparing to"
        if match.start() >= reach:
            hedges.append(match.group())
            reach = match.end()
    return hedges


def read_status(cue: Cue, window: str, denied: bool, headline: bool) -> tuple[str, list[str]]:
    """Return the status and hedges of ``cue`` from the words before it (``window``).

    ``denied``: a denial covers the cue; ``headline``: the sentence is the
    headline, whose present tense reports a past event.
    """
    hedges = find_hedges(window)
    if denied:
        return "denied", hedges
    for status, pattern in rules.STATUS_RULES:
        if pattern.search(window):
            return status, hedges
    if cue.lemma in rules.CUE_STATUS:
        return rules.CUE_STATUS[cue.lemma], hedges
    if cue.form == "ing":
        return ("ongoing" if rules.BE_AUXILIARY.search(window) else "unspecified"), hedges
    if cue.form == "third":  # a headline's present tense reports a past event
        return ("delivered" if headline else "ongoing"), hedges
    if cue.form in ("past", "participle"):
        return "delivered", hedges
    return "unspecified", hedges


def denial_covers(
    text: str, denial: re.Match | None, speech: Sequence[re.Match], position: int
) -> bool:
    """True when ``denial``, earlier in ``text``, covers ``position``."""
    if not denial or denial.end() > position:
        return False
    between = text[denial.end() : position]
    said = any(denial.end() <= v.start() < position for v in speech)
    return not said and not rules.DENIAL_SCOPE_END.search(between)


def denier_mentions(text: str, denial: re.Match | None, mentions: Sequence) -> list:
    """Return the actor mentions before ``denial`` in its clause: who denies."""
    if not denial:
        return []
    left = 0
    for match in rules.CLAUSE_START.finditer(text, 0, denial.start()):
        left = match.end()
    return [
        m for m in mentions if m.kind == "actor" and left <= m.start and m.end <= denial.start()
    ]
