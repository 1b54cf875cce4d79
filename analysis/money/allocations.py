"""Allocations: a total, the parts a text splits it into, and what is left unsaid.

``find_allocations(article)`` links, inside a sentence, a total to its parts:

- total first: "a bill of more than $50 billion, which would allocate some
  $30 billion to the war in Sudan, $8 billion to Jordan, and $4 billion to
  ..."; "a $20 billion package that includes $12 billion for Poland, $3
  billion in humanitarian aid"; "Of the $20 billion, $12 billion would go to
  Poland";
- total last: "$12 billion for Poland and $5 billion for Taiwan, part of a
  $95 billion package";
- across a short list: a sentence with the total, then a sentence that refers
  back to it ("It includes ...", "The package allocates ..."), or a sentence
  ending in ":" followed by one line per part ("- $12 billion for Poland",
  "Poland: $12 billion");
- across the article (``analysis.money.links``): parts in later sentences and
  paragraphs that refer back to the total ("the package includes", "the first
  contract ... the second"), name its purpose again, or go on from the part
  before, weighed with the currency, the order and the arithmetic; shares
  ("half of it went to ...") become parts computed from the total, and so does
  what is left ("The rest goes to ...", ``analysis.money.rest``).

Every allocation keeps the numbers of the sentences that contributed
(``total_sentence``, ``sentences``, each part's ``sentence``), the offsets of
the total and of every part, and the ``evidence`` that linked them (signal,
words, offsets); ``sentence`` quotes the contributing sentences joined by " … ".

Each part names its recipient or purpose: the phrase after "to"/"for"
("the war in Sudan"), after "on" where the money is spent ("will be spent on
ammunition"; "spend $10 billion as follows: $6 billion on tanks", never "on
Monday"), or the kind of money ("humanitarian aid").
``name_recipient`` may turn the phrase into a canonical name ("Sudan").

The remainder (``analysis.money.remainder``) is the total minus the parts, computed
in decimals (cents) and qualified from the bounds of its inputs: a total of
"more than" X with exact parts leaves "at least" X - sum; an approximate input
makes it approximate; parts larger than the total are reported as
``overspent`` with the excess, never as a negative remainder.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from analysis.entities import load_lexicons, match_text
from analysis.errors import ParameterError
from analysis.money.amounts import Amount, find_amounts
from analysis.money.bare_sums import lend_currencies
from analysis.money.bystanders import is_bystander
from analysis.money.ceilings import link_ceilings
from analysis.money.implied_totals import implied_totals, matching_part
from analysis.money.links import (
    Linked,
    Reading,
    computed_shares,
    link_across_article,
    other_owner,
    read_amount,
    seed_cues,
    shared_name,
)
from analysis.money.multiples import parts_of_each, shared_by
from analysis.money.nested import link_nested_components
from analysis.money.outer_wholes import refer_to_outer_whole
from analysis.money.partitives import group_partitives
from analysis.money.qualifiers import rate_after
from analysis.money.remainder import Remainder, add_values, compute_remainder
from analysis.money.rest import link_parts_before_rest, link_rest_parts
from analysis.money.restated import merge_restated_totals
from analysis.money.rules import (
    ABOUT_ONE_ACTOR,
    ACTOR_WORDS,
    APPOSITION_CLOSE,
    APPOSITION_OPEN,
    APPOSITIVE_BEFORE_VERB,
    APPOSITIVE_PURPOSE,
    BACK_REFERENCE,
    BRACKETED_FIGURE,
    CLAUSE_BREAK,
    EARLIER_SUM,
    EXCLUDED_BEFORE,
    LIST_ITEM_RECIPIENT_FIRST,
    LIST_NUMBER,
    LIST_SEP,
    MAX_RECIPIENT_WORDS,
    NAME_INSIDE_PHRASE,
    NEW_SUM_BEFORE,
    NOUN_REFERENCE,
    OF_REFERENCE_AFTER,
    OF_THAT,
    OPEN_CUE,
    PACKAGE_NOUNS,
    PART_DIRECT,
    PART_KIND_ONLY,
    PART_LINK,
    PART_OF_OUTER,
    PART_ON,
    PHRASE_END,
    PURCHASE_VERB,
    RECIPIENT_BRACKETED,
    RECIPIENT_ELIDED,
    RECIPIENT_GETS,
    RECIPIENT_SUBJECT_GETS,
    RUNNING_TOTAL,
    SIDE_BY_SIDE,
    SPENDING_VERB,
    STRONG_OPEN_CUE,
    SUBJECT_OF_PART,
    TOTAL_OF_BEFORE,
    TRAILING_TOTAL,
    WHOLE_AFTER,
    WHOLE_BEFORE,
    WHOLE_FAMILIES,
)
from analysis.money.share_lists import link_share_lists
from analysis.money.siblings import link_siblings
from analysis.text import Article, Sentence, article_from_text, split_sentences

Namer = Callable[[str], str]


@dataclass(frozen=True)
class Part:
    """One part of a total: its amount and who or what it is for."""

    amount: Amount
    recipient: str  # canonical actor name when the lexicon finds one, else the phrase
    recipient_text: str  # the phrase as written: "the war in Sudan"
    start: int
    end: int
    sentence: int = 0  # number of the sentence that states it (1-based; 0: not from the text)
    computed: bool = False  # the value is computed from a share of the total ("half of it")
    cue: str = ""  # the words that linked it to the total: "the budget comprises"

    def to_dict(self) -> dict:
        """Return the part as a JSON-ready dict."""
        a = self.amount
        return {"recipient": self.recipient, "recipient_text": self.recipient_text,
                "value": a.value, "qualifier": a.qualifier, "low": a.low, "high": a.high,
                "currency": a.currency, "text": a.text, "start": self.start,
                "end": self.end, "amount_start": a.start, "amount_end": a.end,
                "sentence": self.sentence, "computed": self.computed,
                "cue": self.cue}  # fmt: skip


@dataclass(frozen=True)
class Allocation:
    """A total, its parts and the remainder, with the source sentence(s)."""

    total: Amount
    parts: tuple[Part, ...]
    remainder: Remainder
    sentence: str
    start: int
    end: int
    total_sentence: int = 0  # number of the sentence that states the total (0: a parameter)
    sentences: tuple[int, ...] = ()  # every sentence that contributed, in order
    evidence: tuple[tuple[str, str, int, int], ...] = ()  # (signal, words, start, end)
    total_computed: bool = False  # the whole is implied: "A and B gave $5m each" is $10m

    @property
    def currency(self) -> str | None:
        """The total's currency (every part has the same one)."""
        return self.total.currency

    @property
    def itemised(self) -> float:
        """The sum of the parts' values."""
        return add_values(p.amount.value for p in self.parts)

    def to_dict(self) -> dict:
        """Return the allocation as a JSON-ready dict (``total_computed`` only when the
        whole is implied, so a stated split's record keeps its keys)."""
        out = {"total": self.total.to_dict(), "parts": [p.to_dict() for p in self.parts],
               "itemised": self.itemised, "remainder": self.remainder.to_dict(),
               "currency": self.currency, "sentence": self.sentence,
               "start": self.start, "end": self.end,
               "total_sentence": self.total_sentence, "sentences": list(self.sentences),
               "evidence": [{"signal": sig, "words": words, "start": start, "end": end}
                            for sig, words, start, end in self.evidence]}  # fmt: skip
        if self.total_computed:
            out["total_computed"] = True
        return out


