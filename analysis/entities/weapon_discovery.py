"""Weapon discovery: systems no lexicon knows, recognised from their shape next to a class noun.

A second pass over the mentions table, like ``analysis.discovery`` for actors:

- a designation (letters and digits: "K-300", "MIM-104E", "M2A1", "AN/QRS-12", "EL/Q-2052",
  "XT 7B", a maker's name and model number: "Falco 208"; a variant suffix
  "-300" is left out of the name) or a
  ship class ("Ulsan-class", "Ulsan-class Batch II") right before a class noun
  ("the K-300 howitzer", "MIM-104E missiles", "K-300 armoured supply
  vehicles") is one mention of that system, named by its designation; the
  class noun is not counted again;
- a class noun in apposition before a designation ("a radar satellite, XT
  7B,") is one mention of the designation; before a lexicon system of its
  category ("an IRBM, the Agni-4") it is part of that system's mention;
- a modifier coordinated with a class's own ("surface-to-air and cruise
  missiles") names a class of its own when the lexicon has it
  ("surface-to-air missile");
- a one-word name the lexicon knows with a class noun after it ("Meteor missile"),
  written with describing words before that noun ("Meteor beyond-visual-range
  missiles", "Aster surface-to-air missiles"), is one mention of that system;
- a capitalised name with its acronym before "system(s)" ("Sky Watch
  Electronic Measure (SWEM) systems"), or a capitalised name ending in
  "System" that holds a lexicon class ("Automated Air Defence Reporting
  System"), is one named system;
- a name and its bracketed acronym after a name that ends in a class noun ("Light
  Armoured Vehicles (LAVs)") are two mentions of one system; an all-capital
  programme name before capitalised words ending in a class noun ("ZENTAR Long
  Range Radar") is one;
- warships by their navy's prefix, names found once counted where the article
  repeats them, and class words inside non-weapon names are ``weapon_names``'s;
  bare "vehicles" referring back, bare variants ("the -132") and class words in a
  comparison ("like a jet engine") are ``weapon_references``'s.

Rows found carry ``in_lexicon`` False and their rule as ``evidence``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from analysis.entities.lexicon import Lexicons
from analysis.entities.matcher import compile_matcher
from analysis.entities.mention_rows import MentionRow, row_at
from analysis.entities.scan import lookup_form
from analysis.entities.weapon_brackets import (
    bracket_close,
    bracketed_classes,
    named_before,
    restatements,
)
from analysis.entities.weapon_models import (
    after_civil_maker,
    after_maker,
    model_names,
    popular_names,
)
from analysis.entities.weapon_names import (
    adjacent_repeats,
    civil_aircraft,
    family_mentions,
    find_ships,
    function_words,
    inside_names,
    is_ship_name,
    later_mentions,
    load_name_heads,
    lower_case_names,
    named_after_class,
)
from analysis.entities.weapon_references import (
    adjacent_classes,
    aircraft_roles_back,
    bare_variants,
    boats_back,
    classes_by_short_name,
    compared,
    described_classes,
    described_systems,
    fighters_back,
    formations,
    military_modifiers,
    numbered_rounds,
    owned_ships_and_fighters,
    popular_repeats,
    short_designations,
    unowned_planes,
    vehicles_back,
)
from analysis.text import Article, Sentence

#: A designation or a ship class: "K-300", "MIM-104E", "M2A1", "AN/FPS-132", "XT 7B", "92N6"
#: (a Soviet-style index: digits, letters, digits), "EL/M-2052" (a two-letter prefix and slash),
#: "Mk 41", "Ulsan-class Batch III", "Project 15B-class", "Bravo class" (a ship class
#: noun must follow), or a maker's name and model number ("Agusta 109
#: Power"). A variant suffix after the number ("F100-232") is left out of the ``base`` name.
DESIGNATION = regex.compile(
    r"(?<![\w/-])(?P<base>(?:\p{Lu}\p{Ll}+ \d{1,4}\p{Lu}?|\p{Lu}[\p{Lu}\p{Ll}]*)[- ]class"
    r"(?: (?:\p{Lu}[\w]*))*"
    r"|(?:\p{Lu}{2}/)?\p{Lu}{1,6}(?:-| )?\d{1,4}(?:\p{Lu}{1,3}\d{0,2})?"
    r"|\p{Lu}(?:\p{Ll}{1,2}|\p{Ll}\p{Lu})-\d{1,4}(?:\p{Lu}{1,3}\d{0,2})?"
    r"|\d{1,2}\p{Lu}{1,2}\d{1,4}(?:\p{Lu}{1,3}\d{0,2})?"
    r"|Mk\.?[- ]?\d{1,3}(?: Mod \d{1,2})?"
    r"|(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Block|Lot|Phase"
    r"|Batch|Flight|Tranche|Increment|Article|Chapter|Section|Resolution)\b)"
    r"\p{Lu}\p{Ll}{2,} (?!1[89]\d\d\b|20\d\d\b)\d{2,4}(?: \p{Lu}\p{Ll}+(?= \p{Ll}))?)"
    r"(?:-\d{1,4}\p{Lu}?)?(?![\w-]|\.\d)"
)
#: A capitalised word right before a maker's model ("Ground" of "Ground Master 400").
_TITLE_WORD_BEFORE = regex.compile(r"(?<![\w'’-])(\p{Lu}\p{Ll}{2,}) $")
#: A maker's name and model number ("Agusta 109"), as opposed to a designation.
_MAKER_MODEL = regex.compile(r"\p{Lu}\p{Ll}{2,} \d")
#: Lower-case nouns that end a weapon's class phrase when no lexicon class does.
CLASS_NOUNS = {
    **dict.fromkeys(("vehicle", "vehicles", "truck", "trucks", "carrier", "carriers"),
                    "armoured_vehicles"),
    **dict.fromkeys(("system", "systems", "launcher", "launchers", "gun", "guns"), "other"),
    **dict.fromkeys(("vessel", "vessels", "ship", "ships", "boat", "boats"), "ships"),
    **dict.fromkeys(("plane", "planes", "jet", "jets"), "aircraft"),
    **dict.fromkeys(("engine", "engines"), "engines"),
    **dict.fromkeys(("cartridge", "cartridges", "projectile", "projectiles"), "munitions"),
}  # fmt: skip
_LOWER_WORD = regex.compile(r"[\p{Ll}][\p{Ll}\d-]*")
_COMMA_BEFORE = regex.compile(r",\s+(?:the\s+)?$")
_ACRONYM_SYSTEM = regex.compile(r"\s*\((\p{Lu}{2,6})s?\)(?:\s+(systems?)\b)?")
#: An all-capital programme name before capitalised words ending in a class noun:
#: "CEAFAR Active Phased Array Radar".
_ACRONYM_LED = regex.compile(r"(?<![\w/-])\p{Lu}{3,8}(?: \p{Lu}[\p{Ll}-]+){1,5}(?![\w-])")
_COMMA = regex.compile(r",\s+(?:(?:the|an?)\s+)?| ")
#: A capitalised name right after a class noun: "drones Lancet", "the missile Storm".
_NAME_AFTER = regex.compile(r" (\p{Lu}[\p{L}]+)(?![\w-]| \p{Lu})")
_COORDINATED = regex.compile(
    r"(?<![\w-])(\p{Ll}+(?:-\p{Ll}+)+),? (?:and|or) (?:\p{Ll}+(?:-\p{Ll}+)+ )?$"
)
_LOWER_WORDS = regex.compile(r"((?:\s+[\p{Ll}][\p{Ll}\d-]*){1,5})")
_DESCRIPTION_AFTER = regex.compile(
    r" \p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|with|and|of|for)){0,7}(?= \p{Ll})"
)
_CAPITAL_RUN = regex.compile(r"\p{Lu}[\w-]*(?: (?:and |of |for )?\p{Lu}[\w-]*)+")


def discover_weapons(
    article: Article,
    sentences: Sequence[Sentence],
    rows: list[MentionRow],
    lexicons: Lexicons | None = None,
) -> list[MentionRow]:
    """Return ``rows`` with the weapons found from their shape, in text order (see the
    module docstring)."""
    text = article.text
    rows = _without_ship_actors(rows)
    if lexicons is not None:
        matcher = compile_matcher(lexicons)
        rows = military_modifiers(text, rows, lambda form: lookup_form(matcher, form))
    spans = [(i, r.start, r.end, r.kind, r.name, r.type, r.weapon_class)
             for i, r in enumerate(rows)]  # fmt: skip
    found, drop = find_ships(article, spans)
    after_class, replaced = named_after_class(article, spans)
    found += [f for f in after_class if not any(g[3] < f[4] and f[3] < g[4] for g in found)]
    drop.update(replaced)
    civil, civil_models = civil_aircraft(article, spans)
    drop.update(civil)
    acronyms: dict[str, str] = {}
    for section in article.counted_sections():
        for m in DESIGNATION.finditer(text, section.start, section.end):
            if any(a < m.end() and m.start() < b for a, b in civil_models):
                continue
            if after_civil_maker(text, m.start()):
                continue  # "a BMW X5 vehicle": a car's model
            hit = _with_class_after(text, m, spans, found)
            if hit is None:
                hit = _with_class_before(text, m, spans, found)
            if hit is None:
                hit = after_maker(text, m, spans, found)
            if hit is None and lexicons is not None:
                hit = _variant(text, m, spans, found, compile_matcher(lexicons))
            if hit is not None:
                found += hit[0] if isinstance(hit[0], list) else [hit[0]]
                drop.update(hit[1])
        for m in _CAPITAL_RUN.finditer(text, section.start, section.end):
            hit = _named_system(text, m, spans, found)
            if hit is not None:
                found += hit[0] if isinstance(hit[0], list) else [hit[0]]
                drop.update(hit[1])
                if hit[2]:
                    acronyms[found[-1][0]] = hit[2]
        for m in _ACRONYM_LED.finditer(text, section.start, section.end):
            hit = _acronym_led(text, m, spans, found)
            if hit is not None:
                found.append(hit[0])
                drop.update(hit[1])
    found = _classes_before_ships(text, found)
    named, replaced = popular_names(article, spans, found)
    found += named
    drop.update(replaced)
    models, replaced = model_names(article, spans, found)
    found += _ship_models_as_classes(models, found, lexicons)
    drop.update(replaced)
    if lexicons is not None:
        rows_found = family_mentions(article, spans, lexicons)
        for row in rows_found + lower_case_names(article, spans, lexicons):
            if not any(f[3] < row[4] and row[3] < f[4] for f in found):
                found.append(row)
                drop.update(s[0] for s in spans if row[3] <= s[1] and s[2] <= row[4])
    again, replaced = later_mentions(article, spans, found, acronyms)
    found += again
    drop.update(replaced)
    drop.update(inside_names(article, spans))
    drop.update(adjacent_repeats(text, spans))
    drop.update(_appositions(text, spans))
    drop.update(compared(text, spans))
    drop.update(described_classes(text, spans))
    drop.update(formations(text, spans))
    drop.update(unowned_planes(text, spans))
    drop.update(adjacent_classes(text, spans))
    drop.update(described_systems(text, spans, function_words()))
    drop.update(bracketed_classes(text, spans, found))
    if lexicons is not None:
        named, replaced = _named_after_class(text, spans, found, compile_matcher(lexicons))
        found += named
        drop.update(replaced)
        named, replaced = _named_before_described_class(
            text, spans, found, compile_matcher(lexicons)
        )
        found += named
        drop.update(replaced)
    found += bare_variants(article, spans, found)
    found += numbered_rounds(article, spans, found)
    found += owned_ships_and_fighters(article, spans, found)
    found += fighters_back(article, spans, found)
    found += aircraft_roles_back(article, [s for s in spans if s[0] not in drop], found)
    found += popular_repeats(article, spans, found)
    found += short_designations(article, spans, found)
    found += vehicles_back(article, [s for s in spans if s[0] not in drop], found)
    found += boats_back(article, [s for s in spans if s[0] not in drop], found)
    found += classes_by_short_name(article, [s for s in spans if s[0] not in drop], found)
    if lexicons is not None:
        found += _coordinated(text, rows, compile_matcher(lexicons))
    if not found and not drop:
        return rows
    new = [
        row_at(sentences, "", kind="weapon", name=name, type=category, weapon_class=weapon_class,
               country="", form=text[start:end], start=start, end=end, in_lexicon=False,
               evidence=evidence)
        for name, category, weapon_class, start, end, evidence in found
    ]  # fmt: skip
    kept = [r for i, r in enumerate(rows) if i not in drop]
    return sorted(kept + new, key=lambda r: r.start)


def _classes_before_ships(text: str, found: list[tuple]) -> list[tuple]:
    """A ship class right before a ship's name ("Flyvefisken-class patrol ship Sėlis
    (P15)") is part of the ship's one mention, as a bare class word is."""
    classes = {f[4] + 1: f for f in found if "-class" in f[0] and text[f[4] : f[4] + 1] == " "}
    out = []
    for f in found:
        if f in classes.values() and any(g[3] == f[4] + 1 and g[5] in _SHIPS for g in found):
            continue
        if f[5] in _SHIPS and f[3] in classes:
            f = (*f[:3], classes[f[3]][3], *f[4:])
        out.append(f)
    return out


