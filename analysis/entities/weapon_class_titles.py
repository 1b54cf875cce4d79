"""Class names written in capitals: a generic class, not a named system.

"a squadron of Multi-Role Combat Aircraft (MRCA)", "the National Air Defence System":
a capitalised phrase that the second pass took for a system's name is a class word
when, past "The" and words that only describe ("National", "Integrated", "Multi-Role",
"Advanced", "Modern", "New"), the rest is a class name of the lexicon ("combat
aircraft", "air defence system"). Its mentions (the bracketed acronym and later
repeats too) then count under that class, so under its generic name. A name with any
other word stays a name: "Future Combat Air System", "Advanced Medium Combat Aircraft",
"Electronic Heavyweight Torpedo".

Found rows are ``(name, category, weapon_class, start, end, evidence)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.scan import lookup_form

#: Words that only describe a class when they stand before its name.
DESCRIBING = frozenset({"the", "national", "integrated", "multi-role", "multirole", "advanced",
                        "modern", "new"})  # fmt: skip

#: A leading "The " of a found name.
_THE = regex.compile(r"[Tt]he\s+")


def class_of_title(name: str, matcher):
    """The lexicon's class entry that a capitalised class phrase names, or ``None``.

    Describing words are dropped from the front one at a time; the rest must be a class
    name of the lexicon (``lookup_form`` of its lower-case form gives an entry whose name
    is in lower case).
    """
    words = name.split()
    for first in range(len(words)):
        if first and words[first - 1].casefold() not in DESCRIBING:
            return None
        rest = " ".join(words[first:])
        if not rest[:1].isupper():
            continue
        target = lookup_form(matcher, rest.casefold())
        if target.__class__ is tuple and target[1] == "weapon" and target[0].islower():
            return target
    return None


def titles_as_classes(text: str, found: Sequence[tuple], matcher) -> list[tuple]:
    """``found`` with the rows of capitalised class phrases counted under their class
    (see the module docstring); a leading "The" leaves the span."""
    classes: dict[str, tuple | None] = {}
    out = []
    for row in found:
        name = row[0]
        if name not in classes:
            classes[name] = class_of_title(name, matcher) if name[:1].isupper() else None
        target = classes[name]
        if target is None:
            out.append(row)
            continue
        start = row[3]
        the = _THE.match(text, start, row[4])
        if the is not None:
            start = the.end()
        out.append((target[0], target[2], target[3], start, row[4], "class name in capitals"))
    return out
