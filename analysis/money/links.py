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
- the topic: the sentences since the total went on about its whole ("it heads to the
  Senate", "the measure"), so a part that says what it is for is still about it
  (``analysis.money.topics``; only for the first sums after the total, when they fit in it);
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

Words that name a part's whole outright need no weighing, and override it
(``analysis.money.explicit``): "$400m of that", "$60m as part of the total $150m",
"The budget is composed of ...", "The breakdown is as follows:", "Other allocations
include:", "donors pledged $X" then each donor's pledge, "brings the total to $Y",
"a total of $Y" after "on top of", and "from $A to $B ... the additional $C"; a sentence
that goes on with a list begun before it ("It also includes ...", "The bill also contains
...", "Also in the package: ...", "Another $2bn is set aside for ...") adds to the same
total (``analysis.money.continuations``); a "respectively" list ("the army and navy get
$4bn and $3bn respectively") is a list of sibling parts of the whole the sentence refers
back to, kept as a second breakdown when that whole is already split another way
(``analysis.money.respectively``). A total stated after its parts ("..., out of the $90m
package", "bringing the total to" when the sums add up, "In all, the loan is worth",
"Total: $450m" under a list) takes them (``analysis.money.closing``), and a sum each of
several parties gives counts once per party (``analysis.money.multiples``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from analysis.money.adjacent import link_adjacent_parts
from analysis.money.amount import Amount, share_of
from analysis.money.assignment import Candidates, assign_by_sums, record_candidate
from analysis.money.breakdowns import link_part_breakdowns
from analysis.money.bystanders import SUPERLATIVE, restates_within_bounds
from analysis.money.clauses import (
    link_colon_items,
    link_owned_sources,
    link_pair_items,
    link_relative_splits,
    link_restated_shares,
    link_subjectless_includes,
)
from analysis.money.closing import link_closing_totals
from analysis.money.continuations import link_continued_parts
from analysis.money.explicit import (
    link_compositions,
    link_increases,
    link_of_references,
    link_running_totals,
    link_totals_on_top,
)
from analysis.money.far_parts import link_far_parts
from analysis.money.headline import link_headline_totals
from analysis.money.lines import link_label_lines, link_section_headings
from analysis.money.lists import link_announced_lists, link_members
from analysis.money.multiples import link_equal_pieces
from analysis.money.openers import (
    link_among_openers,
    link_cumulative_tranches,
    link_first_items,
    link_further_parts,
    link_of_openers,
    link_tranches,
)
from analysis.money.ordinals import link_ordinal_items
from analysis.money.recipients import link_recipient_lists
from analysis.money.respectively import link_respective_lists
from analysis.money.rules import (
    ADDED_BEFORE,
    ADDITION_TO,
    AGGREGATE_BEFORE,
    BACK_REFERENCE,
    BASELINE_BEFORE,
    CHANGE_BEFORE,
    CHANGE_TO_AFTER,
    CHANGE_VERB_BEFORE,
    CLAUSE_BREAK,
    EARLIER_PERIOD,
    EXCLUDED_AFTER,
    EXCLUDED_BEFORE,
    FRACTIONS,
    FRONTED_PURPOSE,
    GENERAL_WORDS,
    GIVEN_ON_TOP,
    ITEMS_COLON,
    KIND_ADJECTIVES,
    LINK_THRESHOLD,
    LINK_WEIGHTS,
    NAME_WORD,
    NAMED_WHOLE,
    NEAR_SENTENCES,
    NOT_A_PART,
    NOUN_REFERENCE,
    OPEN_CUE,
    ORDINAL,
    OUTSIDE_ACTION,
    OUTSIDE_OBJECT,
    OUTSIDE_OF,
    PARALLEL_ITEM,
    PART_CUE,
    PART_OF_OUTER,
    PARTS_BEFORE_SENTENCES,
    PERCENT_OF_TOTAL,
    PRONOUN_REFERENCE,
    PURPOSE_BRACKETED,
    PURPOSE_OF_BEFORE,
    PURPOSE_VERB_AFTER,
    RECIPIENT_LIST_ITEM,
    RECIPIENT_NP_GETS,
    RECIPIENT_WITH,
    REFUSED_AFTER,
    REFUSED_BEFORE,
    REQUESTED_BEFORE,
    RUNNING_TOTAL,
    SHARE_SUBJECT,
    SHARED_OUT,
    SIDE_BY_SIDE,
    SPLIT_ANNOUNCED,
    STATED_REMAINDER,
    SUM_MAX_PARTS,
    SUM_POOL,
    SUM_WINDOW,
    TOTAL_AFTER_PARTS,
    TOTAL_SUBJECT,
    TOTAL_VALUE_OF,
    TRAILING_TOTAL,
    VERB_OF_NOUN,
    WHOLE_AFTER,
    WHOLE_BEFORE,
    WHOLE_CHANGED_TO,
    WHOLE_FAMILIES,
    WHOLE_KIND,
    WHOLES_OF_AFTER,
    YEAR,
)
from analysis.money.runs import family_stated_before, link_summing_runs, written_precision
from analysis.money.segments import link_segments
from analysis.money.share_back import link_stated_shares
from analysis.money.topics import find_topics

__all__ = [
    "Linked", "Reading", "computed_shares", "is_running_total", "link_across_article",
    "other_owner", "read_amount", "seed_cues", "shared_name",
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
    outside_of: int | None = None  # where the sum it is on top of starts: "in addition to $5bn"
    change: bool = False  # the change of another sum: "an increase of $33bn", "up $9.9bn"
    lead: str = ""  # the two words before it in its sentence: "package allocates"
    given_on_top: bool = False  # given on top of earlier sums: "it added a further $10m"
    named_total: bool = False  # its clause names it a total: "The total staff cost is $9bn"


@dataclass
class Linked:
    """A total and its parts so far, with the evidence that linked each part."""

    total: Reading
    parts: list[Reading] = field(default_factory=list)
    cues: list[tuple[str, str, int, int]] = field(
        default_factory=list
    )  # (signal, words, start, end)
    seed: object = None  # the in-sentence allocation it extends, if any


_WHOLE_NOUNS = "|".join(sorted(map(re.escape, WHOLE_FAMILIES), key=len, reverse=True))
#: Right before "requests $X", a whole as the subject: "the FY 2026 budget requests".
_WHOLE_ASKS = re.compile(rf"\b(?:{_WHOLE_NOUNS})s?\s+(?:(?:also|still|now)\s+)?$", re.I)
#: Right before a whole word, what makes it a verb: "will first transfer", "to order".
_VERB_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|to|did|does|do|they|we)\s+"
    r"(?:(?:\w+ly|first|also|then|now|soon|still|not|again|further|each|both|jointly)\s+)?$",
    re.I,
)


def _whole_before(before: str) -> re.Match | None:
    """``WHOLE_BEFORE`` in the words before an amount, unless its whole word is a verb
    there ("They will first transfer missiles worth €1bn" names no transfer of €1bn)."""
    m = WHOLE_BEFORE.search(before)
    if m and _VERB_BEFORE.search(before[: m.start("whole")]):
        return None
    return m


#: After a share's sum, the whole it is a share of, named by a noun that is no reference
#: back ("of the country's income", not "of the total" or "of the budget").
_SHARE_OF_ANOTHER = re.compile(
    rf"\s+of\s+(?!(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:{_WHOLE_NOUNS}|total|money|"
    r"sum|amount)s?\b)(?!(?:it|that|this)\b)[\w'’-]+(?:\s+[\w'’-]+){0,3}",
    re.I,
)


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
    m = (WHOLE_AFTER.match(after) or _whole_before(before)
         or WHOLE_CHANGED_TO.search(before))  # fmt: skip
    if (
        m is None
        and (asked := REQUESTED_BEFORE.search(before))
        and not _WHOLE_ASKS.search(before, 0, asked.start())
    ):
        # "asked for $8bn in funding": the sum asked for is a request's, whatever its kind
        # (but "the budget requests $2bn for ships" is a line of the budget)
        family, whole_text = "budget", "request"
    elif m is None:
        m = WHOLE_KIND.match(after)
    if m:
        family = WHOLE_FAMILIES[m.group("whole").lower()]
        whole_text = (m.group("phrase") if "phrase" in m.re.groupindex else m.group(0)).strip()
        own = "phrase" not in m.re.groupindex
        plural = _is_plural(m)
    elif m := WHOLES_OF_AFTER.match(after):
        # "$4.7 billion of weapons sales": the sum of several wholes, itself no one whole
        family, whole_text = WHOLE_FAMILIES[m.group("whole").lower()], m.group("phrase")
        plural = True
    elif m := TOTAL_VALUE_OF.search(before):
        # "The total value of approved sales ... was $153bn": the sum of several sales
        family, whole_text = WHOLE_FAMILIES[m.group("whole").lower()], m.group("phrase")
        plural = True
    elif m := AGGREGATE_BEFORE.search(before):
        # "a total of 7 billion euros": the sum of several things, no one noun; it may
        # itself be a part of a larger total, so it is not the value of a whole of its own
        family, whole_text, plural = "total", m.group(0).strip(), True
    if not family and link and (m := _LINK_WHOLE.search(link[0])):
        # "allocated Rs 3 lakh crore for the defence budget": the sum is that whole's
        family, whole_text = WHOLE_FAMILIES[m.group("whole").lower()], link[0]
    if link is None and (m := PURPOSE_VERB_AFTER.match(after)):
        link = recipient_after(text, amount.end + m.end(), limit or sentence.end)
    if link is None and re.match(r"\s*\)", after) and (m := PURPOSE_BRACKETED.search(before)):
        start = sentence.start + m.start("phrase")  # "training (€600m)": the item's purpose
        link = (m.group("phrase"), start, start + len(m.group("phrase")))
    if link is None and (m := FRONTED_PURPOSE.match(before)):
        start = sentence.start + m.start("phrase")  # "For the patrol vessels, a $2bn contract"
        link = (m.group("phrase"), start, start + len(m.group("phrase")))
    if link is None and (m := PURPOSE_OF_BEFORE.search(before) or RECIPIENT_WITH.search(before)
                         or RECIPIENT_NP_GETS.search(before)
                         or RECIPIENT_LIST_ITEM.search(before)):  # fmt: skip
        start = sentence.start + m.start("phrase")
        link = (m.group("phrase"), start, start + len(m.group("phrase")))
    of_another = None
    if link is None and not family and (m := SHARE_SUBJECT.search(before)):
        if of_another := _SHARE_OF_ANOTHER.match(after):
            pass  # "Grain accounts for $3bn of the country's income": a share of that whole
        else:
            start = sentence.start + m.start("phrase")  # "Personnel costs account for $20bn"
            link = (m.group("phrase"), start, start + len(m.group("phrase")))
    barred = next((m for m in NOT_A_PART.finditer(sentence.text)
                   if not ADDITION_TO.search(sentence.text, 0, m.start())), None)  # fmt: skip
    why, outside = (barred.group(0), None) if barred else _outside_of(text, sentence, amount)
    if of_another and not why:
        why = of_another.group(0).strip()
    clause = before[max([0, *(m.end() for m in re.finditer(r";|\bwhile\b|\bwhereas\b|[$€£¥₹]",
                                                        before))]) :]  # fmt: skip
    rest_of_clause = re.split(r"[;,]|\b(?:while|whereas|and)\b|[$€£¥₹]", after, maxsplit=1)[0]
    if not why and (m := EARLIER_PERIOD.search(clause) or EARLIER_PERIOD.search(rest_of_clause)):
        why = m.group(0)  # "Last year, Rs 3.18 lakh crore had been earmarked": another period

    if not why and re.search(r"\(\s*$", before) and _PER_PERIOD.match(after):
        why = "per period"  # "£400m for roads (£200m per year for two years)": the same sum
    if not why and (REFUSED_BEFORE.search(clause) or REFUSED_AFTER.match(after)):
        why = "refused"  # "MPs rejected a provision of $8m": never granted, no part
    if not why and (EXCLUDED_BEFORE.search(before) or EXCLUDED_AFTER.match(after)):
        why = "excluded"  # "not including $1bn in loans": this sum only, not the sentence
    change = CHANGE_BEFORE.search(before) or BASELINE_BEFORE.search(before)
    if not change and CHANGE_TO_AFTER.match(after):
        change = CHANGE_VERB_BEFORE.search(before)  # "reserves rose $14m to $10.9bn"
    if change:
        # "an increase of $33 billion": the change of another sum, no whole and no part
        family, whole_text, own, plural, why = "", "", False, False, change.group(0).strip()
    # "$3bn would go to A, with an additional $2bn for B": added to the item before it, a
    # part like it; "$5bn, with an additional $1bn later" stays on top of the $5bn
    added = bool(ADDED_BEFORE.search(before)) and not _AFTER_AN_ITEM.search(before)
    # "It later pledged a further $10m": new money, in no total stated before it
    on_top = bool(ADDED_BEFORE.search(before) and GIVEN_ON_TOP.search(before))
    return Reading(amount, index, paragraph, link, family, whole_text, own, plural,
                   why, added, outside_of=outside, change=bool(change), given_on_top=on_top,
                   named_total=bool(TOTAL_SUBJECT.match(clause)),
                   lead=" ".join(before.split()[-2:]))  # fmt: skip


#: After a bracketed sum, words that make it an instalment of the sum before the bracket.
_PER_PERIOD = re.compile(
    r"\s*(?:per|a|each|every)\s+(?:year|annum|month|week|day|quarter)\b|"
    r"\s*(?:annually|yearly|monthly)\b",
    re.I,
)


def _outside_of(text, sentence, amount: Amount) -> tuple[str, int | None]:
    """What the words "in addition to", "on top of", "besides" ... put ``amount`` outside of.

    - ("", start of that sum) when the words open the sentence and name a sum: "In addition
      to the £220m, £96m is allocated to ..." (the £96m is no part of the £220m, but may be a
      part of another total; the £220m itself is outside nothing);
    - ("", None) when they name no thing but an action: "... in addition to providing food";
    - (the words, None) otherwise: "That comes on top of €1bn sent in May", "on top of the
      package": no part of an earlier total (the old, safe reading).

    >>> from types import SimpleNamespace
    >>> from analysis.money.amounts import find_amounts
    >>> t = "In addition to the $5 billion, $2 billion will go to schools."
    >>> s, (first, second) = SimpleNamespace(start=0, end=len(t)), find_amounts(t)
    >>> _outside_of(t, s, second), _outside_of(t, s, first)
    (('', 19), ('', None))
    """
    for m in OUTSIDE_OF.finditer(text, sentence.start, sentence.end):
        rest = text[m.end() : sentence.end]
        if OUTSIDE_ACTION.match(rest):
            continue
        obj = OUTSIDE_OBJECT.match(rest)
        opens = not re.search(r"\w", text[sentence.start : m.start()])
        if not (obj and obj.group("sum") and opens):
            return m.group(0).strip(), None
        at = m.end() + obj.start("sum")
        return "", (None if amount.start <= at < amount.end else at)
    return "", None


#: A purpose phrase that ends in a whole: "the defence budget", "the new aid package".
_LINK_WHOLE = re.compile(
    r"^(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<whole>budget|package|bill|fund|programme|program|plan)s?(?:\s+(?:for|of|in)\s.*)?$",
    re.I,
)


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
                    if m.group("ref").lower().startswith("the")
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
    candidates: Candidates = {}
    previous: tuple[Linked, int] | None = None
    topics = find_topics(sentences, paragraphs, readings)
    for index, sentence in enumerate(sentences):
        whole_run = [r for r in readings if r.sentence == index and r.amount.start not in taken]
        if whole_run and _LINE_ITEM.fullmatch(text[sentence.start : whole_run[0].amount.start]):
            # "£200m for health (...).£150m for broadband": verbless items go on with the
            # list the sentence before started
            for seed in seeds:
                if seed.parts and max(p.sentence for p in seed.parts) == index - 1:
                    previous = (seed, index - 1, "line_item")
        for run, clause in _clauses(sentence, whole_run):
            best = _best_total(text, sentences, paragraphs, readings, by_start, run, previous,
                               clause, candidates, topics)  # fmt: skip
            if best is None:
                continue
            linked, parts, cues = best
            if linked.total.amount.start not in by_start:
                by_start[linked.total.amount.start] = linked
            linked.parts = [p for p in linked.parts
                            if not any(restated_part(p, q) for q in parts)] + parts  # fmt: skip
            linked.cues += cues
            taken |= {p.amount.start for p in parts}
            previous = (linked, index)
    _totals_after_parts(sentences, readings, by_start, taken)
    _standfirst_parts(sentences, paragraphs, readings, by_start, taken)
    _wholes_inside_a_list(readings, by_start, taken)
    _stated_remainders(sentences, readings, by_start, taken)
    _sums_to_a_whole(text, sentences, paragraphs, readings, by_start)
    protected = {p.amount.start for s in seeds for p in s.seed.parts}  # found in-sentence
    protected |= link_compositions(text, sentences, readings, by_start, Linked, protected)
    protected |= link_of_references(text, sentences, readings, by_start, Linked)
    protected |= link_relative_splits(text, sentences, readings, by_start, Linked, protected)
    protected |= link_subjectless_includes(text, sentences, readings, by_start, Linked, protected)
    protected |= link_colon_items(text, sentences, readings, by_start, Linked, protected)
    protected |= link_pair_items(text, sentences, readings, by_start, Linked, protected)
    protected |= link_restated_shares(text, sentences, readings, by_start, Linked, protected)
    protected |= link_owned_sources(text, sentences, readings, by_start, Linked, protected)
    protected |= link_announced_lists(text, sentences, readings, by_start, Linked, protected)
    protected |= link_label_lines(text, sentences, readings, by_start, Linked, protected)
    protected |= link_section_headings(text, sentences, readings, by_start, Linked, protected)
    protected |= link_members(text, sentences, paragraphs, readings, by_start, Linked, protected)
    protected |= link_segments(text, sentences, readings, by_start, Linked, protected)
    protected |= link_totals_on_top(text, sentences, readings, by_start, Linked)
    protected |= link_increases(text, sentences, readings, by_start, Linked)
    protected |= link_of_openers(text, sentences, readings, by_start, Linked)
    protected |= link_first_items(text, sentences, readings, by_start, Linked)
    protected |= link_tranches(text, sentences, readings, by_start, Linked)
    protected |= link_cumulative_tranches(text, sentences, readings, by_start)
    protected |= link_equal_pieces(text, sentences, readings, by_start, Linked, protected)
    protected |= link_ordinal_items(text, sentences, readings, by_start, Linked, protected)
    protected |= link_recipient_lists(text, sentences, readings, by_start, Linked, protected)
    protected |= link_stated_shares(text, sentences, readings, by_start, Linked, protected)
    protected |= link_among_openers(text, sentences, readings, by_start, Linked, protected)
    protected |= link_further_parts(text, sentences, readings, by_start, Linked, protected)
    # Parts the text links by words first, then by place and arithmetic.
    protected |= link_continued_parts(text, sentences, readings, by_start, Linked, protected)
    protected |= link_respective_lists(text, sentences, readings, by_start, Linked, protected)
    protected |= link_adjacent_parts(
        text, sentences, paragraphs, readings, by_start, Linked, protected
    )
    protected |= link_summing_runs(
        text, sentences, paragraphs, readings, by_start, Linked, protected
    )
    protected |= link_far_parts(text, sentences, paragraphs, readings, by_start, Linked, protected)
    protected |= link_headline_totals(
        text, sentences, paragraphs, readings, by_start, Linked, protected
    )
    protected |= link_part_breakdowns(text, sentences, readings, by_start, Linked, protected)
    taken = {p.amount.start for linked in by_start.values() for p in linked.parts}
    link_running_totals(text, sentences, readings, by_start, Linked, taken)
    protected |= link_closing_totals(text, sentences, readings, by_start, Linked, protected)
    assign_by_sums(readings, by_start, candidates, protected, Linked)
    return sorted(by_start.values(), key=lambda s: s.total.amount.start)


#: The start of a verbless list line: nothing but a bullet before its sum.
_LINE_ITEM = re.compile(r"[\s\W]*")


def _sums_to_a_whole(text, sentences, paragraphs, readings, by_start) -> None:
    """Link to a total that names a whole the sums around it that add up to it exactly,
    when words alone did not link them all: "$4.7 billion of weapons sales to A, B and C"
    then "A was approved to buy $2.9 billion ...", "B ... $1.3 billion", "$500 million ...
    C", each in its own paragraph. The exact sum is the evidence, but only with words
    relating each sum to the total: the total names a whole ("sales", "package", "a
    combined value", or the whole an earlier statement of the same sum named: the
    headline's "$8bn aid package" restated in the lede as "estimated at $8bn"; "a further
    $X package" is a whole of its own too), and every part says what it is for or names
    what the total's sentence names. Parts already linked to the total stay and count in
    the sum. Several sets of sums that add up link nothing: arithmetic alone cannot tell
    them apart."""
    taken = {p.amount.start for linked in by_start.values() for p in linked.parts}
    for total in readings:
        t = total.amount
        linked = by_start.get(t.start) or Linked(total)
        family = total.family or family_stated_before(total, readings)
        if (not family or t.value is None or t.start in taken or total.barred
                or (total.added and not total.own_whole) or t.qualifier == "at_least"
                or any(p.computed for p in linked.parts)
                or is_running_total(text, sentences[total.sentence], t)):  # fmt: skip
            continue
        pool = _sum_candidates(text, sentences, paragraphs, readings, total, taken)
        if not pool:
            continue
        found = _exact_subsets(total, linked.parts, pool)
        if len(found) != 1:
            continue  # none, or several ways to add up
        parts = list(found[0])
        if _list_goes_on(paragraphs, pool, parts):
            continue
        total_sentence = sentences[total.sentence]
        related = all(p.link is not None or _shared_names(total_sentence, sentences[p.sentence], p)
                      for p in parts)  # fmt: skip
        if not related:
            continue
        start = total_sentence.start
        linked.parts = sorted([*linked.parts, *parts], key=lambda r: r.amount.start)
        linked.cues += [("sums_to_whole", total.whole_text, start, start),
                        ("sums_exactly", "", start, start)]  # fmt: skip
        by_start[t.start] = linked
        taken |= {p.amount.start for p in parts}


def _list_goes_on(paragraphs, pool: list[Reading], parts: list[Reading]) -> bool:
    """True when the sums after ``parts`` go on as a list of the same kind: the next sum of
    ``pool`` after the last part, in its paragraph or the next, says what it is for ("$6m
    for roads, $4m for schools, $3m for ports" is no split of a $10m fund)."""
    last = max(parts, key=lambda r: r.amount.start)
    after = [r for r in pool if r.amount.start > last.amount.start]
    if not after:
        return False
    nxt = min(after, key=lambda r: r.amount.start)
    return nxt.link is not None and paragraphs[nxt.sentence] - paragraphs[last.sentence] <= 1


def _sum_candidates(text, sentences, paragraphs, readings, total: Reading, taken):
    """The sums that may be parts of ``total`` by arithmetic: in its own paragraph before
    it, or in the ``SUM_WINDOW`` sentences after it, in its currency and smaller, no
    running total, none on top of another, one sum per value (a sum stated again is one).
    None when the same value as the total's is stated again after it in that stretch (the
    later statement is the total)."""
    t = total.amount
    ceiling = t.high if t.qualifier in ("range", "at_most") and t.high else t.value
    pool, values = [], set()
    for r in readings:
        a = r.amount
        if r is total or a.value is None or a.currency != t.currency or a.start in taken:
            continue
        before = r.sentence <= total.sentence and a.start < t.start
        if before and paragraphs[r.sentence] != paragraphs[total.sentence]:
            continue
        if not before and not (total.sentence <= r.sentence <= total.sentence + SUM_WINDOW):
            continue
        if a.value == t.value and a.start > t.start:
            return None
        if (a.value >= ceiling or r.barred or r.added or r.computed
                or is_running_total(text, sentences[r.sentence], a)):  # fmt: skip
            continue
        if a.value in values:
            continue
        values.add(a.value)
        pool.append(r)
    return pool[:SUM_POOL]


def _exact_subsets(total: Reading, given, pool: list[Reading]) -> list[tuple[Reading, ...]]:
    """Every set of sums of ``pool`` that, with the parts ``given``, adds up to ``total``
    in 2 to ``SUM_MAX_PARTS`` parts: within 0.1% of an exact total (rounded figures), 2%
    of an approximate one. Stops at the second set found."""
    from itertools import combinations

    t = total.amount
    target = _dec(t.high if t.qualifier in ("range", "at_most") and t.high else t.value)
    target -= sum((_dec(p.amount.value) for p in given), Decimal(0))
    share = Decimal("0.02") if t.qualifier == "approx" else Decimal("0.001")
    tolerance = max(share * _dec(t.value), Decimal("0.005"))
    found = []
    for size in range(max(1, 2 - len(given)), SUM_MAX_PARTS - len(given) + 1):
        for chosen in combinations(pool, size):
            if abs(sum(_dec(r.amount.value) for r in chosen) - target) <= tolerance:
                found.append(chosen)
                if len(found) > 1:
                    return found
    return found


def _clauses(sentence, run: list[Reading]):
    """Split a sentence's amounts at a clause with its own subject naming a whole ("The
    House bill would provide $17.6bn, while the Senate bill includes $14.1bn"): each
    clause's amounts are linked on their own, with the words of their own clause.
    Yields (amounts, clause) where the clause is a ``Sentence`` holding part of the text."""
    if not run:
        return
    breaks = [sentence.start + m.start() for m in CLAUSE_BREAK.finditer(sentence.text)]
    first = run[0].amount.start - sentence.start
    breaks += [sentence.start + m.start() for m in ITEMS_COLON.finditer(sentence.text, first)]
    breaks.sort()
    bounds = [sentence.start, *breaks, sentence.end]
    for low, high in zip(bounds, bounds[1:], strict=False):
        inside = [r for r in run if low <= r.amount.start < high]
        if inside:
            words = sentence.text[low - sentence.start : high - sentence.start]
            clause = sentence._replace(start=low, end=high, text=words)
            yield inside, clause


def _stated_remainders(sentences, readings, by_start, taken) -> None:
    """Link a part the text calls what is left ("$1.8bn was earmarked for this year. The
    remaining $2.7bn ...") to the total it completes: the latest earlier total, within
    ``NEAR_SENTENCES``, that the parts stated since (or already linked to it) and this one
    add up to exactly. "Remaining" says the parts are the whole; without the sum, no link."""
    for part in readings:
        p = part.amount
        sentence = sentences[part.sentence]
        m = STATED_REMAINDER.search(sentence.text[: p.start - sentence.start])
        if not m or p.value is None or p.start in taken:
            continue
        earlier = [t for t in readings if t.amount.end <= sentence.start + m.start()
                   and part.sentence - t.sentence <= NEAR_SENTENCES
                   and t.amount.currency == p.currency and t.amount.value
                   and t.amount.value > p.value]  # fmt: skip
        for total in reversed(earlier):
            t = total.amount
            linked = by_start.get(t.start)
            if linked and linked.parts:
                before = list(linked.parts)
            else:
                limit = sentence.start + m.start()
                before = [r for r in readings if t.end <= r.amount.start < limit
                          and r.amount.start not in taken and r.amount.currency == p.currency
                          and r.amount.value and r.amount.value < t.value]  # fmt: skip
            if not before or not _adds_up(t.value, [*(r.amount.value for r in before), p.value]):
                continue
            linked = linked or Linked(total)
            linked.parts = [*before, part]
            cue = sentence.start + m.start()
            linked.cues += [("stated_remainder", m.group(0).strip(), cue, cue + len(m.group(0))),
                            ("sums_exactly", "", cue, cue)]  # fmt: skip
            by_start[t.start] = linked
            taken |= {r.amount.start for r in linked.parts}
            break


def _adds_up(total: float, values: list[float]) -> bool:
    """True when ``values`` add up to ``total`` (to a thousandth, for rounded figures)."""
    return abs(sum(values) - total) <= 0.001 * total


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


def _standfirst_parts(sentences, paragraphs, readings, by_start, taken) -> None:
    """Link the parts a standfirst states before its total: "The budget includes $2.7tn for
    salaries" in the short paragraph under the headline, then the lede's "set aside $5.9tn
    in this year's budget". The standfirst must name the whole ("the budget"), the lede's
    total sentence name it too, and the parts fit inside the total."""
    first = [i for i, p in enumerate(paragraphs) if p == 1]
    if not first or len(first) > 2:
        return  # no standfirst: one or two sentences right under the headline
    lede = [r for r in readings if paragraphs[r.sentence] == 2 and r.amount.value]
    for index in first:
        sentence = sentences[index]
        here = [r for r in readings if r.sentence == index and r.amount.start not in taken
                and not r.barred and r.amount.value]  # fmt: skip
        if not here:
            continue
        head = sentence.text[: here[0].amount.start - sentence.start]
        m = next(NOUN_REFERENCE.finditer(head), None)
        if not m or m.group("det").lower() not in ("the", "this", "its"):
            continue
        word = m.group("whole").lower()
        family = WHOLE_FAMILIES[word]
        for total in lede:
            own = sentences[total.sentence].text
            named = total.family == family or re.search(rf"\b{re.escape(word)}", own, re.I)
            if not named or not all(_before_total(total, p, taken) or p.link is None and
                                    _may_be_part_before(total, p) for p in here):  # fmt: skip
                continue
            linked = by_start.get(total.amount.start) or Linked(total)
            if _fit(linked, here) == "overspends":
                continue
            start = sentence.start + m.start()
            linked.parts = sorted([*linked.parts, *here], key=lambda r: r.amount.start)
            linked.cues.append(("standfirst", m.group(0).strip(), start, sentence.start + m.end()))
            by_start[total.amount.start] = linked
            taken |= {p.amount.start for p in here}
            break


def _wholes_inside_a_list(readings, by_start, taken) -> None:
    """Link a whole of its own stated in the middle of a total's list of parts: "$15bn for
    A; ... $2bn for B." then "B received a $10bn aid package, including ..." then "The
    package also includes $10bn for C": the list goes on around it, so the $10bn package is
    one of the parts (its own parts stay its own). It must fit inside the total."""
    for linked in list(by_start.values()):
        sentences_of = sorted({p.sentence for p in linked.parts})
        if len(sentences_of) < 2:
            continue
        t = linked.total.amount
        for r in readings:
            a = r.amount
            other = a.value is None or a.currency != t.currency or a.value >= t.value
            if not r.own_whole or a.start in taken or r.barred or r.added or other:
                continue
            if a.start <= t.end:
                continue
            before = [i for i in sentences_of if 0 < r.sentence - i <= 2]
            after = [i for i in sentences_of if 0 < i - r.sentence <= 2]
            if not before or not after or _fit(linked, [r]) == "overspends":
                continue
            linked.parts = sorted([*linked.parts, r], key=lambda x: x.amount.start)
            linked.cues.append(("inside_list", r.whole_text, a.start, a.start))
            taken.add(a.start)


def _may_be_part_before(total: Reading, part: Reading) -> bool:
    t, p = total.amount, part.amount
    return p.currency == t.currency and t.value is not None and p.value < t.value


def _before_total(total: Reading, part: Reading, taken) -> bool:
    """True when ``part``, stated before ``total``, may be one of its parts."""
    t, p = total.amount, part.amount
    return (p.start not in taken and part.link is not None and not part.barred
            and p.currency == t.currency and p.value is not None
            and t.value is not None and p.value < t.value)  # fmt: skip


def _best_total(text, sentences, paragraphs, readings, by_start, run, previous, clause=None,
                candidates: Candidates | None = None, topics=None):  # fmt: skip
    """The best (linked, parts, cues) for the amounts of one sentence (or of one ``clause``
    of it), or None. Every total the words relate the amounts to is recorded in
    ``candidates`` with the weight of those words (arithmetic left out), for
    ``assign_by_sums``."""
    best, best_score = None, LINK_THRESHOLD - 1e-9
    loud, loud_score = None, LINK_THRESHOLD - 1e-9  # named explicitly, but the sums overspend
    owners = {p.amount.start: item for item in by_start.values() for p in item.parts}
    for total in readings:
        if total.sentence > run[0].sentence or total.amount.value is None:
            continue
        if total.change:
            continue  # "an increase of $33bn" is the change of a total, not one
        if not total.amount.currency_text and not total.own_whole:
            continue  # "1.9 million" with no currency written is a part at most
        if _restated_later(total, run[0], readings):
            continue  # the headline's "$1B", stated again in the lede: the later one is the total
        linked = by_start.get(total.amount.start) or Linked(total)
        if linked.parts and _fit(Linked(total), linked.parts) == "sums_exactly":
            continue  # fully itemised: "the package" now means one of its parts
        parts = [p for p in run if _may_be_part(total, p, readings)
                 and not _restates_part(linked, p)]  # fmt: skip
        if not parts:
            continue
        scored = _score(
            text, sentences, paragraphs, linked, parts, readings, previous, clause, owners, topics
        )
        if (scored and previous and len(previous) > 2 and total in previous[0].parts
                and not {c[0] for c in scored[1]} & _EXPLICIT):  # fmt: skip
            continue  # a verbless list line is the next item of its list, not a part of one
        if scored and candidates is not None:
            _record(candidates, total, parts, scored)
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


def _record(candidates: Candidates, total: Reading, parts, scored) -> None:
    """Record ``total`` as a candidate of each of ``parts`` with the weight of the words
    that relate them: the score without the arithmetic and the order ("continues")."""
    score, cues = scored
    words = [c for c in cues if c[0] not in _ARITHMETIC and c[0] != "continues"]
    weight = score - sum(LINK_WEIGHTS[c[0]] for c in cues if c[0] in _ARITHMETIC)
    weight -= LINK_WEIGHTS["continues"] * any(c[0] == "continues" for c in cues)
    for p in parts:
        record_candidate(candidates, total.amount.start, p.amount.start, weight, words)


_ARITHMETIC = frozenset({"sums_exactly", "fits", "overspends"})


def _restated_later(total: Reading, part: Reading, readings) -> bool:
    """True when the same sum, as a whole of the same family or as a bare sum ("Of the
    $50bn, ..."), is stated again after ``total`` and before ``part``."""
    t = total.amount
    return any(
        (r.amount.value == t.value and r.amount.currency == t.currency
         and r.family in (total.family, "")
         or r.family and r.family == total.family and restates_within_bounds(t, r.amount))
        and t.start < r.amount.start and r.sentence < part.sentence
        for r in readings
    )  # fmt: skip


def _restates_part(linked: Linked, part: Reading) -> bool:
    """True when ``part`` states again the value of a part already linked to the total:
    "About $6.5 billion, about half of the package, will go to ..." after "$6.5 billion"."""
    # the same value given to something else ("£29m for culture" ... "Over £29m for
    # business") is another part, not the same one again
    return any(p.amount.value == part.amount.value
               and (p.link is None or part.link is None
                    or p.link[0].lower() == part.link[0].lower())
               for p in linked.parts)  # fmt: skip


def _outside_sum(part: Reading, readings) -> float | None:
    """The value of the sum ``part`` is said to be on top of (None when it is not read)."""
    at = part.outside_of
    return next((r.amount.value for r in readings if r.amount.start <= at < r.amount.end), None)


def _may_be_part(total: Reading, part: Reading, readings: list[Reading]) -> bool:
    t, p = total.amount, part.amount
    if p.start <= t.end or p.currency != t.currency or p.value is None:
        return False
    if part.barred and not (part.sentence == total.sentence and part.barred == total.barred):
        # "so far" bars a sum from an earlier total, not from the running total of its own
        # sentence: "Donors have so far given $1.1bn, of which $600m came from the EU"
        return False
    if part.named_total:
        return False  # "The total staff cost is $9bn": a total of its own, no one's part
    if part.outside_of is not None and _outside_sum(part, readings) in (t.value, None):
        return False  # "In addition to the £220m, £96m ...": not a part of the £220m
    if p.value >= (t.high if t.qualifier in ("range", "at_most") and t.high else t.value):
        return False
    if t.value - p.value <= min(written_precision(t), 0.01 * t.value) > written_precision(p):
        return False  # "Rs 7.85 lakh cr" ... "Rs 7,84,678 crore": the total to more digits
    restated = any(
        r.amount.value == p.value and r.amount.currency == p.currency and r.amount.start < p.start
        for r in readings
    )
    if part.family and part.family == total.family and restates_within_bounds(t, p):
        return False  # "$1.1B deals" ... "deals worth more than $1 billion": the same sum
    # "the $50m credit" names again a sum stated before; "another $50m credit" is a new one
    again = restated and not re.search(r"\b(?:another|a\s+second|a\s+further)$", part.lead, re.I)
    return not (again and part.own_whole)


#: Between two sums of one list of like wholes: "a $500m contract with A for radars, a
#: $139m contract with B ..." (the "with" inside the first item opens nothing).
_SIBLING_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an|another)\s*\Z", re.I)
_NOUN_AFTER = re.compile(r"[\s-]*([a-z]+)")


#: Before a sum, a sum with its purpose and then words adding this one to it: "$3bn would go
#: toward A, with an additional ".
_AFTER_AN_ITEM = re.compile(
    r"[$€£¥₹\d][^;$€£¥₹]*?\b(?:to|for|toward|towards|on)\b[^;$€£¥₹]*?(?:,\s*|\s)"
    r"(?:with|and|plus)\s+(?:another|a\s+further|an\s+additional|an\s+extra)\s+$",
    re.I,
)
#: Between a sum with its own purpose and the next: "..., with an additional", "and another".
_ADDED_SIBLING = re.compile(
    r"(?:,\s*|\s)(?:with|and|plus)\s+(?:another|a\s+further|an\s+additional|an\s+extra)\s*$",
    re.I,
)


def _sibling_items(text, total, part, gap) -> bool:
    """True when ``part`` is the next item of a list that ``total`` opens: the same noun
    follows both sums and only ", a" / "and a" comes right before the second."""
    if total.link and _ADDED_SIBLING.search(gap):
        return True  # "$3bn would go to A, with an additional $2bn to B": side by side
    first = _NOUN_AFTER.match(text, total.amount.end)
    second = _NOUN_AFTER.match(text, part.amount.end)
    return bool(_SIBLING_GAP.search(gap) and first and second
                and first.group(1) == second.group(1))  # fmt: skip


def _score(
    text,
    sentences,
    paragraphs,
    linked: Linked,
    parts,
    readings,
    previous,
    clause=None,
    owners=None,
    topics=None,
):
    """Return (score, cues) for ``parts`` (one sentence's, or one clause's) as parts of
    ``linked.total``; None when a signal bars the link."""
    total = linked.total
    sentence = clause or sentences[parts[0].sentence]
    cues: list[tuple[str, str, int, int]] = []
    if _other_kind(sentences[total.sentence], sentence):
        return None
    if _other_year(sentences, total, sentence):
        return None  # "The capital outlay in the budget 2020-21 was ..." under a 2021-22 total
    same = total.sentence == parts[0].sentence
    if same:
        gap_start = total.amount.end
        if total.link and gap_start <= total.link[1] and total.link[2] <= parts[0].amount.start:
            gap_start = total.link[2]  # the total's own "for Turkey" is no list word
        gap = _without_asides(text[gap_start : parts[0].amount.start])
        m = OPEN_CUE.search(gap)
        if not m or ";" in gap or SIDE_BY_SIDE.search(gap) or PARALLEL_ITEM.match(gap):
            return None
        if _sibling_items(text, total, parts[0], gap):
            return None
        cues.append(("open_cue", m.group(0), gap_start + m.start(), gap_start + m.end()))
    else:
        if (meant := _of_that_sum(sentences, parts, readings)) and meant is not total:
            return None  # "Of that sum, $263m ...": a share of the sum just named, no other
        cues += _references(text, sentences, paragraphs, total, parts, readings, sentence, owners)
        own = _own_words(sentences[total.sentence], total, readings)
        if names := _shared_names(own, sentence, parts[0]):
            cues.append(("same_names", names, sentence.start, sentence.start))
        if total.plural and parts[0].sentence - total.sentence <= NEAR_SENTENCES:
            cues.append(("several", total.whole_text, sentence.start, sentence.start))
        if m := _announced(text, sentences, paragraphs, total, parts[0]):
            cues.append(("announced", m.group(0), m.start(), m.end()))
        elif linked.parts and _on_topic(topics, sentences, linked, parts, readings):
            # a total its own sentence began to itemise ("The army gets $50m out of a
            # budget of $100m"), and the next sentence goes on about it: the list goes on
            # (the topic, not the weaker "right_after")
            cues.append(("topic", total.whole_text, sentence.start, sentence.start))
        elif _right_after(sentences, paragraphs, total, parts[0], readings):
            # "A new package totalling £3m will ... A project will receive £1m ...": the
            # next sentence still speaks of the whole the total names
            cues.append(("right_after", total.whole_text, sentence.start, sentence.start))
        elif _on_topic(topics, sentences, linked, parts, readings):
            # the sentences since the total went on about its whole ("it heads to the
            # Senate", "the measure"): this one is still about it (analysis.money.topics)
            cues.append(("topic", total.whole_text, sentence.start, sentence.start))
    named = {c[0] for c in cues} & {
        "noun_reference",
        "loose_reference",
        "open_cue",
        "pronoun_reference",
    }
    # "a deal worth $2bn" is a whole of its own unless the text says it is a part, or
    # the total is of several such wholes ("two contracts worth $X ... a contract worth $Y")
    one_of_several = total.plural and all(p.family == total.family for p in parts)
    # "$150m to A, $50m for B and another $50m credit to C" under a $250m credit: an item of
    # the total's own kind inside a list of its items is one of them, not a new whole
    one_of_several = one_of_several or (
        any(not p.own_whole for p in parts)
        and all(not p.own_whole or p.family == total.family for p in parts)
    )
    here = parts[0].sentence
    last = max([total.sentence, *(p.sentence for p in linked.parts)])
    next_paragraph = (
        paragraphs[here] - paragraphs[last] <= 1
    )  # the list goes on paragraph by paragraph
    continues = (
        previous
        and previous[0] is linked
        and (here - previous[1] <= NEAR_SENTENCES or next_paragraph)
    )
    # "Revenue expenditure ... has been pegged at Rs 2.09 lakh crore" right after the
    # total's first part: a whole of its own, but the next item of the list going on
    next_item = continues and here - previous[1] == 1 and linked.parts
    if (any(p.own_whole for p in parts) and not named - {"pronoun_reference"}
            and not one_of_several and not next_item):  # fmt: skip
        return None
    if any(p.given_on_top for p in parts) and total.amount.start < parts[0].amount.start:
        return None  # "It later added a further $10m": on top of the $40m, not in it
    if any(p.added for p in parts) and not named and not (continues and linked.parts):
        # "another $1bn could follow" is on top of the total, not in it; but "A will
        # receive $2m. A further $1m will go to B" goes on with the total's list of parts
        return None
    lead = text[sentence.start : parts[0].amount.start]
    if m := PART_CUE.search(lead):
        cues.append(("part_cue", m.group(0), sentence.start + m.start(), sentence.start + m.end()))
    if continues:
        cues.append(("continues", "", sentence.start, sentence.start))
    if not same and _SHIFT.match(sentences[parts[0].sentence].text):
        # "Meanwhile, Russia sold weapons worth $2bn": the text turns to another matter, so
        # only words naming the total relate the sum to it, not the topic or the order
        cues = [c for c in cues if c[0] not in _POSITIONAL]
    weights = sum(LINK_WEIGHTS[c[0]] for c in cues)
    weights += LINK_WEIGHTS["purpose"] * sum(p.link is not None for p in parts) / len(parts)
    fit = _fit(linked, parts)
    weights += LINK_WEIGHTS[fit]
    # a list of parts goes on: the distance counts from the last part linked, or the total,
    # and a part in the paragraph right after it is near
    on_topic = any(c[0] == "topic" for c in cues)
    distance = 0 if (continues and next_paragraph) or on_topic else here - last
    weights += LINK_WEIGHTS["distance"] * max(0, distance - 1)
    distance = parts[0].sentence - total.sentence
    referred = any(c[0] not in ("part_cue", "same_names", "several") for c in cues)
    # a part of a named whole is a whole too: "$15bn to support Sylvania" in the package
    whole = total.family or (owners is not None and total.amount.start in owners)
    if not referred and (distance > NEAR_SENTENCES or not whole):
        return None  # no words relate them: parts that merely add up are no split
    return weights, [*cues, (fit, "", sentence.start, sentence.start)]


#: A sentence opening that turns to another matter: "Meanwhile,", "Elsewhere,".
_SHIFT = re.compile(
    r"^\W*(?:meanwhile|elsewhere|in\s+other\s+news|on\s+the\s+other\s+hand|in\s+contrast)\b",
    re.I,
)
#: Signals that relate a sum to a total by where it stands, not by words naming the total.
_POSITIONAL = frozenset({"topic", "right_after", "continues", "topic_reference", "same_names"})


def _on_topic(topics, sentences, linked: Linked, parts, readings) -> bool:
    """True when ``parts`` are in a sentence about ``linked``'s whole (``find_topics``) that
    names no whole itself, each says what it is for, and every sum stated between the total
    and them is already one of its parts: the first sums after a total (when the run of sums
    from them on fits in it), or the list going on."""
    total = linked.total
    if not topics or topics[parts[0].sentence] != total.amount.start:
        return False
    if any(p.link is None for p in parts):
        return False
    sentence = sentences[parts[0].sentence]
    if NAMED_WHOLE.search(sentence.text):
        return False  # "The House bill would provide ...": that whole, not the topic
    if not linked.parts and not _run_fits(total, parts[0], readings):
        return False  # the sums from here on add up to more than the total: no list of it
    held = {p.amount.start for p in linked.parts}
    # an aside's sums (on top, of another whole, a change) do not break the list; another
    # period's money does ("$30m was spent last year")
    return all(r.amount.start in held for r in readings
               if total.amount.end <= r.amount.start < parts[0].amount.start
               and not ((r.barred and not EARLIER_PERIOD.fullmatch(r.barred)) or r.added
                        or r.own_whole or r.change or r.family == "total"))  # fmt: skip


def _announced(text, sentences, paragraphs, total: Reading, part: Reading) -> re.Match | None:
    """The words of ``total``'s sentence announcing that its parts follow ("will divide
    £5m between the towns", "a breakdown of"), when ``part`` is in the sentences right
    after it and in its paragraph or the next; None otherwise."""
    if not 0 < part.sentence - total.sentence <= NEAR_SENTENCES:
        return None
    if paragraphs[part.sentence] - paragraphs[total.sentence] > 1:
        return None
    sentence = sentences[total.sentence]
    return SPLIT_ANNOUNCED.search(text, sentence.start, sentence.end)


def _right_after(sentences, paragraphs, total: Reading, part: Reading, readings) -> bool:
    """True when ``part`` is in the sentence right after ``total``'s (in its paragraph or
    the next), ``total`` names a whole made to be shared out, no other amount stands
    between them, and the sums of the sentences from the part on fit in the total."""
    if not SHARED_OUT.search(total.whole_text) or part.sentence - total.sentence != 1:
        return False
    if paragraphs[part.sentence] - paragraphs[total.sentence] > 1:
        return False
    t, p = total.amount, part.amount
    if any(t.end <= r.amount.start < p.start for r in readings):
        return False
    return _run_fits(total, part, readings)


def _run_fits(total: Reading, part: Reading, readings) -> bool:
    """True when the sums of the run of sentences stating sums from ``part``'s on fit in
    ``total``: sums that add up to more are no list of its parts."""
    t = total.amount
    ceiling = t.high if t.qualifier in ("range", "at_most") and t.high else t.value
    run, index = 0.0, part.sentence
    while here := [r for r in readings if r.sentence == index
                   and r.amount.currency == t.currency and r.amount.value is not None]:  # fmt: skip
        # an aside's sums (on top of, a change, "a total of" the parts) add nothing new
        sums = [r.amount.value for r in here
                if not (r.barred or r.added or r.change or r.family == "total")]  # fmt: skip
        run, index = run + sum(sums), index + 1
    return run <= ceiling


def _references(
    text, sentences, paragraphs, total: Reading, parts, readings, clause=None, owners=None
):
    """The words of the part's sentence (or ``clause``), and paragraph, that refer back
    to ``total``. ``owners`` maps the start of each part linked so far to its total."""
    sentence = clause or sentences[parts[0].sentence]
    cues = _noun_cues(sentence, total, parts, readings, sentences)
    if not cues or {c[0] for c in cues} == {"loose_reference"}:
        # "According to officials, the package for X will contain ... The cost may reach
        # $1.2bn": a reference in an earlier sentence of the part's paragraph that states
        # no amount of its own still names the whole the part is of ("The second deal ...
        # The whole programme is worth $2.5bn": that firmer reference wins over the loose one)
        here = parts[0].sentence
        for i in range(here - 1, total.sentence, -1):
            if paragraphs[i] != paragraphs[here] or any(r.sentence == i for r in readings):
                break
            if found := _noun_cues(sentences[i], total, parts, readings, sentences):
                if not cues or found[0][0] != "loose_reference":
                    cues = found
                break
    whole_sentence = sentences[parts[0].sentence]
    if (m := PRONOUN_REFERENCE.match(sentence.text)) and not _listed(total, readings):
        referent = _previous_subject(sentences, parts[0].sentence, readings)
        if referent is None:
            nearest = [r for r in readings if r.amount.start < whole_sentence.start]
            referent = nearest[-1] if nearest else None
            if (
                referent
                and owners
                and referent.amount.start in owners
                and not _OF_DEMONSTRATIVE.match(sentence.text)
            ):
                # "Of the $40bn, the bill allocates $22bn to A. It also includes $9bn ...":
                # "It" is the whole the sentence before itemised, not its last part; but
                # "Of that sum, $263m ..." takes a share of the very sum just named
                referent = owners[referent.amount.start].total
            if referent and is_running_total(text, sentences[referent.sentence], referent.amount):
                # "The $4bn package brings the total to $28bn. It includes ...": the package
                wholes = [r for r in nearest if r.sentence == referent.sentence and r.family]
                referent = wholes[-1] if wholes else None
        if referent is not None and (inner := _inner_family(referent, sentences, readings)):
            # "It is part of a $5bn plan. It includes ...": both pronouns are the whole
            # named before, not the plan it is part of
            named = [r for r in readings if r.family == inner and r.sentence < referent.sentence]
            referent = named[-1] if named else None
        if referent is total and parts[0].sentence - total.sentence <= 3:
            cues.append(("pronoun_reference", m.group(0), sentence.start, sentence.start + m.end()))
    if _of_that_sum(sentences, parts, readings) is total and not any(
        c[0] == "pronoun_reference" for c in cues
    ):
        m = _LARGEST_ITEM.match(whole_sentence.text) or _OF_DEMONSTRATIVE.match(whole_sentence.text)
        start = whole_sentence.start
        cues.append(("pronoun_reference", m.group(0).strip(), start + m.start(), start + m.end()))
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


#: A partitive of a demonstrative ("Of that sum,", "Of this amount,", "Of that,") takes a
#: share of the sum just named, even when that sum is itself a part of a larger whole.
_OF_DEMONSTRATIVE = re.compile(
    r"^\W*(?:of|out\s+of)\s+(?:that|this)(?:\s+(?:sum|amount|figure|money|allocation))?\s*,", re.I
)
#: "The largest item is $84m" right after a sum: the biggest of that sum's own items (with
#: no "of the ..." naming another whole).
_LARGEST_ITEM = re.compile(
    r"^\W*the\s+(?:single\s+)?(?:largest|biggest|main|costliest|most\s+expensive)\s+(?:single\s+)?"
    r"(?:item|line|portion|chunk|component|element|expense|project)s?\s+(?:is|was|will\s+be)\b",
    re.I,
)


def _of_that_sum(sentences, parts, readings) -> Reading | None:
    """The sum a sentence opening "Of that sum," / "Of this," / "The largest item is" takes
    its parts from: the last sum of the sentence before, when that is one sum alone (not an
    item of a list), in the parts' currency and larger than each; None otherwise."""
    here = parts[0].sentence
    text = sentences[here].text
    if not (_OF_DEMONSTRATIVE.match(text) or _LARGEST_ITEM.match(text)):
        return None
    before = [r for r in readings if r.sentence == here - 1 and r.amount.value is not None]
    if len(before) != 1 or _listed(before[0], readings):
        return None
    meant = before[0]
    if any(p.amount.currency != meant.amount.currency or p.amount.value >= meant.amount.value
           for p in parts):  # fmt: skip
        return None
    return meant


def _noun_cues(sentence, total: Reading, parts, readings, sentences) -> list:
    """The reference to ``total``'s whole in ``sentence``: "the package", "the first
    contract"; one naming the total's own family comes before a looser word for it."""
    total_sentence = sentences[total.sentence]
    loose = []
    for m in NOUN_REFERENCE.finditer(sentence.text):
        family = WHOLE_FAMILIES[m.group("whole").lower()]
        if _verb_named(m, total):  # "allocates $26bn" ... "the allocation"
            start, end = sentence.start + m.start(), sentence.start + m.end()
            return [("noun_reference", m.group(0).strip(), start, end)]
        if any(_verb_named(m, r) for r in readings if not r.change
               and total.amount.end <= r.amount.start < parts[0].amount.start):  # fmt: skip
            # the allocation is the sum allocated since, not this earlier whole; a baseline
            # ("over last year's allocation of $4bn") is allocated in no sense of its own
            continue
        order = m.group("order") if m.group("order") and ORDINAL.match(m.group("order")) else ""
        order = order or (m.group("det") if ORDINAL.match(m.group("det")) else "")
        if order and not total.plural:
            continue  # "the second contract" is one of several, never a single total
        if not total.plural and SUPERLATIVE.search(m.group(0)):
            continue  # "the largest contract" too: one of several, not the one named before
        if other_owner(m, total_sentence):
            continue  # "the House bill" is not the bill the Senate unveiled
        if _inner_family(total, sentences, readings) == family:
            continue  # "The request forms part of a $40bn plan. The proposal ...": the request
        if (m.group("order") or "").lower() == "new" and total.barred:
            continue  # "the new package" after "$2bn so far": new money, not the running sum
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if family != total.family:
            # "the deal" after "a fee of £80m": another word for the same whole, but only
            # while no total of the word's own family has been named before the part
            if total.family and not loose and not _named_before(family, parts[0], readings):
                loose = [("loose_reference", m.group(0).strip(), start, end)]
            continue
        if not _written_plural(total) and not _latest_of_family(
            total, family, parts[0], readings, sentences
        ):
            continue
        cues = [("noun_reference", m.group(0).strip(), start, end)]
        return cues + ([("ordinal", order, start, start)] if order else [])
    return loose


def _verb_named(m: re.Match, total: Reading) -> bool:
    """True when a reference ("the allocation") names the act of the verb right before
    ``total`` ("The package allocates $26bn"), and ``total`` names no whole of its own."""
    stem = VERB_OF_NOUN.get(m.group("whole").lower())
    if stem is None or total.family or m.group("det").lower() not in ("the", "this", "that"):
        return False
    return re.search(rf"\b(?:{stem})\w*(?:\s+\w+)?$", total.lead, re.I) is not None


def other_owner(m: re.Match, total_sentence) -> bool:
    """True when a reference names, by a capitalised word, an owner its total's sentence
    does not: "the House bill" after "the Senate ... unveiled a $118 billion bill"."""
    words = m.string[m.end("det") : m.start("whole")]
    names = [w for w in re.findall(r"[A-Z][\w'’-]*", words) if w.lower() not in ("the",)]
    return any(not re.search(rf"\b{re.escape(w.rstrip('’').removesuffix(chr(39) + 's'))}",
                             total_sentence.text) for w in names)  # fmt: skip


def is_running_total(text: str, sentence, amount: Amount) -> bool:
    """True when ``amount`` is what a sum brings a total to: "brings the total to $28bn"."""
    return RUNNING_TOTAL.search(text[sentence.start : amount.start]) is not None


def _previous_subject(sentences, index: int, readings) -> Reading | None:
    """The total "It" stands for when the sentence before states no amount but names a
    whole ("The money in the new package is split evenly. It includes ..."), or opens with
    one as its subject while it lists parts ("The package includes a $300m loan ... It also
    includes ...": the package, not the loan): the latest total of that whole's family;
    None when the sentence before names none."""
    if index == 0:
        return None
    before = sentences[index - 1]
    listed = any(r.sentence == index - 1 for r in readings)
    for m in NOUN_REFERENCE.finditer(before.text):
        opens = not before.text[: m.start()].strip(" \"“‘'") and m.group("whole").islower()
        if listed and not opens:
            return None  # only the subject that opens a sentence of sums is "It"
        family = WHOLE_FAMILIES[m.group("whole").lower()]
        earlier = [r for r in readings if r.family == family and r.amount.start < before.start]
        if earlier:
            return earlier[-1]
    return None


def _own_words(sentence, reading: Reading, readings):
    """The part of ``sentence`` that speaks of ``reading``'s sum: from the end of the sum
    before it to the start of the sum after it ("... $26bn to aid Israel, and $8bn to
    counter China in the Indo-Pacific": Israel is the $26bn's, the Indo-Pacific the $8bn's)."""
    here = [r.amount for r in readings if r.sentence == reading.sentence]
    low = max([a.end for a in here if a.end <= reading.amount.start], default=sentence.start)
    high = min([a.start for a in here if a.start >= reading.amount.end], default=sentence.end)
    return sentence._replace(
        start=low, end=high, text=sentence.text[low - sentence.start : high - sentence.start]
    )


def _shared_names(total_sentence, sentence, part: Reading) -> str:
    """Capitalised names the part's sentence shares with its total's sentence ("Orbital
    ATK" in both): the text is still about the same thing. A sentence's first word counts
    when the other sentence writes it capitalised inside ("Ruritania was approved ...")."""
    mine, mine_inside = _names(sentence.text)
    theirs, theirs_inside = _names(total_sentence.text)
    return " ".join(sorted((mine & theirs_inside) | (mine_inside & theirs)))


def shared_name(total_sentence, sentence, before: int) -> tuple[str, int, int] | None:
    """The first name ``sentence`` shares with its total's sentence, before offset ``before``
    if there is one there, else anywhere: what a part names no recipient for is about ("Chile
    could buy 16 missiles for $85 million" under "sales to NATO and Chile"). Returns
    (name, start, end) or None."""
    shared = set(_shared_names(total_sentence, sentence, None).split())
    hits = [m for m in NAME_WORD.finditer(sentence.text) if m.group(0) in shared
            and not _SPEAKER_AFTER.match(sentence.text, m.end())]  # fmt: skip
    if not hits:
        return None
    first = next((m for m in hits if sentence.start + m.end() <= before), hits[0])
    start, end = first.span()
    while run := _NAME_RUN.match(sentence.text, end):  # "Red Cross", not "Red"
        end = run.end()
    return sentence.text[start:end], sentence.start + start, sentence.start + end


#: The next capitalised word of a name: "Red" -> "Red Cross".
_NAME_RUN = re.compile(r" (?:of )?[A-Z][\w'’.-]*")


#: After a name, the verb that makes it the speaker, not what a sum is for: "Raphael said".
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|stated|announced)\b", re.I)


def _names(text: str) -> tuple[set[str], set[str]]:
    """The capitalised words of ``text``, and those of them that are not its first word."""
    words = set(NAME_WORD.findall(text)) - _NOT_NAMES
    first = re.match(r"\W*([\w'’.-]+)", text)
    inside = {w for w in words if not (first and first.group(1) == w)}
    return words, inside


#: Capitalised words that name nothing in particular.
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "For",
        "And",
        "But",
        "Or",
        "If",
        "As",
        "By",
        "Of",
        "To",
        "From",
        "With",
        "After",
        "Before",
        "Since",
        "While",
        "When",
        "Under",
        "Over",
        "A",
        "An",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)


