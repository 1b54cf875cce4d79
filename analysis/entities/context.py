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
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import regex

from analysis import config
from analysis.entities.lexicon import Lexicons
from analysis.entities.mention_rows import MentionRow, row_at, sentence_at
from analysis.text import Article, Sentence

INSTITUTIONS_FILE = config.DATA_DIR / "generic_institutions.csv"
NOT_STATED = "country not stated"
_POSSESSIVE = regex.compile(r"['’]s?$")
#: Words right before a capital that make it a location, not the state.
PLACE_BEFORE = regex.compile(
    r"(?:\b(?:in|at|near|outside|around|across|inside|into|over|via|of central|"
    r"visit to|trip to|arrived in|based in|visit|visits|visited|visiting)\s+)$",
    regex.I,
)
#: "from" makes a capital a location only after going or reporting ("flew from Oslo",
#: "reporting from Oslo") or before "to" another name ("from Oslo to Bergen"); otherwise
#: the capital is the state something comes from ("buy jets from Oslo").
PLACE_FROM_BEFORE = regex.compile(
    r"\b(?:fl[eo]w\w*|fly\w*|travel\w*|return\w*|came|come|coming|arriv\w*|fled|flee\w*|"
    r"evacuat\w*|driv\w*|drove|report\w*|writ\w*|miles|kilomet\w*|km|away|far|depart\w*|"
    r"left|leaving|moved|relocated|routes?|flights?|trains?|roads?)\s+from\s+$",
    regex.I,
)
PLACE_FROM_AFTER = regex.compile(r"^\s+to\s+\p{Lu}")
#: A possessive capital before a place noun ("Kyiv's airport").
PLACE_AFTER = regex.compile(
    r"^['’]s?\s+(?:[\p{Lu}][\w-]*\s+)*(?:airport|streets|outskirts|port|centre|center|"
    r"suburbs?|skies|residents|mayor|city|district|region|main square|airspace)\b"
)
#: A capital naming a newsroom's desk or column ("London Report", "Beijing Bureau"): a
#: label of the place the news comes from, not the state.
DESK_AFTER = regex.compile(
    r"^\s+(?:Report|Bureau|Desk|Diary|Letter|Notebook|Briefing|Dispatch|Newsroom|Newsletter|"
    r"Edition|Correspondent)s?\b"
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


@lru_cache(maxsize=4)
def institution_patterns(path: str | Path = "") -> tuple[regex.Pattern, dict[str, tuple]]:
    """One pattern for every phrase (acronyms as written, the rest in any case), and
    ``{phrase in lower case: (name, type)}``."""
    rows = load_institutions(path)
    acronym = [p for p, _, _ in rows if " " not in p and sum(c.isupper() for c in p) > 1]
    words = [p for p, _, _ in rows if p not in acronym]
    alternatives = [regex.escape(p) for p in acronym] + [
        "(?i:" + regex.escape(p) + ")" for p in words
    ]
    pattern = regex.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    return pattern, {p.casefold(): (name, kind) for p, name, kind in rows}


def drop_places(text: str, rows: list[MentionRow], lexicons: Lexicons) -> list[MentionRow]:
    """Return ``rows`` without capitals used as places (see the module docstring);
    ``rows`` itself when none is."""
    capitals = capital_forms(lexicons)
    kept = [
        r
        for r in rows
        if r.type != "government"
        or _base(r.form).casefold() not in capitals
        or not is_place(text, r.start, r.end)
    ]
    return rows if len(kept) == len(rows) else kept


def is_place(text: str, start: int, end: int) -> bool:
    """True where a name at ``[start, end)`` is a location.

    >>> is_place("Talks were held in Oslo on Monday.", 19, 23)
    True
    >>> is_place("Oslo said it would send aid.", 0, 4)
    False
    >>> is_place("OSLO, May 3 (Agency) - Talks began.", 0, 4)
    True
    >>> is_place("He flew from Oslo on Monday.", 13, 17)
    True
    >>> is_place("It buys jets from Oslo.", 18, 22)
    False
    >>> is_place("Shares rise - Oslo Report", 14, 18)
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after = text[end : end + 60]
    if PLACE_BEFORE.search(before[-40:]) or PLACE_AFTER.match(after) or DESK_AFTER.match(after):
        return True
    if before[-5:].casefold() == "from " and (
        PLACE_FROM_BEFORE.search(before[-60:]) or PLACE_FROM_AFTER.match(after)
    ):
        return True
    opening = not before.strip() or before.rstrip().endswith("|")
    return opening and bool(DATELINE_AFTER.match(after))


def capital_forms(lexicons: Lexicons) -> frozenset[str]:
    """The aliases of "Government of X" entries that are place names (capitals)."""
    forms = lexicons.cache.get("capital_forms")
    if forms is None:
        forms = frozenset(
            alias.casefold()
            for entry in lexicons.entries
            if entry.kind == "actor"
            and entry.type == "government"
            and entry.name.startswith("Government of")
            for alias in entry.aliases
            if _proper(alias)
        )
        lexicons.cache["capital_forms"] = forms
    return forms


def country_names(lexicons: Lexicons) -> dict[str, str]:
    """``{ISO3: country name}`` of the lexicons, worked out once per lexicon."""
    names = lexicons.cache.get("country_names")
    if names is None:
        names = lexicons.cache["country_names"] = lexicons.country_names()
    return names


def _proper(alias: str) -> bool:
    """A place name: capitalised words, none of them a common noun of government."""
    words = alias.split()
    common = {"government", "authorities", "administration", "regime", "cabinet", "junta"}
    return all(w[:1].isupper() for w in words) and not common & {w.casefold() for w in words}


def _base(form: str) -> str:
    return _POSSESSIVE.sub("", form)


def find_institutions(
    article: Article, sentences: Sequence[Sentence], rows: list[MentionRow], lexicons: Lexicons
) -> list[MentionRow]:
    """Return ``rows`` with each generic institution added as an actor with its country,
    in text order (see the module docstring)."""
    text = article.text
    pattern, names = institution_patterns()
    main = main_country(rows)
    ends = [r.end for r in rows]  # rows are in text order and never overlap
    found: list[MentionRow] = []
    drop: set[int] = set()
    own_names: dict[tuple[str, str], str] = {}  # (country, generic name) -> "Mexican Army"
    for section in article.counted_sections():
        for m in pattern.finditer(text, section.start, section.end):
            start, end = m.span()
            index = bisect_left(ends, start + 1)  # the first row ending after start
            if index < len(rows) and rows[index].start < end:
                continue  # inside a lexicon name ("Indian Air Force")
            name, kind = names[m.group().casefold()]
            if kind == "none":
                continue  # a name holding a service's that is no institution: a plane
            bare = kind == "military" and m.group().islower()
            if bare and not _after_country(text, rows, index, start):
                continue  # "the army": a bare description, no name
            own, country = _country_of(text, rows, index, start, kind, sentences, main)
            if own is not None:
                drop.add(own)
                start = rows[own].start
                own_names.setdefault((country, name), _POSSESSIVE.sub("", text[start:end]))
            label = country_names(lexicons).get(country, NOT_STATED) if country else NOT_STATED
            form = text[start:end]
            full = own_names.get((country, name)) or service_name(lexicons, country, name, kind)
            found.append(row_at(sentences, section.kind, kind="actor",
                                name=form if own is not None else full or f"{name} ({label})",
                                type=kind, weapon_class="", country=country, form=form,
                                start=start, end=end, in_lexicon=False,
                                evidence="generic institution"))  # fmt: skip
    if not found:
        return rows
    found += _acronyms(text, article, sentences, found, rows)
    kept = [r for i, r in enumerate(rows) if i not in drop]
    return sorted(kept + found, key=lambda r: r.start)


def service_name(lexicons: Lexicons, country: str, generic: str, kind: str) -> str:
    """The lexicon's own name for a country's generic institution, when it has exactly one
    ("Army" of Pakistan -> "Pakistan Army", "Coast Guard" of China -> "China Coast Guard").

    >>> from analysis.entities.lexicon import load_lexicons
    >>> service_name(load_lexicons(), "PAK", "Army", "military")
    'Pakistan Army'
    >>> service_name(load_lexicons(), "", "Army", "military")
    ''
    """
    if not country:
        return ""
    by_country = lexicons.cache.get("service_names")
    if by_country is None:  # worked out once per lexicon: {(country, type): names}
        by_country = {}
        for e in lexicons.actors:
            by_country.setdefault((e.country, e.type), []).append(e.name)
        lexicons.cache["service_names"] = by_country
    names = [n for n in by_country.get((country, kind), ()) if n.endswith(" " + generic)]
    return names[0] if len(names) == 1 else ""


def _acronyms(text, article, sentences, found, rows) -> list[MentionRow]:
    """Rows for an institution's bracketed acronym ("... Defense (MND)") and its later
    bare uses, under the institution's name."""
    out: list[MentionRow] = []
    taken = [(r.start, r.end) for r in rows + found]
    for record in list(found):
        bracket = regex.match(r"\s*\((\p{Lu}[\p{Lu}&]{1,8})\)", text[record.end : record.end + 14])
        if not bracket:
            continue
        for m in regex.finditer(rf"(?<![\w-]){bracket.group(1)}(?![\w-])", text):
            start, end = m.span()
            inside = any(s.start <= start < s.end for s in article.counted_sections())
            if not inside or any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            sentence = sentence_at(sentences, start)
            out.append(record._replace(form=m.group(), start=start, end=end,
                                       section=sentence.section if sentence else "",
                                       sentence=sentence.number if sentence else 0))  # fmt: skip
    return out


def _after_country(text: str, rows: list[MentionRow], index: int, start: int) -> bool:
    """True when a country, its government or its demonym stands right before ``start``
    (``rows[index]`` is the first row after it): "Nigerian army", "Chile's navy".

    >>> row = MentionRow("actor", "Chile", "country", "", "CHL", "Chile", "body", 1, 0, 5)
    >>> _after_country("Chile's navy", [row], 1, 8), _after_country("the navy", [], 0, 4)
    (True, False)
    """
    if index == 0:
        return False
    last = rows[index - 1]
    gap = text[last.end : start]
    return (
        last.kind == "actor"
        and last.type in ("country", "government")
        and gap.strip() in ("", "'s", "’s", "s")
        and len(gap) <= 3
    )


def _country_of(
    text: str,
    rows: list[MentionRow],
    index: int,
    start: int,
    kind: str,
    sentences: Sequence[Sentence],
    main: str,
) -> tuple[int | None, str]:
    """``(own, country)`` of a generic institution at ``start`` (``rows[index]`` is the
    first row after it): the country of a country or demonym right before it, else of its
    sentence, else ``main``. ``own`` is the index of a demonym the name takes in
    ("Australian Army"), else None."""
    if index > 0:
        last = rows[index - 1]
        gap = text[last.end : start]
        if last.kind == "actor" and last.type in ("country", "government") and last.country:
            if gap == " " and kind == "military" and text[start : start + 1].isupper():
                return index - 1, last.country
            if gap.strip() in ("", "'s", "’s", "s") and len(gap) <= 3:
                return None, last.country
    sentence = sentence_at(sentences, start)
    if sentence is not None:
        codes = {
            r.country
            for r in rows
            if r.sentence == sentence.number and r.type == "country" and r.country
        }
        if len(codes) == 1:
            return None, codes.pop()
    return None, main


def main_country(rows: Sequence[MentionRow]) -> str:
    """The country code most mentioned (countries and their governments), or "" on a tie."""
    counts = Counter(
        r.country
        for r in rows
        if r.kind == "actor" and r.country and r.type in ("country", "government")
    ).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return ""
    return counts[0][0]
