"""Allocation links: a total and the parts an article states for it in later sentences.

A careful reader links "a $40 billion package" in the lede to "$22 billion for
Poland" two paragraphs later because the later sentence refers back to it ("the
package includes"), because it is still about that whole, because the currency
is the same, and because the parts fit inside the total. ``link_across_article``
weighs the same signals. Every earlier amount is a candidate total for the
amounts of a sentence; each signal adds its weight from
``analysis.money.rules.LINK_WEIGHTS`` and the sentence's parts go to the best total
at or above ``LINK_THRESHOLD``:

- a reference back naming the total's whole ("the budget", "the first
  contract", "the other deal"), the total's own purpose ("In terms of
  modernisation" after "KRW17bn for force modernisation"), a pronoun ("It
  includes ..."), or a list word right after the total in the same sentence
  ("..., including ...");
- the part's own words: who or what it is for, a verb of allocation;
- the order: the part before went to this total, and it is near;
- arithmetic: the sentence's parts add up to what is left of the total (strong),
  stay within it, or would exceed it (a total already fully itemised takes no
  more parts: "the budget" then means one of its parts).

What bars a part: another currency, a value not below the total's, words that
make it a running or separate total ("since 2022", "on top of", "an earlier
package"), a kind of money the total is not ("economic aid" after "military
assistance"), or being the restated value of its own whole ("The $345 million
package").  Without any reference back a part must sit within
``NEAR_SENTENCES`` of its total and either add up to it or follow a total that
names a whole: arithmetic alone never makes a split.

Shares ("50 to 80 percent of it went to ...") become parts computed from the
total (``computed_shares``), with their range.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from analysis.money.amount import Amount
from analysis.money.rules import (
    ADDED_BEFORE,
    BACK_REFERENCE,
    FRACTIONS,
    GENERAL_WORDS,
    KIND_ADJECTIVES,
    LINK_THRESHOLD,
    LINK_WEIGHTS,
    NEAR_SENTENCES,
    NOT_A_PART,
    NOUN_REFERENCE,
    OPEN_CUE,
    ORDINAL,
    PART_CUE,
    PARTS_BEFORE_SENTENCES,
    PERCENT_OF_TOTAL,
    PRONOUN_REFERENCE,
    PURPOSE_OF_BEFORE,
    PURPOSE_VERB_AFTER,
    RECIPIENT_NP_GETS,
    RECIPIENT_WITH,
    TOTAL_AFTER_PARTS,
    TRAILING_TOTAL,
    WHOLE_AFTER,
    WHOLE_BEFORE,
    WHOLE_FAMILIES,
    WHOLE_KIND,
)

__all__ = [
    "Linked", "Reading", "computed_shares", "link_across_article", "read_amount", "seed_cues",
]  # fmt: skip

#: Signals that name the total outright; with them, parts that overspend it are still
#: linked (and the remainder reports the excess) instead of being dropped.
_EXPLICIT = frozenset({"noun_reference", "pronoun_reference", "open_cue"})


@dataclass(frozen=True)
class Reading:
    """One amount read in its context: where it is and what its words say."""

    amount: Amount
    sentence: int  # index into the sentence list
    paragraph: int  # index of its paragraph
    link: tuple | None  # (phrase, start, end): who or what it is for
    family: str = ""  # the family of the whole it is the total of ("aid", "deal")
    whole_text: str = ""  # that whole as written: "foreign military assistance"
    own_whole: bool = False  # the value of its own whole: "a deal worth", "the $5bn package"
    plural: bool = False  # its whole is several: "three contracts worth", "two deals"
    barred: str = ""  # why it is no part of an earlier total: "since 2022"
    added: bool = False  # money on top: "another €1.3 billion could follow"
    computed: bool = False  # a share of the total, its value computed: "half of it"


@dataclass
class Linked:
    """A total and its parts so far, with the evidence that linked each part."""

    total: Reading
    parts: list[Reading] = field(default_factory=list)
    cues: list[tuple[str, str, int, int]] = field(
        default_factory=list
    )  # (signal, words, start, end)
    seed: object = None  # the in-sentence allocation it extends, if any


def read_amount(
    text, amount: Amount, sentence, where: tuple[int, int], link, recipient_after, limit=None
) -> Reading:
    """Return the ``Reading`` of ``amount`` in ``sentence``; ``where`` is (sentence index,
    paragraph index); ``recipient_after(text, start, limit)`` reads a phrase that ends
    before ``limit`` (the next amount; default: the end of the sentence)."""
    index, paragraph = where
    after = text[amount.end : sentence.end]
    before = text[sentence.start : amount.start]
    family, whole_text, own, plural = "", "", False, False
    m = WHOLE_AFTER.match(after) or WHOLE_BEFORE.search(before) or WHOLE_KIND.match(after)
    if m:
        family = WHOLE_FAMILIES[m.group("whole").lower()]
        whole_text = (m.group("phrase") if "phrase" in m.re.groupindex else m.group(0)).strip()
        own = "phrase" not in m.re.groupindex
        plural = _is_plural(m)
    if link is None and (m := PURPOSE_VERB_AFTER.match(after)):
        link = recipient_after(text, amount.end + m.end(), limit or sentence.end)
    if link is None and (m := PURPOSE_OF_BEFORE.search(before) or RECIPIENT_WITH.search(before)
                         or RECIPIENT_NP_GETS.search(before)):  # fmt: skip
        start = sentence.start + m.start("phrase")
        link = (m.group("phrase"), start, start + len(m.group("phrase")))
    barred = NOT_A_PART.search(sentence.text)
    added = bool(ADDED_BEFORE.search(before))
    return Reading(amount, index, paragraph, link, family, whole_text, own, plural,
                   barred.group(0) if barred else "", added)  # fmt: skip


def _is_plural(m: re.Match) -> bool:
    """True when the whole is written as several: "contracts", "three deals"."""
    word = m.string[m.start("whole") : m.end()].lower()
    count = m.groupdict().get("count")
    return (word != m.group("whole").lower() and word.endswith("s")) or bool(
        count and count.lower() not in ("1", "one")
    )


def seed_cues(text, sentences, linked: Linked) -> list[tuple[str, str, int, int]]:
    """The words that linked an allocation found inside a sentence (or by "It includes"
    in the next one): the list word after the total, the words before a total that comes
    last, or the reference back at the start of the parts' sentence."""
    cues = []
    total = linked.total
    for index in sorted({p.sentence for p in linked.parts}):
        parts = [p for p in linked.parts if p.sentence == index]
        sentence = sentences[index]
        if index != total.sentence:
            if m := BACK_REFERENCE.match(sentence.text):
                signal = (
                    "noun_reference"
                    if m.group(0).strip().lower().startswith("the")
                    else "pronoun_reference"
                )
                cues.append(
                    (
                        signal,
                        m.group(0).strip(),
                        sentence.start + m.start(),
                        sentence.start + m.end(),
                    )
                )
            continue
        if total.amount.start < parts[0].amount.start:
            gap_start = total.amount.end
            m = OPEN_CUE.search(text, gap_start, parts[0].amount.start)
            if m:
                cues.append(("open_cue", m.group(0), m.start(), m.end()))
        else:
            gap = text[parts[-1].amount.end : total.amount.start]
            if m := TRAILING_TOTAL.search(gap):
                start = parts[-1].amount.end + m.start()
                cues.append(("closing_cue", m.group(0).strip(), start, start + len(m.group(0))))
    return cues


