"""Lists of parts: the items of a list a sentence announces ("The funding covers:",
"won two contracts:") and the sums members of a group state for themselves ("donors
pledged $1.39 billion" ... "Canada stumped up $73 million"), linked to the total they
itemise (``link_announced_lists``, ``link_members``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.explicit import _adding_up, _is_running, _move
from analysis.money.groups import counted_group_total, counts_other_wholes, not_a_member
from analysis.money.lines import fit_in, list_lines, rest_of_line
from analysis.money.rules import (
    ANNOUNCED_LIST,
    COLLECTIVE,
    GOES_ON,
    LIST_BULLET,
    MEMBER_VERBS,
    MORE_OF_THE_SAME,
    OF_REFERENCE_AFTER,
    PARTS_ANNOUNCED,
    REFERS_TO_WHOLE,
)

__all__ = ["link_announced_lists", "link_members"]

#: How far after a list's announcement its items may be, in sentences.
LIST_AHEAD = 12
#: A list announced as the breakdown of the sum before it: "The broad spending breakdown:",
#: "Broken down, the money goes:".
_BREAKDOWN = re.compile(r"\bbreak\s*-?\s*down\b|\bbroken\s+down\b", re.I)


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
        own = [r for r in readings if r.sentence == index and r.amount.value]
        if own:
            # "The $500m package includes:" then lines the colon-list rule cannot read
            # ("- Hospitals will get $200m."): the lines are the last sum's parts if they fit
            if sentence.text.rstrip().endswith(":"):
                _own_list(text, sentences, readings, by_start, make_linked, index, own[-1],
                          protected | linked_parts, linked_parts)  # fmt: skip
            continue
        if MORE_OF_THE_SAME.match(sentence.text):
            # "Other allocations include:": more parts of the total being itemised
            _more_items(text, sentences, readings, by_start, index, protected, linked_parts)
            continue
        earlier = [r for r in readings if 0 < index - r.sentence <= 3 and r.amount.value
                   and not r.change and not _is_running(text, sentences, r)]  # fmt: skip
        subset = None
        counted = _COUNTED.search(sentence.text)  # "four things:" must be four lines
        if earlier:
            total = max(earlier, key=lambda r: (r.amount.value, r.amount.start))
            items = _list_items(text, sentences, readings, index, total)
            on_lines = all(LIST_BULLET.match(sentences[r.sentence].text) for r in items)
            subset = _adding_up(total, items, lines=on_lines) if len(items) >= 2 else None
            refers = (REFERS_TO_WHOLE.search(sentence.text) or PARTS_ANNOUNCED.search(sentence.text)
                      or _BREAKDOWN.search(sentence.text))  # fmt: skip
            colon = re.search(r"(?::|\bas\s+follows\W*)\s*$", sentence.text, re.I)
            if not subset and refers and colon and not counted:
                # "The funds go to the following sectors:" names the whole: the lines right
                # after it are its parts, all or some ("including:"), as long as they fit
                lines = list_lines(text, sentences, readings, index, total)
                subset = lines if len(lines) >= 2 and fit_in(total, lines) else None
                if not subset and on_lines and len(items) >= 2 and fit_in(total, items):
                    subset = items  # bulleted items, each with sentences of its own after it
            if not subset and _counted_items(sentence.text, items, total):
                subset = None if counts_other_wholes(sentence.text, total) else items
        if not subset and (group := counted_group_total(sentence.text, sentences, readings, index)):
            # "For its part, Lockheed won two contracts:" after "10 contracts worth $X"
            total = group
            items = _list_items(text, sentences, readings, index, total)
            subset = items if _counted_items(sentence.text, items, total) else None
        if not subset or any(r.amount.start in protected for r in subset):
            continue
        cue = ("announced_list", sentence.text.strip()[-40:], sentence.start, sentence.end)
        _move(by_start, make_linked, total, subset, cue)
        linked_parts |= {r.amount.start for r in subset}
        for item in subset:
            linked_parts |= _item_parts(readings, by_start, make_linked, item, subset,
                                        protected | linked_parts)  # fmt: skip
    return linked_parts


def _item_parts(readings, by_start, make_linked, item, items, protected) -> set[int]:
    """Link the sums of the sentences that go on in a list item's own paragraph to the
    item: "— About $8bn for allies. More than $3bn would go toward ships, with an
    additional $2bn for ..." (the item's own breakdown), when together with the parts it
    has they fit inside it. Returns the starts of the sums linked."""
    a = item.amount
    others = {r.paragraph for r in items if r is not item}
    if item.paragraph in others:
        return set()  # the paragraph holds several items: no one item's breakdown
    later = [r for r in readings if r.paragraph == item.paragraph and r.sentence > item.sentence
             and r.amount.start not in protected]  # fmt: skip
    subs = [r for r in later if r.amount.value is not None and r.amount.currency == a.currency
            and r.amount.value < a.value and r.link is not None
            and not (r.barred or r.change or r.computed or r.own_whole)]  # fmt: skip
    if not subs or len(subs) < len(later):
        return set()  # a sum that is no part, or says not what it is for: no breakdown
    linked = by_start.get(a.start)
    given = (
        [p for p in linked.parts if p.amount.start not in {r.amount.start for r in subs}]
        if linked
        else []
    )
    if sum(r.amount.value for r in [*given, *subs]) > a.value * 1.001:
        return set()  # more than the item holds: not its breakdown
    first = subs[0]
    _move(
        by_start, make_linked, item, subs, ("list_item", "", first.amount.start, first.amount.start)
    )
    return {r.amount.start for r in subs}


#: An announcement that counts its items: "won two contracts:", "funds four programmes:".
_COUNTED = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]+)s\b[^.;:]*:\s*$",
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
    items = [r if r.link else replace(r, link=rest_of_line(text, sentences[r.sentence], r))
             for r in items]  # fmt: skip
    cue = ("more_items", sentences[index].text.strip(), sentences[index].start,
           sentences[index].end)  # fmt: skip
    starts = {r.amount.start for r in items}
    for other in by_start.values():
        other.parts = [p for p in other.parts if p.amount.start not in starts]
    linked.parts = sorted([*linked.parts, *items], key=lambda r: r.amount.start)
    linked.cues.append(cue)
    linked_parts |= {r.amount.start for r in items}


def _own_list(text, sentences, readings, by_start, make_linked, index, total, protected, out):
    """Link the lines after a sentence that states ``total`` and ends with a colon, when
    they fit in it and no other rule gave ``total`` its parts."""
    linked = by_start.get(total.amount.start)
    if linked and linked.parts:
        return
    lines = list_lines(text, sentences, readings, index, total)
    if len(lines) < 2 or not fit_in(total, lines):
        return
    if any(r.amount.start in protected for r in lines):
        return
    cue = ("announced_list", sentences[index].text.strip()[-40:], sentences[index].start,
           sentences[index].end)  # fmt: skip
    _move(by_start, make_linked, total, lines, cue)
    out |= {r.amount.start for r in lines}


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


#: Before a sum, a clause with a subject and no verb: ", and the regional bank", "while
#: Norland" (its verb is the one of the clause before).
_GAPPED = re.compile(
    r"^\W*(?:(?:each|apiece)\W+)?(?:and|while|with|plus|whereas)\s+(?:the\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?"
    r"[A-Za-z][\w'’.-]*\s*$"
)
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
        if any(linked.total.sentence == total.sentence and t.start in
               {p.amount.start for p in linked.parts} for linked in by_start.values()):  # fmt: skip
            continue  # "..., including Navy contracts worth $2.1bn": a member, not the group
        members = []
        last_paragraph = paragraphs[total.sentence]
        for r in readings:
            # past the window, a list of two members or more runs on while each next
            # paragraph (or sentence) adds one: a list of awards, one to a paragraph
            runs_on = len(members) >= 2 and paragraphs[r.sentence] - last_paragraph <= 1
            far = r.sentence - total.sentence > MEMBERS_SENTENCES
            if r.sentence <= total.sentence or (far and not runs_on):
                continue
            beyond = paragraphs[r.sentence] - paragraphs[total.sentence] > MEMBERS_PARAGRAPHS
            if beyond and not runs_on:
                break
            if r.amount.currency != t.currency or r.amount.value is None:
                continue
            if r.amount.value >= t.value:
                break  # a sum as large as the total: another whole
            own = _own_clause(sentences[r.sentence], r, readings)
            lead = _own_clause(sentences[r.sentence], r, readings, before_only=True)
            if r.change or r.barred or r.added or r.amount.start in protected | firm:
                continue
            if not_a_member(text, sentences[r.sentence], r.amount):
                continue  # "Last week, ... signed a £127m deal"; "the £330m tranche of the deal"
            told = (
                MEMBER_VERBS[family].search(own)
                or _told_before(sentences, paragraphs, readings, r, total, MEMBER_VERBS[family])
                # "A and B will each give $200m, and the bank $300m": the verb left out of
                # the second clause is the first one's (gapping)
                or (members and members[-1].sentence == r.sentence and _GAPPED.match(lead))
            )
            if not told or _LIST_VERB.search(lead):
                continue
            members.append(r)
            last_paragraph = paragraphs[r.sentence]
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


def _told_before(sentences, paragraphs, readings, r, total, verb) -> bool:
    """True when the sentence before ``r``'s, in its paragraph and after the total's, states
    no sum but tells the member's deal ("Mylan was awarded an extension ... The value of
    this option year is $62.6m"): the sum is that deal's value."""
    k = r.sentence - 1
    return (k > total.sentence and paragraphs[k] == paragraphs[r.sentence]
            and not any(q.sentence == k for q in readings)
            and bool(verb.search(sentences[k].text)))  # fmt: skip


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
