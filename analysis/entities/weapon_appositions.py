"""A class noun that describes a named system after it: in apposition or as a complement.

"the ZX-9, a Turkish-made drone,", "the ZX-9, which is a combat drone,", "the ZX-9, a
drone often flown by rebels", "The ZX-9 is a light attack drone.": the class noun says
what the system is, so it is part of the system's one mention (``weapon_named_systems
.appositions`` drops it after a system the lexicon knows). A designation no lexicon knows,
written so, is a weapon of that class, named by its designation
(``designation_in_apposition``), as it is when the class noun comes right after it ("the
ZX-9 drone").

Found rows are ``(name, category, weapon_class, start, end, evidence)``; spans are
``(index, start, end, kind, name, type, weapon_class)``.
"""

from __future__ import annotations

import regex

from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_spans import is_class, overlaps_found, spans_near

#: Between a named system and a class noun in apposition after it: ", a ", ", an
#: advanced ", ", the Turkish-made "; or in a relative clause that classifies it:
#: ", which are ", ", which is a ".
APPOSITION_AFTER = regex.compile(
    r", (?:which (?:is|are|was|were) (?:an? |the )?|(?:an?|the) )((?:[\w-]+ ){0,3})"
)

#: Between a named system and the class noun that is its complement: " is a ", " was
#: an upgraded ", " is the Turkish-made ".
COPULA = regex.compile(r" (?:is|was) (?:an?|the) ((?:[\w-]+ ){0,3})")

#: The end of an apposition: a comma, a dash, a bracket or the sentence's end.
APPOSITION_END = regex.compile(r"[,;:)—–.]|$")

#: What may follow the class noun of an apposition inside it: a participle that opens a
#: reduced relative clause ("a rifle made in Peru", "a drone often used by rebels"), a
#: relative pronoun or a describing word ("a jet that ...", "a tank with ...").
POST_MODIFIER = regex.compile(
    r" (?:(?:\p{Ll}+ly |(?:often|also|still|now|first|once|mostly) )?"
    r"(?:\p{Ll}{2,}ed|made|built|flown|known|sold|shown|driven|seen|given|taken|bought|held"
    r"|sent|found|kept|chosen|fought|worn)"
    r"|that|which|capable|with)\b"
)


def describing_class_after(text: str, end: int, spans) -> tuple | None:
    """The class row that describes the system ending at ``end``: in apposition after it
    or as the complement of "is"/"was", closed by punctuation or a post-modifier; None
    when there is none or when a function word stands among its describing words.

    >>> text = "They flew the ZX-9, a light drone, home."
    >>> describing_class_after(text, 18, [(0, 28, 33, "weapon", "drone", "uav", "drone")])
    (0, 28, 33, 'weapon', 'drone', 'uav', 'drone')
    """
    for s in spans:
        if s[1] <= end or s[1] > end + 60:
            continue
        if s[3] != "weapon" or not is_class(s):
            continue
        between = APPOSITION_AFTER.fullmatch(text, end, s[1]) or COPULA.fullmatch(text, end, s[1])
        if between is None:
            return None
        if any(w.casefold() in function_words() for w in between.group(1).split()):
            return None
        if not (APPOSITION_END.match(text, s[2]) or POST_MODIFIER.match(text, s[2])):
            return None
        return s
    return None


def designation_in_apposition(text: str, m, spans, found) -> tuple | None:
    """A designation no lexicon knows, followed by a class noun that describes it ("the
    ZX-9, a light attack drone,", "The ZX-9 is a drone"): the found row and the class
    rows it covers, or None. Nothing but actors may stand between them."""
    start, end = m.span()
    if overlaps_found(spans, found, start, end):
        return None
    if any(s[3] == "weapon" and s[1] < end and start < s[2] for s in spans):
        return None
    row = describing_class_after(text, end, spans)
    if row is None:
        return None
    if any(s[3] == "weapon" and s[0] != row[0] for s in spans_near(spans, end, row[1])):
        return None
    return (m.group("base"), row[5], row[6], start, end, "class noun in apposition"), [row[0]]