_SHIPS = ("ship prefix", "hull number")


def _ship_models_as_classes(models: list[tuple], found: list[tuple], lexicons) -> list[tuple]:
    """A ship model's name ("Krivak frigates", "Virginia submarines") under its class's
    name when the lexicon or the article names that class ("Virginia-class submarine",
    "Krivak class stealth frigates"): one class, one name."""
    matcher = compile_matcher(lexicons) if lexicons is not None else None
    out = []
    for row in models:
        if row[1] == "ships":
            named = next((f for f in found if f[0].startswith(f"{row[0]}-class ")), None)
            target = lookup_form(matcher, f"{row[0]}-class") if matcher is not None else None
            if target.__class__ is tuple and target[1] == "weapon":
                row = (target[0], target[2], target[3], *row[3:])
            elif named is not None:
                row = (named[0], named[1], named[2], *row[3:])
        out.append(row)
    return out


def _without_ship_actors(rows: list[MentionRow]) -> list[MentionRow]:
    """Names found as actors that are ships ("LNS Sėlis", then "Sėlis"): a navy's ship
    prefix makes the name a warship, which ``find_ships`` counts."""
    ships = {
        r.name for r in rows if r.kind == "actor" and not r.in_lexicon and is_ship_name(r.name)
    }
    if not ships:
        return rows
    return [r for r in rows if not (r.kind == "actor" and r.name in ships)]


