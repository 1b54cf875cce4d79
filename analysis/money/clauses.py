"""Relative clauses that split the sum before them: "The total allocation is Rs 500 crore,
wherein revenue is Rs 300 crore and capital is Rs 200 crore"; "a $9bn budget, of which
$5bn is for roads and $4bn for rail"; "... comes to €70m in which wages took €50m and rent
€20m".

A careful reader takes the sums of the clause as the parts of the sum the clause hangs on:
"wherein", "in which", "of which", "out of which" refer back to it. The words name the
whole, and the arithmetic confirms it: the clause's sums add up to the total
(``link_relative_splits``). Without the exact sum the clause may be about something else
("a $9bn budget, in which the army's $5bn rose by $1bn"), so nothing is linked.

Two more shapes of a part told right beside its total: a fact-box item that goes on with a
sentence opening "Includes" and no subject ("— Ports: $500m. Includes $200m for cranes")
gives that item its breakdown (``link_subjectless_includes``); a sum, a few words and a
colon, then items parted by semicolons in the same sentence ("$60bn for the ports,
specifically: $23bn to ...; $14bn for ...; and $8bn in ...") gives the sum its items when
they fit in it (``link_colon_items``).
"""

from __future__ import annotations

import re

from analysis.money.explicit import _adding_up, _move

__all__ = ["link_colon_items", "link_relative_splits", "link_subjectless_includes"]

#: Between a sum and the first sum of its clause: a relative word that refers back to it,
#: "wherein", "where in", "in which", "of which", "out of which", and a few words more.
_RELATIVE = re.compile(
    r"\A[^.;:$€£₹]{0,30}?\b(?:where\s*in|whereof|(?:out\s+)?of\s+which|in\s+which)\b"
    r"[^.;:]{0,80}\Z",
    re.I,
)


def link_relative_splits(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the sums of a relative clause ("wherein A is $X and B is $Y") to the sum the
    clause hangs on, when they add up to it. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index in range(len(sentences)):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for k, total in enumerate(here[:-2]):
            t = total.amount
            if total.change or total.barred or t.start in linked_parts:
                continue
            if not _RELATIVE.match(text[t.end : here[k + 1].amount.start]):
                continue
            pool = []
            for r in here[k + 1 :]:
                if r.amount.currency != t.currency or r.amount.value >= t.value or r.change:
                    break
                pool.append(r)
            subset = _adding_up(total, pool) if len(pool) >= 2 else None
            if not subset or subset[0] is not pool[0]:
                continue
            if any(r.amount.start in protected for r in subset):
                continue
            gap = text[t.end : subset[0].amount.start]
            m = re.search(r"\b(?:where\s*in|whereof|of\s+which|in\s+which)\b", gap, re.I)
            start = t.end + m.start()
            _move(by_start, make_linked, total, subset, ("relative_clause", m.group(0), start,
                                                          start + len(m.group(0))))  # fmt: skip
            linked_parts |= {r.amount.start for r in subset}
    return linked_parts


#: A sentence that opens with "Includes" and no subject: it goes on about the sum just
#: stated, as the lines of a fact box do ("— Health care: $150m. Includes $90m for ...").
_SUBJECTLESS_INCLUDES = re.compile(r"[\W_]*(?:also\s+)?includes\b", re.I)


def link_subjectless_includes(text, sentences, readings, by_start, make_linked, protected):
    """Link the sums of a sentence that opens with "Includes" (no subject) to the last sum
    of the sentence before it in the same paragraph: "— Ports: $500m. Includes $200m for
    cranes, $50m for dredging." The item's own breakdown, when the sums fit in it. Returns
    the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index in range(1, len(sentences)):
        m = _SUBJECTLESS_INCLUDES.match(sentences[index].text)
        if not m:
            continue
        before = [r for r in readings if r.sentence == index - 1 and r.amount.value is not None]
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if not before or not here or before[-1].paragraph != here[0].paragraph:
            continue
        total = before[-1]
        t = total.amount
        if total.change or total.barred:
            continue
        parts = [r for r in here if not (r.change or r.barred or r.added)]
        if len(parts) < len(here) or any(r.amount.start in protected for r in parts):
            continue
        if any(r.amount.currency != t.currency or r.amount.value >= t.value for r in parts):
            continue
        if sum(r.amount.value for r in parts) > t.value * 1.001:
            continue  # more than the item holds: not its breakdown
        start = sentences[index].start + m.start()
        cue = ("subjectless_includes", m.group(0).strip(), start, start + len(m.group(0)))
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {r.amount.start for r in parts}
    return linked_parts


#: Between a sum and the colon that opens its list, in the same sentence: a few words
#: and no other clause ("$60bn for the ports, specifically:", "$9bn as follows:").
_COLON_AFTER = re.compile(r"[^.;:!?]{0,100}?:", re.I)
#: How many words may stand between a sum and the colon of its list.
COLON_WORDS = 12


def link_colon_items(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the items of a list that follows a sum and a colon inside one sentence, the
    items parted by semicolons: "$60bn for the ports, specifically: $23bn to dredge ...;
    $14bn for cranes ...; and $8bn in wages." Each item's first sum is a part; the items
    must be two or more, all of them with a sum in the total's currency, and fit in the
    total. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for k, total in enumerate(here[:-2]):
            t = total.amount
            m = _COLON_AFTER.match(text, t.end, here[k + 1].amount.start)
            if not m or len(text[t.end : m.end()].split()) > COLON_WORDS:
                continue
            if total.change or total.barred or t.start in linked_parts:
                continue
            segments = text[m.end() : sentence.end].split(";")
            items, offset = [], m.end()
            for segment in segments:
                inside = [r for r in here
                          if offset <= r.amount.start < offset + len(segment)]  # fmt: skip
                offset += len(segment) + 1
                if not inside:
                    items = []
                    break
                items.append(inside[0])
            linked = by_start.get(t.start)
            own = {p.amount.start for p in linked.parts} if linked else set()
            if len(items) < 2 or any(r.amount.start in protected - own for r in items):
                continue  # (its first item may be linked in the sentence already)
            if any(r.amount.currency != t.currency or r.amount.value >= t.value
                   or r.change or r.barred for r in items):  # fmt: skip
                continue
            if t.qualifier != "at_least" and sum(r.amount.value for r in items) > t.value * 1.001:
                continue  # more than the total holds: not linked silently
            start = m.end() - 1
            _move(by_start, make_linked, total, items, ("colon_items", ":", start, start + 1))
            linked_parts |= {r.amount.start for r in items}
    return linked_parts
