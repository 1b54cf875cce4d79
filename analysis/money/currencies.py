"""Currencies: the symbols, codes and words that mark money, and what they mean in a text.

Rules kept as named data:

- ``CURRENCY_SYMBOLS``: signs and short prefixes ("$", "€", "C$", "Rs", "zł");
- ``ISO_CODES`` and ``CODE_ALIASES``: three-letter codes ("EUR", "CHF") and
  other spellings ("RMB");
- ``CURRENCY_WORDS``: names written after a number ("euros", "yuan", "crowns");
- ``CURRENCY_ADJECTIVES``: a country word that picks one member of a family
  ("Canadian dollars", "Swiss francs");
- ``FAMILY_DEFAULTS`` and ``FAMILY_COUNTRY_CUES``: a name several countries
  share ("dollar", "dinar", "¥") means the one the text points to, else its
  usual meaning, else None. Rupees have no usual meaning: the country the
  text names (a dateline in capitals counts), else India when the text counts
  in lakh and crore, else None; a country named in the sum's own sentence
  before it wins over the text's ("The Indian government sent Rs94 crore to
  Pakistan": Indian rupees);
- ``LOCAL_SIGNS`` (``data/currency_signs.csv``): signs a country's press
  writes for its own money ("Sh", "P", "N", "Tk"), read the same way.

A lower-case value is a family resolved through the text by
``resolve_currencies``; three upper-case letters are an ISO 4217 code.

>>> context = resolve_currencies("Iraq will pay 5 billion dinars and $2 billion.")
>>> context["dinar"], context["dollar"], context["peso"]
('IQD', 'USD', None)
>>> resolve_currencies("Tokyo approved a ¥1.5 trillion budget to deter China.")["yen"]
'JPY'
>>> resolve_currencies("Beijing's budget is 1.67 trillion yuan (¥1.67 trillion).")["yen"]
'CNY'
"""

from __future__ import annotations

import re

from analysis.text.patterns import alternation

