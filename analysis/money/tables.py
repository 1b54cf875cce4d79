"""Money tables: amounts and splits as tables, key findings and a JSON summary.

The tables give one row per amount with the sentence it came from
(``amounts_table``, ``amounts_evidence``), one row per part of a split and
what is not itemised (``split_table``), one row per split total
(``allocations_table``); ``describe_split`` and ``describe_money`` say the
finding in one sentence; ``money_summary`` is the article's amounts and
allocations for the command line. The words themselves come from
``analysis.money.words``.
"""

from __future__ import annotations

from pathlib import Path

from analysis.html import highlight, highlight_in_context
from analysis.money.allocations import Allocation, find_allocations, lexicon_namer
from analysis.money.amounts import Amount, find_amounts
from analysis.money.words import describe_amount, describe_remainder, format_money, share
from analysis.text import SentenceLocator, count_of, load_article, sentence_at, split_sentences


def money_summary(
    article_path: str | Path,
    actors: str = "",
    weapons: str = "",
    extra_actors: tuple = (),
    extra_weapons: tuple = (),
) -> dict:
    """Return the article's amounts and how its totals are split, JSON-ready.

    The actor lexicons (empty: the files in ``data/``) name the recipient of
    each part ("the war in Sudan" -> Sudan); a missing or broken
    lexicon raises ``LexiconError``.
    """

    article = load_article(article_path)
    sentences = split_sentences(article)
    namer = lexicon_namer(actors, weapons, extra_actors, extra_weapons)
    amounts = find_amounts(article.text)
    return {
        "article": str(article_path),
        "article_id": article.id,
        "amounts": [dict(a.to_dict(), sentence=_sentence_number(a, sentences)) for a in amounts],
        "allocations": [
            allocation_summary(a)
            for a in find_allocations(article, name_recipient=namer, amounts=amounts)
        ],
    }


def _sentence_number(amount: Amount, sentences) -> int | None:
    sentence = sentence_at(sentences, amount.start)
    return sentence.number if sentence else None


#: Columns of ``amounts_table``, in order.
AMOUNT_COLUMNS = ["Amount as written", "In words", "Value", "Currency", "Qualifier", "Low",
                  "High", "Rate", "Conversion", "Sentence", "Start", "End",
                  "Sentence text"]  # fmt: skip


def amounts_table(amounts: list[Amount], sentences=()):
    """Return a DataFrame: one row per amount, with its sentence (number and text)."""
    import pandas as pd

    rows, locate = [], SentenceLocator(sentences)
    for a in amounts:
        sentence = locate(a.start)
        rows.append([a.text, describe_amount(a), a.value, a.currency, a.qualifier, a.low, a.high,
                     a.rate, a.conversion, sentence.number if sentence else None, a.start, a.end,
                     sentence.text if sentence else ""])  # fmt: skip
    return pd.DataFrame(rows, columns=AMOUNT_COLUMNS)


def amounts_evidence(amounts: list[Amount], sentences=()):
    """Return the reader's view of ``amounts``: each amount in words, with the
    words around it in its sentence as escaped HTML and the amount marked
    (``Evidence`` column; ``amounts_table`` keeps the whole sentence)."""
    import pandas as pd

    rows, locate = [], SentenceLocator(sentences)
    for a in amounts:
        sentence = locate(a.start)
        evidence = (
            highlight_in_context(sentence.text, [(a.start, a.end)], sentence.start)
            if sentence
            else ""
        )
        number = sentence.number if sentence else None
        rows.append([a.text, describe_amount(a), a.currency, a.qualifier, number, evidence])
    columns = ["Amount as written", "In words", "Currency", "Qualifier", "Sentence", "Evidence"]
    return pd.DataFrame(rows, columns=columns)


def describe_split(allocation: Allocation) -> str:
    """Return one plain sentence that states the split and what is not itemised."""
    total, cur, rem = allocation.total, allocation.currency, allocation.remainder
    parts = ", ".join(
        f"{p.recipient} {describe_amount(p.amount)} ({share(p.amount.value, total):.0f}%"
        + (f", computed from “{p.amount.text}”)" if p.computed else ")")
        for p in allocation.parts
    )
    itemised = format_money(allocation.itemised, cur)
    head = f"Of {describe_amount(total)}, {itemised} is itemised: {parts}"
    if rem.overspent:
        return (f"{head}. The parts add up to {format_money(rem.excess, cur)} more than the "
                f"stated total, so the figures do not reconcile.")  # fmt: skip
    if rem.value is None:
        return f"{head}; how much is not itemised cannot be told from the text."
    if rem.value == 0 and rem.qualifier == "exact":
        return f"{head}; the parts account for the whole total."
    pct = share(rem.value, total)
    return f"{head}; {describe_remainder(rem, cur)} ({pct:.0f}%) is not itemised."


#: Columns of ``split_table``, in order.
SPLIT_COLUMNS = ["Recipient", "As written", "Amount as written", "In words", "Value",
                 "Currency", "Qualifier", "Share of total (%)", "Kind"]  # fmt: skip


def split_rows(allocation: Allocation) -> list[dict]:
    """Return one row per part plus the not-itemised remainder (when above zero)."""
    total, cur = allocation.total, allocation.currency
    rows = [
        dict(zip(SPLIT_COLUMNS, [p.recipient, p.recipient_text, p.amount.text,
                                 describe_amount(p.amount), p.amount.value, cur,
                                 p.amount.qualifier, share(p.amount.value, total),
                                 "part computed from a share" if p.computed else "part"],
                 strict=True))
        for p in allocation.parts
    ]  # fmt: skip
    rem = allocation.remainder
    if rem.value is not None and rem.value > 0:
        rows.append(dict(zip(SPLIT_COLUMNS, ["not itemised", "", "",
                                             describe_remainder(rem, cur), rem.value, cur,
                                             rem.label, share(rem.value, total), "remainder"],
                             strict=True)))  # fmt: skip
    return rows


