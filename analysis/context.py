"""Context: actors whose meaning depends on the sentence around them.

- **Generic institutions** (``data/generic_institutions.csv``): "the defence
  ministry", "the Air Force", "Ministry of Defence" name no country. One takes
  the country of a country or demonym right before it ("Serbia's defence
  ministry", "Dutch defence ministry"), else the one country its sentence
  names, else the article's main country (most mentioned), else none; never
  a default country. It is named "Ministry of Defence (Serbia)". A
  capitalised service right after a demonym is that service's own name
  ("Australian Army"): one mention, the demonym inside it.
- **Places are places**: a capital that a lexicon reads as its government
  ("Kyiv" -> Government of Ukraine) counts nothing where it is a location:
  after a place preposition ("in", "at", "near", "from", "outside" ...), in a
  dateline ("KYIV, May 3" or "Kyiv:" opening a paragraph), a byline's
  "Agency | City |" field, or before a possessive place noun ("Kyiv's
  airport"). "Kyiv said", "aid to Kyiv" still count for the state.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd
import regex

from analysis import config
from analysis.article import Article
from analysis.lexicon import Lexicons
from analysis.tokenise import Sentence

INSTITUTIONS_FILE = config.DATA_DIR / "generic_institutions.csv"
NOT_STATED = "country not stated"
#: Words right before a capital that make it a location, not the state.
PLACE_BEFORE = regex.compile(
    r"(?:\b(?:in|at|near|outside|around|across|inside|into|from|over|via|of central|"
    r"visit to|trip to|arrived in|based in)\s+)$",
    regex.I,
)
#: A possessive capital before a place noun ("Kyiv's airport").
PLACE_AFTER = regex.compile(
    r"^['’]s?\s+(?:[\p{Lu}][\w-]*\s+)*(?:airport|streets|outskirts|port|centre|center|"
    r"suburbs?|skies|residents|mayor|city|district|region|main square|airspace)\b"
)
#: A dateline or byline field: "KYIV, May 3 —", "Kyiv:", "PTI | Kyiv |".
DATELINE_AFTER = regex.compile(r"^(?:\s*[:|]|\s*,\s*(?:\p{Lu}|\d)|\s+[—–-]{1,2}\s|\s*\()")


@lru_cache(maxsize=4)
def load_institutions(path: str | Path = "") -> tuple[tuple[str, str, str], ...]:
    """Return ``(phrase, name, type)`` rows of ``data/generic_institutions.csv``, longest first."""
    path = Path(path) if path else INSTITUTIONS_FILE
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    rows = [(r["phrase"], r["name"], r["type"]) for r in csv.DictReader(lines)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def drop_places(article: Article, mentions: pd.DataFrame, lexicons: Lexicons) -> pd.DataFrame:
    """Return ``mentions`` without capitals used as places (see the module docstring)."""
    capitals = capital_forms(lexicons)
    if mentions.empty:
        return mentions
    text = article.text
    drop = []
    for index, form, kind, start, end in zip(
        mentions.index, mentions["form"].tolist(), mentions["type"].tolist(),
        mentions["start"].tolist(), mentions["end"].tolist(), strict=True,
    ):  # fmt: skip
        if kind != "government" or _base(form).casefold() not in capitals:
            continue
        if is_place(text, start, end):
            drop.append(index)
    return mentions.drop(index=drop) if drop else mentions


def is_place(text: str, start: int, end: int) -> bool:
    """True where a name at ``[start, end)`` is a location.

    >>> is_place("Talks were held in Oslo on Monday.", 19, 23)
    True
    >>> is_place("Oslo said it would send aid.", 0, 4)
    False
    >>> is_place("OSLO, May 3 (Agency) - Talks began.", 0, 4)
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after = text[end : end + 60]
    if PLACE_BEFORE.search(before) or PLACE_AFTER.match(after):
        return True
    opening = not before.strip() or before.rstrip().endswith("|")
    return opening and bool(DATELINE_AFTER.match(after))


@lru_cache(maxsize=4)
def _capital_forms(entries: tuple) -> frozenset[str]:
    forms = set()
    for entry in entries:
        if (
            entry.kind == "actor"
            and entry.type == "government"
            and entry.name.startswith("Government of")
        ):
            forms.update(a.casefold() for a in entry.aliases if a[:1].isupper() and _proper(a))
    return frozenset(forms)


def capital_forms(lexicons: Lexicons) -> frozenset[str]:
    """The aliases of "Government of X" entries that are place names (capitals)."""
    return _capital_forms(lexicons.entries)


def _proper(alias: str) -> bool:
    """A place name: capitalised words, none of them a common noun of government."""
    words = alias.split()
    common = {"government", "authorities", "administration", "regime", "cabinet", "junta"}
    return all(w[:1].isupper() for w in words) and not common & {w.casefold() for w in words}