def _variant(text, m, spans, found, matcher):
    """A lexicon designation with a variant suffix the lexicon does not list ("Mi-17B5",
    "F-16V"): one mention of that system."""
    start, end = m.span()
    split = _VARIANT_SUFFIX.fullmatch(m.group())
    if split is None or _overlaps(spans, found, start, end):
        return None
    target = lookup_form(matcher, split.group(1))
    if target.__class__ is not tuple or target[1] != "weapon" or target[0].islower():
        return None
    return (target[0], target[2], target[3], start, end, "variant of a lexicon name"), []


_VARIANT_SUFFIX = regex.compile(r"(.*\d)(?:\p{Lu}[\p{Lu}\d]{0,4}|-\d{1,3}\p{Lu}{0,2})")


def _coordinated(text: str, rows: list[MentionRow], matcher) -> list[tuple]:
    """A modifier coordinated with a class's own ("surface-to-air and cruise missiles"):
    the modifier and the class's last word make a class of the lexicon, a mention of
    its own (the modifier's words)."""
    out = []
    for row in rows:
        if row.kind != "weapon" or not (row.name.islower() or row.name == row.weapon_class):
            continue
        m = _COORDINATED.search(text, max(0, row.start - 60), row.start)
        if m is None:
            continue
        target = lookup_form(matcher, f"{m.group(1)} {row.form.split()[-1]}")
        if target.__class__ is tuple and target[1] == "weapon":
            start, end = m.span(1)
            if not any(r.start < end and start < r.end for r in rows):
                out.append((target[0], target[2], target[3], start, end, "coordinated modifier"))
    return out