def link_across_article(text, sentences, paragraphs, readings: list[Reading], seeds: list[Linked]):
    """Return every total with its parts: ``seeds`` (found inside sentences) extended
    by the parts later sentences state for them, and new totals linked the same way.

    ``paragraphs[i]`` is the paragraph index of ``sentences[i]``.
    """
    by_start = {s.total.amount.start: s for s in seeds}
    taken = {p.amount.start for s in seeds for p in s.parts}
    previous: tuple[Linked, int] | None = None
    for index, _sentence in enumerate(sentences):
        run = [r for r in readings if r.sentence == index and r.amount.start not in taken]
        if not run:
            continue
        best = _best_total(text, sentences, paragraphs, readings, by_start, run, previous)
        if best is None:
            continue
        linked, parts, cues = best
        if linked.total.amount.start not in by_start:
            by_start[linked.total.amount.start] = linked
        linked.parts += parts
        linked.cues += cues
        taken |= {p.amount.start for p in parts}
        previous = (linked, index)
    _totals_after_parts(sentences, readings, by_start, taken)
    return sorted(by_start.values(), key=lambda s: s.total.amount.start)


def _totals_after_parts(sentences, readings, by_start, taken) -> None:
    """Link a total stated after its parts in a later sentence ("$22bn for Poland and $9bn
    for Latvia. In all, the package is worth $40bn"): the unlinked parts, with what
    they are for, of the sentences just before it, when they fit inside it."""
    for index, sentence in enumerate(sentences):
        m = TOTAL_AFTER_PARTS.search(sentence.text)
        if not m:
            continue
        after = sentence.start + m.end()
        totals = [r for r in readings if r.sentence == index and r.amount.start >= after - 1
                  and r.amount.start not in taken and r.amount.value]  # fmt: skip
        if not totals or (m.group("noun") and totals[0].amount.start - after > 20):
            continue
        total = totals[0]
        if total.amount.start in by_start and by_start[total.amount.start].parts:
            continue
        if not (m.group("noun") or total.family):
            continue  # "In all, the firm made $20bn" names no whole the parts belong to
        if total.barred:
            continue  # "Since 2022, the aid totalled $60bn" is a running total
        parts = []
        for back in range(index - 1, max(-1, index - 1 - PARTS_BEFORE_SENTENCES), -1):
            here = [r for r in readings if r.sentence == back and _before_total(total, r, taken)]
            if not here:
                break
            parts = here + parts
        linked = Linked(total, parts)
        if not parts or _fit(Linked(total), parts) == "overspends":
            continue
        start = sentence.start + m.start()
        linked.cues = [("closing_reference", m.group(0).strip(), start, after),
                       (_fit(Linked(total), parts), "", start, start)]  # fmt: skip
        by_start[total.amount.start] = linked
        taken |= {p.amount.start for p in parts} | {total.amount.start}


