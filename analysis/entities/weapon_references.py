"""Weapon mentions read from what a word refers to: back-references, variants, short names.

Helpers of ``weapon_discovery`` (the second pass over the mentions table):

- a bare "vehicle(s)" after the article has named an armoured or military vehicle
  ("... 80 armoured personnel carriers. The vehicles arrive in May.") refers back to it
  and counts as an armoured vehicle, when nothing but a determiner, a number or a
  word of sequence stands before it ("the vehicles", "Vehicle deliveries", "30
  vehicles"), with at most a word of age or upkeep ("40 upgraded vehicles");
  "police vehicles", "a 4x4 vehicle" and "gross vehicle weight" do not;
- a bare variant suffix ("the -132", "the current -129", '"-132A"') after the
  article wrote a designation with a variant ("the F110-132 engine") is a mention
  of that system;
- a number of "rounds" ("40 rounds", "13 live rounds", "200 7.62mm rounds") is
  ammunition; "three rounds of talks" is not (a number of rounds "of" anything
  but ammunition counts nothing, and "rounds of ammunition" is the ammunition's);
  rounds counted by a word of quantity ("multiple rounds", "two more rounds") are
  ammunition when their sentence fires them ("troops fired multiple rounds");
- a state's or an alliance's "ship(s)" or "vessel(s)" ("the Chinese ship", "American and
  Canadian ships", "two NATO vessels") is a warship once the article has named a warship,
  unless a named ship follows ("Canadian vessels HMCS X and HMCS Y": part of theirs);
  a state's "fighters" ("Russian fighters were sent to intercept the drone") are
  fighter jets when their sentence speaks of flight or names an aircraft, or when the
  article names a fighter aircraft and no armed group ("Ukrainian fighters downed a
  drone" alone are people);
  an aircraft maker's "fighters" ("Sukhoi fighters") are fighter jets;
- "the fighters", "these fighters", "36 fighters", "a new generation of fighters",
  "ageing fighters", "fifth-generation fighters" in an article that names a fighter
  aircraft ("... 36 ZX-9 jets. The fighters arrive in May.") are fighter jets, unless
  the article names an armed group (whose fighters are people); before the name only
  "new fighters" and "a generation (fleet, squadron) of fighters" are ("Ruritania wants
  36 new fighters. The ZX-9 ..."): "the fighters" there may be people;
- a popular name written once right after a named system ("a ZX-34 Fullback strike
  aircraft") names that system again later as "the Fullback";

- bare "bombers", "tankers", "trainers" and "airframes" after the article has named a
  military aircraft ("... fighter jets and tankers. The airframes arrive in May.") are
  aircraft when only a determiner, a number, "and"/"or" or a word of age stands before
  them; "oil tankers", "suicide bombers" and trainers with no aircraft named count nothing.

- a designation's short form after "the" later in the article ("the ZT-7" after
  "ZT-7A Kestrel"; "the EX" after "ZF-15EX", two or more variant letters) is the
  same system again.


Bare ship words that refer back ("the first ship", "the boats", "three Virginias") are
``weapon_ship_references``'s; class words that are no mention of their own
(comparisons, formations, descriptions) are ``weapon_exclusions``'s.

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``;
spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_models import load_weapon_makers
from analysis.entities.weapon_spans import STATE_TYPES, is_class
from analysis.text import Article

#: A bare vehicle noun (capitalised at a sentence's start, or in lower case).
_VEHICLE = regex.compile(r"(?<![\w-])(?:[Vv]ehicles?)(?![\w-])")
#: What may stand before a bare "vehicles" that refers back: a determiner, a number, a
#: word of sequence, then at most a word of age or upkeep ("104 upgraded vehicles",
#: "the older vehicles"). Anything else ("police", "4x4", "gross") makes it another vehicle.
REFERRING_BEFORE = regex.compile(
    r"(?:^|[.!?:;\"“”(]\s*|(?<![\w-])(?:the|these|those|such|all|both|its|their|our|more|"
    r"remaining|additional|first|last|other|further|some|many|several|\d[\d,]*)\s+"
    r"(?:(?:upgraded|modernized|modernised|refurbished|older|old|newer|new|existing|used"
    r"|surplus)\s+)?)$",
    regex.IGNORECASE,
)
#: A bare variant suffix after "the", an adjective of time or a quote: "the -132",
#: "the current -129", '"-132A"'.
_VARIANT = regex.compile(
    r"(?:(?<=\b[Tt]he )|(?<=\b[Tt]he current )|(?<=\b[Tt]he new )|(?<=\b[Tt]he older )|(?<=[\"“]))"
    r"-(\d{2,4}\p{Lu}?)(?![\w-])"
)
#: A designation written with a variant suffix: "F110-132", "F110-132 engine".
_WITH_VARIANT = regex.compile(r"^\p{Lu}[\p{Lu}\d]*\d-\d{2,4}\p{Lu}?(?![\w-])")


def vehicles_back(article: Article, spans: Sequence[tuple], found: Sequence[tuple]) -> list[tuple]:
    """Bare "vehicles" that refer back to an armoured vehicle named earlier (see the module
    docstring), as found rows of the generic "armoured vehicle" class."""
    named = [s[2] for s in spans if s[3] == "weapon" and s[5] == "armoured_vehicles"]
    named += [f[4] for f in found if f[1] == "armoured_vehicles"]
    if not named:
        return []
    return [
        ("armoured vehicle", "armoured_vehicles", "armoured vehicle", *m.span(),
         "refers back to a vehicle")
        for m, before in bare_words(article, spans, found, _VEHICLE, min(named))
        if REFERRING_BEFORE.search(before)
    ]  # fmt: skip


def bare_words(article: Article, spans, found, pattern, first: int):
    """Each match of ``pattern`` from offset ``first`` in the counted sections that no
    span or found row covers, with the text before it on its line (30 characters at
    most): the candidates of a bare word that refers back (``vehicles_back``,
    ``boats_back``, ``ships_back``, ``aircraft_roles_back``, ``fighters_back``).
    A word one space after a named system is that system's class noun ("Hawk Mk 132
    trainers", "LAV 6 vehicles": the number ends the name, it counts nothing), no candidate."""
    text = article.text
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in found]
    named_ends = {s[2] for s in spans if s[3] == "weapon" and not is_class(s)}
    named_ends |= {f[4] for f in found if not (f[0].islower() or f[0] == f[2])}
    for section in article.counted_sections():
        for m in pattern.finditer(text, max(section.start, first), section.end):
            start, end = m.span()
            if any(a < end and start < b for a, b in taken):
                continue
            if text[start - 1 : start] == " " and start - 1 in named_ends:
                continue  # the class noun of the named system before it
            line_start = text.rfind("\n", 0, start) + 1
            yield m, text[max(line_start, start - 30) : start]


