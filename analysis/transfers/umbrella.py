"""A demonstrative told back to a list's umbrella: "these systems" after "air defence
systems, including A, B and C".

"Spain will send Peru dozens of air defence systems, including A, B and C. Chile will
also provide these systems." The sentence before names four weapons, so "these systems"
could at first mean any of them; but three are the items of the fourth, a class noun the
list itemises ("X, including A, B and C"). A reader takes "these systems" for that class:
the umbrella whose written head is the demonstrative's noun ("systems"), the one class
noun of the sentence, named before every other weapon there. Two class nouns, or a class
noun after the names, leave two readings, and none is taken.
"""

from __future__ import annotations

from collections.abc import Sequence


def umbrella_told_back(weapons: Sequence, head: str):
    """The one class-noun mention of ``weapons`` that a demonstrative with noun ``head``
    ("systems", "weapons") tells back, or None."""
    head = head.lower()
    classes = [w for w in weapons if w.name.islower()]
    if len(classes) != 1 or len({w.name for w in weapons}) < 2:
        return None
    umbrella = classes[0]
    written = (getattr(umbrella, "form", "") or "").lower().split()
    if not written or written[-1] != head:
        return None  # "these systems" after "rifles, including A and B": not the rifles
    named = [w for w in weapons if w is not umbrella]
    return umbrella if all(umbrella.end <= w.start for w in named) else None
