"""Ceilings: a fee that "could rise to" a larger sum with add-ons.

"Rovers signed him for an initial fee of £60m, which could rise to £75m with add-ons."
The larger sum is the most the whole can cost; the first is its guaranteed part, and the
add-ons are what is left. A reader takes the ceiling as the total, the first sum as one of
its parts, and the difference as the rest, at most. ``link_ceilings`` links them when the
words say the rise comes from conditional money ("with add-ons", "including bonuses",
"in performance-related payments") or when the first sum is written as the guaranteed one
("an initial fee", "up front") and the rise as a possibility ("could rise to"). A sum that
rose to another ("spending will rise to $50bn from $40bn") is a change, not a ceiling: no
add-on words and no guaranteed part, no link.

>>> from analysis.money.allocations import find_allocations
>>> t = "Rovers signed the striker for an initial £60m. That could rise to £75m with add-ons."
>>> [(a.total.text, [p.amount.text for p in a.parts]) for a in find_allocations(t)]
[('£75m', ['£60m'])]
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.restated import fits

__all__ = ["link_ceilings"]

#: Right before the ceiling: the rise to it ("could rise to", "rising to as much as").
_RISE = re.compile(
    r"(?P<modal>\b(?:could|may|might|can|will|would)\s+(?:potentially\s+|eventually\s+)?)?"
    r"\b(?:ris(?:e|es|ing)|increas(?:e|es|ing)|climb(?:s|ing)?|go(?:es|ing)?\s+up)\s+to\s+"
    r"(?:as\s+much\s+as\s+|a\s+maximum\s+of\s+)?$",
    re.I,
)
#: Right after the ceiling: the conditional money the rise comes from.
_ADD_ONS = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:with|including|in|through|via|after|thanks\s+to)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:add-?ons?|bonus(?:es)?|variables?|incentives?|clauses|"
    r"performance[\w\s-]{0,20}?(?:payments?|clauses?|fees?)|potential\s+payments?)\b",
    re.I,
)
#: Before the first sum (or right after it): the guaranteed part of the fee.
_GUARANTEED = re.compile(
    r"\b(?:initial|fixed|guaranteed|base|basic|up[\s-]?front|upfront)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_GUARANTEED_AFTER = re.compile(r"\s*(?:up[\s-]?front|upfront|initially|in\s+fixed)\b", re.I)
#: How many sentences back the guaranteed part may be.
_BACK = 1


def link_ceilings(text: str, sentences, linked: list, readings, make_linked) -> list:
    """Return ``linked`` with each ceiling linked to the guaranteed sum before it (see the
    module's docstring); sums already a part elsewhere are left where they are."""
    taken = {p.amount.start for item in linked for p in item.parts}
    totals = {item.total.amount.start: item for item in linked}
    for k, ceiling in enumerate(readings):
        c = ceiling.amount
        sentence = sentences[ceiling.sentence]
        rise = _RISE.search(text, sentence.start, c.start)
        if c.value is None or rise is None or c.start in taken:
            continue
        add_ons = _ADD_ONS.match(text, c.end, sentence.end)
        earlier = [r for r in readings[:k] if ceiling.sentence - r.sentence <= _BACK
                   and r.amount.currency == c.currency and r.amount.value
                   and r.amount.value < c.value and r.amount.start not in taken]  # fmt: skip
        if not earlier:
            continue
        base = earlier[-1]
        b = base.amount
        line = sentences[base.sentence]
        guaranteed = _GUARANTEED.search(text, line.start, b.start) or _GUARANTEED_AFTER.match(
            text, b.end, line.end
        )
        if not (add_ons or (guaranteed and rise.group("modal"))):
            continue
        if c.start not in totals and c.qualifier == "exact":
            # "could rise to £75m": the most it can cost, so the rest is at most the add-ons
            ceiling = replace(ceiling, amount=replace(c, qualifier="at_most", high=c.value))
            c = ceiling.amount
        item = totals.get(c.start) or make_linked(ceiling)
        if not fits(c, [*item.parts, base]):
            continue
        if guaranteed and base.link is None:  # "an initial fee worth £60m": the initial fee
            words = guaranteed.group(0).strip()
            start = guaranteed.start() + guaranteed.group(0).index(words)
            base = replace(base, link=(words, start, start + len(words)))
        item.parts.append(base)
        item.cues.append(("ceiling", rise.group(0).strip(), rise.start(), rise.end()))
        if c.start not in totals:
            totals[c.start] = item
            linked.append(item)
        taken.add(b.start)
    return sorted(linked, key=lambda s: s.total.amount.start)
