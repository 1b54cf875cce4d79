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
  "Agency | City |" field, before a possessive place noun ("Kyiv's
  airport"), or in apposition to "the capital" after a place word ("in the
  capital, Kyiv"). "Kyiv said", "aid to Kyiv" still count for the state.
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
from analysis.entities.chambers import is_chamber, is_goal, state_body_country
from analysis.entities.lexicon import Lexicons
from analysis.entities.mention_rows import MentionRow, row_at, sentence_at
from analysis.text import Article, Sentence, load_stopwords

INSTITUTIONS_FILE = config.DATA_DIR / "generic_institutions.csv"
#: Cities that stand for a body seated there ("Brussels" for the European Union).
SEAT_CITIES_FILE = config.DATA_DIR / "seat_cities.csv"
NOT_STATED = "country not stated"
_POSSESSIVE = regex.compile(r"['’]s?$")
#: Words right before a capital that make it a location, not the state.
PLACE_BEFORE = regex.compile(
    r"(?:\b(?:in|at|near|outside|around|across|inside|into|over|via|through|throughout|of central|"
    r"visit to|trip to|arrived in|based in|visit|visits|visited|visiting|"
    # "the mayor of Oslo", "the outskirts of Kyiv": the city, not the state
    r"(?:mayor|governor|residents|streets|city|outskirts|suburbs|centre|center|heart) of)\s+)$",
    regex.I,
)
#: A capital in apposition to "the capital" after a place word ("in the capital, Accra", "at
#: the Peruvian capital Lima", "in the country's capital city Oslo", "flew to the capital Oslo")
#: or after a word of taking ground ("seized the capital, Oslo", "including the capital, Oslo"):
#: the city, not the state.
PLACE_CAPITAL_BEFORE = regex.compile(
    r"\b(?:in|at|near|outside|around|across|inside|into|over|via|towards?|reached|entered"
    r"|including|seized|captured|stormed|shelled|besieged|took"
    r"|(?:fl[eo]w\w*|travel\w*|return\w*|head\w*|went|moved|drove|driven|walked)\s+(?:to|from))"
    r"\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}capital(?:\s+city)?\s*,?\s+$",
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
    r"^['’]s?\s+(?:[\p{Lu}][\w-]*\s+)*(?i:airport|streets|outskirts|port|centre|center|"
    r"suburbs?|skies|residents|mayor|city|district|region|main square|airspace|"
    # a building of the city ("Oslo's Central Hospital", "Oslo's Polyclinic")
    r"hospital|clinic|polyclinic|hotel|prison|jail|stadium|university|market|mosque|church)\b"
)
#: A lower-case noun or adjective of a place's parts or buildings right after a capital ("the
#: Dhaka divisional rally", "Kyiv region", "an Oslo court", "the Oslo office"), or "-based": the
#: city, not the state.
PLACE_NOUN_AFTER = regex.compile(
    r"^(?:-based\b|\s+(?:city|division|divisional|metropolitan|municipal|municipality|district"
    r"|province|provincial|region|regional|suburbs?|outskirts|streets|residents|court|hotel"
    r"|hospital|airport|prison|jail|stadium|market|mall|restaurant|church|mosque|school"
    r"|neighbou?rhood|slum|estate|road|highway|office|offices|venue"
    # the city's own officers: "the Oslo governor", "an Oslo councillor"
    r"|governor|mayor|councillors?|councilors?|governorship|mayoralty)\b"
    # the city's own bodies, capitalised: "the Oslo Metropolitan Police", "Oslo City Council"
    r"|\s+(?:Metropolitan|Municipal|Municipality|City|District|County|Province|Provincial"
    r"|Regional)\b)"
)
#: A reporter's name and a comma opening a line that the capital closes ("Ana Roe, Oslo").
BYLINE_DESK_BEFORE = regex.compile(r"^\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},\s+$")
#: A capital naming a newsroom's desk or column ("London Report", "Beijing Bureau"): a
#: label of the place the news comes from, not the state.
DESK_AFTER = regex.compile(
    r"^\s+(?:Report|Bureau|Desk|Diary|Letter|Notebook|Briefing|Dispatch|Newsroom|Newsletter|"
    r"Edition|Correspondent)s?\b"
)
#: A dateline or byline field: "KYIV, May 3 —", "Kyiv:", "PTI | Kyiv |", "Kyiv [Ukraine]".
DATELINE_AFTER = regex.compile(r"^(?:\s*[:|]|\s*,\s*(?:\p{Lu}|\d)|\s+[—–-]{1,2}\s|\s*[(\[])")


@lru_cache(maxsize=4)
def load_institutions(path: str | Path = "") -> tuple[tuple[str, str, str], ...]:
    """Return ``(phrase, name, type)`` rows of ``data/generic_institutions.csv``, longest first."""
    path = Path(path) if path else INSTITUTIONS_FILE
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    rows = [(r["phrase"], r["name"], r["type"]) for r in csv.DictReader(lines)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=4)
def institution_flags(path: str | Path = "") -> dict[str, tuple[bool, bool]]:
    """``{name: (bare needs a country, a country before makes its own name)}`` of
    ``data/generic_institutions.csv`` (columns ``bare`` and ``own_name``): a bare "the
    army", "police", "the embassy" is a description, counted only with a country right
    before ("Kenya's navy") or after ("the Embassy of Chile"); "Chilean Navy", "Sri Lanka
    Police" are the service's own names, one mention."""
    path = Path(path) if path else INSTITUTIONS_FILE
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    return {
        r["name"]: (
            (r.get("bare") or "") in ("needs country", "always needs country"),
            (r.get("own_name") or "") in ("yes", "any case"),
        )
        for r in csv.DictReader(lines)
    }


@lru_cache(maxsize=4)
def institution_strict(path: str | Path = "") -> frozenset[str]:
    """Names of ``data/generic_institutions.csv`` that need a country in any case (``bare``:
    ``always needs country``: "the Government said" names no government) and those whose
    own name a country makes in any case (``own_name``: ``any case``: "Kenya government")."""
    path = Path(path) if path else INSTITUTIONS_FILE
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    rows = list(csv.DictReader(lines))
    return frozenset(
        [f"bare:{r['name']}" for r in rows if r.get("bare") == "always needs country"]
        + [f"own:{r['name']}" for r in rows if r.get("own_name") == "any case"]
        + [f"cased:{r['name']}" for r in rows if r.get("bare", "").startswith("capitalised")]
        # by phrase: "House" and "House of Representatives" share a name, not this rule
        + [
            f"known:{r['phrase'].casefold()}"
            for r in rows
            if r.get("bare") == "capitalised, lexicon only"
        ]
    )


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


ACRONYM_SENSES_FILE = config.DATA_DIR / "acronym_senses.csv"
#: A news word after an acronym: "the AFP news agency" is the agency still.
_NEWS_AFTER = regex.compile(r"^\s+(?:news|agency|reported|reports|report|photo|said)\b")


@lru_cache(maxsize=4)
def load_acronym_senses(path: str | Path = "") -> dict[str, tuple[str, str, str]]:
    """``{acronym: (name, type, country)}`` of ``data/acronym_senses.csv``."""
    path = Path(path) if path else ACRONYM_SENSES_FILE
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    return {r["acronym"]: (r["name"], r["type"], r["country"]) for r in csv.DictReader(lines)}


def read_acronym_senses(text: str, rows: list[MentionRow]) -> list[MentionRow]:
    """Return ``rows`` with an acronym in its other sense where the article names that sense's
    country and writes "the" before it ("the AFP" in an article on the Philippines).

    >>> row = MentionRow("actor", "Agence France-Presse", "media", "", "FRA", "AFP", "body", 2,
    ...                  26, 29)
    >>> ph = MentionRow("actor", "Philippines", "country", "", "PHL", "Philippines", "body", 1,
    ...                 0, 11)
    >>> [r.name for r in read_acronym_senses("Philippines. Asked by the AFP to", [ph, row])]
    ['Philippines', 'Armed Forces of the Philippines']
    """
    senses = load_acronym_senses()
    countries = {r.country for r in rows if r.type == "country"}
    out = []
    for r in rows:
        sense = senses.get(r.form) if r.kind == "actor" else None
        if (
            sense
            and sense[2] in countries
            and text[max(0, r.start - 4) : r.start].casefold() == "the "
            and not _NEWS_AFTER.match(text[r.end : r.end + 20])
        ):
            r = r._replace(name=sense[0], type=sense[1], country=sense[2])
        out.append(r)
    return out


#: A day named after a body ("Air Force Day", "the NAF Day parade"): an event, not the body.
_DAY_AFTER = regex.compile(r" Day\b")
#: Types of actors a day may be named after; a country's day ("Australia Day") is left alone.
_BODY_TYPES = frozenset(("military", "organisation", "government", "company", "armed_group"))


def drop_event_days(text: str, rows: list[MentionRow]) -> list[MentionRow]:
    """Return ``rows`` without a body's name that opens the name of its day ("the NAF Day
    celebration", "Navy Day"): the event counts nothing; ``rows`` itself when none does.

    >>> row = MentionRow("actor", "Acme Air Force", "military", "", "", "AAF", "body", 1, 4, 7)
    >>> drop_event_days("the AAF Day parade", [row]), len(drop_event_days("the AAF said", [row]))
    ([], 1)
    """
    kept = [
        r
        for r in rows
        if r.kind != "actor" or r.type not in _BODY_TYPES or not _DAY_AFTER.match(text, r.end)
    ]
    return rows if len(kept) == len(rows) else kept


def drop_places(text: str, rows: list[MentionRow], lexicons: Lexicons) -> list[MentionRow]:
    """Return ``rows`` without capitals used as places (see the module docstring) and
    without a country's name that opens a province's ("Niger State", a state of another
    country: a place); ``rows`` itself when none is."""
    capitals = capital_forms(lexicons)
    seats = seat_cities()

    def named_place(row: MentionRow) -> bool:
        base = _base(row.form).casefold()
        return base in seats or (row.type == "government" and base in capitals)

    def province(row: MentionRow) -> bool:  # "Niger State": a state of another country
        return (
            row.type == "country"
            and row.form[:1].isupper()
            and bool(_STATE_AFTER.match(text, row.end))
        )

    kept = [
        r
        for r in rows
        if not (named_place(r) and is_place(text, r.start, r.end)) and not province(r)
    ]
    return rows if len(kept) == len(rows) else kept


#: A capitalised word and a Romance particle right before a capital: the capital's name ends a
#: longer place's ("Mocimboa da Praia", "Vila de Praia"), a town, not the state.
PARTICLE_PLACE_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]+ (?:da|de|do|dos|das|del|di|de la) $")
#: "ethnic" right before a people's word: the community, not the state ("ethnic Serbs").
_ETHNIC_BEFORE = regex.compile(r"\bethnic\s+$", regex.I)


