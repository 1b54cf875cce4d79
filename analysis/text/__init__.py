"""Text: an article, its sections, sentences, words and word lists, with offsets."""

from __future__ import annotations

from analysis.text.article import (
    COUNTED_SECTIONS,
    Article,
    Section,
    article_from_text,
    load_article,
)
from analysis.text.sentences import Sentence, split_sentences
from analysis.text.wording import count_of
from analysis.text.wordlists import load_abbreviations, load_stopwords
from analysis.text.words import Token, article_tokens, tokenize_words, word_tokens

__all__ = [
    "Article",
    "COUNTED_SECTIONS",
    "Section",
    "Sentence",
    "Token",
    "article_from_text",
    "article_tokens",
    "count_of",
    "load_abbreviations",
    "load_article",
    "load_stopwords",
    "split_sentences",
    "tokenize_words",
    "word_tokens",
]
