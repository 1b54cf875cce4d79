"""Headline totals: a sum the headline states and the body splits without stating it again.

"EU pledges €50m for flood victims" over a body that says "€30m will go to Greece and €20m
to Bulgaria": the body never repeats the €50m, so no sentence of it holds the total, but a
reader takes the body's sums as the headline sum's parts (``link_headline_totals``) when
the body opens on the money ("The money includes ...", "The funds ...") or its sums, each
saying what it is for, add up to the headline sum exactly. A body that states a sum as
large as the headline's (or the headline's rounded, to the headline's precision) has a
whole of its own, and is left to the other rules.
"""

from __future__ import annotations

import re

from analysis.money.explicit import _move
from analysis.money.runs import written_precision

__all__ = ["link_headline_totals"]

#: A body sentence that opens on the headline's money: "The money includes", "The funds will
#: go to", "It includes", "The aid is split between".
_ON_THE_MONEY = re.compile(
    r"^\W*(?:the\s+(?:money|funds|funding|sum|amount|cash|aid|package|pledge)|it)\s+"
    r"(?:(?:will|would|is|are|was|were)\s+)?(?:includ\w*|compris\w*|cover\w*|"
    r"(?:be\s+)?(?:split|divided|shared|spent|used|allocated)|go(?:es)?\s+to)\b",
    re.I,
)
_NOT_GOODS = r"(?:and|or|the|an?|of|with|to|for|its|their|his|her|our|them|it|is|are|was|were)\b"
_GOODS = rf"(?:(?!{_NOT_GOODS})[a-z][\w-]*\s+)?(?!{_NOT_GOODS})[a-z][\w-]*"
#: Before a body sum with no purpose of its own, the goods it is the value or price of:
#: "shells and ammunition worth €1bn", "will jointly purchase ammo for another €1bn".
_GOODS_BEFORE = re.compile(
    rf"(?:\b(?P<phrase>{_GOODS})\s+(?:worth|valued\s+at)"
    rf"|\b(?:buy|bought|purchas\w*|procur\w*|acquir\w*)\s+(?P<goods>{_GOODS})"
    r"\s+for)\s+(?:(?:another|a\s+further|an\s+additional|about|some|nearly|around|over)\s+)?$",
)


#: How many body paragraphs the parts may be in.
HEADLINE_PARAGRAPHS = 4


def _says_what_for(text, sentences, reading) -> bool:
    """True when a body sum says what it is for: its own purpose, or the goods it is worth
    or buys ("shells worth €1bn", "will buy ammunition for another €1bn")."""
    if reading.link is not None:
        return True
    sentence = sentences[reading.sentence]
    return _GOODS_BEFORE.search(text[sentence.start : reading.amount.start]) is not None


def _body_parts(text, sentences, readings, total, held, paragraphs):
    """The body sums that may be parts of the headline ``total``: in its currency, smaller,
    saying what they are for, held by no other total, in the first body paragraphs."""
    t = total.amount
    last = paragraphs[total.sentence] + HEADLINE_PARAGRAPHS
    found = []
    for r in readings:
        if (r.sentence > total.sentence and r.amount.value is not None
                and r.amount.currency == t.currency and r.amount.value < t.value
                and r.amount.start not in held and _says_what_for(text, sentences, r)
                # "another €1bn" after a first part is the next part of the same sum
                and not (r.barred or r.change or (r.added and not found) or r.own_whole)
                and paragraphs[r.sentence] <= last):  # fmt: skip
            found.append(r)
    return found


def link_headline_totals(text, sentences, paragraphs, readings, by_start, make_linked,
                         protected) -> set[int]:  # fmt: skip
    """Link the body's sums to the headline's sum when the body never restates it nor
    states a sum as large in its currency, and either a body sentence opens on the money
    ("The money includes C$400m for food ...") or the sums add up to it exactly. Returns
    the starts of the parts linked."""
    if len(sentences) < 2 or paragraphs[1] == paragraphs[0]:
        return set()  # no headline line of its own
    if re.search(r"[.!?\"”’']\s*$", sentences[0].text):
        return set()  # a first sentence, not a headline
    held = {p.amount.start for linked in by_start.values() for p in linked.parts} | protected
    heads = [r for r in readings if r.sentence == 0 and paragraphs[0] == 0
             and r.amount.value is not None and r.amount.currency_text
             and not (r.barred or r.change or r.added)]  # fmt: skip
    if len(heads) != 1:
        return set()
    total = heads[0]
    t = total.amount
    if (mine := by_start.get(t.start)) and mine.parts:
        return set()
    body = [r for r in readings if r.sentence > 0 and r.amount.value is not None
            and r.amount.currency == t.currency]  # fmt: skip
    rounding = min(written_precision(t), 0.01 * t.value)
    if any(r.amount.value >= t.value - rounding for r in body):
        # the body restates the total (also to more digits: "Rs 7.85 lakh cr" over "Rs
        # 7,84,678 crore"), or has a whole of its own as large
        return set()
    parts = _body_parts(text, sentences, readings, total, held, paragraphs)
    if not parts or sum(p.amount.value for p in parts) > t.value * 1.001:
        return set()
    opening = next((sentences[i] for i in sorted({p.sentence for p in parts})
                    if _ON_THE_MONEY.match(sentences[i].text)), None)  # fmt: skip
    exact = abs(sum(p.amount.value for p in parts) - t.value) <= t.value * 0.001
    if opening is None and not (exact and len(parts) >= 2):
        return set()
    start = opening.start if opening else sentences[parts[0].sentence].start
    _move(by_start, make_linked, total, parts, ("headline_total", "", start, start))
    return {p.amount.start for p in parts}