def drop_ethnic_groups(text: str, rows: list[MentionRow]) -> list[MentionRow]:
    """Return ``rows`` without a country's people's word that names an ethnic community:
    after "ethnic" ("ethnic Serbs", "an ethnic Albanian candidate") or right after another
    country's own name that places the community ("Kosovo Serbs": the community of Kosovo,
    which still counts; after a demonym, "Indian American", both words are kept). The
    country's own name ("ethnic tensions in Serbia") is never dropped. ``rows`` itself when
    none is.

    >>> def row(name, form, start):
    ...     return MentionRow("actor", name, "country", "", "", form, "body", 1, start,
    ...                       start + len(form))
    >>> text = "Ethnic Serbs and Kosovo Serbs met Serbia's envoy."
    >>> rows = [row("Serbia", "Serbs", 7), row("Kosovo", "Kosovo", 17),
    ...         row("Serbia", "Serbs", 24), row("Serbia", "Serbia's", 34)]
    >>> [(r.name, r.form) for r in drop_ethnic_groups(text, rows)]
    [('Kosovo', 'Kosovo'), ('Serbia', "Serbia's")]
    """
    country_ends = {
        r.end for r in rows if r.type == "country" and _base(r.form).casefold() == r.name.casefold()
    }

    def community(row: MentionRow) -> bool:
        if row.type != "country" or _base(row.form).casefold() == row.name.casefold():
            return False
        if " " in row.form or not row.form[:1].isupper():
            return False  # "Kosovo Serbs" read whole by a lexicon, "Serbian-made": kept
        line_start = text.rfind("\n", 0, row.start) + 1
        placed = row.start - 1 in country_ends and text[row.start - 1 : row.start] == " "
        return placed or bool(_ETHNIC_BEFORE.search(text[line_start : row.start][-20:]))

    kept = [r for r in rows if not community(r)]
    return rows if len(kept) == len(rows) else kept


