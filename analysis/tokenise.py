"""Tokenisation: sentences and words with character offsets.

Only NLTK's data-free parts are used: Punkt with the project's own
``PunktParameters`` (abbreviations from ``data/abbreviations.txt``) and a
regular-expression word tokenizer whose rules are kept as named data. Nothing
here reads ``nltk_data``, so results are the same with or without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from analysis import config
from analysis.article import Article


@dataclass(frozen=True)
class Sentence:
    """One sentence: 1-based number, section kind, offsets and text."""

    number: int
    section: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    """One word token: text, kind of rule that matched, offsets, sentence."""

    text: str
    kind: str
    start: int
    end: int
    sentence: int = 0


# Word rules, tried in order; the first that matches at a position wins.
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|m|k|tn)\b"
WORD_RULES: list[tuple[str, str]] = [
    # "$105 billion", "€2.5bn", "US$3"
    ("money", rf"(?:US\$|[$€£¥₹])\d[\d,]*(?:\.\d+)?(?:\s?{_SCALE})?"),
    # "U.S.", "U.K.", "a.m." (before plain words so the dots stay)
    ("abbreviation", r"(?:[A-Za-z]\.){2,}(?=[\s\W]|$)"),
    # "Shahed-136/131", "X-22", "SU-35", "F-16s", "MiG-29", "S-400"
    ("designation", r"[A-Za-z]{1,10}-?\d+[A-Za-z]*(?:/\d+[A-Za-z]*)*(?:-\d+[A-Za-z]*)?"),
    # "8:00", "2,500", "14.3", "1990s"
    ("number", r"\d+(?:[:.,]\d+)*(?:s|st|nd|rd|th)?\b"),
    # "Iranian-built", "don't", "Tehran’s", "space-based"
    ("word", r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*"),
    # everything else that is not space: punctuation, symbols, dashes
    ("punct", r"[^\w\s]"),
]
WORD_PATTERN = re.compile("|".join(f"(?P<{name}>{rule})" for name, rule in WORD_RULES))

# Sentence-final punctuation includes the unicode ellipsis and quotes Punkt
# treats as part of the sentence.
_SENT_END_CHARS = (".", "?", "!", "…")


def load_abbreviations(path: str | Path = "") -> set[str]:
    """Return the abbreviations of a word-list file (lower case, no final dot)."""
    return set(_read_word_list(config.resolve_data_file(path, config.ABBREVIATIONS_FILE)))


def load_stopwords(path: str | Path = "") -> frozenset[str]:
    """Return the stopwords of a word-list file (lower case)."""
    return frozenset(_read_word_list(config.resolve_data_file(path, config.STOPWORDS_FILE)))


@lru_cache(maxsize=8)
def _read_word_list(path: Path) -> tuple[str, ...]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line.lower())
    return tuple(words)


@lru_cache(maxsize=4)
def sentence_tokenizer(abbreviations_file: str = "") -> PunktSentenceTokenizer:
    """Return a Punkt tokenizer that knows the project's abbreviations."""
    params = PunktParameters()
    params.abbrev_types = load_abbreviations(abbreviations_file)
    return PunktSentenceTokenizer(params)


def split_sentences(article: Article) -> list[Sentence]:
    """Split the article's counted sections into numbered sentences.

    Sentences never cross a paragraph boundary; the duplicated headline is
    left out.
    """
    tokenizer = sentence_tokenizer()
    sentences: list[Sentence] = []
    for section in article.counted_sections():
        for rel_start, rel_end in sentence_spans(section.text, tokenizer):
            start, end = section.start + rel_start, section.start + rel_end
            sentences.append(
                Sentence(len(sentences) + 1, section.kind, start, end, article.text[start:end])
            )
    return sentences


def sentence_spans(
    text: str, tokenizer: PunktSentenceTokenizer | None = None
) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence in ``text``.

    >>> text = "Mr. Kirby spoke on Nov. 20, 2023 about the U.S. plan. It ended."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr. Kirby spoke on Nov. 20, 2023 about the U.S. plan.', 'It ended.']
    """
    tokenizer = tokenizer or sentence_tokenizer()
    return list(tokenizer.span_tokenize(text))


def tokenize_words(text: str, offset: int = 0, sentence: int = 0) -> list[Token]:
    """Return word tokens of ``text``; offsets are shifted by ``offset``.

    >>> [t.text for t in tokenize_words("Iran's $105 billion for Shahed-136/131 drones.")]
    ["Iran's", '$105 billion', 'for', 'Shahed-136/131', 'drones', '.']
    """
    return [
        Token(m.group(), m.lastgroup or "punct", m.start() + offset, m.end() + offset, sentence)
        for m in WORD_PATTERN.finditer(text)
    ]


def article_tokens(article: Article, sentences: list[Sentence] | None = None) -> list[Token]:
    """Return the word tokens of every sentence of the article."""
    sentences = sentences if sentences is not None else split_sentences(article)
    tokens: list[Token] = []
    for sent in sentences:
        tokens.extend(tokenize_words(sent.text, sent.start, sent.number))
    return tokens
