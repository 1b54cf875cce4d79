"""Later mentions: a weapon name found once counts again wherever the article repeats it.

"F100-232" after "the F100 engine", "the Anzac class" after "an Anzac-class
frigate", "LAVs" after "Light Armored Vehicles (LAVs)", "the Stuart" after "HMAS
Stuart". Found rows are tuples ``(name, category, weapon_class, start, end,
evidence)``; spans are ``(index, start, end, kind, name, type, weapon_class)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from analysis.entities.weapon_ships import coordinated_ships, ship_words
from analysis.entities.weapon_spans import is_class
from analysis.text import Article


def later_mentions(
    article: Article,
    spans: Sequence[tuple],
    found: Sequence[tuple],
    acronyms: dict[str, str] | None = None,
) -> tuple[list[tuple], set[int]]:
    """Later mentions of names found once, and the generic rows they replace.

    A repeated designation may carry a variant suffix or a plural ("F100-232",
    "LAVs"); a ship class may drop its dash ("the Anzac class"); a ship may be
    named without its prefix after "the" ("the Stuart") or by its last word; a
    named system may be repeated by its acronym (``acronyms``: name -> acronym).
    """
    acronyms = acronyms or {}
    patterns = []
    for name, category, weapon_class, _start, _end, evidence in dict.fromkeys(
        (f[0], f[1], f[2], 0, 0, f[5]) for f in found
    ):
        ship = evidence in ("ship prefix", "hull number")
        for pattern in _repeat_patterns(name, evidence, acronyms.get(name, "")):
            patterns.append((pattern, (name, category, weapon_class), ship))
    text, out, drop = article.text, [], set()
    taken = [(f[3], f[4]) for f in found]
    for section in article.counted_sections():
        for pattern, (name, category, weapon_class), ship in patterns:
            for m in pattern.finditer(text, section.start, section.end):
                start, end = m.span()
                if any(a < end and start < b for a, b in taken):
                    continue
                if _LONGER_NAME.match(text, end) and _ONE_WORD.fullmatch(name):
                    continue  # "Condor Aviation Services" after "Condor drones": a firm's name
                near = [s for s in spans if s[1] < end and start < s[2]]
                if any(s[3] == "weapon" and not is_class(s) for s in near):
                    continue
                if not ship and any(s[3] == "actor" for s in near):
                    continue  # a ship's short name may stand on a person's name, nothing else
                noun = _class_noun_after(spans, text, end, category)
                if noun is not None:  # "the Zephyr interceptors": the name's class noun
                    near.append(noun)
                    end = noun[2]
                out.append((name, category, weapon_class, start, end, "later mention"))
                taken.append((start, end))
                drop.update(s[0] for s in near)
    for row in coordinated_ships(article, found, taken):
        near = [s for s in spans if s[1] < row[4] and row[3] < s[2]]
        if not any(s[3] == "weapon" and not is_class(s) for s in near):
            out.append(row)
            taken.append((row[3], row[4]))
            drop.update(s[0] for s in near)
    return out, drop


#: A capitalised word after a repeated name: the name begins a longer one.
_LONGER_NAME = regex.compile(r" \p{Lu}\p{Ll}")

#: A name of one capitalised word and no digit ("Condor"), which a longer name may begin.
_ONE_WORD = regex.compile(r"\p{Lu}\p{Ll}+")

#: Categories of platforms: ammunition after one of them is the platform's own, a weapon
#: of its own ("F-16 ammunition" is two mentions, as the conventions say).
_PLATFORMS = frozenset({"aircraft", "uav", "ships", "armoured_vehicles"})


def _class_noun_after(spans: Sequence[tuple], text: str, end: int, category: str):
    """A class row one space after a repeated name ("Zephyr interceptors"): the name's
    class noun, part of its mention; None when there is none or when it is a platform's
    ammunition."""
    if text[end : end + 1] != " ":
        return None
    row = next((s for s in spans if s[1] == end + 1 and s[3] == "weapon" and is_class(s)), None)
    if row is None or (row[5] == "munitions" and category in _PLATFORMS):
        return None
    return row


@lru_cache(maxsize=4096)
def _repeat_patterns(name: str, evidence: str, acronym: str) -> tuple[regex.Pattern, ...]:
    """The shapes a found name takes when the article repeats it (compiled once per
    name: a collection names the same systems in article after article)."""
    if evidence in ("ship prefix", "hull number"):
        words = ship_words(name)
        alternatives = "|".join(regex.escape(w) for w in dict.fromkeys((words, words.split()[-1])))
        # not the first word of a longer name: "the Tyne Commission Quay" is a place
        again = regex.compile(
            rf"(?<=(?:\b[Tt]he|\b\p{{Lu}}{{2,5}}) )(?:{alternatives})\b(?! \p{{Lu}}\p{{Ll}})"
        )
        if not name.endswith(")"):
            return (again,)
        # the name and number again, with or without a prefix: "Žemaitis (P11)"
        return (regex.compile(rf"(?<![\w-]){regex.escape(name)}"), again)
    if "-class" in name:
        designation = name[: name.index("-class")]  # "Project 15B" of "Project 15B-class"
        return (regex.compile(rf"(?<![\w-]){regex.escape(designation)}[- ]class(?:es)?\b"),)
    if acronym:
        return (designation_pattern(acronym), regex.compile(regex.escape(name) + r"\b"))
    return (designation_pattern(name),)


def designation_pattern(name: str) -> regex.Pattern | _Designation:
    """ "F100" also as "F100-232", "F100s", "F 100"; "LAV" also as "LAVs".

    Found by plain string search (a collection finds a thousand new designations,
    and compiling a pattern for each one cost more than the rest of the pass); a
    name the search cannot read literally gets its own pattern.

    >>> [m.span() for m in designation_pattern("F100").finditer("F 100s, F100-232A, F1000")]
    [(0, 6), (8, 17)]
    """
    body = _JUNCTION.sub("[- ]?", regex.escape(name).replace(r"\-", "-"))
    pieces = [_UNESCAPE.sub(r"\1", piece) for piece in body.split("[- ]?")]
    if "[- ]?".join(regex.escape(p).replace(r"\-", "-") for p in pieces) == body and pieces[0]:
        return _Designation(tuple(pieces))
    return regex.compile(rf"(?<![\w/-]){body}(?:-\d{{1,4}}\p{{Lu}}?|s)?(?![\w-])")


#: Where a designation may be written with a dash, a space or nothing: a letter before a digit.
_JUNCTION = regex.compile(r"(?<=\p{L})[- ]?(?=\d)")

_UNESCAPE = regex.compile(r"\\([^\w\\])")

_HEAD = regex.compile(r"(?<![\w/-])")

_TAIL = regex.compile(r"(?:-\d{1,4}\p{Lu}?|s)?(?![\w-])")


class _Designation:
    """A designation's pattern read by string search: its literal pieces, each after
    the first begins with a digit and may follow a dash, a space or nothing."""

    __slots__ = ("pieces",)

    def __init__(self, pieces: tuple[str, ...]):
        self.pieces = pieces

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The matches of the pattern, left to right and apart, as ``regex`` finds them."""
        endpos = len(text) if endpos is None else endpos
        first, rest = self.pieces[0], self.pieces[1:]
        start = text.find(first, pos, endpos)
        while start >= 0:
            end = self._match(text, start, endpos, first, rest)
            if end is None:
                start = text.find(first, start + 1, endpos)
                continue
            yield _Found(start, end)
            start = text.find(first, end, endpos)

    @staticmethod
    def _match(text: str, start: int, endpos: int, first: str, rest: tuple[str, ...]):
        if _HEAD.match(text, start, endpos) is None:
            return None
        at = start + len(first)
        for piece in rest:
            if at < endpos and text[at] in "- ":
                at += 1
            if not text.startswith(piece, at, endpos):
                return None
            at += len(piece)
        tail = _TAIL.match(text, at, endpos)
        return None if tail is None else tail.end()


class _Found:
    """A match's span, as ``later_mentions`` reads it."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end

    def span(self) -> tuple[int, int]:
        return self.start, self.end
