"""Weapon names from their makers and models: designations after a maker, popular names,
model names before a class noun, and the cars, phones, flights and roads that are none.

Helpers of ``weapon_discovery`` (the second pass over the mentions table):

- a designation right after its maker ("Sukhoi Su-75", "General Atomics MQ-20") is a
  weapon of the maker's kind, with or without a class noun (``data/weapon_makers.csv``);
- a US-style designation with its popular name ("the aging T-38 Talon") is one mention,
  named by its designation (mission letters: ``data/designation_prefixes.csv``); a flight
  number, a road, a visa or a summit is none ("Flight MH-17", "the A-1 Highway");
- a model's name in capitals before a lower-case aircraft, drone or ship class noun
  ("Super Mushshak aircraft", "Gowind corvettes") is one mention of that model; a
  direction, a sea, a service or a civil maker ("Western aircraft", "Baltic submarines",
  "a Cessna aircraft") is none (``data/not_weapon_names.txt``); a name in camel case
  or all capitals ("SkyLance", "ZORAN") counts so only before a fighter class
  ("the ZORAN fighter jets"): "ISR aircraft" and "JetBlue aircraft" are none, and an
  acronym that names a body ("NATO fighter jets") is held by its actor row;
- a designation right after a maker of cars or phones ("a BMW X5 vehicle") is a product's
  model, no weapon (``data/civil_makers.txt``).

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``;
spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import regex

from analysis import config
from analysis.entities.weapon_data import (
    function_words,
    load_civil_aircraft,
    load_name_heads,
    read_data_rows,
)
from analysis.entities.weapon_spans import is_class
from analysis.text import Article

WEAPON_MAKERS_FILE = config.DATA_DIR / "weapon_makers.csv"
DESIGNATION_PREFIXES_FILE = config.DATA_DIR / "designation_prefixes.csv"
CIVIL_MAKERS_FILE = config.DATA_DIR / "civil_makers.txt"
NOT_NAME_WORDS_FILE = config.DATA_DIR / "not_weapon_names.txt"


@lru_cache(maxsize=4)
def load_weapon_makers(path: str | Path = "") -> dict[str, str]:
    """Return ``{maker: category}`` from ``data/weapon_makers.csv``.

    >>> load_weapon_makers()["Sukhoi"], load_weapon_makers()["General Atomics"]
    ('aircraft', 'uav')
    """
    rows = read_data_rows(Path(path) if path else WEAPON_MAKERS_FILE, ("maker", "category"))
    return {row["maker"]: row["category"] for row in rows}


@lru_cache(maxsize=1)
def _maker_before() -> regex.Pattern:
    makers = "|".join(regex.escape(m) for m in sorted(load_weapon_makers(), key=len, reverse=True))
    return regex.compile(rf"(?<![\w-])({makers}) $")


def after_maker(text: str, m: regex.Match, spans: Sequence[tuple], found: Sequence[tuple]):
    """A designation right after its maker's name ("Sukhoi Su-75", "General Atomics
    MQ-20"): a weapon of the maker's kind with or without a class noun after it. The
    maker's own row (a company) is part of the one mention."""
    start, end = m.span()
    before = _maker_before().search(text, max(0, start - 30), start)
    if before is None or any(f[3] < end and start < f[4] for f in found):
        return None
    if any(s[1] < end and start < s[2] for s in spans):
        return None
    first = before.start(1)
    maker = [s[0] for s in spans if first <= s[1] and s[2] <= start]
    category = load_weapon_makers()[before.group(1)]
    return (m.group("base"), category, "", first, end, "maker before designation"), maker


