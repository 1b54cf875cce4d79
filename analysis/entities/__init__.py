"""Entities: actors and weapons from the lexicons, found in text and counted."""

from __future__ import annotations

from analysis.entities.context import find_institutions, is_place, main_country
from analysis.entities.discovery import FoundName, discover_names
from analysis.entities.lexicon import LexiconEntry, Lexicons, load_lexicons
from analysis.entities.matcher import compile_matcher
from analysis.entities.mention_rows import MentionRow, frame_from_rows, rows_from_frame
from analysis.entities.mentions import (
    cooccurrence,
    cooccurrence_pairs,
    count_by_section,
    count_mentions,
    count_weapons,
    describe_entities,
    evidence_by_sentence,
    evidence_table,
    find_candidates,
    find_mention_rows,
    find_mentions,
    fold_matrix,
    lexicon_files,
    mentions_frame,
    roll_up,
)
from analysis.entities.report_tables import (
    describe_pairs,
    label_columns,
    tabulate_actor_types,
    tabulate_actors,
    tabulate_candidates,
    tabulate_found_names,
    tabulate_lexicon_files,
    tabulate_matrix,
    tabulate_mentions,
    tabulate_mentions_by_section,
    tabulate_pairs,
    tabulate_weapons,
)
from analysis.entities.scan import Match, match_text, scan_text
from analysis.entities.second_pass import (
    discover_mentions,
    discover_rows,
    find_all_mentions,
    found_names_lexicon,
    found_names_table,
    mentions_summary,
)
from analysis.entities.weapon_discovery import discover_weapons
from analysis.entities.weapon_generics import load_generic_names, name_generics

__all__ = [
    "FoundName",
    "LexiconEntry",
    "Lexicons",
    "Match",
    "MentionRow",
    "compile_matcher",
    "cooccurrence",
    "cooccurrence_pairs",
    "count_by_section",
    "count_mentions",
    "count_weapons",
    "describe_entities",
    "discover_mentions",
    "discover_names",
    "discover_rows",
    "discover_weapons",
    "evidence_by_sentence",
    "evidence_table",
    "find_all_mentions",
    "find_candidates",
    "find_institutions",
    "find_mention_rows",
    "find_mentions",
    "found_names_lexicon",
    "found_names_table",
    "frame_from_rows",
    "is_place",
    "fold_matrix",
    "lexicon_files",
    "load_generic_names",
    "load_lexicons",
    "main_country",
    "match_text",
    "mentions_frame",
    "mentions_summary",
    "name_generics",
    "roll_up",
    "rows_from_frame",
    "scan_text",
    # the tables as notebook 02 shows them (report_tables)
    "describe_pairs",
    "label_columns",
    "tabulate_actor_types",
    "tabulate_actors",
    "tabulate_candidates",
    "tabulate_found_names",
    "tabulate_lexicon_files",
    "tabulate_matrix",
    "tabulate_mentions",
    "tabulate_mentions_by_section",
    "tabulate_pairs",
    "tabulate_weapons",
]
