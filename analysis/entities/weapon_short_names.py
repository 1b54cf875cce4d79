"""A named system's last word after "the", once the article has named it in full.

"the Typhoon" after "the Eurofighter Typhoon", "the Tiger" after "a Eurocopter
Tiger": a lexicon name of two or more words whose last word is capitalised may be
repeated by that word alone. The last word counts only when the lexicon does not know
it as a name of its own ("the Hawk" after "Black Hawk" is another aircraft), when it
is no function word, and when "the" (or "the ... and", "the ... or") stands before it.
A one-word name written before its class words ("Hawk missiles", "Hawk advanced jet
trainers") is likewise repeated by that word after "the" ("the Hawk"); when two systems
share the word (a trainer and a missile both called "Hawk"), a repeat is the one named
last before it.
Found rows are ``(name, category, weapon_class, start, end, evidence)``; spans are
``(index, start, end, kind, name, type, weapon_class)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.scan import lookup_form
from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_references import forms_again
from analysis.entities.weapon_spans import is_class

#: The capitalised last word of a matched name of two or more words, before the class
#: words the mention holds ("Seahawk" of "MH-60R Seahawk helicopters").
_LAST_WORD = regex.compile(r"\s(\p{Lu}\p{Ll}{3,})(?: \p{Ll}[\p{Ll}-]*){0,3}$")


def last_word_repeats(
    text: str, sections: Sequence[tuple[int, int]], spans: Sequence[tuple], found, matcher
) -> list[tuple]:
    """Later bare last words of named systems (see the module docstring): found rows."""
    words: dict[str, tuple] = {}
    for s in spans:
        if s[3] != "weapon" or is_class(s):
            continue
        m = _LAST_WORD.search(text, s[1], s[2])
        if m is None or m.group(1).casefold() in function_words():
            continue
        if lookup_form(matcher, m.group(1)) is not None:
            continue
        words.setdefault(m.group(1), (s[4], s[5], s[6], s[2]))
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in found]
    return forms_again(text, words, _after_the, sections, taken, "last word again")


def _after_the(word: str) -> str:
    """The regex of a last word after "the" ("the Typhoon", "the Rafale and Typhoon"), also
    in the plural ("the Typhoons")."""
    return rf"(?<=(?<![\w-])[Tt]he (?:\p{{Lu}}[\w-]* (?:and|or) )?){word}s?(?![\w-]| \p{{Lu}})"


def _after_the_owner(word: str) -> str:
    """The regex of a one-word name after "the", also with a nationality between ("the
    Peruvian Condor", "the Chinese Condor detachment")."""
    return rf"(?<=(?<![\w-])[Tt]he {_NATIONALITY}){word}s?(?![\w-]| \p{{Lu}})|{_after_the(word)}"


#: A nationality adjective by its ending: "Peruvian", "Chinese", "Turkish", "Israeli", "Dutch".
_NATIONALITY = r"\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch) "


#: A one-word name before lower-case class words, a model number, a mark or a class acronym:
#: "Hawk" of "Hawk advanced jet trainers" and "Hawk Mk 132 jets", "Boxer" of "Boxer 8x8
#: armoured vehicles", "Condor" of "Condor UAVs".
_FIRST_WORD = regex.compile(
    r"(\p{Lu}\p{Ll}{3,}) (?:\p{Ll}|\d|Mk\b|\p{Lu}\d|\p{Lu}{3,5}s?(?![\w-]))"
)


#: Words that open a designation, no name of their own: "Type 26", "Project 955", "Block 70".
_DESIGNATORS = frozenset({"Type", "Project", "Model", "Mark", "Block", "Batch", "Flight", "Class"})


def first_word_repeats(
    text: str, sections: Sequence[tuple[int, int]], spans: Sequence[tuple], found, matcher
) -> list[tuple]:
    """Later "the W" of systems written as a one-word name W and class words (see the module
    docstring): found rows, each for the system named with W last before it."""
    named = _first_words(text, spans, found, matcher)
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in found]
    out = []
    for word, systems in named.items():
        first = {word: (*systems[0][:3], systems[0][3])}
        for row in forms_again(text, first, _after_the_owner, sections, taken, "first word again"):
            latest = [s for s in systems if s[3] <= row[3]][-1]
            out.append((*latest[:3], *row[3:]))
    return out


def _first_words(text: str, spans: Sequence[tuple], found, matcher) -> dict[str, list[tuple]]:
    """The one-word names W of systems written as W and class words, each with its
    systems ``(name, category, weapon_class, end)`` in text order."""
    named: dict[str, list[tuple]] = {}
    rows = [(s[4], s[5], s[6], s[1], s[2]) for s in spans if s[3] == "weapon" and not is_class(s)]
    rows += [f[:5] for f in found if not f[0].islower()]
    for name, category, weapon_class, start, end in sorted(rows, key=lambda r: r[3]):
        m = _FIRST_WORD.match(text, start, end)
        if m is None or m.group(1).casefold() in function_words() or m.group(1) in _DESIGNATORS:
            continue
        if matcher.exact.get(m.group(1)) is not None:
            continue  # a name of its own as written ("HAWK" in capitals is no "Hawk")
        named.setdefault(m.group(1), []).append((name, category, weapon_class, end))
    return named


def first_word_titles(
    text: str, sections: Sequence[tuple[int, int]], spans: Sequence[tuple], found, matcher
) -> list[tuple]:
    """``found`` with the one-word name W of a system written again before its class in
    capitals ("the Condor UAV ... Condor Unmanned Aerial Vehicle services"): one mention
    of that system, in place of a system of its own the capitals would name."""
    named = _first_words(text, spans, found, matcher)
    out = list(found)
    for word, systems in named.items():
        pattern = rf"(?<![\w-]){regex.escape(word)}((?: \p{{Lu}}[\p{{Ll}}-]+){{1,4}})(?![\w-])"
        for m in regex.finditer(pattern, text, pos=systems[0][3]):
            start, end = m.span()
            if not any(a <= start and end <= b for a, b in sections):
                continue
            inside = [q for q in spans if q[1] < end and start < q[2]]
            if any(q[3] != "weapon" or not is_class(q) for q in inside):
                continue
            title = next(
                (f for f in out if f[4] == end and _THE.fullmatch(text, f[3], start)), None
            )
            if not any(q[2] == end for q in inside) and title is None:
                continue  # the capitals end in no class: "Condor Aviation Services"
            if any(f[3] < end and start < f[4] for f in out if f is not title):
                continue
            latest = [q for q in systems if q[3] <= start][-1]
            if title is not None:  # the title's acronym, found with it, is the system's too
                start = title[3]
                out = [
                    (*latest[:3], *f[3:]) if f[0] == title[0] else f for f in out if f is not title
                ]
            out.append((*latest[:3], start, end, "first word and class title"))
    return out


#: What may stand before the one-word name in a capitalised title the second pass found.
_THE = regex.compile(r"(?:[Tt]he )?")