def find_allocations(
    source: Article | str,
    *,
    name_recipient: Namer | None = None,
    amounts: list[Amount] | None = None,
) -> list[Allocation]:
    """Return every total the text splits into parts, in order of position.

    ``source`` is an ``Article`` or plain text; ``amounts`` may pass the
    result of ``find_amounts`` to avoid finding them twice.
    """
    article = source if isinstance(source, Article) else article_from_text(source)
    text = article.text
    found_amounts = amounts if amounts is not None else find_amounts(text)
    found_amounts = lend_currencies(found_amounts, text)  # "35 million" of a euro package
    usable = [
        a
        for i, a in enumerate(found_amounts)
        if a.value is not None
        and not a.conversion
        and not _restated_in_brackets(text, a, found_amounts[i - 1] if i else None)
        and not is_bystander(text, a)  # "83 cents per share", "up from $8bn": no split's
    ]
    sentences = split_sentences(article)
    namer = name_recipient or (lambda phrase: phrase)
    found: list[Allocation] = []
    orphans: list[tuple[int, list[tuple[Amount, tuple]]]] = []
    readings: list[Reading] = []
    paragraphs = _paragraph_numbers(article, sentences)
    for index, sentence in enumerate(sentences):
        inside = [a for a in usable if sentence.start <= a.start < sentence.end]
        links: list[tuple | None] = []
        for k, amount in enumerate(inside):
            previous = (inside[k - 1], links[k - 1]) if k else None
            links.append(_link_of(text, amount, sentence, usable, previous))
            where = (index, paragraphs[index])
            limit = inside[k + 1].start if k + 1 < len(inside) else sentence.end
            readings.append(
                read_amount(text, amount, sentence, where, links[-1], _recipient_phrase, limit)
            )
        groups, loose = group_parts(text, inside, links)
        grouped = {a.start for total, parts in groups for a in [total, *(p for p, _ in parts)]}
        if partitives := group_partitives(text, inside, links, grouped):
            groups += partitives  # "$40m out of a total budget of $90m"
            inner = {p.start for _, parts in partitives for p, _ in parts}
            loose = [(a, link) for a, link in loose if a.start not in inner]
        found += [
            _allocation(text, total, parts, sentence, sentence, namer) for total, parts in groups
        ]
        if loose:
            orphans.append((index, loose))
    found += _link_across_sentences(text, sentences, usable, orphans, found, namer)
    allocations = _link_article(text, sentences, paragraphs, readings, found, namer)
    return _with_implied_totals(text, sentences, usable, allocations, namer)


def _with_implied_totals(text, sentences, amounts, allocations, namer) -> list[Allocation]:
    """Add the wholes the text implies ("A and B gave $5m each", "B will match A's $5m")
    for sums no stated split holds (``analysis.money.implied_totals``)."""
    taken = {a.start for al in allocations for a in [al.total, *(p.amount for p in al.parts)]}

    def make(total: Amount, parts, index: int, cue: str) -> Allocation:
        sentence = sentences[index]
        made = tuple(
            Part(amount, name if name == "(not stated)" else namer(name), name, start, end,
                 sentence.number, computed, cue)
            for amount, name, start, end, computed in parts
        )  # fmt: skip
        return Allocation(total=total, parts=made,
                          remainder=compute_remainder(total, [p.amount for p in made]),
                          sentence=sentence.text, start=sentence.start, end=sentence.end,
                          total_sentence=sentence.number, sentences=(sentence.number,),
                          evidence=((cue, cue, sentence.start, sentence.start),),
                          total_computed=True)  # fmt: skip

    implied = implied_totals(text, sentences, amounts, taken, make)
    matched = [_with_matching_parts(text, a, namer) for a in allocations]
    return sorted([*matched, *implied], key=lambda a: a.total.start)


