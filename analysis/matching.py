"""Matching: find lexicon names in text, fast, with character offsets.

Every alias is expanded into the surface forms it may take (``variants``)
and all of them are compiled into one trie-shaped regular expression, so the
text is scanned once whatever the size of the lexicon. The rules:

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
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter, itemgetter, sub
from typing import NamedTuple

from analysis import disk_cache
from analysis import lexicon as lexicon_module
from analysis.lexicon import LexiconEntry, Lexicons, normalise_key

#: Words after "X–Y" that make it a border phrase (plurals match too).
BORDER_WORDS = ("border", "frontier", "boundary")
#: Always titles, whatever ``data/titles.txt`` says.
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")
# Lower-case words that belong to a surname: "von der Leyen", "bin Salman".
SURNAME_PARTICLES = frozenset(
    ("al", "el", "bin", "ibn", "bint", "abu", "da", "de", "del", "della", "der", "di")
    + ("do", "dos", "du", "la", "le", "van", "von", "ter", "ten")
)
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

DASHES = "-‐‑‒–—"
_SPACES = " \t\xa0"
APOSTROPHES = "'’ʼ‘"
#: Every character ``str.isspace`` accepts (what ``\s`` matches), spelled out:
#: a class of plain characters is one table look-up per character in the
#: regex engine, where ``\s`` is a call.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# What may stand right before a name: space, dashes, quotes, brackets, punctuation.
BEFORE_NAME = "[" + DASHES + WHITESPACE + APOSTROPHES + r"\"“”«»‹›(\[{/\\|,.;:!?*•·…&+=<>#@~]"
_BEFORE = re.compile(BEFORE_NAME)
_BORDER_FORMS = tuple(v for w in BORDER_WORDS for v in (w, w.title(), w.upper()))
_BORDER_WORD = re.compile("|".join(map(re.escape, _BORDER_FORMS)))
_START, _END = attrgetter("start"), attrgetter("end")
#: A trie node with this many children or more is split by the case of their first letter.
GROUP_CHILDREN = 12
# Letters in the order English words most often start with them, small and capital.
_LETTER_RANK = {
    c: i for i, c in enumerate("tasoiwcbphfmdrelnguvyjkqxz" + "TSAIMCBPHWRDLNFGEJKOUVYQZX")
}
# Pattern units that stand for a class of characters in an alias.
UNIT_PATTERNS = {
    "SPACE": r"\s+",  # a form spanning a blank line is dropped later
    "DASH": "[" + DASHES + "]",
    "APOS": "[" + APOSTROPHES + "]",
    "OPTSEP": "[" + DASHES + r"\s]?",
}


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


# What a surface form points to: an entry's fields, or the people with that surname.
Target = tuple[str, str, str, str, str]


class PersonTarget(tuple):
    """The fields of a person's entry (a tuple the scanning loop tells apart)."""

    __slots__ = ()


