"""Shares stated back: "Rs 3,100 crore had been allocated to fight the virus. This
constitutes 32% of Rs 9,677.9 crore collected." The second sentence says the sum before it
is a share of a larger sum, so that sum is a part of it (``link_stated_shares``), when the
share the text gives agrees with the two values.
"""

from __future__ import annotations

import re

from analysis.money.explicit import _move

__all__ = ["link_stated_shares"]

#: A sentence opening with a pronoun for the sum before it and its share of a total:
#: "This constitutes 32% of", "It represents about a third of" (percent only here).
_SHARE_BACK = re.compile(
    r"^\W*(?:this|that|it|the\s+(?:sum|amount|figure|allocation))\s+"
    r"(?:constitutes?|represents?|is|was|accounts?\s+for|makes?\s+up|amounts?\s+to|"
    r"comes?\s+to)\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|just|"
    r"only)\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+"
    r"(?:(?:the|a|an|its)\s+)?(?:(?:total|overall)\s+(?:of\s+)?)?$",
    re.I,
)
#: How far the stated share may be from the share the values give (percentage points).
SHARE_TOLERANCE = 1.5


def link_stated_shares(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the last sum of a sentence to the total of the next sentence when that one
    opens "This constitutes N% of <total>" and N agrees with the two values within
    ``SHARE_TOLERANCE`` points. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        if index == 0:
            continue
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if not here:
            continue
        total = here[0]
        m = _SHARE_BACK.match(text[sentence.start : total.amount.start])
        if not m:
            continue
        before = [r for r in readings if r.sentence == index - 1 and r.amount.value is not None]
        if not before:
            continue
        part = before[-1]
        t, p = total.amount, part.amount
        if p.currency != t.currency or p.value >= t.value or p.start in protected:
            continue
        if abs(100 * p.value / t.value - float(m.group("pct"))) > SHARE_TOLERANCE:
            continue
        cue = ("stated_share", m.group(0).strip(), sentence.start, total.amount.start)
        _move(by_start, make_linked, total, [part], cue)
        linked_parts.add(p.start)
    return linked_parts
