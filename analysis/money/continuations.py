"""Continued lists: a sentence that adds more parts to a split already begun.

"The budget includes $12bn for tanks. It also includes $5bn for pay." The word "also"
(or "further", "additionally") after an inclusion verb tells the reader the list of the
whole goes on: the sums of that sentence are parts of the same total as the parts before
them (``link_continued_parts``). The sentence names its whole by a pronoun ("It also
includes", "This further provides") or by the whole's noun ("The bill also contains",
"Also in the package: ..."):

- a pronoun stands for the whole whose parts the sentence just before (or the one before
  that) listed: the total of those parts; when the sentence before only began the list
  ("The budget includes $12bn ...") without a link to its total, the noun it opened with
  names the whole for both sentences;
- a noun names the latest sum, within ``CONTINUE_FAR`` sentences, whose whole is of the
  noun's family ("a $95bn package" for "the package"), else the latest sum stated in a
  sentence that uses the noun itself.

A sentence opening "Another $2bn ..." or "A further $2bn ..." goes on the same way when
the sentence just before gave a part to a total and the sum still fits in what is left.

The sums must be in the total's currency, smaller than it, and fit in what is left of it
beside the parts it already has; a sum another explicit rule already linked elsewhere is
left where it is.

>>> from analysis.money.allocations import find_allocations
>>> t = ("The budget for 2025 totals $50 billion. The budget includes $20 billion for "
...      "salaries. It also includes $8 billion for new ships.")
>>> [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(t)]
[(50000000000.0, [20000000000.0, 8000000000.0])]
"""

from __future__ import annotations

import re

from analysis.money.explicit import _is_running, _move
from analysis.money.rules import NAMED_WHOLE, WHOLE_FAMILIES

__all__ = ["link_continued_parts"]

#: A verb that puts a sum inside its subject: "includes", "contains", "provides for".
_INCLUDE = (
    r"(?:includ(?:es|ed|e|ing)|contain(?:s|ed)?|provid(?:es|ed|e)(?:\s+for)?|cover(?:s|ed)?|"
    r"allocat(?:es|ed|e)|earmark(?:s|ed)?|sets?\s+aside|set\s+aside|direct(?:s|ed)?|"
    r"(?:has|had|have)\s+(?:also\s+)?(?:includ|allocat|earmark|direct|provid)\w*|"
    r"calls?\s+for|adds?|fund(?:s|ed)?|devot(?:es|ed)|dedicat(?:es|ed))"
)
#: Who the sentence is about: a pronoun, or a definite noun phrase ending in its whole.
_SUBJECT = (
    r"(?P<pronoun>it|this|they|these)|"
    r"(?:the|this|that|its)\s+(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
)
#: A sentence that goes on with the list of its whole: "It also includes", "The bill also
#: contains", "Additionally, it provides", "The package further provides".
_CONTINUES = re.compile(
    rf"^\W*(?:(?:additionally|in\s+addition|furthermore|moreover),\s*)?(?:{_SUBJECT})\s+"
    rf"(?:(?:would|will|could|is\s+to|also\s+would|also\s+will)\s+)?"
    rf"(?:(?P<also>also|further|additionally|too)\s+)?(?:(?:would|will)\s+)?{_INCLUDE}\b",
    re.I,
)
#: "Also in the package: ...", "Also included in the bill are ...", "Also included is ...".
_ALSO_IN = re.compile(
    r"^\W*also\s+(?:included\s+)?(?:in|within|inside|under)\s+the\s+"
    r"(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?::|,|\b(?:is|are|was|were)\b)"
    r"|^\W*also\s+included\s+(?:is|are|was|were)\b",
    re.I,
)
#: Before a sum at the start of its sentence: one more part of the list ("Another $2bn").
_ANOTHER = re.compile(r"^\W*(?:another|a\s+further|an\s+additional|a\s+second)\s*$", re.I)
#: How many sentences back a noun ("the bill") may reach for its total; a pronoun reaches
#: the parts of the ``CONTINUE_BACK`` sentences before it.
CONTINUE_FAR = 12
CONTINUE_BACK = 2
#: How many sentences stating no sum may stand between a continuation and the list it
#: goes on with.
CONTINUE_QUIET = 4
#: After a sum, a named giver of its own: "came from Europe", "pledged by Japan".
_GIVER_AFTER = re.compile(r"\b(?:from|by)\s+(?:the\s+)?[A-Z]")
#: How far above "more than $X" the parts of it may add up to and still make it whole.
COMPLETES_OVER = 1.1


