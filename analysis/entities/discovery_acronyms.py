"""Discovery: an organisation named "... of <Country>" with its own bracketed acronym.

Movements, parties and banks are often named after their country and written
with the acronym of their name in their own language: "the Popular Front for
the Renewal of Chad (FPRC)" (the acronym's letters in another order), "the
Central Bank of Chad (CBC)". A run of capitalised words that ends with "of" and
a country the lexicon knows, right before a bracket whose letters are the
run's capitals (in any order, as a translated name's are), is one
organisation's name: the country word inside it does not count for the country
(longest name wins), and the bracketed acronym is a second mention of it.

A party's or a front's name reads so with no acronym at all: "the Agrarian Party of
Malawi", "the Green Front of Chad (Renewal)" (``PARTY_HEADS``): the capitalised words
right before "Party of" and the country make the name, and a bracket of capitals after
it ("the Workers Party of Nepal (WPN-M)") is its short form, whatever its letters.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

import regex

#: The evidence of a name found so.
ACRONYM_EVIDENCE = "country name with its acronym"
#: The evidence of a party's name "... Party of <Country>" found with no acronym to match.
PARTY_OF_EVIDENCE = "party of a country"
_ACRONYM = regex.compile(r"^\s*\((\p{Lu}[\p{Lu}&]{2,8})\)")
#: A bracket of capitals after a party's name: its short form, a faction's letters allowed.
_SHORT_FORM = regex.compile(r"^\s*\((\p{Lu}[\p{Lu}&]{1,8}(?:-\p{Lu}{1,3})?)\)")
#: The last word of a party's or a movement's name before "of" and its country.
PARTY_HEADS = frozenset(
    ("Party", "Front", "Movement", "League", "Alliance", "Congress", "Rally", "Bloc")
)
_SMALL = frozenset(("of", "the", "and", "for", "&"))
_NOTHING = ("", -1, "", "", "")
#: Words that may open a run but open no such name ("Fighters of the ...").
_CONNECTORS = frozenset(("of", "the", "and", "for", "The"))


def country_acronym_name(
    spans: Sequence[tuple], start: int, run: str, after: str
) -> tuple[str, int, str, str, str]:
    """``(name, offset, acronym, country, evidence)`` of the organisation a run of
    capitalised words ``run`` at ``start`` ends with, where ``after`` (the text after the
    run) opens with its acronym, or of a party named "... Party of <Country>"; else
    ``("", -1, "", "", "")``. The longest such name in the run wins.

    ``spans`` are the lexicon's mentions as ``(start, end, type, country, ...)`` in text order.

    >>> spans = [(49, 53, "country", "TCD")]
    >>> run = "Fighters of the Popular Front for the Renewal of Chad"
    >>> country_acronym_name(spans, 0, run, " (FPRC) said")
    ('Popular Front for the Renewal of Chad', 16, 'FPRC', 'TCD', 'country name with its acronym')
    >>> country_acronym_name(spans, 0, run, " (FPRT) said")
    ('', -1, '', '', '')
    """
    end = start + len(run)
    index = bisect_left(spans, (end,)) - 1
    if index < 0 or spans[index][1] != end or spans[index][2] != "country":
        return _NOTHING
    country_at = spans[index][0] - start
    of = regex.search(r"\bof (?:the )?$", run[:country_at])
    if not of:
        return _NOTHING  # "... of Chad": the country closes the name after "of"
    bracket = _ACRONYM.match(after)
    if not bracket:
        return _party_of_country(spans[index], start, run, of.start(), after)
    acronym = bracket.group(1)
    words = run.split(" ")
    offset = 0
    for i, word in enumerate(words):
        head = words[i:]
        if word not in _CONNECTORS and len(head) > 2 and same_letters(head, acronym):
            return " ".join(head), start + offset, acronym, spans[index][3], ACRONYM_EVIDENCE
        offset += len(word) + 1
    return _party_of_country(spans[index], start, run, of.start(), after)


def _party_of_country(
    country: tuple, start: int, run: str, of_at: int, after: str
) -> tuple[str, int, str, str, str]:
    """``(name, offset, short form, country, evidence)`` of a party named "... Party of
    <Country>" at the end of ``run`` (``of_at`` is where its "of" opens), else nothing.

    >>> spans = [(40, 45, "country", "MWI")]
    >>> run = "Minister Ana Roe of the Agrarian Party of Malawi"
    >>> _party_of_country(spans[0], 0, run, 38, " (APM-R) said")
    ('Agrarian Party of Malawi', 24, 'APM-R', 'MWI', 'party of a country')
    >>> _party_of_country(spans[0], 0, "Minister Ana Roe of the Bank of Malawi", 28, "")
    ('', -1, '', '', '')
    """
    head = run[:of_at].split()
    if len(head) < 2 or head[-1] not in PARTY_HEADS:
        return _NOTHING
    name_words: list[str] = []
    for word in reversed(head):
        if word in _CONNECTORS or not word[:1].isupper():
            break
        name_words.insert(0, word)
    if len(name_words) < 2:
        return _NOTHING  # "the Party of Chad": no name of its own before "Party"
    name_at = len(" ".join(head)) - len(" ".join(name_words))
    bracket = _SHORT_FORM.match(after)
    short = bracket.group(1) if bracket else ""
    return run[name_at:], start + name_at, short, country[3], PARTY_OF_EVIDENCE


def same_letters(words: Sequence[str], acronym: str) -> bool:
    """True when the capitals of ``words`` (small words left out) are the acronym's letters,
    in any order ("Popular Front for the Renewal of Chad" and "FPRC").

    >>> same_letters("Support Group for Faith".split(), "GSF"), same_letters(["Acme"], "AB")
    (True, False)
    """
    capitals = "".join(c for w in words if w not in _SMALL for c in w if c.isupper())
    letters = acronym.replace("&", "")
    return len(capitals) == len(letters) and Counter(capitals) == Counter(letters)
