"""Relative clauses that split the sum before them: "The total allocation is Rs 500 crore,
wherein revenue is Rs 300 crore and capital is Rs 200 crore"; "a $9bn budget, of which
$5bn is for roads and $4bn for rail"; "... comes to €70m in which wages took €50m and rent
€20m".

A careful reader takes the sums of the clause as the parts of the sum the clause hangs on:
"wherein", "in which", "of which", "out of which" refer back to it. The words name the
whole, and the arithmetic confirms it: the clause's sums add up to the total
(``link_relative_splits``). Without the exact sum the clause may be about something else
("a $9bn budget, in which the army's $5bn rose by $1bn"), so nothing is linked; a clause
whose verb holds a list it calls incomplete ("which covers items such as ...") needs only
that its sums fit.

Two more shapes of a part told right beside its total: a fact-box item that goes on with a
sentence opening "Includes" and no subject ("— Ports: $500m. Includes $200m for cranes")
gives that item its breakdown (``link_subjectless_includes``); a sum, a few words and a
colon, then items parted by semicolons in the same sentence ("$60bn for the ports,
specifically: $23bn to ...; $14bn for ...; and $8bn in ...") gives the sum its items when
they fit in it (``link_colon_items``).

And three shapes of a part told apart from its total: a pair told in turn ("a pair of
contract wins, the smaller of which was $32m ..." then "As for the larger award ... $490m")
whose two sums add up exactly to the sum just before it (``link_pair_items``); a sum
restated as a share of a whole ("$522m, or roughly 30% of the money on offer") that is that
share of an earlier total (``link_restated_shares``); a sum "out of the navy's share" after
"the navy's share is $X" (``link_owned_sources``).
"""

from __future__ import annotations

import re

from analysis.money.explicit import _adding_up, _move

__all__ = [
    "link_colon_items",
    "link_owned_sources",
    "link_pair_items",
    "link_relative_splits",
    "link_subjectless_includes",
]

#: Between a sum and the first sum of its clause: a relative word that refers back to it,
#: "wherein", "where in", "in which", "of which", "out of which", and a few words more.
_RELATIVE = re.compile(
    r"\A[^.;:$€£₹]{0,30}?\b(?:where\s*in|whereof|(?:out\s+)?of\s+which|in\s+which)\b"
    r"[^.;:]{0,80}\Z",
    re.I,
)


#: Between a sum and the first sum of its clause: a relative clause whose verb says the sum
#: holds what follows, and that the list names only some of it: "Shs21tn for statutory
#: spending, which covers items such as debt service of Shs18tn, ... among others".
_HOLDING_RELATIVE = re.compile(
    r"\A[^.;:$€£₹]{0,50}?,\s*which\s+(?:(?:also|mainly|largely)\s+)?(?:includ|cover|compris|"
    r"consist\w*\s+of|contain)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:such\s+as|including|like)\b[^.;:]{0,80}\Z",
    re.I,
)


