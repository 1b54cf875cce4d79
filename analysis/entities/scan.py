"""Matching: find lexicon names in text, fast, with character offsets.

The lexicon is compiled once into one trie-shaped regular expression
(``analysis.entities.matcher``), so the text is scanned once whatever the size of the
lexicon; this module scans and settles what the scan finds. The rules:

- **Case-aware.** An alias written in capitals ("US", "NATO") matches only in
  capitals, so "us" is never the United States; a capitalised alias
  ("Poland", "White House") matches as written; a lower-case alias ("cruise
  missile") matches in lower, Sentence or Title case. A line written all in
  capitals (a shouting headline) is matched as Title Case, so "POLAND" and
  "CRUISE MISSILES" count there; designations also match in capitals
  ("MIG-29").
- **Punctuation-tolerant.** "U.S." and "US" are one alias ("U.N. Security
  Council" too); curly and straight apostrophes, any kind of dash, and runs
  of space are the same; a space or dash between letters and digits is
  optional ("Kh-101", "Kh 101", "Kh101").
- **Word-bounded, but possessives and compounds match**: "Kyiv's",
  "Israeli-made", "pro-Russian". Plurals match ("drones", "Ukrainians").
- **The longest name wins**, and mentions never overlap: "Korea Aerospace
  Industries" is the company, not Korea; "Israeli Air Force" is the
  military, not the demonym.
- **A weapon system and its class are one mention**: in "Kh-101 cruise
  missiles" or "Patriot missile" the class describes the named system before
  it, and "the air defence system IRIS-T" names IRIS-T (a class before a
  system of its own category); the class is not counted again.
- **Border phrases** (``BORDER_WORDS``): in "the Israel–Lebanon border" the
  two names joined by a dash qualify a border, a place; neither is counted
  as an actor.
- **Not mentions** (``data/not_mentions.txt``): a phrase that holds a name but
  is not a mention of it ("think tank", "Indian Ocean", "Russian roulette") is
  matched like a name, longest first, also in Sentence and Title case, and
  counts for nothing. An alias of the same spelling wins over the phrase; a
  generated plural does not ("Americas" is no plural of "America").
- **People.** The surname is taken from a titled alias ("President Xi" ->
  "Xi") or else the last word of the name, with its particles ("von der
  Leyen", "al-Assad" and "Assad"). A title from ``data/titles.txt`` or
  Mr./Mrs./Ms./Dr. before the surname links to the person anywhere; a bare
  surname links only after the person's full name or a titled form appeared
  earlier in the same text. When two people share a surname, the one named
  most recently wins.
"""

from __future__ import annotations

import gc
import re
from itertools import islice
from operator import itemgetter, sub
from typing import NamedTuple

from analysis.entities.lexicon import Lexicons, normalise_key
from analysis.entities.matcher import (
    BEFORE_NAME,
    BORDER_WORDS,
    DASHES,
    NOT_MENTION,
    CompiledMatcher,
    NotMention,
    PersonTarget,
    Surname,
    Target,
    compile_matcher,
)
from analysis.text.patterns import alternation

_SPACES = " \t\xa0"
_BEFORE = re.compile(BEFORE_NAME)
_BORDER_FORMS = tuple(v for w in BORDER_WORDS for v in (w, w.title(), w.upper()))
_BORDER_WORD = re.compile(alternation(_BORDER_FORMS))


class Match(NamedTuple):
    """One lexicon name found in a text, with ``(start, end)`` offsets."""

    name: str
    kind: str  # "actor" or "weapon"
    type: str  # actor type or weapon category
    weapon_class: str
    country: str  # actor country or weapon origin (ISO3)
    form: str  # the text as written
    start: int
    end: int


# The offsets of a Match by position: quicker than by name in bulk.
_START_AT = itemgetter(Match._fields.index("start"))
_END_AT = itemgetter(Match._fields.index("end"))


def match_text(text: str, lexicons: Lexicons, people: tuple[str, ...] = ()) -> list[Match]:
    """Return the lexicon names in ``text``, in order, without overlaps.

    ``people`` lists canonical names of persons already introduced (so a bare
    surname may link to them), e.g. when matching one sentence of an article.
    Offsets are offsets into ``text``.
    """
    matcher = compile_matcher(lexicons)
    seen = dict.fromkeys(people, -1)
    return scan_text(text, matcher, 0, len(text), seen)


