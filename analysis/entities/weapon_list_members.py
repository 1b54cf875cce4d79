"""Members of a list that a weapon class noun introduces.

"missiles like Zircon and Scalp", "jets such as the Typhoon and the Rafale",
"drones, including Lancet": each member of a list after a class noun and "like",
"such as" or "including" is a weapon of that class. A bare member counts when the
lexicon knows it by that word written in any case ("Scalp" for "SCALP") or by that
word and a class noun of its category ("Meteor" for "Meteor missile", "Typhoon" for
"Typhoon jet"), and the entry is of the class noun's category. The class noun keeps
its own generic mention. A member found so counts again wherever the article writes
that word again, capitalised and alone ("With Meteor, pilots outrange..." after
"missiles like Meteor"). Found rows are ``(name, category, weapon_class, start, end,
evidence)``; spans are ``(index, start, end, kind, name, type, weapon_class)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.scan import lookup_form
from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_spans import is_class, spans_near

#: The word that opens the list after a class noun: "missiles like ", "jets, such as the ".
_OPENER = regex.compile(r",? (?:like|such as|including|notably|especially) ")

#: One list member: an optional article and one capitalised word, not the first word of
#: a longer capitalised name ("like Storm Shadow" is the lexicon's to match whole).
_MEMBER = regex.compile(r"(?:the )?(\p{Lu}[\p{L}\d]*(?:-\p{L}+)?)(?![\w-]| \p{Lu}| \d)")

#: Between two members: a comma, "and", "or", or both.
_JOINER = regex.compile(r",? (?:and|or) |, ")

#: Class nouns of each category that a lexicon alias may carry after a short name.
CATEGORY_NOUNS = {
    "aircraft": ("jet", "fighter", "aircraft", "helicopter", "trainer"),
    "missiles": ("missile",),
    "uav": ("drone",),
    "air_defence": ("system", "missile"),
    "armoured_vehicles": ("tank", "vehicle"),
    "artillery": ("howitzer", "system"),
    "ships": ("frigate", "destroyer", "submarine"),
}


def list_members(text: str, spans: Sequence[tuple], found: Sequence[tuple], matcher) -> list[tuple]:
    """The members of a list after a class noun and "like", "such as" or "including"
    that the lexicon knows by a shorter or differently written name: found rows of
    the class noun's category."""
    taken = [(f[3], f[4]) for f in found]
    out = []
    for s in spans:
        if s[3] != "weapon" or not is_class(s):
            continue
        opener = _OPENER.match(text, s[2])
        if opener is None:
            continue
        pos = opener.end()
        noun = text[s[1] : s[2]].split()[-1].casefold()
        nouns = (noun, noun.removesuffix("s"), *CATEGORY_NOUNS.get(s[5], ()))
        while (m := _MEMBER.match(text, pos)) is not None:
            start, end = m.span(1)
            busy = spans_near(spans, start, end) or any(a < end and start < b for a, b in taken)
            target = None if busy else known_as(m.group(1), nouns, matcher)
            if target is not None and target[2] == s[5]:
                out.append((target[0], target[2], target[3], start, end, "list member"))
                taken.append((start, end))
            joiner = _JOINER.match(text, m.end())
            if joiner is None:
                break
            pos = joiner.end()
    return out


def known_as(word: str, nouns: Sequence[str], matcher):
    """The weapon entry the lexicon knows as ``word`` in any case, or as ``word`` and one
    of ``nouns`` ("Meteor missile"); ``None`` if none."""
    for form in (word, *(f"{word} {n}" for n in dict.fromkeys(nouns))):
        target = lookup_form(matcher, form)
        if target.__class__ is tuple and target[1] == "weapon":
            return target
    return None


#: A capitalised word right before a repeated member word, on the same line.
_NAME_BEFORE = regex.compile(r"(\p{Lu}[\w-]*) $")


def member_repeats(
    text: str, sections: Sequence[tuple[int, int]], spans: Sequence[tuple], found
) -> list[tuple]:
    """The bare words of list members (rows of ``list_members``) written again elsewhere
    in the counted sections, alone (not part of a longer capitalised name, a
    designation or a compound): found rows of the member's entry.

    >>> text = "Missiles like Meteor arrive. With Meteor, pilots outrange rivals."
    >>> member = ("Meteor missile", "missiles", "aam", 14, 20, "list member")
    >>> member_repeats(text, [(0, len(text))], [], [member])
    [('Meteor missile', 'missiles', 'aam', 34, 40, 'member again')]
    """
    words = {text[f[3] : f[4]]: f[:3] for f in found if f[5] == "list member"}
    out: list[tuple] = []
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in found]
    for word, (name, category, weapon_class) in words.items():
        pattern = rf"(?<![\w-]){regex.escape(word)}(?![\w-]| \p{{Lu}}| \d)"
        for m in regex.finditer(pattern, text):
            start, end = m.span()
            before = _NAME_BEFORE.search(text, max(0, start - 40), start)
            if before is not None and before.group(1).casefold() not in function_words():
                continue  # the last word of a longer name: "Gloster Meteor"
            if not any(a <= start and end <= b for a, b in sections):
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            out.append((name, category, weapon_class, start, end, "member again"))
            taken.append((start, end))
    return out
