"""Discovery: one person written with a short and a long given name.

"Jeff Smisek" and, later, "Jeffery Smisek" are one person: the same surname, the same number
of words, and one given name the start of the other ("Jeff"/"Jeffery", "Alex"/"Alexander",
"Chris"/"Christopher"). The name written first is the person's; the other is a form of it.

So are one person's names spelt two ways, as transliterations go, with or without a middle
name: "Elias Roe" and, later, "Erias Kato Roe"; "Ana Ichung'wah" and "Ana Ichungwa".
"""

from __future__ import annotations

import unicodedata
from typing import Protocol, TypeVar


class _Named(Protocol):
    name: str
    type: str
    start: int
    forms: tuple[str, ...]

    def _replace(self, **fields): ...


T = TypeVar("T", bound=_Named)
#: The shortest given name that may stand for a longer one ("Al" is too short to tell).
MIN_SHORT = 3


def is_short_form(short: str, long: str) -> bool:
    """True when one given name is the start of the other, at least ``MIN_SHORT`` letters.

    >>> is_short_form("Jeff", "Jeffery"), is_short_form("Jo", "John"), is_short_form("Ann", "Ann")
    (True, False, False)
    """
    return len(short) >= MIN_SHORT and len(long) > len(short) and long.startswith(short)


def merge_given_name_forms(found: dict[str, T]) -> dict[str, T]:
    """Return ``found`` with people who differ only by a short and a long given name merged
    under the one written first (see the module docstring).

    >>> from collections import namedtuple
    >>> F = namedtuple("F", "name type start forms")
    >>> merged = merge_given_name_forms({"jeff roe": F("Jeff Roe", "person", 5, ()),
    ...                                  "jeffery roe": F("Jeffery Roe", "person", 90, ())})
    >>> [(f.name, f.forms) for f in merged.values()]
    [('Jeff Roe', ('Jeffery Roe',))]
    """

    def same(first: T, other: T) -> bool:
        words, other_words = first.name.split(), other.name.split()
        if len(other_words) != len(words) or len(words) < 2 or other_words[1:] != words[1:]:
            return False
        return is_short_form(words[0], other_words[0]) or is_short_form(other_words[0], words[0])

    return _merge_people(found, same)


def _merge_people(found: dict[str, T], same) -> dict[str, T]:
    """Return ``found`` with each later person that ``same(first, later)`` holds for merged
    into the one written first, as a form of it."""
    out = dict(found)
    people = sorted(
        ((k, f) for k, f in found.items() if f.type == "person"), key=lambda p: p[1].start
    )
    for i, (key, first) in enumerate(people):
        if key not in out:
            continue
        for other_key, other in people[i + 1 :]:
            if other_key in out and same(first, other):
                kept = out[key]
                out[key] = kept._replace(forms=(*kept.forms, other.name, *other.forms))
                del out[other_key]
    return out


def _plain(word: str) -> str:
    """A name's word for comparing spellings: no accents, apostrophes or hyphens, lower case."""
    folded = unicodedata.normalize("NFD", word)
    return "".join(c for c in folded if c.isalnum()).casefold()


def is_other_spelling(a: str, b: str) -> bool:
    """True when two words of a name are one name spelt two ways: the same letters but for
    apostrophes and hyphens ("Ichung'wah", "Ichungwah"), or one letter changed, added or left
    out in a word of four letters or more with the same first letter, as transliterations
    go ("Elias"/"Erias", "Ichungwa"/"Ichungwah").

    >>> is_other_spelling("Elias", "Erias"), is_other_spelling("Ichung’wah", "Ichungwa")
    (True, True)
    >>> is_other_spelling("Ali", "Ala"), is_other_spelling("Mark", "Park")
    (False, False)
    """
    a, b = _plain(a), _plain(b)
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def is_spelling_variant(words: list[str], other: list[str]) -> bool:
    """True when two people's names are one person's: the same given name and surname, one
    of the two spelt another way (``is_other_spelling``), and the shorter name's middle words
    all in the longer's ("Elias Roe" and "Erias Kato Roe").

    >>> is_spelling_variant("Elias Nalu".split(), "Erias Kato Nalu".split())
    True
    >>> is_spelling_variant("Elias Nalu".split(), "Erias Nalo".split())
    False
    """
    if len(words) < 2 or len(other) < 2:
        return False
    pairs = [(words[0], other[0]), (words[-1], other[-1])]
    if not all(is_other_spelling(a, b) for a, b in pairs):
        return False
    if sum(_plain(a) != _plain(b) for a, b in pairs) > 1:
        return False  # given name and surname both spelt otherwise: two people
    short, long = sorted((words, other), key=len)
    return {_plain(w) for w in short[1:-1]} <= {_plain(w) for w in long[1:-1]}


def merge_spelling_variants(found: dict[str, T]) -> dict[str, T]:
    """Return ``found`` with one person's names spelt two ways merged under the one written
    first (``is_spelling_variant``), unless a third person of the article shares the
    surname or both are first named in one sentence: then the article does not make it
    clear that they are one.

    >>> from collections import namedtuple
    >>> F = namedtuple("F", "name type start forms")
    >>> merged = merge_spelling_variants({"elias roe": F("Elias Roe", "person", 5, ()),
    ...                                   "erias kato roe": F("Erias Kato Roe", "person", 90, ())})
    >>> [(f.name, f.forms) for f in merged.values()]
    [('Elias Roe', ('Erias Kato Roe',))]
    """
    surnames: dict[str, int] = {}
    for f in found.values():
        if f.type == "person":
            surname = _plain(f.name.split()[-1])
            surnames[surname] = surnames.get(surname, 0) + 1

    def same(first: T, other: T) -> bool:
        words, other_words = first.name.split(), other.name.split()
        if not is_spelling_variant(words, other_words):
            return False
        if getattr(other, "sentence", None) == getattr(first, "sentence", -1):
            return False  # "Ahmed Khan and Ahmad Ali Khan": named side by side, two people
        shared = {_plain(words[-1]), _plain(other_words[-1])}
        return sum(surnames.get(s, 0) for s in shared) <= 2

    return _merge_people(found, same)


def merge_second_surnames(found: dict[str, T], known: set[str]) -> dict[str, T]:
    """Return ``found`` with a person named by a known person's full name and one more word
    after it (a second surname: "Ana Roe" known, "Ana Roe Lema" written) merged into the known
    one, the longer name a form of it. ``known``: the keys of people the lexicon knows.

    >>> from collections import namedtuple
    >>> F = namedtuple("F", "name type start forms")
    >>> merged = merge_second_surnames({"ana roe": F("Ana Roe", "person", 50, ()),
    ...                                 "ana roe lema": F("Ana Roe Lema", "person", 5, ())},
    ...                                {"ana roe"})
    >>> [(f.name, f.start, f.forms) for f in merged.values()]
    [('Ana Roe', 5, ('Ana Roe Lema',))]
    """
    out = dict(found)
    for key in known:
        base = out.get(key)
        if base is None or base.type != "person":
            continue
        words = [_plain(w) for w in base.name.split()]
        longer = [
            (k, f)
            for k, f in out.items()
            if k != key
            and f.type == "person"
            and len(f.name.split()) == len(words) + 1
            and [_plain(w) for w in f.name.split()[: len(words)]] == words
        ]
        if len(longer) != 1:
            continue  # none, or two people sharing the known name's start: left apart
        other_key, other = longer[0]
        kept = out[key]
        out[key] = kept._replace(
            forms=(*kept.forms, other.name, *other.forms), start=min(kept.start, other.start)
        )
        del out[other_key]
    return out