def _with_matching_parts(text: str, allocation: Allocation, namer) -> Allocation:
    """A part another party matches ("$200m, which a bank agreed to match") brings the
    matching sum as a part of its own, computed."""
    added = []
    for part in allocation.parts:
        if match := matching_part(text, part.amount):
            name, start, end = match
            added.append(replace(part, recipient=namer(name), recipient_text=name,
                                 start=start, end=end, computed=True, cue="match"))  # fmt: skip
    if not added:
        return allocation
    parts = (*allocation.parts, *added)
    remainder = compute_remainder(allocation.total, [p.amount for p in parts])
    return replace(allocation, parts=parts, remainder=remainder)


def _restated_in_brackets(text: str, amount: Amount, previous: Amount | None) -> bool:
    """True when ``amount`` restates the one before it in brackets, in the same currency
    and other units: "Rs 83,000 crore (Rs 830 billion)" is one sum, not two."""
    if previous is None or previous.value is None or previous.currency != amount.currency:
        return False
    same = abs(amount.value - previous.value) <= 0.005 * max(abs(previous.value), 1)
    return same and re.fullmatch(r"\s*\(\s*", text[previous.end : amount.start]) is not None


def _paragraph_numbers(article: Article, sentences: list[Sentence]) -> list[int]:
    """The index of the paragraph (section) each sentence starts in."""
    starts = [s.start for s in article.sections] or [0]
    return [sum(1 for start in starts if start <= s.start) - 1 for s in sentences]


def _link_article(text, sentences, paragraphs, readings, found, namer) -> list[Allocation]:
    """Extend the in-sentence allocations with parts stated elsewhere in the article."""
    by_start = {r.amount.start: r for r in readings}
    seeds = []
    for allocation in found:
        total = by_start.get(allocation.total.start)
        if total is None:
            continue
        parts = [by_start[p.amount.start] for p in allocation.parts if p.amount.start in by_start]
        seed = Linked(total, parts, [], allocation)
        seed.cues = seed_cues(text, sentences, seed)
        seeds.append(seed)
    linked = link_across_article(text, sentences, paragraphs, readings, seeds)
    linked = computed_shares(text, sentences, linked, readings, _recipient_phrase)
    linked = link_share_lists(text, sentences, linked, readings, _recipient_phrase)
    linked = link_rest_parts(text, sentences, linked, readings, _recipient_phrase)
    linked = _parts_before_rest(text, sentences, linked, readings)  # "with the rest in May"
    linked = merge_restated_totals(text, linked)  # "$30m of the $90m": the total before
    linked = link_ceilings(text, sentences, linked, readings, Linked)  # "could rise to £75m"
    linked = link_siblings(linked, readings, Linked)  # "£72m, with £8m in add-ons" of a fee
    linked = link_nested_components(linked, sentences, readings, Linked)  # "has two components"
    linked = refer_to_outer_whole(linked, sentences, readings)  # "the new pledges": all of them
    allocations = [_from_linked(text, sentences, item, namer) for item in linked if item.parts]
    return sorted(_without_restatements(allocations), key=lambda a: a.total.start)


def _parts_before_rest(text, sentences, linked: list[Linked], readings) -> list[Linked]:
    """Add a sum stated with "the rest" of its whole still to come as that whole's first
    part (``analysis.money.rest.link_parts_before_rest``)."""
    by_start: dict[int, Linked] = {}
    for item in linked:  # a total split two ways has two items: both are kept
        by_start.setdefault(item.total.amount.start, item)
    known = set(by_start)
    taken = {p.amount.start for item in linked for p in item.parts}
    link_parts_before_rest(text, sentences, readings, by_start, Linked, taken)
    new = [item for start, item in by_start.items() if start not in known]
    return sorted([*linked, *new], key=lambda item: item.total.amount.start)


def _without_restatements(allocations: list[Allocation]) -> list[Allocation]:
    """Drop a split that another states in full: the headline's "$118 Billion Bill" with
    the subheading's "$20 billion for the border", when the lede's "$118 billion" has the
    same total and that part among its own."""

    def key(amount: Amount) -> tuple:
        return amount.value, amount.currency

    kept = []
    for a in allocations:
        parts = [key(p.amount) for p in a.parts]
        fuller = [b for b in allocations if b is not a and key(b.total) == key(a.total)
                  and len(b.parts) > len(a.parts)
                  and all(part in [key(p.amount) for p in b.parts] for part in parts)]  # fmt: skip
        if not fuller:
            kept.append(a)
    return kept


