"""Short names written beside a named weapon of their category.

"the Rafale, the Typhoon and the Gripen", "Meteor and MICA missiles", "60 ZT-50s and
FA-50s": a capitalised word or a designation joined by a comma, "and" or "or" to a
named weapon is a weapon of that weapon's category when the lexicon knows it by that
word and a class noun of the category ("Typhoon" for "Typhoon fighter", "Meteor" for
"Meteor missile", "T-50" for "T-50 trainer"). Alone such words are left out of the
lexicon ("Typhoon" is also weather, "Meteor" a shooting star); beside another fighter
they are the fighter. A plural ("T-50s") is read as its singular. A word that is the
last of a longer capitalised name ("Gloster Meteor") or a function word is not one.
A system the second pass named by such a word ("the Typhoon multirole fighter") is the
lexicon's entry too (``known_short_names``).

Found rows are ``(name, category, weapon_class, start, end, evidence)``; spans are
``(index, start, end, kind, name, type, weapon_class)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.scan import lookup_form
from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_designations import DESIGNATION
from analysis.entities.weapon_list_members import CATEGORY_NOUNS
from analysis.entities.weapon_repeats import designation_pattern
from analysis.entities.weapon_spans import is_class, spans_near

#: One short name: a capitalised word or a designation ("Typhoon", "T-50s"), not the
#: first word of a longer capitalised name or a number.
_WORD = r"(\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)?)(?![\w-]| \p{Lu}| \d)"

#: A joiner and a short name after a named weapon: ", the Typhoon", " and T-50s".
_AFTER = regex.compile(r"(?:,? (?:and|or) |, )(?:the )?" + _WORD)

#: A short name and a joiner before a named weapon: "Meteor and ", "the Typhoon, the ".
_BEFORE = regex.compile(r"(?<![\w-])(?:the )?" + _WORD + r"(?:,? (?:and|or) |, )(?:the )?$")

#: A capitalised word right before a short name: the short name ends a longer name.
_NAME_BEFORE = regex.compile(r"(\p{Lu}[\w-]*) $")


def weapon_neighbours(
    text: str, sections: Sequence[tuple[int, int]], spans: Sequence[tuple], found: Sequence[tuple],
    matcher,
) -> list[tuple]:  # fmt: skip
    """The short names beside named weapons (see the module docstring): found rows with
    the evidence "beside a named weapon".

    The words on both sides of each named weapon are read, and the words beside a word
    found so, so that a whole list counts ("the Rafale, the Typhoon and the Hawk").
    """
    anchors = [(s[1], s[2], s[5]) for s in spans if s[3] == "weapon" and not is_class(s)]
    anchors += [(f[3], f[4], f[1]) for f in found if not f[0].islower()]
    taken = [(f[3], f[4]) for f in found]
    out: list[tuple] = []
    while anchors:
        start, end, category = anchors.pop()
        for word_start, word_end in _words_beside(text, start, end):
            if not any(a <= word_start and word_end <= b for a, b in sections):
                continue
            if spans_near(spans, word_start, word_end):
                continue
            if any(a < word_end and word_start < b for a, b in taken):
                continue
            target = lexicon_short_name(text[word_start:word_end], category, matcher)
            if target is None:
                designation = _new_designation(text[word_start:word_end], matcher)
                if designation is None:
                    continue
                target = (designation, "weapon", category, "")
            row = (target[0], target[2], target[3], word_start, word_end, "beside a named weapon")
            out.append(row)
            taken.append((word_start, word_end))
            anchors.append((word_start, word_end, category))
    out += _designations_again(text, sections, spans, taken, out)
    return sorted(out, key=lambda row: row[3])


def _new_designation(word: str, matcher) -> str | None:
    """A designation no lexicon knows, written as a listed system's neighbour ("M109A7s
    and M992A3s"): its name without a plural "s", or None when ``word`` is no
    designation of letters and digits.

    >>> _new_designation("M992A3s", None), _new_designation("Typhoon", None)
    ('M992A3', None)
    """
    name = word[:-1] if word.endswith("s") and word[-2:-1].isalnum() else word
    if not any(c.isdigit() for c in name) or DESIGNATION.fullmatch(name) is None:
        return None
    if matcher is not None and (
        lookup_form(matcher, name) is not None
        or any(lexicon_short_name(name, category, matcher) for category in CATEGORY_NOUNS)
    ):
        return None  # the lexicon's with a class noun ("M4" of "M4 carbine")
    return name


def _designations_again(text, sections, spans, taken, out) -> list[tuple]:
    """Later bare mentions of the designations ``_new_designation`` found ("The M992A3
    carries ..."): found rows of the same system."""
    again: list[tuple] = []
    names = {row[0]: row for row in out if row[2] == ""}
    for name, row in names.items():
        for m in designation_pattern(name).finditer(text):
            start, end = m.span()
            if text[start - 1 : start] == "/" or text[end : end + 1] == "/":
                continue  # one of a slashed pair ("ZQ904/ZQ905") stays in it
            if not any(a <= start and end <= b for a, b in sections):
                continue
            if spans_near(spans, start, end) or any(a < end and start < b for a, b in taken):
                continue
            again.append((name, row[1], "", start, end, "later mention"))
            taken.append((start, end))
    return again


def known_short_names(found: Sequence[tuple], matcher) -> list[tuple]:
    """``found`` with the rows the second pass named by a word that the lexicon knows
    with a class noun of the row's category given to the lexicon's entry: "the Typhoon
    multirole fighter" is the lexicon's "Eurofighter Typhoon" (alias "Typhoon
    fighter"), not a new system called "Typhoon". A name the lexicon knows alone was
    the second pass's to place ("USS Mason" under its class) and stays."""
    out = []
    for row in found:
        # unknown as written: "Hawk" is no "HAWK" (a name the lexicon knows in capitals only)
        known = row[0][:1].isupper() and matcher.exact.get(row[0]) is None
        target = lexicon_short_name(row[0], row[1], matcher) if known else None
        if target is None or target[0] == row[0]:
            out.append(row)
        else:
            out.append((target[0], target[2], target[3], *row[3:]))
    return out


def _words_beside(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the short names joined to ``text[start:end]`` on its left and right."""
    out = []
    after = _AFTER.match(text, end)
    if after is not None:
        out.append(after.span(1))
    before = _BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        name = _NAME_BEFORE.search(text, max(0, before.start(1) - 40), before.start(1))
        if name is None or name.group(1).casefold() in function_words():
            out.append(before.span(1))
    return out


def lexicon_short_name(word: str, category: str, matcher):
    """The named weapon of ``category`` the lexicon knows as ``word`` or as ``word`` and a
    class noun of the category (or so by the singular of ``word``); ``None`` if none.

    A function word ("The", "And") is no name. Missiles and air defence systems are one
    family here ("Meteor and MICA missiles": the MICA is also an air defence missile).
    """
    if word.casefold() in function_words():
        return None
    family = _FAMILIES.get(category, {category})
    nouns = tuple(dict.fromkeys(n for c in sorted(family) for n in CATEGORY_NOUNS.get(c, ())))
    for short in (word, word[:-1]) if word.endswith("s") else (word,):
        for form in (short, *(f"{short} {noun}" for noun in nouns)):
            target = lookup_form(matcher, form)
            if target.__class__ is not tuple or target[1] != "weapon" or target[0].islower():
                continue
            if target[2] in family:
                return target
    return None


#: Categories read as one family when a short name stands beside a named weapon.
_FAMILIES = {"missiles": {"missiles", "air_defence"}, "air_defence": {"missiles", "air_defence"}}
