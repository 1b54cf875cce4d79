"""Vocabulary: word frequencies, collocations, keyword-in-context, dispersion.

Everything starts from the tokens of ``analysis.tokenise`` and keeps their
``(start, end)`` offsets into ``Article.text``. Only NLTK's data-free parts
are used (``FreqDist``, ``BigramCollocationFinder``, ``PorterStemmer``); the
stopword list is the project's own ``data/stopwords.txt``.

How words are counted:

- a *word* is any token that is not punctuation (numbers and amounts of money
  included), so "612 words" means what a reader would count;
- a *content word* is a word that is not a stopword, not a number or amount,
  and not a lone letter (initials such as "J."). Word frequencies and
  collocations use content words, case-folded, with curly apostrophes made
  straight and a possessive "'s" dropped ("Tehran’s" counts as "tehran").
  Abbreviations keep their dots ("u.s."), designations their digits ("x-22").
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Sequence
from functools import lru_cache

import pandas as pd
from nltk.collocations import BigramCollocationFinder
from nltk.metrics import BigramAssocMeasures
from nltk.probability import FreqDist
from nltk.stem import PorterStemmer

from analysis.article import Article
from analysis.errors import ParameterError
from analysis.tokenise import (
    Sentence,
    Token,
    load_stopwords,
    tokenize_words,
    word_tokens,
)

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
KWIC_COLUMNS = ["keyword", "sentence", "section", "left", "match", "right", "start", "end"]


def word_key(text: str) -> str:
    """Return the counting form of a word: case-folded, straight apostrophes,
    no possessive "'s".

    >>> [word_key(w) for w in ["Tehran’s", "U.S.", "Iranian-built", "Don't"]]
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
    return any(form.rstrip(".") in stopwords for form in (raw, word_key(text)))