def _family(noun: str) -> str | None:
    """The whole family of the last word of ``noun`` ("aid package" -> "aid")."""
    last = noun.lower().split()[-1] if noun.strip() else ""
    return WHOLE_FAMILIES.get(last) or WHOLE_FAMILIES.get(last.rstrip("s"))


def _owner_of(by_start, start: int):
    """The ``Linked`` total that holds the part starting at ``start``, or None."""
    return next((lk for lk in by_start.values() if start in {p.amount.start for p in lk.parts}),
                None)  # fmt: skip


def _begun(by_start, readings, index: int, reach: int = CONTINUE_BACK):
    """The total whose parts the ``reach`` sentences with sums before ``index`` listed (the
    latest such part wins); None when they listed none. Up to ``CONTINUE_QUIET`` sentences
    that state no sum ("The minister spoke in Kyiv.") do not count: the text is still about
    that whole, and no other total came between."""
    quiet, back = 0, index - 1
    while back >= 0 and reach > 0:
        here = [r for r in readings if r.sentence == back]
        if not here:
            quiet += 1
            if quiet > CONTINUE_QUIET:
                return None
            back -= 1
            continue
        for r in reversed(here):
            owner = _owner_of(by_start, r.amount.start)
            if owner is not None:
                return owner.total
        reach -= 1
        back -= 1
    return None


def _named(text, sentences, readings, index: int, noun: str, before: int):
    """The total a noun names: the latest sum before ``before``, within ``CONTINUE_FAR``
    sentences, of the noun's whole family; else the latest sum of a sentence that uses the
    noun's last word."""
    family = _family(noun)
    if family is None:
        return None
    pool = [r for r in readings if r.amount.end <= before and r.amount.value
            and 0 <= index - r.sentence <= CONTINUE_FAR and not r.change
            and not _is_running(text, sentences, r)]  # fmt: skip
    same = [r for r in pool if r.family == family and not r.link]
    if same:
        return same[-1]
    word = re.compile(rf"\b{re.escape(noun.lower().split()[-1])}\b", re.I)
    said = [r for r in pool if r.sentence < index and word.search(sentences[r.sentence].text)
            and not r.link]  # fmt: skip
    return said[-1] if said else None


def _other_name(noun: str, total_sentence: str) -> bool:
    """True when the noun phrase names its whole with a capitalised word the total's
    sentence does not use: "the House bill" is not "the $60bn bill the Senate passed".

    >>> _other_name("House bill", "The Senate passed a $60 billion bill."), _other_name(
    ...     "Senate bill", "The Senate passed a $60 billion bill.")
    (True, False)
    """
    names = re.findall(r"\b[A-Z][\w'’-]*", noun)
    return any(not re.search(rf"\b{re.escape(n)}\b", total_sentence) for n in names)


def _fits(by_start, total, parts, own_whole_ok=True) -> list:
    """``parts`` that may join ``total``: its currency, smaller, and room left for all. A
    sum that is the value of a whole of its own ("Another $2bn package") joins only when
    ``own_whole_ok`` (after "It also includes", "spending of $5bn" is the part's own)."""
    t = total.amount
    fit = [r for r in parts if r.amount.currency == t.currency and r.amount.value < t.value
           and not (r.barred or r.change) and (own_whole_ok or not r.own_whole)]  # fmt: skip
    held = by_start.get(t.start)
    have = [p for p in (held.parts if held else []) if p.amount.start not in
            {r.amount.start for r in fit}]  # fmt: skip
    ceiling = None if t.qualifier == "at_least" else t.value * 1.001  # "more than $1bn"
    if not fit or (ceiling is not None and sum(r.amount.value for r in [*have, *fit]) > ceiling):
        return []
    return fit