def scan_text(
    text: str, matcher: CompiledMatcher, pos: int, endpos: int, seen: dict[str, int]
) -> list[Match]:
    """Return the matches in ``text[pos:endpos]``; ``seen`` tracks people named.

    ``seen`` maps a person's canonical name to where they were last named
    and is updated, so consecutive calls (one per section) share it. The
    garbage collector is paused while the loop runs: it builds many small
    tuples that hold no cycles, and collecting them would double the time.
    """
    found: list[Match] = []
    append = found.append
    exact_get = matcher.exact.get
    make = tuple.__new__
    start_at = pos
    if pos > 0 and _BEFORE.match(text, pos - 1):
        start_at = pos - 1  # the scan consumes the separator before a name
    elif pos == 0 or not _is_word(text[pos - 1]):
        first, start_at = match_head(text, matcher, pos, endpos, seen)
        if first is not None:
            append(first)
    collecting = gc.isenabled()
    gc.disable()
    try:
        for m in matcher.pattern.finditer(text, start_at, endpos):
            form = m[1]
            target = exact_get(form)
            kind = target.__class__
            if kind is tuple:
                append(make(Match, target + (form, m.start(1), m.end(1))))
            elif kind is PersonTarget:
                start = m.start(1)
                append(make(Match, target + (form, start, m.end(1))))
                seen[target[0]] = start
            elif kind is Surname:
                last_end = found[-1].end if found else pos
                person = link_surname(text, matcher, target, m.start(1), last_end, seen)
                if person is not None:
                    target, start = person
                    end = m.end(1)
                    append(make(Match, target + (text[start:end], start, end)))
            elif kind is NotMention:
                pass  # read as one name that counts for nothing
            else:
                last_end = found[-1].end if found else pos
                match = match_other(text, matcher, form, m.start(1), m.end(1), last_end, seen)
                if match is not None:
                    append(match)
    finally:
        if collecting:
            gc.enable()
    found = scan_caps_lines(text, matcher, found, pos, endpos, seen)
    found = drop_currency_prefixes(text, found)
    return join_neighbours(text, found, matcher, pos, endpos)


def drop_currency_prefixes(text: str, found: list[Match]) -> list[Match]:
    """``found`` without countries written as a currency's prefix ("US$5 million",
    "HK$ 3"): a currency name counts nothing.

    >>> m = Match("United States", "actor", "country", "", "USA", "US", 4, 6)
    >>> drop_currency_prefixes("Pay US$5 now", [m]), len(drop_currency_prefixes("US troops", [m]))
    ([], 1)
    """
    if "$" not in text:
        return found
    return [m for m in found if m.type != "country" or text[m.end : m.end + 1] != "$"]


def match_at_start(
    text: str, matcher: CompiledMatcher, pos: int, endpos: int, seen: dict[str, int]
) -> Match | None:
    """Return the name at ``pos`` itself (nothing before it to scan over)."""
    return match_head(text, matcher, pos, endpos, seen)[0]


def match_head(
    text: str, matcher: CompiledMatcher, pos: int, endpos: int, seen: dict[str, int]
) -> tuple[Match | None, int]:
    """Return the name at ``pos`` and where the scan goes on from.

    The scan goes on after a name, or after a not-mention phrase (nothing in
    it counts); otherwise from ``pos``.
    """
    limit = min(endpos, pos + 400)
    head = matcher.pattern.match(" " + text[pos:limit])
    if head is None or (limit < endpos and head.end() > limit - pos):
        return None, pos
    start, end = pos + head.start(1) - 1, pos + head.end(1) - 1
    if lookup_form(matcher, head.group(1)) is NOT_MENTION:
        return None, end
    match = match_other(text, matcher, head.group(1), start, end, pos, seen)
    return match, (pos if match is None else match.end)


def lookup_form(matcher: CompiledMatcher, form: str) -> object:
    """Return what a form found by the scan points to (``None`` if nothing)."""
    return matcher.exact.get(form) or matcher.by_key.get(normalise_key(form))


def match_other(
    text: str,
    matcher: CompiledMatcher,
    form: str,
    start: int,
    end: int,
    last_end: int,
    seen: dict[str, int],
) -> Match | None:
    """The slow path of ``scan_text``: a person, a surname, or a form written
    differently from every variant (looked up by its key)."""
    target = lookup_form(matcher, form)
    if target is None or target is NOT_MENTION or "\n\n" in form:
        return None
    if target.__class__ is not Surname:
        if target[2] == "person":
            seen[target[0]] = start
        return Match(*target, text[start:end], start, end)
    person = link_surname(text, matcher, target, start, last_end, seen)
    if person is None:
        return None
    target, start = person
    return Match(*target, text[start:end], start, end)


