"""Weapons restated in brackets: "the Hellfire (AGM-114) missile", "KM-88 (Thunderbolt)".

Helpers of ``weapon_discovery`` (the second pass over the mentions table):

- a class noun after a closing bracket that restates a named weapon ("the Hellfire
  (AGM-114) missile", "two Reaper (MQ-9) drones") describes that weapon: it counts
  nothing, as a class noun right after a name does ("Hellfire missile");
- a designation no lexicon knows, in brackets between a name and a class noun ("the
  Falcon Strike (XM-99) missile"), or before a bracketed name and a class noun ("the
  KM-88 (Thunderbolt) rocket launcher"), is a weapon named by its designation; the
  name in or before the brackets is a second written mention of it (a bracketed
  restatement counts again, as a bracketed acronym does for actors).

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``;
spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_spans import is_class

#: Categories of platforms: ammunition after one of them is the platform's own
#: ("F-16 (Block 70) ammunition" is two weapons).
_PLATFORMS = frozenset({"aircraft", "uav", "ships", "armoured_vehicles"})
#: A short bracket without brackets inside it, then one space.
_BRACKET_BEFORE = regex.compile(r"\(([^()\n]{1,40})\) $")
#: A bracket that spells out a short form in lower-case words: "(first-person view)".
_SPELLED_OUT = regex.compile(r"\p{Ll}[\p{Ll}-]*(?: [\p{Ll}-]+){0,4}")
#: A capitalised name of one to three words right before " (".
_NAME_BEFORE = regex.compile(r"(?<![\w'’-])(\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,2}) \($")
#: A bracketed capitalised name right after a designation: " (Thunderbolt)".
_NAME_IN_BRACKETS = regex.compile(r" \((\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,2})\)")


def bracketed_classes(text: str, spans: Sequence[tuple], found: Sequence[tuple]) -> set[int]:
    """Class rows right after a bracket that holds, or follows, a named weapon ("the
    Hellfire (AGM-114) missile"): part of that weapon's mention. Rows to drop.

    >>> bracketed_classes("the Hellfire (AGM-114) missile", [
    ...     (0, 4, 12, "weapon", "AGM-114 Hellfire", "missiles", "air-to-surface missile"),
    ...     (1, 14, 21, "weapon", "AGM-114 Hellfire", "missiles", "air-to-surface missile"),
    ...     (2, 23, 30, "weapon", "missile", "missiles", "missile")], [])
    {2}
    """
    named = [(s[1], s[2], s[5]) for s in spans if s[3] == "weapon" and not is_class(s)]
    named += [(f[3], f[4], f[1]) for f in found]
    drop = set()
    for s in spans:
        if s[3] != "weapon" or not is_class(s):
            continue
        bracket = _BRACKET_BEFORE.search(text, max(0, s[1] - 44), s[1])
        if bracket is None:
            continue
        opening = bracket.start()
        weapon = next(
            (
                w
                for w in named
                if (opening < w[0] and w[1] <= bracket.end(1))
                or (w[1] == opening - 1 and text[w[1] : opening] == " ")
            ),
            None,
        )
        if weapon is None:
            weapon = _class_spelled_out(text, spans, s, opening, bracket.group(1))
        if weapon is None or (s[5] == "munitions" and weapon[2] in _PLATFORMS):
            continue
        drop.add(s[0])
    return drop


def _class_spelled_out(
    text: str, spans: Sequence[tuple], row: tuple, opening: int, inside: str
) -> tuple | None:
    """A class word of the same category right before a bracket that spells it out in
    lower case ("FPV (first-person view) drones"): the class noun after the bracket is
    part of that one mention. The class row before the bracket, or None."""
    if not _SPELLED_OUT.fullmatch(inside):
        return None
    return next(
        (
            (w[1], w[2], w[5])
            for w in spans
            if w[3] == "weapon"
            and is_class(w)
            and w[5] == row[5]
            and w[2] == opening - 1
            and text[w[2] : opening] == " "
        ),
        None,
    )


def bracket_close(text: str, start: int, end: int) -> int:
    """Where a designation's class phrase may begin when brackets come between: after
    the ")" of a bracketed designation ("(XM-99) missile") or of a bracketed name after
    it ("KM-88 (Thunderbolt) launcher"); ``end`` when there is none.

    >>> text = "the Falcon Strike (XM-99) missile"
    >>> bracket_close(text, 19, 24), bracket_close("the KM-88 (Thunderbolt) launcher", 4, 9)
    (25, 23)
    """
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return end + 1
    named = _NAME_IN_BRACKETS.match(text, end)
    if named is not None and not _function_word(named.group(1)):
        return named.end()
    return end


def restatements(
    text: str, start: int, end: int, close: int, spans: Sequence[tuple]
) -> list[tuple[int, int]]:
    """The other written names of a designation found through brackets: the name before
    "(designation)" or the name in "designation (name)", when no other row holds it.

    >>> restatements("the Falcon Strike (XM-99) missile", 19, 24, 25, [])
    [(4, 17)]
    """
    if close == end + 1:
        before = _NAME_BEFORE.search(text, max(0, start - 44), start)
        if before is None:
            return []
        first, last = before.span(1)
    elif close > end:
        first, last = end + 2, close - 1
        if _spells_suffix(text[first:last], text[start:end]):
            return []  # "FA-77GF (Gap Filler)": the words spell out the variant letters
    else:
        return []
    words = text[first:last].split(" ")
    while words and _function_word(words[0]):
        first += len(words.pop(0)) + 1
    if not words or any(s[1] < last and first < s[2] for s in spans):
        return []
    return [(first, last)]


def _spells_suffix(words: str, designation: str) -> bool:
    """Whether the initials of ``words`` are the letters ending ``designation``: a gloss
    of its variant suffix, no other name of the system.

    >>> _spells_suffix("Gap Filler", "FA-77GF"), _spells_suffix("Thunderbolt", "KM-88")
    (True, False)
    """
    initials = "".join(w[:1] for w in words.split()).upper()
    return len(initials) >= 2 and designation.upper().endswith(initials)


def named_before(spans: Sequence[tuple], start: int) -> tuple | None:
    """The named weapon row that ends right before " (" at ``start`` ("Hellfire
    (XM-99)"): the designation in brackets is that weapon's."""
    return next(
        (s for s in spans if s[3] == "weapon" and not is_class(s) and s[2] == start - 2), None
    )


def _function_word(word: str) -> bool:
    return word.split(" ")[0].casefold() in function_words()