def _base(form: str) -> str:
    return regex.sub(r"['’]s?$", "", form)


def find_institutions(
    article: Article, sentences: Sequence[Sentence], mentions: pd.DataFrame, lexicons: Lexicons
) -> pd.DataFrame:
    """Return ``mentions`` with each generic institution added as an actor with its country.

    ``mentions`` carries the ``in_lexicon`` and ``evidence`` columns.
    """
    text = article.text
    spans = sorted(zip(mentions["start"].tolist(), mentions["end"].tolist(), strict=True))
    main = main_country(mentions)
    countries = lexicons.country_names()
    found: list[tuple] = []
    drop: list = []
    for section in article.counted_sections():
        for phrase, name, kind in load_institutions():
            acronym = sum(c.isupper() for c in phrase) > 1 and " " not in phrase
            pattern = rf"(?<![\w-]){regex.escape(phrase)}(?![\w-])"
            flags = 0 if acronym else regex.I
            for m in regex.finditer(pattern, text[: section.end], flags, pos=section.start):
                start, end = m.span()
                taken = [(f[8], f[9]) for f in found]
                if any(a < end and start < b for a, b in spans + taken):
                    continue
                sentence = _sentence_at(sentences, start)
                own, country, start = _country_of(mentions, text, start, kind, sentence, main)
                if own is not None:
                    drop.append(own)
                form = text[start:end]
                label = countries.get(country, NOT_STATED) if country else NOT_STATED
                full = form if own is not None else f"{name} ({label})"
                number = sentence.number if sentence else 0
                where = sentence.section if sentence else section.kind
                found.append(("actor", full, kind, "", country, form, where, number, start, end,
                              False, "generic institution"))  # fmt: skip
    found += _acronyms(text, article, sentences, found, spans)
    if not found:
        return mentions
    table = pd.DataFrame(found, columns=[*_COLUMNS, "in_lexicon", "evidence"])
    kept = mentions.drop(index=drop) if drop else mentions
    out = pd.concat([kept, table.astype({c: kept[c].dtype for c in kept.columns})])
    return out.sort_values("start", kind="stable").reset_index(drop=True)


_COLUMNS = ["kind", "name", "type", "weapon_class", "country", "form", "section", "sentence",
            "start", "end"]  # fmt: skip


def _acronyms(text, article, sentences, found, spans) -> list[tuple]:
    """Rows for an institution's bracketed acronym ("... Defense (MND)") and its later
    bare uses, under the institution's name."""
    rows: list[tuple] = []
    taken = spans + [(f[8], f[9]) for f in found]
    for record in list(found):
        bracket = regex.match(r"\s*\((\p{Lu}[\p{Lu}&]{1,8})\)", text[record[9] : record[9] + 14])
        if not bracket:
            continue
        for m in regex.finditer(rf"(?<![\w-]){bracket.group(1)}(?![\w-])", text):
            start, end = m.span()
            inside = any(s.start <= start < s.end for s in article.counted_sections())
            if not inside or any(a < end and start < b for a, b in taken):
                continue
            sentence = _sentence_at(sentences, start)
            taken.append((start, end))
            rows.append((*record[:5], m.group(), sentence.section if sentence else "",
                         sentence.number if sentence else 0, start, end, *record[10:]))  # fmt: skip
    return rows


def _country_of(
    mentions: pd.DataFrame, text: str, start: int, kind: str, sentence: Sentence | None, main: str
) -> tuple[object, str, int]:
    """``(own, country, start)`` of a generic institution at ``start``: the country of a
    country or demonym right before it, else of its sentence, else ``main``. ``own`` is
    the index of a demonym the name takes in ("Australian Army"), else None."""
    before = mentions[
        (mentions["end"] <= start) & (mentions["end"] >= start - 3) & (mentions["kind"] == "actor")
    ]
    if not before.empty:
        last = before.iloc[-1]
        gap = text[int(last["end"]) : start]
        if last["type"] in ("country", "government") and last["country"]:
            if gap == " " and kind == "military" and text[start : start + 1].isupper():
                return before.index[-1], last["country"], int(last["start"])
            if gap.strip() in ("", "'s", "’s", "s"):
                return None, last["country"], start
    if sentence is not None:
        inside = mentions[
            (mentions["sentence"] == sentence.number) & (mentions["type"] == "country")
        ]
        codes = set(inside["country"]) - {""}
        if len(codes) == 1:
            return None, codes.pop(), start
    return None, main, start


def _sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    index = bisect_right([s.start for s in sentences], offset) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index]
    return None


def main_country(mentions: pd.DataFrame) -> str:
    """The country code most mentioned (countries and their governments), or "" on a tie."""
    actors = mentions[(mentions["kind"] == "actor") & (mentions["country"] != "")]
    actors = actors[actors["type"].isin(("country", "government"))]
    counts = Counter(actors["country"].tolist()).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return ""
    return counts[0][0]
