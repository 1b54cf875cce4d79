"""A body's own organs: "the BNP Standing Committee" is the party, no body of its own.

News names a party's or a movement's inner organs after it ("the Kilo Party Central
Committee", "KPC Standing Committee member A B", "the KPC youth wing"). The conventions count a
title that holds an organisation's name for that organisation, so such a name found by
discovery is folded into the body it opens with: the body's own name or acronym stays a
mention of the body, and the organ gets no row of its own. An organ's words alone
("Standing Committee member A B", after the party's bracketed acronym) name no body either.
"""

from __future__ import annotations

#: Words that describe an organ before its head word ("Standing", "Central").
ORGAN_MODIFIERS = frozenset(
    """Standing Central Executive Working National Political Disciplinary Steering Advisory
    Policy Women's Women’s Youth Students' Students’ Permanent""".split()  # noqa: SIM905
)
#: Head words of a body's inner organs.
ORGAN_HEADS = frozenset(("Committee", "Politburo", "Presidium", "Wing", "Secretariat"))


def organ_words(words: list[str]) -> bool:
    """True when ``words`` are an organ's name alone: modifiers, then a head word.

    >>> organ_words(["Standing", "Committee"]), organ_words(["Budget", "Committee"])
    (True, False)
    """
    return (
        bool(words) and words[-1] in ORGAN_HEADS and all(w in ORGAN_MODIFIERS for w in words[:-1])
    )


def drop_organs(found: dict, bodies: set[str]) -> dict:
    """Return ``found`` without organisations named as another body's organ: "<body or its
    acronym> <organ>" where ``bodies`` (case-folded names and acronyms of the article's other
    bodies) holds the opening, or an organ's words alone.

    >>> from collections import namedtuple
    >>> F = namedtuple("F", "name type acronym")
    >>> found = {"kpc standing committee": F("KPC Standing Committee", "organisation", ""),
    ...          "budget committee": F("Budget Committee", "organisation", "")}
    >>> sorted(drop_organs(found, {"kpc"}))
    ['budget committee']
    """
    kept = {}
    for key, item in found.items():
        words = item.name.split()
        organ = item.type == "organisation" and any(
            organ_words(words[i:]) and " ".join(words[:i]).casefold() in bodies
            for i in range(len(words))
        )
        if not organ:
            kept[key] = item
    return kept if len(kept) < len(found) else found
