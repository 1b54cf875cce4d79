"""Weapon names inside other names, family names and lower-case names.

Helpers of ``weapon_discovery`` (the second pass over the mentions table):

- a weapon class word inside a capitalised name whose head is not a weapon
  ("Iowa Army Ammunition Plant", "Anti-Submarine Warfare") is part of that name
  and counts nothing (heads: ``data/name_heads.txt``); so is a class word that
  only describes another thing ("submarine-hunting", "anti-submarine", "a
  missile-capable frigate", "drone-proof");
- a named weapon written twice side by side ("CH-47F Chinooks") is one mention;
- a sibling's number after a designation and a slash ("Su-27/30", "S-300/400")
  names the sibling system when the lexicon knows it; a class noun after both is theirs;
- a family name before a class noun of its category ("Mirage aircraft") names the
  family; a system's one-word name in lower case before a class noun of its category
  ("javelin missiles") is that system.

Warships by their prefix are ``weapon_ships``'s; later mentions of a name found once
are ``weapon_repeats``'s.

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``;
spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.scan import lookup_form
from analysis.entities.weapon_data import load_name_heads
from analysis.entities.weapon_spans import is_class
from analysis.text import Article

#: A capitalised name of two to six words ("Iowa Army Ammunition Plant").
_NAME_RUN = regex.compile(r"\p{Lu}[\w'-]*(?: (?:of |for |and |the )?\p{Lu}[\w'-]*){1,5}")
#: A class word that only describes something else: "submarine-hunting", "tank-busting".
_PARTICIPLE_AFTER = regex.compile(
    r"-(?:\p{Ll}+ing|capable|armed|equipped|ready|proof|resistant|related|free|like|style)\b"
)
_DESCRIBING_BEFORE = ("anti-", "Anti-", "counter-", "Counter-")


def inside_names(article: Article, spans: Sequence[tuple]) -> set[int]:
    """Class rows that are part of a capitalised non-weapon name, or only describe
    another thing ("submarine-hunting", "anti-submarine", "missile-capable"): rows to drop."""
    text, heads, drop = article.text, load_name_heads(), set()
    for section in article.counted_sections():
        if section.kind in ("headline", "subheading"):
            continue  # title case: every word is capitalised
        for m in _NAME_RUN.finditer(text, section.start, section.end):
            if m.group().rsplit(" ", 1)[-1] not in heads:
                continue
            last = m.start() + m.group().rfind(" ") + 1
            drop.update(
                s[0]
                for s in spans
                if s[3] == "weapon"
                and is_class(s)
                and m.start() <= s[1]
                and (s[2] <= last or s[2] == m.end())  # "Electronic Warfare": the whole name
            )
    for s in spans:
        if s[3] != "weapon" or not is_class(s):
            continue
        if _PARTICIPLE_AFTER.match(text, s[2]) or text[max(0, s[1] - 8) : s[1]].endswith(
            _DESCRIBING_BEFORE
        ):
            drop.add(s[0])
    return drop


def adjacent_repeats(text: str, spans: Sequence[tuple]) -> set[int]:
    """A named weapon written twice side by side ("AH-64E Apache Guardians", "CH-47F
    Chinooks": designation then name) is one mention: the second row is dropped. So is
    a weapon or class written twice joined by a slash, a name and its other name or
    acronym ("Harpoon/RGM-84", "Multiple Launch Rocket System/MLRS", "drones/UAVs");
    two names joined by a slash stay two ("tanks/APCs")."""
    weapons = [s for s in spans if s[3] == "weapon"]
    return {
        b[0]
        for a, b in zip(weapons, weapons[1:], strict=False)
        if a[4] == b[4]
        and (
            (text[a[2] : b[1]] == " " and not is_class(a))
            or _SLASH.fullmatch(text, a[2], b[1]) is not None
        )
    }


#: A slash between two names of one thing, spaced or not: "/", " / ".
_SLASH = regex.compile(r" ?/ ?")


def family_mentions(article: Article, spans: Sequence[tuple], lexicons) -> list[tuple]:
    """A family name before a class noun of its category ("Mirage aircraft", "Leopard
    tanks"): the first word of lexicon systems named family and model ("Mirage 2000",
    "Mirage F1") names the family when no model is written."""
    families = _families(lexicons)
    text, out = article.text, []
    titled = [(x.start, x.end) for x in article.sections if x.kind in ("headline", "subheading")]
    for s in spans:
        if s[3] != "weapon" or not is_class(s) or any(a <= s[1] < b for a, b in titled):
            continue  # in title case every word is capitalised
        m = _FAMILY_BEFORE.search(text, max(0, s[1] - 30), s[1])
        if m is None or m.group(1) not in families or families[m.group(1)] != s[5]:
            continue
        start, end = m.span(1)
        if any(q[1] < end and start < q[2] for q in spans):
            continue
        out.append((m.group(1), s[5], s[6], start, s[2], "family name before class noun"))
    return out


def lower_case_names(article: Article, spans: Sequence[tuple], lexicons) -> list[tuple]:
    """A system's one-word name written in lower case before a class noun of its
    category ("tow missiles", "javelin missiles"): the class noun says it is the
    weapon, not the verb or the common noun."""
    names = _one_word_names(lexicons)
    text, out = article.text, []
    for s in spans:
        if s[3] != "weapon" or not is_class(s):
            continue
        m = _LOWER_BEFORE.search(text, max(0, s[1] - 30), s[1])
        if m is None:
            continue
        entry = names.get(m.group(1).casefold())
        if entry is None or entry[1] != s[5]:
            continue
        start, end = m.span(1)
        if any(q[1] < end and start < q[2] for q in spans):
            continue
        out.append((entry[0], entry[1], entry[2], start, s[2], "lower-case name before class noun"))
    return out


_LOWER_BEFORE = regex.compile(r"(?<![\w-])(\p{Ll}{3,}) $")


def _one_word_names(lexicons) -> dict[str, tuple[str, str, str]]:
    """``{alias in lower case: (name, category, class)}`` for one-word aliases of named
    weapons (not classes), when no other entry claims the word."""
    if "weapon one-word names" in lexicons.cache:
        return lexicons.cache["weapon one-word names"]
    out: dict[str, tuple[str, str, str]] = {}
    claimed: set[str] = set()
    for entry in lexicons.entries:
        for alias in entry.aliases:
            key = alias.casefold()
            if entry.kind != "weapon" or entry.name.islower() or not alias.isalpha():
                claimed.add(key)
            elif alias[:1].isupper():
                out.setdefault(key, (entry.name, entry.type, entry.weapon_class))
    out = {key: value for key, value in out.items() if key not in claimed}
    lexicons.cache["weapon one-word names"] = out
    return out


_FAMILY_BEFORE = regex.compile(r"(?<![\w-])(\p{Lu}\p{Ll}{3,}) $")


def _families(lexicons) -> dict[str, str]:
    """``{family word: category}`` from the weapon entries named family + model."""
    if "weapon families" in lexicons.cache:
        return lexicons.cache["weapon families"]
    out: dict[str, str] = {}
    for entry in lexicons.weapons:
        first, _, model = entry.name.partition(" ")
        if model and first.isalpha() and first[:1].isupper() and any(c.isdigit() for c in model):
            out.setdefault(first, entry.type)
    taken = {a for e in lexicons.entries for a in e.aliases}
    out = {word: category for word, category in out.items() if word not in taken}
    lexicons.cache["weapon families"] = out
    return out


#: A designation's number and a sibling's number after a slash: "-27/30" of "Su-27/30".
_SIBLING = regex.compile(r"(?<=[\p{L}][- ]?)(\d{1,4})/(\d{1,4})(?![\w/-])")


def slash_siblings(text: str, spans: Sequence[tuple], matcher) -> tuple[list[tuple], set[int]]:
    """The sibling named by its number after a designation and a slash ("Su-27/30":
    the Su-30, "S-300/400": the S-400) when the lexicon knows it, and the class
    noun right after ("Su-27/30 fighters"), which describes both: found rows and
    rows to drop."""
    out, drop = [], set()
    weapons = [s for s in spans if s[3] == "weapon"]
    for i, s in enumerate(weapons):
        if is_class(s):
            continue
        m = _SIBLING.match(text, s[2] - len(text[s[1] : s[2]].rsplit("-", 1)[-1]))
        if m is None or m.start(2) - 1 != s[2] or not text[s[1] : s[2]].endswith(m.group(1)):
            continue
        target = lookup_form(matcher, text[s[1] : m.start(1)] + m.group(2))
        if target.__class__ is not tuple or target[1] != "weapon" or target[0] in (s[4],):
            continue
        end = m.end()
        after = weapons[i + 1] if i + 1 < len(weapons) else None
        if after is not None and is_class(after) and after[1] == end + 1 and after[5] == s[5]:
            end = after[2]
            drop.add(after[0])
        out.append((target[0], target[2], target[3], m.start(2), end, "sibling after a slash"))
    return out, drop
