"""People the article names with a state office: they act for their state all through it.

"Defence Minister A B said ... A B has also inked contracts for six frigates": a reader
knows from the first mention that A B signs for the state, though the later sentence
gives no title. A person the entities place in a country whose mention anywhere in the
article has an office title right before it ("Defence Minister A B") or right after it
("A B, the defence minister,") is an office holder; a person never given an office
("businessman A B") is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.transfers.rules import word_set

#: Titles of a state's own officials: one who gives or receives acts for the state
#: ("Defence Minister A B handed over two boats to ..."; "Military Attache A B").
STATE_OFFICES = word_set(
    "minister secretary president premier chancellor ambassador envoy attache attaché "
    "king queen emir sultan"
)
#: How far before or after a name its title may be written (in characters).
_REACH = 40
_WORD = re.compile(r"[\w'’.-]+")


def office_holders(text: str, mentions: Iterable) -> frozenset[str]:
    """The names of the people ``mentions`` place in a country and ``text`` gives a state
    office next to one of their mentions.

    >>> from types import SimpleNamespace as M
    >>> text = "Defence Minister Ana Ruiz spoke. Ana Ruiz signed. Businessman Bo Li left."
    >>> people = [M(kind="actor", type="person", name="Ana Ruiz", country="PER", start=17,
    ...             end=25), M(kind="actor", type="person", name="Bo Li", country="PER",
    ...             start=63, end=68)]
    >>> sorted(office_holders(text, people))
    ['Ana Ruiz']
    >>> text = "Ana Ruiz, the country's defence minister, spoke."
    >>> sorted(office_holders(text, [M(kind="actor", type="person", name="Ana Ruiz",
    ...                                country="PER", start=0, end=8)]))
    ['Ana Ruiz']
    """
    found = set()
    for m in mentions:
        if m.kind != "actor" or m.type != "person" or not m.country:
            continue
        before = text[max(0, m.start - _REACH) : m.start].split("\n")[-1]
        words = [w.lower() for w in _WORD.findall(before)][-3:]  # "Acting Defence Minister"
        after = text[m.end : m.end + _REACH].split("\n")[0]
        if after.startswith(","):  # "A B, the defence minister,"
            words += [w.lower() for w in _WORD.findall(after.split(",")[1])]
        if set(words) & STATE_OFFICES:
            found.add(m.name)
    return frozenset(found)
