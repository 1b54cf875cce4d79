"""Closing totals: a total stated after its parts.

A text often tells the parts first and the whole last:

- in the parts' own sentence: "Farmers get $40m and fishermen $25m, out of the $90m
  drought package"; "an initial fee of €50m plus add-ons of €10m, taking the total to
  €60m"; "Norway and Denmark each pledged $150m and Finland $100m, bringing the total to
  $400m";
- in the sentence after them: "A first tranche of $300m ... and a second of $200m. In
  all, the loan is worth $1bn."

``link_closing_totals`` links such a total to the sums before it. The words right before
the total close the list ("out of the", "for a total of", "bringing the total to"), or
the next sentence opens with them ("In all, ...", "The loan is worth ..."). The parts are
the sums before those words, back to the start of their sentence; when they add up to
the total exactly, that is what the words said. A running total ("bringing the total
to") counts what came before, so only a set that adds up exactly, reaching back at most
``CLOSING_BACK`` sentences of the paragraph, is taken as its parts; closing words of a
whole ("out of the $90m package") take the sums of their own sentence when they fit.

A sum "each" of several parties gives counts once per party ("Norway and Denmark each
pledged $150m" is two parts of $150m): ``analysis.money.multiples`` reads the parties.
"""

from __future__ import annotations

import re

from analysis.money.multiples import line_label, parts_of_each
from analysis.money.rules import (
    IN_ALL_AFTER,
    LIST_BULLET,
    ORDINAL_BEFORE,
    RUNNING_TOTAL,
    SUMS_REFERENCE,
    TOTAL_AFTER_PARTS,
    TOTAL_CLOSES,
    WHOLE_WORTH_OPENER,
)

__all__ = ["link_closing_totals"]

#: How many sentences before a closing total (in its paragraph) its parts may reach.
CLOSING_BACK = 2
#: Tolerance of "adds up": a thousandth of an exact total, 2% when a figure is approximate.
EXACT_SHARE, LOOSE_SHARE = 0.001, 0.02


def _adds_up(total, parts) -> bool:
    t = total.amount
    loose = t.qualifier != "exact" or any(p.amount.qualifier != "exact" for p in parts)
    share = LOOSE_SHARE if loose else EXACT_SHARE
    return abs(sum(p.amount.value for p in parts) - t.value) <= share * t.value


def _fits(total, parts) -> bool:
    return sum(p.amount.value for p in parts) < total.amount.value


def _candidate(total, reading, protected) -> bool:
    """True when ``reading``, stated before ``total``, may be one of its parts."""
    a, t = reading.amount, total.amount
    return (a.value is not None and a.currency == t.currency and a.value < t.value
            and a.start not in protected and not reading.barred and not reading.change
            and not reading.computed)  # fmt: skip


def _named(text, sentences, reading) -> bool:
    """True when a part says what it is: its recipient, or an ordinal before it ("a first
    tranche of", "a second of")."""
    if reading.link is not None:
        return True
    sentence = sentences[reading.sentence]
    return bool(ORDINAL_BEFORE.search(text[sentence.start : reading.amount.start]))


#: A sentence that states a total: "The total of all the pledges came to".
_TOTAL_WORD = re.compile(r"\b(?:total|tally|overall|altogether|in\s+all)\b", re.I)
#: A line that states the total of the list above it: "Total: ", "Grand total — ".
_TOTAL_LINE = re.compile(r"[\s\W]*(?:grand\s+)?total\s*(?:[:—–-]\s*|\s+)", re.I)
#: Right before a total, "of the": it closes the sums before it only when they add up.
_OF_THE = re.compile(r"\bof\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?$", re.I)
#: Right before a total that "in all" follows: a comma or dash closing the list of parts.
_LIST_THEN_TOTAL = re.compile(
    r"(?:,|[—–-])\s*(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?$", re.I
)


#: Right before a total: a verb of giving, so the total is of gifts ("donors pledged").
_GIVEN = re.compile(
    r"\b(?:pledged|gave|given|donated|contributed|committed|promised|provided|offered|raised)"
    r"\s+(?:(?:about|some|nearly|around|roughly|almost|over|more\s+than|a\s+total\s+of)\s+)?$",
    re.I,
)


