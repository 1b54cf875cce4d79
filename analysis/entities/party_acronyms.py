"""Party acronyms: a weapon's acronym that a party's office words show to be a party's.

Some acronyms the weapon lexicon reads as a class of vehicle are also the short names of
parties and movements ("APC", an armoured personnel carrier, is also a party's initials in
several countries). English news writes a party's acronym before the words of its offices and
its people: "the APC chairman", "an APC chieftain", "APC candidates", "the APC's national
secretary". No vehicle has a chairman, a candidate or supporters, so an acronym in capitals
right before one of those words is a body (an organisation named by the acronym, whose
country the text does not state), and the article's other uses of the same letters are that
body too, except where "a" or "an" counts one thing ("troops in an APC").
"""

from __future__ import annotations

import regex

from analysis.entities.mention_rows import MentionRow

#: Words of a party's offices and people right after its acronym ("APC chairman").
PARTY_WORDS_AFTER = regex.compile(
    r"['’]?s?\s+(?:(?:national|state|local|ward|deputy|acting|former)\s+)?"
    r"(?:chairman|chairmen|chairperson|chairwoman|chieftains?|leaders?|leadership|candidates?"
    r"|spokes(?:man|woman|person)|stalwarts?|members?|lawmakers?|legislators|senators?"
    r"|supporters|faithful|primar(?:y|ies)|ticket|flag-?bearer|secretary|secretariat"
    r"|executives?|caucus|delegates?|aspirants?|governors?|councillors?)\b"
)
_ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")
#: "a" or "an" right before the acronym: one thing counted ("troops in an APC").
_ONE_BEFORE = regex.compile(r"\ban? $", regex.I)


def read_party_acronyms(text: str, rows: list[MentionRow]) -> list[MentionRow]:
    """Return ``rows`` with a weapon acronym that a party's office word follows read as an
    organisation, with its other uses in the article; ``rows`` itself when none is.

    >>> apc = MentionRow("weapon", "military vehicle (generic)", "armoured_vehicles",
    ...                  "armoured vehicle", "", "APC", "body", 1, 4, 7)
    >>> [(r.kind, r.name, r.type) for r in read_party_acronyms("The APC chairman spoke.", [apc])]
    [('actor', 'APC', 'organisation')]
    >>> read_party_acronyms("The APC was hit.", [apc]) == [apc]
    True
    """
    parties = {
        r.form
        for r in rows
        if r.kind == "weapon" and _ACRONYM.match(r.form) and PARTY_WORDS_AFTER.match(text, r.end)
    }
    if not parties:
        return rows
    return [
        MentionRow("actor", r.form, "organisation", "", "", r.form, r.section, r.sentence,
                   r.start, r.end, False, "party words after")
        if r.kind == "weapon" and r.form in parties and _party_use(text, r)
        else r
        for r in rows
    ]  # fmt: skip


def _party_use(text: str, row: MentionRow) -> bool:
    """True unless the acronym is a countable thing here: "an APC" with no office word after."""
    counted = _ONE_BEFORE.search(text[max(0, row.start - 4) : row.start])
    return not counted or bool(PARTY_WORDS_AFTER.match(text, row.end))