def _referring_phrase(item: Linked, reading, sentences) -> tuple[str, int, int]:
    """A part that names no recipient is known by the words that refer to it:
    "The contract with the Navy ... worth $2 billion"; else by a name its sentence shares
    with the total's sentence; else "(not stated)"."""
    sentence = sentences[reading.sentence]
    for signal, words, start, end in item.cues:
        if signal == "noun_reference" and sentence.start <= start < reading.amount.start:
            aside = APPOSITIVE_PURPOSE.match(sentence.text, end - sentence.start)
            if aside:  # "One deal, for 20 helicopters, ..."
                return (
                    aside.group("phrase"),
                    sentence.start + aside.start("phrase"),
                    sentence.start + aside.end("phrase"),
                )
            return words, start, end
    named = reading.sentence != item.total.sentence and shared_name(
        sentences[item.total.sentence], sentence, reading.amount.start
    )
    if named:
        return named  # "Chile could buy ... for $85 million" under "sales to NATO and Chile"
    own = _own_clause_start(sentence, reading.amount.start, item)
    subjects = list(SUBJECT_OF_PART.finditer(sentence.text, own - sentence.start,
                                             reading.amount.start - sentence.start))  # fmt: skip
    if subjects:  # "PAR Technology won an $85 million contract": PAR Technology's part
        m = subjects[-1]
        return (
            m.group("phrase"),
            sentence.start + m.start("phrase"),
            sentence.start + m.end("phrase"),
        )
    return "(not stated)", reading.amount.start, reading.amount.start


def _own_clause_start(sentence, at: int, item) -> int:
    """Where the words about the sum at ``at`` begin in ``sentence``: after the last sum of
    ``item`` (total or part) before it in the sentence, else at the sentence's start."""
    ends = [r.amount.end for r in [item.total, *item.parts]
            if sentence.start <= r.amount.end <= at]  # fmt: skip
    return max(ends, default=sentence.start)


def _from_linked(text, sentences, item: Linked, namer) -> Allocation:
    """An ``Allocation`` from a ``Linked`` total, with the numbers of its sentences."""
    seed: Allocation | None = item.seed
    numbers = {r.amount.start: sentences[r.sentence].number for r in [item.total, *item.parts]}
    kept = {p.amount.start: p for p in seed.parts} if seed else {}
    parts = []
    for reading in _each_party(text, sentences, item.parts, kept):
        number = numbers[reading.amount.start]
        if reading.amount.start in kept:
            part = replace(kept[reading.amount.start], sentence=number)
            parties = shared_by(text, sentences[reading.sentence], reading.amount)
            if len(parties) < 2:
                parts.append(part)
                continue  # "€100m each for Poland and Romania": one part per party
            parts += [replace(part, recipient=namer(name), recipient_text=name)
                      for name, _, _ in parties]  # fmt: skip
            continue
        phrase, start, end = reading.link or _referring_phrase(item, reading, sentences)
        here = sentences[reading.sentence].start
        cue = next((w for _, w, s, _ in item.cues if w and here <= s < reading.amount.start), "")
        parts.append(Part(reading.amount, namer(phrase) if reading.link else phrase, phrase,
                          min(start, reading.amount.start), max(end, reading.amount.end), number,
                          reading.computed, cue))  # fmt: skip
    cited = {i for i, s in enumerate(sentences) for _, w, start, _ in item.cues
             if w and s.start <= start < s.end}  # fmt: skip
    indices = sorted({item.total.sentence, *(r.sentence for r in item.parts), *cited})
    first, last = sentences[indices[0]], sentences[indices[-1]]
    return Allocation(
        total=item.total.amount,
        parts=tuple(parts),
        remainder=compute_remainder(item.total.amount, [p.amount for p in parts]),
        sentence=" … ".join(sentences[i].text for i in indices),
        start=first.start,
        end=last.end,
        total_sentence=numbers[item.total.amount.start],
        sentences=tuple(sentences[i].number for i in indices),
        evidence=tuple(item.cues),
    )


def _each_party(text, sentences, readings, kept) -> list:
    """The parts, a sum "each" of several parties gives counted once per party ("Norway
    and Denmark each gave $5m": two parts of $5m), unless already counted so."""
    seen = Counter(r.amount.start for r in readings)
    out = []
    for r in readings:
        alone = seen[r.amount.start] == 1 and r.amount.start not in kept
        out += parts_of_each(text, sentences, r) if alone else [r]
    return out


def group_parts(text: str, amounts: list[Amount], links: list[tuple | None]):
    """Group a sentence's amounts into (total, parts); also return loose parts.

    ``links[i]`` is ``(phrase, phrase_start, phrase_end)`` when amount ``i`` has
    a recipient (after it, or before it: "Chad gets $5 billion"), else None.
    """
    groups, loose = [], []
    # "not including $1bn in loans": a sum the sentence leaves out is neither total nor part
    kept = [(a, link) for a, link in zip(amounts, links, strict=True)
            if not EXCLUDED_BEFORE.search(text[max(0, a.start - 60) : a.start])]  # fmt: skip
    amounts, links = [a for a, _ in kept], [link for _, link in kept]
    pairs = list(zip(amounts, links, strict=True))
    starts = [min(a.start, link[1]) if link else a.start for a, link in pairs]
    ends = [_bracket_end(text, a, link) for a, link in pairs]
    i, n = 0, len(amounts)
    while i < n:
        total = amounts[i]
        nxt = i + 1
        strong = links[i] is not None
        if nxt < n and links[nxt] and _opens_list(text, total, ends[i], amounts[nxt], starts[nxt],
                                                  strong):  # fmt: skip
            run = _run_of_parts(text, amounts, links, (starts, ends), nxt, total.currency)
            groups.append((total, [(amounts[k], links[k]) for k in run]))
            i = run[-1] + 1
            continue
        if links[i]:
            run = _run_of_parts(text, amounts, links, (starts, ends), i, total.currency)
            after = run[-1] + 1
            parts_run = [amounts[k] for k in run]
            if after < n and _closes_list(
                text, ends[run[-1]], amounts[after], total.currency, parts_run
            ):
                groups.append((amounts[after], [(amounts[k], links[k]) for k in run]))
                i = after + 1
                continue
            loose = loose or [(amounts[k], links[k]) for k in run]
            i = after
            continue
        i += 1
    return groups, loose


