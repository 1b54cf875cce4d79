"""Vocabulary: word frequencies, collocations, keywords in context and dispersion."""

from __future__ import annotations

from analysis.vocabulary.counts import (
    check_count,
    count_words,
    find_collocations,
    is_content_word,
    is_stopword,
    normalise_word,
    select_content_words,
)
from analysis.vocabulary.tables import (
    describe_counts,
    describe_top,
    measure_sentences,
    measure_text,
    readable,
    tabulate_sections,
)
from analysis.vocabulary.terms import (
    KWIC_COLUMNS,
    choose_terms,
    find_keyword_contexts,
    find_terms,
    locate_sections,
    locate_terms,
    split_terms,
    stem_word,
)

__all__ = [
    "KWIC_COLUMNS",
    "check_count",
    "choose_terms",
    "find_collocations",
    "select_content_words",
    "describe_counts",
    "describe_top",
    "locate_terms",
    "readable",
    "find_terms",
    "is_content_word",
    "is_stopword",
    "find_keyword_contexts",
    "locate_sections",
    "tabulate_sections",
    "measure_sentences",
    "split_terms",
    "stem_word",
    "measure_text",
    "count_words",
    "normalise_word",
]