def _without_asides(gap: str) -> str:
    """``gap`` with its asides blanked out (same length): "- which makes rockets,
    including ... -" and "(...)" say nothing of how the amounts around them relate."""
    return re.sub(r"\s[-–—]\s[^-–—]*?\s[-–—]\s|\([^()]*\)", lambda m: " " * len(m.group(0)), gap)


def _listed(reading: Reading, readings) -> bool:
    """True when ``reading`` is one of a list of parts ("$22bn for Poland and $9bn for
    Latvia"): "It ..." after such a list does not mean its last item."""
    if reading.link is None or reading.family:
        return False
    return sum(r.link is not None for r in readings if r.sentence == reading.sentence) >= 2


def _named_before(family: str, part: Reading, readings) -> bool:
    """True when a total of ``family`` is named anywhere before ``part``."""
    return any(r.family == family and r.amount.start < part.amount.start for r in readings)


def _latest_of_family(total: Reading, family: str, part: Reading, readings, sentences) -> bool:
    """True when no other whole of ``family`` is named between ``total`` and ``part``, but
    for the whole ``total`` is said to be part of ("The request forms part of a $40bn plan":
    the plan is the outer whole; "the proposal" after it is still the request)."""
    return not any(
        r.family == family and total.amount.start < r.amount.start < part.amount.start
        and r.own_whole and r.sentence < part.sentence
        and not _outer_whole_of(total, r, sentences, readings)
        for r in readings
    )  # fmt: skip


