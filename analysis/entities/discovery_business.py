"""Discovery: a company named by what business news writes around it.

A capitalised word alone is no evidence: "Mondi" may be a surname, a place or a brand. Business
prose names a company's kind by its slot, and these slots make a name (one word too) a
company's (the rules as named patterns, ``BUSINESS_CUES``):

- its shares after it, other words allowed between ("X shares, however, fell", "X shares
  rose", "X's shares slipped");
- an analyst's or economist's employer ("an analyst at X", "economists with X");
- a data provider ("analysts surveyed by X", "data compiled by X");
- an officer of it ("chief executive of X", "the CEO of X");
- a line of business before "group" or "giant" ("the oil services group X", "the e-commerce
  giant X"; the sector nouns in ``data/business_sectors.txt``);
- a country's name and a line of business in capitals after it: a national company ("Korea
  Zinc", "Kenya Power", "Nigeria LNG", "Pakistan Steel Mills"), not the country
  (``country_company_name``).

>>> read_business_cue("X", "Shares of rival ", " shares, however, fell 2%.")
'share price'
>>> read_business_cue("X", "said an analyst at ", ", a bank.")
'employer of an analyst'
>>> read_business_cue("X", "the packaging group ", " said")
'sector noun before'
>>> read_business_cue("X", "the armed group ", " said")
''
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from analysis import config
from analysis.entities.discovery_rules import LEGAL_FORMS
from analysis.entities.mention_rows import MentionRow

SECTORS_FILE = config.DATA_DIR / "business_sectors.txt"

_SHARES_AFTER = regex.compile(
    r"^(?:['’]s?)?\s+shares?(?:,\s+(?:however|meanwhile|though|by contrast|in contrast),)?\s+"
    r"(?:(?:also|were|was|had|have)\s+)?"
    r"(?:rose|fell|jumped|slipped|gained|lost|climbed|dropped|slid|added|shed|advanced|declined"
    r"|edged|surged|sank|tumbled|plunged|rallied|soared|slumped|rebounded|traded|closed|ended"
    r"|opened|risen|fallen|jumped)\b"
)
_EMPLOYER_BEFORE = regex.compile(
    r"\b(?:analysts?|economists?|strategists?|researchers?|brokers?|traders?|portfolio managers?"
    r"|fund managers?)\s+(?:at|with|from)\s+$",
    regex.I,
)
_PROVIDER_BEFORE = regex.compile(
    r"\b(?:surveyed|polled|compiled|tracked|calculated)\s+by\s+$", regex.I
)
_OFFICER_BEFORE = regex.compile(
    r"\b(?:chief executive(?: officer)?|chief financial officer|chief operating officer|ceo|cfo"
    r"|coo|managing director)\s+of\s+$",
    regex.I,
)
_SECTOR_BEFORE = regex.compile(r"\b([\w-]+)\s+(?:group|giant)\s+$")

#: (evidence, pattern, side): the text ``before`` the name or ``after`` it that a cue reads.
BUSINESS_CUES = (
    ("share price", _SHARES_AFTER, "after"),
    ("employer of an analyst", _EMPLOYER_BEFORE, "before"),
    ("data provider", _PROVIDER_BEFORE, "before"),
    ("officer of a company", _OFFICER_BEFORE, "before"),
)


@lru_cache(maxsize=4)
def load_business_sectors(path: str | Path = "") -> frozenset[str]:
    """The sector nouns of ``data/business_sectors.txt`` (lower case).

    >>> {"mining", "e-commerce"} <= load_business_sectors()
    True
    """
    path = Path(path) if path else SECTORS_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def read_business_cue(name: str, before: str, after: str) -> str:
    """The evidence that makes ``name`` a company's (see the module docstring), or "".

    ``before`` is the sentence's text up to the name, ``after`` the text from its end.
    """
    for evidence, pattern, side in BUSINESS_CUES:
        if side == "after" and pattern.match(after) or side == "before" and pattern.search(before):
            return evidence
    sector = _SECTOR_BEFORE.search(before)
    if sector and sector.group(1) in load_business_sectors():
        return "sector noun before"
    return ""


#: Capitalised words of a national company's line of business after a country's name, besides
#: the sector nouns ("Kenya Power", "Korea Zinc", "Pakistan Steel Mills"): utilities,
#: commodities and plants, general business vocabulary.
COMPANY_LINE_WORDS = frozenset(
    """power gas zinc copper gold oil cement cements sugar mills breweries ports railways rail
    telecom lng pipeline refinery refineries fertilizer fertilizers fertiliser fertilisers
    tobacco airways""".split()  # noqa: SIM905
)


def country_company_name(words: list[str], country_words: int) -> str:
    """The name of a national company: a country's name (its first ``country_words`` words),
    then one or two capitalised words, the last a line of business; else "".

    >>> country_company_name(["Korea", "Zinc"], 1), country_company_name(["Kenya", "Week"], 1)
    ('Korea Zinc', '')
    >>> country_company_name(["Pakistan", "Steel", "Mills"], 1)
    'Pakistan Steel Mills'
    """
    rest = words[country_words:]
    if not country_words or not 1 <= len(rest) <= 2 or not all(w[:1].isupper() for w in rest):
        return ""
    last = regex.sub(r"['’]s?$", "", rest[-1]).rstrip(".").casefold()
    if last not in COMPANY_LINE_WORDS and last not in load_business_sectors():
        return ""
    return " ".join(words[:country_words] + rest[:-1] + [regex.sub(r"['’]s?$", "", rest[-1])])


#: A legal form right after a company's name ("Acme Widgets Ltd", "Acme Widgets, Inc.",
#: "Acme Co., Ltd."),
#: the forms of ``discovery_rules.LEGAL_FORMS``, with an optional comma and full stop.
_LEGAL_FORM_AFTER = regex.compile(
    r"(?:,?[ ](?:" + "|".join(sorted(LEGAL_FORMS, key=len, reverse=True)) + r")\.?(?![\w-])){1,2}"
)


def extend_legal_forms(text: str, rows: list[MentionRow]) -> list[MentionRow]:
    """Return ``rows`` with a lexicon company's mention reaching over its legal form: "Acme
    Widgets Ltd" is the lexicon's "Acme Widgets", one mention, no longer name of its own.

    >>> row = MentionRow("actor", "Acme", "company", "", "", "Acme", "body", 1, 0, 4)
    >>> [r.form for r in extend_legal_forms("Acme Ltd. said", [row])]
    ['Acme Ltd.']
    >>> [r.form for r in extend_legal_forms("Acme Ltda said", [row])]
    ['Acme']
    >>> [r.form for r in extend_legal_forms("Acme Co., Ltd. Roe said", [row])]
    ['Acme Co., Ltd.']
    """
    out = []
    for r in rows:
        if r.kind == "actor" and r.type == "company":
            m = _LEGAL_FORM_AFTER.match(text, r.end)
            if m:
                end = (
                    m.end()
                    if text[m.end() - 1 : m.end()] != "." or _abbreviated(m)
                    else m.end() - 1
                )
                r = r._replace(end=end, form=text[r.start : end])
        out.append(r)
    return out


def _abbreviated(m: regex.Match) -> bool:
    """True when the full stop after a legal form is its own ("Inc."), not a sentence's end
    after a whole word ("Limited.")."""
    return m.group().rstrip(".").split()[-1] in ("Inc", "Corp", "Co", "Ltd", "Bhd", "Pte", "Pty")
