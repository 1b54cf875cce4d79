"""Explicit links: words that say outright which total a sum is a part of.

The linker in ``analysis.money.links`` weighs many signals; some words need no weighing,
because they name the whole a sum belongs to:

- "of that", "of the total", "of the funding", "of the nearly $6 billion" right after a
  sum: "$400 million of that came from ...", "over $191 million of the funding will go to
  Yemen, $199 million to South Sudan ..." (the list that goes on from it is part of the
  same whole); the whole is the sum named ("of the $6 billion"), else the latest larger
  sum before it in the same currency that is not a running total
  (``link_of_references``);
- a verb of composition a sentence or more away from its total: "The budget is composed
  of a $544.5bn base budget, $9.2bn for ... and $164bn for ...", "which consists of a
  $617bn base budget and $69bn for ...", "The budget is divided into two parts - revenue
  and capital" with the parts in the next sentence; the parts must add up to the total
  (exactly, or within the rounding of an approximate figure): the words say they are the
  whole (``link_compositions``);
- a running total in a later sentence: "The new funding brings the total to $1.8bn"
  names no sum of its own, and means the latest whole before it (``link_running_totals``).

Each link replaces what the weighed linker gave the same sums, and is recorded with its
signal ("of_reference", "composition", "running_total") as evidence.

>>> from analysis.money.allocations import find_allocations
>>> t = "The fund holds $2 billion. Some $400 million of that came from old programmes."
>>> [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(t)]
[(2000000000.0, [400000000.0])]
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.rules import (
    ANNOUNCED_LIST,
    COLLECTIVE,
    COMPOSITION,
    GOES_ON,
    LIST_BULLET,
    LIST_SEP,
    MEMBER_VERBS,
    MORE_OF_THE_SAME,
    OF_REFERENCE_AFTER,
    ON_TOP,
    RUNNING_TOTAL,
    WHOLE_FAMILIES,
)

__all__ = [
    "link_announced_lists", "link_compositions", "link_members", "link_of_references",
    "link_first_items", "link_increases", "link_of_openers", "link_running_totals",
    "link_totals_on_top", "link_tranches", "link_among_openers", "link_further_parts",
]  # fmt: skip

#: How many sentences back "of the total" / "of the funding" may reach for its whole.
OF_REFERENCE_SENTENCES = 12
#: How many sentences back a composition ("is composed of") may reach for its total, and
#: how many sentences after it may hold the parts when its own sentence holds none.
COMPOSITION_BACK = 8
COMPOSITION_AHEAD = 2


def _is_running(text, sentences, reading) -> bool:
    sentence = sentences[reading.sentence]
    return RUNNING_TOTAL.search(text[sentence.start : reading.amount.start]) is not None


def _move(by_start, make_linked, total, parts, cue) -> None:
    """Give ``parts`` to ``total``: take them from any other total, keep the total's
    other parts while they still fit beside them."""
    starts = {p.amount.start for p in parts}
    for linked in by_start.values():
        if linked.total.amount.start != total.amount.start:
            linked.parts = [p for p in linked.parts if p.amount.start not in starts]
    linked = by_start.get(total.amount.start) or make_linked(total)
    kept = [p for p in linked.parts if p.amount.start not in starts]
    room = total.amount.value - sum(p.amount.value for p in parts)
    if sum(p.amount.value for p in kept) > room * 1.001:
        kept = []  # the words name these parts; the weighed ones do not fit beside them
    linked.parts = sorted([*kept, *parts], key=lambda r: r.amount.start)
    linked.cues.append(cue)
    by_start[total.amount.start] = linked


def link_of_references(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link "$X of that", "$X of the total", "$X of the nearly $Y" (and the list going on
    after it) to the whole those words name. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for k, part in enumerate(readings):
        p = part.amount
        if p.value is None or p.start in linked_parts:
            continue
        m = OF_REFERENCE_AFTER.match(text, p.end)
        if not m:
            continue
        if part.link is None and (purpose := _PURPOSE_AFTER.match(text, m.end())):
            # "$191m of the funding will go to Yemen, $199m to South Sudan": its purpose
            start = purpose.start("phrase")
            part = replace(part, link=(purpose.group("phrase"), start, purpose.end("phrase")))
        run = [part, *_list_after(text, readings, k, p.currency, part)]
        total = _named_total(text, sentences, readings, part, run, m)
        if total is None:
            continue
        cue = ("of_reference", m.group(0).strip(), m.start(), m.end())
        _move(by_start, make_linked, total, run, cue)
        linked_parts |= {r.amount.start for r in run}
    return linked_parts


#: After "of the funding", what the sum is for: "will go to Yemen", "is for schools".
_PURPOSE_AFTER = re.compile(
    r"(?:\s+(?:for|to|in)\s+[^,;$€£¥₹]{1,40}?)?"  # "of the money for Ukraine": whose money
    r"\s+(?:(?:would|will|is|are|was|were|has|have|had|be|been|being)\s+){1,3}"
    r"(?:go(?:es)?|went|gone|going|allocated|earmarked|given|sent|directed|used|spent|"
    r"set\s+aside|dedicated|devoted|destined|provided)\s+(?:to|for|toward|towards|on)\s+"
    r"(?P<phrase>[^,;$€£¥₹]{2,80}?)"
    r"(?=\s*(?:[,;]|\.(?=\s+(?-i:[A-Z])|\s+[\"“‘]|\s*$)|$)|\s+and\s+(?:about\s+|almost\s+|nearly\s+|some\s+|over\s+)?"
    r"(?:US|A|C)?[$€£¥₹\d])",
    re.I,
)


def _list_after(text, readings, k, currency, first):
    """The sums that go on from ``first`` (``readings[k]`` with its purpose) in its sentence
    as one list: "..., $199 million to South Sudan, $121 million to Nigeria and almost $126
    million for Somalia"."""
    run, last = [], first
    for r in readings[k + 1 :]:
        if r.sentence != last.sentence or r.amount.currency != currency or r.link is None:
            break
        if r.own_whole or r.barred or r.added:
            break
        gap_start = max(last.amount.end, last.link[2] if last.link else last.amount.end)
        gap = text[gap_start : r.amount.start]
        if not LIST_SEP.fullmatch(gap) and not re.fullmatch(
            r"\s*,?\s*(?:and\s+)?(?:about|some|around|roughly|nearly|almost|over|"
            r"more\s+than|up\s+to|just\s+over|just\s+under)?\s*",
            gap,
            re.I,
        ):
            break
        run.append(r)
        last = r
    return run