def _written_plural(total: Reading) -> bool:
    """True when ``total``'s whole is several, or written in the plural before its value
    ("signed contracts with A and B ... at an overall cost of $X"): a later "The contract
    for ..." is one of them even after another contract's own value was named."""
    first = total.whole_text.split()[0].lower() if total.whole_text else ""
    return total.plural or (
        total.own_whole and first.endswith("s") and first[:-1] in WHOLE_FAMILIES
    )


def _inner_family(outer: Reading, sentences, readings) -> str:
    """The family of the whole ``outer``'s sentence says is part of ``outer``'s whole ("The
    request forms part of a $40bn plan" -> "budget"; for "It is part of", the family of the
    last whole named in the sentence before), or ""."""
    sentence = sentences[outer.sentence]
    m = PART_OF_OUTER.match(sentence.text[: outer.amount.start - sentence.start])
    if m is None:
        return ""
    if m.group("pronoun"):
        before = [r for r in readings if r.sentence == outer.sentence - 1 and r.family]
        return before[-1].family if before else ""
    return WHOLE_FAMILIES[m.group("whole").lower()]


def _outer_whole_of(total: Reading, r: Reading, sentences, readings) -> bool:
    """True when ``r``'s sentence says the whole of ``total`` is part of ``r``'s whole."""
    return bool(total.family) and _inner_family(r, sentences, readings) == total.family


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
    kinds, own = _kinds(part_sentence.text), _kinds(total_sentence.text)
    # a total of no kind ("a $118bn foreign aid package") may hold any kind of money
    return bool(kinds) and bool(own) and not kinds <= own