#: A paragraph's opening words in capitals before lower-case text, one of them of four
#: letters or more ("BRITAIN'S top index rose", "WASHINGTON - The"), not an acronym ("US troops").
_CAPS_LEAD = re.compile(
    r"(?m)^((?=[A-Z’'.-]*[A-Z]{4})[A-Z][A-Z’'.-]*(?: [A-Z][A-Z’'.-]*){0,4})(?= [a-z])"
)


def scan_caps_lines(
    text: str,
    matcher: CompiledMatcher,
    found: list[Match],
    pos: int,
    endpos: int,
    seen: dict[str, int],
) -> list[Match]:
    """Match lines written in capitals ("CHAD MAY ARM SUDAN"), and the words in capitals
    opening a paragraph ("BRITAIN'S top index rose"), as Title Case.

    Names are matched in the title-cased copy of the line (same length, so
    offsets hold) and merged with what the scan found as written (acronyms);
    the longest name wins, and a not-mention phrase ("THINK TANK") hides the
    names inside it.
    """
    lines = text[pos:endpos].split("\n")
    if not any(map(str.isupper, lines)) and not _CAPS_LEAD.search(text, pos, endpos):
        return found
    offset = pos
    for line in lines:
        start, offset = offset, offset + len(line) + 1
        if len(line) >= 4 and not line.isupper():
            lead = _CAPS_LEAD.match(line)  # "BRITAIN'S top index rose": a lead-in in capitals
            line = lead.group(1) if lead else ""
        if len(line) < 4 or not line.isupper():
            continue
        titled = line.title()
        if len(titled) != len(line):
            continue
        extra = []
        for m in matcher.pattern.finditer(" " + titled):
            a, b = start + m.start(1) - 1, start + m.end(1) - 1
            if lookup_form(matcher, m.group(1)) is NOT_MENTION:
                extra.append(Match("", "", "", "", "", text[a:b], a, b))  # a blank: dropped below
                continue
            last = extra[-1].end if extra else start
            match = match_other(text, matcher, m.group(1), a, b, last, seen)
            if match is not None:
                extra.append(match)
        if extra:
            found = merge_longest(found, extra, start, start + len(line))
            found = [m for m in found if m.kind]
    return found