def _bracket_end(text: str, amount: Amount, link: tuple | None) -> int:
    """Where a part ends: after its recipient, or after the bracket that holds the sum when
    the recipient comes first ("the Navy (RM2 billion), ...")."""
    if not link:
        return amount.end
    if link[2] <= amount.start and (close := re.match(r"\s*\)", text[amount.end :])):
        return amount.end + close.end()
    return max(amount.end, link[2])


def _run_of_parts(text, amounts, links, spans, first, currency) -> list[int]:
    starts, ends = spans
    run, k = [first], first + 1
    while k < len(amounts) and links[k] and amounts[k].currency == currency:
        if not LIST_SEP.fullmatch(text[ends[k - 1] : starts[k]]):
            break
        run.append(k)
        k += 1
    return run


def _opens_list(text, total: Amount, total_end: int, first: Amount, first_start: int, strong):
    """True when the words between a total and the next part open a list of parts.

    ``first_start`` is where the part begins (its recipient, when it comes
    first). ``strong``: the total has a recipient of its own ("$95 billion in
    aid"), so only a word that clearly opens a list counts ("including", not
    "with").
    """
    if first.currency != total.currency or not total.currency_text:
        return False  # (a sum with no currency written is a part at most: "1.9 million")
    if OF_REFERENCE_AFTER.match(text, total.end):
        return False  # "$191m of the funding will go to A, $199m to B": a part, no total
    if CLAUSE_BREAK.search(text, total_end, first_start):
        return False  # "..., while the Senate bill includes $14bn": another whole's part
    if SIDE_BY_SIDE.search(text, total_end, first_start):
        return False  # "$1bn for the Army, while the Navy was allocated $300m": side by side
    if first.value is not None and total.value is not None and first.value >= total.value:
        return False  # a part is less than its total: "€150M will fund A, while €200M ..."
    gap = text[total_end:first_start]
    if len(gap.split()) > 14 or ";" in gap:
        return False
    if TOTAL_OF_BEFORE.search(text[max(0, total.start - 30) : total.start]):
        return re.fullmatch(r"\s*,?\s*", gap) is not None or bool(OPEN_CUE.search(gap))
    return bool((STRONG_OPEN_CUE if strong else OPEN_CUE).search(gap))


def _closes_list(text: str, last_end: int, total: Amount, currency: str | None, parts=()) -> bool:
    """True when the amount after a run of parts is their total: the same currency, a
    closing word ("part of a", "out of"), and larger than every part ("$1.72 lakh crore,
    up 6% from the $1.62 lakh crore" is a change, not a split)."""
    gap = text[last_end : total.start]
    if any(p.value is not None and total.value is not None and p.value >= total.value
           for p in parts):  # fmt: skip
        return False
    if not total.currency_text:
        return False  # a sum with no currency written is a part at most
    return total.currency == currency and len(gap.split()) <= 8 and bool(TRAILING_TOTAL.search(gap))


def _link_of(text, amount: Amount, sentence: Sentence, amounts, previous):
    """The recipient of ``amount``: named before it with a verb ("Chad gets"),
    else after it ("for Chad"), else before it with the verb left out when
    the ``previous`` (amount, link) of the sentence was named that way."""
    window = previous[0].end if previous else sentence.start
    before = text[window : amount.start]
    if (m := RECIPIENT_BRACKETED.search(before)) and re.match(r"\s*\)", text[amount.end :]):
        group = "phrase" if m.group("phrase") else "np"
        start = window + m.start(group)
        return m.group(group), start, start + len(m.group(group))
    m = RECIPIENT_GETS.search(before)
    if (subject := RECIPIENT_SUBJECT_GETS.match(before)) and not _part_link(
        text, amount, sentence, amounts
    ):  # "Pilot training in Romania receives €600m": the whole subject, not "Romania"
        m = subject
    if not m:
        link = _part_link(text, amount, sentence, amounts)
        if link or not (previous and previous[1] and previous[1][2] <= previous[0].start):
            return link
        m = RECIPIENT_ELIDED.match(before)
        if not m:
            return None
    start = window + m.start("phrase")
    return m.group("phrase"), start, start + len(m.group("phrase"))


