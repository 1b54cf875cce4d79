"""Money: every amount of money a text states, with currency, qualifier and offsets.

``find_amounts(text)`` returns one ``Amount`` per mention, in text order. What
the fields mean (the conventions every table and chart relies on):

- ``value``: whole currency units as a float ("50 cents" is 0.5); ``None`` for
  a vague amount ("billions of dollars", "a multibillion-dollar deal").
- ``qualifier``: ``exact``, ``approx`` ("some", "about", "nearly", "an
  estimated"), ``at_least`` ("more than", "over", "at least", "or more"),
  ``at_most`` ("up to", "less than", "under"), ``range`` or ``vague``.
- ``low``/``high``: the bounds the text gives: ``at_least`` sets ``low``,
  ``at_most`` sets ``high``, a range sets both. For a range ``value`` is its
  low end, the figure the text guarantees (a midpoint would be a number the
  text never states). Exact, approximate and vague amounts leave both None.
- ``text``/``start``/``end``: the whole mention, qualifier words included
  ("more than $50 billion"), so ``source[start:end] == text``;
  ``qualifier_text`` holds the words ("more than").
- ``rate``: "a year", "a month", "a week", "a day" or "each" when the words
  after the mention say so ("$5 million-a-year", "€1bn per annum", "$2m
  each"); the value stays the stated figure and the words stay outside ``text``.
- ``currency``: an ISO 4217 code (the tables and rules are in
  ``analysis.money.currencies``). "$" and "dollars" are USD unless the text
  names one other dollar (C$, A$, "Canadian dollars") and no US one. A name
  several countries use ("dinars", "pesos", "rupees") takes the one country
  the text names, else its usual meaning, else None; a local sign ("Sh",
  "P", "N") likewise (``data/currency_signs.csv``).

Numbers without a currency stay out: years, dates, counts ("14 drones", "140
million Americans"), vote tallies and model names ("Su-35", "Kh-101").
The short scale letters (b, m, k) count only right after a currency-marked
number ("$5b", "€3m", "£10k"). "pounds" needs a scale, "sterling" or a
country ("500-pound bombs" and "2,000 pounds of explosives" are weights).

Numbers are read by ``analysis.money.numbers`` and the words around an amount
by ``analysis.money.qualifiers``; ``analysis.money.tables`` writes amounts in
plain words and tables.

>>> for a in find_amounts("a bill of more than $50 billion, with some €12bn for Poland"):
...     print(a.text, a.value, a.currency, a.qualifier)
more than $50 billion 50000000000.0 USD at_least
some €12bn 12000000000.0 EUR approx
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from analysis.money.amount import QUALIFIERS, Amount
from analysis.money.bare_sums import find_bare_sums, find_bracketed_currency_sums
from analysis.money.currencies import (
    ACRONYM_CODES,
    ADJECTIVES,
    CODE_ALIASES,
    CODES,
    CURRENCY_ADJECTIVES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_SUFFIX,
    FAMILY_COUNTRY_CUES,
    FAMILY_DEFAULTS,
    ISO_CODES,
    MONEY_SYMBOLS,
    PREFIX,
    SUFFIX_WORDS,
    UNIT_WORDS,
    currency_of,
    resolve_currencies,
    symbol_code,
    word_family,
)
from analysis.money.numbers import NUMBER_WORDS, SCALES, parse_number, scale_multiplier
from analysis.money.qualifiers import note_rate, qualify
from analysis.text.patterns import alternation

__all__ = [
    "CODE_ALIASES", "CURRENCY_ADJECTIVES", "CURRENCY_SYMBOLS", "CURRENCY_WORDS",
    "FAMILY_COUNTRY_CUES", "FAMILY_DEFAULTS", "ISO_CODES", "MONEY_SYMBOLS", "QUALIFIERS",
    "Amount", "find_amounts", "resolve_currencies",
]  # fmt: skip


# Verbs of change: "rose from $5bn to $7bn" is two amounts, not a range.
CHANGE_BEFORE = re.compile(
    r"\b(?:ris\w*|rose|fell|fall\w*|increas\w*|decreas\w*|grew|grow\w*|jump\w*|climb\w*|"
    r"drop\w*|declin\w*|cut|cuts|cutting|slash\w*|rais\w*|lower\w*|boost\w*|soar\w*|surg\w*|"
    r"plung\w*|slid|slipp\w*|tumbl\w*|doubl\w*|tripl\w*|went|gone|up|down|swell\w*|"
    r"balloon\w*|shr[iau]nk\w*|expand\w*|reduc\w*|trimm?\w*|widen\w*|narrow\w*|revis\w*|"
    r"mov\w*|chang\w*|hik\w*|upgrad\w*|downgrad\w*)\b[^.;:]{0,70}$",
    re.I,
)

_SP = r"[ \u00a0]"
_SPACED_BEFORE = rf"(?=[ ]?(?:[€$£₤₽₴]|kr\b|{SUFFIX_WORDS}|[A-Z]{{3}}\b))"
_END = r"(?!\d|[.,]\d)"  # a number ends here: no more digits or digit groups
_DIGITS = (
    rf"(?:\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?{_END}"  # 1.234.567(,89)
    rf"|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?{_END}"  # 4,39,300 (Indian lakh grouping)
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?{_END}"  # 1,234,567.89
    rf"|\d{{1,3}}(?:,[ ]\d{{3}})+(?=[ ](?i:lakh|crore|thousand|million|billion)\b)"  # 2, 963 crore
    rf"|\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})*,\d{{2}}{_END}"  # 34,50 € / 2.109,00 / 2 285,81
    rf"|\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}})+(?:\.\d+)?{_END}"  # 1 000 (thin space)
    rf"|\d{{1,3}}(?:[ ]\d{{3}})+{_SPACED_BEFORE}"  # 3 250 000 €
    rf"|(?:(?<=[€£₤$][ ])|(?<=[A-Z]{{3}}[ ]))\d{{1,3}}(?:[ ]\d{{3}})+{_END}"  # DEM 170 000
    r"|\d+,\d{1,2}(?=[ ]?(?:million|billion|trillion|mn|bn|m|b)\b)"
    r"|\d+[ ]point[ ]\d+(?=[ ](?i:million|billion|trillion)\b)"  # 1 point 5 billion (spoken)
    r"|\d+(?:\.\d+)?|\.\d+)"
)
_WTOK = alternation([*NUMBER_WORDS, "hundred", "thousand", "million", "billion",
                      "trillion", "half", "quarter"])  # fmt: skip
_WJOIN = (
    r"(?:[ -]|(?<=hundred)[ ]and[ ]|[ ]and[ ]a[ ](?=half|quarter)|(?<=half)[ ]an?[ ]"
    r"|(?<=quarter)[ ](?:of[ ])?an?[ ])"
)
_A_BEFORE = r"(?:hundred|thousand|million|billion|trillion|half|quarter)"  # "a billion"
_SINGULAR_UNITS = r"dollar|euro|yen|yuan|rupee|ruble|rouble|shekel|franc|penny|cent|buck"
_WORDS = (
    rf"(?i:(?<![\w-])(?:(?:an?[ ](?={_A_BEFORE}\b))?{_WTOK}(?:{_WJOIN}{_WTOK})*"
    rf"|an?(?=[ -](?:{_SINGULAR_UNITS})\b))(?![\w]))"
)
_SCALE_WORDS = (
    r"(?i:(?:hundred[ ])?(?:thousand|million|billion|trillion|lakh|crore)s?"
    r"(?:[ ](?:crore|cr|million|billion)s?)?)"
)
_ABBR_TIGHT = r"(?:[bB][nN]|[mM][nN]|mln|MLN|bln|BLN|[tT][nN]|trln|trn|tln|MM|mil|cr|[bBmMkKT])"
_ABBR_SPACED = r"(?:[bB]n|BN|[mM]n|MN|mln|MLN|bln|BLN|tn|trln|trn|tln|[cC]r|bil(?=\.))"
#: One scale letter after a space counts only after a currency sign or code ("$78.6 M",
#: "€4 m", "US$1.2 B"): alone, "120 m" is a length and "Plan B" a name.
_ABBR_LETTER = r"(?(pre)(?:[MBK]|m|k)(?![\w'’-]|\.\w)|(?!))"
_NUMEX = re.compile(
    rf"""(?:(?P<pre>{PREFIX}){_SP}?)?
    (?P<num>{_DIGITS}|{_WORDS})
    (?:{_SP}?-?{_SP}?(?P<scale>{_SCALE_WORDS})(?![\w])
      |(?P<abbr>{_ABBR_TIGHT})(?![\w])
      |{_SP}(?P<abbr_sp>{_ABBR_SPACED}(?![\w])|{_ABBR_LETTER}))?
    (?:{_SP}?(?P<post>(?:{DOLLAR_SUFFIX}|[$€£₤¥₹₽₴₪₩₺₦฿₱₫₡₾₭₸₼元¢]|{CODES})(?![\w])(?!{_SP}?\d)
                   |(?:Rs|RM|kr|{SUFFIX_WORDS})(?![\w]))
      |(?P<sep>{_SP}|-)(?:(?P<adj>(?i:{ADJECTIVES})){_SP})?(?P<unit>(?i:{UNIT_WORDS}))(?![\w])
      |(?<=\d)(?P<pence>p)(?![\w]|\.\w))?""",
    re.X,
)
_VAGUE = [
    re.compile(p, re.I)
    for p in (
        rf"(?:(?:tens|hundreds|dozens)[ ]of[ ])?(?:thousands|millions|billions|trillions)[ ]"
        rf"(?:more[ ])?of[ ](?:(?:{ADJECTIVES})[ ])?(?P<unit>{UNIT_WORDS})(?![\w])",
        rf"(?:several|a[ ]few|a[ ]couple[ ]of|many|multiple|a[ ]handful[ ]of)[ ]"
        rf"(?:hundred[ ])?(?:thousand|million|billion|trillion)[ -](?:(?:{ADJECTIVES})[ ])?"
        rf"(?P<unit>{UNIT_WORDS})(?![\w])",
        rf"multi-?(?:thousand|million|billion|trillion)[ -]?(?P<unit>{UNIT_WORDS})(?![\w])",
        rf"(?<!\d[ -])(?<![\w-])(?:thousand|million|billion|trillion)-"
        rf"(?P<unit>{UNIT_WORDS})(?![\w])",
        r"(?P<unit>[$€£])[ ]?(?:millions|billions|trillions)\b",
    )
]  # fmt: skip
_RANGE_GAP = re.compile(r"^\s*(?:(?P<dash>[-–—])|(?P<word>to|and|or|through))\s*$", re.I)
#: A word that labels the number after it: "Round 3", "Phase 2", "Tranche 4", "No. 5".
_LABEL_NUMBER = re.compile(
    r"(?i)\b(?:round|phase|tranche|stage|wave|part|step|lot|year|no\.|number|batch|package)\s+$"
)
_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(\s*|,\s*or\s+|\s*/\s*)(?:(?:about|around|roughly|approximately|some|nearly|almost|"
    r"or|~|approx\.|equivalent\s+to|the\s+equivalent\s+of|worth)\s*)?$",
    re.I,
)


@dataclass(frozen=True)
class _Num:
    """A number in the text, with whatever currency and scale sit next to it."""

    start: int
    end: int
    raw: Decimal
    scale: int | None
    currency: str | None  # resolved ISO code (or None)
    marker: str  # the currency marker as written
    per_hundred: bool  # cents, pence: value / 100
    kind: str  # "money" | "bare"


def find_amounts(text: str) -> list[Amount]:
    """Return every amount of money ``text`` states, in order of position.

    >>> [(a.value, a.qualifier, a.low, a.high) for a in find_amounts("between $5 and $7 billion")]
    [(5000000000.0, 'range', 5000000000.0, 7000000000.0)]
    >>> [a.text for a in find_amounts("14 drones, 140 million Americans, the Su-35 in 2023")]
    []
    """
    context = resolve_currencies(text)
    numbers = [n for m in _NUMEX.finditer(text) if (n := _read_number(m, text, context))]
    amounts = _combine(numbers, text)
    amounts += _find_vague(text, context, amounts)
    amounts += find_bare_sums(text, amounts)  # "35 million from the package"
    amounts += find_bracketed_currency_sums(text, amounts)  # "145m (euros)"
    amounts.sort(key=lambda a: a.start)
    amounts = [note_rate(a, text) for a in amounts]
    return [_mark_conversion(a, amounts[i - 1] if i else None, text) for i, a in enumerate(amounts)]


def _read_number(m: re.Match, text: str, context: dict) -> _Num | None:
    """Turn one match of the number pattern into a ``_Num`` (None: not a number)."""
    raw = parse_number(m.group("num"))
    if raw is None:
        return None
    scale_text = m.group("scale") or m.group("abbr") or m.group("abbr_sp")
    scale = scale_multiplier(scale_text) if scale_text else None
    in_words = re.search(r"(?i)[ -](thousand|million|billion|trillion)$", m.group("num"))
    if in_words and scale is None:  # "two billion": 2 at the scale of a billion
        scale = SCALES[in_words.group(1).lower()]
        raw = raw / scale
    currency, marker, per_hundred = currency_of(m, text, context, scale)
    if m.group("sep") == "-" and re.fullmatch(r"(?i)an?[ ][a-z]+", m.group("num")):
        return None  # "a billion-dollar deal" is vague, not $1 billion
    if m.group("num").lower() in ("a", "an") and text[m.end() : m.end() + 1] == "-":
        return None  # "a dollar-denominated bond"
    if currency == "":
        return None  # a currency word that is not money here ("500-pound bomb")
    if marker and re.match(r"[^\W_]", text[m.end() : m.end() + 1]):
        return None  # a designation, not money: "CAD 3D", "$3D"
    if marker in ACRONYM_CODES and not (scale or re.search(r"\d[,.\s]\d{3}", m.group("num"))):
        return None  # "COP 28", "SDG 16.2", "5 SAR helicopters"
    start, end = m.span()
    if not marker:
        if m.group("pre") or m.group("post") or m.group("unit") or m.group("pence"):
            return None
        return _Num(start, end, raw, scale, None, "", False, "bare")
    return _Num(start, end, raw, scale, currency, marker, per_hundred, "money")


def _combine(numbers: list[_Num], text: str) -> list[Amount]:
    """Join ranges and "dollars and cents", keep money, attach qualifiers."""
    amounts: list[Amount] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        if b and (amount := _join_cents(a, b, text) or _join_range(a, b, text)):
            amounts.append(amount)
            i += 2
            continue
        if a.kind == "money":
            amounts.append(qualify(_single(a, text), text))
        elif currency := _borrowed_currency(a, amounts, numbers[i + 1 :], text):
            amounts.append(qualify(_single(replace(a, currency=currency), text), text))
        i += 1
    return amounts


#: Between an amount and a bare figure that shares its currency: a clause joined on.
_ELIDED_GAP = re.compile(r"^[^.;!?$€£¥₹]{0,200}(?:\b(?:while|whereas|and|but|plus)|,)\s+$", re.I)
#: After such a figure: a verb or preposition, not a noun it counts ("140 million people").
_ELIDED_AFTER = re.compile(
    r"^\s*(?:will|would|is|was|are|were|has|have|had|for|to|in|on|went|goes|go|each|apiece|"
    r"more|[,;.)]|$)",
    re.I,
)


def _elided_currency(n: _Num, previous: Amount, text: str) -> str | None:
    """The currency a bare figure shares with the amount before it in its sentence:
    "€150 million will fund drones, while 200 million will go to training" (the
    text leaves "euros" out the second time); None when it is no such figure.

    >>> [(a.text, a.currency) for a in find_amounts("€150 million for A, while 200 million for B")]
    [('€150 million', 'EUR'), ('200 million', 'EUR')]
    """
    if n.kind != "bare" or not n.scale or previous.currency is None:
        return None
    if previous.scale != float(n.scale) or previous.conversion:
        return None
    if not _ELIDED_GAP.match(text[previous.end : n.start]):
        return None
    return previous.currency if _ELIDED_AFTER.match(text[n.end : n.end + 20]) else None


def _borrowed_currency(n: _Num, before: list, following: list[_Num], text: str) -> str | None:
    """The currency a bare figure takes from an amount before it or after it."""
    if before and (currency := _elided_currency(n, before[-1], text)):
        return currency
    return _shared_currency(n, following, text)


#: Between a bare figure and the next amount that names its currency word: "and", "or" or a
#: comma, maybe after the first figure's own conversion in brackets.
_SHARED_GAP = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:and|or)\s+$")


def _shared_currency(n: _Num, following: list[_Num], text: str) -> str | None:
    """The currency word a bare figure shares with the coordinated amount after it:
    "16 million and 4 million euros" (the word is written once, for both).

    >>> [(a.text, a.currency) for a in find_amounts("It costs 16 million and 4 million euros.")]
    [('16 million', 'EUR'), ('4 million euros', 'EUR')]
    """
    if n.kind != "bare" or not n.scale:
        return None
    gap_end = n.end
    for m in following:
        close = text.find(")", m.end)
        if text[gap_end : m.start].strip() == "(" and close != -1:  # the figure's conversion
            gap_end = close + 1
            continue
        if m.kind != "money" or not m.currency or m.scale != n.scale:
            return None
        if not _SHARED_GAP.match(text[n.end : m.start]):
            return None
        if not re.match(r"\d[\d.,]*\s*\S*\s+[A-Za-z]", text[m.start : m.end]):
            return None  # the currency must be a word after the number, not a sign before it
        return m.currency
    return None


def _value(n: _Num, scale: int | None = None) -> Decimal:
    value = n.raw * (scale or n.scale or 1)
    return value / 100 if n.per_hundred else value


def _single(n: _Num, text: str) -> Amount:
    value = float(_value(n))
    return Amount(value, n.currency, "exact", None, None, text[n.start : n.end], n.start, n.end,
                  float(n.scale or 1), "", n.marker)  # fmt: skip


def _join_cents(a: _Num, b: _Num, text: str) -> Amount | None:
    """ "3 dollars 50 cents", "$20 and 43c" -> one amount."""
    gap = text[a.end : b.start]
    if b.kind == "bare" and re.match(r"c(?![\w])", text[b.end : b.end + 2]):
        b = replace(b, end=b.end + 1, kind="money", per_hundred=True)  # "$20 and 43c"
    if not (a.kind == b.kind == "money" and b.per_hundred and not a.per_hundred):
        return None
    if a.scale or not re.fullmatch(r"(?:,?\s+and)?\s+", gap) or b.raw >= 100:
        return None
    value = float(_value(a) + _value(b))
    return qualify(Amount(value, a.currency, "exact", None, None, text[a.start : b.end],
                          a.start, b.end, 1.0, "", a.marker), text)  # fmt: skip


def _join_range(a: _Num, b: _Num, text: str) -> Amount | None:
    """ "$3-4 billion", "between $5 and $7 billion", "10 to 20 dollars" -> a range."""
    gap = _RANGE_GAP.match(text[a.end : b.start])
    if not gap or "money" not in (a.kind, b.kind):
        return None
    if a.kind == b.kind == "money" and a.currency != b.currency:
        return None
    before = text[max(0, a.start - 90) : a.start]
    keyword = re.search(r"(?i)\b(between|from)\s+$", before)
    word = (gap.group("word") or "").lower()
    spaced_dash = gap.group("dash") and text[a.end : b.start].strip() != text[a.end : b.start]
    b_complete = b.kind == "money" or b.scale is not None
    if word == "and" and not (keyword and keyword.group(1).lower() == "between"):
        return None
    if (word in ("to", "or", "through") or spaced_dash) and not (b_complete or keyword):
        return None
    if word in ("to", "through") and CHANGE_BEFORE.search(
        before[: keyword.start()] if keyword else before
    ):
        return None
    if word == "or" and a.scale:
        return None
    if a.scale and not b.scale and b.kind == "bare":
        return None
    if a.kind == "bare" and not a.scale and _LABEL_NUMBER.search(before):
        return None  # "Round 3 – £30m": a round or phase number, then the amount
    if a.kind == "bare" and not a.scale and spaced_dash and b.marker and text[b.start] in "$€£¥₹":
        return None  # "3 – £30m": a range writes "£3m – £30m" or "£3-30m"
    if a.kind == "bare" and not a.scale and b.scale and a.raw >= b.raw:
        return None  # "since 2022 to €28 billion": a year, not the low end of 28 billion
    scale_a = a.scale or (b.scale if b.scale and a.raw < b.raw else None)
    low, high = _value(a, scale_a), _value(b)
    if a.kind == "bare" and b.per_hundred:
        low = low / 100
    if not low < high:
        return None
    money = a if a.kind == "money" else b
    start = a.start - (len(before) - keyword.start()) if keyword else a.start
    amount = Amount(float(low), money.currency, "range", float(low), float(high),
                    text[start : b.end], start, b.end, float(b.scale or scale_a or 1),
                    keyword.group(1) if keyword else "", money.marker)  # fmt: skip
    return qualify(amount, text, bounds=False)


def _find_vague(text: str, context: dict, found: list[Amount]) -> list[Amount]:
    """ "billions of dollars", "a multibillion-dollar deal": value None."""
    taken = [(a.start, a.end) for a in found]
    vague: list[Amount] = []
    for pattern in _VAGUE:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            unit = m.group("unit")
            family = symbol_code(unit) if len(unit) == 1 else word_family(unit)
            if family == "pound" and text[end:].startswith(" of"):
                continue
            currency = context.get(family) if family.islower() else family
            scale = _vague_scale(m.group())
            vague.append(Amount(None, currency, "vague", None, None, m.group(), start, end,
                                float(scale), "", unit))  # fmt: skip
            taken.append((start, end))
    return vague


def _vague_scale(words: str) -> int:
    words = words.lower()
    base = next((v for w, v in SCALES.items() if len(w) > 4 and w in words), 1)
    return base * (100 if "hundreds of" in words else 10 if "tens of" in words else 1)


def _carry_bound(amount: Amount, previous: Amount, text: str) -> Amount:
    """ "about Rs 1,000 crore (Rs 10 billion)": the same sum in other units, in brackets,
    carries the bound of the first ("about")."""
    same = (
        previous.value
        and amount.value
        and abs(amount.value - previous.value) <= (0.005 * abs(previous.value))
    )
    if not same or amount.qualifier != "exact" or previous.qualifier not in (
        "approx", "at_least", "at_most"
    ) or not re.fullmatch(r"\s*\(\s*", text[previous.end : amount.start]):  # fmt: skip
        return amount
    kind = previous.qualifier
    return replace(amount, qualifier=kind, qualifier_text=previous.qualifier_text,
                   low=amount.value if kind == "at_least" else None,
                   high=amount.value if kind == "at_most" else None)  # fmt: skip


def _mark_conversion(amount: Amount, previous: Amount | None, text: str) -> Amount:
    """ "€5 billion ($5.4 billion)": the second is the first in another currency."""
    if previous is None:
        return amount
    if previous.currency == amount.currency:
        return _carry_bound(amount, previous, text)
    gap = text[previous.end : amount.start]
    if _CONVERSION_GAP.match(gap) and ("(" not in gap or text[amount.end :].lstrip()[:1] == ")"):
        if amount.qualifier == "exact" and previous.qualifier in ("approx", "at_least", "at_most"):
            # the same sum restated carries the bound: "up to €73M (£64M)" -> at most £64M
            kind = previous.qualifier
            amount = replace(amount, qualifier=kind, qualifier_text=previous.qualifier_text,
                             low=amount.value if kind == "at_least" else None,
                             high=amount.value if kind == "at_most" else None)  # fmt: skip
        return replace(amount, conversion=True)
    return amount
