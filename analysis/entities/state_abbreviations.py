"""State abbreviations: "RF" for Russia where the article is about Russia or Ukraine.

Some abbreviations of a state or its armed forces are also other things' ("RF" is radio
frequency, "UAF" a university), so the lexicon cannot hold them. ``data/state_abbreviations.csv``
lists them with the countries an article must name for the state's sense ("RF" in an article
naming Russia or Ukraine) and the words after one that keep the other sense ("RF jamming").
Each such occurrence the lexicon left is a mention of the state's actor.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from analysis import config
from analysis.entities.mention_rows import MentionRow, row_at
from analysis.text import Sentence

ABBREVIATIONS_FILE = config.DATA_DIR / "state_abbreviations.csv"
EVIDENCE = "state abbreviation"
_NEXT_WORD = regex.compile(r"[\s-]*(\p{L}+)")


class StateAbbreviation(NamedTuple):
    """One row of ``data/state_abbreviations.csv``."""

    abbreviation: str
    name: str
    type: str
    country: str
    context: frozenset[str]
    other_sense_after: frozenset[str]


@lru_cache(maxsize=4)
def load_state_abbreviations(path: str | Path = "") -> tuple[StateAbbreviation, ...]:
    """The rows of ``data/state_abbreviations.csv``.

    >>> rf = next(a for a in load_state_abbreviations() if a.abbreviation == "RF")
    >>> rf.name, "UKR" in rf.context, "jamming" in rf.other_sense_after
    ('Russia', True, True)
    """
    path = Path(path) if path else ABBREVIATIONS_FILE
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    return tuple(
        StateAbbreviation(
            r["abbreviation"],
            r["name"],
            r["type"],
            r["country"],
            frozenset(filter(None, r["context"].split("|"))),
            frozenset(filter(None, r["other_sense_after"].split("|"))),
        )  # fmt: skip
        for r in csv.DictReader(lines)
    )


def read_state_abbreviations(
    text: str, sentences: Sequence[Sentence], rows: list[MentionRow]
) -> list[MentionRow]:
    """Return ``rows`` with a row for each state abbreviation whose sense the article's
    countries give (see the module docstring), in text order; ``rows`` itself when none."""
    countries = {r.country for r in rows if r.kind == "actor" and r.country}
    taken = [(r.start, r.end) for r in rows]
    added = []
    for item in load_state_abbreviations():
        if not item.context & countries:
            continue
        for m in regex.finditer(rf"(?<![\w-]){regex.escape(item.abbreviation)}(?!\w)", text):
            following = _NEXT_WORD.match(text, m.end())
            if following and following.group(1).casefold() in item.other_sense_after:
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            added.append(
                row_at(
                    sentences,
                    "body",
                    kind="actor",
                    name=item.name,
                    type=item.type,
                    weapon_class="",
                    country=item.country,
                    form=m.group(),
                    start=m.start(),
                    end=m.end(),
                    evidence=EVIDENCE,
                )  # fmt: skip
            )
    if not added:
        return rows
    return sorted([*rows, *added], key=lambda r: (r.start, r.end))