#: Symbols, before or after the number; keys without spaces or dots.
CURRENCY_SYMBOLS = {
    "US$": "USD", "USD$": "USD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "CDN$": "CAD",
    "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "SG$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "MEX$": "MXN", "Z$": "ZWL",
    "$": "dollar", "€": "EUR", "£": "GBP", "¥": "yen", "₹": "INR", "₽": "RUB", "₴": "UAH",
    "₪": "ILS", "₩": "KRW", "₺": "TRY", "₦": "NGN", "฿": "THB", "₱": "PHP", "₫": "VND",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT", "₼": "AZN", "﷼": "rial", "元": "CNY",
    "RS.": "rupee", "RS": "rupee", "KSH": "KES", "USH": "UGX", "TSH": "TZS", "KR": "crown",
    "DH": "dirham", "RP": "IDR", "RM": "MYR", "R": "ZAR", "E": "lost_euro",
    "₤": "GBP", "ZŁ": "PLN", "KČ": "CZK", "РУБ": "RUB", "РУБ.": "RUB", "РУБЛЕЙ": "RUB",
    "Р.": "RUB", "Р": "RUB", "ГРН": "UAH", "ГРН.": "UAH", "¢": "cent",
}  # fmt: skip
_ISO_CODES = (
    "USD EUR GBP JPY CNY CHF RUB UAH INR ILS KRW KPW CAD AUD NZD HKD SGD TWD BRL MXN ZAR "
    "IRR SAR AED QAR KWD BHD OMR JOD IQD EGP LBP SYP TRY SEK NOK DKK PLN CZK HUF RON BGN "
    "IDR MYR THB PHP VND PKR BDT LKR NPR NGN KES GHS ETB ARS CLP COP VES KZT AZN BYN RSD "
    "XOF XAF AFN YER LYD TND DZD MAD SDG UGX TZS ZMW ISK MUR SCR "
    "DEM FRF ITL ESP PTE NLG BEF ATS FIM GRD IEP"
)
ISO_CODES = frozenset(_ISO_CODES.split())
CODE_ALIASES = {"RMB": "CNY", "rmb": "CNY", "STG": "GBP", "Stg": "GBP", "stg": "GBP"}
#: Codes that are also common acronyms ("COP 28" climate talks, "SAR" search and rescue,
#: "CAD" design, "MAD" doctrine, "SDG 16" goals, "ILS" landing system, "AED"
#: defibrillators): money only with a scale ("SAR 2 billion") or thousands separators
#: ("SAR 1,500").
_ACRONYM_CODES = "COP SAR CAD MAD DEM ESP ATS PHP AED IRR TRY GEL ISK SDG ILS NPR GHS PTE"
ACRONYM_CODES = frozenset(_ACRONYM_CODES.split())
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
              "nepali": "NPR", "mauritian": "MUR", "seychellois": "SCR"},
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
    "dollar": "USD", "yen": "JPY", "pound": "GBP", "pence": "GBP", "rupee": None,
    "rial": "IRR", "riyal": "SAR", "lira": "TRY", "dinar": None, "dirham": "AED",
    "peso": None, "franc": None, "crown": None, "shilling": None, "won": "KRW", "manat": "AZN",
}  # fmt: skip
FAMILY_COUNTRY_CUES = {
    # "¥" is the yen unless the text writes yuan ("China" alone is not enough: Japanese
    # budgets are reported beside China's).
    "yen": {"JPY": r"\byen\b|\bJapan|\bJPY\b", "CNY": r"\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b|元"},
    "pound": {"GBP": r"£|sterling|\bBrit|\bU\.?K\.?\b|\bLondon|\bEngland",
              "EGP": r"\bEgypt", "LBP": r"\bLebanon|\bLebanese", "SYP": r"\bSyria",
              "SDG": r"\bSudan"},
    "rupee": {"INR": r"\bIndia|₹|\bDelhi\b|\bMumbai\b|\bLok Sabha\b|\bRajya Sabha\b"
                     r"|\bBengaluru\b|\bChennai\b|\bKolkata\b",
              "PKR": r"\bPakistan|\bIslamabad\b|\bKarachi\b|\bLahore\b|\bRawalpindi\b"
                     r"|\bPeshawar\b|\bQuetta\b",
              "LKR": r"\bSri Lanka|\bColombo\b", "NPR": r"\bNepal|\bKathmandu\b",
              "MUR": r"\bMauriti|\bPort Louis\b", "SCR": r"\bSeychell"},
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
#: Countries whose own currency is written "$": a text whose opening (headline, dateline
#: and first paragraph, any case) names one of them (country, people or main cities) and
#: that says nothing American reads a bare "$" as that country's dollar (local outlets
#: write "$" for their own currency; a country named only further down, as one donor
#: among many, does not count).
DOLLAR_COUNTRY_CUES = {
    "AUD": r"\bAustralia|\bCanberra\b|\bSydney\b|\bMelbourne\b|\bBrisbane\b"
           r"|(?-i:\bADF\b|\bRAAF\b)",
    "CAD": r"\bCanad(?:a|ian)|\bOttawa\b|\bToronto\b|\bMontreal\b|\bVancouver\b"
           r"|(?-i:\bRCAF\b)",
    "NZD": r"\bNew Zealand|\bWellington\b|\bAuckland\b|(?-i:\bNZDF\b)",
    "SGD": r"\bSingapore",
    "HKD": r"\bHong Kong",
}  # fmt: skip
#: A "$" country named at least this often in the whole text, and more often than anything
#: American and every other "$" country together, is the text's own country even when the
#: opening does not name it and a US word turns up ("US-built submarines").
OWN_COUNTRY_MENTIONS = 2
#: How many paragraphs (the headline counts as one) make a text's opening.
OPENING_PARAGRAPHS = 2
#: Words that tie a text to the United States: with any of them "$" stays the US dollar.
US_CUES = (
    r"\bU\.?S\.?(?![a-z])|\bUnited States\b|\bAmerican?s?\b|\bWashington\b|\bPentagon\b"
    r"|\bCongress\b|\bWhite House\b|\bUSD\b"
)

#: How ``format_money`` writes each currency; others are written as their code.
MONEY_SYMBOLS = {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹", "CAD": "C$",
    "AUD": "A$", "NZD": "NZ$", "HKD": "HK$", "SGD": "S$", "ILS": "₪", "KRW": "₩",
    "UAH": "₴", "RUB": "₽", "TRY": "₺", "BRL": "R$",
}  # fmt: skip


def _load_local_signs() -> dict[str, list[tuple[str, str, bool]]]:
    """Read ``data/currency_signs.csv``: sign -> [(code, country pattern, needs a scale)]."""
    import csv

    from analysis.config import DATA_DIR

    with open(DATA_DIR / "currency_signs.csv", encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["sign"] and not r["sign"].startswith("#")]
    signs: dict[str, list[tuple[str, str, bool]]] = {}
    for r in rows:
        entry = (r["code"].strip(), r["country"].strip(), r["needs_scale"].strip() == "yes")
        signs.setdefault(r["sign"].strip(), []).append(entry)
    return signs


#: Local signs ("Sh", "P", "N", "Tk"): sign -> [(code, country pattern, needs a scale)].
LOCAL_SIGNS = _load_local_signs()


def _sign_family(sign: str) -> str:
    """The family a local sign stands for: its code when one code and no country, else a
    family resolved through the text ("sign_p": the Philippine peso or the pula)."""
    rows = LOCAL_SIGNS[sign]
    return rows[0][0] if len(rows) == 1 and not rows[0][1] else f"sign_{sign.lower()}"


#: Family -> {code: country pattern} for the local signs a country picks.
SIGN_COUNTRY_CUES = {
    _sign_family(sign): {code: country for code, country, _ in rows}
    for sign, rows in LOCAL_SIGNS.items()
    if _sign_family(sign).startswith("sign_")
}
#: Families whose sign is money without its country too (currency unknown): "Sh 5 billion".
SIGNS_MONEY_ANYWHERE = frozenset(
    _sign_family(sign) for sign, rows in LOCAL_SIGNS.items() if not any(r[2] for r in rows)
)
for _sign in LOCAL_SIGNS:
    CURRENCY_SYMBOLS.setdefault(_sign.upper(), _sign_family(_sign))


def _sign_pattern(scaled: bool) -> str:
    signs = sorted((s for s, rows in LOCAL_SIGNS.items() if rows[0][2] == scaled), key=len)
    # a sign of two letters or more may be written as an abbreviation: "Sh.135 billion",
    # "Tk. 500 crore" (a one-letter "P." or "N." is an initial, never a sign)
    return "|".join(re.escape(s) + (r"\.?" if len(s) > 1 else "") for s in reversed(signs))


#: A local sign before the number: "Sh2.1 billion", "Tk 500 crore", "Sh.135 billion"; a
#: one-letter sign needs a scale or thousands separators after it ("P14 billion",
#: "N846,033,430").
LOCAL_SIGN_PREFIX = (
    rf"(?<![\w$])(?:{_sign_pattern(False)})(?=[ ]?\d)"
    rf"|(?<![\w$])(?:{_sign_pattern(True)})(?=\d[\d.,]*[ -]?"
    rf"(?:bn|b|mn|m|billion|million|trillion|tn|lakh|crore)\b|\d{{1,3}}(?:,\d{{3}})+(?![\d]))"
)


# --- Patterns for the markers (used by ``analysis.money``) -------------------
#: Written after the number: PLN, CZK, RUB, UAH.
SUFFIX_WORDS = r"(?:zł|Kč|руб(?:лей|\.)?|р\.|Р|грн\.?)"
#: A dollar with a country prefix before the number: "US$", "C$", "A$".
DOLLAR_PREFIX = (
    r"(?:(?<![\w.])(?i:us|u\.s\.?|usd|c|ca|can|cdn|au|aud|nz|hk|sg|nt|mx|mex)[ ]?\$"
    r"|(?<![\w.])(?:A|S|R|Z)\$)"
)
#: The same after the number: "3.14US$".
DOLLAR_SUFFIX = (
    r"(?:(?i:us|u\.s\.?|usd|c|ca|can|cdn|au|aud|nz|hk|sg|nt|mx|mex)[ ]?\$|(?:A|S|R|Z)\$)"
)
CODES = alternation([*ISO_CODES, *CODE_ALIASES])
PLAIN_SYMBOLS = alternation(k for k in CURRENCY_SYMBOLS if len(k) == 1 and k not in "$¢RРE")
#: "E40 million": a euro sign lost to a plain-text feed (an "E" straight before a number and
#: a scale word; "E-7", "E3 talks" have none). Money only in a text that otherwise counts in
#: euros or names the euro area or the EU (``EURO_TEXT``).
LOST_EURO = r"(?<![\w-])E(?=\d[\d.,]*[ ]?(?:million|billion|trillion|mn|bn|m)\b)"
EURO_TEXT = (
    r"€|\beuros?\b|\bEUR\b|\beuro[- ]?(?:zone|area)\b"
    r"|\bEuropean (?:Commission|Union|Council)\b|(?-i:\bEU\b)"
)
#: A currency marker before the number.
PREFIX = (
    rf"(?:{DOLLAR_PREFIX}|(?<![\w$])\$|{PLAIN_SYMBOLS}"
    rf"|(?<![\w])(?:Rs\.?|Rp|RM|(?:KSh|Ksh|USh|TSh|Tsh)\.?)(?=[ ]?\d)"
    rf"|{LOCAL_SIGN_PREFIX}"
    rf"|{LOST_EURO}"
    rf"|(?<![\w])R(?=\d[\d.,]*[ -]?(?:bn|m|billion|million|trillion)\b)"
    # "Dh7 billion", "Dh1,500": the dirham as the Gulf press writes it; a scale or thousands
    # separators are required ("DH2" is also a model name)
    rf"|(?<![\w])D[hH](?=[ ]?(?:\d[\d.,]*[ -]?(?:bn|m|mn|billion|million|trillion)\b"
    rf"|\d{{1,3}}(?:,\d{{3}})+))"
    rf"|(?<![A-Za-z]){CODES}(?![A-Za-z]))"
)  # fmt: skip
#: Country adjectives, any family: "Canadian", "South Korean".
ADJECTIVES = alternation(
    {re.escape(a).replace("\\ ", "[ ]") for adj in CURRENCY_ADJECTIVES.values() for a in adj},
    raw=True,
)
#: Currency names after a number.
UNIT_WORDS = "|".join(f"(?:{p})" for p in CURRENCY_WORDS)


def resolve_currencies(text: str) -> dict[str, str | None]:
    """Return the code each currency family means in ``text``.

    >>> resolve_currencies("Ottawa pledged C$5 billion; the $2 billion rest follows.")["dollar"]
    'CAD'
    >>> resolve_currencies("Iraq paid 5 billion dinars.")["dinar"]
    'IQD'
    """
    context = dict(FAMILY_DEFAULTS)
    places = with_datelines(text)
    for family, cues in FAMILY_COUNTRY_CUES.items():
        if code := _named_country(cues, places):
            context[family] = code
    if context["rupee"] is None and re.search(INDIAN_NUMBERING, text):
        context["rupee"] = "INR"  # no country named: lakh and crore are India's counting
    for family, cues in SIGN_COUNTRY_CUES.items():
        code = _named_country(cues, places)
        context[family] = code or (None if family in SIGNS_MONEY_ANYWHERE else "")
    context["dollar"] = _text_dollar(text)
    has_euro = re.search(r"€|\beuros?\b|\bEUR\b", text)
    has_dollar = re.search(r"\$|\bdollars?\b", text, re.I)
    context["cent"] = "EUR" if has_euro and not has_dollar else context["dollar"]
    context["lost_euro"] = "EUR" if re.search(EURO_TEXT, text, re.I) else ""
    context["gbp_context"] = "GBP" if re.search(r"£|\bsterling\b|\bGBP\b", text, re.I) else None
    return context


#: Indian numbering ("Rs 500 crore", "10 lakh rupees", "Rs 720 Cr"): in a text that names
#: no country whose money is the rupee, the rupees are India's (the Indian press counts in
#: lakh and crore; Pakistan's writes millions and billions).
INDIAN_NUMBERING = r"(?i:\b(?:lakhs?|crores?)\b)|\d[ ]?(?:Cr|cr)\b"
#: A dateline in capitals at the start of a line: "ISLAMABAD -", "KUALA LUMPUR:", "NAIROBI, May 3".
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'.-]+(?:[ ][A-Z][A-Z'.-]+)*)(?=[ ]?[,:(]|[ ][-–—])", re.M)


def with_datelines(text: str) -> str:
    """``text`` with its capitalised datelines added as the place names they are, so the
    cues that name a country ("Islamabad") find them.

    >>> with_datelines("KUALA LUMPUR: The ministry got RM2 billion.").splitlines()[-1]
    'Kuala Lumpur'
    """
    places = [
        " ".join(w.capitalize() for w in m.group(1).split()) for m in _DATELINE.finditer(text)
    ]
    return "\n".join([text, *places]) if places else text


#: How many times more often than any other the text's own country must be named when a
#: text names several countries that share a currency's name: a Pakistani budget story that
#: recalls one war with India still counts its rupees in PKR.
DOMINANT_RATIO = 2


def _named_country(cues: dict[str, str], text: str) -> str | None:
    """The code of the one country of a family the text names, or of the one it names far
    more often than the others (the country the text is about); None when it cannot tell.

    >>> cues = FAMILY_COUNTRY_CUES["rupee"]
    >>> _named_country(cues, "Islamabad: Pakistan's army, which fought India, got more.")
    'PKR'
    >>> _named_country(cues, "India and Pakistan both raised spending.") is None
    True
    """
    counts = {code: len(re.findall(cue, text)) for code, cue in cues.items()}
    ranked = sorted((n for n in counts.values() if n), reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0] < DOMINANT_RATIO * ranked[1]:
        return None
    return max(counts, key=counts.get)


def _text_dollar(text: str) -> str:
    """USD, unless the text names exactly one other dollar and no US one."""
    codes = set()
    for m in re.finditer(DOLLAR_PREFIX, text):
        codes.add(CURRENCY_SYMBOLS.get(_symbol_key(m.group()), "USD"))
    for m in re.finditer(rf"(?i:\b({ADJECTIVES})[ ]dollars?\b)", text):
        codes.add(CURRENCY_ADJECTIVES["dollar"].get(_adjective_key(m.group(1)), "USD"))
    others = codes - {"USD"}
    converted = re.search(
        r"[A-Z]{1,3}\$[ ]?[\d.,]+(?:[ ]?\w+)?[ ]?\(\s*(?:about|around|~)?\s*\$", text
    )
    if len(others) == 1 and "USD" not in codes and not converted:
        return others.pop()
    if not codes:
        return _country_dollar(text)
    return "USD"


def _country_dollar(text: str) -> str:
    """The dollar of the one "$" country a text's opening names, when nothing in the text
    is American.

    >>> _country_dollar("SYDNEY - Australia will spend $3 billion on submarines.")
    'AUD'
    >>> _country_dollar("Australia will buy $3 billion of U.S. missiles.")
    'USD'
    >>> _country_dollar("Donors gave $9m.\\n\\nTalks ended.\\n\\nCanada gave $1m.")
    'USD'
    >>> _country_dollar("The ADF gets $2bn.\\n\\nA US firm builds.\\n\\nAustralian jobs follow.")
    'AUD'
    """
    counts = {code: len(re.findall(cue, text, re.I)) for code, cue in DOLLAR_COUNTRY_CUES.items()}
    top = max(counts, key=counts.get)
    others = sum(counts.values()) - counts[top] + len(re.findall(US_CUES, text))
    if counts[top] >= OWN_COUNTRY_MENTIONS and counts[top] > others:
        return top
    if re.search(US_CUES, text):
        return "USD"
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    opening = "\n\n".join(paragraphs[:OPENING_PARAGRAPHS])
    found = [code for code, cue in DOLLAR_COUNTRY_CUES.items() if re.search(cue, opening, re.I)]
    return found[0] if len(found) == 1 else "USD"


def _symbol_key(marker: str) -> str:
    if "$" in marker:
        return re.sub(r"[\s.\u00a0]", "", marker).upper()
    key = marker.upper()
    # "Sh." and "KSh." are "Sh" and "KSh" written as abbreviations ("Rs." has its own key)
    return key if key in CURRENCY_SYMBOLS or not key.endswith(".") else key[:-1]


def _adjective_key(adjective: str) -> str:
    return " ".join(adjective.lower().split())


def currency_of(m: re.Match, text: str, context: dict, scale: int | None):
    """Return (code or None, marker as written, per_hundred) for one number match.

    ``m`` is a match of ``analysis.money``'s number pattern (groups ``num``,
    ``pre``, ``post``, ``sep``, ``adj``, ``unit``, ``pence``); ``context`` is
    ``resolve_currencies(text)``. A code of ``""`` means the marker is not money
    here ("a 500-pound bomb", "in 2023 dollars"); None, no currency at all.
    """
    if m.group("pence"):
        return ("GBP", "p", True) if context.get("gbp_context") else ("", "", False)
    marker = m.group("pre") or m.group("post")
    if marker:
        code = symbol_code(marker)
        family = code if code.islower() else None
        if family and (local := sentence_country(family, m.start(), text)):
            return local, marker.strip(), False
        return (context.get(family) if family else code), marker.strip(), code == "cent"
    unit = m.group("unit")
    if not unit:
        return None, "", False
    family = word_family(unit)
    adjective = _adjective_key(m.group("adj") or "")
    marker = text[m.start("adj") if m.group("adj") else m.start("unit") : m.end("unit")]
    if not _word_is_money(family, m, text, scale, adjective, context):
        return "", "", False
    if _is_year_dollars(m, text):
        return "", "", False
    chosen = CURRENCY_ADJECTIVES.get(family, {}).get(adjective)
    if family in ("cent", "pence"):
        return (context["cent"] if family == "cent" else "GBP"), marker, True
    if chosen:
        return chosen, marker, False
    if family.islower() and (local := sentence_country(family, m.start(), text)):
        return local, marker, False
    return (context.get(family) if family.islower() else family), marker, False


#: Families whose cues are countries (the yen's cues are currency words, the dollar's own
#: rules are in ``_text_dollar``).
_PLACE_FAMILIES = {f: c for f, c in FAMILY_COUNTRY_CUES.items() if f != "yen"}


def sentence_country(family: str, position: int, text: str) -> str | None:
    """The code of the first country of ``family`` named in the sentence before an amount:
    the party that pays or budgets in its own money ("The Indian government announced $20m
    (Rs94 crore) for Pakistan": Indian rupees, whatever the text names most); None when the
    sentence names none before it.

    >>> text = "Pakistan got aid. The Indian government gave it Rs94 crore."
    >>> sentence_country("rupee", text.index("Rs"), text)
    'INR'
    >>> sentence_country("rupee", 0, text) is None
    True
    """
    cues = _PLACE_FAMILIES.get(family) or SIGN_COUNTRY_CUES.get(family)
    if not cues:
        return None
    start = max(text.rfind("\n", 0, position), _sentence_start(text, position))
    before = text[start + 1 : position]
    found = [(m.start(), code) for code, cue in cues.items() for m in re.finditer(cue, before)]
    return min(found)[1] if found else None


def _sentence_start(text: str, position: int) -> int:
    """Offset of the full stop (or -1) that ends the sentence before ``position``."""
    base = max(0, position - 600)
    stops = list(re.finditer(r"[.!?][\"'’”)]?\s+(?=[A-Z\"'‘“(])", text[base:position]))
    return base + stops[-1].start() if stops else base - 1


def word_family(unit: str) -> str:
    """Return the family or code of a currency name.

    >>> word_family("Roubles"), word_family("dinars"), word_family("kroner")
    ('RUB', 'dinar', 'crown')
    """
    return next(
        code for pattern, code in CURRENCY_WORDS.items() if re.fullmatch(pattern, unit, re.I)
    )


def symbol_code(marker: str) -> str:
    """Return the code or family of a symbol or code as written.

    >>> symbol_code("US$"), symbol_code("$"), symbol_code("Rs."), symbol_code("RMB")
    ('USD', 'dollar', 'rupee', 'CNY')
    """
    marker = marker.strip()
    if marker in CODE_ALIASES:
        return CODE_ALIASES[marker]
    if marker in ISO_CODES:
        return marker
    return CURRENCY_SYMBOLS.get(_symbol_key(marker), CURRENCY_SYMBOLS.get(marker, "dollar"))


#: Nouns after "pounds of" that make the pounds money: "800 million pounds of funding".
_MONEY_NOUNS = frozenset(
    [
        "funding",
        "funds",
        "money",
        "aid",
        "support",
        "investment",
        "investments",
        "spending",
        "cash",
        "grants",
        "loans",
        "contracts",
        "savings",
        "cuts",
        "taxpayers",
    ]
)


def _word_is_money(family, m, text, scale, adjective, context) -> bool:
    """Weights and verbs that look like currencies: pounds, won, crowns."""
    after = text[m.end() : m.end() + 4].lower()
    unit = m.group("unit").lower()
    if family == "pound":
        if m.group("sep") == "-":
            return False
        if after.startswith(" of"):
            # "2,000 pounds of explosives" is a weight; "800 million pounds of funding"
            # is money: a scale word and a money noun after "of", or a £ in the article
            words = re.findall(r"[a-z]+", text[m.end() + 3 : m.end() + 40].lower())[:3]
            money_noun = any(w in _MONEY_NOUNS for w in words)
            return bool(scale and (money_noun or context.get("gbp_context")))
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
    if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group("num")):
        return False
    before = text[max(0, m.start() - 25) : m.start()]
    return bool(re.search(r"\b(?:in|constant|real|nominal|current|of|today's)\s+$", before, re.I))
