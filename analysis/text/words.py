"""Word tokens: named regular-expression rules, offsets into the article.

(Split from the former ``tokenise`` module.)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.text.article import Article
from analysis.text.sentences import Sentence, _is_initial, is_abbreviation, split_sentences


class Token(NamedTuple):
    """One word token: text, kind of rule that matched, offsets, sentence.

    A named tuple: an article has tens of thousands of tokens, and a tuple
    is several times cheaper to build than a dataclass instance.
    """

    text: str
    kind: str
    start: int
    end: int
    sentence: int = 0


# Word rules, tried in order; the first that matches at a position wins.
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|m|k|tn)\b"


_LETTER = r"(?:[^\W\d_][\u0300-\u036f]*)"  # a letter and any combining accents


_HYPHEN = r"[-\u2010\u2011]"  # hyphen-minus, hyphen, non-breaking hyphen


_APOSTROPHE = r"['’]"


_WORD = rf"{_LETTER}+(?:{_APOSTROPHE}{_LETTER}+)*"


WORD_RULES: list[tuple[str, str]] = [
    # "$95 billion", "€2.5bn", "US$3"
    ("money", rf"(?:US\$|[$€£¥₹])\d[\d,]*(?:\.\d+)?(?:\s?{_SCALE})?"),
    # "U.S.", "U.K.", "a.m." (before plain words so the dots stay)
    ("abbreviation", r"(?:[A-Za-z]\.){2,}(?=[\s\W]|$)"),
    # "Kh-101/555", "X-22", "SU-35", "F-16s", "MiG-29", "S-400", "T-72B3"
    ("designation", rf"[A-Za-z]{{1,10}}{_HYPHEN}?\d+[A-Za-z0-9]*(?:/[A-Za-z0-9]+)*"),
    # "8:00", "2,500", "12.7", "1990s", "152-mm", "9/11", "50%", "6×6"
    ("number", rf"\d+(?:[:.,/×]\d+)*(?:%|[A-Za-z0-9]+)?(?:{_HYPHEN}[^\W_]+)*"),
    # "Iranian-built", "don't", "Tehran’s", "space-based"
    ("word", rf"{_WORD}(?:{_HYPHEN}{_WORD})*"),
    # punctuation, symbols, dashes, quotes
    ("punct", r"[^\w\s]"),
    # anything else that is not space ("_"), so no character is ever dropped
    ("other", r"\w+"),
]


# Shortcuts tried before ``WORD_RULES``, for the commonest tokens. Each matches
# only where the full rules would give the same kind and the same extent:
# - a plain ASCII word not followed by anything that could extend it or make it
#   money, an abbreviation or a designation (a letter or digit, an accent, an
#   apostrophe, a hyphen, a period or "$");
# - one punctuation mark that cannot start money.
FAST_RULES: list[tuple[str, str]] = [
    ("word", r"[A-Za-z]+(?![\w'’.$\u0300-\u036f\-\u2010\u2011])"),
    ("punct", r"[^\w\s$€£¥₹]"),
]


# White space, then one token: the group that matched names its kind. Taking
# the space in the match saves trying every rule at every space.
WORD_PATTERN = re.compile(
    r"\s*+(?:"
    + "|".join(
        [f"(?P<fast_{name}>{rule})" for name, rule in FAST_RULES]
        + [f"(?P<{name}>{rule})" for name, rule in WORD_RULES]
    )
    + ")"
)


# The token kind of each group of WORD_PATTERN, by group number (match.lastindex).
_GROUP_KINDS = (None, *(name for name, _ in FAST_RULES), *(name for name, _ in WORD_RULES))


# The group of the full "word" rule: the only one that may end before an
# abbreviation's period (a fast word is never followed by a period).
_WORD_GROUP = WORD_PATTERN.groupindex["word"]


#: Token kinds that are words (everything but punctuation).
WORD_KINDS = frozenset({"money", "abbreviation", "designation", "number", "word", "other"})


def tokenise_words(text: str, offset: int = 0, sentence: int = 0) -> list[Token]:
    """Return word tokens of ``text``; offsets are shifted by ``offset``.

    A known abbreviation keeps its period ("Mr.", "Nov."); every character
    that is not white space belongs to exactly one token.

    >>> [t.text for t in tokenise_words("Chad's $95 billion for Kh-101/555 missiles.")]
    ["Chad's", '$95 billion', 'for', 'Kh-101/555', 'missiles', '.']
    >>> [t.text for t in tokenise_words("Mr. Smith, on Jan. 5, in the U.S.–Canada talks")]
    ['Mr.', 'Smith', ',', 'on', 'Jan.', '5', ',', 'in', 'the', 'U.S.', '–', 'Canada', 'talks']
    """
    tokens: list[Token] = []
    append = tokens.append
    make = tuple.__new__
    kinds = _GROUP_KINDS
    skip_to = 0
    # Trailing space is left out of the scan: it holds no token, and each try
    # at it would run to the end of the text.
    for match in WORD_PATTERN.finditer(text, 0, len(text.rstrip())):
        group = match.lastindex
        start, end = match.span(group)
        if start < skip_to:
            continue
        kind = kinds[group]
        if group == _WORD_GROUP and text[end : end + 1] == ".":
            word, after = match.group(group), text[end + 1 : end + 8]
            if is_abbreviation(word, after) or _is_initial(word, after):
                kind, end = "abbreviation", end + 1
                skip_to = end
        append(make(Token, (text[start:end], kind, start + offset, end + offset, sentence)))
    return tokens


def tokenise_article(article: Article, sentences: list[Sentence] | None = None) -> list[Token]:
    """Return the word tokens of every sentence of the article."""
    sentences = sentences if sentences is not None else split_sentences(article)
    tokens: list[Token] = []
    for sent in sentences:
        tokens.extend(tokenise_words(sent.text, sent.start, sent.number))
    return tokens


def select_words(tokens: list[Token]) -> list[Token]:
    """Return the tokens that are words (punctuation left out)."""
    return [t for t in tokens if t.kind in WORD_KINDS]
