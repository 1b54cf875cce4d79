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
  ``analysis.currencies``). "$" and "dollars" are USD unless the text
  names one other dollar (C$, A$, "Canadian dollars") and no US one. A name
  several countries use ("dinars", "pesos", "rupees") takes the one country
  the text names, else its usual meaning, else None.

Numbers without a currency stay out: years, dates, counts ("14 drones", "140
million Americans"), vote tallies and model names ("Su-35", "Kh-101").
The short scale letters (b, m, k) count only right after a currency-marked
number ("$5b", "€3m", "£10k"). "pounds" needs a scale, "sterling" or a
country ("500-pound bombs" and "2,000 pounds of explosives" are weights).

>>> for a in find_amounts("a bill of more than $50 billion, with some €12bn for Poland"):
...     print(a.text, a.value, a.currency, a.qualifier)
more than $50 billion 50000000000.0 USD at_least
some €12bn 12000000000.0 EUR approx
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from analysis.currencies import (
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
    alternation,
    currency_of,
    resolve_currencies,
    symbol_code,
    word_family,
)

__all__ = [
    "AMOUNT_COLUMNS", "CODE_ALIASES", "CURRENCY_ADJECTIVES", "CURRENCY_SYMBOLS", "CURRENCY_WORDS",
    "FAMILY_COUNTRY_CUES", "FAMILY_DEFAULTS", "ISO_CODES", "MONEY_SYMBOLS", "NUMBER_WORDS",
    "QUALIFIERS", "SCALES", "Amount", "amounts_evidence", "amounts_table", "describe_amount",
    "find_amounts", "format_money", "money_summary", "parse_number", "parse_number_words",
    "rate_after", "resolve_currencies", "scale_multiplier",
]  # fmt: skip

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")


@dataclass(frozen=True)
class Amount:
    """One mention of money: its value, currency, qualifier, bounds and offsets."""

    value: float | None
    currency: str | None
    qualifier: str
    low: float | None
    high: float | None
    text: str
    start: int
    end: int
    scale: float = 1.0  # the scale word's multiplier: 1e9 for "billion"/"bn"
    qualifier_text: str = ""  # "more than", "between", "or more"
    currency_text: str = ""  # the marker as written: "$", "euros", "C$"
    conversion: bool = False  # an equivalent in brackets: "€5bn ($5.4bn)"
    rate: str = ""  # what it is per, after the mention: "a year", "a month", "each"

    def to_dict(self) -> dict:
        """Return the fields as a JSON-ready dict."""
        return asdict(self)


# --- Numbers and scales ------------------------------------------------------
SCALES = {
    "hundred": 10**2, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
    "billion": 10**9, "trillion": 10**12, "k": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6,
    "mln": 10**6, "mil": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9, "t": 10**12,
    "tn": 10**12, "trn": 10**12, "tln": 10**12, "cr": 10**7,
}  # fmt: skip
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_WORDS = dict(zip(_UNITS.split(), range(20), strict=True)) | dict(
    zip(_TENS.split(), range(20, 100, 10), strict=True)
)

# --- Qualifiers (named data; longest phrases first) ---------------------------
QUALIFIER_PHRASES = {
    "at_most": ["no more than", "not more than", "no greater than", "not exceeding", "up to",
                "less than", "fewer than", "lower than", "under", "below", "as much as",
                "as high as", "at most", "a maximum of", "shy of", "short of", "capped at"],
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

# Verbs of change: "rose from $5bn to $7bn" is two amounts, not a range.
CHANGE_BEFORE = re.compile(
    r"\b(?:ris\w*|rose|fell|fall\w*|increas\w*|decreas\w*|grew|grow\w*|jump\w*|climb\w*|"
    r"drop\w*|declin\w*|cut|cuts|cutting|slash\w*|rais\w*|lower\w*|boost\w*|soar\w*|surg\w*|"
    r"plung\w*|slid|slipp\w*|tumbl\w*|doubl\w*|tripl\w*|went|gone|up|down|swell\w*|"
    r"balloon\w*|shr[iau]nk\w*|expand\w*|reduc\w*|trimm?\w*|widen\w*|narrow\w*|revis\w*|"
    r"mov\w*|chang\w*|hik\w*|upgrad\w*|downgrad\w*)\b[^.;:]{0,40}$",
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


_SP = r"[ \u00a0]"
_SPACED_BEFORE = rf"(?=[ ]?(?:[€$£₤₽₴]|kr\b|{SUFFIX_WORDS}|[A-Z]{{3}}\b))"
_END = r"(?!\d|[.,]\d)"  # a number ends here: no more digits or digit groups
_DIGITS = (
    rf"(?:\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?{_END}"  # 1.234.567(,89)
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?{_END}"  # 1,234,567.89
    rf"|\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})*,\d{{2}}{_END}"  # 34,50 € / 2.109,00 / 2 285,81
    rf"|\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}})+(?:\.\d+)?{_END}"  # 1 000 (thin space)
    rf"|\d{{1,3}}(?:[ ]\d{{3}})+{_SPACED_BEFORE}"  # 3 250 000 €
    rf"|(?:(?<=[€£₤$][ ])|(?<=[A-Z]{{3}}[ ]))\d{{1,3}}(?:[ ]\d{{3}})+{_END}"  # DEM 170 000
    r"|\d+,\d{1,2}(?=[ ]?(?:million|billion|trillion|mn|bn|m|b)\b)|\d+(?:\.\d+)?|\.\d+)"
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
    r"(?:[ ](?:crore|million|billion)s?)?)"
)
_ABBR_TIGHT = r"(?:[bB][nN]|[mM][nN]|mln|MLN|bln|BLN|[tT][nN]|trn|tln|MM|mil|cr|[bBmMkKT])"
_ABBR_SPACED = r"(?:[bB]n|BN|[mM]n|MN|mln|MLN|bln|BLN|tn|trn|tln|cr)"
_NUMEX = re.compile(
    rf"""(?:(?P<pre>{PREFIX}){_SP}?)?
    (?P<num>{_DIGITS}|{_WORDS})
    (?:{_SP}?-?{_SP}?(?P<scale>{_SCALE_WORDS})(?![\w])
      |(?P<abbr>{_ABBR_TIGHT})(?![\w])
      |{_SP}(?P<abbr_sp>{_ABBR_SPACED})(?![\w]))?
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
_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(\s*|,\s*or\s+|\s*/\s*)(?:(?:about|around|roughly|approximately|some|nearly|almost|"
    r"or|~|approx\.|equivalent\s+to|the\s+equivalent\s+of|worth)\s*)?$",
    re.I,
)
_NUMBER_CLEAN = re.compile(r"[,\s\u00a0\u202f\u2009]")


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
    amounts.sort(key=lambda a: a.start)
    amounts = [_note_rate(a, text) for a in amounts]
    return [_mark_conversion(a, amounts[i - 1] if i else None, text) for i, a in enumerate(amounts)]


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


def _note_rate(amount: Amount, text: str) -> Amount:
    rate, _ = rate_after(text, amount.end)
    return replace(amount, rate=rate) if rate else amount


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


def parse_number(text: str) -> Decimal | None:
    """Return the number written in digits or words, or None.

    >>> parse_number("1,234.5"), parse_number("forty-two"), parse_number("1.234.567,8")
    (Decimal('1234.5'), Decimal('42'), Decimal('1234567.8'))
    >>> [int(parse_number(w)) for w in ("one and a half billion", "half a million", "a")]
    [1500000000, 500000, 1]
    """
    text = text.strip()
    if text and (text[0].isdigit() or text[0] == "."):
        return _parse_digits(text)
    return parse_number_words(text)


def _parse_digits(text: str) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:[.\s]\d{3})*,\d{2}", text):
        text = re.sub(r"[.\s]", "", text).replace(",", ".")  # 1.234.567,89 / 34,50
    elif re.fullmatch(r"\d+,\d{1,2}", text):
        text = text.replace(",", ".")  # 1,5 (billion)
    try:
        return Decimal(_NUMBER_CLEAN.sub("", text))
    except InvalidOperation:
        return None


def parse_number_words(text: str) -> Decimal | None:
    """Return the value of a number in words ("a hundred and five"), or None.

    >>> parse_number_words("two hundred and fifty million"), parse_number_words("billion")
    (Decimal('250000000'), None)
    """
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t not in ("and", "of")]
    if not tokens or tokens[0] in SCALES:
        return None
    total, current, last_scale = Decimal(0), Decimal(0), 1
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("a", "an"):
            current = current or (Decimal(0) if nxt in ("half", "quarter") else Decimal(1))
        elif tok in ("half", "quarter"):
            part = Decimal("0.5") if tok == "half" else Decimal("0.25")
            if not current and last_scale > 1 and not nxt:
                total += part * last_scale  # "a million and a half"
            else:
                current += part
        elif tok in NUMBER_WORDS:
            current += NUMBER_WORDS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current, last_scale = Decimal(0), SCALES[tok]
        else:
            return None
    return total + current


def scale_multiplier(word: str) -> int:
    """Return the multiplier of a scale word or abbreviation.

    >>> scale_multiplier("bn"), scale_multiplier("Million"), scale_multiplier("lakh crore")
    (1000000000, 1000000, 1000000000000)
    """
    result = 1
    for part in word.lower().split():
        result *= SCALES.get(part.rstrip("s") if part not in SCALES else part, 1)
    return result


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
            amounts.append(_qualify(_single(a, text), text))
        i += 1
    return amounts


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
    return _qualify(Amount(value, a.currency, "exact", None, None, text[a.start : b.end],
                           a.start, b.end, 1.0, "", a.marker), text)  # fmt: skip


def _join_range(a: _Num, b: _Num, text: str) -> Amount | None:
    """ "$3-4 billion", "between $5 and $7 billion", "10 to 20 dollars" -> a range."""
    gap = _RANGE_GAP.match(text[a.end : b.start])
    if not gap or "money" not in (a.kind, b.kind):
        return None
    if a.kind == b.kind == "money" and a.currency != b.currency:
        return None
    before = text[max(0, a.start - 60) : a.start]
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
    return _qualify(amount, text, bounds=False)


def _qualify(amount: Amount, text: str, bounds: bool = True) -> Amount:
    """Attach a qualifier phrase before ("more than") or after ("or more")."""
    before = text[max(0, amount.start - 50) : amount.start]
    found = [(m.start("q"), kind, m) for kind, p in QUALIFIER_BEFORE if (m := p.search(before))]
    if found:
        _, kind, m = min(found, key=lambda f: f[0])  # the longest phrase: "no less than"
        if bounds or kind == "approx":
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


def _mark_conversion(amount: Amount, previous: Amount | None, text: str) -> Amount:
    """ "€5 billion ($5.4 billion)": the second is the first in another currency."""
    if previous is None or previous.currency == amount.currency:
        return amount
    gap = text[previous.end : amount.start]
    if _CONVERSION_GAP.match(gap) and ("(" not in gap or text[amount.end :].lstrip()[:1] == ")"):
        return replace(amount, conversion=True)
    return amount


def format_money(value: float | None, currency: str | None, digits: int = 3) -> str:
    """Return ``value`` short and readable: "$40B", "$12.5B", "€2.5M".

    >>> format_money(40e9, "USD"), format_money(12.5e9, "USD"), format_money(2.5e6, "EUR")
    ('$40B', '$12.5B', '€2.5M')
    >>> format_money(7.2e9, "CAD"), format_money(1250, "GBP"), format_money(5e9, "CHF")
    ('C$7.2B', '£1,250', 'CHF 5B')
    >>> format_money(0.5, "USD"), format_money(None, "USD")
    ('$0.50', 'an unstated sum')
    """
    if value is None:
        return "an unstated sum"
    symbol = MONEY_SYMBOLS.get(currency or "", f"{currency} " if currency else "")
    sign, value = ("-" if value < 0 else ""), abs(value)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if value >= size:
            number = f"{value / size:.{digits}g}" if value / size < 1000 else f"{value / size:,.0f}"
            return f"{sign}{symbol}{number}{suffix}"
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return f"{sign}{symbol}{number}"


def money_summary(
    article_path: str | Path,
    actors: str = "",
    weapons: str = "",
    extra_actors: tuple = (),
    extra_weapons: tuple = (),
) -> dict:
    """Return the article's amounts and how its totals are split, JSON-ready.

    The actor lexicons (empty: the files in ``data/``) name the recipient of
    each part ("the ongoing war in Ukraine" -> Ukraine); a missing or broken
    lexicon raises ``LexiconError``.
    """
    from analysis.allocations import find_allocations, lexicon_namer
    from analysis.article import load_article
    from analysis.tokenise import split_sentences

    article = load_article(article_path)
    sentences = split_sentences(article)
    namer = lexicon_namer(actors, weapons, extra_actors, extra_weapons)
    amounts = find_amounts(article.text)
    return {
        "article": str(article_path),
        "amounts": [dict(a.to_dict(), sentence=_sentence_number(a, sentences)) for a in amounts],
        "allocations": [
            a.to_dict() for a in find_allocations(article, name_recipient=namer, amounts=amounts)
        ],
    }


def _sentence_number(amount: Amount, sentences) -> int | None:
    return next((s.number for s in sentences if s.start <= amount.start < s.end), None)


#: Columns of ``amounts_table``, in order.
AMOUNT_COLUMNS = ["Amount as written", "In words", "Value", "Currency", "Qualifier", "Low",
                  "High", "Rate", "Conversion", "Sentence", "Start", "End",
                  "Sentence text"]  # fmt: skip


def amounts_table(amounts: list[Amount], sentences=()):
    """Return a DataFrame: one row per amount, with its sentence (number and text)."""
    import pandas as pd

    rows = []
    for a in amounts:
        sentence = next((s for s in sentences if s.start <= a.start < s.end), None)
        rows.append([a.text, describe_amount(a), a.value, a.currency, a.qualifier, a.low, a.high,
                     a.rate, a.conversion, sentence.number if sentence else None, a.start, a.end,
                     sentence.text if sentence else ""])  # fmt: skip
    return pd.DataFrame(rows, columns=AMOUNT_COLUMNS)


def amounts_evidence(amounts: list[Amount], sentences=()):
    """Return the reader's view of ``amounts``: each amount in words, with its
    sentence as escaped HTML and the amount marked (``Evidence`` column)."""
    import pandas as pd

    from analysis.report import highlight

    rows = []
    for a in amounts:
        sentence = next((s for s in sentences if s.start <= a.start < s.end), None)
        evidence = highlight(sentence.text, [(a.start, a.end)], sentence.start) if sentence else ""
        number = sentence.number if sentence else None
        rows.append([a.text, describe_amount(a), a.currency, a.qualifier, number, evidence])
    columns = ["Amount as written", "In words", "Currency", "Qualifier", "Sentence", "Evidence"]
    return pd.DataFrame(rows, columns=columns)


QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "at_most": "at most "}


def describe_amount(amount: Amount, formatter: Callable = format_money) -> str:
    """Return the amount in plain words: "more than $50B", "$3B to $4B".

    >>> [describe_amount(a) for a in find_amounts("some $40 billion, $5bn or more, $3-4bn")]
    ['some $40B', '$5B or more', '$3B to $4B']
    >>> [describe_amount(a) for a in find_amounts("$5 million-a-year deal, €2m each")]
    ['$5M a year', '€2M each']
    """
    rate = f" {amount.rate}" if amount.rate else ""
    if amount.qualifier == "vague":
        return f"{amount.text}{rate} (no figure)"
    low, high, value = (
        formatter(v, amount.currency) for v in (amount.low, amount.high, amount.value)
    )
    if amount.qualifier == "range":
        return f"{low} to {high}{rate}"
    words = amount.qualifier_text
    if words and amount.text.lower().startswith(words.lower()):
        return f"{words} {value}{rate}"  # the text's own words: "more than", "some"
    if words and amount.text.lower().endswith(words.lower()):
        return f"{value} {words}{rate}"  # "or more"
    return QUALIFIER_WORDS.get(amount.qualifier, "") + value + rate
