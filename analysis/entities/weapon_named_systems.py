"""Named weapon systems from capitalised names, acronyms and appositions.

Helpers of ``weapon_discovery``:

- a capitalised name with its acronym before "system(s)" ("Sky Watch Electronic
  Measure (SWEM) systems"), or a capitalised name ending in "System" that holds a
  lexicon class, is one named system; a name and its bracketed acronym after a name
  that ends in a class noun ("Light Armoured Vehicles (LAVs)") are two mentions of
  one system; an all-capital programme name before capitalised words ending in a class
  noun ("ZENTAR Long Range Radar") is one;
- a class noun in apposition before a lexicon system of its category ("an IRBM, the
  Agni-4", "a loitering munition, dubbed Lancet,") is part of that system's mention;
- a one-word name the lexicon knows with a class noun after it ("Meteor missile"),
  written after the noun ("missiles Meteor") or with describing words before it
  ("Meteor beyond-visual-range missiles"), is one mention of that system;
- a modifier coordinated with a class's own ("surface-to-air and cruise missiles")
  names a class of its own when the lexicon has it.
"""

from __future__ import annotations

import regex

from analysis.entities.mention_rows import MentionRow
from analysis.entities.scan import lookup_form
from analysis.entities.weapon_appositions import (
    APPOSITION_AFTER,
    APPOSITION_END,
    COPULA,
    POST_MODIFIER,
)
from analysis.entities.weapon_data import function_words, load_name_heads
from analysis.entities.weapon_neighbours import lexicon_short_name
from analysis.entities.weapon_spans import is_class, overlaps_found, spans_near
from analysis.text.wordlists import describing_participles

_ACRONYM_SYSTEM = regex.compile(r"\s*\((\p{Lu}{2,6})s?\)(?:\s+(systems?)\b)?")

#: An all-capital programme name before capitalised words ending in a class noun:
#: "CEAFAR Active Phased Array Radar".
ACRONYM_LED = regex.compile(r"(?<![\w/-])\p{Lu}{3,8}(?: \p{Lu}[\p{Ll}-]+){1,5}(?![\w-])")

#: Between a class noun and the named system in apposition after it: ", the ", ", “", " ",
#: a word of naming (", dubbed ", " called "), or a dash as a comma (" - the ", " — ").
_COMMA = regex.compile(
    r"(?:,\s+(?:(?:dubbed|called|named|nicknamed|known as|code-named|codenamed)\s+)?|\s?[—–]\s*"
    r"|\s-\s+)(?:(?:the|an?)\s+)?[\"“‘]?"
    r"| (?:(?:dubbed|called|named|nicknamed|known as|code-named|codenamed) )?[\"“‘]?"
)

#: A capitalised name right after a class noun: "drones Lancet", "the missile Storm".
_NAME_AFTER = regex.compile(r" (\p{Lu}[\p{L}]+)(?![\w-]| \p{Lu})")

_COORDINATED = regex.compile(
    r"(?<![\w-])(\p{Ll}+(?:-\p{Ll}+)+),? (?:and|or) (?:\p{Ll}+(?:-\p{Ll}+)+ )?$"
)


CAPITAL_RUN = regex.compile(r"\p{Lu}[\w-]*(?: (?:and |of |for )?\p{Lu}[\w-]*)+")


def coordinated_modifiers(text: str, rows: list[MentionRow], matcher) -> list[tuple]:
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


def named_system(text, m, spans, found):
    """A capitalised name ending in "System" holding a class, or a name with its
    acronym: before "system(s)", or after a name that ends in a class noun ("Light
    Armored Vehicles (LAVs)"). Returns the found row, the rows it replaces and the
    acronym the article may repeat ("" when none)."""
    start, end = m.span()
    if overlaps_found(spans, found, start, end, only_actors=True):
        return None
    after = _ACRONYM_SYSTEM.match(text[end : end + 30])
    inner = [s for s in spans_near(spans, start, end) if start <= s[1] and s[2] <= end]
    spelled = _spelled_out(text, inner, start, end, after)
    if spelled is not None:
        return spelled
    if any(s[3] != "weapon" or not is_class(s) for s in inner):
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


