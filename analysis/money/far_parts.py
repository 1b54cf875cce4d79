"""Far parts: a later paragraph that names an allocation out of the whole the article is
about.

"Britain announced £2.5bn in military support for Ukraine." ... eight paragraphs on ...
"A key part of the package is the allocation of at least £200m for drones." The sum is far
from its total, so the weighed links (``analysis.money.links``) lose it to the distance;
but the words name the whole ("the package") and call the sum an allocation out of it, and
the article states only one larger sum in that currency that is such a whole: a careful
reader takes it as a part (``link_far_parts``). Two candidate totals (another year's
budget, an earlier package) leave it alone.
"""

from __future__ import annotations

import re

from analysis.money.explicit import _move
from analysis.money.rules import _WHOLE_WORD, NOUN_REFERENCE, SHARED_FAMILIES, WHOLE_FAMILIES

__all__ = ["link_far_parts"]

#: Between the reference to the whole and the sum: an allocation out of it ("is the
#: allocation of", "includes an allocation of", "will see a share of").
_ALLOCATION_OF = re.compile(
    r"\b(?:allocation|earmarking|share|portion|slice|provision)\s+of\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to)\s+)?$",
    re.I,
)
#: After the sum: it is allocated in (from, under) a whole named by a noun ("had been
#: allocated in the budget for", "is earmarked from the fund").
_ALLOCATED_IN = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|will|would|be|been)\s+){1,3}"
    r"(?:allocated|earmarked|set\s+aside|reserved|provided)\s+(?:in|from|under|within)\s+"
    r"(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?" + _WHOLE_WORD,
    re.I,
)
#: Right after the sum, a verb that allocates it: "will be allocated to", "goes to".
_ALLOCATED_TO = re.compile(
    r"\s+(?:(?:will|would|is|are|was|were|has|have|had|be|been|shall)\s+){1,3}"
    r"(?:allocated|earmarked|set\s+aside|reserved|directed|channell?ed|spent|used)\s+"
    r"(?:to|for|on|towards?)\s|\s+(?:will\s+)?go(?:es)?\s+(?:to|towards?)\s",
    re.I,
)
#: Before the next sentence's sum: it is allocated as one more ("has allocated another",
#: "earmarked a further").
_ANOTHER_ALLOCATED = re.compile(
    r"\b(?:allocated|earmarked|set\s+aside|reserved|budgeted)\s+(?:another|a\s+further)\s+$",
    re.I,
)
#: How many paragraphs after its total a far part must be (nearer ones are weighed).
FAR_PARAGRAPHS = 2


def _names_family(sentence_text: str, family: str) -> bool:
    """True when the sentence names a whole of ``family`` ("military support" -> aid)."""
    words = [w for w, f in WHOLE_FAMILIES.items() if f == family]
    pattern = r"\b(?:" + "|".join(map(re.escape, words)) + r")(?:e?s)?\b"
    return re.search(pattern, sentence_text, re.I) is not None


def _reference(text, sentence, part) -> tuple[str, str]:
    """The family and the noun of the whole that ``part``'s sentence calls it an allocation
    out of: before it ("the package is the allocation of at least £200m") or after it
    ("£34bn had been allocated in the budget for ..."); ("", "") when there is none."""
    lead = text[sentence.start : part.amount.start]
    allocation = _ALLOCATION_OF.search(lead)
    found = list(NOUN_REFERENCE.finditer(lead, 0, allocation.start())) if allocation else []
    if found:
        m = found[-1]
    elif m := _ALLOCATED_IN.match(text, part.amount.end, sentence.end):
        pass
    else:
        return "", ""
    noun = m.group("whole").lower()
    return WHOLE_FAMILIES[noun], noun


def _whole_noun(reading) -> str:
    """The noun of the whole ``reading`` is the value of, lower case ("" if none)."""
    words = re.findall(r"[a-z]+", reading.whole_text.lower())
    return next((w for w in reversed(words) if w in WHOLE_FAMILIES), "")


