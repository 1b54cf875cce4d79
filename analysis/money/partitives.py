"""Partitives: a part stated before its total with "out of" between them.

"The navy received $40 million out of a total aid budget of $90 million", "The ministry
spent €12 million out of the €30 million it set aside", "It handed over $1 million of its
aid commitment of $2 million" (the whole named before its sum): the preposition makes the first
sum a part of the second, whatever the verb before the part, and whether or not the
part names a recipient (``group_partitives``). The grouping happens inside the sentence,
so the article linker can extend the total with parts stated after it ("The air force
gets $20 million").
"""

from __future__ import annotations

import re

from analysis.money.amount import Amount

__all__ = ["group_partitives"]

#: Between a part and its total: "out of", an optional determiner, "total (of)", and a
#: short noun phrase ending in "of" when it names the whole ("out of a total aid budget
#: of"). A bracketed restatement of the part may come first ("$40m ($38m) out of").
PARTITIVE_GAP = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:out\s+of\s+"
    r"(?:(?:a|an|the|its|their|this|that|his|her)\s+)?"
    r"(?:(?:total|overall|combined|entire|whole)\s+)?"
    r"(?:(?:of\s+)?|(?:[^\W\d][\w'-]*\s+){1,4}of\s+)"
    # "US$1 million of its aid commitment of US$2 million": the whole named, then its sum
    r"|of\s+(?:its|their|his|her|the)\s+(?:[^\W\d][\w'-]*\s+){1,4}of\s+)"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?$",
    re.I,
)


def group_partitives(text: str, amounts: list[Amount], links: list, taken: set[int]):
    """Return ``(total, [(part, link)])`` groups for "A out of (the|a total ... of) B" in
    one sentence's ``amounts`` (in order), skipping sums whose start is in ``taken``.

    ``links[i]`` is the recipient ``(phrase, start, end)`` of ``amounts[i]`` or None. The
    part is smaller than the total and in its currency; a part without a recipient is
    linked to the phrase "(not stated)" at its start.

    >>> from analysis.money.amounts import find_amounts
    >>> text = "The navy received $40 million out of a total aid budget of $90 million."
    >>> [(t.text, [p.text for p, _ in parts]) for t, parts in
    ...  group_partitives(text, find_amounts(text), [None, None], set())]
    [('$90 million', ['$40 million'])]
    """
    groups = []
    for k, (part, total) in enumerate(zip(amounts, amounts[1:], strict=False)):
        if part.start in taken or total.start in taken:
            continue
        if part.value is None or total.value is None or part.currency != total.currency:
            continue
        if part.value >= total.value:
            continue
        if not PARTITIVE_GAP.fullmatch(text[part.end : total.start]):
            continue
        link = links[k] or ("(not stated)", part.start, part.start)
        groups.append((total, [(part, link)]))
    return groups
