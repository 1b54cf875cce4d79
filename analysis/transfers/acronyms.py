"""Short forms an article gives its items: "armoured security vehicles (ASV)", later "ASVs".

Trade press names equipment the lexicon does not know by a class phrase, then by its
initials in brackets, and uses the initials alone afterwards ("191 M1117 ASVs"). A bracketed
short form whose letters are the initials of the words right before it, where those words
name military equipment (read by the transfer frames' own item test), is that item wherever
the article writes it later, with or without a plural "s".
"""

from __future__ import annotations

import re

from analysis.grammar import parse_sentence
from analysis.transfers.frames import phrase_is_item

#: Up to five words, then a bracketed short form of two to six capitals.
_DEFINED = re.compile(r"((?:[A-Za-z][\w-]*\s+){1,5})\(([A-Z]{2,6})s?\)")


def item_acronyms(text: str) -> frozenset[str]:
    """The short forms ``text`` defines for military items, in capitals.

    >>> sorted(item_acronyms("It builds armoured security vehicles (ASV) and road signs (RS)."))
    ['ASV']
    """
    found = set()
    for match in _DEFINED.finditer(text):
        words, short = match.group(1).split(), match.group(2)
        spelled = words[-len(short) :]
        if len(spelled) != len(short):
            continue
        if "".join(w[0] for w in spelled).upper() != short:
            continue
        phrase = " ".join(spelled)
        parse = parse_sentence(phrase)
        nouns = [i for i, p in enumerate(parse.phrases) if p.kind == "NP"]
        if nouns and phrase_is_item(parse, nouns[-1]):
            found.add(short)
    return frozenset(found)


def is_item_acronym(word: str, acronyms: frozenset[str]) -> bool:
    """True when ``word`` is one of ``acronyms``, alone or with a plural "s" ("ASVs")."""
    return word in acronyms or (word.endswith("s") and word[:-1] in acronyms)
