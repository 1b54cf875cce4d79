"""Discovery: a party's own name that opens with its country's word.

"The Moldovan Democratic Party" is one name, though the lexicon reads it as
a demonym ("Moldovan") and another country's party ("Democratic Party"): a
country word right before a party's name, the two making one capitalised run
that ends with "Party", is the longer party's name. Longest name wins (the
conventions): the country word inside it does not count for the country, and
the party is that country's. A country's possessive ("Kenya's Labour Party")
or an abbreviation in capitals ("US Democratic Party") stays apart: the
country counts, and the party is the one the lexicon names.

The same holds when the text calls the name a party in a lower-case word after
it: "the Nepali Congress party" is the party "Nepali Congress", not the country
and another country's "Congress party" (``described_party_name``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

#: The evidence of a name found so.
PARTY_EVIDENCE = "country word and party name"


def country_party_name(spans: Sequence[tuple], start: int, run: str) -> tuple[str, int]:
    """The party's name and its offset in a run of capitalised words ``run`` at ``start``
    that ends with it, else ``("", -1)``. The name opens the run or follows a small word
    inside it ("Leaders of the Latvian Green Party").

    ``spans`` are the lexicon's mentions as ``(start, end, type, country, generic, form)``
    in text order.

    >>> spans = [(4, 12, "country", "MDA", False, "Moldovan"),
    ...          (13, 29, "organisation", "USA", False, "Democratic Party")]
    >>> country_party_name(spans, 4, "Moldovan Democratic Party's")
    ('Moldovan Democratic Party', 4)
    >>> country_party_name(spans, 0, "The Moldovan Democratic Party")
    ('Moldovan Democratic Party', 4)
    >>> country_party_name(spans, 4, "Moldovan Democratic Party Leader")
    ('', -1)
    """
    for ending in ("'s", "’s", "'", "’"):
        run = run.removesuffix(ending)
    end = start + len(run)
    if not run.endswith(" Party"):
        return "", -1
    index = bisect_left(spans, (start,))
    while index + 1 < len(spans) and spans[index][0] < end:
        lead, party = spans[index], spans[index + 1]
        index += 1
        if lead[2] != "country" or party[1] != end or party[2] != "organisation":
            continue
        form = lead[5]
        if " " in form or form.isupper() or form.endswith(("'s", "’s")):
            continue  # "US Democratic Party", "Kenya's Labour Party": the country counts apart
        before = run[: lead[0] - start].split()
        if party[0] != lead[1] + 1 or (before and before[-1] not in _SMALL_WORDS):
            continue
        return run[lead[0] - start :], lead[0]
    return "", -1


#: Small words after which a party's name may open inside a run of capitalised words.
_SMALL_WORDS = frozenset(("The", "the", "of", "and", "for"))


#: Last words of a party's name the text may follow with a lower-case "party".
DESCRIBED_HEADS = frozenset(
    ("Congress", "Front", "League", "Movement", "Alliance", "Rally", "Union", "Bloc", "Forum")
)
_PARTY_AFTER = regex.compile(r"^\s+party\b")


def described_party_name(spans: Sequence[tuple], start: int, run: str, after: str) -> str:
    """The party's name when a run of capitalised words ``run`` at ``start`` is a country
    word and a party's last word, and ``after`` (the text after the run) calls it a
    "party"; else "".

    >>> spans = [(4, 10, "country", "NPL", False, "Nepali"),
    ...          (11, 25, "organisation", "IND", False, "Congress party")]
    >>> described_party_name(spans, 4, "Nepali Congress", " party which")
    'Nepali Congress'
    >>> described_party_name(spans, 4, "Nepali Congress", " leaders")
    ''
    """
    words = run.split(" ")
    if len(words) < 2 or words[-1] not in DESCRIBED_HEADS or not _PARTY_AFTER.match(after):
        return ""
    index = bisect_left(spans, (start,))
    if index >= len(spans) or spans[index][0] != start or spans[index][2] != "country":
        return ""
    form = spans[index][5]
    if form.isupper() or form.endswith(("'s", "’s")) or spans[index][1] >= start + len(run):
        return ""  # "US Congress party": the country counts apart
    return run
