"""Tables and one-line descriptions of an article's vocabulary.

(Split from the former ``vocabulary`` module.)
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from nltk.probability import FreqDist

from analysis.text import Article, Sentence, Token, select_words, tokenise_words
from analysis.vocabulary.counts import normalise_word


def tabulate_sections(article: Article) -> pd.DataFrame:
    """One row per paragraph: ``paragraph, section, heading, words, counted, start, end, text``."""
    counted = {id(s) for s in article.counted_sections()}
    rows = [
        {
            "paragraph": number,
            "section": s.kind,
            "heading": s.heading,
            "words": len(select_words(tokenise_words(s.text))),
            "counted": id(s) in counted,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for number, s in enumerate(article.sections, start=1)
    ]
    columns = ["paragraph", "section", "heading", "words", "counted", "start", "end", "text"]
    return pd.DataFrame(rows, columns=columns)


def measure_sentences(sentences: Sequence[Sentence], tokens: Sequence[Token]) -> pd.DataFrame:
    """One row per sentence: ``sentence, section, words, characters, start, end``."""
    words = FreqDist(t.sentence for t in select_words(list(tokens)))
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


def measure_text(
    article: Article, sentences: Sequence[Sentence], tokens: Sequence[Token]
) -> pd.DataFrame:
    """The article's counts as ``measure, value, how`` rows.

    Characters are those of the counted sections (the repeated headline and
    paragraph breaks left out); words are tokens that are not punctuation;
    vocabulary is the number of distinct case-folded words; lexical diversity
    is vocabulary / words; mean sentence length is words / sentences.
    """
    words = select_words(list(tokens))
    vocabulary = len({normalise_word(t.text) for t in words})
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


#: The name a reader sees for each column of the vocabulary tables (reports and CSVs).
READABLE_COLUMNS = {
    "paragraph": "Paragraph", "section": "Section", "heading": "Under subheading",
    "words": "Words", "counted": "Counted", "start": "Start", "end": "End", "text": "Text",
    "measure": "Measure", "value": "Value", "how": "How it is counted",
    "sentence": "Sentence", "characters": "Characters", "word": "Word", "count": "Count",
    "share": "Share", "bigram": "Word pair", "score": "Log-likelihood", "keyword": "Keyword",
    "left": "Before", "match": "Match", "right": "After", "term": "Term",
    "offset": "Word position",
}  # fmt: skip


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """A vocabulary table as a report shows it and its CSV holds it: the
    columns named for a reader (``READABLE_COLUMNS``).

    >>> list(readable(pd.DataFrame(columns=["bigram", "count", "score"])).columns)
    ['Word pair', 'Count', 'Log-likelihood']
    """
    return table.rename(columns=READABLE_COLUMNS)