def _with_class_after(text, m, spans, found):
    """A designation and the class phrase after it ("K-300 armoured supply vehicles")."""
    start, end = m.span()
    if _overlaps(spans, found, start, end):
        return None
    words = _LOWER_WORDS.match(text, end)
    close = end
    if words is None and not _SHIP_CLASS.search(m.group()):
        close = bracket_close(text, start, end)  # "(XM-99) missile", "KM-88 (Thunderbolt) gun"
        words = _LOWER_WORDS.match(text, close) if close > end else None
    if words is None and not _SHIP_CLASS.search(m.group()):
        # "M900A1 High Explosive Multi-Purpose with Tracer tank cartridges": a capitalised
        # description between the designation and its class phrase is part of the mention
        described = _DESCRIPTION_AFTER.match(text, end)
        words = _LOWER_WORDS.match(text, described.end()) if described else None
    if words is None:
        return None
    best, ship_class = None, _SHIP_CLASS.search(m.group()) is not None
    for w in _LOWER_WORD.finditer(text, words.start(), words.end()):
        if ship_class and w.group() in function_words():
            break  # "the Bravo class is a corvette design": the class's noun ends its phrase
        lexical = _weapon_class_at(spans, w.start())
        if lexical is not None:
            row = lexical
            best = (row[2], row[5], row[6], [row[0]])
        elif w.group() in CLASS_NOUNS:
            category = CLASS_NOUNS[w.group()]
            category = best[1] if best and category == "other" else category
            weapon_class = best[2] if best else w.group().rstrip("s")
            absorbed = best[3] if best else []
            best = (w.end(), category, weapon_class, absorbed)
    if best is None:
        return None
    stop, category, weapon_class, absorbed = best
    if (_MAKER_MODEL.match(m.group()) or close > end) and not absorbed:
        return None  # "Route 66 trucks", "Cruiser (LC300) vehicles": a class of the lexicon
    if " class" in m.group("base") and category != "ships":
        return None  # "a Business class jet": without its dash, a class names ships only
    inner = [s for s in _near(spans, start, stop) if start <= s[1] and s[2] <= stop]
    if any(s[3] != "weapon" or not _is_class(s) for s in inner):
        return None
    name = _name_of(m.group("base"), text[end:stop])
    if _MAKER_MODEL.match(m.group()):  # "Ground Master 400 radar": a two-word model name
        first = _TITLE_WORD_BEFORE.search(text, max(0, start - 16), start)
        if (
            first is not None
            and first.group(1).casefold() not in function_words()
            and not _near(spans, first.start(1), start - 1)
        ):
            start, name = first.start(1), f"{first.group(1)} {name}"
    if close == end:
        return (name, category, weapon_class, start, stop, "designation before class noun"), [
            s[0] for s in inner
        ]
    owner = named_before(spans, start) if close == end + 1 else None
    if owner is not None:  # "Hellfire (XM-99) missile": the named weapon's designation
        name, category, weapon_class = owner[4], owner[5], owner[6]
    again = restatements(text, start, end, close, spans)
    if close > end + 1 and again:  # "KM-88 (Thunderbolt) launcher": the name takes the class
        again, stop = [(again[0][0], stop)], end
    rows = [(name, category, weapon_class, start, stop, "designation in brackets")]
    rows += [
        (name, category, weapon_class, first, last, "name restated in brackets")
        for first, last in again
    ]
    return rows, [s[0] for s in inner]


