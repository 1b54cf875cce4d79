"""Tokenisation: sentences and words with character offsets.

Only NLTK's data-free parts are used: Punkt with the project's own
``PunktParameters`` (abbreviations from ``data/abbreviations.txt``, frequent
sentence starters from ``SENTENCE_STARTERS``) and a regular-expression word
tokenizer whose rules are kept as named data. Nothing here reads
``nltk_data``, so results are the same with or without it.

Every ``Sentence`` and ``Token`` keeps ``(start, end)`` offsets into
``Article.text``: ``article.text[t.start:t.end] == t.text`` always holds.

Known limits (documented, tested): an abbreviation that ends a sentence ends
it only when the next word is a frequent sentence starter ("in the U.S. The
next day" splits; "in the U.S. Iran said" stays one sentence), because "U.S.
Army" must not split.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from analysis import config
from analysis.article import Article
from analysis.errors import LexiconError


class Sentence(NamedTuple):
    """One sentence: 1-based number, section kind, offsets and text."""

    number: int
    section: str
    start: int
    end: int
    text: str


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
    # "8:00", "2,500", "12.7", "1990s", "152-mm", "9/11", "50%"
    ("number", rf"\d+(?:[:.,/]\d+)*(?:%|[A-Za-z0-9]+)?(?:{_HYPHEN}[^\W_]+)*"),
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

# Abbreviations that are also ordinary English words ("He said no.", "she sat.")
# count as abbreviations only when capitalised; "No." only before a number.
COMMON_WORD_ABBREVIATIONS = frozenset({"no", "nos", "sat", "sun", "wed", "mar", "mass", "fig"})
NUMBER_ONLY_ABBREVIATIONS = frozenset({"no", "nos", "fig"})
# A period before space and a capital, where "said no. The" may break; then
# the word before the period must be one of those words, starting a word.
_PERIOD_BREAK = re.compile(r"\.(?P<space>\s+)(?=[“\"‘'(]?[A-Z])")
_COMMON_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        "".join(f"[{c.upper()}{c}]" for c in word)
        for word in sorted(COMMON_WORD_ABBREVIATIONS, key=lambda w: (-len(w), w))
    )
    + r")\Z"
)
_LONGEST_COMMON_WORD = max(map(len, COMMON_WORD_ABBREVIATIONS))

# Words that, capitalised after an abbreviation, an initial or an ellipsis,
# start a new sentence ("... in the U.S. The next day ..."). Closed-class words
# only: a noun here would split "U.S. Army".
# fmt: off
SENTENCE_STARTERS = frozenset({
    "the", "an", "this", "that", "these", "those", "there", "here", "it", "its", "he",
    "she", "they", "we", "you", "his", "her", "their", "our", "my", "your", "some",
    "many", "most", "several", "both", "all", "each", "every", "none", "another", "such",
    "what", "which", "who", "when", "where", "why", "how", "while", "after", "before", "since",
    "during", "as", "if", "although", "though", "because", "but", "and", "or", "so", "yet",
    "however", "meanwhile", "instead", "still", "also", "then", "now", "later", "earlier",
    "today", "yesterday", "in", "on", "at", "by", "for", "from", "with", "without", "among",
    "according", "despite", "following", "unlike", "to", "of", "not", "even", "last", "next",
    "separately", "additionally",
})
# fmt: on

# Characters that may close a sentence after its final punctuation.
_CLOSERS = "\"'”’)]»"
_ENDS_WITH_TERMINAL = re.compile(rf"[.?!…][{re.escape(_CLOSERS)}]*$")
# Matched with ``pattern.match(text, start, end)``, so no "^" and no slicing.
_STARTS_LOWER = re.compile(r"[^\w]*[a-z]")
# A sentence that is only a bracketed note, e.g. a photo credit "(Jane Roe/AP)".
_BRACKETED_NOTE = re.compile(r"[(\[][^()\[\].?!]*[)\]]$")


def load_abbreviations(path: str | Path = "") -> set[str]:
    """Return the abbreviations of a word-list file (lower case, no final dot)."""
    return set(_read_word_list(config.resolve_data_file(path, config.ABBREVIATIONS_FILE)))


def load_stopwords(path: str | Path = "") -> frozenset[str]:
    """Return the stopwords of a word-list file.

    Words are lower case, with straight apostrophes and no final period, so
    "We’ve" and "we've", "Mr." and "mr" are the same stopword.
    """
    words = _read_word_list(config.resolve_data_file(path, config.STOPWORDS_FILE))
    return frozenset(w.replace("’", "'").rstrip(".") for w in words)


@lru_cache(maxsize=8)
def _read_word_list(path: Path) -> tuple[str, ...]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(path, "word list not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(path, f"word list cannot be read as UTF-8 text ({exc})") from None
    words = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line.lower())
    return tuple(words)


@lru_cache(maxsize=4)
def sentence_tokenizer(abbreviations_file: str = "") -> PunktSentenceTokenizer:
    """Return a Punkt tokenizer that knows the project's abbreviations.

    Its parameters are built here, never loaded from ``nltk_data``.
    """
    params = PunktParameters()
    params.abbrev_types = load_abbreviations(abbreviations_file)
    params.sent_starters = set(SENTENCE_STARTERS)
    for word in SENTENCE_STARTERS:
        # Seen lower case mid-sentence and capitalised only at a sentence start:
        # Punkt's orthographic heuristic then ends a sentence before it.
        params.add_ortho_context(word, _ORTHO_MID_LC | _ORTHO_BEG_UC)
    return PunktSentenceTokenizer(params, lang_vars=PlainLanguageVars(), token_cls=PlainToken)


def _plain(pattern: object) -> regex.Pattern:
    """NLTK's pattern, compiled by the same ``regex`` engine without the
    per-call time limit of ``nltk.redos`` (these patterns are NLTK's own and
    linear; the wrapper costs more than the matching on short news text)."""
    return regex.compile(pattern.pattern, pattern.flags)


class PlainLanguageVars(PunktLanguageVars):
    """Punkt's English language variables, with plainly compiled patterns."""

    __slots__ = ()
    re_boundary_realignment = _plain(PunktLanguageVars.re_boundary_realignment)

    def _word_tokenizer_re(self) -> regex.Pattern:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = _plain(super()._word_tokenizer_re())
            return self._re_word_tokenizer

    def period_context_re(self) -> regex.Pattern:
        """Punkt's pattern for a possible sentence end and the word after it."""
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = _plain(super().period_context_re())
            return self._re_period_context


