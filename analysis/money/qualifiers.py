"""Money qualifiers: the words around an amount that bound it or say what it is per.

A qualifier before the figure ("more than", "up to", "some") or after it ("or
more", "or so") sets ``Amount.qualifier`` and its bounds; words after it such
as "a year" or "each" set ``Amount.rate`` and leave the value alone. The
phrases are named data, longest first, so "no less than" wins over "less
than". ``analysis.money`` calls ``qualify`` and ``note_rate`` on each amount
it finds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.amount import Amount

__all__ = [
    "PARTICLE_OVER", "QUALIFIER_AFTER", "QUALIFIER_BEFORE", "QUALIFIER_PHRASES",
    "QUALIFIER_SUFFIXES", "PREPOSITION_BEFORE_WHOLE", "RATE_AFTER", "RATE_WORDS",
    "WHOLE_NOUN_AFTER", "note_rate", "qualify", "rate_after",
]  # fmt: skip

QUALIFIER_PHRASES = {
    "at_most": ["no more than", "not more than", "no greater than", "not exceeding", "up to",
                "upto", "less than", "fewer than", "lower than", "under", "below", "as much as",
                "as high as", "at most", "a maximum of", "shy of", "short of", "capped at",
                "may reach", "might reach", "can reach", "could reach"],
    "at_least": ["more than", "greater than", "higher than", "over", "at least", "above",
                 "upwards of", "upward of", "in excess of", "exceeding", "north of",
                 "no less than", "not less than", "a minimum of", "as little as", "as low as",
                 "starting at", "beyond"],
    "approx": ["some", "about", "nearly", "almost", "roughly", "around", "approximately",
               "approx.", "an estimated", "estimated at", "estimated", "an approximate",
               "close to", "circa", "ca.", "~", "just about", "on the order of",
               "in the order of", "in the region of", "in the neighborhood of",
               "in the neighbourhood of", "the equivalent of", "equivalent to", "an expected",
               "a projected"],
}  # fmt: skip
QUALIFIER_SUFFIXES = {
    "at_least": r"[ ]or (?:more|higher|above|greater)|[ ]and (?:up|above)|-plus|\+"
    r"|[ ]plus(?![ ]*[$€£¥\d(])",
    "at_most": r"[ ]or (?:less|lower|under|below)",
    "approx": r"[ ]or so|[ ]or thereabouts|,? give or take",
}
_INTENSIFIER = r"(?:(?:just|well|slightly|far|much|a little|a bit|somewhat|considerably|significantly|substantially|barely)\s+)?"  # noqa: E501
QUALIFIER_BEFORE = [
    (kind, re.compile(rf"(?<![\w$€£])(?P<q>{_INTENSIFIER if kind != 'approx' else ''}"
                      rf"(?:{'|'.join(re.escape(p) for p in phrases)}))\s*$", re.I))
    for kind, phrases in QUALIFIER_PHRASES.items()
]  # fmt: skip
QUALIFIER_AFTER = [
    (k, re.compile(rf"^(?P<q>{p})(?![\w])", re.I)) for k, p in QUALIFIER_SUFFIXES.items()
]  # noqa: E501

#: "under"/"over" before an amount that names a whole ("under 930 billion-won deal",
#: "over $5 million contract") is a preposition of the whole, not a bound of the sum.
PREPOSITION_BEFORE_WHOLE = re.compile(r"under|over|above|below|beyond", re.I)
#: "over" as the particle of a verb of handing ("handed over $1m", "turned over",
#: "forked over") says what moved, not that the sum is a lower bound.
PARTICLE_OVER = re.compile(
    r"\b(?:hand|turn|sign|fork|pass|carr(?:y|ie)|ship)(?:s|ed|ing)?\s+over\s*$", re.I
)
WHOLE_NOUN_AFTER = re.compile(
    r"^(?:-[a-z]+)?\s+(?:[\w-]+\s+)?(?:deal|contract|package|programme|program|agreement|plan|"
    r"order|budget|bill|scheme|loan|project)s?\b",
    re.I,
)

#: Words after an amount that say what it is per; the value is not changed.
RATE_AFTER = re.compile(
    r"^(?:[ -]?(?:a|an|per|each|every)[ -](?P<period>year|month|week|day|annum)s?\b"
    r"(?![ ](?:ago|earlier|later|before|after|from|prior|on))"
    r"|[ ]?/[ ]?(?P<short>yr|year|month|mo|day|week)\b"
    r"|[ ](?P<adverb>annually|yearly|monthly|weekly|daily|apiece|each)\b)",
    re.I,
)
RATE_WORDS = {
    "year": "a year", "annum": "a year", "yr": "a year", "annually": "a year",
    "yearly": "a year", "month": "a month", "mo": "a month", "monthly": "a month",
    "week": "a week", "weekly": "a week", "day": "a day", "daily": "a day",
    "apiece": "each", "each": "each",
}  # fmt: skip


def rate_after(text: str, end: int) -> tuple[str, int]:
    """Return (rate, end of its words) for the words at ``end``; ("", end) if none.

    >>> rate_after("$5 million-a-year contract", 10), rate_after("$5bn a year ago", 4)
    (('a year', 17), ('', 4))
    """
    m = RATE_AFTER.match(text[end : end + 20])
    if not m:
        return "", end
    word = (m.group("period") or m.group("short") or m.group("adverb")).lower()
    return RATE_WORDS[word], end + m.end()


def note_rate(amount: Amount, text: str) -> Amount:
    """Return ``amount`` with the rate the words after it state, if any."""
    rate, _ = rate_after(text, amount.end)
    return replace(amount, rate=rate) if rate else amount


def qualify(amount: Amount, text: str, bounds: bool = True) -> Amount:
    """Attach a qualifier phrase before ("more than") or after ("or more")."""
    before = text[max(0, amount.start - 50) : amount.start]
    found = [(m.start("q"), kind, m) for kind, p in QUALIFIER_BEFORE if (m := p.search(before))]
    if found:
        _, kind, m = min(found, key=lambda f: f[0])  # the longest phrase: "no less than"
        if PREPOSITION_BEFORE_WHOLE.fullmatch(m.group("q")) and WHOLE_NOUN_AFTER.match(
            text[amount.end : amount.end + 40]
        ):
            found = []  # "under a 930 billion-won deal": "under" is a preposition here
        elif m.group("q").lower() == "over" and PARTICLE_OVER.search(before):
            found = []  # "handed over $1m": the particle of the verb
    if found and (bounds or kind == "approx"):
        start = amount.start - (len(before) - m.start("q"))
        amount = _with_qualifier(amount, kind, m.group("q"), start, amount.end, text)
    after = text[amount.end : amount.end + 30]
    for kind, pattern in QUALIFIER_AFTER:
        m = pattern.match(after)
        if m and bounds and amount.qualifier in ("exact", "approx"):
            end = amount.end + m.end("q")
            amount = _with_qualifier(
                amount, kind, m.group("q").strip(" ,"), amount.start, end, text
            )
            break
    return amount


def _with_qualifier(amount: Amount, kind: str, words: str, start: int, end: int, text: str):
    words = " ".join(filter(None, [amount.qualifier_text, words]))
    if amount.qualifier == "range":
        return replace(amount, text=text[start:end], start=start, end=end, qualifier_text=words)
    low = amount.value if kind == "at_least" else None
    high = amount.value if kind == "at_most" else None
    return replace(amount, qualifier=kind, low=low, high=high, text=text[start:end],
                   start=start, end=end, qualifier_text=words)  # fmt: skip