def _completes(by_start, total, part) -> bool:
    """True when ``part`` with the parts ``total`` already has makes up the whole of it:
    "some $200m of the $350m ... An additional $150m" (exactly), "the first $831m of more
    than $1bn ... An additional $204m" (just over the "more than")."""
    t = total.amount
    held = by_start.get(t.start)
    given = sum(p.amount.value for p in (held.parts if held else [])) + part.amount.value
    if t.qualifier == "at_least":
        return t.value <= given <= t.value * COMPLETES_OVER
    tolerance = 0.02 if t.qualifier == "approx" else 0.005
    return abs(given - t.value) <= tolerance * t.value


def _opener(text, sentence, first):
    """The continuation words before the sentence's first sum, as (kind, match)."""
    lead = text[sentence.start : first.amount.start]
    if m := _ALSO_IN.match(lead):
        return "noun", m
    m = _CONTINUES.match(lead)
    if m and (m.group("also") or re.match(r"^\W*(?:additionally|in\s+addition|furthermore|"
                                          r"moreover)\b", lead, re.I)):  # fmt: skip
        return ("pronoun" if m.group("pronoun") else "noun"), m
    if m := _ANOTHER.match(lead):
        return "another", m
    return None, None


def _whole_of(text, sentences, readings, by_start, index: int, kind: str, m: re.Match):
    """The total a continuation goes on with, and any sums of the sentence before that join
    it too (``_listed_before``): (total or None, extra sums)."""
    noun = m.groupdict().get("noun") or ""
    if kind == "another":
        return _begun(by_start, readings, index, 1), []  # the list went on just before
    if noun:
        if _family(noun) is None:
            return None, []  # "The company also ...": no whole of money
        begun = _begun(by_start, readings, index)
        word = re.compile(rf"\b{re.escape(noun.split()[-1])}", re.I)
        if begun and (begun.family == _family(noun) or word.search(sentences[begun.sentence].text)):
            return begun, []  # the list just begun is the noun's: "the sale also includes"
        named = _named(text, sentences, readings, index, noun, sentences[index].start)
        return named or begun, []  # "the package" of the list just begun
    total = _begun(by_start, readings, index)
    if total is None and kind == "pronoun" and index:
        total, extra = _listed_before(text, sentences, readings, index)
        return (total, extra) if total is not None else (_whole_before(readings, index), [])
    return total, []


def _whole_before(readings, index: int):
    """For "It also includes $2bn" with no list begun: the whole the nearest sentence with
    sums named ("a $9bn aid package"), when only sentences stating no sum (up to
    ``CONTINUE_QUIET``) stand between; None otherwise."""
    back = index - 1
    while back >= 0 and index - 1 - back <= CONTINUE_QUIET:
        here = [r for r in readings if r.sentence == back and r.amount.value is not None]
        if here:
            wholes = [r for r in here if r.family and r.family != "total" and not r.change
                      and not r.barred]  # fmt: skip
            return wholes[-1] if wholes else None
        back -= 1
    return None