def bare_variants(article: Article, spans: Sequence[tuple], found: Sequence[tuple]) -> list[tuple]:
    """Bare variant suffixes ("the -132") of a system the article wrote with a variant
    ("F110-132"), as found rows of that system (the one named last before them)."""
    text = article.text
    rows = [(s[1], s[2], s[4], s[5], s[6]) for s in spans if s[3] == "weapon"]
    rows += [(f[3], f[4], f[0], f[1], f[2]) for f in found]
    systems = [
        (start, name, category, weapon_class)
        for start, end, name, category, weapon_class in rows
        if _WITH_VARIANT.search(text[start : end + 6])
    ]
    if not systems:
        return []
    systems.sort()
    out = []
    for section in article.counted_sections():
        for m in _VARIANT.finditer(text, section.start, section.end):
            before = [s for s in systems if s[0] < m.start()]
            if before:
                _, name, category, weapon_class = before[-1]
                out.append((name, category, weapon_class, m.start(), m.end(), "bare variant"))
    return out


#: A number and "rounds", a size or a state between: "40 rounds", "13 live rounds",
#: "200 7.62mm rounds", "hundreds of rounds"; never "rounds of" (talks, voting, ammunition).
_ROUNDS = regex.compile(
    r"(?<![\w.-])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of"
    r"|hundreds of|thousands of)(?: (?:live|spent|blank|tracer|\d+(?:\.\d+)?(?: ?mm|-calibre"
    r"|-caliber)))? (?P<noun>rounds)(?![\w-])(?! of\b)"
)

