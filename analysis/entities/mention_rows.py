"""Mention rows: the mentions table as plain records, for the second pass.

The second pass (context, discovery, weapon shapes) reads and edits an
article's mentions many times; a list of named tuples does that a hundred
times faster than a DataFrame, so the table is turned into rows once, passed
through every step, and turned back once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis.text import Sentence


class MentionRow(NamedTuple):
    """One mention: the columns of ``mentions.find_mentions`` plus where it came from."""

    kind: str
    name: str
    type: str
    weapon_class: str
    country: str
    form: str
    section: str
    sentence: int
    start: int
    end: int
    in_lexicon: bool = True
    evidence: str = "lexicon"  # the rule that found a name outside the lexicon


ROW_FIELDS = list(MentionRow._fields)
_STR = pd.api.types.pandas_dtype("str")


def rows_from_frame(mentions: pd.DataFrame) -> list[MentionRow]:
    """Return the rows of a mentions table, in text order."""
    fields = [f for f in ROW_FIELDS if f in mentions.columns]
    columns = [mentions[f].tolist() for f in fields]
    rows = [MentionRow(*values) for values in zip(*columns, strict=True)]
    return sorted(rows, key=lambda r: r.start)


def frame_from_rows(rows: Sequence[MentionRow], like: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return ``rows`` as a mentions table: text as pandas' string type (or that of
    ``like``'s names), offsets as int64."""
    text_type = like["name"].dtype if like is not None else _STR
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(ROW_FIELDS)
    data = {}
    for field, values in zip(ROW_FIELDS, columns, strict=True):
        if field in ("sentence", "start", "end"):
            data[field] = np.array(values, dtype=np.int64)
        elif field == "in_lexicon":
            data[field] = np.array(values, dtype=bool)
        else:
            data[field] = pd.array(list(values), dtype=text_type)
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)), copy=False)


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence holding ``offset``, if any."""
    index = bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index]
    return None


def row_at(sentences: Sequence[Sentence], section: str, **fields) -> MentionRow:
    """A new row; its sentence number and section come from where it starts."""
    sentence = sentence_at(sentences, fields["start"])
    number = sentence.number if sentence else 0
    return MentionRow(section=sentence.section if sentence else section, sentence=number, **fields)