def link_continued_parts(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link the sums of a sentence that goes on with a split begun before it ("It also
    includes ...", "The bill also contains ...", "Also in the package: ...", "Another $2bn
    ...") to that split's total. Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if not here:
            continue
        kind, m = _opener(text, sentence, here[0])
        if kind is None:
            continue
        total, extra = _whole_of(text, sentences, readings, by_start, index, kind, m)
        if total is None:
            continue
        if (
            kind == "another"
            and here[0].link is None
            and not (
                _completes(by_start, total, here[0])
                and not _GIVER_AFTER.search(text, here[0].amount.end, sentence.end)
            )
        ):
            continue  # "Another $3bn came from Europe": a sum beside it, not a part of it
        if _other_name(m.groupdict().get("noun") or "", sentences[total.sentence].text):
            continue  # "The House bill also includes" after "The Senate passed a bill"
        parts = here if kind != "another" else here[:1]
        mine = {total.amount.start, *(r.amount.start for r in extra)}
        if any(r.amount.start in protected and _owner_of(by_start, r.amount.start) is not None
               and _owner_of(by_start, r.amount.start).total.amount.start not in mine
               for r in parts):  # fmt: skip
            continue  # explicit words gave it to another total ("It" is the part before)
        fit = _fits(by_start, total, [*extra, *parts], kind != "another")
        if not fit or not any(r in fit for r in parts):
            continue
        cue = ("continued_list", m.group(0).strip(), sentence.start, sentence.start + m.end())
        _move(by_start, make_linked, total, fit, cue)
        linked_parts |= {r.amount.start for r in fit}
    return linked_parts | _link_parallel_parts(
        text, sentences, readings, by_start, make_linked, protected | linked_parts
    )


#: Before the sum of a sentence that states one more part beside the part before it, its
#: whole left out: "While 36 billion is being provided for housing", "And €5bn is for ...";
#: or nothing at all: "€5bn is for schools".
_BESIDE = re.compile(r"^\W*(?:(?:while|whereas|and|meanwhile|similarly|likewise)\b\W*)?$", re.I)


def _link_parallel_parts(text, sentences, readings, by_start, make_linked, protected) -> set:
    """Link the sums of a sentence that opens with its sum, each saying what it is for, to
    the total the sentence before gave a part to by explicit words ("24 billion of that
    money will be put into transport. While 36 billion is being provided for housing."),
    while they fit in what is left of it. Up to one sentence stating no sum may stand between.
    Returns the starts of the parts linked."""
    linked_parts: set[int] = set()
    owned = {p.amount.start for lk in by_start.values() for p in lk.parts}
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        if not here or any(r.amount.start in owned for r in here):
            continue
        if not _BESIDE.match(text[sentence.start : here[0].amount.start]):
            continue
        if NAMED_WHOLE.search(sentence.text):
            continue  # "€5bn is for the new fund": that whole, not the list before
        if any(r.link is None or r.own_whole or r.barred or r.added or r.change for r in here):
            continue
        back = [r for r in readings if index - 2 <= r.sentence < index]
        back = [r for r in back if r.sentence == max(x.sentence for x in back)] if back else []
        if not back or not all(r.amount.start in protected for r in back):
            continue  # the part before was not given by words to its total
        owner = _owner_of(by_start, back[-1].amount.start)
        if owner is None or any(_owner_of(by_start, r.amount.start) is not owner for r in back):
            continue
        fit = _fits(by_start, owner.total, here, own_whole_ok=False)
        if len(fit) != len(here):
            continue
        lead = text[sentence.start : here[0].amount.start]
        _move(by_start, make_linked, owner.total, fit,
              ("parallel_part", lead.strip(), sentence.start, here[0].amount.start))  # fmt: skip
        linked_parts |= {r.amount.start for r in fit}
        owned |= {r.amount.start for r in fit}
    return linked_parts


#: A sentence opening with a definite whole and an inclusion verb: "The budget includes".
_NOUN_INCLUDES = re.compile(rf"^\W*(?:the|this|that|its)\s+(?P<noun>(?:[\w'’-]+\s+){{0,3}}?"
                            rf"[\w'’-]+)\s+(?:(?:would|will)\s+)?{_INCLUDE}\b", re.I)  # fmt: skip


def _listed_before(text, sentences, readings, index: int):
    """For "It also includes B" after "The budget includes A" (A linked to no total): the
    total "the budget" names, and A as a part beside B. (None, []) when there is none."""
    before = [r for r in readings if r.sentence == index - 1 and r.amount.value is not None]
    if not before:
        return None, []
    prev = sentences[index - 1]
    m = _NOUN_INCLUDES.match(text[prev.start : before[0].amount.start])
    if not m:
        return None, []
    total = _named(text, sentences, readings, index - 1, m.group("noun"), prev.start)
    return (total, before) if total is not None else (None, [])
