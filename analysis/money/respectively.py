"""Respective lists: "The army, navy and air force get $4bn, $3bn and $2bn respectively."

"Respectively" pairs a list of recipients with a list of sums: each sum is one recipient's
share, so the sums are sibling parts of one whole (``link_respective_lists``). The whole
is the one the sentence refers back to: "Of this, ...", "of the defence budget", "the
package" (the latest larger sum in the currency, up to ``RESPECTIVE_FAR`` sentences back),
or the sum stated in the sentence right before it when that one names a whole or a purpose
("$10bn for defence"). A sum of the same sentence stated beside the list ("The majority of
the budget, $8bn, went to the army, while the navy and air force received $3bn and $2bn,
respectively") is one more part.

Lists of periods are not recipients: "$5bn and $6bn in 2019 and 2020 respectively" are one
whole in two years, not two parts.

>>> from analysis.money.allocations import find_allocations
>>> t = ("The government set aside $10 billion for defence. The army, navy and air force "
...      "get $4 billion, $3 billion and $2 billion respectively.")
>>> [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(t)]
[(10000000000.0, [4000000000.0, 3000000000.0, 2000000000.0])]
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.explicit import _is_running, _move
from analysis.money.rules import LIST_SEP, WHOLE_FAMILIES, YEAR

__all__ = ["link_respective_lists"]

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: Words that point back at the whole: "Of this", "of the defence budget", "the package".
_WHOLE_WORDS = "|".join(sorted(map(re.escape, WHOLE_FAMILIES), key=len, reverse=True))
_REFERS_BACK = re.compile(
    r"^\W*(?:of|from|out\s+of)\s+(?:this|that|it|these|the\s+total)\b"
    rf"|\b(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_WHOLE_WORDS})s?\b",
    re.I,
)
#: How many sentences back a reference may reach for its whole; without one, the whole is
#: in the sentence right before.
RESPECTIVE_FAR = 8


def _listed_run(text, here, at: int) -> list:
    """The run of two or more sums joined by list separators that ends right before ``at``
    (the word "respectively")."""
    before = [r for r in here if r.amount.end <= at]
    if not before or not re.fullmatch(r"[\s,]*", text[before[-1].amount.end : at]):
        return []
    run = [before[-1]]
    for r in reversed(before[:-1]):
        if not LIST_SEP.fullmatch(text[r.amount.end : run[0].amount.start]):
            break
        run.insert(0, r)
    return run if len(run) >= 2 else []


#: The recipients before the sums: "the army, navy and air force get", "PAF and PN received".
_NAMES = re.compile(
    r"(?:^|,\s*(?:while|whereas)\s+|\b(?:while|whereas)\s+|^\W*(?:of|out\s+of)\s+(?:this|that|it)"
    r"\s*,\s*)(?P<names>[^,;:$€£¥₹\d]{1,60}?(?:,\s*[^,;:$€£¥₹\d]{1,40}?)*,?\s+and\s+"
    r"[^,;:$€£¥₹\d]{1,40}?)\s+(?:(?:will|would|have|has|had|were|was|are|is)\s+)*(?:be\s+)?"
    r"(?:get|gets|got|receive[sd]?|allocated|given|granted|awarded|spen[dt]s?)\b[^$€£¥₹\d]{0,20}$",
    re.I,
)


def _named_parts(text, sentence, run) -> list:
    """``run`` with each sum's recipient taken from the list of names before it, in order,
    when the names are as many as the sums; else ``run`` unchanged."""
    lead = text[sentence.start : run[0].amount.start]
    m = next(reversed(list(_NAMES.finditer(lead))), None)  # the names nearest the sums
    if m is None or m.end() != len(lead):
        return run
    names = [
        n
        for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))
        if n and not re.fullmatch(r"\W*(?:of|out\s+of)\s+(?:this|that|it)", n, re.I)
    ]
    if len(names) != len(run):
        return run
    named, at = [], sentence.start + m.start("names")
    for name, r in zip(names, run, strict=True):
        start = text.index(name, at)
        at = start + len(name)
        named.append(replace(r, link=(re.sub(r"^(?:the)\s+", "", name, flags=re.I), start, at)))
    return named


def link_respective_lists(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the sums of a "respectively" list (and a sum stated beside it in its sentence)
    to the whole the sentence refers back to. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        word = _RESPECTIVELY.search(sentence.text)
        if not word or len(YEAR.findall(sentence.text)) >= 2:  # a list of periods
            continue
        here = [r for r in readings if r.sentence == index and r.amount.value is not None
                and not (r.barred or r.change)]  # fmt: skip
        run = _listed_run(text, here, sentence.start + word.start())
        run = _named_parts(text, sentence, run) if run else run
        if not run or any(r.amount.start in protected for r in run):
            continue
        currency = run[0].amount.currency
        if any(r.amount.currency != currency for r in run):
            continue
        refers = _REFERS_BACK.search(text[sentence.start : run[0].amount.start])
        reach = RESPECTIVE_FAR if refers else 1
        need = sum(r.amount.value for r in run)
        totals = [r for r in readings if r.amount.end <= sentence.start and r.amount.value
                  and 0 < index - r.sentence <= reach and r.amount.currency == currency
                  and r.amount.value > need and not r.change
                  and not _is_running(text, sentences, r)
                  and (refers or r.family or r.link)]  # fmt: skip
        if not totals:
            continue
        total = totals[-1]
        listed = {r.amount.start for r in run}
        beside = [r for r in here if r.amount.start not in listed and r.amount.currency == currency
                  and r.amount.start not in protected]  # fmt: skip
        room = total.amount.value * 1.001 - need
        parts = [*beside, *run] if sum(r.amount.value for r in beside) <= room else run
        parts = sorted(parts, key=lambda r: r.amount.start)
        cue = ("respectively", word.group(0), sentence.start + word.start(),
               sentence.start + word.end())  # fmt: skip
        held = by_start.get(total.amount.start)
        mine = {r.amount.start for r in parts}
        if (
            held
            and held.parts
            and not mine & {p.amount.start for p in held.parts}
            and sum(p.amount.value for p in [*held.parts, *parts]) > total.amount.value * 1.001
        ):
            # the whole already split another way ("divided into categories: ..."): the
            # recipients' list is a second breakdown of it, kept beside the first
            second = make_linked(total)
            second.parts, second.cues = parts, [cue]
            for other in by_start.values():
                other.parts = [p for p in other.parts if p.amount.start not in mine]
            by_start[("respectively", total.amount.start)] = second
        else:
            _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {r.amount.start for r in parts}
    return linked_parts
