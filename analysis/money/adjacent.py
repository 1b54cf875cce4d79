"""Adjacent parts: sentences that open with a sum and say where it goes, right after a
total that names a whole made to be shared out.

"The ministry unveiled a fund worth more than $90m. $30m will be earmarked for clinics.
$25m will go to schools." No word refers back to the fund, but a careful reader takes the
sums of the next sentences as its parts: each sentence opens with its sum, a verb of
allocation follows it ("will be earmarked for", "goes to", "is allocated to"), and together
they stay within the total (``link_adjacent_parts``). The run stops at the first sentence
that does not open that way, and a sum another total already holds is never taken.
"""

from __future__ import annotations

import re

from analysis.money.explicit import _move
from analysis.money.rules import EARLIER_PERIOD, SHARED_FAMILIES, SHARED_OUT

__all__ = ["link_adjacent_parts"]

#: Before the sum that opens a sentence: nothing but punctuation, a bullet or "and".
_OPENS = re.compile(r"[\W_]*(?:and\s+)?", re.I)
#: ... or, once the run has a part, a word adding the next one: "Another €3bn is earmarked
#: for drones", "A further $2m goes to schools".
_OPENS_NEXT = re.compile(r"[\W_]*(?:and\s+)?(?:another|a\s+further|an\s+additional)\s+", re.I)
#: Right after that sum, a verb of allocation and the preposition of its recipient:
#: "will be earmarked to", "goes towards", "is allocated for", "will fund".
_ALLOCATED_AFTER = re.compile(
    r"\s+(?:(?:will|would|is|are|was|were|has|have|had|to|be|been|shall|should|must)\s+){0,3}"
    r"(?:(?:earmarked|allocated|set\s+aside|reserved|designated|directed|channell?ed|"
    r"dedicated|devoted|spent|used|budgeted)\s+(?:to|for|towards?|on|in)\b|"
    r"(?:go(?:es)?|went|gone)\s+(?:to|towards?)\b|funds?\b|finances?\b|"
    # a verb of what the money does: "will support the budget", "will back investment"
    r"(?:support|back|cover|buy|purchase|procure|pay\s+for|help)s?\b(?!\s+by\b))",
    re.I,
)
#: How many sentences may follow the total (and each other) in the run.
ADJACENT_MAX_PARTS = 6


def _shared_out(total) -> bool:
    """True when ``total`` is the value of a whole made to be shared out: "a package worth",
    "the fund of"."""
    return bool(total.own_whole and (total.family in SHARED_FAMILIES
                                     or SHARED_OUT.search(total.whole_text)))  # fmt: skip


def _opening_part(text, sentence, here, total, going_on=False):
    """The one sum ``sentence`` opens with when it says where that sum goes, in
    ``total``'s currency and below it; None otherwise. ``going_on``: the run has a part
    already, so "Another €3bn ..." is its next one."""
    if len(here) != 1:
        return None
    part = here[0]
    p, t = part.amount, total.amount
    lead = text[sentence.start : p.start]
    next_one = going_on and _OPENS_NEXT.fullmatch(lead)
    if not (_OPENS.fullmatch(lead) or next_one):
        return None
    if p.currency != t.currency or p.value >= t.value:
        return None
    if part.barred or part.change or (part.added and not next_one) or part.own_whole:
        return None
    if EARLIER_PERIOD.search(sentence.text):
        return None  # "$30m was spent on clinics last year": another period's money
    return part if _ALLOCATED_AFTER.match(text, p.end) else None


def link_adjacent_parts(text, sentences, paragraphs, readings, by_start, make_linked,
                        protected) -> set[int]:  # fmt: skip
    """Link the sums of the sentences right after a shared-out total ("a package worth
    €120m.") that each open with a sum and a verb of allocation ("€40m will be earmarked
    for ...") to that total, when they stay within it and no other total holds them.
    Returns the starts of the parts linked."""
    held = {p.amount.start for linked in by_start.values() for p in linked.parts}
    linked_parts: set[int] = set()
    for total in readings:
        t = total.amount
        if t.value is None or total.barred or total.change or total.added:
            continue
        if not _shared_out(total) or t.start in held:
            continue
        if (mine := by_start.get(t.start)) and mine.parts:
            continue  # the words already itemise it
        # the total closes its sentence: nothing but its own whole's words after it
        after = [r for r in readings if r.sentence == total.sentence and r.amount.start > t.start]
        if after:
            continue
        parts, index = [], total.sentence + 1
        while index < len(sentences) and len(parts) < ADJACENT_MAX_PARTS:
            if paragraphs[index] != paragraphs[total.sentence]:
                break
            here = [r for r in readings if r.sentence == index and r.amount.value is not None]
            part = _opening_part(text, sentences[index], here, total, bool(parts))
            if part is None or part.amount.start in held | protected:
                break
            parts.append(part)
            index += 1
        if not parts or sum(p.amount.value for p in parts) > t.value * 1.001:
            continue
        first = sentences[parts[0].sentence]
        cue = ("adjacent_parts", "", first.start, first.start)
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {p.amount.start for p in parts}
        held |= linked_parts
    return linked_parts