#: A comparison's baseline with its year: "over the FY 2018 request", "than in 2022",
#: "compared with 2021-22", "up from $2bn in 2023" (the words up to the year).
_YEAR_BASELINE = re.compile(
    r"\b(?:(?:increase|rise|growth|jump|hike|cut|decrease|drop|fall)\w*\s+(?:[\w%-]+\s+){0,2}?over"
    r"|than|compared\s+(?:with|to)|(?:up|down)\s+from|as\s+against)\s+"
    r"(?:[^\s.;,]+\s+){0,4}?(?:FY\s*)?(?:19|20)\d\d(?:[-–/]\d{2,4})?",
    re.I,
)


def _other_year(sentences, total: Reading, sentence) -> bool:
    """True when the part's sentence names only years its total's do not: the total's own
    sentence, or else the latest sentence up to it that names a year, gives the total's."""
    # a year in a comparison is the baseline's, not the part's: "an increase over the FY
    # 2018 request to $19bn", "up from $2bn in 2023", "compared with 2022"
    words = _YEAR_BASELINE.sub(" ", sentence.text)
    years = {_year_key(y) for y in YEAR.findall(words)}
    if not years:
        return False
    for i in range(total.sentence, -1, -1):
        if own := {_year_key(y) for y in YEAR.findall(sentences[i].text)}:
            return not years & own
    return False


