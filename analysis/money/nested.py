"""Nested components: a part of a total that a later sentence divides again.

"ADB signed agreements worth $628m: $278m for a ports facility, $100m for buses, $246m for
coastal towns and $4m in grants." ... "The loan for the ports facility has two components:
$262.29m in regular and $16m in concessional lending." The two components add up to the
$278m part (to its written precision), not to anything else, and their sentence says it
divides something ("has two components", "is split between", "consists of"). A careful
reader reads them as the $278m's own parts, one level down, and keeps the $278m among the
$628m's parts. Arithmetic over the whole article may instead hand the components to the
outer total in place of the part they make up (both sets add up to $628m);
``link_nested_components`` moves them back to that part. Components no total holds go to
the sum just named, or to a part of a total; an earlier sum of its own that they happen to
add up to ("In 2020 it lent $40m") is another matter.

>>> from analysis.money.allocations import find_allocations
>>> t = ("The bank signed loans worth $500 million for two ports. It will provide $320 "
...      "million for the northern port and $180 million for the southern port.\\n\\n"
...      "The loan for the northern port has two components: $300.2 million in regular "
...      "lending and $20 million in concessional lending.")
>>> for a in find_allocations(t):
...     print(a.total.text, [p.amount.text for p in a.parts])
$500 million ['$320 million', '$180 million']
$320 million ['$300.2 million', '$20 million']
"""

from __future__ import annotations

import re

from analysis.money.runs import written_precision

__all__ = ["DIVISION", "link_nested_components"]

#: Words by which a sentence divides a sum into its components: "has two components",
#: "is split between", "is divided into", "consists of", "comprises", "is made up of".
DIVISION = re.compile(
    r"\b(?:(?:two|three|four|five|\d)\s+(?:components|tranches|portions|parts|elements)|"
    r"(?:split|divided|broken\s+down)\s+(?:between|into|among)|consists?\s+of|"
    r"compris(?:es|ing)|made\s+up\s+of)\b",
    re.I,
)
#: How far the components may add up from the part, beyond its written precision.
_EXACT = 0.001


def _adds_up_to(part, group) -> bool:
    """True when ``group``'s sums make up ``part``'s sum to its written precision."""
    value = part.amount.value
    total = sum(r.amount.value for r in group)
    return abs(total - value) <= max(written_precision(part.amount), _EXACT * value)


def link_nested_components(linked: list, sentences, readings, make_linked) -> list:
    """Return ``linked`` with the sums of each dividing sentence given to the one earlier sum
    they add up to: taken from an outer total that held them (that sum kept among the outer
    total's parts), or linked for the first time (see the module's docstring)."""
    owner = {p.amount.start: item for item in linked for p in item.parts}
    totals = {item.total.amount.start for item in linked if item.parts}
    out = list(linked)
    for index, sentence in enumerate(sentences):
        m = DIVISION.search(sentence.text)
        if m is None:
            continue
        group = [r for r in readings if r.sentence == index and r.amount.value
                 and r.amount.start not in totals and not (r.change or r.barred)]  # fmt: skip
        holders = {id(owner[r.amount.start]) for r in group if r.amount.start in owner}
        if len(group) < 2 or len({r.amount.currency for r in group}) > 1 or len(holders) > 1:
            continue
        item = next((owner[r.amount.start] for r in group if r.amount.start in owner), None)
        first = group[0].amount.start
        made_of = [r for r in readings
                   if r.amount.start < first and r.sentence < index
                   and r.amount.currency == group[0].amount.currency and r.amount.value
                   and r.amount.start not in totals and _adds_up_to(r, group)
                   and (item is None or (item.total.amount.start < r.amount.start
                                         and owner.get(r.amount.start, item) is item))]  # fmt: skip
        if len(made_of) != 1:
            continue
        part = made_of[0]
        before = [r for r in readings if r.sentence < index
                  and r.amount.currency == part.amount.currency]  # fmt: skip
        if item is None and part is not before[-1] and part.amount.start not in owner:
            continue  # neither the sum just named nor a part: "In 2020 it lent $40m" is another
        if item is not None:
            t = item.total.amount
            kept = [p for p in item.parts if p not in group]
            if part not in kept:
                if sum(p.amount.value for p in kept) + part.amount.value > t.value * (1 + _EXACT):
                    continue
                kept = sorted([*kept, part], key=lambda r: r.amount.start)
            item.parts = kept
        inner = make_linked(part)
        inner.parts = group
        at = sentence.start + m.start()
        inner.cues = [("components", m.group(0), at, at + len(m.group(0)))]
        out.append(inner)
        totals.add(part.amount.start)
    return sorted(out, key=lambda s: s.total.amount.start)