#: A province's word right after a name: "Niger State", the state in Nigeria.
_STATE_AFTER = regex.compile(r" State\b(?! (?:Department|Council|Duma|Security|Media))")


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
    >>> is_place("Crowds met in the capital, Oslo, at dawn.", 27, 31)
    True
    >>> is_place("They planned the Oslo divisional rally.", 17, 21)
    True
    >>> is_place("Rebels held Porto da Oslo for a week.", 21, 25)
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after = text[end : end + 60]
    if PARTICLE_PLACE_BEFORE.search(before[-40:]):
        return True  # "Mocimboa da Praia": the last word of a longer place's name
    if PLACE_BEFORE.search(before[-40:]) or PLACE_AFTER.match(after) or DESK_AFTER.match(after):
        return True
    if PLACE_NOUN_AFTER.match(after):
        return True
    line_end = text.find("\n", end)
    if (
        BYLINE_DESK_BEFORE.search(before)
        and not text[end : len(text) if line_end < 0 else line_end].strip()
    ):
        return True  # "Ana Roe, Oslo" under a headline: the reporter's desk
    if PLACE_CAPITAL_BEFORE.search(before[-60:]):
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
        forms = lexicons.cache["capital_forms"] = frozenset(capital_countries(lexicons))
    return forms


def capital_countries(lexicons: Lexicons) -> dict[str, str]:
    """Each capital (a place-name alias of a "Government of X" entry), case-folded, and
    its country."""
    seats = lexicons.cache.get("capital_countries")
    if seats is None:
        seats = {
            alias.casefold(): entry.country
            for entry in lexicons.entries
            if entry.kind == "actor"
            and entry.type == "government"
            and entry.name.startswith("Government of")
            for alias in entry.aliases
            if _proper(alias)
        }
        lexicons.cache["capital_countries"] = seats
    return seats