def _year_key(year: str) -> str:
    """ "2020-21" and "2020/2021" -> "2020-21"; "2021" -> "2021"."""
    m = re.match(r"(\d{4})(?:[-–/](\d{2,4}))?", year)
    return m.group(1) + ("-" + m.group(2)[-2:] if m.group(2) else "")


def _fit(linked: Linked, parts) -> str:
    """How the parts fit what is left of the total: sums_exactly, fits or overspends."""
    t = linked.total.amount
    high = _dec(t.high if t.qualifier in ("range", "at_most") and t.high else t.value)
    if t.qualifier == "at_least":
        high = None
    kept = [p for p in linked.parts if not any(restated_part(p, q) for q in parts)]
    given = sum((_dec(p.amount.value) for p in kept), Decimal(0))
    new = sum((_dec(p.amount.value) for p in parts), Decimal(0))
    target = _dec(t.value if t.qualifier != "range" else t.high) - given
    tolerance = Decimal("0.02") * _dec(t.value) if t.qualifier == "approx" else Decimal("0.005")
    if abs(new - target) <= max(tolerance, Decimal("0.005")) and t.qualifier != "at_least":
        return "sums_exactly"
    if high is None or given + new <= high + tolerance:
        return "fits"
    return "overspends"


#: How close two sums for the same purpose must be to be one sum stated twice.
RESTATED_WITHIN = 0.05


