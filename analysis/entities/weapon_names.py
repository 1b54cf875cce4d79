"""Weapon names from their shape beyond designations: warships by their prefix, later mentions.

Helpers of ``weapon_discovery`` (the second pass over the mentions table):

- a navy's ship prefix before a capitalised name ("HMAS Stuart", "BRP Jose
  Rizal (FF-15)") is one mention of that warship, the hull number in brackets
  included; later "the Stuart" (or the name after a mistyped prefix) is the
  same ship (prefixes: ``data/ship_prefixes.csv``);
- a name found once (a designation, a ship class, a named system and its
  acronym) counts again wherever the article repeats it: "F100-232" after "the
  F100 engine", "the Anzac class" after "an Anzac-class frigate", "LAVs" after
  "Light Armored Vehicles (LAVs)";
- a weapon class word inside a capitalised name whose head is not a weapon
  ("Iowa Army Ammunition Plant", "Anti-Submarine Warfare") is part of that name
  and counts nothing (heads: ``data/name_heads.txt``); so is a class word that
  only describes another thing ("submarine-hunting", "anti-submarine", "a
  missile-capable frigate", "drone-proof").

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``;
spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import regex

from analysis import config
from analysis.entities.lexicon import TITLES_FILE, parse_titles
from analysis.errors import LexiconError
from analysis.text import Article

SHIP_PREFIXES_FILE = config.DATA_DIR / "ship_prefixes.csv"
NAME_HEADS_FILE = config.DATA_DIR / "name_heads.txt"
CIVIL_AIRCRAFT_FILE = config.DATA_DIR / "civil_aircraft.txt"

#: A ship's name after its prefix: capitalised words, "de"/"da"-style particles between them.
#: A word of it: capitalised, or a short abbreviation with its dot ("St."), never a
#: sentence's full stop ("ICGS Varad. The ...").
_SHIP_WORD = r"(?:\p{Lu}\p{Ll}{0,2}\.(?= \p{Lu}\p{Ll})|\p{Lu}(?:\p{L}|'(?=\p{L}))*)"
#: A part after a hyphen may be written in lower case ("USS Chung-hoon").
_SHIP_PART = rf"(?:{_SHIP_WORD}|\p{{Ll}}[\p{{Ll}}']*)"
_SHIP_NAME = (
    rf"(?P<name>{_SHIP_WORD}(?:-{_SHIP_PART})*"
    rf"(?: (?:(?:de|da|do|dos|del|van|von) )?{_SHIP_WORD}(?:-{_SHIP_PART})*)*)"
    r"(?: \((?P<hull>\p{Lu}{1,4}[- ]?\d{1,4})\))?"
)
#: A capitalised name of two to six words ("Iowa Army Ammunition Plant").
_NAME_RUN = regex.compile(r"\p{Lu}[\w'-]*(?: (?:of |for |and |the )?\p{Lu}[\w'-]*){1,5}")
#: A class word that only describes something else: "submarine-hunting", "tank-busting".
_PARTICIPLE_AFTER = regex.compile(
    r"-(?:\p{Ll}+ing|capable|armed|equipped|ready|proof|resistant|related|free|like|style)\b"
)
_DESCRIBING_BEFORE = ("anti-", "Anti-", "counter-", "Counter-")


def read_data_rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a small data CSV (``#`` lines are comments); a row missing a
    ``required`` column stops with the file's name."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    if any(not row.get(column) for row in rows for column in required):
        raise LexiconError(str(path), f"a row without a {' or a '.join(required)}")
    return rows


@lru_cache(maxsize=4)
def load_ship_prefixes(path: str | Path = "") -> tuple[str, ...]:
    """Return the ship prefixes of ``data/ship_prefixes.csv``, longest first.

    >>> "HMAS" in load_ship_prefixes() and "MV" not in load_ship_prefixes()
    True
    """
    rows = read_data_rows(Path(path) if path else SHIP_PREFIXES_FILE, ("prefix",))
    return tuple(sorted((row["prefix"] for row in rows), key=len, reverse=True))


@lru_cache(maxsize=4)
def load_name_heads(path: str | Path = "") -> frozenset[str]:
    """Return the head words of ``data/name_heads.txt`` (names that are not weapons).

    >>> {"Plant", "Warfare"} <= load_name_heads()
    True
    """
    path = Path(path) if path else NAME_HEADS_FILE
    words = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(word for word in words if word)


@lru_cache(maxsize=4)
def load_civil_aircraft(path: str | Path = "") -> tuple[str, ...]:
    """Return the civil aircraft models of ``data/civil_aircraft.txt``, longest first.

    >>> "A320" in load_civil_aircraft()
    True
    """
    path = Path(path) if path else CIVIL_AIRCRAFT_FILE
    lines = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(sorted((line for line in lines if line), key=len, reverse=True))


@lru_cache(maxsize=1)
def _civil_pattern() -> regex.Pattern:
    models = "|".join(regex.escape(m).replace(r"\ ", "[- ]?") for m in load_civil_aircraft())
    return regex.compile(
        rf"(?<![\w/-])(?:Airbus |Embraer |Bombardier |COMAC |Comac |Sukhoi )?(?:{models})"
        r"(?:-\d{1,4}\p{Lu}{0,3})?(?: (?:MAX|neo|XWB|ER|LR))?s?"
        r"(?P<after>(?: [\p{Ll}-]+){0,3})(?![\w-])"
    )


def civil_aircraft(article: Article, spans: Sequence[tuple]) -> tuple[set[int], list[tuple]]:
    """Civil airliners: the aircraft class rows after a civil model to drop, and the
    models' spans (no weapon designation may be found inside them)."""
    text, drop, taken = article.text, set(), []
    for m in _civil_pattern().finditer(text):
        start, end = m.span()
        near = [s for s in spans if s[1] < end and start < s[2] and s[3] == "weapon"]
        if any(not is_class(s) for s in near):
            continue  # a military variant the lexicon names
        drop.update(s[0] for s in near if s[5] == "aircraft")
        taken.append((start, m.start("after")))
    return drop, taken


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in parse_titles(TITLES_FILE.read_text(encoding="utf-8")))


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


