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

from analysis.html import highlight_in_context
from analysis.money.allocations import Allocation, find_allocations, lexicon_namer
from analysis.money.amounts import Amount, find_amounts
from analysis.money.words import describe_amount, describe_remainder, format_money, share
from analysis.text import count_of, load_article, split_sentences


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
        "amounts": [dict(a.to_dict(), sentence=_sentence_number(a, sentences)) for a in amounts],
        "allocations": [
            allocation_summary(a)
            for a in find_allocations(article, name_recipient=namer, amounts=amounts)
        ],
    }


def _sentence_number(amount: Amount, sentences) -> int | None:
    return next((s.number for s in sentences if s.start <= amount.start < s.end), None)


#: Columns of ``amounts_table``, in order.
AMOUNT_COLUMNS = ["Amount as written", "In words", "Value", "Currency", "Qualifier", "Low",
                  "High", "Rate", "Conversion", "Sentence", "Start", "End",
                  "Sentence text"]  # fmt: skip


def amounts_table(amounts: list[Amount], sentences=()):
    """Return a DataFrame: one row per amount, with its sentence (number and text)."""
    import pandas as pd

    rows = []
    for a in amounts:
        sentence = next((s for s in sentences if s.start <= a.start < s.end), None)
        rows.append([a.text, describe_amount(a), a.value, a.currency, a.qualifier, a.low, a.high,
                     a.rate, a.conversion, sentence.number if sentence else None, a.start, a.end,
                     sentence.text if sentence else ""])  # fmt: skip
    return pd.DataFrame(rows, columns=AMOUNT_COLUMNS)


def amounts_evidence(amounts: list[Amount], sentences=()):
    """Return the reader's view of ``amounts``: each amount in words, with the
    words around it in its sentence as escaped HTML and the amount marked
    (``Evidence`` column; ``amounts_table`` keeps the whole sentence)."""
    import pandas as pd

    rows = []
    for a in amounts:
        sentence = next((s for s in sentences if s.start <= a.start < s.end), None)
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
        f"{p.recipient} {describe_amount(p.amount)} ({share(p.amount.value, total):.0f}%)"
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
                                 p.amount.qualifier, share(p.amount.value, total), "part"],
                 strict=True))
        for p in allocation.parts
    ]  # fmt: skip
    rem = allocation.remainder
    if rem.value is not None and rem.value > 0:
        qualifier = rem.qualifier + (", approximate" if rem.approximate else "")
        rows.append(dict(zip(SPLIT_COLUMNS, ["not itemised", "", "",
                                             describe_remainder(rem, cur), rem.value, cur,
                                             qualifier, share(rem.value, total), "remainder"],
                             strict=True)))  # fmt: skip
    return rows


def split_table(allocation: Allocation | None):
    """Return ``split_rows`` as a DataFrame (no rows when there is no split)."""
    import pandas as pd

    return pd.DataFrame(split_rows(allocation) if allocation else [], columns=SPLIT_COLUMNS)


#: Columns of ``allocations_table``, in order.
ALLOCATION_COLUMNS = ["Total as written", "Total in words", "Parts", "Itemised", "Not itemised",
                      "Summary", "Sentence", "Start", "End"]  # fmt: skip


def allocations_table(allocations: list[Allocation]):
    """Return a DataFrame: one row per split total, largest first."""
    import pandas as pd

    ranked = sorted(allocations, key=lambda a: (-(a.total.value or 0), a.total.start))
    rows = [[a.total.text, describe_amount(a.total), len(a.parts),
             format_money(a.itemised, a.currency), describe_remainder(a.remainder, a.currency),
             describe_split(a), a.sentence, a.start, a.end] for a in ranked]  # fmt: skip
    return pd.DataFrame(rows, columns=ALLOCATION_COLUMNS)


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
