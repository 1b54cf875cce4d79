"""Bare sums: a figure with a scale but no currency word, where the words make it money.

"35 million from the package will go to shelters", "IDA's contribution is said to be 550
million and 220 million is by the IBRD", "Under the package, A is expected to get 1.2
billion, B 400 million and C 1 billion": the text leaves the currency out, but the words
around the figure say it is a sum of money (it comes "from the package", it is a
"contribution", someone "gets" it). ``find_bare_sums`` finds such figures, with currency
None (the article does not write it); a figure that counts a noun ("2 million people")
or that no money words surround is left alone. ``lend_currencies`` gives each of them,
for splitting only, the currency of the nearest sum in its sentence (else the last one
before it): a reader takes "35 million from the package" in the package's currency.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.amount import Amount
from analysis.money.currencies import CURRENCY_WORDS
from analysis.money.numbers import parse_number, scale_multiplier
from analysis.money.qualifiers import qualify

__all__ = ["find_bare_sums", "find_bracketed_currency_sums", "lend_currencies"]

#: A figure and a scale word, no currency sign or word before it ("crore" and "Cr." too:
#: Indian headlines often drop the "Rs").
_FIGURE = re.compile(
    r"(?<![\w$€£¥₹.,])(?P<num>\d+(?:[.,]\d+)?)\s*(?P<scale>million|billion|trillion|bn|crore|cr)\b",
    re.I,
)
#: Right after the figure, words that make it money: where it comes from ("from the
#: package", "out of the fund") or what is done with it ("will be allocated", "is lent").
_MONEY_AFTER = re.compile(
    r"\s+(?:(?:from|of|out\s+of)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:package|fund|funds|funding|budget|aid|allocation|amount|sum|total|loan|grant|money|"
    r"pledge|assistance)\b|"
    r"(?:(?:will|would|is|are|was|were|has|have|had|to|be|been|shall)\s+){1,3}"
    r"(?:allocated|earmarked|spent|disbursed|lent|invested|channell?ed|set\s+aside)\b|"
    # the whole it is the value of: "a 120 million aid package", "a 2 billion loan"
    r"(?:(?:aid|rescue|relief|military|defen[cs]e|support|stimulus)\s+)?"
    r"(?:package|budget|fund|loan|grant|bailout|deal|contract)s?\b(?!\s+[a-z]+(?:ers|ees)\b))",
    re.I,
)
#: Right before the figure, words that make it money: a kind of money and its verb ("the
#: contribution is said to be", "a loan of") or a verb of getting or giving ("to get").
_MONEY_BEFORE = re.compile(
    r"(?:\b(?:contribution|share|allocation|loan|grant|funding|investment|pledge|donation)s?"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:is|was|are|were|be|of|at|totall?ing)|"
    r"\b(?:contribution|allocation|grant|donation|pledge)s?,?\s+including|"
    r"\b(?:get|gets|got|receive|receives|received|borrow|borrows|borrowed|lend|lends|lent|"
    r"pledge|pledges|pledged|promise|promises|promised|donate|donates|donated|give|gives|"
    r"gave|given|grant|grants|granted|contribute|contributes|contributed)|"
    # the value of something: "Contracts worth over 32,000 Cr." (a headline drops the "Rs")
    r"\bworth(?:\s+(?:over|about|around|nearly|some|almost|more\s+than|up\s+to))?"
    r")\s+$",
    re.I,
)
#: Right before the figure, words that make it more of what the text just counted: "A
#: further 100 billion is planned" after "a 112 billion euro package".
_MORE_BEFORE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?:(?:some|about|around|"
    r"roughly|nearly|almost)\s+)?$",
    re.I,
)
#: Right after a "further" figure of another scale than the sum before it, words that say
#: what it is for: "$2bn ... A further 500 million will go to schools" (no count of people).
_PURPOSE_AFTER = re.compile(
    r"\s+(?:(?:will|would|is|are|was|were|to)\s+)?(?:(?:go|goes|went)\s+(?:to|toward|towards)|"
    r"(?:be\s+)?(?:used|spent|allocated|earmarked)\s+(?:for|on|to)|for)\s",
    re.I,
)
#: How far back (in characters) the sum a "further" figure adds to may be.
MORE_REACH = 400
#: Right after a figure that may be money: no noun it counts ("2 million people").
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|from|of|out|will|would|is|are|was|"
                            r"were|has|have|had|to|be|for|in)\b)", re.I)  # fmt: skip
#: Between two figures of one list: the second is of the same kind ("A 1 billion, B 400
#: million and C 1 billion"): a comma or "and", then a few words naming its recipient.
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[^\d.;:$€£¥₹]{0,80}?\s)?$", re.I)


def find_bare_sums(text: str, amounts: list[Amount]) -> list[Amount]:
    """Return the figures of ``text`` that are money with no currency written (currency
    None), leaving out any inside the ``amounts`` already found.

    >>> [(a.text, a.value, a.currency) for a in
    ...  find_bare_sums("35 million from the package will go to shelters.", [])]
    [('35 million', 35000000.0, None)]
    >>> find_bare_sums("The war displaced 2 million people from the east.", [])
    []
    """
    taken = [(a.start, a.end) for a in amounts]
    found: list[Amount] = []
    previous: Amount | None = None
    for m in _FIGURE.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            previous = None
            continue
        after = _MONEY_AFTER.match(text, end)
        if not after and not _NO_NOUN_AFTER.match(text, end):
            previous = None
            continue  # "2 million people": a count
        money = after or _MONEY_BEFORE.search(text[max(0, start - 60) : start])
        before = [a for a in amounts if a.value is not None and a.end <= start]
        last = max([*before, *([previous] if previous else [])], key=lambda a: a.end, default=None)
        listed = last is not None and _LIST_GAP.match(text[last.end : start])
        same_scale = last is not None and last.scale == scale_multiplier(m.group("scale"))
        more = (last is not None and (same_scale or _PURPOSE_AFTER.match(text, end))
                and start - last.end <= MORE_REACH
                and _MORE_BEFORE.search(text[max(0, start - 40) : start]))  # fmt: skip
        if not (money or listed or more):
            previous = None
            continue
        raw = parse_number(m.group("num"))
        if raw is None:
            continue
        value = float(raw * scale_multiplier(m.group("scale")))
        amount = Amount(value, None, "exact", None, None, m.group(0), start, end,
                        float(scale_multiplier(m.group("scale"))))  # fmt: skip
        amount = qualify(amount, text)
        found.append(amount)
        previous = amount
    return found


#: A figure and a scale with the currency named in brackets after it: "145m (euros)",
#: "2.5 billion (yen)", as transcripts and quotes write them.
_BRACKETED = re.compile(
    r"(?<![\w$€£¥₹.,])(?P<num>\d+(?:[.,]\d+)?)\s*(?P<scale>million|billion|trillion|bn|m|b)"
    r"\s*\(\s*(?P<currency>[a-z ]{2,20}?)\s*\)",
    re.I,
)
#: The currency names that stand for one currency (not a family such as "dollars").
_ONE_CURRENCY = {pattern: code for pattern, code in CURRENCY_WORDS.items() if code.isupper()}


def find_bracketed_currency_sums(text: str, amounts: list[Amount]) -> list[Amount]:
    """Return the figures of ``text`` whose currency is named in brackets after them
    ("That could rise to 145m (euros)"), leaving out any inside ``amounts``. Only a name
    of one currency counts; "(dollars)", a family of several, and other words do not.

    >>> [(a.text, a.value, a.currency) for a in
    ...  find_bracketed_currency_sums("The fee could rise to 145m (euros) in all.", [])]
    [('145m (euros)', 145000000.0, 'EUR')]
    >>> find_bracketed_currency_sums("The tower is 145m (metres) tall.", [])
    []
    """
    taken = [(a.start, a.end) for a in amounts]
    found = []
    for m in _BRACKETED.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        word = m.group("currency").strip().lower()
        code = next((c for p, c in _ONE_CURRENCY.items() if re.fullmatch(p, word)), None)
        raw = parse_number(m.group("num"))
        if code is None or raw is None:
            continue
        scale = scale_multiplier(m.group("scale"))
        amount = Amount(float(raw * scale), code, "exact", None, None, m.group(0), start, end,
                        float(scale))  # fmt: skip
        found.append(qualify(amount, text))
    return found


def lend_currencies(amounts: list[Amount], text: str) -> list[Amount]:
    """Give each amount with no currency the currency of the nearest amount with one in
    its sentence (between full stops), else in its paragraph, else of the last one before
    it; amounts with a
    currency, and those no currency can be found for, are returned as they are."""
    written = [a for a in amounts if a.currency and a.value is not None and not a.conversion]
    out = []
    for a in amounts:
        if a.currency is not None or a.value is None:
            out.append(a)
            continue
        lo = max(text.rfind(". ", 0, a.start), text.rfind("\n", 0, a.start))
        hi = min(i for i in (text.find(". ", a.end), text.find("\n", a.end), len(text)) if i >= 0)
        near = [b for b in written if lo < b.start < hi]
        if not near:  # else the nearest in its paragraph, before or after it
            top, bottom = text.rfind("\n", 0, a.start), text.find("\n", a.end)
            near = [b for b in written if top < b.start < (bottom if bottom >= 0 else len(text))]
        if near:
            donor = min(near, key=lambda b: abs(b.start - a.start))
        else:
            before = [b for b in written if b.end <= a.start]
            donor = before[-1] if before else None
        out.append(replace(a, currency=donor.currency) if donor else a)
    return out
