"""Openers: words at the start of a sentence or before a sum that make its sums parts of
a total named before: "Of Rs 500 crore, ...", "One is a £120m deal", "The first tranche of
$2bn", "Among them, ...", "Another £120m" after "£500m, of which £200m ..."
(``link_of_openers``, ``link_first_items``, ``link_tranches``, ``link_among_openers``,
``link_further_parts``).
"""

from __future__ import annotations

import re

from analysis.money.explicit import _is_running, _move
from analysis.money.rules import WHOLE_FAMILIES

__all__ = [
    "link_among_openers", "link_cumulative_tranches", "link_first_items", "link_further_parts",
    "link_of_openers", "link_tranches",
]  # fmt: skip

#: A sentence that opens with its total: "Of Rs 500 crore, ...", "“Out of $900m, ...", or
#: with a short noun phrase naming its whole: "Of the total health spending of $8bn, ...",
#: "Out of the overall grant of Rs 500 crore for 2019-20, ...".
_OF_OPENER = re.compile(
    r"^[\W]*(?:of|out\s+of)\s+(?:(?:the|a|its|their|this|that)\s+)?"
    r"(?:(?:total|overall|combined|entire|whole)\s+)?(?:[^\W\d][\w'’-]*\s+){0,4}?(?:of\s+)?$",
    re.I,
)
#: Between two parts: the second is a part of the first ("..., of which at least $4m ...").
_OF_WHICH = re.compile(r"\bof\s+which\b", re.I)


def link_of_openers(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link the sums of a sentence that opens with its total: "Of Rs 500 crore, Rs 300 crore
    was donated by state firms, of which at least Rs 40 crore came from salaries" (the
    sums after it are its parts; one after "of which" is a part of the part before it)."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if len(here) < 2:
            continue
        total = here[0]
        if not _OF_OPENER.match(text[sentence.start : total.amount.start]):
            continue
        if not re.match(r"[^$€£¥₹]{0,60}?,", text[total.amount.end : here[1].amount.start]):
            continue  # "Of $5bn, ...", "Of $5bn for 2021, ...": the comma closes the opening
        t = total.amount
        parts, nested = [], {}
        for r in here[1:]:
            if r.amount.currency != t.currency or r.barred or r.change:
                continue
            last = parts[-1] if parts else None
            if last and _OF_WHICH.search(text[last.amount.end : r.amount.start]):
                nested.setdefault(last.amount.start, (last, []))[1].append(r)
            elif r.amount.value < t.value:
                parts.append(r)
        if not parts or sum(p.amount.value for p in parts) > t.value * 1.02:
            continue
        if more := _same_verb_next(text, sentences, readings, index, parts, t):
            parts.append(more)  # "Of X, A was donated by ... . B has been donated by ..."
        cue = ("of_opener", text[sentence.start : t.start].strip(), sentence.start, t.start)
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {p.amount.start for p in parts}
        for whole, inner in nested.values():
            at = whole.amount.end
            _move(by_start, make_linked, whole, inner, ("of_reference", "of which", at, at))
            linked_parts |= {p.amount.start for p in inner}
    return linked_parts


#: The participle of a passive verb: "was donated", "have been allocated".
_PASSIVE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(\w+ed)\b", re.I)


def _same_verb_next(text, sentences, readings, index, parts, t):
    """The first sum of the sentence after an "Of X, A was donated by ..." sentence when
    its own verb is the same passive ("B have been donated by ...") and it fits beside the
    parts: the reader goes on with the split. None otherwise."""
    first = parts[0]
    verb = _PASSIVE.search(text[first.amount.end : sentences[index].end])
    after = [r for r in readings if r.sentence == index + 1 and r.amount.value is not None]
    if not verb or not after:
        return None
    nxt = after[0]
    own = text[
        nxt.amount.end : after[1].amount.start if len(after) > 1 else sentences[index + 1].end
    ]
    again = _PASSIVE.match(own.lstrip()) or _PASSIVE.search(own[:40])
    if not again or again.group(1).lower() != verb.group(1).lower():
        return None
    if nxt.amount.currency != t.currency or nxt.barred or nxt.change or nxt.added:
        return None
    if sum(p.amount.value for p in parts) + nxt.amount.value > t.value * 1.001:
        return None
    return nxt