def restated_part(old: Reading, new: Reading) -> bool:
    """True when ``new`` states ``old`` again in other words: "$9.1bn for humanitarian
    needs" then "$9.2bn for humanitarian purposes" (a shared purpose word, a close value)."""
    if old.link is None or new.link is None or old.amount.start == new.amount.start:
        return False
    a, b = old.amount.value, new.amount.value
    if not a or not b or abs(a - b) > RESTATED_WITHIN * max(a, b):
        return False
    words = [set(re.findall(r"[a-z]{5,}", r.link[0].lower())) for r in (old, new)]
    return bool(words[0] & words[1])


def _dec(value) -> Decimal:
    return Decimal(repr(value)) if value is not None else Decimal(0)


def index_by_total(linked: list[Linked]) -> tuple[dict[int, Linked], list[Linked]]:
    """Return the splits keyed by where their total starts, and the second breakdowns
    of a total already keyed, which stay beside the first (by service and by category).

    >>> index_by_total([])
    ({}, [])
    """
    by_start: dict[int, Linked] = {}
    second: list[Linked] = []
    for s in linked:
        (second.append(s) if s.total.amount.start in by_start
         else by_start.setdefault(s.total.amount.start, s))  # fmt: skip
    return by_start, second


def computed_shares(text, sentences, linked: list[Linked], readings, recipient_after: Callable):
    """Add parts stated as a share of a total ("half of it went to ...") to ``linked``.

    The part's value is computed from the total's and marked: its ``Amount``
    has ``qualifier`` "range" (with ``low``/``high``) for "50 to 80 percent",
    and the text of the share as written.
    """
    by_start, second = index_by_total(linked)
    for index, sentence in enumerate(sentences):
        for m in PERCENT_OF_TOTAL.finditer(sentence.text):
            start = sentence.start + m.start()
            if _in_apposition(text, readings, start):
                continue  # "$6.5 billion, about half of the package, will go to ...": the same sum
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
    return sorted([*by_start.values(), *second], key=lambda s: s.total.amount.start)


