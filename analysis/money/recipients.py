"""Recipient lists: a sum given to a named recipient, then that recipient's own list.

"The government allocated $330 billion to the program. The program will fund investments
including a $500 million contract ..., a $139 million contract ... and a $30 million
contract ...": the later sentence names the recipient of the earlier sum again as its
subject and lists what it pays for, so its sums are parts of that sum
(``link_recipient_lists``). Only the first noun of the recipient phrase is compared, and
only a list word ("including", "includes", "such as") opens the list.
"""

from __future__ import annotations

import re

from analysis.money.explicit import _move

__all__ = ["link_recipient_lists"]

#: A sentence whose subject is a definite noun ("The program", "This fund") followed,
#: before its first sum, by a list word.
_SUBJECT_LIST = re.compile(
    r"^\W*(?:the|this|that)\s+(?P<noun>[^\W\d][\w-]*)\s+(?P<rest>[^$€£¥₹]*?)"
    r"\b(?:including|includ(?:es|ed)|such\s+as)\b[^$€£¥₹]*$",
    re.I,
)
#: The recipient phrase of the earlier sum, up to its first preposition: "the program"
#: in "the program through to 2033-34", "the Integrated Investment Program".
_RECIPIENT_HEAD = re.compile(
    r"^\W*(?:the|this|its|their)\s+(?P<words>(?:(?!(?:of|to|for|through|in|on|with|by|at|from)\b)"
    r"[^\W\d][\w-]*\s*){1,4})",
    re.I,
)
#: How many sentences back the recipient's sum may be.
RECIPIENT_BACK = 2


def link_recipient_lists(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the listed sums of a sentence whose subject names again the recipient of a sum
    stated up to ``RECIPIENT_BACK`` sentences before it ("$330 billion to the program" ...
    "The program will fund ... including $500 million ...") to that sum, when they are in
    its currency, fit within it, and no other explicit words claimed them (``protected``).
    Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if not here:
            continue
        m = _SUBJECT_LIST.match(text[sentence.start : here[0].amount.start])
        if not m:
            continue
        noun = m.group("noun").lower()
        totals = []
        for r in readings:
            if not (0 < index - r.sentence <= RECIPIENT_BACK) or r.link is None:
                continue
            head = _RECIPIENT_HEAD.match(r.link[0])
            words = head.group("words").lower().split() if head else []
            if noun in words and r.amount.value:
                totals.append(r)
        if not totals:
            continue
        total = totals[-1]
        t = total.amount
        parts = [r for r in here if r.amount.currency == t.currency and r.amount.value < t.value
                 and not (r.barred or r.change or r.added)]  # fmt: skip
        if not parts or any(r.amount.start in protected for r in parts):
            continue
        if sum(r.amount.value for r in parts) > t.value * 1.001:
            continue
        start = sentence.start + m.start("noun")
        cue = ("recipient_list", m.group("noun"), start, start + len(m.group("noun")))
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {r.amount.start for r in parts}
    return linked_parts