class NotMention:
    """What a not-mention phrase points to: no entry at all."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_MENTION"


NOT_MENTION = NotMention()


@dataclass(frozen=True)
class Surname:
    """The people a bare surname may refer to."""

    people: tuple[Target, ...]


@dataclass(frozen=True)
class CompiledMatcher:
    """A lexicon compiled for scanning (see ``compile_matcher``)."""

    pattern: re.Pattern  # a name after a separator
    exact: dict  # surface variant -> Target | Surname
    by_key: dict  # normalise_key(variant) -> Target | Surname
    titles: frozenset  # titles, case-folded, without a final period
    title_words: int  # the most words a title has
    border_after: re.Pattern  # space and a border word, right after a name
    title_suffixes: frozenset = frozenset()  # the last words of every title
    lone_titles: frozenset = frozenset()  # one-word titles that end no longer title ("mr")
    program: tuple | None = None  # ``pattern`` compiled, for the disk cache


def match_text(text: str, lexicons: Lexicons, people: tuple[str, ...] = ()) -> list[Match]:
    """Return the lexicon names in ``text``, in order, without overlaps.

    ``people`` lists canonical names of persons already introduced (so a bare
    surname may link to them), e.g. when matching one sentence of an article.
    Offsets are offsets into ``text``.
    """
    matcher = compile_matcher(lexicons)
    seen = dict.fromkeys(people, -1)
    return scan_text(text, matcher, 0, len(text), seen)


def compile_matcher(lexicons: Lexicons) -> CompiledMatcher:
    """Return the matcher of ``lexicons``, compiled once and cached on them.

    The compiled matcher is also kept in the disk cache (``disk_cache``), so
    another process with the same lexicons reads it back instead of
    compiling it again (about a second for the default lexicons).
    """
    matcher = lexicons.cache.get("matcher")
    if matcher is None:
        key = matcher_key(lexicons)
        matcher = matcher_from_plain(disk_cache.load("matcher", key))
        if matcher is None:
            matcher = build_matcher(lexicons.entries, lexicons.titles, lexicons.not_mentions)
            if matcher.program is not None:
                disk_cache.save("matcher", key, matcher_to_plain(matcher))
        lexicons.cache["matcher"] = matcher
    return matcher


def matcher_key(lexicons: Lexicons) -> str:
    """Return the disk-cache key of the matcher of ``lexicons``: what the entries
    say (not where they were read from), and the code that compiles them."""
    fields = [
        (e.name, e.kind, e.type, e.weapon_class, e.country, e.aliases) for e in lexicons.entries
    ]
    code = disk_cache.source_digest(__file__, lexicon_module.__file__)
    return disk_cache.cache_key("matcher", code, fields, lexicons.titles, lexicons.not_mentions)


def matcher_to_plain(matcher: CompiledMatcher) -> dict:
    """Return ``matcher`` as plain data for the disk cache (see ``matcher_from_plain``).

    Each distinct target is stored once, tagged with its kind, and the two
    lookup tables point to it by number.
    """
    numbers: dict[int, int] = {}
    targets: list[tuple] = []

    def number(target: object) -> int:
        if id(target) not in numbers:
            numbers[id(target)] = len(targets)
            if target is NOT_MENTION:
                targets.append(("not_mention",))
            elif isinstance(target, Surname):
                targets.append(("surname", tuple(map(tuple, target.people))))
            elif isinstance(target, PersonTarget):
                targets.append(("person", tuple(target)))
            else:
                targets.append(("entry", tuple(target)))
        return numbers[id(target)]

    return {
        "exact": {form: number(t) for form, t in matcher.exact.items()},
        "by_key": {key: number(t) for key, t in matcher.by_key.items()},
        "targets": targets,
        "program": matcher.program,
        "titles": tuple(matcher.titles),
        "title_words": matcher.title_words,
        "border_after": (matcher.border_after.pattern, matcher.border_after.flags),
        "title_suffixes": tuple(matcher.title_suffixes),
        "lone_titles": tuple(matcher.lone_titles),
    }


def matcher_from_plain(plain: object) -> CompiledMatcher | None:
    """Return the matcher that ``matcher_to_plain`` gave, or ``None`` if ``plain``
    is not such a value."""
    kinds = {
        "entry": tuple,
        "person": PersonTarget,
        "surname": lambda people: Surname(tuple(map(tuple, people))),
        "not_mention": lambda: NOT_MENTION,
    }
    try:
        targets = [kinds[kind](*rest) for kind, *rest in plain["targets"]]
        return CompiledMatcher(
            pattern=disk_cache.restore_regex(plain["program"]),
            exact={form: targets[n] for form, n in plain["exact"].items()},
            by_key={key: targets[n] for key, n in plain["by_key"].items()},
            titles=frozenset(plain["titles"]),
            title_words=plain["title_words"],
            border_after=re.compile(*plain["border_after"]),
            title_suffixes=frozenset(plain["title_suffixes"]),
            lone_titles=frozenset(plain["lone_titles"]),
            program=plain["program"],
        )
    except (KeyError, TypeError, ValueError, IndexError, re.error):
        return None


def build_matcher(
    entries: tuple[LexiconEntry, ...], titles: tuple[str, ...], not_mentions: tuple[str, ...] = ()
) -> CompiledMatcher:
    """Expand every alias, not-mention phrase and surname into variants and
    compile the trie."""
    exact: dict[str, object] = {}
    by_key: dict[str, object] = {}
    generated: list[tuple[str, object]] = []
    for entry in entries:
        target = (entry.name, entry.kind, entry.type, entry.weapon_class, entry.country)
        if entry.type == "person":
            target = PersonTarget(target)  # takes the slow path, which tracks people
        for alias in entry.aliases:
            forms = variants(alias, plural=entry.type != "person")
            exact[alias] = target
            by_key[normalise_key(alias)] = target
            generated.extend((form, target) for form in forms)
    # A not-mention phrase takes any form no alias owns ("Americas" is no
    # plural of "America"); generated variants (plurals, case) take neither.
    aliases = set(by_key)
    for phrase in not_mentions:
        # In Sentence and Title case too: "Russian Roulette" in a headline.
        cased = (phrase, phrase[:1].upper() + phrase[1:], _title_case(phrase))
        for form in set().union(*map(variants, cased)):
            if normalise_key(form) not in aliases:
                by_key[normalise_key(form)] = exact[form] = NOT_MENTION
    for form, target in generated:
        by_key.setdefault(normalise_key(form), target)
        if by_key[normalise_key(form)] == target:
            exact.setdefault(form, target)
    taken = set(by_key)
    for surname, people in surnames(entries, titles).items():
        if normalise_key(surname) not in taken:
            for form in variants(surname, plural=False):
                exact.setdefault(form, Surname(people))
                by_key.setdefault(normalise_key(form), Surname(people))
    trie = compile_trie(list(exact))
    all_titles = frozenset(" ".join(t.split()).casefold() for t in (*titles, *COURTESY_TITLES))
    pattern, program = disk_cache.compile_regex(BEFORE_NAME + "(" + trie + r")(?!\w)")
    return CompiledMatcher(
        pattern=pattern,
        program=program,
        exact=exact,
        by_key=by_key,
        titles=all_titles,
        title_words=max(len(t.split()) for t in all_titles),
        border_after=re.compile(
            r"[^\S\n]+(?:" + "|".join(BORDER_WORDS) + r")s?(?!\w)", re.IGNORECASE
        ),
        title_suffixes=frozenset(
            " ".join(words[i:]) for words in map(str.split, all_titles) for i in range(len(words))
        ),
        lone_titles=frozenset(
            t
            for t in all_titles
            if " " not in t and not any(u.endswith(" " + t) for u in all_titles)
        ),
    )


def variants(alias: str, plural: bool = True) -> set[str]:
    """Return the surface forms an alias matches: dots, dashes, case, plural.

    All-capital text is matched separately (see ``scan_caps_lines``), so no
    upper-case variant is needed here.

    >>> sorted(variants("U.S."))
    ['U.S', 'U.S.', 'US', 'USs']
    >>> sorted(variants("guided bomb"))
    ['Guided Bomb', 'Guided Bombs', 'Guided bomb', 'Guided bombs', 'guided bomb', 'guided bombs']
    >>> sorted(variants("UN Security Council", plural=False))
    ['U.N. Security Council', 'UN Security Council']
    >>> sorted(variants("Su-35"))
    ['SU-35', 'SU-35s', 'Su-35', 'Su-35s']
    >>> sorted(variants("UAV")), sorted(variants("Iran", plural=False))
    (['U.A.V', 'U.A.V.', 'UAV', 'UAVs'], ['Iran'])
    """
    dotless = alias.replace(".", "")
    forms = {alias, dotless, _DASH_BETWEEN_LETTERS.sub(" ", alias)}
    if re.fullmatch(r"[A-Z]{2,6}", dotless):
        forms |= {".".join(dotless) + ".", ".".join(dotless)}
    elif _ACRONYM_WORD.search(dotless):  # "UN Security Council" -> "U.N. Security Council"
        forms.add(_ACRONYM_WORD.sub(lambda m: ".".join(m.group()) + ".", dotless))
    letters = [c for c in alias if c.isalpha()]
    out: set[str] = set()
    for form in forms:
        cased = {form}
        if letters and all(c.islower() for c in letters):
            cased |= {form[:1].upper() + form[1:], _title_case(form)}
        elif any(c.isdigit() for c in form):
            cased.add(form.upper())  # designations are often capitalised: "SU-35", "MIG-29"
        out |= cased
        if plural and "." not in form and form[-1:].isalnum():
            out |= {_plural(c, acronym=c.isupper()) for c in cased}
    return out


_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,4}\b(?= [A-Z])")
_DASH_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])[-‐‑‒–—]+(?=[^\W\d_])")


def _title_case(form: str) -> str:
    return re.sub(r"(?<![^\s\-])([^\W\d_])", lambda m: m.group(1).upper(), form)


def _plural(form: str, acronym: bool) -> str:
    """Return the plural of a form ("UAV" -> "UAVs", "BOMB" -> "BOMBS").

    >>> [_plural(w, False) for w in ("missile", "bus", "army", "Su-35", "RADAR")]
    ['missiles', 'buses', 'armies', 'Su-35s', 'RADARS']
    """
    if acronym or not any(c.isalpha() for c in form):
        return form + "s"
    if form.isupper():
        return form + ("ES" if form.endswith(("S", "X", "Z", "CH", "SH")) else "S")
    if form.endswith(("s", "x", "z", "ch", "sh")):
        return form + "es"
    if re.search(r"[^aeiou\W\d]y$", form):
        return form[:-1] + "ies"
    return form + "s"


def surnames(entries: tuple[LexiconEntry, ...], titles: tuple[str, ...]) -> dict[str, tuple]:
    """Return ``{surname: people}`` for the persons of the lexicon."""
    found: dict[str, list[Target]] = {}
    title_words = {t.casefold() for t in (*titles, *COURTESY_TITLES)}
    for entry in entries:
        if entry.kind != "actor" or entry.type != "person":
            continue
        target = (entry.name, entry.kind, entry.type, entry.weapon_class, entry.country)
        for name in person_surnames(entry.name, entry.aliases, title_words):
            people = found.setdefault(name, [])
            if target not in people:
                people.append(target)
    return {name: tuple(people) for name, people in found.items()}


def person_surnames(name: str, aliases: tuple[str, ...], title_words: set[str]) -> list[str]:
    """Return the surnames a person may be called by.

    >>> person_surnames("Xi Jinping", ("Xi Jinping", "President Xi"), {"president"})
    ['Xi']
    >>> person_surnames("Ursula von der Leyen", (), set())
    ['von der Leyen', 'Von der Leyen']
    >>> person_surnames("Bashar al-Assad", (), set())
    ['al-Assad', 'Al-Assad', 'Assad']
    >>> person_surnames("Martin Luther King Jr.", (), set())
    ['King']
    """
    titled = []
    for alias in aliases:
        words = alias.split()
        for size in range(len(words) - 1, 0, -1):
            if " ".join(words[:size]).rstrip(".").casefold() in title_words:
                titled.append(" ".join(words[size:]))
                break
    if titled:
        return list(dict.fromkeys(titled))
    words = [w for w in name.split() if w.rstrip(".").casefold() not in NAME_SUFFIXES]
    if len(words) < 2:
        return []
    surname = [words[-1]]
    for word in reversed(words[1:-1]):
        if word.casefold() not in SURNAME_PARTICLES:
            break
        surname.insert(0, word)
    last = " ".join(surname)
    result = [last]
    if last[:1].islower():
        result.append(last[:1].upper() + last[1:])
    head, dash, tail = words[-1].partition("-")
    if dash and head.casefold() in SURNAME_PARTICLES and tail[:1].isupper():
        result.append(tail)
    return result


def compile_trie(forms: list[str]) -> str:
    """Return a regular expression matching any of ``forms``, longest first.

    >>> import re
    >>> pattern = re.compile(compile_trie(["Iran", "Iranian", "Iraq"]) + r"(?!\\w)")
    >>> [m.group() for m in pattern.finditer("Iraq Iranian Iran")]
    ['Iraq', 'Iranian', 'Iran']
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for unit in _units(form):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _emit(trie) or "(?!)"


