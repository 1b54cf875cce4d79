"""Items a common noun names only by what is set off after it, and ships made military
by their own words.

"handed over two ships to the island — a fast patrol ship and a landing craft — at a
ceremony": the object "two ships" says what moved only through the list between dashes
after it (a reader takes the list as the items). A list set off by a dash or a colon after
the object, or after the object's own to/for/from phrase, renames the object when it
names weapons.

"two naval vessels", "the coast guard ships": a ship, vessel or boat is military when a
naval word comes before it (CONVENTIONS: warships count, merchant ships do not).
"""

from __future__ import annotations

from analysis.grammar import Parse
from analysis.transfers.rules import word_set

#: Marks that set off a list renaming the noun before them.
SETTING_OFF = frozenset("—–:")
#: Heads of a ship by a common noun.
VESSEL_HEADS = word_set("ship vessel boat craft cutter")
#: Words before a ship's head that make it a warship (with any word opening with "mine",
#: "anti-" or "counter-": "mine-countermeasure vessels", "anti-submarine boats").
NAVAL_MODIFIERS = word_set(
    "naval navy warfare combat coast guard coastguard landing "
    "amphibious assault missile torpedo minehunting minesweeping"
)
_MILITARY_PREFIXES = ("mine", "anti-", "counter-")
#: Prepositions of the slots that may come between an object and its list.
_BETWEEN_ROLES = ("to", "for", "from")


def naval_vessel(parse: Parse, index: int) -> bool:
    """True for a ship named by a common noun with a naval word before it.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru sent two naval vessels and three cargo ships.")
    >>> [(ph.text, naval_vessel(p, i)) for i, ph in enumerate(p.phrases) if ph.kind == "NP"][1:3]
    [('two naval vessels', True), ('three cargo ships', False)]
    >>> p = parse_sentence("Peru got two mine-countermeasure vessels.")
    >>> naval_vessel(p, 2)
    True
    """
    phrase = parse.phrases[index]
    if parse.tokens[phrase.head].lemma.lower() not in VESSEL_HEADS:
        return False
    words = {t.text.lower() for t in parse.tokens[phrase.first : phrase.head]}
    return bool(words & NAVAL_MODIFIERS) or any(w.startswith(_MILITARY_PREFIXES) for w in words)


def listed_after(parse: Parse, index: int) -> int:
    """The noun phrase set off by a dash or colon after phrase ``index`` that renames it
    with weapons, or -1.

    Between the phrase and the mark there may only be its clause's to/for/from phrases
    ("two ships to the island — a frigate and a corvette —"); the list itself holds a
    weapon the lexicon knows and is in no slot of its own.

    >>> from analysis.grammar import parse_sentence
    >>> text = "Chile handed two ships to Peru — a frigate and a corvette — on Monday."
    >>> units = [(text.index(w), text.index(w) + len(w), "weapon", w) for w in ("frigate",
    ...                                                                        "corvette")]
    >>> p = parse_sentence(text, 0, len(text), units)
    >>> p.phrases[listed_after(p, 2)].text
    'a frigate and a corvette'
    >>> text = "Chile handed two ships to Peru — the ceremony was short."
    >>> listed_after(parse_sentence(text), 2)
    -1
    """
    phrase = parse.phrases[index]
    if phrase.kind != "NP" or parse.units_in(index, "weapon"):
        return -1
    between = {
        s.phrase for s in parse.slots() if s.role in _BETWEEN_ROLES
    }  # fmt: skip
    at = phrase.last + 1
    while at < len(parse.tokens) and parse.tokens[at].text not in SETTING_OFF:
        token = parse.tokens[at]
        inside = next(
            (p for p in between if parse.phrases[p].first <= at <= parse.phrases[p].last), None
        )
        if inside is not None:
            at = parse.phrases[inside].last + 1
        elif token.tag == "ADP" and token.text.lower() in _BETWEEN_ROLES:
            at += 1
        else:
            return -1
    if at >= len(parse.tokens):
        return -1
    slotted = {s.phrase for s in parse.slots()}
    lists = [
        i for i, p in enumerate(parse.phrases)
        if p.kind == "NP" and p.first == at + 1 and i not in slotted
        and parse.units_in(i, "weapon")
    ]  # fmt: skip
    if not lists:
        return -1
    chosen = max(lists, key=lambda i: parse.phrases[i].last)  # the whole list, not its first
    after = parse.tokens[parse.phrases[chosen].last + 1 :][:1]
    if after and after[0].text not in (*SETTING_OFF, ",", ".", ";"):
        return -1  # "— a frigate sailed ...": a clause of its own, not a list
    return chosen