def _part_link(text: str, amount: Amount, sentence: Sentence, amounts: list[Amount]):
    """Return ``(phrase, start, end)`` of the recipient after ``amount``, or None.

    Words saying what the amount is per ("$6 billion a year for Poland") are
    skipped.
    """
    _, after = rate_after(text, amount.end)
    if bracket := BRACKETED_FIGURE.match(text, after, sentence.end):
        after = bracket.end()  # "100 billion yen ($670 million) will go to ..."
    rest = text[after : sentence.end]
    if source := _SOURCE_AFTER.match(rest):
        after, rest = after + source.end(), rest[source.end() :]  # "35 million from the fund"
    elif PACKAGE_NOUNS.match(rest):
        return None
    if aside := APPOSITIVE_BEFORE_VERB.match(rest):
        # "$6bn, about half of the package, will go to ...": the verb after the aside
        after, rest = after + aside.end(), rest[aside.end() :]
    elif (close := APPOSITION_CLOSE.match(rest)) and APPOSITION_OPEN.search(
        text, sentence.start, amount.start
    ):  # "The bulk of it, $450m, goes to ...": the sum is the aside
        after, rest = after + close.end(), rest[close.end() :]
    m = PART_LINK.match(rest) or PART_DIRECT.match(rest)
    if not m and SPENDING_VERB.search(text, sentence.start, amount.start):
        m = PART_ON.match(rest)
    kind_only = None if m else PART_KIND_ONLY.match(rest)
    if not m and not kind_only:
        return None
    if kind_only:
        start, end = after + kind_only.start("kind"), after + kind_only.end("kind")
        return text[start:end], start, end
    start = after + m.end()
    limit = min([sentence.end] + [a.start for a in amounts if a.start >= start])
    if m.groupdict().get("relative") and (verb := _MAIN_VERB.search(text, start, limit)):
        limit = verb.start()  # "The $30m that we announced for roads is going to ...": the
        # relative clause ends where the sentence's own verb begins
    return _recipient_phrase(text, start, limit)


#: The finite verb of a sentence whose subject is a sum with a relative clause.
_MAIN_VERB = re.compile(r"\s+(?:are|is|was|were|will|would|has|have|had|can|could|should)\b")


#: Right after a sum, the whole it comes out of, before the verb that says where it goes:
#: "35 million from the package will be allocated for ...".
_SOURCE_AFTER = re.compile(
    r"\s+(?:from|out\s+of)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:package|fund|funds|funding|budget|aid|allocation|amount|sum|total|money|grant)"
    r"(?=\s+(?:will|would|is|are|was|were|has|have|had|shall|goes|go|went)\b)",
    re.I,
)


def _recipient_phrase(text: str, start: int, limit: int):
    """Return the phrase from ``start`` to the first delimiter, tidied."""
    if count := re.match(r"\(\s*[\d,.]+\s*\)\s*", text[start:limit]):
        start += count.end()  # "$670 million worth of (6,600) TOW missiles"
    if quote := re.match(r"[“\"‘']+", text[start:limit]):
        start += quote.end()  # 'to “support key partners”' names what the sum is for
    if when := re.match(r"(?:19|20)\d{2}\s+(?=(?:for|to|on)\s)\w+\s+", text[start:limit]):
        start += when.end()  # "provided to 2030 for housing": a time, then the purpose
    if verb := PURCHASE_VERB.match(text[start:limit]):
        start += verb.end()
    stop = PHRASE_END.search(text, start, limit)
    while stop and (skip := NAME_INSIDE_PHRASE.match(text, stop.start())):
        stop = PHRASE_END.search(text, skip.end(), limit)  # "Surveillance (ISR) drones"
    end = stop.start() if stop else limit
    phrase = text[start:end]
    phrase = re.sub(
        r"(?:\s+(?:and|or|plus|with|while|as\s+well\s+as|the|another|a\s+further|"
        r"an\s+additional|an\s+extra))+\s*$",
        "",
        phrase,
        flags=re.I,
    )
    if not re.search(r"(?:[A-Z]\.){2,}$", phrase):
        phrase = phrase.rstrip(" .!?\"'”’")
    words = phrase.split()
    if len(words) > MAX_RECIPIENT_WORDS:
        phrase = " ".join(words[:MAX_RECIPIENT_WORDS])
    phrase = phrase.strip()
    if not phrase or not re.search(r"[^\W\d]", phrase):
        return None
    if phrase.lower() in _BARE_DETERMINERS:
        return None  # "add the Sh4bn to the Sh17.5bn": "the" before another sum is no purpose
    return phrase, start, start + len(phrase)


#: Words that are no purpose by themselves, when the phrase ends at the next sum.
_BARE_DETERMINERS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our")
)