def _named_total(text, sentences, readings, part, run, m):
    """The whole ``m`` (an ``OF_REFERENCE_AFTER`` match after ``part``) names."""
    p = part.amount
    need = sum(r.amount.value for r in run)
    if m.group("sum") is not None:
        at = m.start("sum")  # after "the nearly": the amount's text may hold "nearly"
        named = next((r for r in readings if m.start() < r.amount.start <= at < r.amount.end),
                     None)  # fmt: skip
        if named and named.amount.currency == p.currency and named.amount.value > need:
            return named
        return None
    reach = 1 if m.group("pronoun") else OF_REFERENCE_SENTENCES
    noun = (m.group("noun") or "").lower().split()
    family = WHOLE_FAMILIES.get(noun[-1].rstrip("s")) if noun else None
    family = family or (WHOLE_FAMILIES.get(noun[-1]) if noun else None)
    earlier = [
        r
        for r in readings
        if r.amount.end <= p.start
        and part.sentence - r.sentence <= reach
        and r.amount.currency == p.currency
        and r.amount.value is not None
        and r.amount.value > need
        and not _is_running(text, sentences, r)
    ]
    if family:
        of_family = [r for r in earlier if r.family == family]
        earlier = of_family or earlier
    return earlier[-1] if earlier else None


def link_compositions(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the parts a sentence says a whole is made of ("is composed of", "consists of",
    "is divided into") to the total stated before it, when they add up to it."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        m = COMPOSITION.search(sentence.text)
        if not m:
            continue
        cue_at = sentence.start + m.start()
        after = [r for r in readings if r.sentence == index and r.amount.start > cue_at
                 and r.amount.value is not None]  # fmt: skip
        if not after:
            after = [r for r in readings if index < r.sentence <= index + COMPOSITION_AHEAD
                     and r.amount.value is not None]  # fmt: skip
        after = [r for r in after if not r.barred]
        if len(after) < 2:
            continue
        before = [r for r in readings if r.amount.start < cue_at
                  and index - r.sentence <= COMPOSITION_BACK and r.amount.value is not None
                  and not _is_running(text, sentences, r)]  # fmt: skip
        found = None
        for total in reversed(before):
            pool = [r for r in after if r.amount.currency == total.amount.currency
                    and r.amount.value < total.amount.value]  # fmt: skip
            subset = _adding_up(total, pool)
            owners = {p.amount.start: t for t, linked in by_start.items() for p in linked.parts}
            if subset and any(owners.get(r.amount.start, total.amount.start)
                              != total.amount.start for r in subset
                              if r.amount.start in protected):  # fmt: skip
                continue  # a part its own sentence gave to another total stays there
            if subset:
                found = (total, subset)
                break
        if found is None:
            continue
        total, parts = found
        cue = ("composition", m.group(0).strip(), cue_at, sentence.start + m.end())
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {r.amount.start for r in parts}
    return linked_parts


def _adding_up(total, pool):
    """The first run of ``pool``'s sums, in order and from its first, or else the one set
    of them, that adds up to ``total`` (to a thousandth; 2% when a figure is approximate).
    One sum stated twice counts once."""
    from itertools import combinations

    t = total.amount
    seen, unique = set(), []
    for r in pool:
        if r.amount.value not in seen:
            seen.add(r.amount.value)
            unique.append(r)
    loose = t.qualifier != "exact" or any(r.amount.qualifier != "exact" for r in unique)
    tolerance = (0.02 if loose else 0.001) * t.value

    def adds(chosen):
        return abs(sum(r.amount.value for r in chosen) - t.value) <= tolerance

    for size in range(2, len(unique) + 1):
        if adds(unique[:size]):
            return unique[:size]
    found = [c for size in range(2, min(6, len(unique)) + 1)
             for c in combinations(unique, size) if adds(c)]  # fmt: skip
    return list(found[0]) if len(found) == 1 else None


def link_running_totals(text, sentences, readings, by_start, make_linked, taken) -> None:
    """Link a running total to the sum that brings it there: in its own sentence, the sum
    right before the words ("committing €2bn, bringing the total to €5.6bn"); in a later
    sentence that states no sum before them ("The new funding brings the total to $1.8bn"),
    the latest whole before it that is no part of another total."""
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for total in here:
            before = text[sentence.start : total.amount.start]
            m = RUNNING_TOTAL.search(before)
            if not m:
                continue
            existing = by_start.get(total.amount.start)
            if existing and existing.parts and existing.seed is not None:
                continue  # "$5bn for A and $3bn for B, bringing the total to $8bn"
            cue = sentence.start + m.start()
            t = total.amount
            ahead = [r for r in here if r.amount.end <= cue]
            if ahead:
                candidates = ahead[-1:]
            else:
                candidates = [
                    r
                    for r in readings
                    if r.amount.end <= sentence.start
                    and 0 < index - r.sentence <= 3
                    and r.amount.start not in taken
                    and not r.barred
                    and not _is_running(text, sentences, r)
                ]
                candidates = candidates[-1:]
            candidates = [r for r in candidates if r.amount.currency == t.currency
                          and r.amount.value is not None and r.amount.value < t.value]  # fmt: skip
            if not candidates:
                continue
            part = candidates[0]
            named = part.link or (part.whole_text or "(not stated)", part.amount.start,
                                  part.amount.end)  # fmt: skip
            linked = make_linked(total)
            linked.parts = [replace(part, link=named)]
            linked.cues = [("running_total", m.group("cue"), cue, cue + len(m.group("cue")))]
            by_start[t.start] = linked


#: How far after a list's announcement its items may be, in sentences.
LIST_AHEAD = 12


def link_announced_lists(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the items of a list a sentence announces ("The broad spending breakdown:",
    "The breakdown of the spending is as follows:") to the total before it, when the
    sentence names no sum of its own. Each item is the first sum of a sentence after it
    (of a bulleted line, when the list is bulleted); a sentence that goes on about the
    item before ("This includes ...", "Additionally, ...", "$4bn of that ...") is no new
    item. The items must add up to the total: the announcement says they are its parts."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        if not ANNOUNCED_LIST.search(sentence.text):
            continue
        if any(r.sentence == index for r in readings):
            continue  # a list after "$12bn as follows:" is read by the colon-list rule
        if MORE_OF_THE_SAME.match(sentence.text):
            # "Other allocations include:": more parts of the total being itemised
            _more_items(text, sentences, readings, by_start, index, protected, linked_parts)
            continue
        earlier = [r for r in readings if 0 < index - r.sentence <= 3 and r.amount.value
                   and not r.change and not _is_running(text, sentences, r)]  # fmt: skip
        if not earlier:
            continue
        total = max(earlier, key=lambda r: (r.amount.value, r.amount.start))
        items = _list_items(text, sentences, readings, index, total)
        subset = _adding_up(total, items) if len(items) >= 2 else None
        if not subset and _counted_items(sentence.text, items, total):
            subset = items
        if not subset or any(r.amount.start in protected for r in subset):
            continue
        cue = ("announced_list", sentence.text.strip()[-40:], sentence.start, sentence.end)
        _move(by_start, make_linked, total, subset, cue)
        linked_parts |= {r.amount.start for r in subset}
    return linked_parts


#: An announcement that counts its items: "won two contracts:", "funds four programmes:".
_COUNTED = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"[a-z-]+s\b[^.;:]*:\s*$",
    re.I,
)
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip


def _counted_items(words, items, total) -> bool:
    """True when the announcement counts as many items as follow it and they fit in the
    total: "The shipyard won two contracts:" then two bulleted sums."""
    m = _COUNTED.search(words)
    if not m or len(items) < 2:
        return False
    count = m.group("count").lower()
    n = int(count) if count.isdigit() else _COUNT_WORDS[count]
    return n == len(items) and sum(r.amount.value for r in items) <= total.amount.value * 1.001


#: How far back "Other allocations include:" may reach for the total being itemised.
MORE_BACK = 12


def _more_items(text, sentences, readings, by_start, index, protected, linked_parts) -> None:
    """Add the lines after "Other allocations include:" to the latest total itemised in
    the sentences before it, while they fit in what is left of it."""
    owners = [linked for linked in by_start.values() if linked.parts
              and 0 <= index - max(p.sentence for p in linked.parts) <= MORE_BACK
              and linked.total.sentence < index]  # fmt: skip
    if not owners:
        return
    linked = max(owners, key=lambda item: max(p.sentence for p in item.parts))
    t = linked.total.amount
    items = [r for r in _list_items(text, sentences, readings, index, linked.total, lines=True)
             if r.amount.start not in protected]  # fmt: skip
    given = sum(p.amount.value for p in linked.parts)
    if not items or given + sum(r.amount.value for r in items) > t.value * 1.001:
        return  # more parts than the total holds: not linked silently
    items = [r if r.link else replace(r, link=_rest_of_line(text, sentences[r.sentence], r))
             for r in items]  # fmt: skip
    cue = ("more_items", sentences[index].text.strip(), sentences[index].start,
           sentences[index].end)  # fmt: skip
    starts = {r.amount.start for r in items}
    for other in by_start.values():
        other.parts = [p for p in other.parts if p.amount.start not in starts]
    linked.parts = sorted([*linked.parts, *items], key=lambda r: r.amount.start)
    linked.cues.append(cue)
    linked_parts |= {r.amount.start for r in items}


def _rest_of_line(text, sentence, reading):
    """What a verbless line says its sum is for: "£11.4m Waste Management"."""
    rest = text[reading.amount.end : sentence.end]
    m = re.match(r"\s*(?P<phrase>[^\W\d][^(;:,]{1,80}?)\s*(?:[(;:,.]|$)", rest)
    if not m:
        return None
    start = reading.amount.end + m.start("phrase")
    return m.group("phrase"), start, start + len(m.group("phrase"))


def _list_items(text, sentences, readings, index, total, lines=False):
    """The first sums of the sentences after ``sentences[index]`` that may be items of a
    list of ``total``'s parts."""
    t = total.amount
    bulleted = None
    items = []
    for i in range(index + 1, min(len(sentences), index + 1 + LIST_AHEAD)):
        words = sentences[i].text
        here = [r for r in readings if r.sentence == i and r.amount.value is not None]
        if bulleted is None and here:
            bulleted = bool(LIST_BULLET.match(words))
        if not here or GOES_ON.match(words) or (bulleted and not LIST_BULLET.match(words)):
            if lines and items:
                break  # the list of lines ends with the first line that is no item
            continue
        if lines and not re.fullmatch(r"[\s\W]*", text[sentences[i].start : here[0].amount.start]):
            break  # "£11.4m Waste Management": a line that starts with its sum
        first = here[0]
        if OF_REFERENCE_AFTER.match(text, first.amount.end) or first.change or first.barred:
            continue
        if first.amount.currency == t.currency and first.amount.value < t.value:
            items.append(first)
    return items


#: How far after a group's total the members' own sums may be: sentences, paragraphs.
MEMBERS_SENTENCES = 8
MEMBERS_PARAGRAPHS = 3


def link_members(text, sentences, paragraphs, readings, by_start, make_linked, protected):
    """Link the sums members of a group state for themselves to the group's total: "donors
    pledged $1.39 billion" ... "the European Union pledged $674 million ... while Canada
    stumped up $73 million"; "India has inked deals worth at least Rs 200 billion" ... "the
    air force has concluded 43 contracts worth Rs 92 billion". The total's sentence names
    the group ("donors", "deals") and a verb of the family; each member's sentence uses a
    verb of the same family; the members' sums stay within the total (parts that would
    exceed it are not linked). Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    firm = _firmly_linked(sentences, by_start)
    for total in readings:
        t = total.amount
        if t.value is None or total.change or t.start in linked_parts:
            continue
        words = sentences[total.sentence].text
        group = COLLECTIVE.search(words)
        family = next((f for f, verb in MEMBER_VERBS.items()
                       if group and verb.search(words)), None)  # fmt: skip
        if family is None or (by_start.get(t.start) and by_start[t.start].parts):
            continue
        members = []
        for r in readings:
            if r.sentence <= total.sentence or r.sentence - total.sentence > MEMBERS_SENTENCES:
                continue
            if paragraphs[r.sentence] - paragraphs[total.sentence] > MEMBERS_PARAGRAPHS:
                break
            if r.amount.currency != t.currency or r.amount.value is None:
                continue
            if r.amount.value >= t.value:
                break  # a sum as large as the total: another whole
            own = _own_clause(sentences[r.sentence], r, readings)
            lead = _own_clause(sentences[r.sentence], r, readings, before_only=True)
            if r.change or r.barred or r.added or r.amount.start in protected | firm:
                continue
            if not MEMBER_VERBS[family].search(own) or _LIST_VERB.search(lead):
                continue
            members.append(r)
        if len(members) < 2 and not (members and total.amount.qualifier == "at_least"):
            continue
        ceiling = t.value * (1.02 if t.qualifier == "approx" else 1.001)
        if t.qualifier != "at_least" and sum(r.amount.value for r in members) > ceiling:
            continue  # parts that exceed the total are not linked silently
        cue = (
            "members",
            group.group(0),
            sentences[total.sentence].start,
            sentences[total.sentence].start,
        )
        _move(by_start, make_linked, total, members, cue)
        linked_parts |= {r.amount.start for r in members}
    return linked_parts


#: A sum after these words is a part of the whole just named ("The offer includes $300m"),
#: not a member's own sum.
_LIST_VERB = re.compile(
    r"\b(?:includ\w*|compris\w*|consist\w*|of\s+which|among\s+(?:them|which))\b", re.I
)


def _own_clause(sentence, reading, readings, before_only=False):
    """The words of ``sentence`` that speak of ``reading``'s sum: from the end of the sum
    before it (or the sentence start) to the start of the sum after it (``before_only``:
    to the sum itself)."""
    here = [r.amount for r in readings if r.sentence == reading.sentence]
    low = max([a.end for a in here if a.end <= reading.amount.start], default=sentence.start)
    high = min([a.start for a in here if a.start >= reading.amount.end], default=sentence.end)
    if before_only:
        high = reading.amount.start
    return sentence.text[low - sentence.start : high - sentence.start]


#: Signals that name a part's whole outright ("The offer includes", "It provides", "of which").
_FIRM = frozenset({"noun_reference", "pronoun_reference", "open_cue", "of_reference",
                   "composition", "announced_list"})  # fmt: skip


def _firmly_linked(sentences, by_start) -> set[int]:
    """The starts of the parts some words in their own sentence tie to their total: "The
    U.S. offer ... includes $300 million in cash" (a member's sum split again stays so)."""
    firm = set()
    for linked in by_start.values():
        for p in linked.parts:
            sentence = sentences[p.sentence]
            if any(c[0] in _FIRM and sentence.start <= c[2] < sentence.end for c in linked.cues):
                firm.add(p.amount.start)
    return firm


def link_totals_on_top(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link "a total of" a sum to the parts it adds up: "£29m for culture. This on top of
    the £4m previously allocated means that a total of £33m is going to the sector": the
    sum named after "on top of" (or "in addition to", "with") and the latest sum before
    that sentence, when the two add up to the total exactly."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for total in here:
            if total.family != "total" or (by_start.get(total.amount.start)
                                           and by_start[total.amount.start].parts):  # fmt: skip
                continue
            t = total.amount
            added = [r for r in here if r.amount.end <= t.start and r.outside_of is None
                     and r.barred and ON_TOP.search(r.barred)]  # fmt: skip
            before = [r for r in readings if 0 < index - r.sentence <= 2
                      and r.amount.currency == t.currency and r.amount.value is not None
                      and not r.barred and not r.change]  # fmt: skip
            if len(added) != 1 or not before:
                continue
            parts = [before[-1], added[0]]
            if parts[0].amount.currency != t.currency or added[0].amount.currency != t.currency:
                continue
            if abs(sum(r.amount.value for r in parts) - t.value) > 0.001 * t.value:
                continue
            for r in parts:  # "That (the £29m) ... a total of £33m": the £33m is no part of it
                if r.amount.start in by_start:
                    own = by_start[r.amount.start]
                    own.parts = [p for p in own.parts if p.amount.start != t.start]
            # the parts stay where else they are: "£29m for culture" is also one of the
            # day's allocations; the £33m only adds it up with an earlier sum
            linked = make_linked(total)
            linked.parts = parts
            linked.cues = [("on_top", total.whole_text, sentence.start, sentence.start)]
            by_start[t.start] = linked
            linked_parts |= {r.amount.start for r in parts}
    return linked_parts


#: Between the two sums of a change: "from $350 million to $950 million".
_FROM_TO = re.compile(r"\s+to\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
#: Before a sum: the increase that takes the old sum to the new one.
_INCREASE_BEFORE = re.compile(
    r"\b(?:(?:the|an|this)\s+)?(?:additional|extra|further|new|increase\s+of|added)\s+$", re.I
)


def link_increases(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link the new sum of a change to the old sum and the increase the text names: "will
    increase its contribution from $350 million to $950 million ... The additional $600
    million ..." makes the $950m the $350m and the $600m (when they add up)."""
    linked_parts: set[int] = set()
    for k, old in enumerate(readings[:-1]):
        new = readings[k + 1]
        if new.sentence != old.sentence or new.amount.currency != old.amount.currency:
            continue
        between = text[old.amount.end : new.amount.start]
        lead = text[max(0, old.amount.start - 10) : old.amount.start]
        from_to = _FROM_TO.fullmatch(between) and _FROM_BEFORE.search(lead)
        # or the new sum a sentence states after the old one: "A £36m fee was agreed but
        # United may have to spend £60m" ... "fork out an extra £24m"
        if not from_to and not (new.family == "" and old.family and not new.barred):
            continue
        o, n = old.amount, new.amount
        if o.value is None or n.value is None or not o.value < n.value:
            continue
        added = [r for r in readings if 0 <= r.sentence - new.sentence <= 3 and r is not new
                 and r.amount.start > n.end and r.amount.currency == n.currency
                 and _INCREASE_BEFORE.search(text[sentences[r.sentence].start : r.amount.start])
                 and r.amount.value is not None
                 and abs(o.value + r.amount.value - n.value) <= 0.001 * n.value]  # fmt: skip
        if not added or (by_start.get(n.start) and by_start[n.start].parts):
            continue
        linked = make_linked(new)
        more = added[0]
        linked.parts = [
            replace(old, link=old.link or ("the earlier sum", o.start, o.end)),
            replace(more, link=more.link or ("the increase", more.amount.start, more.amount.end)),
        ]
        linked.cues = [("increase", text[old.amount.start - 5 : n.end], o.start, n.end)]
        by_start[n.start] = linked
        linked_parts |= {old.amount.start, added[0].amount.start}
    return linked_parts


#: A sentence that opens with its total: "Of Rs 500 crore, ...", "“Out of $900m, ...".
_OF_OPENER = re.compile(r"^[\W]*(?:of|out\s+of)\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
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
        if not re.match(r"[^$€£¥₹\d]{0,60},", text[total.amount.end : here[1].amount.start]):
            continue  # "Of $5bn, ...": the comma closes the opening phrase
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
        cue = ("of_opener", text[sentence.start : t.start].strip(), sentence.start, t.start)
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {p.amount.start for p in parts}
        for whole, inner in nested.values():
            at = whole.amount.end
            _move(by_start, make_linked, whole, inner, ("of_reference", "of which", at, at))
            linked_parts |= {p.amount.start for p in inner}
    return linked_parts


#: Before a sum, words that make it the first of the items a total of several named:
#: "One is a £120m deal with ...", "The first was a $2bn contract for ...".
_FIRST_ITEM = re.compile(
    r"^\W*(?:one|the\s+first(?:\s+[\w-]+)?)\s+(?:is|was|being)\s+(?:a|an)\s+$", re.I
)


def link_first_items(text, sentences, readings, by_start, make_linked) -> set[int]:
    """Link "One is a £120m deal ..." to the latest total of several wholes before it ("two
    contracts worth more than £10bn"), within ``NEAR`` sentences."""
    linked_parts: set[int] = set()
    for part in readings:
        sentence = sentences[part.sentence]
        if part.amount.value is None or not _FIRST_ITEM.match(
            text[sentence.start : part.amount.start]
        ):
            continue
        totals = [r for r in readings if r.plural and r.amount.end <= sentence.start
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
    r"\b(?:the|a|an)\s+(?:first|second|third|fourth|initial|final|last|next)\s+"
    r"(?:(?:tranche|instal(?:l)?ment|phase|payment|batch)\s+(?:of\s+)?)?$",
    re.I,
)
_TRANCHE_AFTER = re.compile(r"\s+(?:tranche|instal(?:l)?ment|phase|payment|batch)\b", re.I)


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
                                                      "phase", "payment", "batch"))
                or _TRANCHE_AFTER.match(text, p.end)):  # fmt: skip
            continue
        totals = [r for r in readings if r.amount.end <= p.start and r.amount.value
                  and 0 <= part.sentence - r.sentence <= 3 and r.amount.currency == p.currency
                  and r.amount.value > p.value and not r.change]  # fmt: skip
        if not totals:
            continue
        total = totals[-1]
        linked = by_start.get(total.amount.start) or make_linked(total)
        if part not in linked.parts:
            linked.parts = sorted([*linked.parts, part], key=lambda r: r.amount.start)
            linked.cues.append(("tranche", m.group(0).strip(), sentence.start + m.start(),
                                sentence.start + m.end()))  # fmt: skip
            by_start[total.amount.start] = linked
        linked_parts.add(p.start)
    return linked_parts


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
