"""Weapon spans: what the second pass reads from the rows already found.

Spans are ``(index, start, end, kind, name, type, weapon_class)`` of the mentions
table's rows, sorted by start; found rows are ``(name, category, weapon_class,
start, end, evidence)``.
"""

from __future__ import annotations

from bisect import bisect_left


def is_class(span) -> bool:
    """A generic class entry ("cruise missile"), not a named system."""
    return span[4].islower() or span[4] == span[6]


def same_kind(category: str, other: str) -> bool:
    """Whether a class of category ``other`` may describe a system of ``category``: the
    same category, or missiles and air defence, which name one another's systems ("a
    portable surface-to-air missile" is an air-defence system).

    >>> same_kind("missiles", "air_defence"), same_kind("missiles", "aircraft")
    (True, False)
    """
    return category == other or frozenset((category, other)) in _KINDRED


_KINDRED = frozenset({frozenset({"missiles", "air_defence"})})


def class_span_at(spans, offset):
    near = spans_near(spans, offset, offset + 1)
    return next((s for s in near if s[1] == offset and s[3] == "weapon" and is_class(s)), None)


def overlaps_found(spans, found, start, end, only_actors=False) -> bool:
    if any(f[3] < end and start < f[4] for f in found[-8:]):
        return True
    return any(s[3] == "actor" or not only_actors for s in spans_near(spans, start, end))


def spans_near(spans, start: int, end: int) -> list:
    """The spans overlapping ``[start, end)`` (spans are sorted by start; none is longer
    than ``_LONGEST`` characters), found by bisection."""
    low = bisect_left(spans, start - _LONGEST, key=span_start)
    high = bisect_left(spans, end, key=span_start)
    return [s for s in spans[low:high] if s[2] > start]


def span_start(span) -> int:
    return span[1]


_LONGEST = 400


STATE_TYPES = frozenset({"country", "government", "military"})
