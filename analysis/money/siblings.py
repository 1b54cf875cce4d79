"""Siblings: "£72m up front, with £8m in add-ons" are two parts of the £80m fee before.

"with" after a sum can open its breakdown ("a $5bn package, with $2bn for roads"), but it
also joins a second sum to the first as its companion. When the sentence before (or the
one before that) states a whole that the two add up to exactly ("Rovers signed him for a
fee of £80m. The club will pay £72m up front, with £8m in add-ons."), a reader reads both
as parts of that whole, not the second as a part of the first. ``link_siblings`` relinks
such a pair when "with" alone joined it: the arithmetic and the whole named before are the
stronger evidence.

>>> from analysis.money.allocations import find_allocations
>>> t = "Rovers signed him for a fee of £80m. The club will pay £72m up front, with £8m in add-ons."
>>> [(a.total.text, [p.amount.text for p in a.parts]) for a in find_allocations(t)]
[('£80m', ['£72m', '£8m'])]
"""

from __future__ import annotations

__all__ = ["link_siblings"]

#: How many sentences before the pair the whole may be stated.
_BACK = 2
#: How closely the pair must add up to the whole (rounded figures).
_EXACT = 0.001


def _joined_by_with(item) -> bool:
    """True when only "with" linked ``item``'s parts, all in its total's sentence."""
    words = {w.lower() for signal, w, _, _ in item.cues if w}
    return (words == {"with"} and bool(item.parts)
            and all(p.sentence == item.total.sentence for p in item.parts))  # fmt: skip


def link_siblings(linked: list, readings, make_linked) -> list:
    """Return ``linked`` with each pair joined only by "with" given to the whole before it
    that the pair adds up to exactly (see the module's docstring)."""
    parts = {p.amount.start for item in linked for p in item.parts}
    totals = {item.total.amount.start: item for item in linked}
    out = []
    for item in linked:
        t = item.total
        pair = [t, *item.parts]
        values = [r.amount.value for r in pair]
        if not _joined_by_with(item) or None in values or t.amount.start in parts:
            out.append(item)
            continue
        whole = next(
            (r for r in reversed(readings)
             if r.amount.start < t.amount.start and 0 < t.sentence - r.sentence <= _BACK
             and r.family and r.amount.currency == t.amount.currency and r.amount.value
             and abs(r.amount.value - sum(values)) <= _EXACT * r.amount.value
             and r.amount.start not in parts
             and not (totals.get(r.amount.start) and totals[r.amount.start].parts)),
            None,
        )  # fmt: skip
        if whole is None:
            out.append(item)
            continue
        sibling = make_linked(whole)
        sibling.parts = pair
        sibling.cues = [("sums_exactly", "", t.amount.start, t.amount.start)]
        out.append(sibling)
    return sorted(out, key=lambda s: s.total.amount.start)
