"""Summing runs: the sums that follow a total, one after another, and add up to it.

"Today the regions get a further $135 million." ... three paragraphs of quotes ... "The
$100 million I announced today for recovery ...", "The $30 million for connectivity ...",
"we are spending $5 million to train leaders". No sentence says "the package includes";
a careful reader still sees the three sums as the $135 million's parts: they are the very
next sums in its currency, each says what it is for, and together they make it up to the
last written digit. ``link_summing_runs`` reads that evidence together:

- the total names a whole ("a funding injection", "an aid package"), an earlier statement
  of the same sum did (the headline's "$8bn aid package" restated as "estimated at $8bn"),
  or the text refers back to it before the parts begin ("The funds will be used ...");
- the parts are a *run*: every sum in its currency after the total, in order, up to the
  last part, in the stretch of ``RUN_PARAGRAPHS`` paragraphs still about it. Sums that
  cannot be parts are stepped over, not counted: a restatement of the total, a running
  total or a sum of another period ("since May", "last year"), a change ("up $2bn"), an
  open-ended sum ("more than $113 million" already spent) and, in one reading, the sums a
  part itself is split into ("$2.7bn ... Of that sum, $263m ..."). A sum as large as the
  total, or the value of a whole of its own ("a second $2bn package"), ends the stretch:
  another whole begins;
- the run adds up to the total to its written precision ("$4.4 billion" is rounded to a
  tenth of a billion; "nearly €80 million" within 2%): a run that overshoots is no split;
- at least ``RUN_NAMED_SHARE`` of the parts say what they are for (or name a whole).

A sum the words gave to the whole that the total is itself a part of ("$10bn budget. Of
this, $6bn is for the armed forces. The army gets $4bn, the navy $1.5bn. The budget also
includes $500m for the air force") goes to the total its run completes: it stays inside
the whole, one level down, as the arithmetic shows.

Arithmetic alone never links: a total naming nothing, or a run of bare figures, stays
apart. Words win over arithmetic: a total the words already split, or a part the words
tied to another total (``protected``), is left alone.

>>> from analysis.money.allocations import find_allocations
>>> t = ("Ruritania unveiled a $90 million relief package on Monday.\\n\\n"
...      "Officials described the damage as severe.\\n\\n"
...      "$50 million will go to rebuilding roads.\\n\\n"
...      "$40 million is earmarked for schools in the north.")
>>> [(a.total.text, [p.amount.text for p in a.parts]) for a in find_allocations(t)]
[('$90 million', ['$50 million', '$40 million'])]
"""

from __future__ import annotations

import math
import re

from analysis.money.explicit import _move
from analysis.money.rules import NOT_A_PART, NOUN_REFERENCE

__all__ = ["family_stated_before", "link_summing_runs", "written_precision"]

#: How many paragraphs after its total's paragraph a run may reach.
RUN_PARAGRAPHS = 6
#: The share of a run's parts that must say what they are for.
RUN_NAMED_SHARE = 2 / 3
#: How far a rounded total may be from its parts' sum, at most, as a share of it.
_MOST_ROUNDING = 0.025
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def written_precision(amount) -> float:
    """Half a unit of the last digit ``amount`` is written to, in its own units: "$4.4
    billion" is rounded to 0.1 billion, so 50 million either way.

    >>> from analysis.money.amounts import find_amounts
    >>> [written_precision(a) for a in find_amounts("$4.4 billion and $165 million")]
    [50000000.0, 500000.0]
    """
    m = _NUMBER.search(amount.text)
    if m is None or not amount.value:
        return 0.0
    number = float(m.group(0).replace(",", ""))
    if not number:
        return 0.0
    scale = amount.value / number
    return 0.5 * scale * 10 ** -len(m.group(1) or "")


def family_stated_before(total, readings) -> str:
    """The family of the whole an earlier statement of ``total``'s very sum named ("" if
    none): a headline's "$8 billion military aid package" is the lede's "estimated at $8
    billion" again, which names no whole of its own."""
    t = total.amount
    earlier = (r for r in readings if r.amount.start < t.start and r.family
               and not (r.barred or r.change) and r.amount.currency == t.currency
               and r.amount.value == t.value)  # fmt: skip
    return next((r.family for r in earlier), "")


def link_summing_runs(text, sentences, paragraphs, readings, by_start, make_linked,
                      protected) -> set[int]:  # fmt: skip
    """Link to a total the run of sums after it that adds up to it (see the module text).
    ``by_start`` maps a total's start to its linked object, changed in place; returns the
    starts of the parts linked."""
    linked_parts: set[int] = set()
    for total in readings:
        existing = by_start.get(total.amount.start)
        if existing and existing.parts or not _may_be_split(text, sentences, readings, total):
            continue
        run = _summing_run(paragraphs, readings, by_start, total, protected | linked_parts)
        if run is None or not _about_the_total(sentences, readings, by_start, total, run):
            continue
        total = _last_statement(readings, total, run[0])
        if (held := by_start.get(total.amount.start)) and held.parts:
            continue
        cue = ("sums_exactly", "", sentences[total.sentence].start, total.amount.start)
        _move(by_start, make_linked, total, run, ("summing_run", "", total.amount.start,
                                                  total.amount.start))  # fmt: skip
        by_start[total.amount.start].cues.append(cue)
        linked_parts |= {r.amount.start for r in run}
    return linked_parts