def _before_total(total: Reading, part: Reading, taken) -> bool:
    """True when ``part``, stated before ``total``, may be one of its parts."""
    t, p = total.amount, part.amount
    return (p.start not in taken and part.link is not None and not part.barred
            and p.currency == t.currency and p.value is not None
            and t.value is not None and p.value < t.value)  # fmt: skip


def _best_total(text, sentences, paragraphs, readings, by_start, run, previous):
    """The best (linked, parts, cues) for the amounts of one sentence, or None."""
    best, best_score = None, LINK_THRESHOLD - 1e-9
    loud, loud_score = None, LINK_THRESHOLD - 1e-9  # named explicitly, but the sums overspend
    for total in readings:
        if total.sentence > run[0].sentence or total.amount.value is None:
            continue
        parts = [p for p in run if _may_be_part(total, p, readings)]
        if not parts:
            continue
        linked = by_start.get(total.amount.start) or Linked(total)
        scored = _score(text, sentences, paragraphs, linked, parts, readings, previous)
        if scored and scored[0] > best_score:
            best_score, best = scored[0], (linked, parts, scored[1])
        signals = {c[0] for c in scored[1]} if scored else set()
        if "overspends" in signals and signals & _EXPLICIT:
            unspent = scored[0] - LINK_WEIGHTS["overspends"]
            if unspent > loud_score:
                loud_score, loud = unspent, (linked, parts, scored[1])
    # Parts the text explicitly gives to a total they exceed are linked, and the
    # remainder says so ("overspent"), rather than being dropped or moved silently.
    return best or loud


def _may_be_part(total: Reading, part: Reading, readings: list[Reading]) -> bool:
    t, p = total.amount, part.amount
    if p.start <= t.end or p.currency != t.currency or p.value is None or part.barred:
        return False
    if p.value >= (t.high if t.qualifier in ("range", "at_most") and t.high else t.value):
        return False
    restated = any(
        r.amount.value == p.value and r.amount.currency == p.currency and r.amount.start < p.start
        for r in readings
    )
    return not (restated and part.own_whole)


