"""Sentences: Punkt with the project's abbreviations, offsets into the article.

(Split from the former ``tokenise`` module.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from analysis.text.article import Article
from analysis.text.wordlists import load_abbreviations


class Sentence(NamedTuple):
    """One sentence: 1-based number, section kind, offsets and text."""

    number: int
    section: str
    start: int
    end: int
    text: str


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


# Characters that may close a sentence after its final punctuation.
_CLOSERS = "\"'”’)]»"


_ENDS_WITH_TERMINAL = re.compile(rf"[.?!…][{re.escape(_CLOSERS)}]*$")


# Matched with ``pattern.match(text, start, end)``, so no "^" and no slicing.
_STARTS_LOWER = re.compile(r"[^\w]*[a-z]")


# A sentence that is only a bracketed note, e.g. a photo credit "(Jane Roe/AP)".
_BRACKETED_NOTE = re.compile(r"[(\[][^()\[\].?!]*[)\]]$")


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
    spans = split_glued_sentences(text, spans)
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


#: A period with no space between a lower-case word of three letters or more and a
#: capitalised word ("the country.According to", "in July.The", "last year.NATO"): two
#: sentences a page glued together; not an abbreviation ("Gen.Smith", "a.m.", "St.Kitts"), a
#: number ("No.1") or a web address ("x.com").
_GLUED_PERIOD = regex.compile(
    r"(?<=(?<![\w.])(?P<word>\p{Lu}?\p{Ll}{2,}))\.(?=\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{2,})\b)"
)


def split_glued_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split where a page left out the space after a sentence's period.

    >>> text = "The deal was signed.Officials said so."
    >>> [text[s:e] for s, e in split_glued_sentences(text, [(0, len(text))])]
    ['The deal was signed.', 'Officials said so.']
    >>> text = "He met Gen.Smith at 9 a.m.Tuesday in St.Kitts.Talks began in June.The end."
    >>> [text[s:e] for s, e in split_glued_sentences(text, [(0, len(text))])]
    ['He met Gen.Smith at 9 a.m.Tuesday in St.Kitts.Talks began in June.', 'The end.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for match in _GLUED_PERIOD.finditer(text, start, end):
            if is_abbreviation(match.group("word"), text[match.end() : match.end() + 8]):
                continue
            out.append((cut, match.end()))
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
