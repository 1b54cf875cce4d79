"""The money tables as a report page shows them: the columns a reader needs.

The CSVs the notebooks save keep every column (``allocations_table``,
``splits_table``); a page shows the same rows with fewer, narrower columns,
so a table fits the page without scrolling sideways:

- an amount in words beside its sentence, where it is marked as written;
- a total once, in words (its wording as written is marked in the evidence
  sentences below it), without the long sentence, its offsets or the summary
  (which the page gives in its last section);
- a part without its raw ``Value`` and currency code (both are in its words).
"""

from __future__ import annotations

#: Columns of ``amounts_for_reading``, in order.
AMOUNTS_READING_COLUMNS = ["In words", "Currency", "Qualifier", "Sentence", "Evidence"]
#: Columns of ``totals_for_reading``, in order (``Total`` is the total in words).
TOTALS_READING_COLUMNS = ["Split", "Total", "Parts", "Itemised", "Not itemised", "Sentences"]
#: Columns of ``split_for_reading``, in order (``Amount`` is the part in words).
SPLIT_READING_COLUMNS = ["Split", "Recipient", "As written", "Amount", "Qualifier",
                         "Share of total (%)", "Kind"]  # fmt: skip


def amounts_for_reading(evidence):
    """The reader's columns of an ``amounts_evidence`` table, same rows: the
    amount as written is the marked words of ``Evidence``, so it is not repeated.

    >>> import pandas as pd
    >>> columns = ["Amount as written", "In words", "Currency", "Qualifier", "Sentence", "Evidence"]
    >>> row = ["$2 billion", "$2B", "USD", "exact", 3, "a <mark>$2 billion</mark> loan"]
    >>> amounts_for_reading(pd.DataFrame([row], columns=columns)).columns.tolist()
    ['In words', 'Currency', 'Qualifier', 'Sentence', 'Evidence']
    """
    return evidence[AMOUNTS_READING_COLUMNS].reset_index(drop=True)


def totals_for_reading(totals):
    """The reader's columns of an ``allocations_table``, same rows.

    >>> import pandas as pd
    >>> from analysis.money.tables import ALLOCATION_COLUMNS
    >>> row = [0, "$10 billion", "$10B", 2, "$8B", "$2B", "...", "3, 4", "...", 0, 9]
    >>> shown = totals_for_reading(pd.DataFrame([row], columns=ALLOCATION_COLUMNS))
    >>> shown.columns.tolist()
    ['Split', 'Total', 'Parts', 'Itemised', 'Not itemised', 'Sentences']
    >>> shown["Total"][0], shown["Sentences"][0]
    ('$10B', '3, 4')
    """
    shown = totals.rename(columns={"Total in words": "Total"})
    return shown[TOTALS_READING_COLUMNS].reset_index(drop=True)


def split_for_reading(parts):
    """The reader's columns of a ``splits_table``, same rows.

    >>> import pandas as pd
    >>> from analysis.money.tables import SPLIT_COLUMNS
    >>> row = [0, "Ruritania", "the Ruritanian army", "$2 billion", "$2B", 2e9, "USD", "exact",
    ...        20.0, "part"]
    >>> parts = pd.DataFrame([row], columns=["Split", *SPLIT_COLUMNS])
    >>> split_for_reading(parts).columns.tolist()
    ['Split', 'Recipient', 'As written', 'Amount', 'Qualifier', 'Share of total (%)', 'Kind']
    """
    shown = parts.rename(columns={"In words": "Amount"})
    return shown[SPLIT_READING_COLUMNS].reset_index(drop=True)