#: Rounds counted by a word of quantity or more of them ("multiple rounds", "two more
#: rounds", "several rounds"): ammunition when their sentence fires them.
_FIRED_ROUNDS = regex.compile(
    r"(?<![\w.-])(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:more|further|additional)|multiple|several|numerous|more|further|additional)"
    r" (?P<noun>rounds)(?![\w-])(?! of\b)",
    regex.IGNORECASE,
)
#: A verb of firing: "fired", "opened fire", "shot", "shooting".
_FIRING = regex.compile(r"\b(?:fir(?:e|ed|es|ing)|sh(?:o|oo)t\w*)\b", regex.IGNORECASE)


def numbered_rounds(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> list[tuple]:
    """A number of rounds is ammunition (see the module docstring): one munitions
    mention, the word "rounds", where no other row holds it."""
    out = []
    for section in article.counted_sections():
        for pattern, evidence in ((_ROUNDS, "number of rounds"), (_FIRED_ROUNDS, "rounds fired")):
            for m in pattern.finditer(article.text, section.start, section.end):
                start, end = m.span("noun")
                if pattern is _FIRED_ROUNDS and not _FIRING.search(
                    _sentence_around(article.text, start)
                ):
                    continue
                if any(s[1] < end and start < s[2] for s in spans) or any(
                    f[3] < end and start < f[4] for f in [*found, *out]
                ):
                    continue
                out.append(("munition", "munitions", "munition", start, end, evidence))
    return out


def _sentence_around(text: str, offset: int) -> str:
    """The sentence (or line) that holds ``offset``."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, offset)]
    end = _SENTENCE_END.search(text, offset)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


_OWNED_NOUN = regex.compile(r"(?<![\w-])(?:[Ss]hips?|[Vv]essels?|[Ff]ighters)(?![\w-])")
_FLIGHT = regex.compile(
    r"\b(?:intercept\w*|scrambl\w*|escort\w*|fl[eoy]w?n?|flying|airspace|sorties?|pilots?)\b",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")


def owned_ships_and_fighters(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> list[tuple]:
    """A state's ships and fighters (see the module docstring): found rows."""
    text, out = article.text, []
    owners = {s[2]: s for s in spans if s[3] == "actor" and s[5] in STATE_TYPES}
    alliances = {s[2] for s in spans if s[3] == "actor" and s[5] == "organisation"}
    named = {f[3] for f in found if f[1] == "ships"}  # "Canadian vessels HMCS X": part of X
    jets = _fighter_paragraphs(article, spans, found)
    for section in article.counted_sections():
        for m in _OWNED_NOUN.finditer(text, section.start, section.end):
            start, end = m.span()
            ship = m.group()[0] in "SsVv"
            maker = not ship and _aircraft_maker_before(text, start)
            owned = start - 1 in owners or (ship and start - 1 in alliances)
            if not maker and (not owned or text[start - 1] != " "):
                continue
            if end + 1 in named:
                continue
            if any(s[1] < end and start < s[2] for s in spans) or any(
                f[3] < end and start < f[4] for f in found
            ):
                continue
            if maker:  # "Sukhoi fighters": an aircraft maker's fighters are jets
                out.append(
                    ("fighter jet", "aircraft", "fighter jet", start, end, "a maker's fighters")
                )
                continue
            if ship:
                if any(s[3] == "weapon" and s[5] == "ships" and s[1] < start for s in spans):
                    out.append(("warship", "ships", "warship", start, end, "a state's ship"))
                continue
            if _about_flight(text, spans, section.start, start, end) or section.start in jets:
                out.append(
                    ("fighter jet", "aircraft", "fighter jet", start, end, "a state's fighters")
                )
    return out


def _fighter_paragraphs(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> set[int]:
    """The starts of the counted sections where a state's fighters are jets: those that
    name a fighter aircraft ("... a Su-27 fighter jet. Russian fighters were sent"), and
    a headline when the paragraph after it names one; none when the article names an
    armed group (whose fighters are people)."""
    if any(s[3] == "actor" and s[5] == "armed_group" for s in spans):
        return set()
    named = [s[1] for s in spans if s[3] == "weapon" and "fighter" in s[6] and not is_class(s)]
    named += [f[3] for f in found if "fighter" in f[2]]
    sections = article.counted_sections()
    out = set()
    for i, section in enumerate(sections):
        here = any(section.start <= at < section.end for at in named)
        after = sections[i + 1] if i + 1 < len(sections) else None
        if here or (
            section.kind == "headline"
            and after is not None
            and any(after.start <= at < after.end for at in named)
        ):
            out.add(section.start)
    return out


def _aircraft_maker_before(text: str, start: int) -> bool:
    """Whether a maker of military aircraft (``data/weapon_makers.csv``) is written
    right before ``start`` ("Sukhoi fighters", "Dassault fighters").

    >>> _aircraft_maker_before("two Sukhoi fighters", 11)
    True
    >>> _aircraft_maker_before("Hamas fighters", 6)
    False
    """
    words = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if words is None:
        return False
    makers = load_weapon_makers()
    last = words.group(1).rsplit(" ", 1)[-1]
    return "aircraft" in (makers.get(words.group(1)), makers.get(last))


#: The capitalised words right before a noun: "Sukhoi " of "Sukhoi fighters".
_WORD_BEFORE = regex.compile(r"(?<![\w-])(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) $")


def _about_flight(text: str, spans: Sequence[tuple], floor: int, start: int, end: int) -> bool:
    """The sentence around ``[start, end)`` speaks of flight or names an aircraft (a
    drone is no evidence: soldiers fight drones)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, start)]
    first = ends[-1] if ends else floor
    stop = _SENTENCE_END.search(text, end)
    last = stop.start() if stop else len(text)
    if _FLIGHT.search(text, first, last):
        return True
    return any(s[3] == "weapon" and s[5] == "aircraft" and first <= s[1] < last for s in spans)


_FIGHTERS = regex.compile(r"(?<![\w-])[Ff]ighters?(?![\w'’-])")
_DETERMINED = regex.compile(
    r"(?<![\w-])(?:(?:the|these|those|its|their|new|more|additional|first|remaining|\d{1,3}"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"
    r"|(?:generations?|fleets?|squadrons?|pairs?|wings?) of(?: the)?(?: next| new)?)"
    r"(?: new| (?:ageing|aging|older|modern|advanced|\w+-generation))?"
    r"|ageing|aging|older|modern|advanced|\w+-generation) $",
    regex.IGNORECASE,
)
#: What makes "fighters" aircraft before the article names its fighter: "24 new fighters",
#: "a new generation of fighters" ("the fighters" there may still be people).
_AIRCRAFT_AHEAD = regex.compile(
    r"(?<![\w-])(?:new|(?:generations?|fleets?|squadrons?|pairs?|wings?) of(?: the)?"
    r"(?: next| new)?) $",
    regex.IGNORECASE,
)


def fighters_back(article: Article, spans: Sequence[tuple], found: Sequence[tuple]) -> list[tuple]:
    """ "The fighters" in an article that names a fighter aircraft (see the module
    docstring): found rows."""
    text, out = article.text, []
    if any(s[3] == "actor" and s[5] == "armed_group" for s in spans):
        return out
    named = [s[1] for s in spans if s[3] == "weapon" and "fighter" in s[6] and not is_class(s)]
    named += [f[3] for f in found if "fighter" in f[2]]
    if not named:
        return out
    first = min(named)
    for m, _ in bare_words(article, spans, found, _FIGHTERS, 0):
        start, end = m.span()
        ahead = _AIRCRAFT_AHEAD if start < first else _DETERMINED
        if _after_its_system(text, spans, start):
            continue  # "the ZF-35 fifth-generation fighter": the system's own class noun
        if ahead.search(text, max(0, start - 30), start):
            out.append(("fighter jet", "aircraft", "fighter jet", start, end, "fighters back"))
    return out


#: Describing words between a named system and its class noun: " fifth-generation ",
#: " twin-engine stealth ".
_DESCRIBING_GAP = regex.compile(r" (?:\p{Ll}[\p{Ll}-]*\p{Ll} ){1,2}")


def _after_its_system(text: str, spans: Sequence[tuple], start: int) -> bool:
    """Whether a named weapon and only describing words stand right before ``start``."""
    for s in spans:
        if s[3] == "weapon" and not is_class(s) and start - 40 <= s[2] < start:
            gap = _DESCRIBING_GAP.fullmatch(text, s[2], start)
            if gap is not None and not any(w in function_words() for w in gap.group().split()):
                return True
    return False


#: A capitalised word right after a named system, before lower case or punctuation.
_POPULAR_AFTER = regex.compile(r" (\p{Lu}\p{Ll}{3,})(?= \p{Ll}|[,.;:)]|$)")


def popular_repeats(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> list[tuple]:
    """ "The Fullback" after "a ZX-34 Fullback strike aircraft" (see the module
    docstring): found rows."""
    text, names = article.text, {}
    for s in spans:
        if s[3] != "weapon" or is_class(s):
            continue
        m = _POPULAR_AFTER.match(text, s[2])
        if m is None or m.group(1).casefold() in function_words():
            continue
        if any(q[1] < m.end(1) and m.start(1) < q[2] for q in spans):
            continue
        names.setdefault(m.group(1), (s, m.end(1)))
    out = []
    sections = [(c.start, c.end) for c in article.counted_sections()] if names else []
    for word, (s, after) in names.items():
        for m in regex.finditer(rf"(?<=(?<![\w-])[Tt]he ){word}(?![\w-])", text, pos=after):
            start, end = m.span()
            if not any(a <= start and end <= b for a, b in sections):
                continue
            if any(q[1] < end and start < q[2] for q in spans) or any(
                f[3] < end and start < f[4] for f in found
            ):
                continue
            out.append((s[4], s[5], s[6], start, end, "popular name again"))
    return out


#: Bare role nouns of military aircraft and the class each counts under.
_ROLE_NOUNS = regex.compile(
    r"(?<![\w-])(?:[Bb]ombers|[Tt]ankers|[Tt]rainers|[Aa]irframes)(?![\w'’-])"
)
_ROLE_CLASSES = {
    "bombers": "strategic bomber",
    "tankers": "tanker aircraft",
    "trainers": "combat trainer aircraft",
    "airframes": "aircraft",
}
#: What may stand before a bare role noun that names aircraft: a sentence's start, a
#: determiner or number, a coordinating word or comma ("jets and tankers"), or an adjective
#: of age or number. Any other word ("oil tankers", "suicide bombers") makes it another thing.
_ROLE_BEFORE = regex.compile(
    r"(?:^|[.!?:;\"“”(]\s*|(?<![\w-])(?:the|these|those|its|their|our|both|all|more|new|"
    r"additional|remaining|first|last|other|several|some|many|older|ageing|aging|existing|"
    r"and|or|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|\d[\d,]*)\s+|,\s+)$",
    regex.IGNORECASE,
)


def aircraft_roles_back(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> list[tuple]:
    """Bare "bombers", "tankers", "trainers" and "airframes" once the article has named a
    military aircraft ("... new fighter jets and tankers. The airframes arrive in May."):
    aircraft, when only a determiner, a number, a coordinating word or a word of age stands
    before them. "Oil tankers", "suicide bombers" and trainers in an article with no aircraft
    count nothing. Found rows of the role's class."""
    named = [s[1] for s in spans if s[3] == "weapon" and s[5] == "aircraft"]
    named += [f[3] for f in found if f[1] == "aircraft"]
    if not named:
        return []
    out = []
    for m, before in bare_words(article, spans, found, _ROLE_NOUNS, min(named)):
        if _ROLE_BEFORE.search(before):
            weapon_class = _ROLE_CLASSES[m.group().casefold()]
            out.append((weapon_class, "aircraft", weapon_class, *m.span(), "aircraft role"))
    return out


#: A designation written with variant letters: "T-7A" ("T-7", "A"), "F-15EX" ("F-15", "EX").
_VARIANT_LETTERS = regex.compile(r"(\p{Lu}{1,3}-\d{1,3})(\p{Lu}{1,3})")


def short_designations(
    article: Article, spans: Sequence[tuple], found: Sequence[tuple]
) -> list[tuple]:
    """A designation's short form after "the" later in the article: "the ZT-7" after
    "ZT-7A Kestrel", "the EX" (two or more variant letters) after "ZF-15EX": the same
    system again, as found rows. A short form that another row already holds (a
    system of its own in the lexicon) is left to that row."""
    text = article.text
    rows = [(s[1], s[2], s[4], s[5], s[6]) for s in spans if s[3] == "weapon" and not is_class(s)]
    rows += [(f[3], f[4], f[0], f[1], f[2]) for f in found if not f[0].islower()]
    forms: dict[str, tuple] = {}
    for start, end, name, category, weapon_class in sorted(rows):
        m = _VARIANT_LETTERS.fullmatch(text[start:end].split()[0])
        if m is None:
            continue
        for short in (m.group(1), m.group(2)) if len(m.group(2)) > 1 else (m.group(1),):
            forms.setdefault(short, (name, category, weapon_class, end))
    if not forms:
        return []
    taken = [(r[0], r[1]) for r in rows] + [(s[1], s[2]) for s in spans]
    sections = [(c.start, c.end) for c in article.counted_sections()]
    return forms_again(
        text, forms, lambda short: rf"(?<=(?<![\w-])[Tt]he ){regex.escape(short)}(?![\w-])",
        sections, taken, "short designation",
    )  # fmt: skip


def forms_again(
    text: str, forms: dict[str, tuple], pattern, sections: Sequence[tuple[int, int]],
    taken: Sequence[tuple[int, int]], evidence: str,
) -> list[tuple]:  # fmt: skip
    """Found rows for each short form written again after the system it stands for.

    ``forms`` maps a form to ``(name, category, weapon_class, after)``: its system and the
    offset after which a repeat may stand; ``pattern(form)`` is the regex of a repeat. A
    repeat counts inside a counted section only, and not over a span already taken.

    >>> forms_again("F-16 jets. The F-16 flew.", {"F-16": ("F-16", "aircraft", "fighter", 4)},
    ...             lambda f: rf"(?<=The ){f}", [(0, 25)], [(0, 4)], "again")
    [('F-16', 'aircraft', 'fighter', 15, 19, 'again')]
    """
    out: list[tuple] = []
    taken = list(taken)
    for form, (name, category, weapon_class, after) in forms.items():
        for m in regex.finditer(pattern(form), text, pos=after):
            start, end = m.span()
            if not any(a <= start and end <= b for a, b in sections):
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            out.append((name, category, weapon_class, start, end, evidence))
            taken.append((start, end))
    return out