class PlainToken(PunktToken):
    """Punkt's token, with plainly compiled patterns."""

    __slots__ = ()
    _RE_ELLIPSIS = _plain(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _plain(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _plain(PunktToken._RE_INITIAL)
    _RE_ALPHA = _plain(PunktToken._RE_ALPHA)


# Punkt's orthographic-context flags (nltk.tokenize.punkt._ORTHO_*).
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_LC = 1 << 5


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

    Punkt's spans are then corrected by three named steps: a lower-case word
    ("He said no. The ...") ends a sentence; a sentence never starts in lower
    case ("“Why?” he asked."); a bracketed note joins the sentence before it.

    >>> text = "Mr. Smith spoke on Jan. 5, 2024 about the U.S. plan. It ended."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr. Smith spoke on Jan. 5, 2024 about the U.S. plan.', 'It ended.']
    >>> text = "“Is it over?” he asked. A photo. (Jane Roe/AP)"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['“Is it over?” he asked.', 'A photo. (Jane Roe/AP)']
    """
    tokenizer = tokenizer or sentence_tokenizer()
    spans = list(tokenizer.span_tokenize(text))
    spans = split_common_word_abbreviations(text, spans)
    spans = join_lower_case_starts(text, spans)
    return join_bracketed_notes(text, spans)


def split_common_word_abbreviations(
    text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Split after "no.", "sat." etc. written as ordinary words.

    >>> text = "He said no. The talks ended."
    >>> [text[s:e] for s, e in split_common_word_abbreviations(text, [(0, len(text))])]
    ['He said no.', 'The talks ended.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for match in _PERIOD_BREAK.finditer(text, start, end):
            period = match.start()
            word = _COMMON_WORD_BEFORE.search(
                text, max(start, period - _LONGEST_COMMON_WORD), period
            )
            if word is not None and not is_abbreviation(
                word.group(), text[match.end() : match.end() + 8]
            ):
                out.append((cut, period + 1))
                cut = match.end()
        out.append((cut, end))
    return out


def join_lower_case_starts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that starts in lower case to the one before it.

    >>> text = "“Why now?” asked Mr. Kim."
    >>> join_lower_case_starts(text, [(0, 10), (11, 25)])
    [(0, 25)]
    """
    out: list[tuple[int, int]] = []
    starts_lower = _STARTS_LOWER.match
    for start, end in spans:
        if out and starts_lower(text, start, end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def join_bracketed_notes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that is only a bracketed note, like a photo credit, to the one before.

    >>> text = "Troops march. (Jane Roe/AP)"
    >>> join_bracketed_notes(text, [(0, 13), (14, 27)])
    [(0, 27)]
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _BRACKETED_NOTE.match(text, start, end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def is_abbreviation(word: str, after: str = "", abbreviations: set[str] | None = None) -> bool:
    """True when ``word`` followed by a period is an abbreviation, given the text ``after``.

    >>> is_abbreviation("Mr"), is_abbreviation("No", " 10"), is_abbreviation("no", " The")
    (True, True, False)
    """
    abbreviations = abbreviations if abbreviations is not None else _abbreviations()
    lower = word.lower()
    if lower not in abbreviations:
        return False
    if lower in COMMON_WORD_ABBREVIATIONS and not word[:1].isupper():
        return False
    return lower not in NUMBER_ONLY_ABBREVIATIONS or after.lstrip()[:1].isdigit()


def _is_initial(word: str, after: str) -> bool:
    """A capital letter with a period before another capitalised word ("J. R. Smith")."""
    return len(word) == 1 and word.isupper() and bool(re.match(r" [A-Z]", after))


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(load_abbreviations())


def tokenize_words(text: str, offset: int = 0, sentence: int = 0) -> list[Token]:
    """Return word tokens of ``text``; offsets are shifted by ``offset``.

    A known abbreviation keeps its period ("Mr.", "Nov."); every character
    that is not white space belongs to exactly one token.

    >>> [t.text for t in tokenize_words("Chad's $95 billion for Kh-101/555 missiles.")]
    ["Chad's", '$95 billion', 'for', 'Kh-101/555', 'missiles', '.']
    >>> [t.text for t in tokenize_words("Mr. Smith, on Jan. 5, in the U.S.–Canada talks")]
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


def article_tokens(article: Article, sentences: list[Sentence] | None = None) -> list[Token]:
    """Return the word tokens of every sentence of the article."""
    sentences = sentences if sentences is not None else split_sentences(article)
    tokens: list[Token] = []
    for sent in sentences:
        tokens.extend(tokenize_words(sent.text, sent.start, sent.number))
    return tokens


def word_tokens(tokens: list[Token]) -> list[Token]:
    """Return the tokens that are words (punctuation left out)."""
    return [t for t in tokens if t.kind in WORD_KINDS]
