"""Global assignment of parts to totals: the arithmetic a careful reader checks last.

The linker in ``analysis.money.links`` reads the article in order and gives each
sentence's amounts to the total whose words fit them best. Words can point two ways
("the budget" may mean this year's or the ministry's), and only when every part is
known can a reader see which set adds up. ``assign_by_sums`` does that check for the
whole article at once:

1. every (part, total) pair the words relate (a reference back, the nouns, a purpose,
   the order, the paragraph) is a *candidate*, with the weight of those words and the
   signals that gave it;
2. per total, the sets of candidate parts that add up to it are found (within 0.1% of
   an exact total, 2% when the total or a part is approximate), trying at most
   ``SUM_POOL`` candidates, ``SUM_MAX_PARTS`` parts and ``SUM_BUDGET`` sets per article;
3. each set is scored: the mean weight of its parts' words plus ``SUM_BONUS`` times
   how closely it adds up; the best sets win in order, a part going to one total only,
   and a total whose two best sets tie is left as the words linked it (arithmetic
   cannot tell them apart) unless one is ahead by ``SUM_MARGIN``;
4. a winning set replaces the total's parts; its parts leave any other total they
   were linked to, and a part the winning total no longer holds goes to the part of it
   the words also related it to (a sub-part), or is left unlinked.

A part linked inside its total's own sentence ("$40bn, including $22bn for X") is never
moved, and arithmetic alone never links: every part needs words of at least
``SUM_MIN_EVIDENCE``. Each moved part keeps its signals, plus "sums_exactly".

>>> from types import SimpleNamespace as NS
>>> def r(value, start): return NS(amount=NS(value=value, currency="USD", start=start,
...                                          qualifier="exact", high=None))
>>> total, a, b, c = r(10.0, 0), r(6.0, 10), r(4.0, 20), r(3.0, 30)
>>> [p.amount.value for p in _best_sets(total, [(a, 2.0, []), (b, 2.0, []), (c, 1.5, [])],
...                                    [10_000], set())[0][1]]
[6.0, 4.0]
"""

from __future__ import annotations

from itertools import combinations

from analysis.money.rules import (
    SUM_BONUS,
    SUM_BUDGET,
    SUM_MARGIN,
    SUM_MAX_PARTS,
    SUM_MIN_EVIDENCE,
    SUM_POOL,
    SUM_WINDOW,
)

__all__ = ["Candidates", "assign_by_sums", "record_candidate"]

#: part start -> {total start: (weight of the words, [(signal, words, start, end)])}
Candidates = dict[int, dict[int, tuple[float, list]]]


def record_candidate(candidates: Candidates, total_start: int, part_start: int, weight, cues):
    """Keep the strongest words relating one part to one total."""
    known = candidates.setdefault(part_start, {})
    if total_start not in known or known[total_start][0] < weight:
        known[total_start] = (weight, cues)


def assign_by_sums(readings, by_start: dict, candidates: Candidates, protected: set, make_linked):
    """Re-assign parts so that totals whose candidate parts add up get them (see the module
    text). ``by_start`` maps a total's start to its linked object (``.total``, ``.parts``,
    ``.cues``), changed in place; ``make_linked(reading)`` makes a new one; ``protected``
    holds the starts of parts that may not move."""
    reading_at = {r.amount.start: r for r in readings}
    owner = {p.amount.start: t for t, linked in by_start.items() for p in linked.parts}
    pools: dict[int, dict[int, tuple[float, list]]] = {}
    for part_start, totals in candidates.items():
        for total_start, (weight, cues) in totals.items():
            if weight >= SUM_MIN_EVIDENCE:
                pools.setdefault(total_start, {})[part_start] = (weight, cues)
    for total_start, linked in by_start.items():
        for p in linked.parts:
            if not getattr(p, "computed", False):
                # a part the words already linked is a candidate of its total too
                weight = candidates.get(p.amount.start, {}).get(total_start, (SUM_MIN_EVIDENCE, []))
                pools.setdefault(total_start, {}).setdefault(p.amount.start, weight)
    # (whole, part) pairs the words linked: a set holding both counts the part twice
    inside = {(t, p.amount.start) for t, linked in by_start.items() for p in linked.parts}
    budget = [SUM_BUDGET]
    options = []
    for total_start, pool in pools.items():
        total = reading_at.get(total_start)
        if total is None or not _may_be_summed(total) or total_start in protected:
            continue
        items = [(reading_at[s], w, c) for s, (w, c) in pool.items() if s in reading_at]
        items = [i for i in items if _fits_under(total, i[0])]
        items.sort(key=lambda i: (-i[1], i[0].amount.start))
        items = items[:SUM_POOL]
        # sums nearby that say what they are for but that the words did not relate to the
        # total: they cannot be linked by arithmetic, but a set with them that adds up too
        # makes the arithmetic ambiguous
        known = {r.amount.start for r, _, _ in items}
        others = [(r, None, []) for r in readings if r.amount.start not in known
                  and getattr(r, "link", None) is not None and _fits_under(total, r)
                  and 0 <= r.sentence - total.sentence <= SUM_WINDOW]  # fmt: skip
        best = _best_sets(total, items + others[: max(0, SUM_POOL - len(items))], budget, inside)
        if not best or best[0][0] is None:
            continue
        if len(best) > 1 and (best[1][0] is None or best[0][0] - best[1][0] < SUM_MARGIN):
            continue  # two sets add up about as well: arithmetic cannot choose, the words did
        options.append((best[0][0], total_start, best[0][1], best[0][2]))
    options.sort(key=lambda o: (-o[0], o[1]))
    claimed: set[int] = set()
    chosen: set[int] = set()
    for _, total_start, parts, cues in options:
        starts = {p.amount.start for p in parts}
        if total_start in claimed or starts & (claimed | chosen):
            continue
        moving = {s for s in starts if owner.get(s) not in (None, total_start)}
        if moving & protected:
            continue
        linked = by_start.get(total_start) or make_linked(reading_at[total_start])
        if any(p.amount.start in protected and p.amount.start not in starts for p in linked.parts):
            continue  # a part linked inside its total's sentence is never dropped
        if {p.amount.start for p in linked.parts} == starts:
            chosen.add(total_start)
            claimed |= starts
            continue  # the words had already linked exactly this set
        _apply(linked, parts, cues, by_start, owner, candidates, starts)
        by_start[total_start] = linked
        chosen.add(total_start)
        claimed |= starts


