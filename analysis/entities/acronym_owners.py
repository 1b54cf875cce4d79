"""Whose acronym: a lexicon acronym read in the article's own sense.

The lexicon gives an acronym to one body ("PAF" to the Pakistan Air Force), but an
article may use the same letters for another body: its own. Two shapes of text decide:

- the article names a body whose capitals make the acronym ("the Ruritanian Air Force
  ... RAF officers said"): the acronym is that body, written in full or defined in
  brackets, whatever the lexicon says;
- the article never names the lexicon body's country, and the lexicon name is that
  country's word and a service every country has (``generic_institutions.csv``:
  "Pakistan Air Force"): in an article about another
  country whose word opens with the same letter ("Philippine"), the acronym is that
  country's service of the same name ("Philippine Air Force").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from analysis.entities.context import load_institutions
from analysis.entities.discovery import initials_of
from analysis.entities.lexicon import Lexicons
from analysis.entities.mention_rows import MentionRow

#: Actor types an acronym of a body may stand for.
_BODY_TYPES = frozenset(("military", "organisation", "government", "company", "armed_group"))


def read_article_acronyms(
    text: str, rows: list[MentionRow], lexicons: Lexicons
) -> list[MentionRow]:
    """Return ``rows`` with each lexicon acronym read as the article's own body (see the
    module docstring); ``rows`` itself when nothing changes.

    >>> from analysis.entities.lexicon import load_lexicons
    >>> ph = MentionRow("actor", "Philippines", "country", "", "PHL", "Philippines", "body", 1,
    ...                 0, 11)
    >>> paf = MentionRow("actor", "Pakistan Air Force", "military", "", "PAK", "PAF", "body",
    ...                  2, 20, 23)
    >>> [r.name for r in read_article_acronyms("", [ph, paf], load_lexicons())]
    ['Philippines', 'Philippine Air Force']
    """
    acronyms = [i for i, r in enumerate(rows) if _is_acronym(r)]
    if not acronyms:
        return rows
    out = list(rows)
    for i in acronyms:
        row = rows[i]
        own = _article_body(row, rows) or _country_service(text, row, rows, lexicons)
        if own is not None:
            out[i] = row._replace(name=own[0], type=own[1], country=own[2], in_lexicon=own[3],
                                  evidence=own[4])  # fmt: skip
    return out


def _is_acronym(row: MentionRow) -> bool:
    form = row.form
    return (
        row.kind == "actor"
        and row.in_lexicon
        and row.type in _BODY_TYPES
        and 2 <= len(form) <= 6
        and form.isalpha()
        and form.isupper()
        and form != row.name
        and initials_of(row.name) == form
    )


def _article_body(row: MentionRow, rows: Sequence[MentionRow]) -> tuple | None:
    """The one other body the article names whose capitals make the row's acronym."""
    bodies = {
        r.name: (r.name, r.type, r.country, r.in_lexicon, r.evidence)
        for r in rows
        if r.kind == "actor"
        and r.name != row.name
        and r.type in _BODY_TYPES
        and r.form != row.form
        and initials_of(r.name) == row.form
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _country_service(
    text: str, row: MentionRow, rows: Sequence[MentionRow], lexicons: Lexicons
) -> tuple | None:
    """The same service of the article's country, when the article never names the lexicon
    body's country and that country's word opens the lexicon name."""
    entry = lexicons.entry(row.name, "actor")
    first, _, service = row.name.partition(" ")
    country = lexicons.entry(_country_name(lexicons, row.country), "actor")
    if entry is None or country is None or not service or first not in country.aliases:
        return None
    if not any(p == service and t != "none" for p, _, t in load_institutions()):
        return None  # "Air Force", "Navy": a service every country has
    if any(r.country == row.country and r.form != row.form for r in rows if r.kind == "actor"):
        return None  # the lexicon body's country is named: the lexicon's sense stands
    counts = Counter(
        r.country for r in rows if r.kind == "actor" and r.type in ("country", "government")
    ).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    main = lexicons.entry(_country_name(lexicons, counts[0][0]), "actor")
    if main is None or main.country == row.country:
        return None
    words = [a for a in main.aliases if " " not in a and not a.isupper() and a[:1] == first[:1]]
    written = [w for w in words if f"{w} {service}" in text]
    adjectives = [w for w in words if w != main.name]
    word = (written or adjectives or words or [""])[0]
    if not word:
        return None
    return f"{word} {service}", row.type, main.country, False, "acronym in the article's country"


def _country_name(lexicons: Lexicons, code: str) -> str:
    """The lexicon's country name of a country code, or ""."""
    return lexicons.country_names().get(code, "")
