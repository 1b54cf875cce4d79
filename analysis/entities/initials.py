"""Initials the article never defines: "NAF" after "the Nigerian Air Force".

News copy often names a body in full once and then by its initials with no bracket to
define them ("The Nigerian Air Force has received two gunships ... NAF took delivery of
...", "the South African National Defence Force ... SANDF troops"). A reader takes the
letters for the body whose capitals make them. ``count_initials`` does the same: a word of
two to six capitals that no mention covers counts for the one body the article names
(anywhere, before or after) whose capitals (``initials_of``) spell it, when exactly one
does. Letters two bodies share, or that spell no named body, count for nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from analysis.entities.discovery import initials_of
from analysis.entities.mention_rows import MentionRow, row_at
from analysis.text import Article, Sentence

#: Actor types a body's initials may stand for (not a person, not a country).
_BODY_TYPES = frozenset(
    ("military", "organisation", "government", "company", "armed_group", "media")
)
#: A word of two to six capitals standing alone ("NAF", "NAF's"; not "F-16", "NAFTA-style").
_CAPITALS = regex.compile(r"(?<![\w-])\p{Lu}{2,6}(?![\w-])")

__all__ = ["count_initials"]


def count_initials(
    article: Article, sentences: Sequence[Sentence], rows: list[MentionRow]
) -> list[MentionRow]:
    """Return ``rows`` with a row for each undefined use of a named body's initials (see the
    module docstring), in text order; ``rows`` itself when there is none.

    >>> from analysis.text import article_from_text, split_sentences
    >>> text = "Talks\\n\\nThe Kavo Air Force got jets. KAF pilots flew them."
    >>> article = article_from_text(text)
    >>> start = text.index("Kavo Air Force")
    >>> kaf = MentionRow("actor", "Kavo Air Force", "military", "", "", "Kavo Air Force",
    ...                  "body", 1, start, start + 14)
    >>> [(r.name, r.form) for r in count_initials(article, split_sentences(article), [kaf])]
    [('Kavo Air Force', 'Kavo Air Force'), ('Kavo Air Force', 'KAF')]
    """
    bodies: dict[str, set[MentionRow]] = {}
    for row in rows:
        if row.kind == "actor" and row.type in _BODY_TYPES:
            letters = initials_of(row.name)
            if 2 <= len(letters) <= 6:
                bodies.setdefault(letters, set()).add(row.name)
    owners = {letters: names for letters, names in bodies.items() if len(names) == 1}
    if not owners:
        return rows
    first = {r.name: r for r in rows if r.kind == "actor"}
    starts = [r.start for r in rows]
    found: list[MentionRow] = []
    for section in article.counted_sections():
        for m in _CAPITALS.finditer(article.text, section.start, section.end):
            names = owners.get(m.group())
            if names is None or _covered(rows, starts, m.start(), m.end()):
                continue
            model = first[next(iter(names))]
            found.append(row_at(sentences, section.kind, kind="actor", name=model.name,
                                type=model.type, weapon_class="", country=model.country,
                                form=m.group(), start=m.start(), end=m.end(),
                                in_lexicon=model.in_lexicon, evidence="initials"))  # fmt: skip
    if not found:
        return rows
    return sorted(rows + found, key=lambda r: (r.start, r.end))


def _covered(rows: list[MentionRow], starts: list[int], start: int, end: int) -> bool:
    """True when a mention already covers any of ``start``-``end`` (rows never overlap, so
    only the last one starting before ``end`` can)."""
    i = bisect_left(starts, end)
    return i > 0 and rows[i - 1].end > start
