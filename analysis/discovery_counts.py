"""Discovery counts: every mention of a name found by discovery, as rows of the mentions table.

A found name counts like a lexicon entry: each occurrence in the counted
sections (the headline too), a person's surname alone once the full name was
found, and an organisation's acronym ("Some Agency (SA)", later "SA"). The
longest name wins: an occurrence that holds a lexicon mention ("Acme India
Limited" holding "India") replaces it, and one a lexicon mention holds is
left to the lexicon. Rows carry ``in_lexicon`` False and the rule that found
the name as ``evidence``; lexicon rows get ``in_lexicon`` True.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import pandas as pd
import regex

from analysis.article import Article
from analysis.discovery import FoundName
from analysis.tokenise import Sentence

_PARTICLES = frozenset(("al", "bin", "ibn", "de", "da", "del", "van", "von", "der", "le", "la"))


def count_found_names(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: pd.DataFrame,
    names: Sequence[FoundName],
) -> pd.DataFrame:
    """Return ``mentions`` with every occurrence of ``names`` added, in text order.

    Adds the columns ``in_lexicon`` and ``evidence``.
    """
    table = mentions
    if "in_lexicon" not in table.columns:
        table = table.assign(in_lexicon=True, evidence="lexicon")
    if not names:
        return table
    counted = [(s.start, s.end) for s in article.counted_sections()]
    lexicon = sorted(zip(table["start"].tolist(), table["end"].tolist(),
                         table["type"].tolist(), range(len(table)), strict=True))  # fmt: skip
    taken: list[tuple[int, int]] = []
    dropped: set[int] = set()
    rows = []
    for found, form_pattern in _patterns(names):
        for m in form_pattern.finditer(article.text):
            start, end = m.span()
            if not any(a <= start < b for a, b in counted):
                continue
            if any(start < b and a < end for a, b in taken):
                continue
            inside = _lexicon_inside(lexicon, start, end)
            if inside is None:
                continue
            dropped.update(inside)
            taken.append((start, end))
            rows.append((found, m.group(), start, end))
    if not rows:
        return table
    starts = [s.start for s in sentences]
    new = []
    for found, form, start, end in rows:
        index = bisect_right(starts, start) - 1
        sentence = sentences[index] if index >= 0 and start < sentences[index].end else None
        section = sentence.section if sentence else (article.section_at(start) or _NoSection).kind
        new.append({"kind": "actor", "name": found.name, "type": found.type, "weapon_class": "",
                    "country": found.country, "form": form, "section": section,
                    "sentence": sentence.number if sentence else 0, "start": start, "end": end,
                    "in_lexicon": False, "evidence": found.evidence})  # fmt: skip
    kept = table.drop(index=table.index[sorted(dropped)]) if dropped else table
    out = pd.concat([kept, pd.DataFrame(new).astype({c: kept[c].dtype for c in kept.columns})])
    return out.sort_values("start", kind="stable").reset_index(drop=True)


class _NoSection:
    kind = ""


def _patterns(names: Sequence[FoundName]) -> list[tuple[FoundName, regex.Pattern]]:
    """One pattern per name and form, longest form first: the full name, its
    acronym, then a person's surname (when no other name shares it)."""
    forms: list[tuple[str, FoundName]] = []
    for found in names:
        forms.append((found.name, found))
        if found.acronym:
            forms.append((found.acronym, found))
    words_elsewhere = [set(f.name.split()) for f in names]
    for i, found in enumerate(names):
        if found.type != "person":
            continue
        surname = surname_of(found.name)
        if any(surname in words for j, words in enumerate(words_elsewhere) if j != i):
            continue
        forms.append((surname, found))
    forms.sort(key=lambda pair: -len(pair[0]))
    return [(found, regex.compile(rf"(?<![\w\-]){regex.escape(form)}(?![\w\-])"))
            for form, found in forms]  # fmt: skip


def surname_of(name: str) -> str:
    """The surname of a person's name: the last word, with its particles.

    >>> surname_of("Anna van der Berg")
    'van der Berg'
    >>> surname_of("Jane Roe")
    'Roe'
    """
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].casefold() in _PARTICLES:
        i -= 1
    return " ".join(words[i:])


def _lexicon_inside(
    lexicon: list[tuple[int, int, str, int]], start: int, end: int
) -> set[int] | None:
    """Rows of lexicon mentions an occurrence at ``[start, end)`` replaces, or
    None when a lexicon mention wins (it holds the occurrence or crosses it)."""
    index = bisect_right(lexicon, (start, float("inf"))) - 1
    while index > 0 and lexicon[index][1] > start:
        index -= 1
    out = set()
    for a, b, kind, row in lexicon[max(index, 0) :]:
        if a >= end:
            break
        if b <= start:
            continue
        if start <= a and b <= end and (a, b) != (start, end):
            out.add(row)  # the longer found name holds it
        elif kind == "person" and a < start < b < end:
            out.add(row)  # "spokesman Lee" read as another Lee, where "Lee Min" goes on
        else:
            return None
    return out