#: A capital as the seat right after an institution ("the Senate in Oslo") or as the owner
#: right before it ("Oslo's parliament"): the place, which tells the institution's country.
_SEAT_AFTER = regex.compile(r"\s+(?:in|at)\s+(\p{Lu}[\p{L}'’ -]{1,30}?)(?=[^\p{L}'’-]|$)")
_SEAT_BEFORE = regex.compile(r"(\p{Lu}[\p{L} -]{1,30}?)['’]s\s+(?:the\s+)?$")


def capital_country(text: str, start: int, end: int, lexicons: Lexicons) -> str:
    """The country of a capital written as an institution's seat, right after it with
    "in" or "at" ("the Senate in Oslo") or as a possessive right before it ("Oslo's
    Senate"); else "". The capital itself is a place and counts nothing.

    >>> from analysis.entities.lexicon import load_lexicons
    >>> capital_country("The Senate in Oslo voted.", 4, 10, load_lexicons())
    'NOR'
    >>> capital_country("The Senate in May voted.", 4, 10, load_lexicons())
    ''
    """
    seats = capital_countries(lexicons)
    after = _SEAT_AFTER.match(text, end)
    before = _SEAT_BEFORE.search(text[max(0, start - 40) : start])
    for seat in (after, before):
        words = seat.group(1).split() if seat else []
        for size in range(len(words), 0, -1):  # "in Kuala Lumpur on Monday": the longest name
            country = seats.get(
                " ".join(words[:size] if seat is after else words[-size:]).casefold()
            )
            if country:
                return country
    return ""