def _link_across_sentences(text, sentences, amounts, orphans, found, namer) -> list[Allocation]:
    """Parts in a sentence that refers back ("It includes ..."), or list lines after a colon."""
    used = {a.start for al in found for a in [al.total, *(p.amount for p in al.parts)]}
    # amounts listed two or more to a sentence, each with its recipient, are parts, not totals
    listed = {a.start for _, loose in orphans if len(loose) >= 2 for a, _ in loose}
    linked: list[Allocation] = []
    for index, loose in orphans:
        sentence = sentences[index]
        first, (_, first_start, _) = loose[0]
        lead = text[sentence.start : min(first.start, first_start)]
        if any(a.start in used for a, _ in loose):
            continue
        refers_back = BACK_REFERENCE.match(sentence.text)
        if not (refers_back and (OPEN_CUE.search(lead) or OF_THAT.match(lead))):
            continue
        pronoun = refers_back.group("ref").lower().startswith(("it", "this", "that", "of"))
        noun = NOUN_REFERENCE.search(sentence.text, refers_back.start("ref"), refers_back.end() + 1)
        family = "" if pronoun or noun is None else WHOLE_FAMILIES[noun.group("whole").lower()]
        host = _previous_total(
            text,
            sentences,
            index,
            amounts,
            used | listed,
            loose[0][0].currency,
            family,
            floor=sum(a.value or 0 for a, _ in loose),
            newer=bool(refers_back.group("new")),
        )
        if host is None:
            continue
        total, host_sentence = host
        inner = PART_OF_OUTER.match(host_sentence.text[: total.start - host_sentence.start])
        if inner and (
            pronoun
            or inner.group("pronoun")
            or WHOLE_FAMILIES[inner.group("whole").lower()] == family
        ):
            continue  # "The request forms part of a $40bn plan. It/The proposal ...": the request
        named_before = NOUN_REFERENCE.search(sentences[index - 1].text)
        if (
            pronoun
            and host_sentence is sentences[index - 1]
            and named_before
            and named_before.group("whole").islower()  # "The package", not "The ... Fund"
            and not sentences[index - 1].text[: named_before.start()].strip(" \"“‘'")
        ):
            continue  # "The package includes a $300m loan. It also includes": the package
        same_whole = family and _whole_family(text, total, host_sentence) == family
        newer = bool(refers_back.group("new"))  # "Of the new money" picks its sum itself
        if (host_sentence is not sentences[index - 1] and named_before and not same_whole
                and not newer):  # fmt: skip
            continue  # "... the new package is split evenly. It includes": the article linker
        if not pronoun and not _names_whole(text, total, host_sentence):
            continue  # "The bill would provide ..." does not refer back to a bare sum
        if noun and other_owner(noun, host_sentence):
            continue  # "The House bill ..." after "The Senate unveiled a $90 billion bill"
        linked.append(_allocation(text, total, loose, host_sentence, sentence, namer))
        used |= {total.start, *(a.start for a, _ in loose)}
    return linked + _colon_lists(text, sentences, amounts, used, namer)


def _names_whole(text: str, amount: Amount, sentence: Sentence) -> bool:
    """True when ``amount`` is the value of a whole: "a $40 billion package", "a deal worth"."""
    return bool(WHOLE_AFTER.match(text[amount.end : sentence.end])
                or WHOLE_BEFORE.search(text[sentence.start : amount.start]))  # fmt: skip


def _whole_family(text: str, amount: Amount, sentence: Sentence) -> str:
    """The family of the whole ``amount`` is the value of ("a $2 billion fund" -> "fund"),
    or "" when it names none."""
    m = WHOLE_AFTER.match(text[amount.end : sentence.end]) or WHOLE_BEFORE.search(
        text[sentence.start : amount.start]
    )
    return WHOLE_FAMILIES[m.group("whole").lower()] if m else ""


def _previous_total(
    text, sentences, index, amounts, used, currency, family="", floor=0.0, newer=False
):
    """The last unused amount in the one or two sentences before ``index``; with
    ``family`` (the sentence says "The package includes ..."), the last whose whole is
    of that family, passing over a sum that names a whole of another ("a $2bn fund").
    A sum below ``floor`` (what the parts already add up to) cannot hold them; with
    ``newer`` ("Of the new money, ..."), a sum given earlier ("had earlier pledged £64m")
    is not the one meant, and one written as new ("an additional £70m") is."""
    if newer:
        for back in (index - 1, index - 2):
            if back < 0:
                break
            sentence = sentences[back]
            added = [a for a in amounts if sentence.start <= a.start < sentence.end
                     and a.start not in used and a.currency == currency
                     and (a.value is None or a.value >= floor)
                     and NEW_SUM_BEFORE.search(text[sentence.start : a.start])]  # fmt: skip
            if added:
                return added[-1], sentence
    for back in (index - 1, index - 2):
        if back < 0:
            return None
        sentence = sentences[back]
        inside = [a for a in amounts if sentence.start <= a.start < sentence.end]
        candidates = [
            a
            for a in inside
            if a.start not in used
            and a.currency == currency
            and not RUNNING_TOTAL.search(sentence.text[: a.start - sentence.start])
            and (a.value is None or a.value >= floor)
            and not (newer and EARLIER_SUM.search(sentence.text[: a.start - sentence.start]))
        ]  # fmt: skip  (a running total is not what "It" stands for)
        if family:
            wholes = [_whole_family(text, a, sentence) for a in candidates]
            if family in wholes:
                candidates = [a for a, w in zip(candidates, wholes, strict=True) if w == family]
            else:
                candidates = [a for a, w in zip(candidates, wholes, strict=True) if not w]
        if candidates:
            return candidates[-1], sentence
    return None


def _colon_lists(text, sentences, amounts, used, namer) -> list[Allocation]:
    """ "The package includes:" then "Poland: $12 billion" lines."""
    found = []
    for index, sentence in enumerate(sentences):
        if not sentence.text.rstrip().endswith(":"):
            continue
        inside = [a for a in amounts if sentence.start <= a.start < sentence.end]
        if not inside or inside[-1].start in used:
            continue
        total, parts = inside[-1], []
        for later in sentences[index + 1 :]:
            if LIST_NUMBER.fullmatch(later.text):
                continue  # "1." before its line
            more = _list_item_parts(text, later, amounts, total.currency)
            if not more or any(a.start in used for a, _ in more):
                break
            parts += more
        if parts:
            found.append(_allocation(text, total, parts, sentence, later, namer))
            used |= {total.start, *(a.start for a, _ in parts)}
    return found