#: Before a sum, words that make it the first of the items a total of several named:
#: "One is a £120m deal with ...", "The first was a $2bn contract for ...".
_FIRST_ITEM = re.compile(
    r"^\W*(?:one|the\s+first(?:\s+[\w-]+)?)\s+(?:is|was|being)\s+(?:a|an)\s+$", re.I
)
#: A sentence opening on one of several wholes by its place or size, with no noun or the
#: whole's own, then its value: "The first, for frigates, is worth", "One is worth", "The
#: second, worth", "The larger, costing about".
_ONE_OF_THEM = re.compile(
    r"^\W*(?:one|the\s+(?:first|second|third|fourth|other|latter|former|larger|smaller|bigger|"
    r"biggest|largest|smallest))(?:\s+(?:one|deal|contract|order|agreement|award|sale))?"
    r"(?:\s*,[^.;:$€£¥₹]{1,80}?,)?\s*,?\s*(?:(?:is|was|will\s+be|has\s+been)\s+)?"
    r"(?:worth|valued\s+at|priced\s+at|costs?|costing|at)\s+"
    r"(?:(?:about|some|nearly|around|roughly|over|more\s+than|up\s+to|an\s+estimated)\s+)?$",
    re.I,
)


def _several(reading) -> bool:
    """True when ``reading`` is the value of several wholes: "two deals worth", "contracts
    worth" (its whole word written in the plural)."""
    if reading.plural:
        return True
    word = re.match(r"[\w-]*", reading.whole_text).group(0).lower()
    return bool(reading.family) and word.endswith("s") and word[:-1] in WHOLE_FAMILIES


def link_first_items(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link "One is a £120m deal ..." to the latest total of several wholes before it ("two
    contracts worth more than £10bn"), within ``NEAR`` sentences."""
    linked_parts: set[int] = set()
    for part in readings:
        sentence = sentences[part.sentence]
        lead = text[sentence.start : part.amount.start]
        if part.amount.value is None or not (_FIRST_ITEM.match(lead) or _ONE_OF_THEM.match(lead)):
            continue
        totals = [r for r in readings if _several(r) and r.amount.end <= sentence.start
                  and 0 < part.sentence - r.sentence <= 3 and r.amount.value
                  and r.amount.currency == part.amount.currency
                  and r.amount.value > part.amount.value]  # fmt: skip
        if not totals:
            continue
        total = totals[-1]
        linked = by_start.get(total.amount.start) or make_linked(total)
        if part not in linked.parts:
            for other in by_start.values():
                other.parts = [p for p in other.parts if p.amount.start != part.amount.start]
            linked.parts = sorted([*linked.parts, part], key=lambda r: r.amount.start)
            linked.cues.append(("first_item", text[sentence.start : part.amount.start].strip(),
                                sentence.start, part.amount.start))  # fmt: skip
            by_start[total.amount.start] = linked
        linked_parts.add(part.amount.start)
    return linked_parts


#: A sum named as one instalment of a larger one: "The first tranche of $2bn", "the first
#: £330m tranche of the deal", "a second payment of €5m".
_TRANCHE_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:first|second|third|fourth|initial|final|last|next|immediate)\s+"
    # "the first loan instalment of", "the immediate disbursement of"
    r"(?:(?:(?:loan|aid|cash)\s+)?(?:tranche|instal(?:l)?ment|phase|payment|batch|disbursement)"
    r"\s*,?\s+(?:of\s+)?)?$",
    re.I,
)
_TRANCHE_AFTER = re.compile(
    r"\s+(?:tranche|instal(?:l)?ment|phase|payment|batch|disbursement)\b", re.I
)