def _with_class_before(text, m, spans, found):
    """A class noun in apposition before a designation ("a satellite, XT 7B,")."""
    start, end = m.span()
    if _overlaps(spans, found, start, end) or _SHIP_CLASS.search(m.group()):
        return None
    before = _COMMA_BEFORE.search(text[max(0, start - 12) : start])
    if before is None:
        return None
    cut = start - len(before.group())
    near = _near(spans, cut - 1, cut)
    row = next((s for s in near if s[2] == cut and s[3] == "weapon" and _is_class(s)), None)
    if row is None or text[end : end + 1] not in (",", ".", ")", ";", " "):
        return None
    return (m.group("base"), row[5], row[6], row[1], end, "class noun before designation"), [row[0]]


def _named_system(text, m, spans, found):
    """A capitalised name ending in "System" holding a class, or a name with its
    acronym: before "system(s)", or after a name that ends in a class noun ("Light
    Armored Vehicles (LAVs)"). Returns the found row, the rows it replaces and the
    acronym the article may repeat ("" when none)."""
    start, end = m.span()
    if _overlaps(spans, found, start, end, only_actors=True):
        return None
    after = _ACRONYM_SYSTEM.match(text[end : end + 30])
    inner = [s for s in _near(spans, start, end) if start <= s[1] and s[2] <= end]
    if any(s[3] != "weapon" or not _is_class(s) for s in inner):
        return None
    if after and after.group(2):
        category = inner[-1][5] if inner else "sensors" if "Measure" in m.group() else "other"
        stop = end + after.end()
        return (
            (m.group(), category, "system", start, stop, "name before system"),
            [s[0] for s in inner],
            after.group(1),
        )
    if (
        after
        and inner
        and inner[-1][2] == end
        and m.group().rsplit(" ", 1)[-1] in load_name_heads()
    ):
        return None  # "Electronic Warfare (EW)": a field of warfare, a doctrine's name
    if after and inner and inner[-1][2] == end:
        # the name and its bracketed acronym are two written mentions, as for actors
        category, weapon_class = inner[-1][5], inner[-1][6]
        acronym_start = end + after.start(1)
        acronym_end = end + after.end() - 1
        return (
            [
                (m.group(), category, weapon_class, start, end, "name before acronym"),
                (
                    m.group(),
                    category,
                    weapon_class,
                    acronym_start,
                    acronym_end,
                    "name before acronym",
                ),
            ],
            [s[0] for s in inner],
            after.group(1),
        )
    whole_class = len(inner) == 1 and inner[0][1] == start and inner[0][2] == end
    if m.group().endswith(("System", "Systems")) and inner and not whole_class:
        # "Unmanned Systems" alone is the class in capitals, no named system
        return (
            (m.group(), inner[-1][5], inner[-1][6], start, end, "named system"),
            [s[0] for s in inner],
            "",
        )
    return None


