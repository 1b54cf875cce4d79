"""Restated totals: "the $90 million" is the total stated before, not a new one.

A text states a total ("The charity raised $90 million.") and later names it again with the
definite article to divide it: "It has spent $30 million of the $90 million so far." The
second sum is the same whole; a reader keeps one total with every part the text gives it,
wherever the parts hang. ``merge_restated_totals`` moves the parts of a total written as
"the $X" (same value and currency as an earlier total with parts of its own) onto that
earlier total, when together they stay within it; parts that would exceed it are a
breakdown of another kind and stay where they are. Two sets of parts read for the very same
total (one by "of the $X", one by "The remaining $Y") join the same way.

>>> from analysis.money.allocations import find_allocations
>>> t = ("The charity raised $90 million. It has spent $30 million of the $90 million so far. "
...      "The remaining $60 million will be spent next year.")
>>> [(a.total.text, [p.amount.text for p in a.parts]) for a in find_allocations(t)]
[('$90 million', ['$30 million', '$60 million'])]
"""

from __future__ import annotations

import re

__all__ = ["fits", "merge_restated_totals", "restates", "same_sum"]

#: Right before a sum, the words that make it one named before: "of the $90 million",
#: "That $90 million", "this €2bn". "The remaining $60m" is a part, read elsewhere.
_DEFINITE = re.compile(r"\b(?:the|that|this|those|these)\s+(?:entire\s+|whole\s+|full\s+)?$", re.I)
#: How far the parts may exceed the total and still be read as filling it (rounding).
_ROUNDING = 0.001


def same_sum(a, b) -> bool:
    """True when the amounts ``a`` and ``b`` state the same sum (to rounding)."""
    return (a.currency == b.currency and a.value is not None and b.value is not None
            and abs(a.value - b.value) <= 0.005 * max(abs(b.value), 1))  # fmt: skip


def restates(old, new) -> bool:
    """True when the reading ``new`` names the sum of the earlier reading ``old`` again:
    the same value and currency, written with the definite article ("$80m of the $284m ...
    The $80m allocated so far has gone to food"): one sum, not a second part."""
    words = new.lead.lower().split()
    definite = bool(words) and words[-1] in ("the", "that", "this")
    return old.amount.start < new.amount.start and definite and same_sum(old.amount, new.amount)


def fits(total, parts) -> bool:
    """True when ``parts`` (readings) add up to no more than ``total`` (an amount)."""
    values = [p.amount.value for p in parts]
    return None not in values and sum(values) <= total.value * (1 + _ROUNDING)


def merge_restated_totals(text: str, linked: list) -> list:
    """Return ``linked`` with each total restated as "the $X" folded into the earlier
    total it names again (see the module's docstring)."""
    kept: list = []
    for item in sorted(linked, key=lambda s: s.total.amount.start):
        amount = item.total.amount
        definite = _DEFINITE.search(text, max(0, amount.start - 20), amount.start)
        earlier = [k for k in kept if k.parts and (k.total.amount.start == amount.start or (
                   definite and k.total.amount.start < amount.start
                   and same_sum(k.total.amount, amount)))]  # fmt: skip
        target = earlier[-1] if earlier else None
        held = {p.amount.start for p in target.parts} if target else set()
        moved = [p for p in item.parts if p.amount.start not in held]
        if target is None or not fits(target.total.amount, [*target.parts, *moved]):
            kept.append(item)
            continue
        target.parts = sorted([*target.parts, *moved], key=lambda p: p.amount.start)
        target.cues += [*item.cues, ("restated_total", amount.text, amount.start, amount.end)]
    return kept
