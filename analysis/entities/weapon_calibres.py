"""Calibres: a calibre before an artillery or munitions class is a named kind of its own.

"60mm mortar shells", "an 81 mm mortar", "230-mm multiple rocket launchers": a reader
names the weapon by its calibre and class ("60mm mortar shell"), the most specific name
the text gives, as the lexicon does for "155mm artillery shell". Calibres under 20 mm
are small arms' cartridges ("7.62mm rounds"), and rounds or ammunition of any calibre
("120mm tank rounds") are ammunition: their class stays generic.

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``; spans
are ``(index, start, end, kind, name, type, weapon_class)`` of the rows already there.

A bare "gun" is no class of the lexicon (a pistol, a figure of speech), but a calibre of
20 mm or more before it ("a 76mm gun", "two 20 mm anti-aircraft guns") names a gun of
that kind, an artillery piece; so does a calibre in inches, as navies write it ("two five
inch guns" -> "5-inch gun").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.weapon_spans import is_class
from analysis.text import Article

#: A calibre in millimetres before a noun, with at most two describing words between
#: ("60mm ", "81 mm ", "105-mm light ", "152-millimetre towed "); group 2 holds those words.
CALIBRE = regex.compile(
    r"(?<![\w.,-])(\d{2,3})(?:[- ]?mm|[- ]millimet(?:er|re)s?)[- ]((?:[A-Za-z]+ ){0,2})$",
    regex.IGNORECASE,
)
#: Categories whose classes a calibre names: guns, mortars, rocket launchers, shells.
_CALIBRED = frozenset({"artillery", "munitions"})
#: Heads that name ammunition in general, not a kind: "120mm tank rounds" are munitions.
_AMMUNITION = frozenset({"round", "rounds", "ammunition", "munition", "munitions", "cartridges"})
#: Words that join or place, never describe: "155mm and 105mm howitzers" is no "and" howitzer.
_NOT_DESCRIBING = frozenset(
    {"and", "or", "of", "the", "a", "an", "with", "for", "to", "in", "on", "at", "by", "from", "as"}
)
#: The smallest calibre of artillery and mortars, in millimetres.
_SMALLEST = 20


def calibre_names(article: Article, spans: Sequence[tuple]) -> tuple[list[tuple], set[int]]:
    """Class rows of artillery or munitions right after a calibre of 20 mm or more, as
    found rows named by the calibre and the class as written (singular), and the class
    rows they replace.

    >>> calibre_name("81", "mortars"), calibre_name("230", "multiple rocket launchers")
    ('81mm mortar', '230mm multiple rocket launcher')
    """
    text, out, drop = article.text, [], set()
    for s in spans:
        if s[3] != "weapon" or s[5] not in _CALIBRED or not is_class(s):
            continue
        m = CALIBRE.search(text, max(0, s[1] - 20), s[1])
        if m is None or int(m.group(1)) < _SMALLEST:
            continue
        if _NOT_DESCRIBING & set(m.group(2).lower().split()):
            continue
        phrase = m.group(2) + text[s[1] : s[2]]
        if not _is_class_phrase(phrase) or phrase.split()[-1].lower() in _AMMUNITION:
            continue  # "120mm tank rounds": ammunition by calibre stays ammunition
        out.append((calibre_name(m.group(1), phrase), s[5], s[6], m.start(), s[2], "calibre"))
        drop.add(s[0])
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in out]
    for section in article.counted_sections():
        for m in _CALIBRED_GUN.finditer(text, section.start, section.end):
            if int(m.group(1)) < _SMALLEST or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _NOT_DESCRIBING & set(m.group(2).lower().split()):
                continue
            phrase = m.group(2) + m.group(3)
            out.append((calibre_name(m.group(1), phrase), "artillery", "gun", *m.span(), "calibre"))
        for m in _INCH_GUN.finditer(text, section.start, section.end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _NOT_DESCRIBING & set(m.group(2).lower().split()):
                continue
            inches = _INCH_WORDS.get(m.group(1).lower(), m.group(1))
            name = calibre_name(inches, m.group(2) + m.group(3)).replace("mm ", "-inch ", 1)
            out.append((name, "artillery", "gun", *m.span(), "calibre"))
    return out, drop


#: A naval gun's calibre in inches before "gun(s)": "two five inch guns", "a 4.5-inch gun".
_INCH_GUN = regex.compile(
    r"(?<![\w.,-])(\d{1,2}(?:\.\d)?|three|four|five|six|eight|sixteen)[- ]inch[- ]"
    r"((?:[a-z][a-z-]* ){0,2})(guns?)(?![\w-])",
    regex.IGNORECASE,
)
_INCH_WORDS = {"three": "3", "four": "4", "five": "5", "six": "6", "eight": "8", "sixteen": "16"}


#: A calibre of millimetres before "gun(s)", with at most two describing words: "76mm gun",
#: "20 mm anti-aircraft guns", "155mm/52 calibre guns".
_CALIBRED_GUN = regex.compile(
    r"(?<![\w.,-])(\d{2,3})(?:[- ]?mm|[- ]millimet(?:er|re)s?)"
    r"(?:/\d{2}(?:[- ]calib(?:re|er))?)?[- ]"  # a barrel's length in calibres: "155mm/52"
    r"((?:[a-z][a-z-]* ){0,2})(guns?)(?![\w-])"
)


def _is_class_phrase(phrase: str) -> bool:
    """Whether ``phrase`` reads as a class: all lower case, or every word capitalised as
    in a title or a list heading ("Light Field Guns"), not a name mixed into lower case.

    >>> _is_class_phrase("light field guns"), _is_class_phrase("Light Field Guns")
    (True, True)
    >>> _is_class_phrase("Bofors guns"), _is_class_phrase("light Field guns")
    (False, False)
    """
    words = phrase.split()
    return phrase.islower() or all(w[0].isupper() and w[1:].islower() for w in words)


def calibre_name(millimetres: str, phrase: str) -> str:
    """The name of a calibred class: the calibre in mm and the class phrase, singular."""
    words = phrase.split()
    last = words[-1]
    if last.endswith("s") and not last.endswith("ss"):
        words[-1] = last[:-1]
    return f"{millimetres}mm {' '.join(words)}"
