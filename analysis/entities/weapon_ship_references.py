"""Bare ship words that refer back: "the first ship", "both vessels", "three Virginias".

Helpers of ``weapon_discovery`` (the second pass over the mentions table):

- bare "ship(s)" and "vessel(s)" after the article has named a warship ("... three
  frigates. The first ship will be launched in May.") are the warships, when only a
  determiner or a number and a word of sequence or age stand before them; a ship noun
  with another modifier ("merchant vessel") is another ship, one used as a modifier
  ("the ship platform") is none, and one right before a named ship is part of its
  mention;
- a bare "boat(s)" after the article has named a submarine ("... eight attack
  submarines. The boats will be built in Adelaide.") is a submarine, when the last
  ship named before it is a submarine and only a determiner, a number, a word of
  sequence or age stands before it ("the new boats"); "the fishing boats" are none;
- a ship class named again by its short name ("three Virginias", "four Virginia
  subs", "the Collins boats") after the article has named the class is the class;
- a warship's bracketed hull number written again alone ("BRP X (FF-160) ... FF160
  led") is that ship;
- a ship noun with a modifier that closes a list of warships ("warships, submarines and
  support vessels") is a warship too, unless the modifier is civil ("merchant").

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``;
spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.weapon_references import REFERRING_BEFORE, bare_words, forms_again
from analysis.text import Article

#: A bare boat noun, and what may stand before it when it refers back to a submarine.
_BOAT = regex.compile(r"(?<![\w-])[Bb]oats?(?![\w-])")

_BOAT_AGE_BEFORE = regex.compile(
    r"(?<![\w-])(?:the|these|those|its|their|our|both|all)\s+(?:new|future|existing|ageing|"
    r"aging|old|older|first|last|remaining)\s+$",
    regex.IGNORECASE,
)


#: A bare ship noun, also before a possessive ending: "ships", "the vessel", "the ships'
#: radars".
_SHIP = regex.compile(r"(?<![\w-])(?:[Ss]hips?|[Vv]essels?)(?=['’]s?(?![\w'’-])|(?![\w'’-]))")

#: What may stand before a bare ship noun that refers back to a warship: a determiner
#: or a number, then at most one word of sequence or age ("the lead ship", "all 10
#: ships", "both ships", "the new vessels"); a sentence's start ("Vessels from ...").
_SHIP_BEFORE = regex.compile(
    r"(?:^|[.!?:;\"“”(]\s*|(?<![\w-])(?:the|these|those|such|all|both|its|their|our|some|"
    r"many|several|each|every|other|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozen)\s+)(?:(?:new|lead|sister|first|second|third|last|other|remaining|"
    r"additional|future|existing|older|two|three|four|five|six)\s+)?$",
    regex.IGNORECASE,
)


#: A lower-case word after a singular ship noun that makes it a modifier ("the ship
#: platform"), not the noun of a clause ("the ship was", "the ship sailed", "the ship
#: carries"): any word but an auxiliary or one ending like a verb.
_NOUN_AFTER = regex.compile(
    r" (?!(?:is|was|will|would|has|had|can|could|may|might|must|should|did|does|and|or|"
    r"to|in|on|at|of|for|from|with|by|that|which|as|then|also|still|now|later|soon|never|"
    r"already|just|only|not)\b)\p{Ll}+(?<!ed|s|ing)\b(?![-'’])"
)


def ships_back(article: Article, spans: Sequence[tuple], found: Sequence[tuple]) -> list[tuple]:
    """Bare "ship(s)" and "vessel(s)" after the article has named a warship ("... three
    frigates. The first ship will be launched in May.", "all 10 ships", "both
    vessels"): the warships, as found rows of the generic "warship" class, when only a
    determiner or a number and a word of sequence or age stand before them. A ship
    noun with another modifier ("merchant ship", "cargo vessels") is another ship: a
    bare one after it refers to that ship until a warship is named again."""
    text = article.text
    warships = sorted(
        [s[1] for s in spans if s[3] == "weapon" and s[5] == "ships"]
        + [f[3] for f in found if f[1] == "ships"]
    )
    if not warships:
        return []
    out, other = [], -1
    for m, before in bare_words(article, spans, found, _SHIP, warships[0]):
        if text[m.end() : m.end() + 1] == "-" or _SHIP_BEFORE.search(before) is None:
            other = m.start()  # "merchant ship", "cargo vessels": not a warship
            continue
        if any(f[3] in (m.end() + 1, m.end() + 2) and f[1] == "ships" for f in found):
            continue  # "the vessels HMCS X and HMCS Y", "the first ship, BRP X": theirs
        if m.group()[-1] != "s" and _NOUN_AFTER.match(text, m.end()):
            continue  # "the ship platform", "existing ship designs": a modifier
        last = max(at for at in warships if at < m.start())
        if last > other:
            out.append(("warship", "ships", "warship", *m.span(), "refers back to a warship"))
    return out


def boats_back(article: Article, spans: Sequence[tuple], found: Sequence[tuple]) -> list[tuple]:
    """Bare "boats" that refer back to a submarine named earlier (see the module
    docstring), as found rows of the generic "submarine" class."""
    ships = sorted(
        [(s[1], _is_submarine(s[4], s[6])) for s in spans if s[3] == "weapon" and s[5] == "ships"]
        + [(f[3], _is_submarine(f[0], f[2])) for f in found if f[1] == "ships"]
    )
    if not any(sub for _, sub in ships):
        return []
    out = []
    for m, before in bare_words(article, spans, found, _BOAT, 0):
        last = [sub for at, sub in ships if at < m.start()]
        if (
            last
            and last[-1]
            and (REFERRING_BEFORE.search(before) or _BOAT_AGE_BEFORE.search(before))
        ):
            out.append(("submarine", "ships", "submarine", *m.span(), "refers back to a submarine"))
    return out


def _is_submarine(name: str, weapon_class: str) -> bool:
    """A submarine class or a named submarine ("Virginia-class submarine", "submarine").

    >>> _is_submarine("Virginia-class submarine", "attack submarine")
    True
    >>> _is_submarine("frigate", "frigate")
    False
    """
    return "submarine" in weapon_class or "submarine" in name.casefold()


def classes_by_short_name(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> list[tuple]:
    """A ship class named again by its short name after the article has named it
    ("a Virginia-class submarine ... three Virginias", "four Virginia subs", "the
    Collins boats"): a mention of the class, as found rows."""
    text = article.text
    rows = [(s[1], s[2], s[4], s[5], s[6]) for s in spans if s[3] == "weapon"]
    rows += [(f[3], f[4], f[0], f[1], f[2]) for f in found]
    classes: dict[str, tuple] = {}
    for start, end, name, category, weapon_class in sorted(rows):
        stem = _CLASS_STEM.match(text, start, end) if category == "ships" else None
        if stem is not None and not name.islower():
            classes.setdefault(stem.group(1), (name, category, weapon_class, end))
    if not classes:
        return []
    taken = [(r[0], r[1]) for r in rows]
    out = []
    for stem, (name, category, weapon_class, first) in classes.items():
        pattern = regex.compile(rf"(?<![\w-]){regex.escape(stem)}(?:e?s|(?: sub| boat)s?)(?![\w-])")
        for section in article.counted_sections():
            for m in pattern.finditer(text, max(first, section.start), section.end):
                start, end = m.span()
                if any(a < end and start < b for a, b in taken):
                    continue
                out.append((name, category, weapon_class, start, end, "class by short name"))
                taken.append((start, end))
    return out


#: The short name of a ship class as written: "Virginia" of "Virginia-class submarine".
_CLASS_STEM = regex.compile(r"(\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)?)[- ]class\b")


#: A ship's hull number in brackets at the end of its mention: "(FF-160)", "(P 11)".
_HULL_IN_BRACKETS = regex.compile(r"\((\p{Lu}{1,4})[- ]?(\d{1,4})\)$")


def hull_numbers_again(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> list[tuple]:
    """A warship's bracketed hull number written again alone, with or without its dash
    ("BRP X (FF-160) ... FF160 led"): found rows of that ship."""
    text, numbers = article.text, {}
    for f in found:
        m = _HULL_IN_BRACKETS.search(text, f[3], f[4]) if f[1] == "ships" else None
        if m is not None:
            numbers.setdefault(f"{m.group(1)}[- ]?{m.group(2)}", (*f[:3], f[4]))
    if not numbers:
        return []
    sections = [(c.start, c.end) for c in article.counted_sections()]
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in found]
    return forms_again(
        text, numbers, lambda form: rf"(?<![\w/-]){form}(?![\w-])", sections, taken,
        "hull number again",
    )  # fmt: skip


def listed_ships(article: Article, spans: Sequence[tuple], found: Sequence[tuple]) -> list[tuple]:
    """Ship nouns with a modifier that close a list of warships ("warships, submarines
    and support vessels", "frigates and supply ships"): warships too, as found rows of the
    generic "warship" class. A civil modifier ("warships and merchant vessels") makes
    another ship."""
    text, out = article.text, []
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in found]
    ends = [s[2] for s in spans if s[3] == "weapon" and s[5] == "ships"]
    ends += [f[4] for f in found if f[1] == "ships"]
    for end in sorted(set(ends)):
        m = _LISTED_SHIP.match(text, end)
        if m is None or any(w in _CIVIL_SHIPS for w in m.group(1).split()):
            continue
        start, stop = m.start(1), m.end(2)
        if any(a < stop and start < b for a, b in taken):
            continue
        if not any(a <= start and stop <= b for a, b in _sections(article)):
            continue
        out.append(("warship", "ships", "warship", start, stop, "listed with warships"))
        taken.append((start, stop))
    return out


def _sections(article: Article) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in article.counted_sections()]


#: A ship noun with one or two lower-case modifiers after a ship class and a list joiner:
#: ", and support vessels", " and supply ships".
_LISTED_SHIP = regex.compile(
    r"(?:,? and|,? or|,) ((?:\p{Ll}[\p{Ll}-]* ){0,1}\p{Ll}[\p{Ll}-]* )((?:vessel|ship)s?)(?![\w-])"
)

#: Modifiers of ships no navy sails as warships.
_CIVIL_SHIPS = frozenset(
    {"merchant", "cargo", "fishing", "commercial", "civilian", "civil", "passenger", "cruise",
     "container", "tanker", "oil", "gas", "research", "rescue", "aid", "relief", "grain",
     "food", "private", "foreign", "other", "the", "a", "an", "their", "its", "our", "his",
     "her", "these", "those", "many", "some", "two", "three", "four", "five", "six", "ten"}
)  # fmt: skip