def _spelled_out(text, inner, start, end, after):
    """A named system, its name spelled out and the acronym of that ("the ZR-4 Light
    Assault Weapon (LAW)"): the designation and its words are one mention of the named
    system, the bracketed acronym a second one; ``None`` when the acronym's letters are
    not the initials of the words."""
    if not after or not inner or inner[0][1] != start or inner[0][3] != "weapon":
        return None
    lead = inner[0]
    if is_class(lead) or any(s[3] != "weapon" or not is_class(s) for s in inner[1:]):
        return None
    words = regex.findall(r"\p{L}+", text[lead[2] : end])
    if len(words) < 2 or "".join(w[0] for w in words).upper() != after.group(1):
        return None
    acronym_start, acronym_end = end + after.start(1), end + after.end() - 1
    rows = [
        (lead[4], lead[5], lead[6], start, end, "name spelled out"),
        (lead[4], lead[5], lead[6], acronym_start, acronym_end, "name spelled out"),
    ]
    return rows, [s[0] for s in inner], after.group(1)


def acronym_led(text, m, spans, found):
    """An all-capital programme name before capitalised words that end in a class
    noun of the lexicon ("CEAFAR Active Phased Array Radar"): one named system."""
    start, end = m.span()
    if overlaps_found(spans, found, start, end, only_actors=True):
        return None
    inner = [s for s in spans_near(spans, start, end) if start <= s[1] and s[2] <= end]
    if not inner or inner[-1][2] != end or any(s[3] != "weapon" or not is_class(s) for s in inner):
        return None
    row = (m.group(), inner[-1][5], inner[-1][6], start, end, "programme name before class noun")
    return row, [s[0] for s in inner]


def _same_head(text: str, a, b) -> bool:
    """True when a named system's mention ends in the class noun that ends the class mention
    before it: "X rifles, Tavor rifles" is a list of two kinds, no apposition.

    >>> _same_head("X rifles, Tavor rifles", (0, 2, 8), (1, 10, 22))
    True
    """
    return text[a[1] : a[2]].split()[-1].casefold() == text[b[1] : b[2]].split()[-1].casefold()


def appositions(text, spans) -> list:
    """Class mentions in apposition before a lexicon system of their category ("an
    IRBM, the Agni-4"), or after it between commas ("the Agni-4, an IRBM, ..."; a
    demonym or modifiers may stand before the class: "the ZX-9, a Turkish-made
    drone,"; a relative clause that classifies it: "the ZX-9, which is a combat
    drone,"; a participle or relative clause may follow the class: "the ZX-9, a drone
    built in Peru"), or as the complement of "is" ("The ZX-9 is a Turkish combat
    drone."): part of the system's mention."""
    out = []
    for a, b in zip(spans, spans[1:], strict=False):
        same = a[3] == b[3] == "weapon" and a[5] == b[5] and is_class(a) and not is_class(b)
        if same and _COMMA.fullmatch(text[a[2] : b[1]]) and not _same_head(text, a, b):
            out.append(a[0])
    weapons = [s for s in spans if s[3] == "weapon"]
    for a, b in zip(weapons, weapons[1:], strict=False):
        if is_class(a) or not is_class(b) or a[5] != b[5]:
            continue
        if not (APPOSITION_END.match(text, b[2]) or POST_MODIFIER.match(text, b[2])):
            continue
        between = APPOSITION_AFTER.fullmatch(text, a[2], b[1]) or COPULA.fullmatch(text, a[2], b[1])
        if between is None or any(
            w.casefold() in function_words() for w in between.group(1).split()
        ):
            continue
        if all(s[3] == "actor" or s[0] in (a[0], b[0]) for s in spans_near(spans, a[1], b[2])):
            out.append(b[0])
    return out