def _units(form: str) -> list[str]:
    """Split a form into trie units: characters, or classes such as SPACE."""
    units: list[str] = []
    for index, char in enumerate(form):
        before = form[index - 1] if index else ""
        after = form[index + 1] if index + 1 < len(form) else ""
        if char.isspace() or char in DASHES:
            if _letter_digit(before, after):
                units.append("OPTSEP")
            elif char.isspace():
                if units[-1:] != ["SPACE"]:
                    units.append("SPACE")
            else:
                units.append("DASH")
        elif char in APOSTROPHES:
            units.append("APOS")
        else:
            if _letter_digit(before, char) and units[-1:] != ["OPTSEP"]:
                units.append("OPTSEP")
            units.append(char)
    return units


def _letter_digit(a: str, b: str) -> bool:
    return bool(a and b) and ((a.isalpha() and b.isdigit()) or (a.isdigit() and b.isalpha()))


def _unit_pattern(form: str) -> str:
    return "".join(UNIT_PATTERNS.get(u) or re.escape(u) for u in _units(form))


def _emit(node: dict) -> str:
    """Emit a trie node: children first (longest match), then the end.

    The regular-expression engine tries a branch's alternatives one by one,
    and at most positions all of them fail. So when a node has many children,
    those starting with a lower-case letter, an upper-case letter or anything
    else are grouped behind a look-ahead for that class, and only one group
    is tried. Children start with distinct characters (a class unit never
    matches where a character does), so the order of the groups does not
    change what matches.
    """
    units = sorted((k for k in node if k), key=_likeliest_first)
    chars = [u for u in units if len(u) == 1]
    groups = [[c for c in chars if c.islower()], [c for c in chars if c.isupper()]]
    groups.append([c for c in chars if not c.islower() and not c.isupper()])
    if len(chars) >= GROUP_CHILDREN and sum(1 for g in groups if g) > 1:
        branches = [
            f"(?=[{re.escape(''.join(g))}])(?:"
            + "|".join(re.escape(c) + _emit(node[c]) for c in g)
            + ")"
            for g in groups
            if g
        ]
        branches += [UNIT_PATTERNS[u] + _emit(node[u]) for u in units if len(u) > 1]
    else:
        branches = [(UNIT_PATTERNS.get(u) or re.escape(u)) + _emit(node[u]) for u in units]
    if "" in node and branches:
        branches.append("")
    if len(branches) <= 1:
        return branches[0] if branches else ""
    return "(?:" + "|".join(branches) + ")"