def merge_longest(found: list[Match], extra: list[Match], start: int, end: int) -> list[Match]:
    """Merge ``extra`` into the matches of ``found`` within ``[start, end)``:
    longest first, no overlaps, in text order."""
    inside = [m for m in found if start <= m.start < end]
    chosen: list[Match] = []
    for m in sorted(inside + extra, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    outside = [m for m in found if not start <= m.start < end]
    return sorted(outside + chosen, key=_START_AT)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def link_surname(
    text: str,
    matcher: CompiledMatcher,
    surname: Surname,
    start: int,
    last_end: int,
    seen: dict[str, int],
) -> tuple[Target, int] | None:
    """Return the person a surname at ``start`` names and where the mention starts.

    A title right before the surname links it and is included in the mention;
    a bare surname needs the person named earlier.
    """
    people = surname.people
    if len(people) == 1:
        known = people if people[0][0] in seen else ()
    else:
        known = [p for p in people if p[0] in seen]
        if not known:
            return None  # nobody named yet, and a title would not say who
    title = title_before(
        text,
        start,
        last_end,
        matcher.titles,
        matcher.title_words,
        matcher.title_suffixes,
        matcher.lone_titles,
    )
    if len(known) == 1:
        person = known[0]
    elif known:
        person = max(known, key=lambda p: seen[p[0]])
    elif title >= 0:
        person = people[0]
    else:
        return None
    if title >= 0:
        start = title
    seen[person[0]] = start
    return person, start


def title_before(
    text: str,
    start: int,
    floor: int,
    titles: frozenset,
    most: int,
    suffixes: frozenset = frozenset(),
    lone: frozenset = frozenset(),
) -> int:
    """Return where a title ending right before ``start`` begins, or -1.

    The title and the name are separated by spaces on one line; the longest
    title wins ("Defense Minister" over "Minister"). ``suffixes``, the last
    words of every title ("minister", "defense minister"), stop the search
    as soon as the words before the name end no title. ``lone``, one-word
    titles that end no longer one ("mr"), are taken without searching on.

    >>> text = "said Foreign Minister Lavrov"
    >>> text[title_before(text, 22, 0, frozenset({"minister", "foreign minister"}), 2):]
    'Foreign Minister Lavrov'
    >>> title_before("the Lavrov", 4, 0, frozenset({"minister"}), 1, frozenset({"minister"}))
    -1
    """
    low = max(floor, start - 60, 0)
    if start <= low or text[start - 1] not in _SPACES:
        return -1
    if suffixes:  # most names follow a word that ends no title ("said Okafor")
        before = text[low:start]
        last = before.rsplit(None, 1)
        if not last:
            return -1
        word = last[-1].rstrip(".").casefold()
        if word not in suffixes:
            return -1
        kept = before.rstrip()
        if word in lone and "\n" not in before[len(kept) :]:
            begin = low + len(kept) - len(last[-1])
            return begin if begin <= 0 or not _is_word(text[begin - 1]) else -1
    end = start
    while end > low and text[end - 1] in _SPACES:
        end -= 1
    if end in (start, low):
        return -1
    best, cut = -1, end
    for _ in range(most):
        space = max(text.rfind(" ", low, cut), text.rfind("\n", low, cut))
        begin = space + 1 if space >= 0 else low
        words = " ".join(text[begin:end].split()).rstrip(".").casefold()
        if words in titles:
            best = begin
        elif suffixes and words and words not in suffixes:
            break  # a longer run of words ends with these, so it is no title either
        cut = begin - 1
        while cut > low and text[cut - 1] in _SPACES:
            cut -= 1
        if cut <= low or text[cut] == "\n":
            break
    return best if best <= 0 or not _is_word(text[best - 1]) else -1


def join_neighbours(
    text: str, found: list[Match], matcher: CompiledMatcher, pos: int = 0, endpos: int = -1
) -> list[Match]:
    """Settle names one character apart: border phrases, and a weapon system
    with its class.

    - Actor pairs joined by a dash before "border" are left out ("the
      Israel–Lebanon border"): a border word (as written in ``BORDER_WORDS``,
      in lower, Title or upper case) follows the pair before the next name ends.
    - A named weapon system and the generic class right after it are one
      mention of the system ("Kh-101 cruise missiles", "Patriot missile"), and
      so is a generic class right before a system of its category ("the air
      defence system IRIS-T"): the class describes the system, it is no
      second weapon. Ammunition after a platform ("F-16 ammunition") is the
      platform's ammunition: two weapons.
    """
    endpos = len(text) if endpos < 0 else endpos
    if len(found) < 2:
        return found
    gaps = list(map(sub, map(_START_AT, islice(found, 1, None)), map(_END_AT, found)))
    pairs = gaps.count(1)
    if not pairs:
        return found  # no two names one character apart
    drop: set[int] = set()
    joined: dict[int, Match] = {}
    index = 0
    for _ in range(pairs):
        index = gaps.index(1, index) + 1  # found[index - 1] and found[index]
        a, b = found[index - 1], found[index]
        between = text[a.end]
        if a.kind == b.kind == "weapon" and between in _SPACES and index - 1 not in drop:
            # a class after a system and its first class word: "Type 45 air-defence destroyers"
            system = _system_with_class(joined.get(index - 1, a), b)
            if system is not None:
                a = joined.get(index - 1, a)
                joined[index] = system._replace(
                    form=text[a.start : b.end], start=a.start, end=b.end
                )
                drop.add(index - 1)
        elif (
            between in DASHES
            and a.kind == b.kind == "actor"
            and matcher.border_after.match(text, b.end)
        ):
            limit = found[index + 1].end if index + 1 < len(found) else endpos
            word = _BORDER_WORD.search(text, b.end, endpos)
            if word is not None and word.start() < limit:
                drop.update((index - 1, index))
    if not drop:
        return found
    kept = list(found)
    for index, match in joined.items():
        kept[index] = match
    for index in sorted(drop, reverse=True):
        del kept[index]
    return kept


def _is_class(weapon: Match) -> bool:
    """A generic class ("cruise missile", "FPV drone"), not a named system
    (see data/README.md: classes are named in lower case)."""
    return weapon.name.islower() or weapon.name == weapon.weapon_class


#: Categories of platforms: a munitions class after one of them is the platform's
#: ammunition, not its class noun.
_PLATFORMS = frozenset({"aircraft", "uav", "ships", "armoured_vehicles"})


def _system_with_class(a: Match, b: Match) -> Match | None:
    """The named system of two weapons side by side, when the other is its class."""
    a_generic, b_generic = _is_class(a), _is_class(b)
    if b_generic and not a_generic:
        if b.type == "munitions" and a.type in _PLATFORMS:
            return None  # "F-16 ammunition": the aircraft's ammunition, two weapons
        return a  # "Kh-101 cruise missiles", "Patriot missiles"
    if a_generic and not b_generic and a.type == b.type:
        return b  # "the air defence system IRIS-T"
    return None