def _acronym_led(text, m, spans, found):
    """An all-capital programme name before capitalised words that end in a class
    noun of the lexicon ("CEAFAR Active Phased Array Radar"): one named system."""
    start, end = m.span()
    if _overlaps(spans, found, start, end, only_actors=True):
        return None
    inner = [s for s in _near(spans, start, end) if start <= s[1] and s[2] <= end]
    if not inner or inner[-1][2] != end or any(s[3] != "weapon" or not _is_class(s) for s in inner):
        return None
    row = (m.group(), inner[-1][5], inner[-1][6], start, end, "programme name before class noun")
    return row, [s[0] for s in inner]


def _appositions(text, spans) -> list:
    """Class mentions in apposition before a lexicon system of their category ("an
    IRBM, the Agni-4"), or after it between commas ("the Agni-4, an IRBM, ..."; a
    demonym or modifiers may stand before the class: "the ZX-9, a Turkish-made
    drone,"): part of the system's mention."""
    out = []
    for a, b in zip(spans, spans[1:], strict=False):
        same = a[3] == b[3] == "weapon" and a[5] == b[5] and _is_class(a) and not _is_class(b)
        if same and _COMMA.fullmatch(text[a[2] : b[1]]):
            out.append(a[0])
    weapons = [s for s in spans if s[3] == "weapon"]
    for a, b in zip(weapons, weapons[1:], strict=False):
        if (
            _is_class(a)
            or not _is_class(b)
            or a[5] != b[5]
            or not _APPOSITION_END.match(text, b[2])
        ):
            continue
        between = _APPOSITION_AFTER.fullmatch(text, a[2], b[1])
        if between is None or any(
            w.casefold() in function_words() for w in between.group(1).split()
        ):
            continue
        if all(s[3] == "actor" or s[0] in (a[0], b[0]) for s in _near(spans, a[1], b[2])):
            out.append(b[0])
    return out


#: Between a named system and a class noun in apposition after it: ", a ", ", an
#: advanced ", ", the Turkish-made ".
_APPOSITION_AFTER = regex.compile(r", (?:an?|the) ((?:[\w-]+ ){0,3})")
#: The end of an apposition: a comma, a dash, a bracket or the sentence's end.
_APPOSITION_END = regex.compile(r"[,;:)—–.]|$")


