"""Kinds from a name's own words: a found body's type corrected by what its name says.

The discovery rules give a name the type of the word that showed it ("... Command" is a
military unit's, "... Bank" an organisation's, "... Corporation" a company's). Some words
inside a name outrank that word, as a careful reader sees: a police command is part of a
state's police, no military; a "News Agency" is the media; a commercial bank is a company;
a city's or a municipality's corporation is its local government; a committee of a
legislature's chamber is part of the government. Each rule is a pattern over the whole name,
the kinds it applies to, and the kind it gives (``NAME_KIND_RULES``).

A liberation army is an armed group by its name. A liberation front or movement is one only
where its sentence speaks of fighting ("the Kilo Liberation Front said its fighters ..."):
some such fronts are parties now and stand for elections (``kind_in_context``).
"""

from __future__ import annotations

import regex

#: (pattern over the name, kinds it corrects, kind it gives), in order; the first match wins.
NAME_KIND_RULES: tuple[tuple[regex.Pattern, frozenset[str], str], ...] = (
    # "the Zamfara State Police Command", "the Rivers Police Division": a state's police
    (regex.compile(r"\bPolice\b"), frozenset({"military", "organisation"}), "government"),
    # "the News Agency of Nigeria", "the Kilo Press Agency": a wire service
    (
        regex.compile(r"\b(?:News|Press) (?:Agency|Service)\b"),
        frozenset({"organisation", "government"}),
        "media",
    ),
    # "Dhaka South City Corporation", "the Kilo Municipal Corporation": a local government
    (
        regex.compile(r"\b(?:City|Municipal|Metropolitan) Corporation\b"),
        frozenset({"company", "organisation"}),
        "government",
    ),
    # "the Senate Committee on Public Works": a committee of a legislature's chamber
    (
        regex.compile(r"^(?:Senate|House|Assembly|Parliamentary)\b.*\bCommittee\b"),
        frozenset({"organisation"}),
        "government",
    ),
    # "GCB Bank", "Bank Kilo Indonesia": a commercial bank; a development, central, reserve or
    # world bank is a public body and keeps its kind ("the Kilo Development Bank")
    (
        regex.compile(
            r"^(?!.*\b(?:Development|Investment|Reconstruction|Central|Reserve|World|Settlements"
            r"|Export-Import|National|People's|State)\b)(?:Bank \p{Lu}\S*(?: \p{Lu}\S*)*"
            r"|(?:\p{Lu}\S* ){1,3}Bank)$"
        ),
        frozenset({"organisation"}),
        "company",
    ),
)


#: Names of fighters' bodies: "Kilo National Liberation Army", "Liberation Tigers of Kilo".
_LIBERATION_ARMY = regex.compile(r"\bLiberation (?:Army|Tigers)\b|\bArmy for the Liberation\b")
#: Names a fighting sentence makes an armed group's: "... Liberation Front", "Front for the
#: Liberation of ...", "... Liberation Movement".
_LIBERATION_BODY = regex.compile(
    r"\bLiberation (?:Front|Movement)\b|\b(?:Front|Movement) for the (?:\p{Lu}\S* )?Liberation\b"
)
#: Words of fighting in a sentence.
_FIGHTING = regex.compile(
    r"\b(?:fighters?|rebels?|rebellion|guerrillas?|insurgen(?:ts?|cy)|militants?|armed|attack(?:s|ed)?"
    r"|ambush(?:ed)?|clash(?:es|ed)?|offensive|seized|captured|killed|shot)\b",
    regex.I,
)


def kind_in_context(name: str, kind: str, sentence: str) -> str:
    """Return the kind a liberation body's name and its sentence give it, else ``kind``.

    >>> kind_in_context("Kilo National Liberation Army", "organisation", "It met.")
    'armed_group'
    >>> kind_in_context("Kilo Liberation Front", "organisation", "Its fighters seized a post.")
    'armed_group'
    >>> kind_in_context("Kilo Liberation Front", "organisation", "It won 12 seats in May.")
    'organisation'
    """
    if kind != "organisation":
        return kind
    if _LIBERATION_ARMY.search(name):
        return "armed_group"
    if _LIBERATION_BODY.search(name) and _FIGHTING.search(sentence):
        return "armed_group"
    return kind


def kind_from_name(name: str, kind: str) -> str:
    """Return the kind the name's own words give it, else ``kind``.

    >>> kind_from_name("Kilo State Police Command", "military")
    'government'
    >>> kind_from_name("News Agency of Kilo", "organisation")
    'media'
    >>> kind_from_name("Kilo Trust Bank", "organisation")
    'company'
    >>> kind_from_name("Kilo Development Bank", "organisation")
    'organisation'
    >>> kind_from_name("Senate Kilo Committee", "organisation")
    'government'
    >>> kind_from_name("Bank of Kilo", "organisation")
    'organisation'
    """
    for pattern, kinds, new_kind in NAME_KIND_RULES:
        if kind in kinds and pattern.search(name):
            return new_kind
    return kind
