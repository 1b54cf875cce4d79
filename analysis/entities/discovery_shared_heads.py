"""Discovery: two names sharing one plural head ("the Kilo and Lima Banks").

English writes two bodies of one kind with their head noun once, in the plural, after both
names: "Alpha and Beta Banks", "the Alpha and Beta parties", "Alpha and Beta universities".
Each is a body of its own: "Alpha Bank" (written "Alpha") and "Beta Bank" (written "Beta
Banks"). The heads are the plural of a body's last word (``SHARED_HEADS``); each name is one
capitalised word that no lexicon holds and no sentence's small word is.
"""

from __future__ import annotations

import regex

from analysis.text import Sentence

#: Plural heads shared by two names, with the singular each name takes and its type.
SHARED_HEADS = {
    "Banks": ("Bank", "organisation"),
    "banks": ("Bank", "organisation"),
    "Parties": ("Party", "organisation"),
    "parties": ("Party", "organisation"),
    "Universities": ("University", "organisation"),
    "universities": ("University", "organisation"),
}
_SHARED = regex.compile(
    r"(?<![\w'’-])(\p{Lu}[\p{L}&'’-]*) and (\p{Lu}[\p{L}&'’-]*) ("
    + "|".join(SHARED_HEADS)
    + r")(?![\w-])"
)
EVIDENCE = "shared plural head"


def shared_head_names(
    sentence: Sentence, spans: list[tuple], small_words: frozenset[str]
) -> list[tuple[str, str, int, tuple[str, ...]]]:
    """``(name, type, offset, forms)`` for each of two names sharing a plural head in
    ``sentence``; ``spans`` are the lexicon's mentions (their names are left to it) and
    ``small_words`` the words that open sentences and are no names.

    >>> s = Sentence(1, "body", 0, 30, "It bought Kilo and Lima Banks.")
    >>> [name for name, *_ in shared_head_names(s, [], frozenset())]
    ['Kilo Bank', 'Lima Bank']
    """
    out = []
    for m in _SHARED.finditer(sentence.text):
        first, second, plural = m.group(1), m.group(2), m.group(3)
        if any(w.casefold() in small_words for w in (first, second)):
            continue  # "The and ...", "But Some Banks"
        a, b = sentence.start + m.start(1), sentence.start + m.start(2)
        if any(s[0] < sentence.start + m.end() and s[1] > a for s in spans):
            continue  # "Chinese and Indian banks": the lexicon's words, no names
        singular, kind = SHARED_HEADS[plural]
        out.append((f"{first} {singular}", kind, a, (first,)))
        out.append((f"{second} {singular}", kind, b, (f"{second} {plural}",)))
    return out