def _named_after_class(text, spans, found, matcher) -> tuple[list[tuple], set[int]]:
    """A class noun before a one-word name that the lexicon knows with that noun after
    it ("drones Lancet" for "Lancet drone"): one mention of that system, the class
    noun included."""
    out, drop = [], set()
    for s in spans:
        if s[3] != "weapon" or not _is_class(s):
            continue
        m = _NAME_AFTER.match(text, s[2])
        if m is None or _overlaps(spans, found, m.start(1), m.end(1)):
            continue
        noun = text[s[1] : s[2]].split()[-1].casefold()
        nouns = dict.fromkeys((noun, noun[:-1] if noun.endswith("s") else noun))
        for word in nouns:
            target = lookup_form(matcher, f"{m.group(1)} {word}")
            if target.__class__ is tuple and target[1] == "weapon" and target[2] == s[5]:
                out.append(
                    (target[0], target[2], target[3], s[1], m.end(1), "class noun before name")
                )
                drop.add(s[0])
                break
    return out, drop


#: A capitalised name and one to three lower-case describing words before a class noun:
#: "Meteor beyond-visual-range ", "Aster long-range air-defence ".
_NAME_DESCRIBED = regex.compile(
    r"(?<![\w'’-])(\p{Lu}[\p{L}\d]+) ((?:\p{Ll}[\p{Ll}-]*\p{Ll} ){0,3})$"
)


def _named_before_described_class(text, spans, found, matcher) -> tuple[list[tuple], set[int]]:
    """A one-word name that the lexicon knows with a class noun after it ("Meteor missile"),
    written with describing words before that noun ("Meteor beyond-visual-range missiles",
    "Aster long-range air-defence missiles"): one mention of that system, the describing
    words and any class rows inside them included. Describing words are no function
    words, verbs or plural nouns ("Meteor fired missiles" is not one)."""
    out, drop = [], set()
    weapons = [s for s in spans if s[3] == "weapon"]
    for s in weapons:
        if not _is_class(s) or s[0] in drop:
            continue
        m = _NAME_DESCRIBED.search(text, max(0, s[1] - 80), s[1])
        if m is None or _overlaps(spans, found, m.start(1), m.end(1)):
            continue
        words = m.group(2).split()
        if any(
            w in function_words() or (w.endswith(("ed", "ing", "s")) and "-" not in w)
            for w in words
        ):
            continue
        noun = text[s[1] : s[2]].split()[-1].casefold()
        for word in dict.fromkeys((noun, noun[:-1] if noun.endswith("s") else noun)):
            target = lookup_form(matcher, f"{m.group(1)} {word}")
            if target.__class__ is tuple and target[1] == "weapon":
                out.append(
                    (target[0], target[2], target[3], m.start(1), s[2], "name, description, class")
                )
                drop.update(q[0] for q in weapons if m.end(1) <= q[1] and q[2] <= s[2])
                break
    return out, drop


def _is_class(span) -> bool:
    """A generic class entry ("cruise missile"), not a named system."""
    return span[4].islower() or span[4] == span[6]


def _weapon_class_at(spans, offset):
    near = _near(spans, offset, offset + 1)
    return next((s for s in near if s[1] == offset and s[3] == "weapon" and _is_class(s)), None)


def _overlaps(spans, found, start, end, only_actors=False) -> bool:
    if any(f[3] < end and start < f[4] for f in found[-8:]):
        return True
    return any(s[3] == "actor" or not only_actors for s in _near(spans, start, end))


def _near(spans, start: int, end: int) -> list:
    """The spans overlapping ``[start, end)`` (spans are sorted by start; none is longer
    than ``_LONGEST`` characters), found by bisection."""
    low = bisect_left(spans, start - _LONGEST, key=_START)
    high = bisect_left(spans, end, key=_START)
    return [s for s in spans[low:high] if s[2] > start]


def _START(span) -> int:
    return span[1]


_LONGEST = 400
_SHIP_CLASS = regex.compile(r"[- ]class\b")


def _name_of(designation: str, phrase: str) -> str:
    """A ship class keeps its noun ("Ulsan-class frigate"), written with its dash; a
    designation is its own name.

    >>> _name_of("Bravo class", " corvettes"), _name_of("K-300", " howitzers")
    ('Bravo-class corvette', 'K-300')
    """
    if not _SHIP_CLASS.search(designation):
        return designation
    designation = _SHIP_CLASS.sub("-class", designation, count=1)
    noun = phrase.split()[-1] if phrase.split() else ""
    return f"{designation} {noun[:-1] if noun.endswith('s') else noun}".strip()
