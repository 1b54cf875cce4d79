"""Discovery: an organisation named "... of <Country>" with its own bracketed acronym.

Movements, parties and banks are often named after their country and written
with the acronym of their name in their own language: "the Popular Front for
the Renewal of Chad (FPRC)" (the acronym's letters in another order), "the
Central Bank of Chad (CBC)". A run of capitalised words that ends with "of" and
a country the lexicon knows, right before a bracket whose letters are the
run's capitals (in any order, as a translated name's are), is one
organisation's name: the country word inside it does not count for the country
(longest name wins), and the bracketed acronym is a second mention of it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

import regex

#: The evidence of a name found so.
ACRONYM_EVIDENCE = "country name with its acronym"
_ACRONYM = regex.compile(r"^\s*\((\p{Lu}[\p{Lu}&]{2,8})\)")
_SMALL = frozenset(("of", "the", "and", "for", "&"))
#: Words that may open a run but open no such name ("Fighters of the ...").
_CONNECTORS = frozenset(("of", "the", "and", "for", "The"))


def country_acronym_name(
    spans: Sequence[tuple], start: int, run: str, after: str
) -> tuple[str, int, str, str]:
    """``(name, offset, acronym, country)`` of the organisation a run of capitalised words
    ``run`` at ``start`` ends with, where ``after`` (the text after the run) opens with
    its acronym; else ``("", -1, "", "")``. The longest such name in the run wins.

    ``spans`` are the lexicon's mentions as ``(start, end, type, country, ...)`` in text order.

    >>> spans = [(49, 53, "country", "TCD")]
    >>> run = "Fighters of the Popular Front for the Renewal of Chad"
    >>> country_acronym_name(spans, 0, run, " (FPRC) said")
    ('Popular Front for the Renewal of Chad', 16, 'FPRC', 'TCD')
    >>> country_acronym_name(spans, 0, run, " (FPRT) said")
    ('', -1, '', '')
    """
    bracket = _ACRONYM.match(after)
    if not bracket:
        return "", -1, "", ""
    acronym = bracket.group(1)
    end = start + len(run)
    index = bisect_left(spans, (end,)) - 1
    if index < 0 or spans[index][1] != end or spans[index][2] != "country":
        return "", -1, "", ""
    country_at = spans[index][0] - start
    if not regex.search(r"\bof (?:the )?$", run[:country_at]):
        return "", -1, "", ""  # "... of Chad": the country closes the name after "of"
    words = run.split(" ")
    offset = 0
    for i, word in enumerate(words):
        head = words[i:]
        if word not in _CONNECTORS and len(head) > 2 and _same_letters(head, acronym):
            return " ".join(head), start + offset, acronym, spans[index][3]
        offset += len(word) + 1
    return "", -1, "", ""


def _same_letters(words: Sequence[str], acronym: str) -> bool:
    """True when the capitals of ``words`` (small words left out) are the acronym's letters,
    in any order ("Popular Front for the Renewal of Chad" and "FPRC")."""
    capitals = "".join(c for w in words if w not in _SMALL for c in w if c.isupper())
    letters = acronym.replace("&", "")
    return len(capitals) == len(letters) and Counter(capitals) == Counter(letters)