def _score(text, sentences, paragraphs, linked: Linked, parts, readings, previous):
    """Return (score, cues) for ``parts`` (one sentence's) as parts of ``linked.total``;
    None when a signal bars the link."""
    total = linked.total
    sentence = sentences[parts[0].sentence]
    cues: list[tuple[str, str, int, int]] = []
    if _other_kind(sentences[total.sentence], sentence):
        return None
    same = total.sentence == parts[0].sentence
    if same:
        gap = text[total.amount.end : parts[0].amount.start]
        if not OPEN_CUE.search(gap) or ";" in gap:
            return None
        m = OPEN_CUE.search(gap)
        cues.append(
            ("open_cue", m.group(0), total.amount.end + m.start(), total.amount.end + m.end())
        )
    else:
        cues += _references(text, sentences, paragraphs, total, parts, readings)
    named = {c[0] for c in cues} & {
        "noun_reference",
        "loose_reference",
        "open_cue",
        "pronoun_reference",
    }
    if any(p.own_whole for p in parts) and not named - {"pronoun_reference"}:
        return None  # "a deal worth $2bn" is a whole of its own unless the text says it is a part
    if any(p.added for p in parts) and not named:
        return None  # "another $1bn could follow" is on top of the total, not in it
    lead = text[sentence.start : parts[0].amount.start]
    if m := PART_CUE.search(lead):
        cues.append(("part_cue", m.group(0), sentence.start + m.start(), sentence.start + m.end()))
    continues = (
        previous and previous[0] is linked and parts[0].sentence - previous[1] <= NEAR_SENTENCES
    )
    if continues:
        cues.append(("continues", "", sentence.start, sentence.start))
    weights = sum(LINK_WEIGHTS[c[0]] for c in cues)
    weights += LINK_WEIGHTS["purpose"] * sum(p.link is not None for p in parts) / len(parts)
    fit = _fit(linked, parts)
    weights += LINK_WEIGHTS[fit]
    distance = parts[0].sentence - total.sentence
    weights += LINK_WEIGHTS["distance"] * max(0, distance - 1)
    referred = any(c[0] != "part_cue" for c in cues)
    if not referred and (distance > NEAR_SENTENCES or not total.family):
        return None  # no words relate them: parts that merely add up are no split
    return weights, [*cues, (fit, "", sentence.start, sentence.start)]


def _references(text, sentences, paragraphs, total: Reading, parts, readings):
    """The words of the part's sentence (and paragraph) that refer back to ``total``."""
    sentence = sentences[parts[0].sentence]
    cues = []
    for m in NOUN_REFERENCE.finditer(sentence.text):
        family = WHOLE_FAMILIES[m.group("whole").lower()]
        order = m.group("order") if m.group("order") and ORDINAL.match(m.group("order")) else ""
        order = order or (m.group("det") if ORDINAL.match(m.group("det")) else "")
        if order and not total.plural:
            continue  # "the second contract" is one of several, never a single total
        if family != total.family:
            # "the deal" after "a fee of £80m": another word for the same whole, but only
            # while no total of the word's own family has been named before the part
            if total.family and not _named_before(family, parts[0], readings):
                start = sentence.start + m.start()
                cues.append(
                    ("loose_reference", m.group(0).strip(), start, sentence.start + m.end())
                )
                break
            continue
        if not total.plural and not _latest_of_family(total, family, parts[0], readings):
            continue
        start = sentence.start + m.start()
        cues.append(("noun_reference", m.group(0).strip(), start, sentence.start + m.end()))
        if order:
            cues.append(("ordinal", order, start, start))
        break
    if (m := PRONOUN_REFERENCE.match(sentence.text)) and not _listed(total, readings):
        nearest = [r for r in readings if r.amount.start < sentence.start]
        if nearest and nearest[-1] is total and parts[0].sentence - total.sentence <= 2:
            cues.append(("pronoun_reference", m.group(0), sentence.start, sentence.start + m.end()))
    if topic := _topic_words(total):
        here = parts[0].sentence
        paragraph = [sentences[i] for i in range(total.sentence + 1, here + 1)
                     if paragraphs[i] == paragraphs[here]]  # fmt: skip
        for s in paragraph:
            if m := re.search(rf"\b(?:{'|'.join(map(re.escape, topic))})\b", s.text, re.I):
                start = s.start + m.start()
                cues.append(("topic_reference", m.group(0), start, s.start + m.end()))
                break
    return cues


def _listed(reading: Reading, readings) -> bool:
    """True when ``reading`` is one of a list of parts ("$22bn for Poland and $9bn for
    Latvia"): "It ..." after such a list does not mean its last item."""
    if reading.link is None or reading.family:
        return False
    return sum(r.link is not None for r in readings if r.sentence == reading.sentence) >= 2


def _named_before(family: str, part: Reading, readings) -> bool:
    """True when a total of ``family`` is named anywhere before ``part``."""
    return any(r.family == family and r.amount.start < part.amount.start for r in readings)


def _latest_of_family(total: Reading, family: str, part: Reading, readings) -> bool:
    """True when no other whole of ``family`` is named between ``total`` and ``part``."""
    return not any(
        r.family == family and total.amount.start < r.amount.start < part.amount.start
        and r.own_whole and r.sentence < part.sentence
        for r in readings
    )  # fmt: skip


