"""Explicit links: words that say outright which total a sum is a part of.

The linker in ``analysis.money.links`` weighs many signals; some words need no weighing,
because they name the whole a sum belongs to:

- "of that", "of the total", "of the funding", "of the nearly $6 billion" right after a
  sum: "$400 million of that came from ...", "over $191 million of the funding will go to
  Yemen, $199 million to South Sudan ..." (the list that goes on from it is part of the
  same whole); the whole is the sum named ("of the $6 billion"), else the latest larger
  sum before it in the same currency that is not a running total
  (``link_of_references``);
- a verb of composition a sentence or more away from its total: "The budget is composed
  of a $544.5bn base budget, $9.2bn for ... and $164bn for ...", "which consists of a
  $617bn base budget and $69bn for ...", "The budget is divided into two parts - revenue
  and capital" with the parts in the next sentence; the parts must add up to the total
  (exactly, or within the rounding of an approximate figure): the words say they are the
  whole (``link_compositions``);
- a running total in a later sentence: "The new funding brings the total to $1.8bn"
  names no sum of its own, and means the latest whole before it (``link_running_totals``).

Each link replaces what the weighed linker gave the same sums, and is recorded with its
signal ("of_reference", "composition", "running_total") as evidence.

>>> from analysis.money.allocations import find_allocations
>>> t = "The fund holds $2 billion. Some $400 million of that came from old programmes."
>>> [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(t)]
[(2000000000.0, [400000000.0])]
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.restated import restates
from analysis.money.rules import (
    COMPOSITION,
    LIST_SEP,
    OF_REFERENCE_AFTER,
    ON_TOP,
    RUNNING_TOTAL,
    WHOLE_FAMILIES,
)

__all__ = [
    "link_compositions", "link_increases", "link_of_references", "link_running_totals",
    "link_totals_on_top",
]  # fmt: skip

#: How many sentences back "of the total" / "of the funding" may reach for its whole.
OF_REFERENCE_SENTENCES = 12
#: How many sentences back a composition ("is composed of") may reach for its total, and
#: how many sentences after it may hold the parts when its own sentence holds none.
COMPOSITION_BACK = 8
COMPOSITION_AHEAD = 2


def _is_running(text, sentences, reading) -> bool:
    sentence = sentences[reading.sentence]
    return RUNNING_TOTAL.search(text[sentence.start : reading.amount.start]) is not None


def _move(by_start, make_linked, total, parts, cue) -> None:
    """Give ``parts`` to ``total``: take them from any other total, keep the total's
    other parts while they still fit beside them."""
    starts = {p.amount.start for p in parts}
    for linked in by_start.values():
        if linked.total.amount.start != total.amount.start:
            linked.parts = [p for p in linked.parts if p.amount.start not in starts]
    linked = by_start.get(total.amount.start) or make_linked(total)
    # "The $80m" after "$80m of the $284m" is that part again, not one that must fit
    kept = [p for p in linked.parts if p.amount.start not in starts
            and not any(restates(q, p) for q in parts)]  # fmt: skip
    room = total.amount.value - sum(p.amount.value for p in parts)
    bounded = total.amount.qualifier != "at_least"  # "more than $1bn" has room above
    if bounded and sum(p.amount.value for p in kept) > room * 1.001:
        kept = []  # the words name these parts; the weighed ones do not fit beside them
    linked.parts = sorted([*kept, *parts], key=lambda r: r.amount.start)
    linked.cues.append(cue)
    by_start[total.amount.start] = linked


def link_of_references(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link "$X of that", "$X of the total", "$X of the nearly $Y" (and the list going on
    after it) to the whole those words name. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for k, part in enumerate(readings):
        p = part.amount
        if p.value is None or p.start in linked_parts:
            continue
        m = OF_REFERENCE_AFTER.match(text, p.end)
        if not m:
            continue
        if part.link is None and (purpose := _PURPOSE_AFTER.match(text, _after_named(m, readings))):
            # "$191m of the funding will go to Yemen, $199m to South Sudan": its purpose
            start = purpose.start("phrase")
            part = replace(part, link=(purpose.group("phrase"), start, purpose.end("phrase")))
        run = [part, *_list_after(text, readings, k, p.currency, part)]
        total = _named_total(text, sentences, readings, part, run, m)
        if total is None:
            continue
        cue = ("of_reference", m.group(0).strip(), m.start(), m.end())
        _move(by_start, make_linked, total, run, cue)
        linked_parts |= {r.amount.start for r in run}
    return linked_parts


def _after_named(m: re.Match, readings) -> int:
    """Where the words after an of-reference go on: after the sum it names, when it names
    one ("$200m of the $350m promised to A would be handed over for ..."), else after it."""
    if m.group("sum") is None:
        return m.end()
    at = m.start("sum")
    named = next((r for r in readings if r.amount.start <= at < r.amount.end), None)
    return named.amount.end if named else m.end()


#: After "of the funding", what the sum is for: "will go to Yemen", "is for schools".
_PURPOSE_AFTER = re.compile(
    r"(?:\s+(?:for|to|in)\s+[^,;$€£¥₹]{1,40}?"  # "of the money for Ukraine": whose money
    r"|\s+[a-z]+ed\s+(?:to|by|for)\s+[^,;$€£¥₹]{1,40}?)?"  # "of the $350m promised to A"
    r"\s+(?:(?:would|will|is|are|was|were|has|have|had|be|been|being)\s+){1,3}"
    r"(?:go(?:es)?|went|gone|going|allocated|earmarked|given|sent|directed|used|spent|"
    r"set\s+aside|dedicated|devoted|destined|provided|put|invested|"
    r"handed\s+over(?:\s+\w+){0,2}?|transferred|disbursed|released)\s+"
    r"(?:to|for|toward|towards|on|into)\s+(?:an?\s+)?[“\"‘']?"
    r"(?P<phrase>[^,;$€£¥₹]{2,80}?)"
    r"(?=\s*(?:[,;]|\.?[”\"’](?=\s|$)|\.(?=\s+(?-i:[A-Z])|\s+[\"“‘]|\s*$)|$)|\s+and\s+(?:about\s+|almost\s+|nearly\s+|some\s+|over\s+)?"
    r"(?:US|A|C)?[$€£¥₹\d])",
    re.I,
)


def _list_after(text, readings, k, currency, first):
    """The sums that go on from ``first`` (``readings[k]`` with its purpose) in its sentence
    as one list: "..., $199 million to South Sudan, $121 million to Nigeria and almost $126
    million for Somalia"."""
    run, last = [], first
    for r in readings[k + 1 :]:
        if r.sentence != last.sentence or r.amount.currency != currency or r.link is None:
            break
        if r.own_whole or r.barred or r.added:
            break
        gap_start = max(last.amount.end, last.link[2] if last.link else last.amount.end)
        if r.amount.start < gap_start:
            continue  # the sum the part is of ("$200m of the $350m ... for X"), inside its words
        gap = text[gap_start : r.amount.start]
        if not LIST_SEP.fullmatch(gap) and not re.fullmatch(
            r"\s*,?\s*(?:and\s+)?(?:about|some|around|roughly|nearly|almost|over|"
            r"more\s+than|up\s+to|just\s+over|just\s+under)?\s*",
            gap,
            re.I,
        ):
            break
        run.append(r)
        last = r
    return run


