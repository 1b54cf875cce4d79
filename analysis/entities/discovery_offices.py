"""Discovery: the body a title holds ("Deputy Secretary-General of the Pacific Islands Forum").

The conventions count a title holding an organisation's name for that organisation. After a
title and "of" or "for", a run of capitalised words that ends with an organisation's last word
("Forum", "Council", "Command", "Systems") is that body's name; an office's own subject ("of
National Defence", "for Foreign Affairs") is none, nor a lone word ("of the Navy": the lexicon's).
"""

from __future__ import annotations

import regex

from analysis.entities.discovery_rules import OFFICE_TAILS, ORG_SUFFIXES

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
    if len(body) < 2 or not all(w[:1].isupper() for w in body):
        return []
    last = regex.sub(r"['’]s?$", "", body[-1]).rstrip(".,")
    if last not in ORG_SUFFIXES or last in OFFICE_TAILS:
        return []
    at = start + len(" ".join(words[:lead])) + 1
    name = " ".join(body[:-1] + [last])
    if _covered(spans, at, at + len(name)):
        return []  # a body the lexicon knows is counted already
    bracket = _ACRONYM_AFTER.match(after_start[at - start + len(name) :]) if after_start else None
    return [(name, ORG_SUFFIXES[last], EVIDENCE, at, bracket.group(1) if bracket else "")]


def _covered(spans: list[tuple], start: int, end: int) -> bool:
    """True when a lexicon mention overlaps ``[start, end)``.

    >>> _covered([(5, 9, "country", "PER")], 8, 20), _covered([(5, 9, "country", "PER")], 9, 20)
    (True, False)
    """
    return any(s < end and e > start for s, e, *_ in spans)
