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
- ``currency``: an ISO 4217 code. "$" and "dollars" are USD unless the text
  names one other dollar (C$, A$, "Canadian dollars") and no US one. A name
  several countries use ("dinars", "pesos", "rupees") takes the one country
  the text names, else its usual meaning, else None.

Numbers without a currency stay out: years, dates, counts ("14 drones", "140
million Americans"), vote tallies and model names ("Su-35", "Shahed-136").
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

    def to_dict(self) -> dict:
        """Return the fields as a JSON-ready dict."""
        return asdict(self)


# --- Currencies -------------------------------------------------------------
# A lower-case name is a family resolved through the text (see
# ``resolve_currencies``); three upper-case letters are an ISO code.

#: Symbols, before or after the number; keys without spaces or dots.
CURRENCY_SYMBOLS = {
    "US$": "USD", "USD$": "USD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "CDN$": "CAD",
    "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "SG$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "MEX$": "MXN", "Z$": "ZWL",
    "$": "dollar", "€": "EUR", "£": "GBP", "¥": "yen", "₹": "INR", "₽": "RUB", "₴": "UAH",
    "₪": "ILS", "₩": "KRW", "₺": "TRY", "₦": "NGN", "฿": "THB", "₱": "PHP", "₫": "VND",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT", "₼": "AZN", "﷼": "rial", "元": "CNY",
    "RS.": "rupee", "RS": "rupee", "KR": "crown", "RP": "IDR", "RM": "MYR", "R": "ZAR",
    "₤": "GBP", "ZŁ": "PLN", "KČ": "CZK", "РУБ": "RUB", "РУБ.": "RUB", "РУБЛЕЙ": "RUB",
    "Р.": "RUB", "Р": "RUB", "ГРН": "UAH", "ГРН.": "UAH", "¢": "cent",
}  # fmt: skip
_ISO_CODES = (
    "USD EUR GBP JPY CNY CHF RUB UAH INR ILS KRW KPW CAD AUD NZD HKD SGD TWD BRL MXN ZAR "
    "IRR SAR AED QAR KWD BHD OMR JOD IQD EGP LBP SYP TRY SEK NOK DKK PLN CZK HUF RON BGN "
    "IDR MYR THB PHP VND PKR BDT LKR NPR NGN KES GHS ETB ARS CLP COP VES KZT AZN BYN RSD "
    "XOF XAF AFN YER LYD TND DZD MAD SDG UGX TZS ZMW ISK "
    "DEM FRF ITL ESP PTE NLG BEF ATS FIM GRD IEP"
)
ISO_CODES = frozenset(_ISO_CODES.split())
CODE_ALIASES = {"RMB": "CNY", "rmb": "CNY", "STG": "GBP", "Stg": "GBP", "stg": "GBP"}
#: Currency names after a number: pattern -> family or ISO code.
CURRENCY_WORDS = {
    r"dollars?|bucks": "dollar", r"euros?": "EUR", r"pounds?\s+sterling|sterling": "GBP",
    r"pounds?": "pound", r"pence|penny|pennies": "pence", r"cents?": "cent", r"yen": "JPY",
    r"yuan|renminbi": "CNY", r"francs?": "franc", r"rubles?|roubles?": "RUB",
    r"hryvni?as?|hryvnyas?|hryvni": "UAH", r"rupees?": "rupee", r"(?:new\s+)?shekels?": "ILS",
    r"won": "won", r"rials?": "rial", r"riyals?": "riyal", r"liras?|lire": "lira",
    r"dinars?": "dinar", r"dirhams?": "dirham", r"pesos?": "peso", r"reais": "BRL",
    r"rand": "ZAR", r"naira": "NGN", r"ringgits?": "MYR", r"rupiahs?": "IDR", r"baht": "THB",
    r"kronor|kronur|kroner|krona|krone|crowns?": "crown", r"zlotys?|zlotych": "PLN",
    r"forints?": "HUF", r"lei": "RON", r"leva": "BGN", r"taka": "BDT", r"afghanis?": "AFN",
    r"manats?": "manat", r"tenge": "KZT", r"lari": "GEL", r"cedis?": "GHS", r"birr": "ETB",
    r"shillings?": "shilling", r"kwacha": "ZMW", r"bol[ií]vars?": "VES",
    r"deutsche?\s*marks?|d-marks?|deutschmarks?": "DEM", r"guilders?": "NLG",
    r"pesetas?": "ESP", r"markkaa?": "FIM", r"escudos?": "PTE", r"drachmas?": "GRD",
}  # fmt: skip
#: Country adjectives before a currency name: family -> {adjective: code}.
CURRENCY_ADJECTIVES = {
    "dollar": {"us": "USD", "u.s.": "USD", "u.s": "USD", "american": "USD",
               "united states": "USD", "canadian": "CAD", "australian": "AUD",
               "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD",
               "singaporean": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
               "new taiwan": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL", "jamaican": "JMD",
               "namibian": "NAD", "liberian": "LRD", "fijian": "FJD", "bahamian": "BSD"},
    "pound": {"british": "GBP", "uk": "GBP", "u.k.": "GBP", "egyptian": "EGP",
              "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "south sudanese": "SSP"},
    "franc": {"swiss": "CHF", "cfa": "XOF", "congolese": "CDF", "rwandan": "RWF",
              "burundian": "BIF", "guinean": "GNF", "djiboutian": "DJF", "french": "FRF",
              "belgian": "BEF"},
    "rupee": {"indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
              "nepali": "NPR", "mauritian": "MUR"},
    "rial": {"iranian": "IRR", "omani": "OMR", "yemeni": "YER"},
    "riyal": {"saudi": "SAR", "qatari": "QAR", "omani": "OMR", "yemeni": "YER"},
    "dinar": {"iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "bahraini": "BHD",
              "libyan": "LYD", "tunisian": "TND", "algerian": "DZD", "serbian": "RSD"},
    "dirham": {"uae": "AED", "emirati": "AED", "moroccan": "MAD"},
    "peso": {"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
             "colombian": "COP", "philippine": "PHP", "cuban": "CUP", "uruguayan": "UYU",
             "dominican": "DOP"},
    "crown": {"swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "czech": "CZK",
              "icelandic": "ISK"},
    "shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
    "lira": {"turkish": "TRY", "lebanese": "LBP", "syrian": "SYP", "italian": "ITL"},
    "won": {"south korean": "KRW", "korean": "KRW", "north korean": "KPW"},
    "manat": {"azerbaijani": "AZN", "turkmen": "TMT"},
    "JPY": {"japanese": "JPY"}, "CNY": {"chinese": "CNY"}, "RUB": {"russian": "RUB"},
    "UAH": {"ukrainian": "UAH"}, "ILS": {"israeli": "ILS"}, "ZAR": {"south african": "ZAR"},
    "NGN": {"nigerian": "NGN"}, "MYR": {"malaysian": "MYR", "malaysia": "MYR"},
    "IDR": {"indonesian": "IDR"}, "THB": {"thai": "THB"}, "PLN": {"polish": "PLN"},
    "HUF": {"hungarian": "HUF"}, "RON": {"romanian": "RON"}, "BGN": {"bulgarian": "BGN"},
    "BRL": {"brazilian": "BRL"}, "AFN": {"afghan": "AFN"}, "GHS": {"ghanaian": "GHS"},
    "ETB": {"ethiopian": "ETB"}, "EUR": {}, "GBP": {},
}  # fmt: skip
#: Families several countries share: the one country the text names picks the
#: code; otherwise the default (None when there is no usual meaning).
FAMILY_DEFAULTS = {
    "dollar": "USD", "yen": "JPY", "pound": "GBP", "pence": "GBP", "rupee": "INR",
    "rial": "IRR", "riyal": "SAR", "lira": "TRY", "dinar": None, "dirham": "AED",
    "peso": None, "franc": None, "crown": None, "shilling": None, "won": "KRW", "manat": "AZN",
}  # fmt: skip
FAMILY_COUNTRY_CUES = {
    "yen": {"JPY": r"\byen\b|\bJapan", "CNY": r"\byuan\b|\brenminbi\b|\bRMB\b|\bChin"},
    "pound": {"GBP": r"£|sterling|\bBrit|\bU\.?K\.?\b|\bLondon|\bEngland",
              "EGP": r"\bEgypt", "LBP": r"\bLebanon|\bLebanese", "SYP": r"\bSyria",
              "SDG": r"\bSudan"},
    "rupee": {"INR": r"\bIndia|₹", "PKR": r"\bPakistan", "LKR": r"\bSri Lanka",
              "NPR": r"\bNepal"},
    "rial": {"IRR": r"\bIran", "OMR": r"\bOman", "YER": r"\bYemen"},
    "riyal": {"SAR": r"\bSaudi", "QAR": r"\bQatar"},
    "lira": {"TRY": r"\bTurk", "LBP": r"\bLebanon|\bLebanese"},
    "dinar": {"IQD": r"\bIraq", "KWD": r"\bKuwait", "JOD": r"\bJordan", "BHD": r"\bBahrain",
              "LYD": r"\bLibya", "TND": r"\bTunisia", "DZD": r"\bAlgeria", "RSD": r"\bSerbia"},
    "dirham": {"AED": r"\bUAE\b|\bEmirat|\bDubai|\bAbu Dhabi", "MAD": r"\bMorocc"},
    "peso": {"MXN": r"\bMexic", "ARS": r"\bArgentin", "CLP": r"\bChile", "COP": r"\bColombia",
             "PHP": r"\bPhilippin|\bManila"},
    "franc": {"CHF": r"\bSwiss\b|\bSwitzerland", "XOF": r"\bCFA\b|\bSenegal|\bIvory Coast",
              "CDF": r"\bCongo|\bKinshasa", "RWF": r"\bRwanda"},
    "crown": {"SEK": r"\bSwed", "NOK": r"\bNorw", "DKK": r"\bDenmark|\bDanish", "CZK": r"\bCzech"},
    "shilling": {"KES": r"\bKenya", "UGX": r"\bUganda", "TZS": r"\bTanzania"},
    "won": {"KPW": r"\bNorth Korea", "KRW": r"\bSouth Korea|\bSeoul"},
}  # fmt: skip

# --- Numbers and scales ------------------------------------------------------
SCALES = {
    "hundred": 10**2, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
    "billion": 10**9, "trillion": 10**12, "k": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6,
    "mln": 10**6, "mil": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9, "t": 10**12,
    "tn": 10**12, "trn": 10**12, "tln": 10**12,
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


def _alternation(options, flags: str = "") -> str:
    ordered = sorted(options, key=len, reverse=True)
    body = "|".join(o if flags == "raw" else re.escape(o) for o in ordered)
    return f"(?:{body})"


_SP = r"[ \u00a0]"
_SUFFIX_WORDS = r"(?:zł|Kč|руб(?:лей|\.)?|р\.|Р|грн\.?)"  # after the number: PLN, CZK, RUB, UAH
_SPACED_BEFORE = rf"(?=[ ]?(?:[€$£₤₽₴]|kr\b|{_SUFFIX_WORDS}|[A-Z]{{3}}\b))"
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
_WTOK = _alternation([*NUMBER_WORDS, "hundred", "thousand", "million", "billion",
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
_ABBR_TIGHT = r"(?:[bB][nN]|[mM][nN]|mln|MLN|bln|BLN|[tT][nN]|trn|tln|MM|mil|[bBmMkKT])"
_ABBR_SPACED = r"(?:[bB]n|BN|[mM]n|MN|mln|MLN|bln|BLN|tn|trn|tln)"
_DOLLAR_PREFIX = (
    r"(?:(?<![\w.])(?i:us|u\.s\.?|usd|c|ca|can|cdn|au|aud|nz|hk|sg|nt|mx|mex)[ ]?\$"
    r"|(?<![\w.])(?:A|S|R|Z)\$)"
)
_DOLLAR_SUFFIX = (
    r"(?:(?i:us|u\.s\.?|usd|c|ca|can|cdn|au|aud|nz|hk|sg|nt|mx|mex)[ ]?\$|(?:A|S|R|Z)\$)"
)
_CODES = _alternation([*ISO_CODES, *CODE_ALIASES])
_PLAIN_SYMBOLS = _alternation(k for k in CURRENCY_SYMBOLS if len(k) == 1 and k not in "$¢RР")
_PREFIX = (
    rf"(?:{_DOLLAR_PREFIX}|(?<![\w$])\$|{_PLAIN_SYMBOLS}|(?<![\w])(?:Rs\.?|Rp|RM)(?=[ ]?\d)"
    rf"|(?<![\w])R(?=\d[\d.,]*[ -]?(?:bn|m|billion|million|trillion)\b)"
    rf"|(?<![A-Za-z]){_CODES}(?![A-Za-z]))"
)  # fmt: skip
_ADJECTIVES = _alternation(
    {re.escape(a).replace("\\ ", "[ ]") for adj in CURRENCY_ADJECTIVES.values() for a in adj},
    "raw",
)
_UNIT_WORDS = "|".join(f"(?:{p})" for p in CURRENCY_WORDS)
_NUMEX = re.compile(
    rf"""(?:(?P<pre>{_PREFIX}){_SP}?)?
    (?P<num>{_DIGITS}|{_WORDS})
    (?:{_SP}?-?{_SP}?(?P<scale>{_SCALE_WORDS})(?![\w])
      |(?P<abbr>{_ABBR_TIGHT})(?![\w])
      |{_SP}(?P<abbr_sp>{_ABBR_SPACED})(?![\w]))?
    (?:{_SP}?(?P<post>(?:{_DOLLAR_SUFFIX}|[$€£₤¥₹₽₴₪₩₺₦฿₱₫₡₾₭₸₼元¢]|{_CODES})(?![\w])(?!{_SP}?\d)
                   |(?:Rs|RM|kr|{_SUFFIX_WORDS})(?![\w]))
      |(?P<sep>{_SP}|-)(?:(?P<adj>(?i:{_ADJECTIVES})){_SP})?(?P<unit>(?i:{_UNIT_WORDS}))(?![\w])
      |(?<=\d)(?P<pence>p)(?![\w]|\.\w))?""",
    re.X,
)
_VAGUE = [
    re.compile(p, re.I)
    for p in (
        rf"(?:(?:tens|hundreds|dozens)[ ]of[ ])?(?:thousands|millions|billions|trillions)[ ]"
        rf"(?:more[ ])?of[ ](?:(?:{_ADJECTIVES})[ ])?(?P<unit>{_UNIT_WORDS})(?![\w])",
        rf"(?:several|a[ ]few|a[ ]couple[ ]of|many|multiple|a[ ]handful[ ]of)[ ]"
        rf"(?:hundred[ ])?(?:thousand|million|billion|trillion)[ -](?:(?:{_ADJECTIVES})[ ])?"
        rf"(?P<unit>{_UNIT_WORDS})(?![\w])",
        rf"multi-?(?:thousand|million|billion|trillion)[ -]?(?P<unit>{_UNIT_WORDS})(?![\w])",
        rf"(?<!\d[ -])(?<![\w-])(?:thousand|million|billion|trillion)-"
        rf"(?P<unit>{_UNIT_WORDS})(?![\w])",
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
    return [_mark_conversion(a, amounts[i - 1] if i else None, text) for i, a in enumerate(amounts)]


def resolve_currencies(text: str) -> dict[str, str | None]:
    """Return the code each currency family means in ``text``.

    >>> resolve_currencies("Ottawa pledged C$5 billion; the $2 billion rest follows.")["dollar"]
    'CAD'
    >>> resolve_currencies("Iraq paid 5 billion dinars.")["dinar"]
    'IQD'
    """
    context = dict(FAMILY_DEFAULTS)
    for family, cues in FAMILY_COUNTRY_CUES.items():
        found = [code for code, cue in cues.items() if re.search(cue, text)]
        if len(found) == 1:
            context[family] = found[0]
    context["dollar"] = _text_dollar(text)
    has_euro = re.search(r"€|\beuros?\b|\bEUR\b", text)
    has_dollar = re.search(r"\$|\bdollars?\b", text, re.I)
    context["cent"] = "EUR" if has_euro and not has_dollar else context["dollar"]
    context["gbp_context"] = "GBP" if re.search(r"£|\bsterling\b|\bGBP\b", text, re.I) else None
    return context


def _text_dollar(text: str) -> str:
    """USD, unless the text names exactly one other dollar and no US one."""
    codes = set()
    for m in re.finditer(_DOLLAR_PREFIX, text):
        codes.add(CURRENCY_SYMBOLS.get(_symbol_key(m.group()), "USD"))
    for m in re.finditer(rf"(?i:\b({_ADJECTIVES})[ ]dollars?\b)", text):
        codes.add(CURRENCY_ADJECTIVES["dollar"].get(_adjective_key(m.group(1)), "USD"))
    others = codes - {"USD"}
    converted = re.search(
        r"[A-Z]{1,3}\$[ ]?[\d.,]+(?:[ ]?\w+)?[ ]?\(\s*(?:about|around|~)?\s*\$", text
    )
    if len(others) == 1 and "USD" not in codes and not converted:
        return others.pop()
    return "USD"


def _symbol_key(marker: str) -> str:
    return re.sub(r"[\s.\u00a0]", "", marker).upper() if "$" in marker else marker.upper()


def _adjective_key(adjective: str) -> str:
    return " ".join(adjective.lower().split())


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
    currency, marker, per_hundred = _currency_of(m, text, context, scale)
    if m.group("sep") == "-" and re.fullmatch(r"(?i)an?[ ][a-z]+", m.group("num")):
        return None  # "a billion-dollar deal" is vague, not $1 billion
    if m.group("num").lower() in ("a", "an") and text[m.end() : m.end() + 1] == "-":
        return None  # "a dollar-denominated bond"
    if currency == "" or (marker and _is_year_dollars(m, text)):
        return None  # a currency word that is not money here ("500-pound bomb")
    start, end = m.span()
    if not marker:
        if m.group("pre") or m.group("post") or m.group("unit") or m.group("pence"):
            return None
        return _Num(start, end, raw, scale, None, "", False, "bare")
    return _Num(start, end, raw, scale, currency, marker, per_hundred, "money")


def _currency_of(m: re.Match, text: str, context: dict, scale: int | None):
    """Return (code or None, marker text, per_hundred); code "" means not money."""
    if m.group("pence"):
        return ("GBP", "p", True) if context.get("gbp_context") else ("", "", False)
    marker = m.group("pre") or m.group("post")
    if marker:
        code = _symbol_code(marker)
        family = code if code.islower() else None
        return (context.get(family) if family else code), marker.strip(), code == "cent"
    unit = m.group("unit")
    if not unit:
        return None, "", False
    family = next(
        code for pattern, code in CURRENCY_WORDS.items() if re.fullmatch(pattern, unit, re.I)
    )
    adjective = _adjective_key(m.group("adj") or "")
    marker = text[m.start("adj") if m.group("adj") else m.start("unit") : m.end("unit")]
    if not _word_is_money(family, m, text, scale, adjective, context):
        return "", "", False
    chosen = CURRENCY_ADJECTIVES.get(family, {}).get(adjective)
    if family in ("cent", "pence"):
        return (context["cent"] if family == "cent" else "GBP"), marker, True
    if chosen:
        return chosen, marker, False
    return (context.get(family) if family.islower() else family), marker, False


def _word_family(unit: str) -> str:
    return next(
        code for pattern, code in CURRENCY_WORDS.items() if re.fullmatch(pattern, unit, re.I)
    )


def _symbol_code(marker: str) -> str:
    marker = marker.strip()
    if marker in CODE_ALIASES:
        return CODE_ALIASES[marker]
    if marker in ISO_CODES:
        return marker
    return CURRENCY_SYMBOLS.get(_symbol_key(marker), CURRENCY_SYMBOLS.get(marker, "dollar"))


def _word_is_money(family, m, text, scale, adjective, context) -> bool:
    """Weights and verbs that look like currencies: pounds, won, crowns."""
    after = text[m.end() : m.end() + 4].lower()
    unit = m.group("unit").lower()
    if family == "pound":
        if m.group("sep") == "-" or after.startswith(" of"):
            return False
        if re.search(r"weigh\w*\W+(?:\w+\W+){0,2}$", text[max(0, m.start() - 30) : m.start()]):
            return False
        return bool(scale or adjective or context.get("gbp_context"))
    if family == "won":
        return bool(scale or adjective or "," in m.group("num"))
    if family == "crown" and unit.startswith("crown"):
        return bool(adjective)
    return True


def _is_year_dollars(m: re.Match, text: str) -> bool:
    """ "in 2023 dollars" is a price level, not an amount."""
    num = m.group("num")
    if not (m.group("unit") and re.fullmatch(r"(?:1[89]|20)\d\d", num)):
        return False
    before = text[max(0, m.start() - 25) : m.start()]
    return bool(re.search(r"\b(?:in|constant|real|nominal|current|of|today's)\s+$", before, re.I))


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
            family = _symbol_code(unit) if len(unit) == 1 else _word_family(unit)
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


#: How ``format_money`` writes each currency; others are written as their code.
MONEY_SYMBOLS = {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹", "CAD": "C$",
    "AUD": "A$", "NZD": "NZ$", "HKD": "HK$", "SGD": "S$", "ILS": "₪", "KRW": "₩",
    "UAH": "₴", "RUB": "₽", "TRY": "₺", "BRL": "R$",
}  # fmt: skip


def money_summary(
    article_path: str | Path,
    actors: str = "",
    weapons: str = "",
    extra_actors: tuple = (),
    extra_weapons: tuple = (),
) -> dict:
    """Return the article's amounts and how its totals are split, JSON-ready.

    The lexicons name the recipients of each part (a country) when the
    ``analysis.mentions`` module is available.
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
                  "High", "Conversion", "Sentence", "Start", "End", "Sentence text"]  # fmt: skip


def amounts_table(amounts: list[Amount], sentences=()):
    """Return a DataFrame: one row per amount, with its sentence (number and text)."""
    import pandas as pd

    rows = []
    for a in amounts:
        sentence = next((s for s in sentences if s.start <= a.start < s.end), None)
        rows.append([a.text, describe_amount(a), a.value, a.currency, a.qualifier, a.low, a.high,
                     a.conversion, sentence.number if sentence else None, a.start, a.end,
                     sentence.text if sentence else ""])  # fmt: skip
    return pd.DataFrame(rows, columns=AMOUNT_COLUMNS)


QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "at_most": "at most "}


def describe_amount(amount: Amount, formatter: Callable = format_money) -> str:
    """Return the amount in plain words: "more than $50B", "$3B to $4B".

    >>> [describe_amount(a) for a in find_amounts("some $40 billion, $5bn or more, $3-4bn")]
    ['some $40B', '$5B or more', '$3B to $4B']
    """
    if amount.qualifier == "vague":
        return f"{amount.text} (no figure)"
    low, high, value = (
        formatter(v, amount.currency) for v in (amount.low, amount.high, amount.value)
    )
    if amount.qualifier == "range":
        return f"{low} to {high}"
    words = amount.qualifier_text
    if words and amount.text.lower().startswith(words.lower()):
        return f"{words} {value}"  # the text's own words: "more than", "some"
    if words and amount.text.lower().endswith(words.lower()):
        return f"{value} {words}"  # "or more"
    return QUALIFIER_WORDS.get(amount.qualifier, "") + value