def split_table(allocation: Allocation | None):
    """Return ``split_rows`` as a DataFrame (no rows when there is no split)."""
    import pandas as pd

    return pd.DataFrame(split_rows(allocation) if allocation else [], columns=SPLIT_COLUMNS)


#: Columns of ``allocations_table``, in order.
ALLOCATION_COLUMNS = ["Split", "Total as written", "Total in words", "Parts", "Itemised",
                      "Not itemised", "Summary", "Sentences", "Sentence", "Start",
                      "End"]  # fmt: skip


def rank_allocations(allocations: list[Allocation]) -> list[Allocation]:
    """Return the splits largest total first (the order of ``total_index``)."""
    return sorted(allocations, key=lambda a: (-(a.total.value or 0), a.total.start))


def allocations_table(allocations: list[Allocation]):
    """Return a DataFrame: one row per split total, largest first; ``Split`` is its
    ``total_index`` and ``Sentences`` the numbers of every sentence that contributed."""
    import pandas as pd

    rows = [[index, a.total.text, describe_amount(a.total), len(a.parts),
             format_money(a.itemised, a.currency), describe_remainder(a.remainder, a.currency),
             describe_split(a), _numbers(a), a.sentence, a.start, a.end]
            for index, a in enumerate(rank_allocations(allocations))]  # fmt: skip
    return pd.DataFrame(rows, columns=ALLOCATION_COLUMNS)


def _numbers(allocation: Allocation) -> str:
    return ", ".join(str(n) for n in getattr(allocation, "sentences", ()) if n)


def describe_splits(allocations: list[Allocation], index: int | None = None) -> list[str]:
    """Return one plain sentence per split, largest total first (only split ``index``
    if given); the overview page lists them."""
    return [describe_split(a) for _, a in _chosen(allocations, index)]


#: Columns of ``split_evidence``, in order.
EVIDENCE_COLUMNS = ["Split", "Sentence", "What it states", "Evidence"]


def _chosen(allocations: list[Allocation], index: int | None):
    """(rank, allocation) pairs: every split, or only the one at ``index``."""
    ranked = list(enumerate(rank_allocations(allocations)))
    return ranked if index is None else [pair for pair in ranked if pair[0] == index]


def splits_table(allocations: list[Allocation], index: int | None = None):
    """Return ``split_rows`` of every split (or only split ``index``) as one DataFrame,
    with the ``Split`` it belongs to first (largest total is split 0)."""
    import pandas as pd

    rows = [{"Split": rank, **row} for rank, a in _chosen(allocations, index)
            for row in split_rows(a)]  # fmt: skip
    return pd.DataFrame(rows, columns=["Split", *SPLIT_COLUMNS])


def split_evidence(allocations: list[Allocation], sentences, index: int | None = None):
    """Return a DataFrame: for each split (largest first; only ``index`` if given),
    every sentence that contributed, with the total, the parts and the words that
    link them marked (``Evidence`` is escaped HTML)."""
    import pandas as pd

    by_number = {s.number: s for s in sentences}
    rows = []
    for rank, allocation in _chosen(allocations, index):
        for number in getattr(allocation, "sentences", ()) or ():
            sentence = by_number.get(number)
            if sentence is None:
                continue
            spans, said = _marks(allocation, sentence)
            rows.append([rank, number, "; ".join(said), highlight(sentence.text, spans,
                                                                    sentence.start)])  # fmt: skip
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def _marks(allocation: Allocation, sentence) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans to mark in one sentence, and what it states, in words."""
    inside = lambda start: sentence.start <= start < sentence.end  # noqa: E731
    spans, said = [], []
    total = allocation.total
    if inside(total.start):
        spans.append((total.start, total.end))
        said.append(f"total {describe_amount(total)}")
    for part in allocation.parts:
        if inside(part.amount.start):
            spans.append((part.amount.start, part.amount.end))
            said.append(f"part {describe_amount(part.amount)} for {part.recipient}"
                        + (" (computed)" if part.computed else ""))  # fmt: skip
    for signal, words, start, end in getattr(allocation, "evidence", ()):
        if not inside(start) or any(s < end and start < e for s, e in spans):
            continue
        if words:
            spans.append((start, end))
            said.append(f"{signal.replace('_', ' ')}: “{words}”")
        elif signal in SIGNAL_WORDS:
            said.append(SIGNAL_WORDS[signal])
    return spans, said


#: What a signal without words of its own says, in the evidence table.
SIGNAL_WORDS = {
    "sums_exactly": "the parts add up to what is left of the total",
    "fits": "the parts stay within the total",
    "overspends": "the parts exceed the total",
    "continues": "goes on from the part before",
    "summing_run": "the sums that follow it add up to it",
}


def describe_money(amounts: list[Amount], split: Allocation | None) -> str:
    """Return the key finding: the split in one sentence, or why there is none.

    >>> describe_money([], None)
    'No money amounts found in this article.'
    """
    if split is not None:
        return describe_split(split)
    if not amounts:
        return "No money amounts found in this article."
    stated = [a for a in amounts if not a.conversion]
    stated_count = count_of(len(stated), "amount of money", "amounts of money")
    return f"The article states {stated_count} but does not split any total into parts."


def allocation_summary(allocation: Allocation) -> dict:
    """The allocation as JSON-ready data, with its finding in one sentence (``summary``)."""
    data = allocation.to_dict()
    position = list(data).index("currency") + 1
    items = list(data.items())
    return dict(items[:position] + [("summary", describe_split(allocation))] + items[position:])
