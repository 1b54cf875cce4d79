"""Word frequencies and collocations of content words.

(Split from the former ``vocabulary`` module.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd
from nltk.collocations import BigramCollocationFinder
from nltk.metrics import BigramAssocMeasures
from nltk.probability import FreqDist

from analysis.errors import ParameterError
from analysis.text import Token, load_stopwords

#: Token kinds that can be content words (numbers and money never are).
CONTENT_KINDS = frozenset({"word", "abbreviation", "designation", "other"})


#: Abbreviated months and weekdays ("Jan.", "Tues.") are parts of dates, like
#: numbers, so they are not content words; written out ("January") they are.
# fmt: off
DATE_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})


# fmt: on
#: Association measures a collocation table can be ranked by.
COLLOCATION_MEASURES = {
    "likelihood_ratio": BigramAssocMeasures.likelihood_ratio,
    "pmi": BigramAssocMeasures.pmi,
}


def normalise_word(text: str) -> str:
    """Return the counting form of a word: case-folded, straight apostrophes,
    no possessive "'s".

    >>> [normalise_word(w) for w in ["Tehran’s", "U.S.", "Iranian-built", "Don't"]]
    ['tehran', 'u.s.', 'iranian-built', "don't"]
    """
    key = text.casefold().replace("’", "'")
    return key[:-2] if key.endswith("'s") and len(key) > 2 else key


def is_stopword(text: str, stopwords: frozenset[str]) -> bool:
    """True when the word, with or without its possessive or final period, is a stopword.

    >>> stop = frozenset({"he's", "mr", "the"})
    >>> is_stopword("He’s", stop), is_stopword("Mr.", stop), is_stopword("Iran", stop)
    (True, True, False)
    """
    raw = text.casefold().replace("’", "'")
    return any(form.rstrip(".") in stopwords for form in (raw, normalise_word(text)))


def is_content_word(token: Token, stopwords: frozenset[str]) -> bool:
    """True for a word that frequencies count (see the module docstring).

    >>> from analysis.text import tokenise_words
    >>> stop = frozenset({"the", "mr"})
    >>> [t.text for t in tokenise_words("Mr. Kim met the U.S. envoy on Jan. 5 in St. Petersburg")
    ...  if is_content_word(t, stop)]
    ['Kim', 'met', 'U.S.', 'envoy', 'on', 'in', 'St.', 'Petersburg']
    """
    if token.kind not in CONTENT_KINDS:
        return False
    if token.kind == "abbreviation" and token.text.rstrip(".").lower() in DATE_ABBREVIATIONS:
        return False
    if len(token.text.rstrip(".")) == 1 and token.text[:1].isalpha():
        return False
    return not is_stopword(token.text, stopwords)


def select_content_words(
    tokens: Iterable[Token], stopwords: frozenset[str] | None = None
) -> list[Token]:
    """Return the content-word tokens, in article order."""
    stopwords = load_stopwords() if stopwords is None else stopwords
    return [t for t in tokens if is_content_word(t, stopwords)]


def count_words(
    tokens: Sequence[Token], stopwords: frozenset[str] | None = None, top_n: int = 20
) -> pd.DataFrame:
    """Return the most frequent content words: ``word, count, share``.

    ``share`` is the word's part of all content words (0-1). Ties are broken
    alphabetically; ``top_n=0`` returns every word.
    """
    check_count("top_n", top_n)
    words = select_content_words(tokens, stopwords)
    counts = FreqDist(normalise_word(t.text) for t in words)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if top_n:
        rows = rows[:top_n]
    total = len(words)
    return pd.DataFrame(
        {
            "word": [w for w, _ in rows],
            "count": [c for _, c in rows],
            "share": [round(c / total, 4) if total else 0.0 for _, c in rows],
        },
        columns=["word", "count", "share"],
    )


def find_collocations(
    tokens: Sequence[Token],
    top_n: int = 10,
    min_count: int = 2,
    stopwords: frozenset[str] | None = None,
    measure: str = "likelihood_ratio",
) -> pd.DataFrame:
    """Return word pairs that occur together more than chance would have it.

    Pairs are adjacent content words inside one sentence (punctuation between
    them breaks a pair), seen at least ``min_count`` times, ranked by
    ``measure`` ("likelihood_ratio" or "pmi"). Columns: ``bigram, count,
    score, start, end`` (offsets of the first occurrence).
    """
    check_count("top_n", top_n)
    check_count("min_count", min_count)
    if measure not in COLLOCATION_MEASURES:
        raise ParameterError(
            "measure", f"unknown measure {measure!r}; use one of {', '.join(COLLOCATION_MEASURES)}"
        )
    stopwords = load_stopwords() if stopwords is None else stopwords
    sentences: dict[int, list[Token]] = {}
    for token in tokens:
        sentences.setdefault(token.sentence, []).append(token)
    documents = [[_pair_key(t, stopwords) for t in sent] for sent in sentences.values()]
    finder = BigramCollocationFinder.from_documents(documents)
    finder.apply_word_filter(lambda w: w is None or w.startswith("\0"))
    finder.apply_freq_filter(max(1, min_count))
    scored = finder.score_ngrams(COLLOCATION_MEASURES[measure])
    first = _first_pairs(sentences.values(), stopwords)
    rows = []
    for (w1, w2), score in scored:
        start, end = first[(w1, w2)]
        rows.append((f"{w1} {w2}", finder.ngram_fd[(w1, w2)], round(score, 3), start, end))
    rows.sort(key=lambda r: (-r[2], -r[1], r[0]))
    if top_n:
        rows = rows[:top_n]
    return pd.DataFrame(rows, columns=["bigram", "count", "score", "start", "end"])


def _pair_key(token: Token, stopwords: frozenset[str]) -> str:
    """The key of a content word; a marked placeholder ("\\0...") for anything else."""
    return normalise_word(token.text) if is_content_word(token, stopwords) else "\0" + token.text


def _first_pairs(
    sentences: Iterable[list[Token]], stopwords: frozenset[str]
) -> dict[tuple[str, str], tuple[int, int]]:
    first: dict[tuple[str, str], tuple[int, int]] = {}
    for sent in sentences:
        for a, b in zip(sent, sent[1:], strict=False):
            if is_content_word(a, stopwords) and is_content_word(b, stopwords):
                first.setdefault((normalise_word(a.text), normalise_word(b.text)), (a.start, b.end))
    return first


def check_count(name: str, value: object, minimum: int = 0) -> int:
    """Return ``value`` if it is a whole number >= ``minimum``, else raise ``ParameterError``.

    >>> check_count("top_n", 20)
    20
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ParameterError(name, f"must be a whole number >= {minimum}, got {value!r}")
    return value