@lru_cache(maxsize=1)
def seat_cities() -> frozenset[str]:
    """Cities named in place of the body seated there (``data/seat_cities.csv``): "Brussels
    said" is the European Union, "talks in Brussels" a place."""
    with SEAT_CITIES_FILE.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["city"].casefold() for row in csv.DictReader(handle))


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
    flags = institution_flags()
    strict = institution_strict()
    main = main_country(rows)
    ends = [r.end for r in rows]  # rows are in text order and never overlap
    found: list[MentionRow] = []
    generic: list[tuple[str, str]] = []  # (country, generic name) of each row found
    drop: set[int] = set()
    own_names: dict[tuple[str, str], str] = {}  # (country, generic name) -> "Mexican Army"
    headline_names: dict[tuple[str, str], str] = {}
    named: dict[str, str] = {}  # generic name -> country it was last named with
    first_named: dict[str, str] = {}  # generic name -> country it was first named with
    guessed: list[bool] = []  # the row's country came from no word right at it
    shorts: list[bool] = []  # a short name ("the House") the lexicon knows for no such country
    for section in article.counted_sections():
        for m in pattern.finditer(text, section.start, section.end):
            start, end = m.span()
            index = bisect_left(ends, start + 1)  # the first row ending after start
            if index < len(rows) and rows[index].start < end:
                if not _other_countrys(text, rows, index, (start, end)):
                    continue  # inside a lexicon name ("Indian Air Force")
                drop.add(index)  # "the Australian DoD": that country's, not the lexicon's
                if _of_other_country(text, rows, index):
                    # "the Royal Navy of Oman": the whole name, with the country after "of"
                    start, index = rows[index].start, index + 1
            name, kind = names[m.group().casefold()]
            if kind == "none":
                continue  # a name holding a service's that is no institution: a plane
            chamber = is_chamber(m.group())  # "Senate": a name, also opening a sentence
            if f"cased:{name}" in strict and not (
                (_cased_alone(text, start, end) or chamber and _of_country(text, rows, index, end))
                and (" " in m.group() or not _opens(sentences, start) or chamber
                     or _named(m.group(), text))
            ):  # fmt: skip
                continue  # "labour costs", "Labour Day", "Ministry of Labour": no party
            if f"cased:{name}" in strict and _after_other_name(text, rows, index, start):
                continue  # "the Opera House", "Scottish Labour": part of another name
            needs_country, own_name = flags.get(name, (False, False))
            if needs_country and kind != "military" and not _stands_alone(text, start, end):
                continue  # "Police Crowd Control Vehicles", "Commissioner of Police"
            if m.group().endswith(" of") and not m.group()[0].isupper():
                continue  # "the government of a region": no state's own name
            bare = needs_country and (
                m.group().islower() or _opens(sentences, start) or f"bare:{name}" in strict
            )  # "Government of" names a government only with its country after it
            if bare and not (
                _after_country(text, rows, index, start) or _of_country(text, rows, index, end)
            ):
                continue  # "the army", "Police said": a bare description, no name
            any_case = f"own:{name}" in strict
            own, country, explicit = _country_of(
                text, rows, index, (start, end), own_name and (any_case or text[start].isupper()),
                sentences, main, named.get(name),
                state_body_country(rows, sentence_number(sentences, start)) if chamber else "",
                chamber,
            )  # fmt: skip
            if not explicit:  # "the National Assembly in Islamabad", "Lima's Congress"
                seat = capital_country(text, start, end, lexicons)
                country, explicit = (seat, True) if seat else (country, explicit)
            if explicit:
                named[name] = country
                first_named.setdefault(name, country)
            if own is not None:
                drop.add(own)
                own_start, own_end = rows[own].start, rows[own].end
                start, end = min(start, own_start), max(end, own_end)
                written = _POSSESSIVE.sub("", text[start:end])
                if name in ("Government of", "Government"):  # the lexicon's own name for it
                    written = government_name(lexicons, country) or written
                if section.kind == "headline":  # "PH Army": a body's "Philippine Army" wins
                    headline_names.setdefault((country, name), written)
                else:
                    own_names.setdefault((country, name), written)
            label = country_names(lexicons).get(country, NOT_STATED) if country else NOT_STATED
            form = text[start:end]
            full = service_name(lexicons, country, name, kind) or own_names.get((country, name))
            known = f"known:{m.group().casefold()}" in strict
            short = known and not service_name(lexicons, country, name, kind)
            # "the House": a chamber only of a country the lexicon knows it of, or whose
            # chamber the article names in full ("the House of Representatives")
            found.append(row_at(sentences, section.kind, kind="actor",
                                name=written if own is not None else full
                                or institution_name(lexicons, name, label),
                                type=kind, weapon_class="", country=country, form=form,
                                start=start, end=end, in_lexicon=False,
                                evidence="generic institution"))  # fmt: skip
            generic.append((country, name))
            guessed.append(not explicit and own is None)
            shorts.append(short)
    in_full = {key for key, short in zip(generic, shorts, strict=True) if not short}
    keep = [not short or key in in_full for key, short in zip(generic, shorts, strict=True)]
    found = [r for r, k in zip(found, keep, strict=True) if k]
    generic = [g for g, k in zip(generic, keep, strict=True) if k]
    guessed = [g for g, k in zip(guessed, keep, strict=True) if k]
    if not found:
        return rows
    # a headline's bare service is the one the body names ("PHL Navy's frigate" ... "the
    # Philippine Navy's frigate")
    for i, (row, (country, name)) in enumerate(zip(found, generic, strict=True)):
        body_country = first_named.get(name)
        if row.section == "headline" and guessed[i] and body_country and body_country != country:
            label = country_names(lexicons).get(body_country, NOT_STATED)
            found[i] = row._replace(
                country=body_country,
                name=service_name(lexicons, body_country, name, row.type)
                or institution_name(lexicons, name, label),
            )
            generic[i] = (body_country, name)
    # one name per country's institution: the article's own ("Sri Lanka Army") wherever
    # it is written, also before it ("Sri Lanka's Army ... the Sri Lanka Army")
    for (country, name), written in headline_names.items():
        own_names.setdefault((country, name), written)
    found = [
        r._replace(name=service_name(lexicons, *key, r.type) or own_names[key])
        if key in own_names
        else r
        for r, key in zip(found, generic, strict=True)
    ]
    found += _acronyms(text, article, sentences, found, rows)
    kept = [r for i, r in enumerate(rows) if i not in drop]
    return sorted(kept + found, key=lambda r: r.start)


