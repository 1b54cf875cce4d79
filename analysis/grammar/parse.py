"""The one interface: ``parse_sentence`` reads a sentence into a ``Parse``.

>>> text = "Norway and Denmark are donating 12 more launchers to Ukraine."
>>> p = parse_sentence(text, 0, len(text))
>>> p.describe()
["main:donate subject='Norway and Denmark' object='12 more launchers' to='Ukraine'"]
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.grammar.clauses import read_clauses
from analysis.grammar.phrases import chunk_phrases
from analysis.grammar.records import Parse
from analysis.grammar.wordclass import tag_words


def parse_sentence(
    text: str,
    start: int = 0,
    end: int | None = None,
    units: Sequence[tuple[int, int, str, str]] = (),
) -> Parse:
    """Return the parse of ``text[start:end]``; offsets stay those of ``text``.

    ``units`` are ``(start, end, kind, name)`` lexicon matches (actors,
    weapons) to keep as single tokens; those outside the sentence are ignored.
    """
    end = len(text) if end is None else end
    inside = tuple(u for u in units if u[0] < end and u[1] > start)
    tokens = tag_words(text, start, end, inside)
    phrases, items = chunk_phrases(tokens)
    clauses, phrases = read_clauses(tokens, phrases, items)
    return Parse(start, end, text[start:end], tuple(tokens), tuple(phrases), tuple(clauses), inside)
