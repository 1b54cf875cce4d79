"""Terms: keyword in context, stems, dispersion of key terms.

(Split from the former ``vocabulary`` module.)
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Sequence
from functools import lru_cache

import pandas as pd
from nltk.stem import PorterStemmer

from analysis.errors import ParameterError
from analysis.text import Article, Token, select_words, tokenise_words
from analysis.vocabulary.counts import check_count, normalise_word

KWIC_COLUMNS = ["keyword", "sentence", "section", "left", "match", "right", "start", "end"]


@lru_cache(maxsize=1)
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


def stem_word(text: str) -> str:
    """Return the Porter stem of a word's key, so "missiles" finds "missile".

    >>> stem_word("Missiles") == stem_word("missile"), stem_word("Iranian") == stem_word("Iran")
    (True, False)
    """
    return _stemmer().stem(normalise_word(text))


def find_terms(tokens: Sequence[Token], terms: Iterable[str]) -> list[tuple[str, int, int, int]]:
    """Return ``(term, word_offset, start, end)`` for each match of each term.

    Matching is case-insensitive and by stem; a term of several words matches
    consecutive words ("white house"); a one-word term also matches one part
    of a hyphenated word ("Chad" in "Chad-Sudan"). ``word_offset`` is the
    0-based index of the first matched word among the article's words.
    """
    words = select_words(list(tokens))
    stems = [stem_word(t.text) for t in words]
    parts = [{stem_word(p) for p in t.text.replace("/", "-").split("-") if p} for t in words]
    matches = []
    for term in split_terms(terms):
        term_stems = [stem_word(t.text) for t in select_words(tokenise_words(term))]
        if not term_stems:
            raise ParameterError("terms", f"{term!r} has no words to look for")
        size = len(term_stems)
        for i in range(len(words) - size + 1):
            if size == 1:
                hit = stems[i] == term_stems[0] or term_stems[0] in parts[i]
            else:
                hit = stems[i : i + size] == term_stems and _adjacent(tokens, words[i : i + size])
            if hit:
                matches.append((term, i, words[i].start, words[i + size - 1].end))
    return sorted(matches, key=lambda m: (m[2], m[0]))


def _adjacent(tokens: Sequence[Token], words: list[Token]) -> bool:
    """True when no punctuation token and no sentence break lies between the words."""
    if len({w.sentence for w in words}) > 1:
        return False
    inside = [t for t in tokens if words[0].start < t.start < words[-1].start]
    return all(t.kind != "punct" for t in inside)


def find_keyword_contexts(
    article: Article, tokens: Sequence[Token], keywords: Iterable[str], width: int = 40
) -> pd.DataFrame:
    """Return one row per keyword match with up to ``width`` characters either side.

    Context stays inside the match's paragraph; line breaks become spaces and
    a cut context starts or ends at a whole word, marked with "…".
    Columns: ``keyword, sentence, section, left, match, right, start, end``.
    """
    check_count("width", width)
    sentence_of = {t.start: t.sentence for t in tokens}
    rows = []
    for keyword, _, start, end in find_terms(tokens, keywords):
        section = article.section_at(start)
        lo, hi = (section.start, section.end) if section else (0, len(article.text))
        rows.append(
            {
                "keyword": keyword,
                "sentence": sentence_of.get(start, 0),
                "section": section.kind if section else "",
                "left": clip_left(article.text[lo:start], width),
                "match": article.text[start:end],
                "right": clip_right(article.text[end:hi], width),
                "start": start,
                "end": end,
            }
        )
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def clip_left(text: str, width: int) -> str:
    """The last ``width`` characters of ``text``, spaces collapsed; a cut drops
    the partial word and is marked "… ".

    >>> clip_left("the first  line of text ", 13), clip_left("the first line ", 10)
    ('… line of text ', '… line ')
    """
    flat = " ".join(text.split()) + (" " if text[-1:].isspace() else "")
    if len(flat) <= width:
        return flat
    cut = flat[-width:] if width > 0 else ""
    if cut[:1] != " " and flat[-width - 1] != " " and " " in cut:
        cut = cut.split(" ", 1)[1]
    return "… " + cut.lstrip()


def clip_right(text: str, width: int) -> str:
    """The first ``width`` characters of ``text``, spaces collapsed; a cut drops
    the partial word and is marked " …".

    >>> clip_right(" said the White House", 10), clip_right(", he said", 20)
    (' said the …', ', he said')
    """
    flat = (" " if text[:1].isspace() else "") + " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[:width] if width > 0 else ""
    if cut[-1:] != " " and flat[width] != " " and " " in cut.strip():
        cut = cut.rstrip().rsplit(" ", 1)[0]
    return cut.rstrip() + " …"


def locate_terms(tokens: Sequence[Token], terms: Iterable[str]) -> pd.DataFrame:
    """Where each term occurs: ``term, offset`` (word index), ``start, end``."""
    rows = [
        {"term": term, "offset": offset, "start": start, "end": end}
        for term, offset, start, end in find_terms(tokens, terms)
    ]
    return pd.DataFrame(rows, columns=["term", "offset", "start", "end"])


def locate_sections(article: Article, tokens: Sequence[Token]) -> pd.DataFrame:
    """The word index at which each counted section starts: ``section, heading, offset, start``."""
    words = select_words(list(tokens))
    rows, index = [], 0
    for section in article.counted_sections():
        while index < len(words) and words[index].start < section.start:
            index += 1
        rows.append(
            {
                "section": section.kind,
                "heading": section.heading,
                "offset": index,
                "start": section.start,
            }
        )
    return pd.DataFrame(rows, columns=["section", "heading", "offset", "start"])


def choose_terms(terms: Sequence[str] | str, frequencies: pd.DataFrame, n: int = 4) -> list[str]:
    """Return ``terms`` if any were given, else the ``n`` most frequent words.

    >>> freq = pd.DataFrame({"word": ["chad", "sudan", "okafor"], "count": [3, 2, 1]})
    >>> choose_terms([], freq, 2), choose_terms("drone, white house", freq, 2)
    (['chad', 'sudan'], ['drone', 'white house'])
    """
    check_count("n", n)
    return split_terms(terms) or [str(w) for w in frequencies["word"].head(n)]


def split_terms(terms: Iterable[str] | str) -> list[str]:
    """Return the non-empty terms of a list, or of one comma-separated string.

    A string written as a list (``'["missile", "Iran"]'``, as ``papermill -p``
    passes it) is read as that list.

    >>> split_terms("missile, sanctions,"), split_terms(["Iran", " "])
    (['missile', 'sanctions'], ['Iran'])
    >>> split_terms('["white house", "drone"]')
    ['white house', 'drone']
    """
    if isinstance(terms, str) and terms.strip().startswith(("[", "(")):
        try:
            terms = ast.literal_eval(terms.strip())
        except (ValueError, SyntaxError):
            raise ParameterError("terms", f"cannot read {terms!r} as a list of words") from None
    if isinstance(terms, str):
        terms = terms.split(",")
    if not isinstance(terms, Iterable):
        raise ParameterError("terms", f"expected a list of words, got {terms!r}")
    return [str(t).strip() for t in terms if str(t).strip()]
