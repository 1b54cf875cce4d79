"""Breakdowns: a part of a split that the next sentences break down in turn.

"The P419 billion budget included P31.3 billion for the Coast Guard and P204 billion for
the Philippine National Police. The Coast Guard will buy a ship for P386 million and spend
P37 million on radars. For the PNP, P2 billion will go to firearms and P450 million to
police stations." A sentence that names a part's recipient at its start, as its subject or
fronted ("For the PNP,"), and states smaller sums in the part's currency spends that part:
those sums are the part's own parts. The recipient must be a name (capitalised words, or
their initials as an acronym): a common noun ("the army") is too loose a link.

>>> from analysis.money.allocations import find_allocations
>>> t = ("Norland's $900m budget gives $300m to the Coast Guard. "
...      "The Coast Guard will spend $40m on boats and $25m on radars.")
>>> [(a.total.text, [p.amount.text for p in a.parts]) for a in find_allocations(t)]
[('$900m', ['$300m']), ('$300m', ['$40m', '$25m'])]
"""

from __future__ import annotations

import re

from analysis.money.remainder import add_values

__all__ = ["link_part_breakdowns", "name_keys"]

#: How many sentences after a part its breakdown may come.
BREAKDOWN_REACH = 3
#: How many words from a sentence's start the recipient must be named within.
SUBJECT_WORDS = 6
_SMALL_WORDS = frozenset(["of", "the", "and", "for", "to", "in", "on", "at", "by"])


def name_keys(phrase: str) -> tuple[list[str], str]:
    """The capitalised words of a recipient's name and their initials.

    >>> name_keys("the Philippine National Police")
    (['Philippine', 'National', 'Police'], 'PNP')
    >>> name_keys("the air force")
    ([], '')
    """
    words = [w for w in re.findall(r"[\w'’-]+", phrase) if w.lower() not in _SMALL_WORDS]
    if not words or not all(w[0].isupper() for w in words):
        return [], ""
    initials = "".join(w[0] for w in words) if len(words) >= 2 else ""
    return words, initials


def _names_recipient(lead: str, keys: list[str], initials: str) -> bool:
    """True when the first words of a sentence name the recipient: all its words in the
    subject ("The Philippine Coast Guard will buy") or its initials ("For the PNP,")."""
    opening = " ".join(lead.split()[:SUBJECT_WORDS])
    if initials and re.search(rf"\b{re.escape(initials)}\b", opening):
        return True
    if len(keys) < 2:
        return False  # one word ("Defence") names too little to tell one body from another
    # the whole name, not a longer one ("Defence Pension" is not "Defence")
    name = r"\s+".join(re.escape(k) for k in keys)
    return re.search(rf"\b{name}\b(?!\s+[A-Z])", opening) is not None


def link_part_breakdowns(text, sentences, readings, by_start, make_linked, protected) -> set:
    """Link the sums that spend a part of a split to that part, a total of its own; return
    the starts of the sums linked."""
    used = set(protected) | set(by_start)
    used |= {p.amount.start for linked in by_start.values() for p in linked.parts}
    linked_now: set[int] = set()
    for linked in list(by_start.values()):
        for part in list(linked.parts):
            a = part.amount
            if part.link is None or a.value is None or a.start in by_start:
                continue
            keys, initials = name_keys(part.link[0])
            if not keys:
                continue
            for index in range(part.sentence + 1, part.sentence + 1 + BREAKDOWN_REACH):
                if index >= len(sentences):
                    break
                # sums the parent took from this sentence move to the part they spend
                movable = {r.amount.start for r in linked.parts if r.sentence == index} - set(
                    protected
                )
                sums = [r for r in readings if r.sentence == index
                        and (r.amount.start not in used or r.amount.start in movable)
                        and r.amount.currency == a.currency and r.amount.value
                        and r.amount.value < a.value and not (r.change or r.barred)]  # fmt: skip
                sentence = sentences[index]
                if not sums:
                    continue
                lead = text[sentence.start : sums[0].amount.start]
                if not _names_recipient(lead, keys, initials):
                    continue
                if add_values(r.amount.value for r in sums) > a.value:
                    continue
                starts = {r.amount.start for r in sums}
                linked.parts = [r for r in linked.parts if r.amount.start not in starts]
                whole = by_start.setdefault(a.start, make_linked(part))
                whole.parts += sums
                whole.cues.append(("breakdown", part.link[0], sentence.start, sentence.start))
                used |= starts
                linked_now |= starts
    return linked_now