def link_relative_splits(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the sums of a relative clause ("wherein A is $X and B is $Y") to the sum the
    clause hangs on, when they add up to it; or, when the clause says it names only some of
    the sum's items ("which covers items such as A of $X, B of $Y"), when they fit in it.
    Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index in range(len(sentences)):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for k, total in enumerate(here[:-1]):
            t = total.amount
            if total.change or total.barred or t.start in linked_parts:
                continue
            gap = text[t.end : here[k + 1].amount.start]
            some = _HOLDING_RELATIVE.match(gap)
            if not (some or _RELATIVE.match(gap)):
                continue
            pool = []
            for r in here[k + 1 :]:
                if r.amount.currency != t.currency or r.amount.value >= t.value or r.change:
                    break
                pool.append(r)
            if some:
                subset = pool if pool and sum(r.amount.value for r in pool) <= t.value else None
            else:
                subset = _adding_up(total, pool) if len(pool) >= 2 else None
            if not subset or subset[0] is not pool[0]:
                continue
            if any(r.amount.start in protected for r in subset):
                continue
            gap = text[t.end : subset[0].amount.start]
            relative = r"\bwhich\b" if some else r"\b(?:where\s*in|whereof|of\s+which|in\s+which)\b"
            m = re.search(relative, gap, re.I)
            start = t.end + m.start()
            _move(by_start, make_linked, total, subset, ("relative_clause", m.group(0), start,
                                                          start + len(m.group(0))))  # fmt: skip
            linked_parts |= {r.amount.start for r in subset}
    return linked_parts


#: A sentence that opens with "Includes" and no subject: it goes on about the sum just
#: stated, as the lines of a fact box do ("— Health care: $150m. Includes $90m for ...").
_SUBJECTLESS_INCLUDES = re.compile(r"[\W_]*(?:also\s+)?includes\b", re.I)


def link_subjectless_includes(text, sentences, readings, by_start, make_linked, protected):
    """Link the sums of a sentence that opens with "Includes" (no subject) to the last sum
    of the sentence before it in the same paragraph: "— Ports: $500m. Includes $200m for
    cranes, $50m for dredging." The item's own breakdown, when the sums fit in it. Returns
    the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index in range(1, len(sentences)):
        m = _SUBJECTLESS_INCLUDES.match(sentences[index].text)
        if not m:
            continue
        before = [r for r in readings if r.sentence == index - 1 and r.amount.value is not None]
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if not before or not here or before[-1].paragraph != here[0].paragraph:
            continue
        total = before[-1]
        t = total.amount
        if total.change or total.barred:
            continue
        parts = [r for r in here if not (r.change or r.barred or r.added)]
        if len(parts) < len(here) or any(r.amount.start in protected for r in parts):
            continue
        if any(r.amount.currency != t.currency or r.amount.value >= t.value for r in parts):
            continue
        if sum(r.amount.value for r in parts) > t.value * 1.001:
            continue  # more than the item holds: not its breakdown
        start = sentences[index].start + m.start()
        cue = ("subjectless_includes", m.group(0).strip(), start, start + len(m.group(0)))
        _move(by_start, make_linked, total, parts, cue)
        linked_parts |= {r.amount.start for r in parts}
    return linked_parts


#: Between a sum and the colon that opens its list, in the same sentence: a few words
#: and no other clause ("$60bn for the ports, specifically:", "$9bn as follows:").
_COLON_AFTER = re.compile(r"[^.;:!?]{0,100}?:", re.I)
#: How many words may stand between a sum and the colon of its list.
COLON_WORDS = 12


def link_colon_items(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the items of a list that follows a sum and a colon inside one sentence, the
    items parted by semicolons: "$60bn for the ports, specifically: $23bn to dredge ...;
    $14bn for cranes ...; and $8bn in wages." Each item's first sum is a part; the items
    must be two or more, all of them with a sum in the total's currency, and fit in the
    total. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        for k, total in enumerate(here[:-2]):
            t = total.amount
            m = _COLON_AFTER.match(text, t.end, here[k + 1].amount.start)
            if not m or len(text[t.end : m.end()].split()) > COLON_WORDS:
                continue
            if total.change or total.barred or t.start in linked_parts:
                continue
            segments = text[m.end() : sentence.end].split(";")
            items, offset = [], m.end()
            for segment in segments:
                inside = [r for r in here
                          if offset <= r.amount.start < offset + len(segment)]  # fmt: skip
                offset += len(segment) + 1
                if not inside:
                    items = []
                    break
                items.append(inside[0])
            linked = by_start.get(t.start)
            own = {p.amount.start for p in linked.parts} if linked else set()
            if len(items) < 2 or any(r.amount.start in protected - own for r in items):
                continue  # (its first item may be linked in the sentence already)
            if any(r.amount.currency != t.currency or r.amount.value >= t.value
                   or r.change or r.barred for r in items):  # fmt: skip
                continue
            if t.qualifier != "at_least" and sum(r.amount.value for r in items) > t.value * 1.001:
                continue  # more than the total holds: not linked silently
            start = m.end() - 1
            _move(by_start, make_linked, total, items, ("colon_items", ":", start, start + 1))
            linked_parts |= {r.amount.start for r in items}
    return linked_parts


#: The first of a pair named by comparison or order: "two orders, the smaller of which
#: was $30m", "the first of which is worth".
_PAIR_FIRST = re.compile(
    r"\bthe\s+(?P<which>smaller|larger|bigger|lesser|first)\s+(?:one\s+)?of\s+(?:which|them|the\s+two)\b",
    re.I,
)
#: The other of the pair, later: "As for the larger award", "The bigger contract".
_PAIR_OTHER = {
    "smaller": r"larger|bigger|other",
    "lesser": r"larger|bigger|greater|other",
    "larger": r"smaller|lesser|other",
    "bigger": r"smaller|lesser|other",
    "first": r"second|other",
}
#: How many sentences after the first item the other may be named, and how many after
#: that its sum may come ("As for the larger award ... For this, it will receive $490m").
PAIR_AHEAD = 3
PAIR_SUM_AHEAD = 2


def link_pair_items(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the two sums of a pair the text tells in turn ("a pair of contract wins, the
    smaller of which was $32m ..." then "As for the larger award ... $490m") to the sum
    before them that they add up to exactly, stated in the first item's sentence or the
    sentence before it. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        m = _PAIR_FIRST.search(sentence.text)
        if not m:
            continue
        at = sentence.start + m.end()
        first = next((r for r in readings if r.sentence == index and r.amount.start >= at
                      and r.amount.value is not None), None)  # fmt: skip
        if first is None:
            continue
        other_words = re.compile(rf"\bthe\s+(?:{_PAIR_OTHER[m.group('which').lower()]})\b", re.I)
        second = None
        for i in range(index + 1, min(len(sentences), index + 1 + PAIR_AHEAD)):
            if not other_words.search(sentences[i].text):
                continue
            second = next((r for r in readings if i <= r.sentence <= i + PAIR_SUM_AHEAD
                           and r.amount.value is not None), None)  # fmt: skip
            break
        if second is None or second.amount.currency != first.amount.currency:
            continue
        pair = [first, second]
        if any(r.change for r in pair):
            continue  # (a word like "previously" near a sum does not part it from the pair
            # the exact sum confirms: "$32m placed against a previously issued order")
        totals = [r for r in readings if index - 1 <= r.sentence <= index
                  and r.amount.end <= at and r.amount.value is not None
                  and r.amount.currency == first.amount.currency and not r.change
                  and _adding_up(r, pair)]  # fmt: skip
        if len(totals) != 1:
            continue
        linked = by_start.get(totals[0].amount.start)
        own = {p.amount.start for p in linked.parts} if linked else set()
        if any(r.amount.start in protected - own for r in pair):
            continue  # one of them already linked elsewhere by words
        cue = ("pair_items", m.group(0), sentence.start + m.start(), at)
        _move(by_start, make_linked, totals[0], pair, cue)
        linked_parts |= {r.amount.start for r in pair}
    return linked_parts


#: Right after a sum, its share of a whole named again as a percentage: ", or roughly 30% of
#: the monies on offer", ", which is 12 per cent of the total".
_SHARE_RESTATED = re.compile(
    r"\s*[,(]?\s*(?:or|which\s+is|that\s+is|i\.e\.)\s+(?P<about>(?:about|around|roughly|some|nearly|"
    r"almost|over|more\s+than|just\s+(?:over|under))\s+)?(?P<pct>\d{1,2}(?:\.\d+)?)\s*"
    r"(?:%|per\s*cent|percent)\s+of\s+(?:the|all|its)\b",
    re.I,
)
#: How many sentences before the sum its total may be.
SHARE_BACK = 2


def link_restated_shares(text, sentences, readings, by_start, make_linked, protected):
    """Link a sum the text restates as a share of a whole ("$522m, or roughly 30% of the
    money on offer") to the earlier total of which it is that share: within
    ``SHARE_BACK`` sentences before it, in its currency, and the percentage right to the
    point it is written to (half a unit either way, a unit and a half when "about").
    Returns the starts of the parts linked."""

    def share_of(part, m, total) -> bool:
        slack = 1.5 if m.group("about") else 0.5  # "30%": 29.5 to 30.5; "about 30%": wider
        return abs(100 * part.amount.value / total.amount.value - float(m.group("pct"))) <= slack

    return _one_part_each(text, readings, by_start, make_linked, protected,
                          (_SHARE_RESTATED, "restated_share", SHARE_BACK), share_of)  # fmt: skip


def _one_part_each(text, readings, by_start, make_linked, protected, rule, fits) -> set[int]:
    """Link each sum that ``rule``'s pattern follows to the one earlier total, within its
    number of sentences back, in its currency and larger, that ``fits(part, match, total)``
    accepts. ``rule`` is (pattern, signal, sentences back). Returns the starts linked."""
    pattern, signal, back = rule
    linked_parts: set[int] = set()
    for part in readings:
        p = part.amount
        if p.value is None or p.start in protected or part.change:
            continue
        m = pattern.match(text, p.end)
        if not m:
            continue
        totals = [r for r in readings if 0 <= part.sentence - r.sentence <= back
                  and r.amount.end <= p.start and r.amount.value and not r.change
                  and r.amount.currency == p.currency and r.amount.value > p.value
                  and fits(part, m, r)]  # fmt: skip
        if len(totals) != 1:
            continue
        cue = (signal, m.group(0).strip(" ,("), m.start(), m.end())
        _move(by_start, make_linked, totals[0], [part], cue)
        linked_parts.add(p.start)
    return linked_parts


#: Right after a sum, the sum it comes out of named by its owner and noun: "out of the
#: navy's share", "of the ministry's allocation".
_OUT_OF_OWNED = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+)?(?P<owned>\w[\w.&-]*(?:'s|’s)\s+"
    r"(?:share|allocation|portion|grant|budget|outlay|quota))\b",
)


def link_owned_sources(text, sentences, readings, by_start, make_linked, protected):
    """Link a sum the text says comes "out of the navy's share" to the sum stated earlier
    as "the navy's share" (in the same sentence or the one before it), when it is smaller.
    Returns the starts of the parts linked."""

    def named_so(part, m, whole) -> bool:
        owned = re.sub(r"['’]", "['’]", re.escape(m.group("owned")))
        named = re.compile(rf"{owned}\s+(?:is|was|stands\s+at|of|at|came\s+to|comes\s+to)\s+$")
        return named.search(text[max(0, whole.amount.start - 80) : whole.amount.start]) is not None

    return _one_part_each(text, readings, by_start, make_linked, protected,
                          (_OUT_OF_OWNED, "owned_source", 1), named_so)  # fmt: skip
