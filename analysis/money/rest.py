"""The rest, given: "The rest goes to air defence", "and the remaining third for housing",
"an immediate disbursement of $1bn, the rest in four instalments".

A clause that gives "the rest" of a whole (or "the remainder", "the balance") to someone
states a part without a figure: what is left of the total once the parts stated before it
are taken. "The remaining third", "the other half" state it as a share of the total. A
careful reader computes the sum, so ``link_rest_parts`` adds the part, computed and marked,
to the total whose parts the text was just listing (in the same sentence or the
``REST_BACK`` sentences before it). Nothing is added when no part was listed before it
(what "the rest" is left of is unknown) or when nothing is left.

>>> from analysis.money.allocations import find_allocations
>>> t = ("Norland unveiled a $900 million aid package. The package includes $300 million "
...      "for shells. The rest goes to air defence.")
>>> [(p.recipient, p.amount.value, p.computed) for p in find_allocations(t)[0].parts]
[('shells', 300000000.0, False), ('air defence', 600000000.0, True)]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.money.amount import Amount, share_of
from analysis.money.links import Reading
from analysis.money.remainder import compute_remainder
from analysis.money.rules import FRACTIONS

__all__ = ["REST_BACK", "link_parts_before_rest", "link_rest_parts"]

#: The rest of a whole, then where it goes: "The rest goes to", "the remainder of the
#: money will be spent on", "and the remaining two thirds for". A sum right after "the
#: remaining" ("the remaining $2bn") is a stated part, read elsewhere.
_REST = re.compile(
    r"(?:^|(?<=[,;:])|\band\s+|\bwhile\s+|\bwith\s+)\s*"
    r"(?P<rest>(?:the\s+)?(?:rest|remainder|balance|(?:remaining|other)\s+(?P<fraction>half|"
    r"third|two[\s-]thirds|quarter|three[\s-]quarters|fifth)))"
    r"(?:\s+of\s+(?:it|that|this|the\s+(?:[\w-]+\s+){0,2}?(?:money|sum|amount|funds?|funding|"
    r"total|package|budget|aid|grant|pledge|allocation|deal|contract|programme|program)))?"
    r"\s*,?\s+(?:(?:is|was|will|would|has|had|have|been|be|being|are|were|should|shall|to)\s+)"
    r"{0,2}(?:(?:go(?:es)?|went|gone|going|allocated|earmarked|spent|used|directed|set\s+aside|"
    r"put|invested|dedicated|devoted|pay(?:s)?|paid|disbursed|released|spread|due|payable)\s+)?"
    # "the rest in four instalments", "the balance to be disbursed over two years": when
    r"(?:(?:to|for|on|into|toward|towards)\s+|(?:in|over)\s+(?=(?:[\w-]+\s+){0,3}?(?:instal+ments|"
    r"tranches|payments|phases|stages|years|months)\b))",
    re.I,
)
#: "the remaining third" of the total: the share each word names.
_SHARE_OF = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2,
             "two thirds": FRACTIONS["two thirds"],
             "three quarters": FRACTIONS["three quarters"]}  # fmt: skip
#: How many sentences back the parts "the rest" is left over from may be.
REST_BACK = 3


def _listing(linked, readings, index: int, start: int):
    """The ``Linked`` total whose latest part before ``start`` is nearest, stated in the
    sentence ``index`` or the ``REST_BACK`` before it, with no other sum stated between
    that part and ``start`` ("Osterland pledged $500m. The rest ..." is no rest of the list
    before); None when there is none."""
    best, best_end = None, -1
    for item in linked:
        for p in item.parts:
            near = p.amount.end <= start and index - p.sentence <= REST_BACK
            if near and p.amount.end > best_end:
                best, best_end = item, p.amount.end
    if best is None:
        return None
    held = {p.amount.start for p in best.parts} | {best.total.amount.start}
    between = [r for r in readings if best_end <= r.amount.start < start
               and r.amount.value is not None and r.amount.start not in held]  # fmt: skip
    return None if between else best


def _rest_amount(item, m: re.Match, start: int, end: int) -> Amount | None:
    """The sum "the rest" (or "the remaining third") stands for; None when nothing is left."""
    t = item.total.amount
    if m.group("fraction"):
        share = _SHARE_OF[" ".join(m.group("fraction").lower().replace("-", " ").split())]
        qualifier = t.qualifier if t.qualifier != "range" else "at_least"
        return Amount(share_of(t.value, share), t.currency, qualifier, None, None,
                      m.group("rest"), start, end)  # fmt: skip
    left = compute_remainder(t, [p.amount for p in item.parts])
    if left.value is None or left.value <= 0 or left.overspent:
        return None
    qualifier = "approx" if left.approximate and left.qualifier == "exact" else left.qualifier
    return Amount(left.value, t.currency, qualifier, left.low, left.high, m.group("rest"),
                  start, end)  # fmt: skip


def link_rest_parts(text, sentences, linked: list, readings, recipient_after: Callable) -> list:
    """Add to ``linked`` the parts stated as "the rest" of a total, computed from it and the
    parts before them. ``recipient_after(text, start, limit)`` reads who or what it is for."""
    for index, sentence in enumerate(sentences):
        for m in _REST.finditer(sentence.text):
            start = sentence.start + m.start("rest")
            end = sentence.start + m.end("rest")
            item = _listing(linked, readings, index, start)
            if item is None or item.total.amount.value is None:
                continue
            if any(cue[0] == "rest" for cue in item.cues):
                continue  # one rest to a whole: a second "the rest" is another whole's
            amount = _rest_amount(item, m, start, end)
            if amount is None:
                continue
            link = recipient_after(text, sentence.start + m.end(), sentence.end)
            item.parts.append(Reading(amount, index, item.total.paragraph, link, computed=True))
            item.cues.append(("rest", m.group(0).strip(), start, sentence.start + m.end()))
    return linked


#: After a sum in its sentence, "the rest" of the whole still to come: "immediate
#: disbursement of €79m, with the rest available in 11 instalments", "and the balance
#: next year". The sum is the first part of the whole named before it.
_REST_TO_COME = re.compile(
    r"\b(?:with|and|while)\s+the\s+(?:rest|remainder|balance)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:year|month|week|day|decade|world|country|region|team|group)\b)",
    re.I,
)
#: How many sentences before the sum its whole may be named.
REST_WHOLE_BACK = 2


def link_parts_before_rest(text, sentences, readings, by_start, make_linked, taken) -> set:
    """Link a sum whose sentence says the rest of the whole is still to come ("with the rest
    available in 11 instalments") to that whole: the last larger sum in its currency in the
    sentences just before it, the value of a whole ("a loan worth about €553m"). Returns
    the starts of the parts linked.

    >>> from analysis.money.allocations import find_allocations
    >>> t = ("The fund approved a loan worth $600 million for Vesta. It will pay out $90 "
    ...      "million at once, with the rest available in ten instalments.")
    >>> [(a.total.text, [p.amount.text for p in a.parts]) for a in find_allocations(t)]
    [('$600 million', ['$90 million'])]
    """
    linked_now: set[int] = set()
    held = set(taken) | {p.amount.start for item in by_start.values() for p in item.parts}
    for part in readings:
        p = part.amount
        if p.value is None or p.start in held or p.start in by_start:
            continue
        sentence = sentences[part.sentence]
        here = [r for r in readings if r.sentence == part.sentence]
        if len([r for r in here if r.amount.currency == p.currency]) != 1:
            continue
        if not _REST_TO_COME.search(text, p.end, sentence.end):
            continue
        wholes = [r for r in readings
                  if part.sentence - REST_WHOLE_BACK <= r.sentence < part.sentence
                  and r.own_whole and r.amount.currency == p.currency
                  and r.amount.value is not None and r.amount.value > p.value
                  and not (r.barred or r.change)]  # fmt: skip
        if not wholes:
            continue
        whole = wholes[-1]
        linked = by_start.setdefault(whole.amount.start, make_linked(whole))
        if linked.parts:
            continue  # the whole is itemised already: "the rest" is of that list
        linked.parts.append(part)
        linked.cues.append(("rest_to_come", "the rest", sentence.start, sentence.start))
        linked_now.add(p.start)
    return linked_now
