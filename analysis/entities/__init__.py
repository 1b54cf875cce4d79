"""Entities: actors and weapons from the lexicons, found in text and counted."""

from __future__ import annotations

from analysis.entities.lexicon import LexiconEntry, Lexicons, load_lexicons
from analysis.entities.matcher import compile_matcher
from analysis.entities.mentions import (
    cooccurrence,
    cooccurrence_pairs,
    count_by_section,
    count_mentions,
    describe_entities,
    evidence_by_sentence,
    evidence_table,
    find_candidates,
    find_mentions,
    fold_matrix,
    lexicon_files,
    mentions_frame,
    mentions_summary,
    roll_up,
)
from analysis.entities.scan import Match, match_text, scan_text

__all__ = [
    "LexiconEntry",
    "Lexicons",
    "Match",
    "compile_matcher",
    "cooccurrence",
    "cooccurrence_pairs",
    "count_by_section",
    "count_mentions",
    "describe_entities",
    "evidence_by_sentence",
    "evidence_table",
    "find_candidates",
    "find_mentions",
    "fold_matrix",
    "lexicon_files",
    "load_lexicons",
    "match_text",
    "mentions_frame",
    "mentions_summary",
    "roll_up",
    "scan_text",
]
