"""Money tables: amounts in plain words, as tables and as a JSON summary.

``format_money`` writes a value short ("$40B"), ``describe_amount`` a whole
amount with its qualifier and rate ("more than $50B a year"). The tables give
one row per amount with the sentence it came from; ``money_summary`` is the
article's amounts and allocations for the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from analysis.currencies import MONEY_SYMBOLS
from analysis.money import Amount, find_amounts

__all__ = [
    "AMOUNT_COLUMNS", "QUALIFIER_WORDS", "amounts_evidence", "amounts_table", "describe_amount",
    "format_money", "money_summary",
]  # fmt: skip


def format_money(value: float | None, currency: str | None, digits: int = 3) -> str:
    """Return ``value`` short and readable: "$40B", "$12.5B", "€2.5M".

    >>> format_money(40e9, "USD"), format_money(12.5e9, "USD"), format_money(2.5e6, "EUR")
    ('$40B', '$12.5B', '€2.5M')
    >>> format_money(7.2e9, "CAD"), format_money(1250, "GBP"), format_money(5e9, "CHF")
    ('C$7.2B', '£1,250', 'CHF 5B')
    >>> format_money(0.5, "USD"), format_money(None, "USD")
    ('$0.50', 'an unstated sum')
    """
    if value is None:
        return "an unstated sum"
    symbol = MONEY_SYMBOLS.get(currency or "", f"{currency} " if currency else "")
    sign, value = ("-" if value < 0 else ""), abs(value)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if value >= size:
            number = f"{value / size:.{digits}g}" if value / size < 1000 else f"{value / size:,.0f}"
            return f"{sign}{symbol}{number}{suffix}"
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return f"{sign}{symbol}{number}"


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
    from analysis.allocations import find_allocations, lexicon_namer
    from analysis.article import load_article
    from analysis.tokenise import split_sentences

    article = load_article(article_path)
    sentences = split_sentences(article)
    namer = lexicon_namer(actors, weapons, extra_actors, extra_weapons)
    amounts = find_amounts(article.text)
    return {
        "article": str(article_path),
        "amounts": [dict(a.to_dict(), sentence=_sentence_number(a, sentences)) for a in amounts],
        "allocations": [
            a.to_dict() for a in find_allocations(article, name_recipient=namer, amounts=amounts)
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
    """Return the reader's view of ``amounts``: each amount in words, with its
    sentence as escaped HTML and the amount marked (``Evidence`` column)."""
    import pandas as pd

    from analysis.report import highlight

    rows = []
    for a in amounts:
        sentence = next((s for s in sentences if s.start <= a.start < s.end), None)
        evidence = highlight(sentence.text, [(a.start, a.end)], sentence.start) if sentence else ""
        number = sentence.number if sentence else None
        rows.append([a.text, describe_amount(a), a.currency, a.qualifier, number, evidence])
    columns = ["Amount as written", "In words", "Currency", "Qualifier", "Sentence", "Evidence"]
    return pd.DataFrame(rows, columns=columns)


QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "at_most": "at most "}


def describe_amount(amount: Amount, formatter: Callable = format_money) -> str:
    """Return the amount in plain words: "more than $50B", "$3B to $4B".

    >>> [describe_amount(a) for a in find_amounts("some $40 billion, $5bn or more, $3-4bn")]
    ['some $40B', '$5B or more', '$3B to $4B']
    >>> [describe_amount(a) for a in find_amounts("$5 million-a-year deal, €2m each")]
    ['$5M a year', '€2M each']
    """
    rate = f" {amount.rate}" if amount.rate else ""
    if amount.qualifier == "vague":
        return f"{amount.text}{rate} (no figure)"
    low, high, value = (
        formatter(v, amount.currency) for v in (amount.low, amount.high, amount.value)
    )
    if amount.qualifier == "range":
        return f"{low} to {high}{rate}"
    words = amount.qualifier_text
    if words and amount.text.lower().startswith(words.lower()):
        return f"{words} {value}{rate}"  # the text's own words: "more than", "some"
    if words and amount.text.lower().endswith(words.lower()):
        return f"{value} {words}{rate}"  # "or more"
    return QUALIFIER_WORDS.get(amount.qualifier, "") + value + rate
