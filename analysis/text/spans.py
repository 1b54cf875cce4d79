"""Spans: which sentence holds an offset (the one answer every stage uses).

Sentences are in text order and do not overlap, so a binary search over their
start offsets finds the sentence of any offset; an offset between two
sentences (a blank line, an uncounted section) is in none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from analysis.text.sentences import Sentence


class SentenceLocator:
    """Finds the sentence of an offset; build once, ask for many offsets.

    >>> from analysis.text.sentences import Sentence
    >>> locate = SentenceLocator(
    ...     [Sentence(1, "body", 0, 10, "First one."), Sentence(2, "body", 12, 20, "Second.")]
    ... )
    >>> locate(3).number, locate(12).number, locate(11), locate(20)
    (1, 2, None, None)
    """

    def __init__(self, sentences: Sequence[Sentence]):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def __call__(self, offset: int) -> Sentence | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """Return the sentence whose ``[start, end)`` holds ``offset``, or ``None``.

    For many offsets, build one ``SentenceLocator`` instead.

    >>> from analysis.text.sentences import Sentence
    >>> sentence_at([Sentence(1, "body", 0, 10, "First one.")], 4).number
    1
    """
    return SentenceLocator(sentences)(offset)