def link_tranches(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link a sum named as one tranche of a larger sum to the latest larger sum before it,
    within three sentences: "ships worth $8bn. The first tranche of $2bn ..."."""
    linked_parts: set[int] = set()
    for part in readings:
        p = part.amount
        sentence = sentences[part.sentence]
        before = text[sentence.start : p.start]
        m = _TRANCHE_BEFORE.search(before)
        if p.value is None or not m:
            continue
        if not (m.group(0).rstrip().lower().endswith(("of", "tranche", "instalment", "installment",
                                                      "phase", "payment", "batch", "disbursement"))
                or _TRANCHE_AFTER.match(text, p.end)):  # fmt: skip
            continue
        totals = [
            r
            for r in readings
            if r.amount.end <= p.start
            and r.amount.value
            and 0 <= part.sentence - r.sentence <= 3
            and r.amount.currency == p.currency
            and r.amount.value > p.value
            and not r.change
            and not _TRANCHE_BEFORE.search(text[sentences[r.sentence].start : r.amount.start])
        ]  # fmt: skip  (one tranche is no part of another: "a first instalment of")
        if not totals:
            continue
        total = totals[-1]
        for other in by_start.values():  # one tranche of this sum is no part of another
            if other.total.amount.start != total.amount.start:
                other.parts = [q for q in other.parts if q.amount.start != p.start]
        linked = by_start.get(total.amount.start) or make_linked(total)
        for other in by_start.values():
            if other is not linked:  # a tranche is a piece of one sum only
                other.parts = [q for q in other.parts if q.amount.start != p.start]
        if part not in linked.parts:
            linked.parts = sorted([*linked.parts, part], key=lambda r: r.amount.start)
            linked.cues.append(("tranche", m.group(0).strip(), sentence.start + m.start(),
                                sentence.start + m.end()))  # fmt: skip
            by_start[total.amount.start] = linked
        linked_parts.add(p.start)
    return linked_parts


#: Before a sum, words making it what the instalments paid so far come to: "total loan
#: disbursements reached", "has so far disbursed", "payments to date stand at".
_PAID_SO_FAR = re.compile(
    r"\b(?:(?:total|cumulative|overall)\s+(?:[\w'’-]+\s+){0,2}?(?:disbursements?|payments?|"
    r"releases?)|(?:so\s+far|to\s+date)\b)[^.;$€£¥₹]{0,60}$",
    re.I,
)
#: An instalment named by its place, with no sum: "following the second tranche release".
_TRANCHE_NAMED = re.compile(
    r"\b(?P<order>first|second|third|fourth|fifth|latest|last)\s+(?:(?:loan|aid)\s+)?"
    r"(?:tranche|instal(?:l)?ment|disbursement|payment)\b",
    re.I,
)


def link_cumulative_tranches(text, sentences, readings, by_start) -> set[int]:
    """What the instalments paid so far come to ("total loan disbursements reached $1.44bn
    following the second tranche release") is a total of its own inside the loan: the
    instalment its sentence names by place ("the second tranche", stated with its sum
    before) is one of its parts, and each of its instalments is a part of the loan too
    ("the $6bn loan"), when the loan has no part of that value yet and they fit in it.
    A part here belongs to two totals, one inside the other. Returns the starts linked."""
    linked_parts: set[int] = set()
    for linked in list(by_start.values()):
        total = linked.total
        t = total.amount
        sentence = sentences[total.sentence]
        if t.value is None or not _PAID_SO_FAR.search(text[sentence.start : t.start]):
            continue
        for m in _TRANCHE_NAMED.finditer(sentence.text):
            named = _named_tranche(text, sentences, readings, total, m.group("order"))
            if named and not any(q.amount.value == named.amount.value for q in linked.parts):
                linked.parts = sorted([*linked.parts, named], key=lambda r: r.amount.start)
                at = sentence.start + m.start()
                linked.cues.append(("tranche", m.group(0), at, sentence.start + m.end()))
                linked_parts.add(named.amount.start)
        loan = _loan_of(readings, total)
        if loan is None or not linked.parts:
            continue
        whole = by_start.get(loan.amount.start)
        if whole is None:
            continue
        given = list(whole.parts)
        for q in linked.parts:
            if any(g.amount.value == q.amount.value for g in given):
                continue  # the loan has this instalment already (another mention of it)
            if sum(g.amount.value for g in given) + q.amount.value > loan.amount.value * 1.001:
                continue
            given.append(q)
            at = sentence.start
            whole.cues.append(("tranche", "", at, at))
            linked_parts.add(q.amount.start)
        whole.parts = sorted(given, key=lambda r: r.amount.start)
    return linked_parts


def _named_tranche(text, sentences, readings, total, order: str):
    """The sum stated before ``total`` as the ``order`` tranche ("$452.4m as the second
    tranche of the loan"): the latest such, in ``total``'s currency and smaller."""
    t = total.amount
    found = None
    for r in readings:
        a = r.amount
        if a.start >= t.start or a.value is None or a.currency != t.currency or a.value >= t.value:
            continue
        sentence = sentences[r.sentence]
        near = text[max(sentence.start, a.start - 40) : min(sentence.end, a.end + 40)]
        if any(m.group("order").lower() == order.lower() for m in _TRANCHE_NAMED.finditer(near)):
            found = r
    return found


def _loan_of(readings, total):
    """The whole the instalments are paid from: the latest sum before ``total`` that names a
    whole of its own (a loan, a facility, a package) and is larger; None when none is."""
    t = total.amount
    wholes = [r for r in readings if r.amount.end <= t.start and r.own_whole and r.family
              and r.amount.value and r.amount.currency == t.currency
              and r.amount.value > t.value]  # fmt: skip
    return wholes[-1] if wholes else None


#: A sentence that opens by pointing back at the whole just named: "Among them, ...",
#: "Among these, ...", "Of these, ..." (its sums are that whole's parts).
_AMONG_OPENER = re.compile(r"^\W*(?:among|of)\s+(?:them|these|those|which)\b", re.I)
#: How many sentences back "Among them" may reach for its whole.
AMONG_BACK = 2


def link_among_openers(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the sums of a sentence that opens with "Among them," / "Of these," to the
    largest sum of the nearest sentence before it (within ``AMONG_BACK``) that holds
    them all: "The charity raised $90m. Among them, $30m came from donors ..."."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        if not _AMONG_OPENER.match(sentence.text):
            continue
        here = [r for r in readings if r.sentence == index and r.amount.value is not None
                and not r.barred and not r.change and r.amount.start not in protected]  # fmt: skip
        if not here:
            continue
        for back in range(index - 1, max(-1, index - 1 - AMONG_BACK), -1):
            before = [r for r in readings if r.sentence == back and r.amount.value
                      and not r.change and not _is_running(text, sentences, r)]  # fmt: skip
            if before:
                break
        else:
            continue
        total = max(before, key=lambda r: r.amount.value)
        parts = [r for r in here if r.amount.currency == total.amount.currency
                 and r.amount.value < total.amount.value]  # fmt: skip
        if not parts or sum(r.amount.value for r in parts) > total.amount.value * 1.001:
            continue
        words = _AMONG_OPENER.match(sentence.text).group(0).strip()
        _move(by_start, make_linked, total, parts, ("among_opener", words, sentence.start,
                                                   sentence.start + len(words)))  # fmt: skip
        linked_parts |= {r.amount.start for r in parts}
    return linked_parts


#: Before a sum, words that add it to the parts of a breakdown already begun: "Another
#: £120m ...", "A further $5m ...", "The remaining €3m ...".
_FURTHER_PART = re.compile(
    r"^\W*(?:another|a\s+further|an\s+additional|the\s+remaining|the\s+rest,?\s+|the\s+other)"
    r"\s*$",
    re.I,
)
#: How many sentences after "X, of which Y" a further part may come.
FURTHER_AHEAD = 2


def link_further_parts(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Add to a total split by "of which" ("£500m, of which £200m went to housing") the sums
    of the next sentences that open as one more part of it ("Another £120m paid for
    barracks"), while they fit in what is left of the total."""
    linked_parts: set[int] = set()
    for first, second in zip(readings, readings[1:], strict=False):
        if first.sentence != second.sentence or first.amount.value is None:
            continue
        if not re.fullmatch(
            r"[^.;$€£¥₹]{0,30},\s*of\s+which\s*", text[first.amount.end : second.amount.start]
        ):
            continue
        t = first.amount
        linked = by_start.get(t.start)
        if not linked or second.amount.start not in {p.amount.start for p in linked.parts}:
            continue
        for r in readings:
            held = {p.amount.start for p in linked.parts}
            if not 0 < r.sentence - first.sentence <= FURTHER_AHEAD or r.amount.start in held:
                continue
            start = sentences[r.sentence].start
            if r.amount.value is None or r.amount.currency != t.currency or r.change:
                continue
            if r.amount.start in protected or not _FURTHER_PART.match(text[start : r.amount.start]):
                continue
            if sum(p.amount.value for p in linked.parts) + r.amount.value > t.value * 1.001:
                continue
            for other in by_start.values():
                other.parts = [p for p in other.parts if p.amount.start != r.amount.start]
            linked.parts = sorted([*linked.parts, r], key=lambda p: p.amount.start)
            linked.cues.append(("further_part", text[start : r.amount.start].strip(), start,
                                r.amount.start))  # fmt: skip
            linked_parts.add(r.amount.start)
    return linked_parts