def _named_total(text, sentences, readings, part, run, m):
    """The whole ``m`` (an ``OF_REFERENCE_AFTER`` match after ``part``) names."""
    p = part.amount
    need = sum(r.amount.value for r in run)
    if m.group("sum") is not None:
        at = m.start("sum")  # after "the nearly": the amount's text may hold "nearly"
        named = next((r for r in readings if m.start() < r.amount.start <= at < r.amount.end),
                     None)  # fmt: skip
        if named and named.amount.currency == p.currency and named.amount.value > need:
            return named
        return None
    reach = 1 if m.group("pronoun") else OF_REFERENCE_SENTENCES
    noun = (m.group("noun") or "").lower().split()
    family = WHOLE_FAMILIES.get(noun[-1].rstrip("s")) if noun else None
    family = family or (WHOLE_FAMILIES.get(noun[-1]) if noun else None)
    earlier = [
        r
        for r in readings
        if r.amount.end <= p.start
        and part.sentence - r.sentence <= reach
        and r.amount.currency == p.currency
        and r.amount.value is not None
        and r.amount.value > need
        and not _is_running(text, sentences, r)
    ]
    if family:
        of_family = [r for r in earlier if r.family == family]
        earlier = of_family or earlier
    # "A further 100 billion is planned. 24 billion of that money ...": a sum on top of a
    # whole is not the whole a noun refers back to while that whole is in reach
    earlier = [r for r in earlier if not r.added] or earlier
    return earlier[-1] if earlier else None