def institution_name(lexicons: Lexicons, generic: str, label: str) -> str:
    """The name of a country's generic institution: "Ministry of Defence (India)"; a generic
    name ending in "of" takes the country after it, with "the" where the lexicon writes
    its government so ("Embassy of the United States", "Embassy of Israel").

    >>> from analysis.entities.lexicon import load_lexicons
    >>> lex = load_lexicons()
    >>> institution_name(lex, "Embassy of", "Israel"), institution_name(lex, "Army", "Chile")
    ('Embassy of Israel', 'Army (Chile)')
    >>> institution_name(lex, "Embassy of", "United States")
    'Embassy of the United States'
    """
    if not generic.endswith(" of"):
        return f"{generic} ({label})"
    if label == NOT_STATED:
        return f"{generic[: -len(' of')]} ({label})"
    governments = lexicons.cache.get("government_names")
    if governments is None:
        governments = frozenset(e.name for e in lexicons.actors if e.type == "government")
        lexicons.cache["government_names"] = governments
    the = f"Government of the {label}" in governments or label.startswith("United ")
    return f"{generic} {'the ' if the else ''}{label}"


def government_name(lexicons: Lexicons, country: str) -> str:
    """The lexicon's "Government of ..." entry of a country, or "".

    >>> from analysis.entities.lexicon import load_lexicons
    >>> government_name(load_lexicons(), "CHL")
    'Government of Chile'
    """
    names = [n for n in service_names(lexicons).get((country, "government"), ())
             if n.startswith("Government of")]  # fmt: skip
    return names[0] if len(names) == 1 else ""


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True when an institution's phrase is no part of a longer name or a title: not
    followed by another capitalised word ("Police Crowd Control Vehicles") and not the
    object of a capitalised title ("Commissioner of Police").

    >>> _stands_alone("the Police said", 4, 10)
    True
    >>> _stands_alone("Police Crowd Control Vehicles", 0, 6)
    False
    >>> _stands_alone("the Commissioner of Police said", 20, 26)
    False
    """
    if text[end - 3 : end] != " of" and regex.match(r"[ ](?:\p{Lu}|\d)", text[end : end + 2]):
        return False
    return not regex.search(r"\p{Lu}\w+ of (?:the )?$", text[max(0, start - 40) : start])


#: A presiding or party office right after a chamber's name ("Senate President", "House
#: Minority Leader", "Assembly Speaker"): the title holds the chamber's name.
_CHAMBER_TITLE_AFTER = regex.compile(
    r"[ ](?:(?:Deputy|Vice|Minority|Majority|Assistant|Deputy Minority|Deputy Majority)[ -])?"
    r"(?:President|Speaker|Leader|Whip|Clerk|Majority Leader|Minority Leader)\b"
)


def _cased_alone(text: str, start: int, end: int) -> bool:
    """True when a phrase is written with capitals and stands alone as a name (a party's
    "Labour", "the Greens"), not in lower case and no part of a longer name.

    >>> _cased_alone("Labour won", 0, 6), _cased_alone("labour costs", 0, 6)
    (True, False)
    >>> _cased_alone("on Labour Day", 3, 9), _cased_alone("the Ministry of Labour", 16, 22)
    (False, False)
    >>> _cased_alone("support for the Greens fell", 16, 22)
    True
    >>> _cased_alone("the Supreme Court of Appeal", 4, 17)
    False
    >>> _cased_alone("Senate Minority Leader A B", 0, 6)
    True
    >>> _cased_alone("two Members of Parliament", 15, 25)
    True
    """
    words = [w for w in text[start:end].split() if w not in ("of", "the")]  # "House of ..."
    if not all(w[:1].isupper() for w in words):
        return False
    if _CHAMBER_TITLE_AFTER.match(text, end):
        return True  # "Senate President A B": a title holding the chamber's name counts for it
    if _MEMBER_OF_BEFORE.search(text[max(0, start - 40) : start]) and not regex.match(
        r"[ ](?:of|for|on) ", text[end : end + 5]
    ):  # "Member of Parliament A B", "Speaker of the Senate": a title holding its name
        return True
    if regex.match(r"[ ](?:of (?:the )?)?\p{Lu}", text[end : end + 10]):
        return False  # "Labour Day", "the Supreme Court of Appeal": a longer name
    return not regex.search(r"\p{Lu}\w+ (?:of|for) (?:the )?$", text[max(0, start - 40) : start])


#: A chamber's member or officer "of" it, which holds the chamber's name ("two Members of
#: Parliament", "the Speaker of the National Assembly").
_MEMBER_OF_BEFORE = regex.compile(
    r"\b(?:Members?|Speaker|Deputy Speaker|President|Vice-President|Clerk) of (?:the )?$"
)


def _after_other_name(text: str, rows: list[MentionRow], index: int, start: int) -> bool:
    """True when a capitalised word other than a country's right before ``start`` makes
    the phrase part of another name ("the Opera House"); "Germany's Greens", "the US House"
    are the country's (``rows[index - 1]`` is the mention before)."""
    before = regex.search(r"(\p{Lu}[\w'’.-]*)[ ]$", text[max(0, start - 40) : start])
    if not before or before.group(1).casefold() in load_stopwords():
        return False  # "The House voted": a sentence's capital
    if index > 0 and start - rows[index - 1].end <= 3:
        return rows[index - 1].type not in ("country", "government")
    return True


