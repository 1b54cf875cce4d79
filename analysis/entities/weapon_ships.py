"""Warships by name: a navy's prefix, a hull number, a class noun before the name.

Helpers of ``weapon_discovery`` (the second pass over the mentions table):

- a navy's ship prefix before a capitalised name ("HMAS Stuart", "BRP Jose
  Rizal (FF-15)") is one mention of that warship, the hull number in brackets
  included (prefixes: ``data/ship_prefixes.csv``);
- a capitalised name with a hull number and no prefix ("Zemaitis (P11)") is a ship
  when its paragraph names ships;
- a ship's name right after a ship class word or a named class ("the frigate
  'Admiral Kasatonov'") is one mention of that ship, the class included;
- two ships of the article named side by side ("Halsey and John Finn") are a
  mention of each.

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``;
spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from analysis.entities.weapon_data import function_words, load_ship_prefixes, titles
from analysis.entities.weapon_spans import is_class
from analysis.text import Article

#: A ship's name after its prefix: capitalised words, "de"/"da"-style particles between them.
#: A word of it: capitalised, or a short abbreviation with its dot ("St."), never a
#: sentence's full stop ("ICGS Varad. The ...") or a possessive ending ("HMS Dart's crew").
_SHIP_WORD = r"(?:\p{Lu}\p{Ll}{0,2}\.(?= \p{Lu}\p{Ll})|\p{Lu}(?:\p{L}|'(?=\p{L})(?!s(?!\p{L})))*)"

#: A part after a hyphen may be written in lower case ("USS Chung-hoon").
_SHIP_PART = rf"(?:{_SHIP_WORD}|\p{{Ll}}[\p{{Ll}}']*)"

_SHIP_NAME = (
    rf"(?P<name>{_SHIP_WORD}(?:-{_SHIP_PART})*"
    rf"(?: (?:(?:de|da|do|dos|del|van|von) )?{_SHIP_WORD}(?:-{_SHIP_PART})*)*)"
    r"(?: \((?P<hull>\p{Lu}{1,4}[- ]?\d{1,4})\))?"
)


@lru_cache(maxsize=1)
def _ship_pattern() -> regex.Pattern:
    prefixes = "|".join(regex.escape(p) for p in load_ship_prefixes())
    return regex.compile(rf"(?<![\w/-])(?:{prefixes}) {_SHIP_NAME}")


def named_after_class(article: Article, spans: Sequence[tuple]) -> tuple[list[tuple], set[int]]:
    """A ship's name right after a ship class word or a named class with its noun ("the
    naval vessel Le Eithne", "the frigate 'Admiral Kasatonov'", "the Taigei-class
    submarine Raigei"): one mention of that ship, the class included.
    The name's words are capitalised, held by no other row and are not a day, month
    or function word ("the frigate On Monday" is none)."""
    text, found, drop = article.text, [], set()
    titled = [(x.start, x.end) for x in article.sections if x.kind in ("headline", "subheading")]
    for s in spans:
        if s[3] != "weapon" or s[5] != "ships" or text[s[2] - 1] == "s":
            continue
        form = text[s[1] : s[2]]
        if not (form.islower() if is_class(s) else _NAMED_CLASS.search(form)):
            continue  # a class word, or a named class with its noun: "the Taigei-class submarine"
        if any(a <= s[1] < b for a, b in titled):
            continue
        m = _NAME_AFTER_CLASS.match(text, s[2])
        if m is None or m.group(1).split()[0].casefold() in function_words():
            continue
        start, end = m.span(1)
        inside = [q for q in spans if q[1] < end and start < q[2]]
        if inside and not _named_after_person(m.group(1), inside, start, end):
            continue
        found.append((m.group(1), "ships", "warship", s[1], end, "class noun before ship name"))
        drop.add(s[0])
        drop.update(q[0] for q in inside)
    for m in _MILITARY_VESSEL.finditer(text):
        owner = [
            q for q in spans if q[2] == m.start() - 1 and q[3] == "actor" and q[5] == "military"
        ]
        start, end = m.span("name")
        inside = [q for q in spans if q[1] < end and start < q[2]]
        if not owner or any(titled_start <= m.start() < e for titled_start, e in titled):
            continue
        if not inside or not _named_after_person(m.group("name"), inside, start, end):
            continue
        found.append((m.group("name"), "ships", "warship", m.start(), end, "military vessel name"))
        drop.update(q[0] for q in inside)
    return found, drop


#: A military's vessel named after a person with a title: "the Coast Guard vessel
#: Captain A B" (the owner is a military actor right before the noun).
_MILITARY_VESSEL = regex.compile(
    r"(?<= )(?:vessel|ship|boat|cutter) (?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,3})"
    r"(?=[,.;:)]|\s+\p{Ll}|$)"
)


def named_before_class(
    text: str, spans: Sequence[tuple], found: Sequence[tuple]
) -> tuple[list[tuple], set[int]]:
    """A ship's name as the subject of "is the first (ship) of" a ship class the article
    names ("Storm Petrel is the lead ship of Project 12345", "Kolva, the first of the
    Kolva-class"): one mention of that ship, and the person the first pass may have read
    in its name (rows to drop). The name is one to three capitalised words, held by no
    weapon, organisation or place, and no function word or pronoun.

    >>> text = "Built in May, Kolva is the first under Project 12345 corvettes."
    >>> rows, drop = named_before_class(text, [], [("Project 12345", "ships", "corvette",
    ...                                             39, 62, "designation")])
    >>> [f[:2] for f in rows], drop
    ([('Kolva', 'ships')], set())
    """
    out, drop = [], set()
    for f in found:
        if f[1] != "ships" or f[5] in ("ship prefix", "hull number"):
            continue
        m = _LEAD_BEFORE.search(text, max(0, f[3] - 120), f[3])
        if m is None or m.group("name").split()[0].casefold() in function_words():
            continue
        start, end = m.span("name")
        inside = [q for q in spans if q[1] < end and start < q[2]]
        if any(q[3] != "actor" or q[5] != "person" for q in inside):
            continue
        if any(g[3] < end and start < g[4] for g in (*found, *out)):
            continue
        out.append((m.group("name"), "ships", "warship", start, end, "ship before its class"))
        drop.update(q[0] for q in inside)
    return out, drop


#: A ship's name and the words that make it the first of a class named right after:
#: "Kolva is the lead ship of ", "Kolva, the first of the ".
_LEAD_BEFORE = regex.compile(
    r"(?<![\w-])(?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:,? (?:is|was|will be|became)|,)"
    r" the (?:first|lead|second|third|fourth|last|latest|newest)"
    r"(?: (?:ship|vessel|boat|submarine|hull|unit))? (?:of|in|under|from) (?:the )?$"
)


def _named_after_person(name: str, inside: Sequence[tuple], start: int, end: int) -> bool:
    """A ship's name after its class noun that the first pass read as a titled person
    ("the frigate Admiral A B"): the name opens with a title and holds only people."""
    first = name.split()[0].casefold()
    return first in titles() and all(
        q[3] == "actor" and q[5] == "person" and start <= q[1] and q[2] <= end for q in inside
    )


_NAMED_CLASS = regex.compile(r"[- ]class(?: \p{Ll}[\p{Ll}-]*)+$")

#: A ship's name after its class noun; a regnal ordinal ends it ("Emperor A the
#: Third", "King B II"), as in the ruler's own name.
_NAME_AFTER_CLASS = regex.compile(
    r" [\"'‘“]?((?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.)"
    r"(?: (?:(?:de|da|del|van|von) )?\p{Lu}[\p{Ll}'’-]*\p{Ll}){0,3}"
    r"(?: the (?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Great)| [IVX]{1,4}(?!\w))?)"
    r"[\"'’”]?(?=[,.;:)]|\s+\p{Ll}|$)"
)


def is_ship_name(name: str) -> bool:
    """A name that starts with a navy's ship prefix.

    >>> is_ship_name("HMAS Stuart"), is_ship_name("Hamas Stuart")
    (True, False)
    """
    return _ship_pattern().fullmatch(name) is not None


def find_ships(article: Article, spans: Sequence[tuple]) -> tuple[list[tuple], set[int]]:
    """Warships named with their navy's prefix or a bracketed hull number, and the
    rows inside them to drop.

    A ship the lexicon lists as an alias of its class ("USS Laboon") is counted
    under its own name, the most specific one used; names, places and demonyms
    inside a ship's name ("USS Philippine Sea") are part of it. A ship with a hull
    number is named by its name and number ("Sėlis (P15)"): two ships of one name
    ("Sėlis (P32)") stay apart.
    A capitalised name with a hull number and no prefix ("Žemaitis (P11)") is a
    ship when its paragraph names ships ("four patrol ships: ...").
    """
    text, found, drop = article.text, [], set()
    for section in article.counted_sections():
        for m in _ship_pattern().finditer(text, section.start, section.end):
            start, end = m.span()
            listed = [s for s in spans if _listed_ship(text, s, m)]
            start = min([start] + [s[1] for s in listed])
            inside = [s for s in spans if start <= s[1] and s[2] <= end and s not in listed]
            crossing = [s for s in spans if s[1] < end and start < s[2] and s not in inside]
            hull = m.span("hull") if m.group("hull") else (end, end)
            if any(s not in listed for s in crossing) or any(
                s[3] == "weapon" and not hull[0] <= s[1] < hull[1] for s in inside
            ):
                continue  # a class in the hull number ("(LCS 29)") is part of it
            drop.update(s[0] for s in listed)
            if m.group("name").split()[0].casefold() in titles():
                continue  # "INS Director Mark Lee": an agency's officer, no ship
            found.append((_ship_name(m), "ships", "warship", start, end, "ship prefix"))
            drop.update(s[0] for s in inside)
            drop.update(s[0] for s in spans if _apposed(text, s, start, end))
        naval = any(
            s[3] == "weapon" and s[5] == "ships" and section.start <= s[1] < section.end
            for s in spans
        ) or any(section.start <= f[3] < section.end for f in found)
        if not naval and not _SHIP_NOUN.search(text, section.start, section.end):
            continue  # "four patrol ships: ..." names ships too
        for m in _HULL_NAMED.finditer(text, section.start, section.end):
            hit = _hull_named(text, m, spans, found)
            if hit is not None:
                found.append(hit[0])
                drop.update(hit[1])
    return _one_name_per_ship(found), drop


def _listed_ship(text: str, span: tuple, m: regex.Match) -> bool:
    """A lexicon row that ends with the whole ship's name, prefix and all ("USS
    Laboon", "the destroyer USS Laboon", listed as an alias of its class): the ship
    found by its prefix replaces it."""
    if span[3] != "weapon" or span[5] != "ships" or is_class(span) or span[2] != m.end():
        return False
    between = _LOWER_BEFORE_SHIP.fullmatch(text, span[1], m.start())
    return span[1] == m.start() or between is not None


_LOWER_BEFORE_SHIP = regex.compile(r"(?:\p{Ll}[\p{Ll}-]* )+")


def _one_name_per_ship(found: list[tuple]) -> list[tuple]:
    """One name per ship. A ship written with and without its hull number ("BRP
    Antonio Luna (FF151)", "BRP Antonio Luna") is one ship, named with its prefix
    ("BRP Antonio Luna"), else by its name and number ("Žemaitis (P11)"). When
    two ships of one name have different numbers ("Sėlis (P15)", "Sėlis (P32)"),
    each is named with its number, and the name alone stays apart."""
    hulls: dict[str, set[str]] = {}
    prefixed: dict[str, str] = {}
    for row in found:
        words, hull = ship_words(row[0]).casefold(), _hull_of(row[0])
        if hull:
            hulls.setdefault(words, set()).add(hull)
        if row[5] == "ship prefix":
            prefixed.setdefault(words, _without_hull(row[0]))
    out = []
    for row in found:
        written, hull = ship_words(row[0]), _hull_of(row[0])
        words = written.casefold()  # "Chung-hoon" and "Chung-Hoon" are one ship
        numbers = hulls.get(words, set())
        if len(numbers) > 1 and hull:
            name = f"{written} ({hull})"
        elif len(numbers) > 1:
            name = row[0]
        else:
            name = prefixed.get(words) or (
                f"{written} ({next(iter(numbers))})" if numbers else row[0]
            )
        out.append((name, *row[1:]))
    return out


def _hull_of(name: str) -> str:
    return name[name.rfind(" (") + 2 : -1] if name.endswith(")") else ""


def _without_hull(name: str) -> str:
    return name[: name.rfind(" (")] if name.endswith(")") else name


def ship_words(name: str) -> str:
    """A ship's own name without prefix or hull number.

    >>> ship_words("HMAS Stuart"), ship_words("Sėlis (P15)"), ship_words("LNS Sėlis (P15)")
    ('Stuart', 'Sėlis', 'Sėlis')
    """
    name = _without_hull(name)
    first, _, rest = name.partition(" ")
    return rest if rest and first in load_ship_prefixes() else name


def _ship_name(m: regex.Match) -> str:
    """ "HMAS Stuart"; with a hull number as written: "LNS Sėlis (P15)"."""
    return m.group()


#: A noun that says a paragraph speaks of ships.
_SHIP_NOUN = regex.compile(
    r"(?<![\w-])(?:[Ss]hips|[Vv]essels|[Ff]rigates|[Cc]orvettes|[Dd]estroyers)\b"
)


#: A capitalised name (up to four words) and a bracketed hull number: "Žemaitis (P11)",
#: also with a stray space before the closing bracket.
_HULL_NAMED = regex.compile(
    r"(?<![\w-])\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,3} \((\p{Lu}{1,4}[- ]?\d{1,4}) ?\)"
)


_HULL_WORD = regex.compile(r"\p{Lu}[\p{L}'.-]*")


def _hull_named(text: str, m: regex.Match, spans: Sequence[tuple], found: Sequence[tuple]):
    """A ship named by its name and hull number; the name is the capitalised words right
    before the number that no other row holds ("Lithuanian Navy Patrol Ship Sėlis (P15)"
    -> "Sėlis (P15)"). Returns the found row and the rows it replaces, or None."""
    start, end = m.span()
    if any(f[3] < end and start < f[4] for f in found):
        return None
    words = list(_HULL_WORD.finditer(text, start, m.start(1) - 2))
    while words and any(s[1] < words[0].end() and words[0].start() < s[2] for s in spans):
        words.pop(0)
    if not words or any(s[1] < words[-1].end() and words[-1].start() < s[2] for s in spans):
        return None
    first = words[0].start()
    if first > start and text[start:first].rstrip().endswith((",", ";")):
        return None
    inside = [s for s in spans if first <= s[1] and s[2] <= end]
    if any(s[3] != "weapon" for s in inside):
        return None
    name = f"{text[first : words[-1].end()]} ({m.group(1)})"
    row = (name, "ships", "warship", first, end, "hull number")
    return row, [s[0] for s in inside] + [s[0] for s in spans if _apposed(text, s, first, end)]


def _apposed(text: str, span: tuple, start: int, end: int) -> bool:
    """A ship class word or a named class right before a ship's name ("the frigate HMAS
    X", "the Ticonderoga-class cruiser 'USS X'"), or a class word in apposition after it
    ("HMAS X, a patrol ship,"): part of the ship's one mention, its most specific name.
    A named class in apposition ("USS X, a Ticonderoga-class cruiser,") names the class:
    a mention of its own."""
    if span[3] != "weapon" or span[5] != "ships" or is_ship_name(span[4]):
        return False
    if span[2] <= start and not is_class(span):
        # "the Ticonderoga-class cruiser 'USS X'", not "three Type 26 frigates, HMS X, ..."
        named = text[span[2] - 1] != "s" and _NAMED_BEFORE_SHIP.fullmatch(text, span[2], start)
        return bool(named)
    if span[2] <= start:
        return bool(_CLASS_BEFORE_SHIP.fullmatch(text, span[2], start))
    return is_class(span) and bool(_CLASS_AFTER_SHIP.fullmatch(text, end, span[1]))


_CLASS_BEFORE_SHIP = regex.compile(r",? [\"'‘“]?")

_NAMED_BEFORE_SHIP = regex.compile(r" [\"'‘“]?")

_CLASS_AFTER_SHIP = regex.compile(
    r"(?:,| [-–—]) (?:a|an|the|its) (?:\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*['’]s )?(?:[\p{Ll}-]+ ){0,2}"
)


def coordinated_ships(
    article: Article, found: Sequence[tuple], taken: Sequence[tuple[int, int]]
) -> list[tuple]:
    """Two ships of the article named side by side without prefix or "the" ("Halsey
    and John Finn trained", "the Halsey and John Finn"): a mention of each; after a
    preposition of place ("from Montreal and Quebec") they are places."""
    names: dict[str, tuple] = {}
    for f in found:
        if f[5] not in ("ship prefix", "hull number"):
            continue
        written = _ship_pattern().search(article.text, f[3], f[4])
        for form in (ship_words(f[0]), ship_words(written.group()) if written else ""):
            if form:
                names.setdefault(form.casefold(), (f[0], f[1], f[2]))  # "Chung-hoon" too
    if len(names) < 2:
        return []
    either = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    pair = regex.compile(
        rf"(?<![\w-])(?<!\b(?:in|at|from|to|into|near|of|off|between|for) )({either})"
        rf"(?:,| and| or) (?:the )?({either})(?![\w-])(?-i:(?! \p{{Lu}}\p{{Ll}}))",
        regex.IGNORECASE,
    )
    text, out = article.text, []
    for section in article.counted_sections():
        for m in pair.finditer(text, section.start, section.end, overlapped=True):
            first, second = names[m.group(1).casefold()], names[m.group(2).casefold()]
            if first[0] == second[0] or not (m.group(1)[0].isupper() and m.group(2)[0].isupper()):
                continue
            for group in (1, 2):
                start, end = m.span(group)
                if any(a < end and start < b for a, b in list(taken) + [r[3:5] for r in out]):
                    continue
                row = first if group == 1 else second
                out.append((*row, start, end, "ship named beside another"))
    return out