def _named_after_person(name: str, inside: Sequence[tuple], start: int, end: int) -> bool:
    """A ship's name after its class noun that the first pass read as a titled person
    ("the frigate Admiral A B"): the name opens with a title and holds only people."""
    first = name.split()[0].casefold()
    return first in _titles() and all(
        q[3] == "actor" and q[5] == "person" and start <= q[1] and q[2] <= end for q in inside
    )


_NAMED_CLASS = regex.compile(r"[- ]class(?: \p{Ll}[\p{Ll}-]*)+$")
_NAME_AFTER_CLASS = regex.compile(
    r" [\"'‘“]?((?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.)"
    r"(?: (?:(?:de|da|del|van|von) )?\p{Lu}[\p{Ll}'’-]*\p{Ll}){0,3})"
    r"[\"'’”]?(?=[,.;:)]|\s+\p{Ll}|$)"
)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Stopwords, days and months: words that start a sentence, not a ship's name."""
    path = config.DATA_DIR / "stopwords.txt"
    words = {line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()}
    calendar = (
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december"
    )
    return frozenset(w for w in words if w) | frozenset(calendar.split())


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
            if m.group("name").split()[0].casefold() in _titles():
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
#: A capitalised name (up to four words) and a bracketed hull number: "Žemaitis (P11)".
_HULL_NAMED = regex.compile(
    r"(?<![\w-])\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,3} \((\p{Lu}{1,4}[- ]?\d{1,4})\)"
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
                near = [s for s in spans if s[1] < end and start < s[2]]
                if any(s[3] == "weapon" and not is_class(s) for s in near):
                    continue
                if not ship and any(s[3] == "actor" for s in near):
                    continue  # a ship's short name may stand on a person's name, nothing else
                out.append((name, category, weapon_class, start, end, "later mention"))
                taken.append((start, end))
                drop.update(s[0] for s in near)
    for row in _coordinated_ships(article, found, taken):
        near = [s for s in spans if s[1] < row[4] and row[3] < s[2]]
        if not any(s[3] == "weapon" and not is_class(s) for s in near):
            out.append(row)
            taken.append((row[3], row[4]))
            drop.update(s[0] for s in near)
    return out, drop


def _coordinated_ships(
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
        return (_designation_pattern(acronym), regex.compile(regex.escape(name) + r"\b"))
    return (_designation_pattern(name),)


def _designation_pattern(name: str) -> regex.Pattern | _Designation:
    """ "F100" also as "F100-232", "F100s", "F 100"; "LAV" also as "LAVs".

    Found by plain string search (a collection finds a thousand new designations,
    and compiling a pattern for each one cost more than the rest of the pass); a
    name the search cannot read literally gets its own pattern.

    >>> [m.span() for m in _designation_pattern("F100").finditer("F 100s, F100-232A, F1000")]
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
    Chinooks": designation then name) is one mention: the second row is dropped."""
    weapons = [s for s in spans if s[3] == "weapon" and not is_class(s)]
    return {
        b[0]
        for a, b in zip(weapons, weapons[1:], strict=False)
        if a[4] == b[4] and text[a[2] : b[1]] == " "
    }


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


def is_class(span) -> bool:
    """A generic class entry ("cruise missile"), not a named system."""
    return span[4].islower() or span[4] == span[6]