def model_names(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> tuple[list[tuple], set[int]]:
    """A model's name in capitals right before a lower-case class noun of aircraft,
    drones, ships or torpedoes ("Super Mushshak aircraft", "Falco drones", "Gowind
    corvettes", "Black Shark torpedoes"), or before a class acronym ("Falco UAVs"): one
    mention of that model.

    Capitalised words right after a named system are its popular name ("the C-390
    Millennium transport aircraft"): the class noun is part of that system's mention.
    The name's words are held by no other row, are not all capitals ("ISR aircraft"),
    a possessive, a maker ("Saab aircraft"), a function word or a word of direction
    or allegiance ("Western aircraft"), and do not start a sentence.
    """
    text, out, drop = article.text, [], set()
    makers = load_weapon_makers()
    for s in spans:
        if s[3] != "weapon" or s[5] not in _MODEL_CATEGORIES or not is_class(s):
            continue
        if not (text[s[1] : s[2]].islower() or _CLASS_ACRONYM.fullmatch(text, s[1], s[2])):
            continue
        m = _MODEL_BEFORE.search(text, max(0, s[1] - 40), s[1])
        if m is None:
            continue
        if _UNUSUAL_CASE.search(m.group(1)) and "fighter" not in s[6]:
            continue  # "ISR aircraft", "JetBlue aircraft": only before a fighter class
        words = list(_CAP_WORD.finditer(text, m.start(1), m.end(1)))
        while words and (
            any(q[1] < words[0].end() and words[0].start() < q[2] for q in spans)
            or words[0].group().casefold() in function_words()
            or words[0].group() in _not_names()
        ):
            words.pop(0)  # "Pakistan Super Mushshak": the model begins after the actor
        if not words:
            continue
        start, end = words[0].start(), m.end(1)
        if any(q[3] == "weapon" and not is_class(q) and q[2] == start - 1 for q in spans):
            drop.add(s[0])  # "the ZC-390 Millennium transport aircraft": its popular name
            continue
        name = text[start:end]
        if any(
            w.group().casefold() in function_words() or w.group() in _not_names() for w in words
        ):
            continue
        if name in makers or name in load_civil_aircraft() or _sentence_start(text, start):
            continue
        noun = text[s[1] : s[2]].split()[0]
        if _EVENT_AFTER.match(text, s[2]) or _used_as_place(text, name, noun):
            continue  # "the Odesa drone attack", "Kharkiv drones" in an article "in Kharkiv"
        if any(q[1] < end and start < q[2] for q in spans) or any(
            f[3] < s[2] and start < f[4] for f in found
        ):
            continue
        out.append((name, s[5], s[6], start, s[2], "model name before class noun"))
        drop.add(s[0])
    return out, drop


#: A class noun written as its acronym ("UAV", "UCAVs"): a model's name may stand before it
#: as before a lower-case class noun ("the Condor UAV").
_CLASS_ACRONYM = regex.compile(r"\p{Lu}{3,5}s?")

#: An event noun after a class noun: the name before the class is where or who, not a
#: model ("the Odesa drone attack", "a Gaza rocket barrage").
_EVENT_AFTER = regex.compile(
    r" (?:attacks?|strikes?|raids?|assaults?|barrages?|incursions?|sightings?|alerts?"
    r"|threats?|warfare|war|activity|launch(?:es)?|fire|debris)\b"
)

#: A preposition of place before a name: "in Kharkiv", "near Odesa", "over the Gaza".
_PLACE_PREPOSITIONS = r"(?:in|near|over|around|outside|across|into|at|from|towards?)"


def _used_as_place(text: str, name: str, noun: str) -> bool:
    """Whether the article writes ``name`` as a place: after a preposition of place and
    not before the class word ``noun`` ("in Kharkiv", "near Odesa"; "invested in Falco
    drones" is the drone).

    >>> _used_as_place("Drones hit homes in Kharkiv overnight.", "Kharkiv", "drones")
    True
    >>> _used_as_place("It invested in Falco drones.", "Falco", "drones")
    False
    """
    pattern = (
        rf"\b{_PLACE_PREPOSITIONS} (?:the )?{regex.escape(name)}"
        rf"(?![\w-]| {regex.escape(noun)}\b)"
    )
    return regex.search(pattern, text) is not None


#: Categories whose class noun a model's name may stand before: "Gowind corvettes",
#: "Black Shark torpedoes".
_MODEL_CATEGORIES = frozenset(
    {"aircraft", "uav", "ships", "anti_submarine", "missiles", "artillery", "armoured_vehicles",
     "air_defence"}
)  # fmt: skip
_MODEL_BEFORE = regex.compile(
    r"(?<![\w'’-])((?:\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)"
    r"(?: (?:\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)){0,2}(?: (?:II|III|IV|VI?))?"
    r"|\p{Lu}{3,6}) $"
)


_CAP_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+|\p{Lu}{3,6}")
#: A name in camel case ("SkyWard", not "McDonnell") or all capitals ("ZORAN"; a Roman
#: numeral "III" is a model's number).
_UNUSUAL_CASE = regex.compile(r"\p{Lu}\p{Ll}{2,}\p{Lu}|\b(?!III\b)\p{Lu}{3,6}\b")


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a paragraph or a quote."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in '.!?\n"“:;(' or before.endswith("\n")


@lru_cache(maxsize=4)
def load_designation_prefixes(path: str | Path = "") -> dict[str, str]:
    """Return ``{prefix: category}`` from ``data/designation_prefixes.csv``.

    >>> load_designation_prefixes()["MQ"], "G" in load_designation_prefixes()
    ('uav', False)
    """
    rows = read_data_rows(Path(path) if path else DESIGNATION_PREFIXES_FILE, ("prefix", "category"))
    return {row["prefix"]: row["category"] for row in rows}


#: A US-style designation and a popular name of one or two capitalised words, then
#: lower case or punctuation: "T-38 Talon after", "A-29 Super Tucano,".
_POPULAR_NAMED = regex.compile(
    r"(?<![\w/-])(?P<prefix>\p{Lu}{1,3})-(?P<number>\d{1,3}\p{Lu}?)"
    r" (?P<popular>\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?)(?=[,.;:)]| \p{Ll}|$)"
)


def popular_names(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> tuple[list[tuple], set[int]]:
    """A US-style designation with its popular name ("the aging T-38 Talon"): one
    mention of that system, named by its designation, without a class noun. The prefix must be a
    mission letter of ``data/designation_prefixes.csv``; the name no function word,
    day, month or head of an organisation's name ("F-1 Visa" is none). A lexicon name
    that begins inside the popular name ("Hawk trainer jets" in "the ZT-9A Red Hawk
    trainer jets") is part of this one mention, not another system: its rows are
    returned to drop."""
    text, out, drop = article.text, [], set()
    prefixes, heads = load_designation_prefixes(), load_name_heads()
    for section in article.counted_sections():
        if section.kind in ("headline", "subheading"):
            continue
        for m in _POPULAR_NAMED.finditer(text, section.start, section.end):
            category = prefixes.get(m.group("prefix"))
            words = m.group("popular").split()
            if _FLIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Flight MH-17": a flight number
            if category is None or any(
                w.casefold() in function_words() or w in heads or w in _not_names() for w in words
            ):
                continue
            start, end = m.span()
            near = [q for q in spans if q[1] < end and start < q[2]]
            tails = [q for q in near if q[3] == "weapon" and q[1] > m.start("popular")]
            if len(tails) < len(near) or any(f[3] < end and start < f[4] for f in found):
                continue
            end = max([end] + [q[2] for q in tails])
            name = f"{m.group('prefix')}-{m.group('number')}"
            out.append((name, category, "", start, end, "designation with popular name"))
            drop.update(q[0] for q in tails)
    return out, drop


_FLIGHT_BEFORE = regex.compile(r"(?<![\w-])(?:[Ff]light|[Rr]oute|[Hh]ighway) $")


@lru_cache(maxsize=4)
def load_civil_makers(path: str | Path = "") -> frozenset[str]:
    """Return the makers of cars and phones of ``data/civil_makers.txt``.

    >>> {"BMW", "Samsung"} <= load_civil_makers()
    True
    """
    path = Path(path) if path else CIVIL_MAKERS_FILE
    words = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(word for word in words if word)


def after_civil_maker(text: str, start: int) -> bool:
    """Whether a designation at ``start`` follows a maker of cars or phones ("a BMW X5")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1) in load_civil_makers()


_WORD_BEFORE = regex.compile(r"(?<![\w-])([\w-]+) $")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words never a model's or a popular name (``data/not_weapon_names.txt``)."""
    lines = NOT_NAME_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (line.split("#")[0].strip() for line in lines) if w)


@lru_cache(maxsize=1)
def _civil_pattern() -> regex.Pattern:
    models = "|".join(regex.escape(m).replace(r"\ ", "[- ]?") for m in load_civil_aircraft())
    return regex.compile(
        rf"(?<![\w/-])(?:Airbus |Embraer |Bombardier |COMAC |Comac |Sukhoi )?(?:{models})"
        r"(?:-\d{1,4}\p{Lu}{0,3})?\p{Lu}{0,3}(?: (?:MAX|neo|XWB|ER|LR)(?: \d{1,2})?)?s?"
        r"(?: \([^()\n]{1,20}\))?(?P<after>(?: [\p{Ll}-]+){0,3})(?![\w-])"
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