def _in_apposition(text: str, readings, start: int) -> bool:
    """True when a share at ``start`` is set off right after an amount ("$6.5 billion,
    about half of the aid package, ..."): it describes that amount, it is no new part."""
    before = [r.amount for r in readings if r.amount.end <= start]
    if not before:
        return False
    gap = text[before[-1].end : start]
    return _APPOSITION_GAP.fullmatch(gap) is not None


_APPOSITION_GAP = re.compile(
    r"\s*[,(—–-]\s*(?:about|some|roughly|nearly|almost|around|over|more\s+than|"
    r"just\s+(?:over|under))?\s*",
    re.I,
)


def _share_of(total: Amount, m: re.Match, start: int) -> Amount:
    """The part a share states, computed from the total: "50 to 80 percent" of $2B is
    a range of $1B to $1.6B; "half" of more than $2B is more than $1B."""
    low, high = _share_bounds(m)
    end = start + len(m.group("share"))
    if high:
        value = share_of(total.value, low)
        return Amount(value, total.currency, "range", value, share_of(total.value, high),
                      m.group("share"), start, end)  # fmt: skip
    scaled = [share_of(b, low) for b in (total.low, total.high)]
    qualifier = total.qualifier if total.qualifier != "range" else "range"
    if m.group("qual") and qualifier == "exact":  # "roughly half of it": about that much
        qualifier = _SHARE_QUALIFIERS.get(m.group("qual").lower().split()[0], "approx")
        scaled = [share_of(total.value, low) if qualifier == "at_least" else None,
                  share_of(total.value, low) if qualifier == "at_most" else None]  # fmt: skip
    return Amount(share_of(total.value, low), total.currency, qualifier, *scaled, m.group("share"),
                  start, end)  # fmt: skip


_SHARE_QUALIFIERS = {"more": "at_least", "over": "at_least", "less": "at_most", "under": "at_most"}


def _share_bounds(m: re.Match) -> tuple[float, float | None]:
    if m.group("fraction"):
        words = " ".join(m.group("fraction").lower().replace("-", " ").split())
        return FRACTIONS.get(words, FRACTIONS.get(words.replace(" ", "-"), 0.0)), None
    low = float(m.group("low")) / 100
    return low, float(m.group("high")) / 100 if m.group("high") else None
