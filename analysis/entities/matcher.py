"""Matcher: a lexicon compiled for scanning, once, and kept on disk.

Every alias is expanded into the surface forms it may take (``variants``:
dots, dashes, case, plurals), and all of them, with the not-mention phrases
and the surnames of people, are compiled into one trie-shaped regular
expression (``compile_trie``) and two lookup tables (form -> entry, and
normalised key -> entry). ``compile_matcher`` builds that once per lexicon and
keeps it in the disk cache (``analysis.disk_cache``), so other processes read it
back instead of compiling it again. ``analysis.entities.scan`` scans text with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis import disk_cache
from analysis.entities import lexicon as lexicon_module
from analysis.entities.lexicon import LexiconEntry, Lexicons, normalise_key
from analysis.text.patterns import alternation

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
    # a letter-digit separator: none, a space, or a dash (a broken line may leave a space
    # after it: "Su- 30")
    "OPTSEP": "(?:[" + DASHES + r"] ?|\s)?",
}


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


#: Actor types whose names take no plural form.
_NO_PLURAL_TYPES = frozenset({"person", "media"})


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
            # A person or a news outlet has no plural mention: "Economists"
            # are not The Economist, "Guardians" not The Guardian.
            forms = variants(alias, plural=entry.type not in _NO_PLURAL_TYPES)
            if entry.kind == "weapon":
                forms |= set().union(*map(variants, _capitals_titled(alias)))
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
            r"[^\S\n]+" + alternation(BORDER_WORDS) + r"s?(?!\w)", re.IGNORECASE
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
    """Return the surface forms an alias matches: dots, dashes, case, plural; a
    lower-case two-word alias also with a dash, as a modifier ("air-defence units"),
    and two words in capitals also joined by a dash, as designations are ("MBT-LAW").

    All-capital text is matched separately (see ``scan_caps_lines``), so no
    upper-case variant is needed here.

    >>> sorted(variants("U.S."))
    ['U.S', 'U.S.', 'US', 'USs']
    >>> sorted(v for v in variants("guided bomb") if v.islower())
    ['guided bomb', 'guided bombs', 'guided-bomb', 'guided-bombs']
    >>> sorted(v for v in variants("guided bomb") if not v.islower())[:4]
    ['Guided Bomb', 'Guided Bombs', 'Guided bomb', 'Guided bombs']
    >>> sorted(variants("UN Security Council", plural=False))
    ['U.N. Security Council', 'UN Security Council']
    >>> sorted(variants("MiG-29"))
    ['MIG-29', 'MIG-29s', 'MiG-29', 'MiG-29s', 'Mig-29', 'Mig-29s']
    >>> sorted(variants("UAV")), sorted(variants("Peru", plural=False))
    (['U.A.V', 'U.A.V.', 'UAV', 'UAVs'], ['Peru'])
    >>> sorted(variants("MBT LAW", plural=False))
    ['M.B.T. LAW', 'MBT LAW', 'MBT-LAW']
    """
    dotless = alias.replace(".", "")
    forms = {alias, dotless, _DASH_BETWEEN_LETTERS.sub(" ", alias)}
    if alias.count(" ") == 1 and alias.islower():  # a compound as a modifier: "air-defence units"
        forms.add(alias.replace(" ", "-"))
    if _CAPITALS_PAIR.fullmatch(dotless):  # "MBT LAW" written "MBT-LAW"
        forms.add(dotless.replace(" ", "-"))
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
            cased.add(form.upper())  # designations are often capitalised: "MIG-29", "F-16C"
            # and their letters written as a word: "Ak-47", "Mig-29"
            cased.add(
                _LETTERS_BEFORE_DIGITS.sub(lambda m: m.group()[0] + m.group()[1:].lower(), form)
            )
        out |= cased
        if plural and "." not in form and form[-1:].isalnum():
            out |= {_plural(c, acronym=c.isupper()) for c in cased}
    return out


_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,4}\b(?= [A-Z])")
#: Two words in capitals: an acronym pair that a designation may join by a dash.
_CAPITALS_PAIR = re.compile(r"[A-Z]{2,} [A-Z]{2,}")
#: The capitals opening a designation, right before its number: "AK" of "AK-47".
_LETTERS_BEFORE_DIGITS = re.compile(r"^[A-Z][A-Za-z]{1,3}(?=[- ]?\d)")
_DASH_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])[-‐‑‒–—]+(?=[^\W\d_])")


def _capitals_titled(alias: str) -> set[str]:
    """A weapon alias with a word in capitals beside another word, that word in Title
    case as news often writes a maker's or a system's name ("Zala Lancet", "Iris-T").

    >>> sorted(_capitals_titled("ZALA Lancet")), _capitals_titled("NASAMS")
    (['Zala Lancet'], set())
    """
    if not _OTHER_PART.search(alias):
        return set()
    titled = _CAPITALS_WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), alias)
    return {titled} - {alias}


_CAPITALS_WORD = re.compile(r"(?<![\w])[A-Z]{3,}(?![\w])")
_OTHER_PART = re.compile(r"[\s-]")


def _title_case(form: str) -> str:
    return re.sub(r"(?<![^\s\-])([^\W\d_])", lambda m: m.group(1).upper(), form)


def _plural(form: str, acronym: bool) -> str:
    """Return the plural of a form ("UAV" -> "UAVs", "BOMB" -> "BOMBS").

    >>> [_plural(w, False) for w in ("missile", "bus", "army", "MiG-29", "RADAR")]
    ['missiles', 'buses', 'armies', 'MiG-29s', 'RADARS']
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
    >>> pattern = re.compile(compile_trie(["Mali", "Malian", "Malta"]) + r"(?!\\w)")
    >>> [m.group() for m in pattern.finditer("Malta Malian Mali")]
    ['Malta', 'Malian', 'Mali']
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