def _named(word: str, text: str) -> bool:
    """True when ``text`` writes ``word`` capitalised inside a sentence (after a lower-case
    word or a comma) and never in lower case: a name, so its use opening a sentence is too.

    >>> _named("Labour", "Labour lost. Voters left Labour.")
    True
    >>> _named("Labour", "Labour costs rose. The labour market is tight.")
    False
    """
    lower = word.casefold()
    if regex.search(rf"(?<![\w-]){regex.escape(lower)}(?![\w-])", text):
        return False
    return bool(regex.search(rf"(?:\p{{Ll}}|,) +{regex.escape(word)}(?![\w-])", text))


def _of_country(text: str, rows: list[MentionRow], index: int, end: int) -> bool:
    """True when a country follows an institution's phrase ending at ``end`` after "of"
    ("Embassy of Chile", "Government of Chile"; ``rows[index]`` is the first row after it).
    """
    if index >= len(rows):
        return False
    after = rows[index]
    if after.kind != "actor" or after.type != "country" or not after.country:
        return False
    gap = text[end : after.start]
    if text[end - 3 : end] == " of":  # the phrase holds its "of" ("Government of")
        return gap in (" ", " the ")
    return gap in (" of ", " of the ")


def _opens(sentences: Sequence[Sentence], start: int) -> bool:
    """True when ``start`` opens its sentence (a quote mark before it allowed): its capital
    is the sentence's, not a name's."""
    sentence = sentence_at(sentences, start)
    if sentence is None:
        return False
    return not sentence.text[: start - sentence.start].strip(" \"'“‘(")


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
    if kind == "organisation":  # a party: "Greens" of Germany -> "Alliance 90/The Greens"
        inside = regex.compile(rf"(?<!\w){regex.escape(generic)}(?!\w)")
        names = [n for n in service_names(lexicons).get((country, kind), ()) if inside.search(n)]
    else:
        names = [
            n for n in service_names(lexicons).get((country, kind), ()) if n.endswith(" " + generic)
        ]
    return names[0] if len(names) == 1 else ""


def service_names(lexicons: Lexicons) -> dict[tuple[str, str], list[str]]:
    """``{(country, actor type): names}`` of the lexicon's actors, worked out once per lexicon."""
    by_country = lexicons.cache.get("service_names")
    if by_country is None:
        by_country = {}
        for e in lexicons.actors:
            by_country.setdefault((e.country, e.type), []).append(e.name)
        lexicons.cache["service_names"] = by_country
    return by_country


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


def _other_countrys(text: str, rows: list[MentionRow], index: int, span: tuple[int, int]) -> bool:
    """True when the lexicon institution ``rows[index]``, written exactly as a generic one at
    ``span``, follows another country's name or demonym: "the Australian DoD" is Australia's
    defence ministry, though "DoD" alone is the lexicon's American one.

    >>> au = MentionRow("actor", "Australia", "country", "", "AUS", "Australian", "body", 1, 0, 10)
    >>> dod = MentionRow("actor", "Pentagon", "government", "", "USA", "DoD", "body", 1, 11, 14)
    >>> _other_countrys("Australian DoD", [au, dod], 1, (11, 14))
    True
    >>> _other_countrys("American DoD", [au._replace(country="USA"), dod], 1, (9, 12))
    False
    """
    row = rows[index]
    if row.end != span[1] or row.kind != "actor":
        return False
    if (row.start, row.end) == span and row.type == "government" and (
            _after_country(text, rows, index, span[0])):  # fmt: skip
        return rows[index - 1].country not in ("", row.country)
    return _of_other_country(text, rows, index)


