"""What the money tests share: scales of amounts and the splits a text gives."""

from __future__ import annotations

from analysis.money.allocations import find_allocations

B = 1_000_000_000
M = 1_000_000
CR = 10_000_000  # a crore


def splits_of(text: str) -> list[tuple[float, list[float]]]:
    """(total value, [part values]) for every split, in text order."""
    return [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(text)]


def cues_of(text: str) -> list[str]:
    """The cue of every piece of evidence of every split, in text order."""
    return [e[0] for a in find_allocations(text) for e in a.evidence]
