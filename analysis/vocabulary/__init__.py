"""Vocabulary: word frequencies, collocations, keywords in context and dispersion."""

from __future__ import annotations

from analysis.vocabulary.counts import (
    check_count,
    collocations,
    content_words,
    is_content_word,
    is_stopword,
    word_frequencies,
    word_key,
)
from analysis.vocabulary.tables import (
    describe_counts,
    describe_top,
    readable,
    sections_table,
    sentence_lengths,
    text_statistics,
)
from analysis.vocabulary.terms import (
    KWIC_COLUMNS,
    choose_terms,
    dispersion,
    find_terms,
    keyword_in_context,
    section_word_offsets,
    split_terms,
    stem_key,
)

__all__ = [
    "KWIC_COLUMNS",
    "check_count",
    "choose_terms",
    "collocations",
    "content_words",
    "describe_counts",
    "describe_top",
    "dispersion",
    "readable",
    "find_terms",
    "is_content_word",
    "is_stopword",
    "keyword_in_context",
    "section_word_offsets",
    "sections_table",
    "sentence_lengths",
    "split_terms",
    "stem_key",
    "text_statistics",
    "word_frequencies",
    "word_key",
]