def _likeliest_first(unit: str) -> tuple[int, str]:
    """Sort key of trie children: letters that start English words most often
    first (the engine tries a node's children in turn), then the rest."""
    return (_LETTER_RANK.get(unit, len(_LETTER_RANK)), unit)


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
    return join_neighbours(text, found, matcher, pos, endpos)


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


def scan_caps_lines(
    text: str,
    matcher: CompiledMatcher,
    found: list[Match],
    pos: int,
    endpos: int,
    seen: dict[str, int],
) -> list[Match]:
    """Match lines written in capitals ("IRAN MAY ARM RUSSIA") as Title Case.

    Names are matched in the title-cased copy of the line (same length, so
    offsets hold) and merged with what the scan found as written (acronyms);
    the longest name wins, and a not-mention phrase ("THINK TANK") hides the
    names inside it.
    """
    lines = text[pos:endpos].split("\n")
    if not any(map(str.isupper, lines)):
        return found
    offset = pos
    for line in lines:
        start, offset = offset, offset + len(line) + 1
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
    return sorted(outside + chosen, key=_START)


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
    if suffixes:  # most names follow a word that ends no title ("said Kirby")
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
      second weapon.
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
            system = _system_with_class(a, b)
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


def _system_with_class(a: Match, b: Match) -> Match | None:
    """The named system of two weapons side by side, when the other is its class."""
    a_generic, b_generic = _is_class(a), _is_class(b)
    if b_generic and not a_generic:
        return a  # "Kh-101 cruise missiles", "Patriot missiles"
    if a_generic and not b_generic and a.type == b.type:
        return b  # "the air defence system IRIS-T"
    return None
