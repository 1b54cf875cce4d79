"""Discovery: the body a title holds ("Deputy Secretary-General of the Pacific Islands Forum").

The conventions count a title holding an organisation's name for that organisation. After a
title and "of" or "for", a run of capitalised words that ends with an organisation's last word
("Forum", "Council", "Command", "Systems") is that body's name; an office's own subject ("of
National Defence", "for Foreign Affairs") is none, nor a lone word ("of the Navy": the lexicon's).
"""

from __future__ import annotations

import regex

from analysis.entities.discovery_rules import LEGAL_FORMS, OFFICE_TAILS, ORG_HEADS, ORG_SUFFIXES

EVIDENCE = "body in a title"
_ACRONYM_AFTER = regex.compile(r"^\s*\((\p{Lu}[\p{Lu}&]{1,8})\)")


def office_body(
    words: list[str], start: int, spans: list[tuple], after_start: str = ""
) -> list[tuple[str, str, str, int, str]]:
    """``[(name, type, evidence, offset, acronym)]`` for the body a title's "of" names, where
    ``words`` are the run's words after the title (opening with "of" or "for") at ``start``
    and ``after_start`` the sentence's text from ``start``; else nothing.

    >>> office_body("of the Pacific Islands Forum".split(), 10, [])
    [('Pacific Islands Forum', 'organisation', 'body in a title', 17, '')]
    >>> office_body("of National Defence".split(), 10, [])
    []
    >>> office_body("of the Navy".split(), 10, [])
    []
    """
    if not words or words[0] not in ("of", "for"):
        return []
    lead = 1 + (len(words) > 1 and words[1] == "the")
    body = words[lead:]
    if len(body) < 2 or not all(w[:1].isupper() or w in _JOINS for w in body):
        return []
    at = start + len(" ".join(words[:lead])) + 1
    body, person = _split_person(body)
    last = regex.sub(r"['’]s?$", "", body[-1]).rstrip(".,")
    kind = _head_kind(body) or ORG_SUFFIXES.get(last, "")
    if not kind or last in OFFICE_TAILS and not _head_kind(body) or not body[0][:1].isupper():
        return []
    name = " ".join(body[:-1] + [last])
    if _covered(spans, at, at + len(name)):
        return []  # a body the lexicon knows is counted already
    bracket = _ACRONYM_AFTER.match(after_start[at - start + len(name) :]) if after_start else None
    found = [(name, kind, EVIDENCE, at, bracket.group(1) if bracket else "")]
    if person:  # "Managing Director of Acme Bank Limited A B": the title's holder follows
        person_at = at + len(" ".join(body)) + 1
        found.append((" ".join(person), "person", "title before", person_at, ""))
    return found


#: Small words inside a body's name ("Association of Bankers", "Council for Trade").
_JOINS = ("of", "for", "and", "the")


def _split_person(body: list[str]) -> tuple[list[str], list[str]]:
    """A body's name ending in a company's legal form, and the two to four capitalised words
    after it: the name of the title's holder ("Acme Bank Limited Ana Roe").

    >>> _split_person("Acme Bank Limited Ana Roe".split())
    (['Acme', 'Bank', 'Limited'], ['Ana', 'Roe'])
    >>> _split_person("Acme Bank Limited".split())
    (['Acme', 'Bank', 'Limited'], [])
    """
    for i, word in enumerate(body[:-2]):
        rest = body[i + 1 :]
        if (
            i
            and word.rstrip(".") in LEGAL_FORMS
            and 2 <= len(rest) <= 4
            and all(w[:1].isupper() and w not in _JOINS for w in rest)
        ):
            return body[: i + 1], rest
    return body, []


def _head_kind(body: list[str]) -> str:
    """The type of a body named "Some Association of X": a head word of an organisation with
    "of" or "for" after it, not at the name's start (a title's own "of" is read before).

    >>> _head_kind("Acme Association of Bankers".split()), _head_kind("Acme Bankers".split())
    ('organisation', '')
    """
    for word, nxt in zip(body[1:], body[2:], strict=False):
        if word in ORG_HEADS and nxt in ("of", "for"):
            return ORG_HEADS[word]
    return ""


def _covered(spans: list[tuple], start: int, end: int) -> bool:
    """True when a lexicon mention other than a country's word inside it overlaps
    ``[start, end)`` (the longest name wins: "Acme Bank Peru Limited" holds "Peru").

    >>> _covered([(5, 9, "navy", "PER")], 8, 20), _covered([(5, 9, "navy", "PER")], 9, 20)
    (True, False)
    >>> _covered([(10, 14, "country", "PER")], 8, 20)
    False
    """
    return any(
        s < end and e > start and not (kind == "country" and start <= s and e <= end)
        for s, e, kind, *_ in spans
    )