def _closing_cue(text, sentences, total):
    """(kind, match) of the words that make ``total`` close a list of parts before it:
    "running" ("bringing the total to"), "close" ("out of the", "for a total of"), "after"
    (the sentence opens with "In all," or "The loan is worth"), or None."""
    sentence = sentences[total.sentence]
    before = text[sentence.start : total.amount.start]
    if m := RUNNING_TOTAL.search(before):
        return "running", m
    if m := WHOLE_WORTH_OPENER.match(before):
        return "after", m  # "The deal, worth $1.5bn in total, ..." after its parts
    if m := _TOTAL_LINE.fullmatch(before):
        return "after", m  # a list's last line: "Total: $450 million"
    if m := SUMS_REFERENCE.match(before):
        return "refer", m  # "Both sums come out of a $90m package", "The two deals are worth"
    if m := TOTAL_CLOSES.search(before):
        return "close", m
    if m := _OF_THE.search(before):
        return "sums", m  # "..., with the EU covering the remaining €200m of the €500m plan"
    m = IN_ALL_AFTER.match(text, total.amount.end, sentence.end)
    if m and _LIST_THEN_TOTAL.search(before):
        return "sums", m  # "$3bn on jets and $1bn on drones, $4bn in all"
    m = TOTAL_AFTER_PARTS.search(sentence.text)
    if not m or re.search(r"[$€£¥₹\d]", before[: m.start()]):
        return None
    named = m if m.group("noun") else TOTAL_AFTER_PARTS.search(sentence.text, m.end())
    if not (named or total.family) and m.group("lead") and _GIVEN.search(before):
        # "In total, donors pledged $600m" after the pledges: the gifts, when they add up
        return "sums", m
    if not (named or total.family):
        return None  # "In all, the firm made $20bn" names no whole the parts belong to
    end = sentence.start + (named or m).end()  # "Together, the two projects amount to"
    if end - 1 <= total.amount.start <= end + 20:
        return "after", m
    return None


def _is_line(text, sentence, readings) -> bool:
    """True when ``sentence`` is a list line: bulleted, or a short label and its one sum."""
    if LIST_BULLET.match(sentence.text):
        return True
    here = [
        r for r in readings if r.amount.start >= sentence.start and r.amount.end <= sentence.end
    ]
    return len(here) == 1 and line_label(text, sentence, here[0]) is not None


def _with_earlier_total(text, sentences, readings, total, chosen, barred):
    """``chosen`` with the total stated before them when they are money on top of it: "The
    pledges came to $13.8bn. France added an extra $60m ..., for a total of $13.92bn" (the
    old total is a part of the new one, when both fit in it)."""
    if not any(r.added for r in chosen):
        return chosen
    earlier = [r for r in readings if 0 < total.sentence - r.sentence <= CLOSING_BACK
               and _candidate(total, r, barred)
               and (r.family or _TOTAL_WORD.search(sentences[r.sentence].text))]  # fmt: skip
    if not earlier:
        return chosen
    old = earlier[-1]
    return [old, *chosen] if _fits(total, [old, *chosen]) else chosen


def _listed_gifts(text, run) -> bool:
    """True when a sentence's sums before a running total are one list of gifts, each
    saying who gives it or what it is for: "Norway pledged $150m and Denmark $120m"."""
    if len(run) < 2 or any(r.link is None for r in run[1:]):
        return False
    gaps = [text[a.amount.end : b.amount.start] for a, b in zip(run, run[1:], strict=False)]
    return all(len(gap.split()) <= 6 and re.search(r"(?:,|\band\b|\bplus\b)", gap)
               for gap in gaps)  # fmt: skip