def _may_be_split(text, sentences, readings, total) -> bool:
    """True when ``total`` is a sum a run may add up to: a bounded, known sum, no change of
    another, no sum of another period (words like "since last August" barring it belong
    to a later sum of its sentence when there is one between)."""
    t = total.amount
    if t.value is None or t.qualifier == "at_least" or total.change or total.computed:
        return False
    if not total.barred:
        return True
    sentence = sentences[total.sentence]
    cue = NOT_A_PART.search(sentence.text)
    at = sentence.start + cue.start() if cue else sentence.end
    return any(r.sentence == total.sentence and t.end <= r.amount.start < at for r in readings)


def _summing_run(paragraphs, readings, by_start, total, protected):
    """The run of sums after ``total`` that adds up to it, or None; tried first with the
    sums a part is itself split into stepped over, then with every sum counted."""
    for nested in (True, False):
        run = _run(paragraphs, readings, by_start, total, protected, nested)
        if run is not None:
            return run
    return None


def _run(paragraphs, readings, by_start, total, protected, skip_nested):
    """The run after ``total`` that adds up to it, or None when the sums overshoot it, the
    words gave one of them to another total, or the list goes on past it (one more sum of
    its kind in the paragraph after the last part: "$6m for A, $4m for B, $3m for C" is
    no split of a $10m fund)."""
    t = total.amount
    target = t.high if t.qualifier in ("range", "at_most") and t.high else t.value
    tolerance = _tolerance(t, target)
    owner = {p.amount.start: s for s, linked in by_start.items() for p in linked.parts}
    whole = owner.get(t.start)
    run, added = [], 0.0
    for r in _stretch(paragraphs, readings, by_start, total, skip_nested):
        if run and abs(added - target) <= tolerance:
            goes_on = paragraphs[r.sentence] - paragraphs[run[-1].sentence] <= 1
            return None if goes_on and r.link is not None else _placing(run, owner, whole)
        holder = owner.get(r.amount.start)
        if holder is not None and holder == whole:
            pass  # the words gave it to the whole this total is part of: it stays inside it
        elif r.amount.start in protected or holder not in (None, *(q.amount.start for q in run)):
            return None  # the words gave it to another total
        run.append(r)
        added += r.amount.value
        if added > target + tolerance:
            return None
    return (
        _placing(run, owner, whole) if len(run) >= 2 and abs(added - target) <= tolerance else None
    )


def _placing(run, owner, whole):
    """``run``, unless every part of it is a sibling of the total inside its ``whole``
    (the words listed them all there: "€300m for housing. Also in the package: €200m for
    schools and €100m for roads" adds up by chance); sums the words left unplaced must be
    among the parts for arithmetic to move a sibling down a level."""
    if whole is not None and all(owner.get(r.amount.start) == whole for r in run):
        return None
    return run


def _stretch(paragraphs, readings, by_start, total, skip_nested):
    """The sums after ``total`` that may be its parts, in order, up to ``RUN_PARAGRAPHS``
    paragraphs below it or a sum larger than it (another whole); with ``skip_nested`` the
    sums a part is itself split into are stepped over."""
    t = total.amount
    target = t.high if t.qualifier in ("range", "at_most") and t.high else t.value
    last = paragraphs[total.sentence] + RUN_PARAGRAPHS
    inside: set[int] = set()  # the sums the run's parts are split into
    for r in readings:
        a = r.amount
        if a.start <= t.start or a.value is None or a.currency != t.currency:
            continue
        if paragraphs[r.sentence] > last:
            return
        if a.value == t.value or a.start in inside:
            continue  # the total again, or a piece of a part
        if r.barred or r.change or r.computed or a.qualifier == "at_least":
            continue  # a running total, another period's sum, an open-ended sum
        if a.value > target or r.own_whole:
            return  # another whole ("a second $2bn package"): the stretch about it has ended
        yield r
        if skip_nested and (own := by_start.get(a.start)):
            inside |= {p.amount.start for p in own.parts}


def _tolerance(amount, target: float) -> float:
    """How far the parts may add up from ``target``: the total's written precision (at most
    ``_MOST_ROUNDING`` of it, at least 0.1%), 2% for an approximate total."""
    rounding = min(written_precision(amount), _MOST_ROUNDING * target)
    share = 0.02 if amount.qualifier == "approx" else 0.001
    return max(share * target, rounding, 0.005)


def _about_the_total(sentences, readings, by_start, total, run) -> bool:
    """True when words relate the run to ``total``: the total (or an earlier statement of
    its sum) names a whole, or it is a share of a whole the words gave a purpose ("Of this,
    $6bn is for the armed forces"), or a sentence after it, up to the first part, refers
    back to a whole ("these funds", "The package will ..."); and enough of the parts say
    what they are for."""
    share = total.link is not None and any(
        p.amount.start == total.amount.start for linked in by_start.values() for p in linked.parts
    )
    names_whole = (
        total.family
        or family_stated_before(total, readings)
        or share
        or any(
            NOUN_REFERENCE.search(sentences[i].text)
            for i in range(total.sentence + 1, run[0].sentence + 1)
        )
    )
    named = sum(1 for r in run if r.link is not None or r.family)
    return bool(names_whole) and named >= math.ceil(RUN_NAMED_SHARE * len(run))


def _last_statement(readings, total, first):
    """The last statement of ``total``'s sum before the run's ``first`` part: the lede's
    restatement of a headline total is the one its parts follow."""
    t = total.amount
    again = [r for r in readings if t.start < r.amount.start < first.amount.start
             and r.amount.currency == t.currency and r.amount.value == t.value
             and not (r.barred or r.change)]  # fmt: skip
    return again[-1] if again else total
