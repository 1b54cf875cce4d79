"""Transfers: who supplies what weapons to whom, how far it has gone, who says so."""

from __future__ import annotations

from analysis.transfers.extract import (
    READABLE_COLUMNS,
    STATUSES,
    describe_transfers,
    extract_from_article,
    find_transfers,
    readable_pairs,
    readable_transfers,
    select_statuses,
    summarise_firmness,
    summarise_pairs,
    transfers_for_reading,
    transfers_frame,
    transfers_summary,
)
from analysis.transfers.records import COLUMNS, Transfer

__all__ = [
    "COLUMNS",
    "READABLE_COLUMNS",
    "STATUSES",
    "Transfer",
    "describe_transfers",
    "extract_from_article",
    "find_transfers",
    "readable_pairs",
    "readable_transfers",
    "select_statuses",
    "summarise_firmness",
    "summarise_pairs",
    "transfers_for_reading",
    "transfers_frame",
    "transfers_summary",
]