def _parts_before(text, sentences, readings, total, cue_start, protected, back, crosses=False):
    """The sums before ``cue_start`` that may be ``total``'s parts, sentence by sentence:
    [[sums of the total's own sentence], [sums of the one before], ...]."""
    runs = []
    # a list right before the total is read whole, over paragraph breaks
    in_list = total.sentence > 0 and _is_line(text, sentences[total.sentence - 1], readings)
    for index in range(total.sentence, -1, -1):
        if sentences[index].start > cue_start:
            break
        line = index < total.sentence and in_list and _is_line(text, sentences[index], readings)
        if total.sentence - index > back and not line:
            break
        if readings and index != total.sentence and not line and not crosses:
            paragraph = next((r.paragraph for r in readings if r.sentence == index), None)
            if paragraph is not None and paragraph != total.paragraph:
                break
        here = [r for r in readings if r.sentence == index and r.amount.end <= cue_start]
        if any(not _candidate(total, r, protected) for r in here):
            break  # a sum that is no part (another currency, a larger one) ends the list
        runs.append(here)
    return runs


def link_closing_totals(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link each total stated after its parts to them; return the starts of the sums
    linked (totals and parts), which the arithmetic of ``assign_by_sums`` leaves alone."""
    linked_now: set[int] = set()
    for total in readings:
        t = total.amount
        if t.value is None or t.start in linked_now or total.change:
            continue
        cue = _closing_cue(text, sentences, total)
        if cue is None:
            continue
        kind, m = cue
        after_total = kind == "sums" and m.start() >= t.end  # "$4bn in all"
        cue_start = t.start if after_total else sentences[total.sentence].start + m.start()
        back = {"close": 0, "refer": 1}.get(kind, CLOSING_BACK)
        own = {p.amount.start for p in by_start[t.start].parts} if t.start in by_start else set()
        barred = (protected | linked_now) - own  # its own parts, found in-sentence, stay its
        runs = _parts_before(text, sentences, readings, total, cue_start, barred, back,
                             crosses=kind == "after")  # fmt: skip
        chosen = None
        pool: list = []
        for run in runs:
            pool = [*(q for r in run for q in parts_of_each(text, sentences, r)), *pool]
            if len(pool) >= 2 and _adds_up(total, pool):
                chosen = pool
                break
        # in their own sentences, one named sum is no list: "The army got $700m last year.
        # The deal, worth $1.5bn, ..." (that sum may be about anything)
        listed = kind != "after" or len(pool) >= 2
        # closing words take unnamed sums, but "from the" only sums given to someone
        loose = kind == "refer" or kind == "close" and not m.groupdict().get("source")
        named = loose or listed and all(_named(text, sentences, r) for r in pool)
        fit_enough = kind not in ("running", "sums") and pool and _fits(total, pool)
        if chosen is None and fit_enough and named:
            chosen = pool  # closing words of a whole, or parts that say what they are
        if chosen is None and kind == "running" and runs and _listed_gifts(text, runs[0]):
            own = [q for r in runs[0] for q in parts_of_each(text, sentences, r)]
            chosen = own if _fits(total, own) else None  # "A gave $X and B $Y, bringing"
        if chosen and all(r.sentence == total.sentence for r in chosen):
            chosen = _with_earlier_total(text, sentences, readings, total, chosen, barred)
        if not chosen:
            continue
        existing = by_start.get(t.start)
        starts = {p.amount.start for p in chosen}
        others = existing and any(p.amount.start not in starts for p in existing.parts)
        if others and kind != "running":
            continue  # the total has parts of its own the words gave it after it
        for other in by_start.values():  # a part belongs to one total
            if other.total.amount.start != t.start:
                other.parts = [p for p in other.parts if p.amount.start not in starts]
        linked = make_linked(total)
        linked.parts = sorted(chosen, key=lambda r: r.amount.start)
        words = m.group(0).strip()
        signal = "running_total" if kind == "running" else "closing_reference"
        at = m.start() if after_total else sentences[total.sentence].start + m.start()
        linked.cues = [(signal, words, at, at + len(m.group(0)))]
        if _adds_up(total, chosen):
            linked.cues.append(("sums_exactly", "", at, at))
        by_start[t.start] = linked
        linked_now |= starts | {t.start}
    return linked_now