def link_far_parts(text, sentences, paragraphs, readings, by_start, make_linked,
                   protected) -> set[int]:  # fmt: skip
    """Link a sum that its sentence calls an allocation out of a named whole ("the
    allocation of at least £200m" after "the package") to the one larger earlier sum in its
    currency that names a whole of that family, at least ``FAR_PARAGRAPHS`` paragraphs
    before it, when no other total holds it and it fits. Returns the starts of the parts
    linked."""
    held = {p.amount.start for linked in by_start.values() for p in linked.parts}
    linked_parts: set[int] = set()
    for part in readings:
        p = part.amount
        if p.value is None or p.start in held | protected:
            continue
        if part.barred or part.change or part.added:
            continue
        sentence = sentences[part.sentence]
        family, noun = _reference(text, sentence, part)
        if not family:
            total = _only_whole(text, sentences, readings, part, held)
            if total is not None:
                linked_parts |= _give(sentences, paragraphs, by_start, make_linked, total, part)
                held |= linked_parts
            continue
        candidates = [
            r for r in readings
            if r.sentence < part.sentence and r.amount.value is not None
            and r.amount.currency == p.currency and r.amount.value > p.value
            and not (r.barred or r.change or r.added or r.computed)
            and (r.family == family or _names_family(sentences[r.sentence].text, family))
        ]  # fmt: skip
        if len({r.amount.value for r in candidates}) > 1:
            # several wholes it may be out of (a part of one counts too): "the budget" names
            # the one that is a budget by that very noun, if only one is
            candidates = [r for r in candidates if _whole_noun(r) == noun]
        if len({r.amount.value for r in candidates}) != 1:
            continue
        candidates = [r for r in candidates if r.amount.start not in held]
        if not candidates:
            continue
        # the statement that already has parts, else the first below the headline
        with_parts = [r for r in candidates if (c := by_start.get(r.amount.start)) and c.parts]
        total = (with_parts or [r for r in candidates if r.sentence > 0] or candidates)[0]
        given = _give(sentences, paragraphs, by_start, make_linked, total, part)
        more = given and _another_after(text, sentences, readings, total, part, held | given)
        if more:  # "... allocated in the budget for A. It has allocated another X for B."
            given |= _give(sentences, paragraphs, by_start, make_linked, total, more)
        linked_parts |= given
        held |= linked_parts
    return linked_parts


def _another_after(text, sentences, readings, total, part, held):
    """The sum of the sentence right after a far part that the text allocates as another
    one ("The government has allocated another 550 billion rupees for ..."), in the total's
    currency; None otherwise."""
    nexts = [r for r in readings if r.sentence == part.sentence + 1 and r.amount.value]
    if len(nexts) != 1 or nexts[0].amount.start in held:
        return None
    r = nexts[0]
    lead = text[sentences[r.sentence].start : r.amount.start]
    if r.amount.currency != total.amount.currency or r.change or r.barred:
        return None
    return r if _ANOTHER_ALLOCATED.search(lead) else None


def _give(sentences, paragraphs, by_start, make_linked, total, part) -> set[int]:
    """Link ``part`` to ``total`` when it is far enough below it and fits beside the parts
    the total has; return the part's start, or nothing."""
    p = part.amount
    if paragraphs[part.sentence] - paragraphs[total.sentence] < FAR_PARAGRAPHS:
        return set()
    linked = by_start.get(total.amount.start)
    given = sum(q.amount.value for q in linked.parts) if linked else 0.0
    if given + p.value > total.amount.value * 1.001:
        return set()
    cue = ("far_allocation", "", sentences[part.sentence].start, p.start)
    _move(by_start, make_linked, total, [part], cue)
    return {p.start}


def _only_whole(text, sentences, readings, part, held):
    """The one earlier sum ``part`` can be out of when its sentence names no whole but a
    verb allocates it ("more than €600m will be allocated to artillery"): every larger
    earlier sum in its currency (parts of others aside) has one value, and it is the value
    of a whole made to be shared out ("a package worth", "€2bn in military aid"); None
    otherwise."""
    p = part.amount
    if not _ALLOCATED_TO.match(text, p.end):
        return None
    larger = [r for r in readings
              if r.sentence < part.sentence and r.amount.value is not None
              and r.amount.currency == p.currency and r.amount.value > p.value
              and not (r.barred or r.change or r.added or r.computed)
              and r.amount.start not in held]  # fmt: skip
    if len({r.amount.value for r in larger}) != 1:
        return None
    shared = [r for r in larger
              if r.family in SHARED_FAMILIES
              or any(_names_family(sentences[r.sentence].text, f) for f in SHARED_FAMILIES)
              ]  # fmt: skip
    below = [r for r in shared if r.sentence > 0]
    return (below or shared or [None])[0]
