"""Implied totals: a whole the text makes a reader compute, with the sides that make it up.

Two shapes of English state the parts and leave the whole to arithmetic the words ask for:

- a sum each of several parties gives or gets: "Norland and Vesta will commit a billion
  euros each toward the fund" is two billion euros, a billion from each side;
- a gift matched: "Vesta will match Norland's $5m pledge", "Telmar gave $5m and Ardent
  will match the gift" is $10m, $5m from each side (the matching side's sum computed).

The total is computed from the stated sum (same currency and qualifier, its value times the
number of sides) and marked ``total_computed``; it keeps the offsets of the sum it is
computed from. A sum that is already a total or a part of a stated split makes no implied
total: the text then states the whole itself.

>>> from analysis.money.allocations import find_allocations
>>> t = "Norland and Vesta will each commit €300 million to the fund."
>>> [(a.total.value, a.total_computed, [p.recipient for p in a.parts])
...  for a in find_allocations(t)]
[(600000000.0, True, ['Norland', 'Vesta'])]
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.grammar import is_title_case
from analysis.money.amount import Amount
from analysis.money.multiples import shared_by

__all__ = ["implied_totals", "matched_gift", "matching_part"]

#: A name: "Norland", "the Telmar Foundation", "the city of Ardent".
_NAME = r"(?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}"
#: The verb of matching a gift, and what is matched: a named party's sum right after it
#: ("match Norland's $5m") or words that refer back to a sum ("match the gift", "match it").
MATCH_GIFT = re.compile(
    r"(?<!\ba\s)(?<!\bthe\s)\bmatch(?:es|ed)?\s+"
    rf"(?:(?P<owner>{_NAME})['’]s?\s+(?=[^\s\w]|\d|(?:about|some|up\s+to)\s)"
    r"|(?P<ref>it|that|this|th(?:e|at|is)\s+(?:gift|donation|contribution|pledge|grant|"
    r"amount|sum|commitment|funding|money)s?)\b)",
)
#: Words that make a matched sum a gift, not a budget kept level with a rival's.
GIFT_WORDS = re.compile(
    r"\b(?:gift|donat\w*|contribut\w*|pledg\w*|grant\w*|gave|give[sn]?|giving|commit\w*|"
    r"appeal|charity|charitable)\b",
    re.I,
)
#: Right after a part, a clause saying another party matches it: "$200m, which a bank agreed
#: to match," (the matched sum is a second part of the same size).
MATCHED_AFTER = re.compile(
    rf"\s*,?\s*(?:which|that)\s+(?P<name>{_NAME}|an?\s+[\w-]+)\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"match(?:es|ed)?\b"
)
#: The party that matches: the subject before "will match", "agreed to match", "matched".
_MATCHER = re.compile(rf"(?P<name>{_NAME})\s+(?:[\w'’-]+\s+){{0,3}}?$")


def implied_totals(text: str, sentences, amounts: list[Amount], taken: set[int], make) -> list:
    """The totals ``text`` implies, one ``make(total, parts, sentence_index, cue)`` each.

    ``amounts`` are the usable sums; ``taken`` the starts of those already in a split;
    ``parts`` are (amount, name, start, end, computed) for each side.
    """
    found = []
    for index, sentence in enumerate(sentences):
        inside = [a for a in amounts if sentence.start <= a.start < sentence.end]
        for amount in inside:
            if amount.start in taken or amount.value is None or amount.conversion:
                continue  # "a billion euros ($1.1 billion) each": one sum, said twice
            # a Title Case headline's capitals name no parties ("A, B Commit $1bn Each")
            title_case = sentence.section == "headline" and is_title_case(sentence.text)
            parties = [] if title_case else shared_by(text, sentence, amount)
            if len(parties) >= 2:
                total = _times(amount, len(parties))
                parts = [(amount, name, s, e, False) for name, s, e in parties]
                found.append(make(total, parts, index, "each"))
                taken.add(amount.start)
        for m in MATCH_GIFT.finditer(sentence.text):
            if made := matched_gift(text, sentences, index, m, amounts, taken):
                total, parts = made
                found.append(make(total, parts, index, "match"))
                taken.add(parts[0][0].start)
    return found


def matched_gift(text: str, sentences, index: int, m: re.Match, amounts, taken):
    """The whole a matched gift makes: (total, parts), or None when the sum is not found,
    is already in a split, or is no gift."""
    sentence = sentences[index]
    at = sentence.start + m.end()
    if m.group("owner"):
        gift = next((a for a in amounts if a.start == at), None)
        giver = (m.group("owner"), sentence.start + m.start("owner"))
    else:
        before = [a for a in amounts if sentences[max(0, index - 1)].start <= a.start < at
                  and a.start < sentence.start + m.start()]  # fmt: skip
        gift = before[-1] if before else None
        giver = None
    if gift is None or gift.start in taken or gift.value is None:
        return None
    gift_sentence = next(s for s in sentences if s.start <= gift.start < s.end)
    if not GIFT_WORDS.search(text, gift_sentence.start, max(gift_sentence.end, at)):
        return None
    if giver is None:
        subject = re.search(rf"(?P<name>{_NAME})", text[gift_sentence.start : gift.start])
        giver = (subject.group("name"), gift_sentence.start + subject.start()) if subject else None
    clause = re.split(r"[,;]\s*(?:and|but|while)?\s*", sentence.text[: m.start()])[-1]
    matcher = _MATCHER.search(clause)
    matcher_name = matcher.group("name") if matcher else "(not stated)"
    matcher_at = sentence.start + m.start() - len(clause) + (matcher.start() if matcher else 0)
    giver_name, giver_at = giver or ("(not stated)", gift.start)
    parts = [
        (gift, giver_name, giver_at, giver_at + len(giver_name), False),
        (gift, matcher_name, matcher_at, matcher_at + len(matcher_name), True),
    ]
    return _times(gift, 2), parts


def _times(amount: Amount, n: int) -> Amount:
    """``amount`` taken ``n`` times: the value and the bounds the text gives."""

    def scaled(value):
        return None if value is None else round(value * n, 2)

    return replace(amount, value=scaled(amount.value), low=scaled(amount.low),
                   high=scaled(amount.high), rate="")  # fmt: skip


def matching_part(text: str, amount: Amount) -> tuple[str, int, int] | None:
    """The party that matches a part, named in a clause right after it ("$200m, which a bank
    agreed to match"): (name, start, end), or None.

    >>> from analysis.money.amounts import find_amounts
    >>> t = "Norland offered $200m, which a bank agreed to match."
    >>> matching_part(t, find_amounts(t)[0])
    ('a bank', 29, 35)
    """
    m = MATCHED_AFTER.match(text, amount.end)
    if not m:
        return None
    return m.group("name"), m.start("name"), m.end("name")