def is_content_word(token: Token, stopwords: frozenset[str]) -> bool:
    """True for a word that frequencies count (see the module docstring).

    >>> from analysis.tokenise import tokenize_words
    >>> stop = frozenset({"the", "mr"})
    >>> [t.text for t in tokenize_words("Mr. Kim met the U.S. envoy on Jan. 5 in St. Petersburg")
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


def content_words(tokens: Iterable[Token], stopwords: frozenset[str] | None = None) -> list[Token]:
    """Return the content-word tokens, in article order."""
    stopwords = load_stopwords() if stopwords is None else stopwords
    return [t for t in tokens if is_content_word(t, stopwords)]


def word_frequencies(
    tokens: Sequence[Token], stopwords: frozenset[str] | None = None, top_n: int = 20
) -> pd.DataFrame:
    """Return the most frequent content words: ``word, count, share``.

    ``share`` is the word's part of all content words (0-1). Ties are broken
    alphabetically; ``top_n=0`` returns every word.
    """
    check_count("top_n", top_n)
    words = content_words(tokens, stopwords)
    counts = FreqDist(word_key(t.text) for t in words)
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


def collocations(
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
    return word_key(token.text) if is_content_word(token, stopwords) else "\0" + token.text


def _first_pairs(
    sentences: Iterable[list[Token]], stopwords: frozenset[str]
) -> dict[tuple[str, str], tuple[int, int]]:
    first: dict[tuple[str, str], tuple[int, int]] = {}
    for sent in sentences:
        for a, b in zip(sent, sent[1:], strict=False):
            if is_content_word(a, stopwords) and is_content_word(b, stopwords):
                first.setdefault((word_key(a.text), word_key(b.text)), (a.start, b.end))
    return first


@lru_cache(maxsize=1)
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


def stem_key(text: str) -> str:
    """Return the Porter stem of a word's key, so "missiles" finds "missile".

    >>> stem_key("Missiles") == stem_key("missile"), stem_key("Iranian") == stem_key("Iran")
    (True, False)
    """
    return _stemmer().stem(word_key(text))


def find_terms(tokens: Sequence[Token], terms: Iterable[str]) -> list[tuple[str, int, int, int]]:
    """Return ``(term, word_offset, start, end)`` for each match of each term.

    Matching is case-insensitive and by stem; a term of several words matches
    consecutive words ("white house"); a one-word term also matches one part
    of a hyphenated word ("Chad" in "Chad-Sudan"). ``word_offset`` is the
    0-based index of the first matched word among the article's words.
    """
    words = word_tokens(list(tokens))
    stems = [stem_key(t.text) for t in words]
    parts = [{stem_key(p) for p in t.text.replace("/", "-").split("-") if p} for t in words]
    matches = []
    for term in split_terms(terms):
        term_stems = [stem_key(t.text) for t in word_tokens(tokenize_words(term))]
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


def keyword_in_context(
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


def dispersion(tokens: Sequence[Token], terms: Iterable[str]) -> pd.DataFrame:
    """Where each term occurs: ``term, offset`` (word index), ``start, end``."""
    rows = [
        {"term": term, "offset": offset, "start": start, "end": end}
        for term, offset, start, end in find_terms(tokens, terms)
    ]
    return pd.DataFrame(rows, columns=["term", "offset", "start", "end"])


def section_word_offsets(article: Article, tokens: Sequence[Token]) -> pd.DataFrame:
    """The word index at which each counted section starts: ``section, heading, offset, start``."""
    words = word_tokens(list(tokens))
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


def sections_table(article: Article) -> pd.DataFrame:
    """One row per paragraph: ``paragraph, section, heading, words, counted, start, end, text``."""
    counted = {id(s) for s in article.counted_sections()}
    rows = [
        {
            "paragraph": number,
            "section": s.kind,
            "heading": s.heading,
            "words": len(word_tokens(tokenize_words(s.text))),
            "counted": id(s) in counted,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for number, s in enumerate(article.sections, start=1)
    ]
    columns = ["paragraph", "section", "heading", "words", "counted", "start", "end", "text"]
    return pd.DataFrame(rows, columns=columns)


def sentence_lengths(sentences: Sequence[Sentence], tokens: Sequence[Token]) -> pd.DataFrame:
    """One row per sentence: ``sentence, section, words, characters, start, end``."""
    words = FreqDist(t.sentence for t in word_tokens(list(tokens)))
    rows = [
        {
            "sentence": s.number,
            "section": s.section,
            "words": words[s.number],
            "characters": len(s.text),
            "start": s.start,
            "end": s.end,
        }
        for s in sentences
    ]
    return pd.DataFrame(
        rows, columns=["sentence", "section", "words", "characters", "start", "end"]
    )


def text_statistics(
    article: Article, sentences: Sequence[Sentence], tokens: Sequence[Token]
) -> pd.DataFrame:
    """The article's counts as ``measure, value, how`` rows.

    Characters are those of the counted sections (the repeated headline and
    paragraph breaks left out); words are tokens that are not punctuation;
    vocabulary is the number of distinct case-folded words; lexical diversity
    is vocabulary / words; mean sentence length is words / sentences.
    """
    words = word_tokens(list(tokens))
    vocabulary = len({word_key(t.text) for t in words})
    characters = sum(len(s.text) for s in article.counted_sections())
    rows = [
        ("characters", characters, "characters in the counted sections"),
        ("words", len(words), "tokens that are not punctuation"),
        ("sentences", len(sentences), "sentences in the counted sections"),
        ("vocabulary", vocabulary, "distinct words, case-folded"),
        ("lexical diversity", _ratio(vocabulary, len(words)), "vocabulary / words"),
        ("mean sentence length", _ratio(len(words), len(sentences), 1), "words / sentences"),
    ]
    return pd.DataFrame(
        {
            "measure": [r[0] for r in rows],
            "value": pd.Series([r[1] for r in rows], dtype=object),
            "how": [r[2] for r in rows],
        }
    )


def _ratio(numerator: int, denominator: int, digits: int = 3) -> float:
    return round(numerator / denominator, digits) if denominator else 0.0


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


def check_count(name: str, value: object, minimum: int = 0) -> int:
    """Return ``value`` if it is a whole number >= ``minimum``, else raise ``ParameterError``.

    >>> check_count("top_n", 20)
    20
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ParameterError(name, f"must be a whole number >= {minimum}, got {value!r}")
    return value


def describe_top(table: pd.DataFrame, label: str = "word", n: int = 5) -> str:
    """A one-line summary such as "iran (20), russia (17)".

    >>> describe_top(pd.DataFrame({"word": ["iran", "russia"], "count": [20, 17]}))
    'iran (20), russia (17)'
    """
    rows = table.head(n)
    return ", ".join(f"{w} ({c})" for w, c in zip(rows[label], rows["count"], strict=True))


def describe_counts(statistics: pd.DataFrame) -> str:
    """A one-line summary of ``text_statistics``.

    >>> stats = pd.DataFrame({"measure": ["words", "sentences", "vocabulary"],
    ...                       "value": [612, 27, 300]})
    >>> describe_counts(stats)
    '612 words in 27 sentences, 300 distinct'
    """
    value = dict(zip(statistics["measure"], statistics["value"], strict=True))
    return (
        f"{value['words']} words in {value['sentences']} sentences, {value['vocabulary']} distinct"
    )
