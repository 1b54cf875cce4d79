"""Segments: a company's result for a period (its revenue, sales, orders) split by the
segments, divisions or units that made it.

"Thales reported revenue of €18.4 billion. Its defence segment brought in €9.8 billion,
aerospace €5.2 billion and digital identity €3.4 billion." The total is a result word's sum
("revenue of", "net sales reached"); in the next sentences, a sum whose words name a segment
("Its defence segment", "the land division, whose sales ...") is one of its parts, and the
sums that go on in the same sentence without a verb of their own ("aerospace €5.2 billion")
are the next segments. A part of the other measure is not taken: a profit is no part of
sales ("turned a profit of $341 million on sales of $3.5 billion": only the sales are).
The parts must fit in the total (``link_segments``).
"""

from __future__ import annotations

import re

__all__ = [
    "PROFIT_WORDS", "RESULT_BEFORE", "RESULT_IN_PART", "SEGMENT_WORDS", "SEGMENTS_AHEAD",
    "link_segments",
]  # fmt: skip

#: How many sentences after the total its segments may be stated.
SEGMENTS_AHEAD = 3

#: Before a sum, in its clause: the company's result it is ("revenue of", "net sales rose to",
#: "sales totalled").
RESULT_BEFORE = re.compile(
    r"\b(?:(?:net\s+)?(?:revenues?|sales|turnover|order\s+intake|orders|bookings))\b"
    r"[^.;$€£¥₹\d]{0,60}$",
    re.I,
)
#: In a part's clause: a piece of the company ("Its defence segment", "the land division").
SEGMENT_WORDS = re.compile(r"\b(?:segments?|divisions?|units?|business(?:es)?|arms?)\b", re.I)
#: Profit, not sales: "turned a profit of", "operating income", "earnings".
PROFIT_WORDS = re.compile(
    r"\b(?:profits?|income|earnings|margins?|ebitda|ebit|loss(?:es)?)\b", re.I
)
#: Between two sums of one sentence: the next segment goes on without a verb ("€9.8 billion,
#: aerospace €5.2 billion and digital identity €3.4 billion").
_GOES_ON = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)(?:[A-Za-z][\w-]*\s+){1,3}(?:had\s+|with\s+)?$"
)
#: In a segment's clause: it states that segment's share of the result, not a cost of it.
RESULT_IN_PART = re.compile(
    r"\b(?:sales|revenues?|turnover|orders|bookings|brought\s+in|generat\w+|post\w*|report\w*|"
    r"contribut\w+|accounted\s+for|book\w*|took\s+in|rang\s+up)\b",
    re.I,
)


def _clause_before(text, sentence, amount, readings) -> str:
    """The words of ``sentence`` before ``amount`` back to the previous sum (or its start)."""
    here = [r.amount for r in readings if sentence.start <= r.amount.start < amount.start]
    start = max([a.end for a in here], default=sentence.start)
    return text[start : amount.start]


def link_segments(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the segments' sums to the company result they make up. Returns the starts of the
    parts linked.

    >>> from analysis.money.allocations import find_allocations
    >>> t = ("Thales reported revenue of €18.4 billion. Its defence segment brought in "
    ...      "€9.8 billion, aerospace €5.2 billion and digital identity €3.4 billion.")
    >>> [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(t)]
    [(18400000000.0, [9800000000.0, 5200000000.0, 3400000000.0])]
    """
    linked_parts: set[int] = set()
    taken = {p.amount.start for linked in by_start.values() for p in linked.parts}
    for total in readings:
        t = total.amount
        sentence = sentences[total.sentence]
        before = _clause_before(text, sentence, t, readings)
        if t.value is None or total.change or t.start in taken or t.start in linked_parts:
            continue
        if not RESULT_BEFORE.search(before) or PROFIT_WORDS.search(before):
            continue
        if by_start.get(t.start) and by_start[t.start].parts:
            continue
        parts, cue = [], None
        for r in readings:
            if not 0 < r.sentence - total.sentence <= SEGMENTS_AHEAD:
                continue
            p = r.amount
            if p.value is None or p.currency != t.currency or p.start in protected | taken:
                continue
            if r.change or r.barred or r.added:
                continue
            words = _clause_before(text, sentences[r.sentence], p, readings)
            going_on = parts and parts[-1].sentence == r.sentence and _GOES_ON.search(words)
            if PROFIT_WORDS.search(words):
                continue
            named = SEGMENT_WORDS.search(words) if RESULT_IN_PART.search(words) else None
            if named and not cue:
                at = p.start - len(words) + named.start()
                cue = ("segment", named.group(0), at, at + len(named.group(0)))
            if going_on or named:
                parts.append(r)
        if not parts or cue is None or sum(r.amount.value for r in parts) > t.value * 1.001:
            continue
        linked = by_start.get(t.start) or make_linked(total)
        linked.parts = sorted([*linked.parts, *parts], key=lambda r: r.amount.start)
        linked.cues.append(cue)
        by_start[t.start] = linked
        linked_parts |= {r.amount.start for r in parts}
        taken |= linked_parts
    return linked_parts