def _of_other_country(text: str, rows: list[MentionRow], index: int) -> bool:
    """True when the lexicon's service or ministry ``rows[index]`` is followed by "of" and
    another country: "the Royal Navy of Oman" is Oman's navy, not Britain's Royal Navy.

    >>> navy = MentionRow("actor", "Royal Navy", "military", "", "GBR", "Royal Navy", "body",
    ...                   1, 4, 14)
    >>> om = MentionRow("actor", "Oman", "country", "", "OMN", "Oman", "body", 1, 18, 22)
    >>> _of_other_country("the Royal Navy of Oman", [navy, om], 0)
    True
    >>> _of_other_country("the Royal Navy of Britain", [navy, om._replace(country="GBR")], 0)
    False
    """
    row = rows[index]
    return (
        row.type in ("government", "military")
        and _of_country(text, rows, index + 1, row.end)
        and rows[index + 1].country != row.country
    )


def _country_of(
    text: str,
    rows: list[MentionRow],
    index: int,
    span: tuple[int, int],
    own_name: bool,
    sentences: Sequence[Sentence],
    main: str,
    named: str | None = None,
    body: str = "",
    home: bool = False,
) -> tuple[int | None, str, bool]:
    """``(own, country, explicit)`` of a generic institution at ``span`` (``rows[index]``
    is the first row after it), the nearest the text gives first:

    1. a country or demonym right before it ("Chile's navy"), or "of" a country right
       after it ("the Embassy of Chile", "the Government of Chile") (``explicit``);
    2. the country the same institution was last named with ("the Chilean Navy ... the
       Navy's ships"): ``named``;
    3. ``body``, for a chamber: the country of the named state body its sentence holds
       ("The Pentagon asked Congress ...", see ``chambers``);
    4. the country its sentence names; of several, the article's main country, else the
       nearest before it;
    5. the one country the sentence before names;
    6. ``main``, the article's main country.

    With ``home`` (a chamber), steps 4 and 5 skip a country written as the other party
    ("Congress approved aid to Israel"). ``own`` is the index of a country row the name
    takes in: an institution with ``own_name`` right after it ("Australian Army", "Sri
    Lanka Police"), or the country after "of" ("Government of Chile"); else None."""
    start, end = span
    if index > 0:
        last = rows[index - 1]
        gap = text[last.end : start]
        if last.kind == "actor" and last.type in ("country", "government") and last.country:
            if gap == " " and own_name:
                return index - 1, last.country, True
            if gap.strip() in ("", "'s", "’s", "s") and len(gap) <= 3:
                return None, last.country, True
    if _of_country(text, rows, index, end):
        return index, rows[index].country, True
    if named:
        return None, named, False
    if body:
        return None, body, False
    sentence = sentence_at(sentences, start)
    if sentence is not None:
        before = [
            r.country
            for r in rows
            if r.sentence == sentence.number
            and r.type == "country"
            and not (home and is_goal(text, r))
            and r.country
        ]
        if len(set(before)) == 1:
            return None, before[0], False
        if main and main in before:  # "Chile bought jets from Peru, the ministry said"
            return None, main, False
        nearest = [r.country for r in rows[:index] if r.sentence == sentence.number
                   and r.type == "country" and r.country
                   and not (home and is_goal(text, r))]  # fmt: skip
        if before and nearest:
            return None, nearest[-1], False
        prior = sentence_before(text, sentences, sentence)
        if not before and prior is not None:  # in the same paragraph: no caption's place
            previous = {r.country for r in rows if r.sentence == prior.number
                        and r.type == "country" and r.country
                        and not (home and is_goal(text, r))}  # fmt: skip
            if len(previous) == 1:
                return None, previous.pop(), False
    return None, main, False


def sentence_number(sentences: Sequence[Sentence], start: int) -> int:
    """The number of the sentence holding ``start``, or 0."""
    sentence = sentence_at(sentences, start)
    return sentence.number if sentence else 0


def sentence_before(
    text: str, sentences: Sequence[Sentence], sentence: Sentence
) -> Sentence | None:
    """The body sentence right before ``sentence`` in the same paragraph, or None.

    >>> from analysis.text import article_from_text, split_sentences
    >>> article = article_from_text("Head\\n\\nOne here. Two here.\\n\\nThree here.\\n")
    >>> one, two, three = split_sentences(article)[1:]
    >>> sentence_before(article.text, split_sentences(article), two).text
    'One here.'
    >>> sentence_before(article.text, split_sentences(article), three) is None
    True
    """
    index = sentence.number - 2  # numbers are 1-based and in order
    if sentence.section != "body" or not 0 <= index < len(sentences):
        return None
    prior = sentences[index]
    if prior.number != sentence.number - 1 or prior.section != "body":
        return None
    return prior if "\n" not in text[prior.end : sentence.start] else None


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
