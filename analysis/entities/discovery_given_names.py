"""Discovery: one person written with a short and a long given name.

"Jeff Smisek" and, later, "Jeffery Smisek" are one person: the same surname, the same number
of words, and one given name the start of the other ("Jeff"/"Jeffery", "Alex"/"Alexander",
"Chris"/"Christopher"). The name written first is the person's; the other is a form of it.
"""

from __future__ import annotations

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
    out = dict(found)
    people = sorted(
        ((k, f) for k, f in found.items() if f.type == "person"), key=lambda p: p[1].start
    )
    for i, (key, first) in enumerate(people):
        if key not in out:
            continue
        words = first.name.split()
        for other_key, other in people[i + 1 :]:
            other_words = other.name.split()
            if other_key not in out or len(other_words) != len(words) or len(words) < 2:
                continue
            a, b = words[0], other_words[0]
            if other_words[1:] == words[1:] and (is_short_form(a, b) or is_short_form(b, a)):
                kept = out[key]
                out[key] = kept._replace(forms=(*kept.forms, other.name, *other.forms))
                del out[other_key]
    return out
