"""Administrations: a person's government or administration is their country's government.

"The X administration is the government of its country, not the person" (the
conventions): "the Ana Roe government", "President Ana Roe's administration",
"the Roe administration" name the state's government ("Ana Roe's government"
is left to the person: readers differ), so the person's mention
there counts for the government of the person's country (folded into the country
where no list names that government apart). A person with no known country is
left as read.
"""

from __future__ import annotations

import regex

from analysis.entities.context import government_name
from analysis.entities.lexicon import Lexicons
from analysis.entities.mention_rows import MentionRow

#: What follows a person's name when it names their government: "administration", a
#: possessive allowed before it ("Ana Roe's administration"), or "government", "cabinet" or
#: "regime" written as the name's noun ("the Ana Roe government"); "Ana Roe's government"
#: may be read as the person's, and is left to the person.
GOVERNMENT_AFTER = regex.compile(
    r"(?:(?:['’]s?)?\s+administration|\s+(?:government|cabinet|regime))\b"
    r"(?!\s+(?:official|minister))"
)


def name_administrations(text: str, rows: list[MentionRow], lexicons: Lexicons) -> list[MentionRow]:
    """Return ``rows`` with each person's mention that names a government ("the Ana Roe
    government") made a mention of the person's country's government.

    >>> from analysis.entities.lexicon import load_lexicons
    >>> text = "The Ana Roe government fell."
    >>> row = MentionRow("actor", "Ana Roe", "person", "", "CHL", "Ana Roe", "body", 2, 4, 11)
    >>> name_administrations(text, [row], load_lexicons())[0].name
    'Government of Chile'
    """
    out = []
    for row in rows:
        if row.kind == "actor" and row.type == "person" and row.country:
            government = government_name(lexicons, row.country)
            after = GOVERNMENT_AFTER.match(text, row.end) if government else None
            if after:  # the mention is the whole phrase: "Ana Roe government"
                row = row._replace(name=government, type="government", evidence="administration",
                                   form=text[row.start : after.end()], end=after.end())  # fmt: skip
        out.append(row)
    return out