def _topic_words(total: Reading) -> list[str]:
    """Distinctive words of what the total is for: "force modernisation" -> ["modernisation"]."""
    if not total.link:
        return []
    return [w for w in re.findall(r"[a-z][a-z-]{5,}", total.link[0]) if w not in GENERAL_WORDS]


def _kinds(words: str) -> set[str]:
    """Kind adjectives right before a whole noun: "US economic aid" -> {"economic"}."""
    found = set()
    for m in re.finditer(r"\b([a-z-]+)\s+(?:[a-z-]+\s+)?([a-z]+)\b", words.lower()):
        if m.group(1) in KIND_ADJECTIVES and m.group(2).rstrip("s") in WHOLE_FAMILIES:
            found.add(m.group(1))
    return found


def _other_kind(total_sentence, part_sentence) -> bool:
    """True when the part's sentence names a kind of money its total's sentence does not."""
    kinds = _kinds(part_sentence.text)
    return bool(kinds) and not kinds <= _kinds(total_sentence.text)


def _fit(linked: Linked, parts) -> str:
    """How the parts fit what is left of the total: sums_exactly, fits or overspends."""
    t = linked.total.amount
    high = _dec(t.high if t.qualifier in ("range", "at_most") and t.high else t.value)
    if t.qualifier == "at_least":
        high = None
    given = sum((_dec(p.amount.value) for p in linked.parts), Decimal(0))
    new = sum((_dec(p.amount.value) for p in parts), Decimal(0))
    target = _dec(t.value if t.qualifier != "range" else t.high) - given
    tolerance = Decimal("0.02") * _dec(t.value) if t.qualifier == "approx" else Decimal("0.005")
    if abs(new - target) <= max(tolerance, Decimal("0.005")) and t.qualifier != "at_least":
        return "sums_exactly"
    if high is None or given + new <= high + tolerance:
        return "fits"
    return "overspends"


def _dec(value) -> Decimal:
    return Decimal(repr(value)) if value is not None else Decimal(0)


def computed_shares(text, sentences, linked: list[Linked], readings, recipient_after: Callable):
    """Add parts stated as a share of a total ("half of it went to ...") to ``linked``.

    The part's value is computed from the total's and marked: its ``Amount``
    has ``qualifier`` "range" (with ``low``/``high``) for "50 to 80 percent",
    and the text of the share as written.
    """
    by_start = {s.total.amount.start: s for s in linked}
    for index, sentence in enumerate(sentences):
        for m in PERCENT_OF_TOTAL.finditer(sentence.text):
            start = sentence.start + m.start()
            totals = [r for r in readings if r.amount.start < start and r.amount.value
                      and index - r.sentence <= 2]  # fmt: skip
            if not totals:
                continue
            total = totals[-1]
            amount = _share_of(total.amount, m, start)
            link = recipient_after(text, sentence.start + m.end(), sentence.end)
            found = by_start.get(total.amount.start) or Linked(total)
            by_start[total.amount.start] = found
            found.parts.append(Reading(amount, index, total.paragraph, link, computed=True))
            found.cues.append(("share", m.group(0).strip(), start, sentence.start + m.end()))
    return sorted(by_start.values(), key=lambda s: s.total.amount.start)


def _share_of(total: Amount, m: re.Match, start: int) -> Amount:
    """The part a share states, computed from the total: "50 to 80 percent" of $2B is
    a range of $1B to $1.6B; "half" of more than $2B is more than $1B."""
    low, high = _share_bounds(m)
    end = start + len(m.group("share"))
    if high:
        return Amount(total.value * low, total.currency, "range", total.value * low,
                      total.value * high, m.group("share"), start, end)  # fmt: skip
    scaled = [b * low if b is not None else None for b in (total.low, total.high)]
    qualifier = total.qualifier if total.qualifier != "range" else "range"
    return Amount(total.value * low, total.currency, qualifier, *scaled, m.group("share"),
                  start, end)  # fmt: skip


def _share_bounds(m: re.Match) -> tuple[float, float | None]:
    if m.group("fraction"):
        words = " ".join(m.group("fraction").lower().replace("-", " ").split())
        return FRACTIONS.get(words, FRACTIONS.get(words.replace(" ", "-"), 0.0)), None
    low = float(m.group("low")) / 100
    return low, float(m.group("high")) / 100 if m.group("high") else None
