"""Money: amounts in a text, totals split into parts, and what is left."""

from __future__ import annotations

from analysis.money.allocations import (
    Allocation,
    Part,
    allocation_from_text,
    choose_allocation,
    choose_splits,
    find_allocations,
    lexicon_namer,
)
from analysis.money.amount import QUALIFIERS, Amount
from analysis.money.amounts import find_amounts
from analysis.money.remainder import Remainder, compute_remainder
from analysis.money.report_tables import (
    amounts_for_reading,
    split_for_reading,
    totals_for_reading,
)
from analysis.money.tables import (
    allocations_table,
    amounts_evidence,
    amounts_table,
    describe_money,
    describe_split,
    describe_splits,
    money_summary,
    rank_allocations,
    split_evidence,
    split_rows,
    split_table,
    splits_table,
)
from analysis.money.words import describe_amount, describe_remainder, format_money, share

__all__ = [
    "Allocation",
    "Amount",
    "Part",
    "QUALIFIERS",
    "Remainder",
    "allocation_from_text",
    "allocations_table",
    "amounts_for_reading",
    "amounts_evidence",
    "amounts_table",
    "choose_allocation",
    "choose_splits",
    "compute_remainder",
    "describe_amount",
    "describe_money",
    "describe_remainder",
    "describe_split",
    "describe_splits",
    "find_allocations",
    "find_amounts",
    "format_money",
    "lexicon_namer",
    "money_summary",
    "rank_allocations",
    "share",
    "split_evidence",
    "split_for_reading",
    "split_rows",
    "split_table",
    "splits_table",
    "totals_for_reading",
]