def _apply(linked, parts, cues, by_start, owner, candidates, starts) -> None:
    """Give ``parts`` to ``linked``: take them from other totals, and pass a part the total
    held before to one of its new parts when the words related them, else drop it."""
    total_start = linked.total.amount.start
    for s in starts:
        if (other := owner.get(s)) not in (None, total_start) and other in by_start:
            by_start[other].parts = [p for p in by_start[other].parts if p.amount.start != s]
    dropped = [p for p in linked.parts if p.amount.start not in starts]
    linked.parts = sorted(parts, key=lambda r: r.amount.start)
    start = linked.total.amount.start
    for cue in [*cues, ("sums_exactly", "", start, start)]:
        if cue not in linked.cues:
            linked.cues.append(cue)
    for s in starts:
        owner[s] = total_start
    for p in dropped:
        owner.pop(p.amount.start, None)
        home = [t for t in candidates.get(p.amount.start, {}) if t in starts and t in by_start]
        if home:
            by_start[home[0]].parts = sorted([*by_start[home[0]].parts, p],
                                             key=lambda r: r.amount.start)  # fmt: skip
            owner[p.amount.start] = home[0]


def _may_be_summed(total) -> bool:
    a = total.amount
    # "more than $9m" is no sum to add up to: its parts may add up to any part of it
    barred = getattr(total, "barred", "") or getattr(total, "added", False)
    return a.value is not None and a.qualifier != "at_least" and not barred


def _fits_under(total, part) -> bool:
    t, p = total.amount, part.amount
    return (p.value is not None and p.currency == t.currency and p.start != t.start
            and p.value < _ceiling(t))  # fmt: skip


def _ceiling(amount) -> float:
    if amount.qualifier in ("range", "at_most") and amount.high:
        return amount.high
    return amount.value


def _best_sets(total, items, budget: list[int], inside: set):
    """The sets of ``items`` ((reading, weight, cues)) that add up to ``total``, best first,
    as (score, parts, cues); ``budget[0]`` counts down the sets tried; ``inside`` holds
    the (whole, part) start pairs already linked, which one set may not both hold."""
    t = total.amount
    target = _ceiling(t)
    loose = t.qualifier != "exact" or any(r.amount.qualifier != "exact" for r, _, _ in items)
    tolerance = max((0.02 if loose else 0.001) * target, 0.005)
    found = []
    for size in range(2, min(SUM_MAX_PARTS, len(items)) + 1):
        for chosen in combinations(items, size):
            budget[0] -= 1
            if budget[0] < 0:
                return sorted(found, key=lambda f: -f[0])
            off = abs(sum(r.amount.value for r, _, _ in chosen) - target)
            if off > tolerance or _nested(chosen, inside):
                continue
            loose_here = t.qualifier != "exact" or any(r.amount.qualifier != "exact"
                                                       for r, _, _ in chosen)  # fmt: skip
            if off > (0.02 if loose_here else 0.001) * target + 0.005:
                continue
            closeness = 1 - off / tolerance
            weights = [w for _, w, _ in chosen]
            # a set with a sum no words relate cannot win: its score is None (first)
            score = None if None in weights else sum(weights) / size + SUM_BONUS * closeness
            cues = [c for _, _, cs in chosen for c in cs]
            found.append((score, [r for r, _, _ in chosen], cues))
    return sorted(found, key=lambda f: -1e9 if f[0] is None else -f[0])


def _nested(chosen, inside: set) -> bool:
    """True when the set holds a whole and a part of it: "$61bn" and the "$13.8bn" of it."""
    starts = [r.amount.start for r, _, _ in chosen]
    return any((a, b) in inside for a in starts for b in starts if a != b)