def name_after_class_noun(text, spans, found, matcher) -> tuple[list[tuple], set[int]]:
    """A class noun before a one-word name that the lexicon knows with that noun after
    it ("drones Lancet" for "Lancet drone"): one mention of that system, the class
    noun included."""
    out, drop = [], set()
    for s in spans:
        if s[3] != "weapon" or not is_class(s):
            continue
        m = _NAME_AFTER.match(text, s[2])
        if m is None or overlaps_found(spans, found, m.start(1), m.end(1)):
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


#: A capitalised name and one to three describing words (lower case, an acronym of
#: capitals or a wheel layout) before a class noun: "Meteor beyond-visual-range ", "Aster
#: SAM ", "Boxer 8x8 ".
_NAME_DESCRIBED = regex.compile(
    r"(?<![\w'’-])((?:Euro[- ]?)?\p{Lu}[\p{L}\d]+) "
    r"((?:(?:\p{Ll}[\p{Ll}-]*\p{Ll}|\p{Lu}{2,5}|\d{1,2}[x×]\d{1,2}) ){0,3})$"
)

#: A name or designation right before a word ("C-390 " of "C-390 Tempest"): the word is
#: that system's popular name, not a name of its own.
_NAME_BEFORE = regex.compile(r"[\p{Lu}\d][\w-]* $")

#: The prefix of a family's European variant ("Euro-Spike", "EuroSpike"): a variant the
#: lexicon does not list apart (as it lists "EuroPULS") counts under its family.
_EURO = regex.compile(r"Euro[- ]?(?=\p{Lu})")


def named_before_described_class(text, spans, found, matcher) -> tuple[list[tuple], set[int]]:
    """A one-word name that the lexicon knows with a class noun after it ("Meteor missile"),
    written with describing words before that noun ("Meteor beyond-visual-range missiles",
    "Aster long-range air-defence missiles"): one mention of that system, the describing
    words and any class rows inside them included. Describing words are no function
    words, verbs or plural nouns ("Meteor fired missiles" is not one). A name the lexicon
    gives two kinds of weapon (a "Hawk" trainer, a "Hawk" missile) is the one of the class
    noun's kind, and a family's European variant ("Euro-Spike missiles") is the family's
    when the lexicon does not list the variant apart."""
    out, drop = [], set()
    weapons = [s for s in spans if s[3] == "weapon"]
    for s in weapons:
        if not is_class(s) or s[0] in drop:
            continue
        m = _NAME_DESCRIBED.search(text, max(0, s[1] - 80), s[1])
        if m is None or overlaps_found(spans, found, m.start(1), m.end(1)):
            continue
        words = m.group(2).split()
        if any(
            w in function_words()
            or (
                w.endswith(("ed", "ing", "s"))
                and "-" not in w
                and w not in describing_participles()
            )
            for w in words
        ):
            continue
        noun = text[s[1] : s[2]].split()[-1].casefold()
        targets = (
            lookup_form(matcher, f"{m.group(1)} {word}")
            for word in dict.fromkeys((noun, noun[:-1] if noun.endswith("s") else noun))
        )
        target = next((t for t in targets if t.__class__ is tuple and t[1] == "weapon"), None)
        if (
            target is None
            and lookup_form(matcher, m.group(1)) is None
            and not _NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        ):
            # one name for two kinds ("Hawk" trainer, "Hawk" missile): the class chooses;
            # a European variant ("Euro-Spike") is its family's
            target = lexicon_short_name(_EURO.sub("", m.group(1), count=1), s[5], matcher)
        if target is not None:
            out.append(
                (target[0], target[2], target[3], m.start(1), s[2], "name, description, class")
            )
            drop.update(q[0] for q in weapons if m.end(1) <= q[1] and q[2] <= s[2])
    # "Aster long-range air-defence missiles": the name's one mention runs to its last class
    longest = {}
    for row in out:
        if row[3] not in longest or row[4] > longest[row[3]][4]:
            longest[row[3]] = row
    return list(longest.values()), drop
