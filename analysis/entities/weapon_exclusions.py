"""Weapon class words that are no mention of their own: comparisons, formations, descriptions.

Helpers of ``weapon_discovery`` (the second pass over the mentions table); each returns
the rows to drop:

- a class word in a comparison ("like a jet engine", "similar to an aircraft
  engine", "the size of a tank") describes something else and counts nothing;
- a class word naming a formation ("the artillery regiment", "a tank battalion",
  "missile brigades") is a unit of soldiers, not a weapon, and counts nothing;
- "arms" in a set phrase ("took up arms", "up in arms", "a call to arms") names no weapon;
- two class phrases of one category side by side ("jet trainer aircraft") are one
  mention, the second its head noun; a class after a named system of its category
  and one or two describing words ("BrahMos supersonic cruise missiles") is part of
  the system's mention; so is one after a capitalised description ("ZX-12 High
  Explosive Projectile 155mm rounds") or a weight ("ZX-84 2,000-lb bombs");
- a second role of one named system after "and" ("the ZR-7 jet trainer and
  light-attack aircraft": one aircraft with two roles, its singular class noun first)
  is part of the system's mention;
- a bare "plane(s)" ("planes", "cargo planes", "airplanes") is a military aircraft only
  when a state or its forces own it right before ("the Dutch planes"), or when only a
  determiner, a possessive or a number stands before it in a sentence that names a
  military force ("the Air Force will pick which plane to buy"), or when a determiner, a
  number or a word of sequence stands before it after the article has named a military
  aircraft ("... 36 ZX-9 jets. The remaining planes follow."): those aircraft again;
- "military" at the end of a state's forces ("Ukrainian military") before a noun it
  modifies into a weapon class ("Ukrainian military equipment") belongs to the weapon:
  the forces' mention keeps the demonym only.

Spans are ``(index, start, end, kind, name, type, weapon_class)`` of the rows
already there.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_spans import STATE_TYPES, is_class, same_kind
from analysis.text.wordlists import describing_participles

#: A formation after a class word: "artillery regiment", "tank battalion".
_FORMATION_AFTER = regex.compile(
    r" (?:regiment|battalion|brigade|division|corps)s?(?![\w-])", regex.I
)


#: Capitalised words between a named system and its class phrase ("High Explosive Projectile").
#: ... or a modifier coordinated with the class's own: "Bayraktar armed and reconnaissance drones".
#: ... or a weight or calibre: "ZX-84 2,000-lb bombs", "ZX-12 500-pound munitions".
_DESCRIPTION = regex.compile(
    r"(?:(?: \p{Lu}[\p{L}\d-]*| \d{1,4}\p{Lu}?"
    r"| \d[\d,]*(?:\.\d+)?[- ]?(?:lbs?|pounds?|pound|kg|kilograms?|mm|millimet(?:er|re)s?|inch))"
    r"{1,4}| \p{Ll}+(?:-\p{Ll}+)*,? (?:and|or)) "
)


#: A comparison right before a class phrase: "like a", "similar to an", "the size of a".
_COMPARISON_BEFORE = regex.compile(
    r"(?<![\w-])(?:(?:just |much |rather )?like|similar to|akin to|resembling|the size of|"
    r"compared (?:to|with)|reminiscent of|as (?:\p{Ll}+ )as) (?:an?|the) (?:[\p{Ll}-]+ ){0,2}$"
)


def compared(text: str, spans: Sequence[tuple]) -> set[int]:
    """Class rows in a comparison ("similar to an aircraft jet engine"): rows to drop."""
    drop = set()
    for s in spans:
        if s[3] != "weapon" or not (s[4].islower() or s[4] == s[6]):
            continue
        line_start = text.rfind("\n", 0, s[1]) + 1
        if _COMPARISON_BEFORE.search(text[max(line_start, s[1] - 60) : s[1]]):
            drop.add(s[0])
    return drop


def described_classes(text: str, spans: Sequence[tuple]) -> set[int]:
    """Class rows of a named system's category after the system and a capitalised
    description of it ("ZX-12 High Explosive Projectile 155mm rounds"): rows to drop."""
    weapons = sorted(
        (s for s in spans if s[3] == "weapon" and not (is_class(s) and _in_compound(text, s))),
        key=lambda s: s[1],
    )
    drop = set()
    for named, after in zip(weapons, weapons[1:], strict=False):
        if (
            named[4].islower()
            or named[4] == named[6]
            or not (after[4].islower() or after[4] == after[6])
        ):
            continue  # the first must be a named system, the second a class
        between = text[named[2] : after[1]]
        if _in_compound(text, named):  # "ZX-238 jet-powered drone": the hyphen joins on
            between = " " + text[named[1] : named[2]].rsplit(" ", 1)[-1] + between
        if named[5] == after[5] and (_DESCRIPTION.fullmatch(between) or _modifiers_only(between)):
            drop.add(after[0])
    return drop


def _in_compound(text: str, span: tuple) -> bool:
    """A row glued by a hyphen into a modifier ("jet-powered"): no head noun."""
    return text[span[2] : span[2] + 1] == "-" or text[span[1] - 1 : span[1]] == "-"


_MODIFIERS = regex.compile(r" (?:\p{Ll}[\p{Ll}-]*\p{Ll} ){1,3}")


def _modifiers_only(between: str) -> bool:
    """Whether ``between`` holds only one to three lower-case words that describe
    the class noun after them ("J-20 stealth jets", "Storm Shadow long-range cruise
    missiles"), after a popular name if any ("Su-34 Fullback strike aircraft"): no
    function word, and no verb or plural noun by its ending ("F-16s
    escorted bombers", "F-35 pilots").

    >>> [_modifiers_only(w) for w in (" fifth-generation ", " escorted ", " and ", " advanced ")]
    [True, False, False, True]
    """
    named = _NAME_WORDS.match(between)  # "Su-34 Fullback strike aircraft": a name first
    if named is not None and not any(
        w.casefold() in function_words() for w in named.group().split()
    ):
        between = between[named.end() - 1 :]
    if not _MODIFIERS.fullmatch(between):
        return False
    return not any(
        w in function_words()
        or (w.endswith(_INFLECTED) and "-" not in w and w not in describing_participles())
        for w in between.split()
    )


#: A popular name of one or two capitalised words before the modifiers ("Fullback").
_NAME_WORDS = regex.compile(r"(?: \p{Lu}\p{Ll}{2,}){1,2} ")

_INFLECTED = ("ed", "ing", "s")


def formations(text: str, spans: Sequence[tuple]) -> set[int]:
    """Class rows naming a formation ("the artillery regiment"): rows to drop."""
    return {
        s[0]
        for s in spans
        if s[3] == "weapon"
        and (s[4].islower() or s[4] == s[6])
        and _FORMATION_AFTER.match(text, s[2])
    }


#: "arms" in a set phrase that names no weapon: "took up arms" (began to fight), "up in
#: arms" (angry), "a call to arms", "brothers in arms", "comrades-in-arms".
_ARMS_IDIOM_BEFORE = regex.compile(
    r"(?:\b(?:take|takes|took|taken|taking)\s+up|\bup\s+in|\bcall\s+to|\bcalls\s+to"
    r"|\b(?:brothers|sisters|comrades|brother|sister|comrade)[\s-]+in)[\s-]+$",
    regex.I,
)


def arms_idioms(text: str, spans: Sequence[tuple]) -> set[int]:
    """Class rows of "arms" in a set phrase ("took up arms", "up in arms"): rows to drop.

    >>> text = "They took up arms. Voters are up in arms. Arms sales grew."
    >>> spans = [(0, 13, 17, "weapon", "arms", "", "weapon"),
    ...          (1, 36, 40, "weapon", "arms", "", "weapon"),
    ...          (2, 42, 46, "weapon", "Arms", "", "weapon")]
    >>> sorted(arms_idioms(text, spans))
    [0, 1]
    """
    return {
        s[0]
        for s in spans
        if s[3] == "weapon"
        and text[s[1] : s[2]].casefold() == "arms"
        and _ARMS_IDIOM_BEFORE.search(text[max(0, s[1] - 30) : s[1]])
    }


def riot_control(text: str, spans: Sequence[tuple]) -> set[int]:
    """Class rows of ammunition for riot control ("tear gas shells", "rubber bullets",
    "pepper-spray grenades"): police kit, no military goods. Rows to drop.

    >>> text = "Police fired tear gas shells and rubber bullets; troops fired shells."
    >>> spans = [(0, 22, 28, "weapon", "shell", "munitions", "shell"),
    ...          (1, 40, 47, "weapon", "bullet", "munitions", "bullet"),
    ...          (2, 62, 68, "weapon", "shell", "munitions", "shell")]
    >>> sorted(riot_control(text, spans))
    [0, 1]
    """
    return {
        s[0]
        for s in spans
        if s[3] == "weapon"
        and is_class(s)
        and s[5] in ("munitions", "small_arms")
        and _RIOT_CONTROL_BEFORE.search(text, max(0, s[1] - 20), s[1])
    }


#: Words of riot-control kit right before an ammunition class ("tear gas ", "rubber ").
_RIOT_CONTROL_BEFORE = regex.compile(
    r"(?<![\w-])(?:tear[- ]?gas|rubber|pepper(?:[- ]spray)?|plastic|stun) $", regex.IGNORECASE
)


#: Class phrases that name planes without saying they are military.
_BARE_PLANES = regex.compile(r"(?:(?:cargo|transport) )?(?:air)?planes?", regex.IGNORECASE)


def unowned_planes(text: str, spans: Sequence[tuple]) -> list[int]:
    """Rows of bare "planes" that no state or force owns right before ("678 transport
    planes"): civil until the text says otherwise. Rows to drop."""
    out = []
    for i, s in enumerate(spans):
        if s[3] != "weapon" or s[5] != "aircraft" or not _BARE_PLANES.fullmatch(text, s[1], s[2]):
            continue
        before = spans[i - 1] if i else None
        owned = (
            before is not None
            and before[3] == "actor"
            and before[5] in STATE_TYPES
            and text[before[2] : s[1]] == " "
        )
        if (
            not owned
            and not _military_sentence(text, spans, s)
            and not _planes_back(text, spans, i)
        ):
            out.append(s[0])
    return out


#: What stands before bare planes that refer back to named aircraft: a determiner, a
#: number or a word of sequence ("the planes", "the remaining planes", "two more planes").
_PLANES_BACK = regex.compile(
    r"(?<![\w-])(?:the|these|those|its|their|both|all|remaining|first|last|other|more|"
    r"additional|\d{1,3}|two|three|four|five|six|eight|ten|twelve)\s+$",
    regex.IGNORECASE,
)


def _planes_back(text: str, spans: Sequence[tuple], i: int) -> bool:
    """Bare planes with a determiner, a number or a word of sequence right before them,
    after the article has named a military aircraft ("... 36 ZX-9 fighters. The remaining
    planes follow in 2029."): those aircraft again."""
    span = spans[i]
    if not _PLANES_BACK.search(text, max(0, span[1] - 30), span[1]):
        return False
    return any(s[3] == "weapon" and s[5] == "aircraft" and not is_class(s) for s in spans[:i])


#: What may stand before bare planes that a military sentence owns: a determiner, a
#: possessive, a number ("its planes", "which plane", "10 airplanes"); a modifier
#: ("commercial planes") keeps them civil.
_PLANE_DETERMINER = regex.compile(
    r"(?:^|(?<![\w-])(?:the|these|those|its|their|our|all|both|which|what|more|new|\d[\d,]*)\s+)$",
    regex.IGNORECASE,
)
_SENTENCE_BREAK = regex.compile(r"[.!?](?=\s)|\n")


def _military_sentence(text: str, spans: Sequence[tuple], span: tuple) -> bool:
    """Bare planes with only a determiner, a possessive or a number before them, in a
    sentence that names a military force ("the Air Force will pick which plane to buy",
    "squadrons of the navy that rate 10 airplanes"): the force's aircraft."""
    line = text.rfind("\n", 0, span[1]) + 1
    if not _PLANE_DETERMINER.search(text, max(line, span[1] - 30), span[1]):
        return False
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, line, span[1])]
    first = breaks[-1] if breaks else line
    stop = _SENTENCE_BREAK.search(text, span[2])
    last = stop.start() if stop else len(text)
    return any(s[3] == "actor" and s[5] == "military" and first <= s[1] < last for s in spans)


#: A name in quotes beside its class phrase: a class, a space and an opening quote
#: ('the air defence system "ZR-5"'), or a closing quote and a space ('the "ZR-5" air
#: defence system').
_QUOTED_AFTER = regex.compile(r" [\"“‘'«]")
_QUOTED_BEFORE = regex.compile(r"[\"”’'»] ")
#: Categories of platforms: munitions after one of them are the platform's, not its class.
_PLATFORMS = frozenset({"aircraft", "uav", "ships", "armoured_vehicles"})


def quoted_neighbours(text: str, spans: Sequence[tuple]) -> list[int]:
    """A class phrase right before or after a named system written in quotes ('the
    missile "Skyfall"', 'the "Skyfall" cruise missile'): one mention of the system,
    as without the quotes. Class rows to drop; a class before the name must be of
    its category, and munitions after a platform are the platform's ammunition.

    >>> spans = [(0, 4, 11, "weapon", "missile", "missiles", "missile"),
    ...          (1, 13, 20, "weapon", "Skyfall", "missiles", "cruise missile")]
    >>> quoted_neighbours('the missile "Skyfall" flew', spans)
    [0]
    """
    drop = []
    weapons = [s for s in spans if s[3] == "weapon"]
    for a, b in zip(weapons, weapons[1:], strict=False):
        if is_class(a) and not is_class(b) and a[5] == b[5]:
            if _QUOTED_AFTER.fullmatch(text, a[2], b[1]):
                drop.append(a[0])
        elif (
            is_class(b)
            and not is_class(a)
            and _QUOTED_BEFORE.fullmatch(text, a[2], b[1])
            and not (b[5] == "munitions" and a[5] in _PLATFORMS)
        ):
            drop.append(b[0])
    return drop


def adjacent_classes(text: str, spans: Sequence[tuple]) -> list[int]:
    """Two class rows of one category one space apart ("jet trainer aircraft"): one
    mention, under the second (the head noun); so are a warship's role and its class ("an
    air defence destroyer", "an anti-submarine frigate"), as the lexicon's "missile boat"
    is one ship. Rows to drop."""
    return [
        a[0]
        for a, b in zip(spans, spans[1:], strict=False)
        if a[3] == b[3] == "weapon"
        and (a[5] == b[5] or (a[5] in _SHIP_ROLES and b[5] == "ships"))
        and is_class(a)
        and is_class(b)
        and text[a[2] : b[1]] == " "
    ]


#: Categories of a class word that, right before a ship class, names the ship's role.
_SHIP_ROLES = frozenset({"air_defence", "missiles", "anti_submarine"})


def described_systems(text: str, spans: Sequence[tuple], stop: frozenset[str]) -> list[int]:
    """A class row of a named system's category (or a kindred one: ``same_kind``) after
    the system and one or two describing words ("BrahMos supersonic cruise missiles",
    "Gowind stealth corvettes", and each class row of the phrase: "Kestrel advanced jet
    trainer aircraft"): the class describes the system, one mention. Rows to drop; a
    function word of ``stop``, a verb-like word ("fired", "hits") or another
    category ("F-16s shot down drones") keeps the class its own mention."""
    drop = []
    for i, (a, b) in enumerate(zip(spans, spans[1:], strict=False)):
        if a[3] != "weapon" or b[3] != "weapon" or not same_kind(a[5], b[5]) or is_class(a):
            continue
        if not is_class(b):
            continue
        gap = _DESCRIBING_WORDS.fullmatch(text, a[2], b[1])
        if gap is None:
            continue
        words = gap.group().split()
        if any(w in stop or _verb_like(w) for w in words):
            continue
        drop.append(b[0])
        for c in spans[i + 2 :]:  # the class phrase goes on: "jet trainer aircraft"
            if c[3] != "weapon" or c[5] != b[5] or not is_class(c) or text[b[2] : c[1]] != " ":
                break
            drop.append(c[0])
            b = c
    return drop


def _verb_like(word: str) -> bool:
    """Whether a lower-case word between a system and a class may be a verb or a plural
    noun ("fired", "hits"), not a describing word ("advanced", "supersonic").

    >>> _verb_like("fired"), _verb_like("advanced"), _verb_like("supersonic")
    (True, False, False)
    """
    return word.endswith(("ed", "s")) and word not in describing_participles()


#: One or two lower-case words between a system and its class: " supersonic ".
_DESCRIBING_WORDS = regex.compile(r" (?:\p{Ll}[\p{Ll}-]*[\p{Ll}] ){1,2}")

_MILITARY_END = regex.compile(r"(?:^| )[Mm]ilitary$")

_WORDS_AFTER = regex.compile(r" (\p{Ll}+)(?: (\p{Ll}+))?")


def military_modifiers(text: str, rows: list, lookup) -> list:
    """Rows with "military" moved from a state's forces to the weapon class it opens
    ("Ukrainian military equipment": the forces as "Ukrainian", then "military
    equipment"). ``lookup`` maps a phrase to a lexicon target (``scan.lookup_form``).

    >>> from analysis.entities.mention_rows import MentionRow
    >>> row = MentionRow("actor", "Navy", "military", "", "", "Nordic military", "body", 1, 0, 15)
    >>> out = military_modifiers("Nordic military hardware", [row],
    ...                          {"military hardware": ("military equipment", "weapon", "other",
    ...                                                 "military equipment")}.get)
    >>> [(r.kind, r.form) for r in out]
    [('actor', 'Nordic'), ('weapon', 'military hardware')]
    """
    out, taken = [], []
    for row in rows:
        if row.kind != "actor" or not _MILITARY_END.search(row.form):
            out.append(row)
            continue
        words = _WORDS_AFTER.match(text, row.end)
        first = row.end - len("military")
        target, stop = None, row.end
        for group in (2, 1) if words else ():
            if words.group(group) is None:
                continue
            phrase = text[first : words.end(group)]
            found = lookup(phrase) or lookup(phrase.casefold())
            if found.__class__ is tuple and found[1] == "weapon":
                target, stop = found, words.end(group)
                break
        if target is None:
            out.append(row)
            continue
        if first > row.start:  # the demonym alone names the state ("Ukrainian": Ukraine)
            state = lookup(text[row.start : first - 1])
            if state.__class__ is tuple and state[1] == "actor":
                row = row._replace(name=state[0], type=state[2], country=state[4])
            out.append(row._replace(form=text[row.start : first - 1], end=first - 1))
        new = row._replace(kind="weapon", name=target[0], type=target[2],
                           weapon_class=target[3], country="", form=text[first:stop],
                           start=first, end=stop, in_lexicon=True, evidence="lexicon")  # fmt: skip
        out.append(new)
        taken.append(new)
    # "Russian military aircraft": the class row "aircraft" is inside the new one
    inside = {
        id(r) for r in out for t in taken
        if r.kind == "weapon" and r is not t and t.start <= r.start and r.end <= t.end
    }  # fmt: skip
    return [r for r in out if id(r) not in inside] if inside else out


def second_roles(text: str, spans: Sequence[tuple]) -> list[int]:
    """A class row after a named system whose mention ends in a singular class noun, "and"
    and up to two describing words ("the ZR-7 two-seat jet trainer and light-attack
    aircraft"): the one system's second role, part of its mention. A plural first noun
    ("ZR-7 trainers and transport aircraft") or a determiner after "and" ("and the
    aircraft") keeps two things. Rows to drop."""
    drop = []
    weapons = [s for s in spans if s[3] == "weapon"]
    for a, b in zip(weapons, weapons[1:], strict=False):
        if is_class(a) or not is_class(b) or a[5] != b[5]:
            continue
        head = _SINGULAR_HEAD.search(text, a[1], a[2])
        if head is None or text[a[1] : a[2]] == head.group(1):
            continue  # the mention must end in its own class noun
        gap = _SECOND_ROLE.fullmatch(text, a[2], b[1])
        if gap is not None and not any(
            w in function_words() or _verb_like(w) for w in gap.group(1).split()
        ):
            drop.append(b[0])
    return drop


#: A singular lower-case noun ending a named system's mention: "trainer" of "ZR-7 trainer".
_SINGULAR_HEAD = regex.compile(r"(?<= )(\p{Ll}[\p{Ll}-]*(?<!s))$")

#: "and" and up to two describing words before a second class row: " and light-attack ",
#: or the first half of a compound the row ends ("light-" of "light-attack aircraft").
_SECOND_ROLE = regex.compile(r" and ((?:\p{Ll}[\p{Ll}-]*\p{Ll} ){0,2}(?:\p{Ll}+-)?)")
