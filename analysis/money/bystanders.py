"""Bystanders: sums that stand beside a split but are neither its total nor one of its parts.

A text about money states many sums that divide nothing. Three kinds are told by their words
or their bounds, whatever the subject:

- a unit price: "83 cents per share", "$90 million a plane", "$5 million apiece": the price
  of one of many things, never a total or a share of one (``UNIT_PRICE_AFTER``);
- the baseline of a change: "an increase from the $12.5 billion the company saw last year",
  "profit rose to $4bn from $3.6bn", "$9bn a year earlier", "over the current fiscal's
  allocation of Rs 6 lakh crore": an earlier figure the sentence measures the new one
  against (``BASELINE_BEFORE``, ``BASELINE_OF_PERIOD``, ``BASELINE_AFTER``);
- the same sum written again with looser bounds: "$1.1 billion" in a headline and "more than
  $1 billion" for the same deals in the lede (``restates_within_bounds``).

One more word class keeps a reference from pointing at a single sum: a superlative ("the
largest contract", "the biggest award") picks one member out of several, so it refers to a
total of several wholes, never to one contract named before (``SUPERLATIVE``).

>>> from analysis.money.amounts import find_amounts
>>> text = "Profit was $372 million, or 83 cents per share, compared with $344 million."
>>> [text[a.start : a.end] for a in find_amounts(text) if not is_bystander(text, a)]
['$372 million']
"""

from __future__ import annotations

import re

from analysis.money.amount import Amount

__all__ = [
    "BASELINE_AFTER", "BASELINE_BEFORE", "BASELINE_OF_PERIOD", "SUPERLATIVE", "UNIT_PRICE_AFTER",
    "bystander_reason", "is_bystander", "restates_within_bounds",
]  # fmt: skip

#: Countable things a price may be given for, after "a"/"an" ("$90m a plane"); after "per"
#: any noun but a period or "cent" counts ("per share", "per soldier").
_UNIT_NOUNS = (
    r"share|unit|piece|item|plane|aircraft|jet|fighter|helicopter|vehicle|tank|ship|vessel|"
    r"boat|person|head|soldier|troop|round|shell|missile|rocket|drone|barrel|tonne|ton|copy"
)
_PERIODS = r"cent|annum|year|month|week|day|quarter|fortnight|decade|hour"
#: Right after a sum: it is the price of one of many.
UNIT_PRICE_AFTER = re.compile(
    rf"\s*(?:(?:a|an)\s+(?:{_UNIT_NOUNS})s?\b|per\s+(?!(?:{_PERIODS})s?\b)[a-z]+|apiece\b)",
    re.I,
)
#: Right before a sum: it is the earlier figure of a change ("an increase from the", "rose to
#: $4bn from", "compared with", "as against"). "up from" and "down from" included.
BASELINE_BEFORE = re.compile(
    r"(?:\b(?:increase[sd]?|rise|rises|rose|risen|jump(?:s|ed)?|gain(?:s|ed)?|grew|grown|growth|"
    r"climb(?:s|ed)?|decline[sd]?|drop(?:s|ped)?|fell|fallen|fall|falls|slid|slipped|dip(?:s|ped)?|"
    r"soar(?:s|ed)?|surge[sd]?|plunge[sd]?)\b[^.;:$€£¥₹\d]{0,40}?(?:[$€£¥₹][\d.,]+\s*"
    r"(?:[a-z]+\s+){0,6}?)?\bfrom"
    r"|\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bas\s+against)"
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$",
    re.I,
)
#: Right before a sum, another period's figure it is measured against: "over the current
#: fiscal's allocation of Rs 6 lakh crore", "more than last year's $2bn". After "over" and
#: "than" only a period's possessive makes the comparison ("over the next year" does not).
BASELINE_OF_PERIOD = re.compile(
    r"\b(?:over|than|from)\s+(?:the\s+)?(?:current|previous|last|past|preceding|prior|this)\s+"
    r"(?:year|fiscal(?:\s+year)?|financial\s+year|budget)['’]s\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:of|at)\s+)?$",
    re.I,
)
#: Right after a sum: it is last period's ("$10.4 billion a year earlier").
BASELINE_AFTER = re.compile(
    r"\s*(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\s*in\s+the\s+year[- ]ago\b", re.I
)
#: A superlative inside a reference: "the largest technology contract", "the biggest award".
SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|smallest|highest|lowest|costliest|priciest|cheapest|"
    r"most\s+(?:expensive|valuable|costly)|least\s+(?:expensive|costly))\b",
    re.I,
)


def bystander_reason(text: str, amount: Amount) -> str:
    """Why ``amount`` is a bystander ("unit price", "baseline"), or "" when it may be a total
    or a part.

    >>> from analysis.money.amounts import find_amounts
    >>> t = "Sales rose to $9 billion from $8 billion; jets cost $90 million apiece."
    >>> [bystander_reason(t, a) for a in find_amounts(t)]
    ['', 'baseline', 'unit price']
    """
    if UNIT_PRICE_AFTER.match(text, amount.end):
        return "unit price"
    line_start = max(text.rfind("\n", 0, amount.start) + 1, amount.start - 120)
    before = text[line_start : amount.start]
    if BASELINE_BEFORE.search(before) or BASELINE_OF_PERIOD.search(before):
        return "baseline"
    if BASELINE_AFTER.match(text, amount.end):
        return "baseline"
    return ""


def is_bystander(text: str, amount: Amount) -> bool:
    """True when ``amount`` is a unit price or the baseline of a change."""
    return bool(bystander_reason(text, amount))


def restates_within_bounds(total: Amount, part: Amount, tolerance: float = 0.25) -> bool:
    """True when ``part`` is a bounded figure ("more than $1 billion", "about $1 billion")
    whose bounds hold ``total``'s value: the same sum written looser, not a share of it.

    The caller decides that both speak of the same whole (the same family of noun).

    >>> from analysis.money.amounts import find_amounts
    >>> one, more = find_amounts("$1.1 billion; more than $1 billion; more than $600 million")[:2]
    >>> restates_within_bounds(one, more)
    True
    >>> restates_within_bounds(one, find_amounts("more than $600 million")[0])
    False
    """
    t, p = total.value, part.value
    if t is None or p is None or p <= 0 or part.currency != total.currency:
        return False
    if part.qualifier == "at_least":
        return p <= t <= p * (1 + tolerance)
    if part.qualifier == "approx":
        return abs(t - p) <= 0.1 * t
    return False