def _list_item_parts(text, sentence, amounts, currency):
    """The parts of one list line: "$12 billion for Poland" or "Poland: $12 billion"."""
    inside = [a for a in amounts if sentence.start <= a.start < sentence.end]
    if len(inside) != 1 or inside[0].currency != currency:
        return []
    amount = inside[0]
    link = _part_link(text, amount, sentence, amounts)
    lead = text[sentence.start : amount.start]
    if link and re.fullmatch(r"\W*(?:(?:and|or|plus)\s+)?", lead, re.I):
        return [(amount, link)]
    m = LIST_ITEM_RECIPIENT_FIRST.match(lead)
    if m:
        start = sentence.start + m.start("phrase")
        phrase = m.group("phrase").strip()
        return [(amount, (phrase, start, start + len(phrase)))]
    return []


def _allocation(text, total, parts, first: Sentence, last: Sentence, namer) -> Allocation:
    made = tuple(
        Part(amount, namer(phrase), phrase, min(start, amount.start), max(end, amount.end))
        for amount, (phrase, start, end) in parts
    )
    return Allocation(
        total=total,
        parts=made,
        remainder=compute_remainder(total, [p.amount for p in made]),
        sentence=text[first.start : last.end],
        start=first.start,
        end=last.end,
    )


def choose_splits(allocations: list[Allocation], index: int = -1) -> int | None:
    """Return the ``index`` of the split to show (None: every split, when ``index`` < 0),
    after checking it names one of ``allocations``."""
    if index < 0:
        return None
    choose_allocation(allocations, index)  # raises ParameterError for an index out of range
    return index


def choose_allocation(allocations: list[Allocation], index: int = 0) -> Allocation | None:
    """Return the ``index``-th allocation by total, largest first (None if none)."""
    if not allocations:
        return None
    ranked = sorted(allocations, key=lambda a: (-(a.total.value or 0), a.total.start))
    if not 0 <= index < len(ranked):
        raise ParameterError(
            "total_index",
            f"is {index}, but the article has {len(ranked)} total(s): use 0 to {len(ranked) - 1}",
        )
    return ranked[index]


def allocation_from_text(
    total: str, parts: Mapping[str, str], name_recipient: Namer | None = None
) -> Allocation:
    """Build an allocation from amounts a user types: "more than $50 billion",
    ``{"Poland": "some $30 billion", ...}``.

    >>> a = allocation_from_text("$10 billion", {"A": "$4 billion", "B": "$7 billion"})
    >>> a.remainder.overspent, a.remainder.excess
    (True, 1000000000.0)
    """
    namer = name_recipient or (lambda phrase: phrase)
    total_amount = _one_amount("explicit_total", total)
    made = []
    for recipient, text in parts.items():
        amount = _one_amount(f"explicit_parts[{recipient!r}]", text)
        if amount.currency != total_amount.currency:
            raise ParameterError(
                "explicit_parts",
                f"{text!r} is not in the total's currency ({total_amount.currency})",
            )
        made.append(Part(amount, namer(recipient), recipient, 0, 0))
    sentence = f"{total} (given as a parameter)"
    remainder = compute_remainder(total_amount, [p.amount for p in made])
    return Allocation(total_amount, tuple(made), remainder, sentence, 0, 0)


def _one_amount(name: str, text: str) -> Amount:
    found = [a for a in find_amounts(str(text)) if a.value is not None]
    if len(found) != 1:
        raise ParameterError(
            name, f"{text!r} must hold exactly one amount of money, e.g. '$12 billion'"
        )
    return found[0]


def lexicon_namer(actors="", weapons="", extra_actors=(), extra_weapons=()) -> Namer:
    """Return a namer built from the lexicon files (empty: the files in ``data/``).

    A missing or broken lexicon, the default one included, raises its
    ``LexiconError`` (file, line, problem) like everywhere else.
    """

    lexicons = load_lexicons(actors, weapons, tuple(extra_actors), tuple(extra_weapons))
    return namer_from_lexicons(lexicons)


def namer_from_lexicons(lexicons) -> Namer:
    """Return a namer that turns a phrase into the one actor it is about."""

    def name(phrase: str) -> str:
        found = [
            (m.name, m.start, m.end) for m in match_text(phrase, lexicons) if m.kind == "actor"
        ]
        return choose_recipient(phrase, found)

    return name


def choose_recipient(phrase: str, actors: list[tuple[str, int, int]]) -> str:
    """Return the one actor a phrase is about, else the phrase itself.

    >>> choose_recipient("the ongoing war in Sudan", [("Sudan", 19, 24)])
    'Sudan'
    >>> choose_recipient("security on the border", [])
    'security on the border'
    >>> choose_recipient("Poland and Latvia", [("Poland", 0, 6), ("Latvia", 11, 17)])
    'Poland and Latvia'
    >>> choose_recipient("pilot training in Romania", [("Romania", 18, 25)])
    'pilot training in Romania'
    >>> choose_recipient("the Baltic nation's army", [("Latvia", 4, 17)])
    'Latvia'
    """
    names = {name for name, _, _ in actors}
    if len(names) != 1:
        return phrase
    name, start, end = actors[-1]
    about = ABOUT_ONE_ACTOR.match(phrase) and not phrase[end:].strip(" .'’s")
    rest = (phrase[:start] + " " + phrase[end:]).lower().replace("’", "'").replace("'s", " ")
    only_the_actor = set(re.findall(r"[a-z-]+", rest)) <= ACTOR_WORDS
    return name if only_the_actor or about else phrase