def link_compositions(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the parts a sentence says a whole is made of ("is composed of", "consists of",
    "is divided into") to the total stated before it, when they add up to it."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        m = COMPOSITION.search(sentence.text)
        if not m:
            continue
        cue_at = sentence.start + m.start()
        after = [r for r in readings if r.sentence == index and r.amount.start > cue_at
                 and r.amount.value is not None]  # fmt: skip
        listed = bool(after)  # the cue's own sentence lists the parts: all of them are named
        if not after:
            after = [r for r in readings if index < r.sentence <= index + COMPOSITION_AHEAD
                     and r.amount.value is not None]  # fmt: skip
        after = [r for r in after if not r.barred]
        if len(after) < 2:
            continue
        before = [r for r in readings if r.amount.start < cue_at
                  and index - r.sentence <= COMPOSITION_BACK and r.amount.value is not None
                  and not _is_running(text, sentences, r)]  # fmt: skip
        found = None
        for total in reversed(before):
            pool = [r for r in after if r.amount.currency == total.amount.currency
                    and r.amount.value < total.amount.value]  # fmt: skip
            subset = _adding_up(total, pool, listed)
            owners = {p.amount.start: t for t, linked in by_start.items() for p in linked.parts}
            if subset and any(owners.get(r.amount.start, total.amount.start)
                              != total.amount.start for r in subset
                              if r.amount.start in protected):  # fmt: skip
                continue  # a part its own sentence gave to another total stays there
            if subset:
                found = (total, subset)
                break
        if found is None:
            continue
        total, parts = found
        cue = ("composition", m.group(0).strip(), cue_at, sentence.start + m.end())
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {r.amount.start for r in parts}
    return linked_parts


#: How far the whole list a composition's sentence names may be off its total: a printed
#: figure's rounding or slip ("divided into: A (Rs 5.4bn), B (Rs 705bn), ..." adding up to
#: 1,808.4 of 1,804) does not drop one of the items the words name.
LISTED_SLACK = 0.005


def _adding_up(total, pool, listed=False, lines=False):
    """The first run of ``pool``'s sums, in order and from its first, or else the one set
    of them, that adds up to ``total`` (to a thousandth; 2% when a figure is approximate).
    One sum stated twice counts once, unless ``lines``: each sum is the item of its own
    list line ("• 1 oiler ($0.7bn)" and "• 1 tug ($0.7bn)" are two items). ``listed``: the
    pool is the list the composition's own sentence names, taken whole when it adds up
    within ``LISTED_SLACK``."""
    from itertools import combinations

    t = total.amount
    seen, unique = set(), []
    for r in pool:
        if lines or r.amount.value not in seen:
            seen.add(r.amount.value)
            unique.append(r)
    loose = t.qualifier != "exact" or any(r.amount.qualifier != "exact" for r in unique)
    tolerance = (0.02 if loose else 0.001) * t.value

    def adds(chosen):
        return abs(sum(r.amount.value for r in chosen) - t.value) <= tolerance

    for size in range(2, len(unique) + 1):
        if adds(unique[:size]):
            return unique[:size]
    whole = sum(r.amount.value for r in unique)
    if listed and len(unique) >= 2 and abs(whole - t.value) <= LISTED_SLACK * t.value:
        return unique
    found = [c for size in range(2, min(6, len(unique)) + 1)
             for c in combinations(unique, size) if adds(c)]  # fmt: skip
    return list(found[0]) if len(found) == 1 else None


def link_running_totals(text, sentences, readings, by_start, make_linked, taken) -> None:
    """Link a running total to the sum that brings it there: in its own sentence, the sum
    right before the words ("committing €2bn, bringing the total to €5.6bn"); in a later
    sentence that states no sum before them ("The new funding brings the total to $1.8bn"),
    the latest whole before it that is no part of another total."""
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for total in here:
            before = text[sentence.start : total.amount.start]
            m = RUNNING_TOTAL.search(before)
            if not m:
                continue
            existing = by_start.get(total.amount.start)
            if existing and existing.parts and existing.seed is not None:
                continue  # "$5bn for A and $3bn for B, bringing the total to $8bn"
            cue = sentence.start + m.start()
            t = total.amount
            ahead = [r for r in here if r.amount.end <= cue]
            if ahead:
                candidates = ahead[-1:]
            else:
                candidates = [
                    r
                    for r in readings
                    if r.amount.end <= sentence.start
                    and 0 < index - r.sentence <= 3
                    and r.amount.start not in taken
                    and not r.barred
                    and not _is_running(text, sentences, r)
                ]
                candidates = candidates[-1:]
            candidates = [r for r in candidates if r.amount.currency == t.currency
                          and r.amount.value is not None and r.amount.value < t.value]  # fmt: skip
            if not candidates:
                continue
            part = candidates[0]
            named = part.link or (part.whole_text or "(not stated)", part.amount.start,
                                  part.amount.end)  # fmt: skip
            linked = make_linked(total)
            linked.parts = [replace(part, link=named)]
            linked.cues = [("running_total", m.group("cue"), cue, cue + len(m.group("cue")))]
            by_start[t.start] = linked


def link_totals_on_top(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link "a total of" a sum to the parts it adds up: "£29m for culture. This on top of
    the £4m previously allocated means that a total of £33m is going to the sector": the
    sum named after "on top of" (or "in addition to", "with") and the latest sum before
    that sentence, when the two add up to the total exactly."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for total in here:
            if total.family != "total" or (by_start.get(total.amount.start)
                                           and by_start[total.amount.start].parts):  # fmt: skip
                continue
            t = total.amount
            added = [r for r in here if r.amount.end <= t.start and r.outside_of is None
                     and r.barred and ON_TOP.search(r.barred)]  # fmt: skip
            before = [r for r in readings if 0 < index - r.sentence <= 2
                      and r.amount.currency == t.currency and r.amount.value is not None
                      and not r.barred and not r.change]  # fmt: skip
            if len(added) != 1 or not before:
                continue
            parts = [before[-1], added[0]]
            if parts[0].amount.currency != t.currency or added[0].amount.currency != t.currency:
                continue
            if abs(sum(r.amount.value for r in parts) - t.value) > 0.001 * t.value:
                continue
            for r in parts:  # "That (the £29m) ... a total of £33m": the £33m is no part of it
                if r.amount.start in by_start:
                    own = by_start[r.amount.start]
                    own.parts = [p for p in own.parts if p.amount.start != t.start]
            # the parts stay where else they are: "£29m for culture" is also one of the
            # day's allocations; the £33m only adds it up with an earlier sum
            linked = make_linked(total)
            linked.parts = parts
            linked.cues = [("on_top", total.whole_text, sentence.start, sentence.start)]
            by_start[t.start] = linked
            linked_parts |= {r.amount.start for r in parts}
    return linked_parts


#: Between the two sums of a change: "from $350 million to $950 million".
_FROM_TO = re.compile(r"\s+to\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
#: Before a sum: the increase that takes the old sum to the new one.
_INCREASE_BEFORE = re.compile(
    r"\b(?:(?:the|an|this)\s+)?(?:additional|extra|further|new|increase\s+of|added)\s+$", re.I
)


def link_increases(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link the new sum of a change to the old sum and the increase the text names: "will
    increase its contribution from $350 million to $950 million ... The additional $600
    million ..." makes the $950m the $350m and the $600m (when they add up)."""
    linked_parts: set[int] = set()
    for k, old in enumerate(readings[:-1]):
        new = readings[k + 1]
        if new.sentence != old.sentence or new.amount.currency != old.amount.currency:
            continue
        between = text[old.amount.end : new.amount.start]
        lead = text[max(0, old.amount.start - 10) : old.amount.start]
        from_to = _FROM_TO.fullmatch(between) and _FROM_BEFORE.search(lead)
        # or the new sum a sentence states after the old one: "A £36m fee was agreed but
        # United may have to spend £60m" ... "fork out an extra £24m"
        if not from_to and not (new.family == "" and old.family and not new.barred):
            continue
        o, n = old.amount, new.amount
        if o.value is None or n.value is None or not o.value < n.value:
            continue
        added = [r for r in readings if 0 <= r.sentence - new.sentence <= 3 and r is not new
                 and r.amount.start > n.end and r.amount.currency == n.currency
                 and _INCREASE_BEFORE.search(text[sentences[r.sentence].start : r.amount.start])
                 and r.amount.value is not None
                 and abs(o.value + r.amount.value - n.value) <= 0.001 * n.value]  # fmt: skip
        if not added or (by_start.get(n.start) and by_start[n.start].parts):
            continue
        linked = make_linked(new)
        more = added[0]
        linked.parts = [
            replace(old, link=old.link or ("the earlier sum", o.start, o.end)),
            replace(more, link=more.link or ("the increase", more.amount.start, more.amount.end)),
        ]
        linked.cues = [("increase", text[old.amount.start - 5 : n.end], o.start, n.end)]
        by_start[n.start] = linked
        linked_parts |= {old.amount.start, added[0].amount.start}
    return linked_parts
