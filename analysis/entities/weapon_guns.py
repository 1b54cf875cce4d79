"""Bare "gun" and "guns" take their sense from the article's other weapons.

"Gun" alone is a rifle, a howitzer, a ship's cannon or a figure of speech, so the
lexicon leaves it out. A reader settles it from the article: where the article
names small arms (rifles, pistols, machine guns, "small arms") and no artillery,
naval gun or anti-aircraft gun, a bare "gun" or "guns" is a small arm too ("the army
wants new guns", "supplying guns and ammunition", "the length of the gun"). It stays
uncounted when a word before it names another kind ("water gun", "big guns", a
calibre, a capitalised name) or when it only describes another thing ("gun powder",
"gun control", "gun salute"), and in a headline or subheading, which says too little.

Found rows are tuples ``(name, category, weapon_class, start, end, evidence)``; spans
are ``(index, start, end, kind, name, type, weapon_class)`` of the rows already there.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.text import Article

#: "gun" or "guns" as a word of its own (not "machine-gun", "gunboat", "guns'").
_GUN = regex.compile(r"(?<![\w-])guns?(?![\w'’-])")
#: The word right before it: a capitalised word, a calibre or a number-dash form.
_WORD_BEFORE = regex.compile(r"([\w'’-]+)\s+$")
_WORD_AFTER = regex.compile(r"\s+([\w'’-]+)")
#: Categories whose rows make "gun" a small arm, and those that make it something else.
_SMALL_ARMS = frozenset({"small_arms"})
_OTHER_GUNS = frozenset({"artillery", "naval_weapons", "air_defence", "ships"})
#: Words before "gun" that name another kind of gun or a figure of speech.
_NOT_SMALL_ARMS_BEFORE = frozenset(
    {
        "water", "nail", "glue", "spray", "heat", "paint", "stun", "toy", "radar", "speed",
        "starting", "staple", "grease", "caulking", "laser", "rail", "ray", "big", "top",
        "hired", "smoking", "young", "naval", "deck", "field", "tank", "main", "artillery",
        "anti-aircraft", "antiaircraft", "cannon", "aircraft", "ship", "ship's", "coastal",
        "self-propelled", "towed", "howitzer", "jump", "air", "flare", "signal",
    }
)  # fmt: skip
#: Words after "gun" that it only describes: "gun powder", "gun control".
_DESCRIBED_AFTER = frozenset(
    {
        "powder", "barrel", "barrels", "boat", "boats", "ship", "ships", "fire", "shot",
        "shots", "salute", "salutes", "deck", "turret", "turrets", "mount", "mounts",
        "control", "violence", "law", "laws", "owner", "owners", "ownership", "rights",
        "crime", "crimes", "lobby", "show", "shows", "camera", "cameras", "point",
        "running", "runner", "runners", "smoke", "battery", "batteries", "carriage",
        "crew", "crews", "emplacement", "emplacements", "club", "clubs", "range", "ranges",
        "licence", "license", "licences", "licenses", "permit", "permits", "safety",
        "deaths", "death", "culture", "owning", "buyback", "amnesty",
    }
)  # fmt: skip


def bare_guns(article: Article, spans: Sequence[tuple], found: Sequence[tuple]) -> list[tuple]:
    """Found rows of small arms for each bare "gun"/"guns" of an article that names
    small arms and no other kind of gun (see the module docstring)."""
    kinds = {s[5] for s in spans if s[3] == "weapon"} | {f[1] for f in found}
    if not kinds & _SMALL_ARMS or kinds & _OTHER_GUNS:
        return []
    text, out = article.text, []
    taken = [(s[1], s[2]) for s in spans if s[3] == "weapon"] + [(f[3], f[4]) for f in found]
    for section in article.counted_sections():
        if section.kind in ("headline", "subheading"):
            continue  # a title's "New Guns" says too little to tell which guns
        for m in _GUN.finditer(text, section.start, section.end):
            start, end = m.span()
            if any(a < end and start < b for a, b in taken):
                continue  # part of a name or class already found ("machine guns")
            if not _small_arm_here(text, start, end, section.start):
                continue
            out.append(("small arms", "small_arms", "small arms", start, end, "bare gun"))
    return out


def _small_arm_here(text: str, start: int, end: int, section_start: int) -> bool:
    """Whether the words around this "gun" leave it a small arm."""
    before = _WORD_BEFORE.search(text, max(section_start, start - 40), start)
    if before is not None:
        word = before.group(1)
        if word[0].isupper() and before.start(1) > section_start:
            previous = text[max(section_start, before.start(1) - 2) : before.start(1)]
            if not previous.endswith((". ", "\n")):
                return False  # "Gatling gun", "Bofors guns": a named kind
        if any(ch.isdigit() for ch in word) or word.lower() in _NOT_SMALL_ARMS_BEFORE:
            return False  # "30-mm gun", "water gun", "big guns"
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1).lower() not in _DESCRIBED_AFTER
