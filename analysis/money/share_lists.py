"""Share lists: more shares of a total than the first one, computed from it.

``analysis.money.links.computed_shares`` reads "60% of the fund will go to roads". A text
often goes on in the same sentence with the verb left out ("..., and 40% to schools",
"Half of the package is for housing, and a quarter for transport"), writes the share in
words ("Sixty percent of the fund goes to roads") or says what the share is for with "is
for" ("a third of it is for ..."). ``link_share_lists`` adds those shares as parts computed
from the same total (``computed``), with the share as written for their text.

>>> from analysis.money.allocations import find_allocations
>>> text = "The EU set up a €90 million fund. Sixty percent of the fund goes to roads."
>>> [(p.amount.text, p.amount.value, p.computed) for p in find_allocations(text)[0].parts]
[('Sixty percent', 54000000.0, True)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.amount import Amount, share_of
from analysis.money.links import Linked, Reading, index_by_total
from analysis.money.rules import FRACTIONS, WHOLE_FAMILIES

__all__ = ["link_share_lists"]

_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}  # fmt: skip
_TEENS = {"eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18}
_PERCENT_WORDS = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS) + r"))?|"
    + "|".join(_TEENS) + r")"
)  # fmt: skip
_FRACTION = r"half|a\s+third|two[\s-]thirds|a\s+quarter|three[\s-]quarters|a\s+fifth"
#: One share as written: "40%", "40 per cent", "Sixty percent", "a quarter".
_SHARE = (
    rf"(?P<share>(?P<digits>\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)|"
    rf"(?P<words>{_PERCENT_WORDS})\s+(?:percent|per\s+cent)|(?P<fraction>{_FRACTION}))"
)
_WHOLE = r"(?:" + "|".join(sorted(map(re.escape, WHOLE_FAMILIES), key=len, reverse=True)) + r")"
#: A share of a total opening its sentence, its verb, and the preposition of what it is
#: for: "Sixty percent of the fund goes to", "A third of it is for".
_SHARE_OF = re.compile(
    rf"^\W*{_SHARE}\s+of\s+(?:it|this|that|the\s+(?:total|money|sum|amount|"
    rf"(?:[\w-]+\s+){{0,2}}?{_WHOLE}(?:e?s)?))\s*,?\s+"
    rf"(?:(?:is|are|was|were|will|would|has|had|have|been|be)\s+){{0,2}}"
    rf"(?:(?:went|go(?:es)?|gone|going|allocated|earmarked|spent|used|directed|set\s+aside|"
    rf"meant|intended|reserved)\s+)?(?:to|for|on)\s+",
    re.I,
)
#: After a share and what it is for, the next share with its verb left out: ", and 40% to
#: schools", "and a quarter for transport", "while another 10% goes to".
_NEXT_SHARE = re.compile(
    rf"(?:\s*,\s*(?:(?:and|while|with|plus)\s+)?|\s+(?:and|while|with|plus)\s+)"
    rf"(?:another\s+|a\s+further\s+)?{_SHARE}\s+"
    rf"(?:(?:is|are|will\s+go|goes|went|will\s+be\s+(?:spent|used))\s+)?(?:to|for|on)\s+",
    re.I,
)
#: Where what a share is for ends: a comma or a conjunction before the next share.
_FOR_END = re.compile(r"(?:\s*,\s*(?:(?:and|while|with|plus)\s+)?|\s+(?:and|while|with|plus)\s+)"
                      r"(?:another\s+|a\s+further\s+)?"
                      rf"(?:\d|{_PERCENT_WORDS}|{_FRACTION})|[.;]", re.I)  # fmt: skip


#: A series of shares hanging on a sum of its own sentence: after a dash or a colon that
#: follows the sum ("The $80m has gone to relief – 69% for food, 20% for shelter"), or after
#: "Of the $80m," opening the sentence ("Of the $80m, 69% went to food and 31% to housing").
#: ``_SERIES_FIRST`` reads the first share; the next ones are ``_NEXT_SHARE``.
_SERIES_AFTER = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*|:\s+")
_COMMA = re.compile(r"\s*,\s*")
_SERIES_OF = re.compile(r"^\W*Of\s+(?:the|that|this|its|their)\s+$", re.I)
_SERIES_FIRST = re.compile(
    rf"{_SHARE}\s+(?:(?:is|are|was|were|will|would|has|had|have|been|be)\s+){{0,2}}"
    rf"(?:(?:went|go(?:es)?|gone|going|allocated|earmarked|spent|used|directed|set\s+aside)\s+)?"
    rf"(?:to|for|on)\s+",
    re.I,
)
#: A series is a breakdown only when its shares stay within the whole (to rounding).
_WHOLE_SHARE = 1.005


def _series_opener(text, sentence, readings) -> tuple | None:
    """The sum a share series in ``sentence`` hangs on and the match of its first share,
    or None (see ``_SERIES_FIRST``)."""
    inside = [r for r in readings if sentence.start <= r.amount.start < sentence.end
              and r.amount.value]  # fmt: skip
    for k, r in enumerate(inside):
        limit = inside[k + 1].amount.start if k + 1 < len(inside) else sentence.end
        if _SERIES_OF.match(text[sentence.start : r.amount.start]):
            comma = _COMMA.match(text, r.amount.end, limit)
            at = comma.end() if comma else None
        else:
            mark = _SERIES_AFTER.search(text, r.amount.end, limit)
            at = mark.end() if mark else None
        first = _SERIES_FIRST.match(text, at, limit) if at is not None else None
        if first:
            return r, first
    return None


def _share_series(text, sentence, index, readings, known, recipient_after) -> Linked | None:
    """The total and computed parts of a share series in ``sentence`` (``_series_opener``):
    two shares or more that stay within the whole; None otherwise."""
    opener = _series_opener(text, sentence, readings)
    if opener is None:
        return None
    total, m = opener
    if m.start("share") in known:
        return None
    found, stop_at = [m], m.end()
    while True:
        stop = _FOR_END.search(text, stop_at, sentence.end)
        nxt = _NEXT_SHARE.match(text, stop.start(), sentence.end) if stop else None
        if nxt is None:
            break
        found.append(nxt)
        stop_at = nxt.end()
    if len(found) < 2 or sum(_ratio(x) for x in found) > _WHOLE_SHARE:
        return None
    series = Linked(total)
    for x in found:
        link = _recipient(text, x.end(), sentence.end, recipient_after)
        series.parts.append(Reading(_part(total.amount, x, 0), index, total.paragraph, link,
                                    computed=True))  # fmt: skip
        series.cues.append(("share", x.group(0).strip(), x.start(), x.end()))
    return series


def _ratio(m: re.Match) -> float:
    """The share a match states, as a fraction of one."""
    if m.group("digits"):
        return float(m.group("digits")) / 100
    if m.group("words"):
        words = re.split(r"[\s-]", m.group("words").lower())
        return sum(_TENS.get(w, _UNITS.get(w, _TEENS.get(w, 0))) for w in words) / 100
    key = " ".join(m.group("fraction").lower().replace("-", " ").split())
    return FRACTIONS.get(key, FRACTIONS.get(key.replace(" ", "-"), 0.0))


def _part(total: Amount, m: re.Match, offset: int) -> Amount:
    """The part a share states, computed from the total (its bounds scaled with it)."""
    share = _ratio(m)
    start, end = offset + m.start("share"), offset + m.end("share")
    low, high = (share_of(b, share) for b in (total.low, total.high))
    return Amount(share_of(total.value, share), total.currency, total.qualifier, low, high,
                  m.group("share"), start, end)  # fmt: skip


def _recipient(text: str, start: int, limit: int, recipient_after) -> tuple | None:
    stop = _FOR_END.search(text, start, limit)
    return recipient_after(text, start, stop.start() if stop else limit)


def link_share_lists(text, sentences, linked: list[Linked], readings, recipient_after):
    """Add to ``linked`` the shares a sentence states of a total beyond those
    ``computed_shares`` read: a share in words or with "is for" opening the sentence (of
    the last sum within two sentences before it, as there), and the shares that follow a
    share with their verb left out. Returns the totals, in order of position."""
    by_start, second = index_by_total(linked)  # a second breakdown stays beside
    known = {p.amount.start for s in linked for p in s.parts if p.computed}
    for index, sentence in enumerate(sentences):
        series = _share_series(text, sentence, index, readings, known, recipient_after)
        if series is not None:
            owner = by_start.get(series.total.amount.start)
            if owner is None or not owner.parts:
                by_start[series.total.amount.start] = series
            else:
                second.append(series)  # a breakdown of another kind: by share
            known |= {p.amount.start for p in series.parts}
    for index, sentence in enumerate(sentences):
        owner, end = None, None
        first = _SHARE_OF.match(sentence.text)
        if first:
            start = sentence.start + first.start("share")
            owner = next((s for s in by_start.values() for p in s.parts if p.amount.start == start),
                         None)  # fmt: skip
            if owner is None:
                totals = [r for r in readings if r.amount.start < start and r.amount.value
                          and index - r.sentence <= 2]  # fmt: skip
                if not totals:
                    continue
                total = totals[-1]
                amount = _part(total.amount, first, sentence.start)
                link = _recipient(text, sentence.start + first.end(), sentence.end,
                                  recipient_after)  # fmt: skip
                owner = by_start.get(total.amount.start) or Linked(total)
                by_start[total.amount.start] = owner
                owner.parts.append(Reading(amount, index, total.paragraph, link, computed=True))
                owner.cues.append(("share", first.group(0).strip(), start,
                                   sentence.start + first.end()))  # fmt: skip
                known.add(start)
            end = sentence.start + first.end()
        else:
            # a share computed_shares read inside the sentence: the list may go on after it
            inside = range(sentence.start, sentence.end)
            shares = [(s, p) for s in by_start.values() for p in s.parts
                      if p.computed and p.amount.start in inside]  # fmt: skip
            if not shares:
                continue
            owner, part = shares[-1]
            end = part.link[1] if part.link else part.amount.end
        last = owner.parts[-1] if owner is not None else None
        while owner is not None:
            stop = _FOR_END.search(text, end, sentence.end)
            if stop is None:
                break
            m = _NEXT_SHARE.match(text, stop.start(), sentence.end)
            if not m:
                break
            if last is not None and last.link and last.link[2] > stop.start():
                # "30 per cent ... on salaries and 20 per cent on pensions": the first share
                # is for what comes before the second
                trimmed = recipient_after(text, last.link[1], stop.start())
                owner.parts[owner.parts.index(last)] = replace(last, link=trimmed)
            amount = _part(owner.total.amount, m, 0)
            if amount.start in known:
                break
            link = _recipient(text, m.end(), sentence.end, recipient_after)
            owner.parts.append(Reading(amount, index, owner.total.paragraph, link, computed=True))
            owner.cues.append(("share", m.group(0).strip(), m.start(), m.end()))
            known.add(amount.start)
            last = owner.parts[-1]
            end = link[2] if link else m.end()
    return sorted([*by_start.values(), *second], key=lambda s: s.total.amount.start)
