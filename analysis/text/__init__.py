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
from analysis.text.spans import SentenceLocator, sentence_at
from analysis.text.wording import count_of
from analysis.text.wordlists import load_abbreviations, load_stopwords
from analysis.text.words import Token, select_words, tokenise_article, tokenise_words

__all__ = [
    "SentenceLocator",
    "sentence_at",
    "Article",
    "COUNTED_SECTIONS",
    "Section",
    "Sentence",
    "Token",
    "article_from_text",
    "tokenise_article",
    "count_of",
    "load_abbreviations",
    "load_article",
    "load_stopwords",
    "split_sentences",
    "tokenise_words",
    "select_words",
]
