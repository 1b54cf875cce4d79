"""Lexicons: the actor and weapon reference lists, loaded and validated.

Two CSV files describe what the matcher looks for (see ``data/README.md``):

- ``data/actors.csv``: ``name,type,country,aliases,notes``;
- ``data/weapons.csv``: ``name,category,class,origin,aliases,notes``.

``aliases`` are ``|``-separated and the canonical name is always an alias too.
``data/titles.txt`` lists the titles ("President", "Mr") that may stand before
a person's surname. ``data/not_mentions.txt`` lists phrases that hold a name
but are not a mention of it ("think tank", "Indian Ocean"); the matcher takes
them as names that count for nothing.

Validation stops at the first problem with a ``LexiconError`` naming the
file, the line and the problem: a missing column, an unknown type or
category, a malformed country code, an empty name or alias, a canonical name
given twice in one file, or an alias claimed by two entries (both lines are
named). Aliases are compared the way the matcher compares them
(``normalise_key``: case, dots, dashes and apostrophes do not count).

Extra files (``extra_actors``, ``extra_weapons``) add entries. An entry whose
canonical name is already defined by an earlier file *replaces* that entry,
aliases and all, so a user can correct the default lexicon without editing
it; any other alias clash is an error.

Loaded lexicons are cached by file path, size and modification time, so
notebooks and the command line can call ``load_lexicons`` as often as they
like.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.errors import LexiconError

TITLES_FILE = config.DATA_DIR / "titles.txt"
NOT_MENTIONS_FILE = config.DATA_DIR / "not_mentions.txt"

ACTOR_TYPES = (
    "country",
    "government",
    "military",
    "organisation",
    "armed_group",
    "company",
    "media",
    "person",
)
WEAPON_CATEGORIES = (
    "aircraft",
    "air_defence",
    "anti_submarine",
    "armoured_vehicles",
    "artillery",
    "engines",
    "missiles",
    "naval_weapons",
    "satellites",
    "sensors",
    "ships",
    "other",
    "uav",
    "guided_bombs",
    "munitions",
    "small_arms",
)


@dataclass(frozen=True)
class LexiconFormat:
    """The columns of one kind of lexicon file and the allowed types."""

    kind: str
    columns: tuple[str, ...]
    type_column: str
    types: tuple[str, ...]
    country_column: str
    class_column: str = ""


ACTOR_FORMAT = LexiconFormat(
    "actor", ("name", "type", "country", "aliases", "notes"), "type", ACTOR_TYPES, "country"
)
WEAPON_FORMAT = LexiconFormat(
    "weapon",
    ("name", "category", "class", "origin", "aliases", "notes"),
    "category",
    WEAPON_CATEGORIES,
    "origin",
    "class",
)
FORMATS = {"actor": ACTOR_FORMAT, "weapon": WEAPON_FORMAT}

COUNTRY_CODE = re.compile(r"[A-Z]{3}")
# Characters the matcher treats as the same: apostrophes, dashes, dots.
_KEY_TABLE = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        ".": None,
    }
)
_LETTER_DIGIT_SEP = re.compile(r"(?<=[^\W\d_])(?:- ?| )?(?=\d)|(?<=\d)(?:- ?| )?(?=[^\W\d_])")


def normalise_key(form: str) -> str:
    """Return the key under which an alias or a surface form is compared.

    Case, dots, the kind of dash or apostrophe, runs of space, and a
    separator between letters and digits do not count.

    >>> normalise_key("U.S.") == normalise_key("US")
    True
    >>> normalise_key("Kh 101"), normalise_key("Kh-101"), normalise_key("KH101")
    ('kh101', 'kh101', 'kh101')
    >>> normalise_key("Kh- 101")
    'kh101'
    >>> normalise_key("Côte d’Ivoire"), normalise_key("Al-Qaeda") == normalise_key("Al Qaeda")
    ("côte d'ivoire", True)
    """
    text = " ".join(form.translate(_KEY_TABLE).split())
    text = _LETTER_DIGIT_SEP.sub("", text)
    return text.replace("-", " ").casefold()


@dataclass(frozen=True)
class LexiconEntry:
    """One actor or weapon: canonical name, kind, type, aliases, source line.

    ``type`` is the actor type or the weapon category; ``country`` is the
    actor's country or the weapon's origin (ISO 3166 alpha-3, or empty).
    ``aliases`` starts with the canonical name.
    """

    name: str
    kind: str
    type: str
    weapon_class: str
    country: str
    aliases: tuple[str, ...]
    notes: str = ""
    source: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        """``file:line`` of the entry, for error messages."""
        return f"{self.source}:{self.line}"


@dataclass(frozen=True, eq=False)
class Lexicons:
    """Validated entries of every lexicon file, plus the titles list.

    ``files`` maps each file read (actors, weapons, extras, titles, not
    mentions) to its SHA-256, for provenance. ``cache`` holds what other
    modules compile from the entries (the matcher), so it is built once per
    loaded lexicon. ``not_mentions`` are the phrases that are never a mention.
    ``uses`` says, file by file in the order of ``files``, what each gave
    ("actor", "weapon", "titles", "not_mentions"); empty for lexicons built by hand.
    """

    entries: tuple[LexiconEntry, ...]
    titles: tuple[str, ...] = ()
    files: tuple[tuple[str, str], ...] = ()
    cache: dict = field(default_factory=dict, repr=False)
    not_mentions: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()

    @property
    def actors(self) -> tuple[LexiconEntry, ...]:
        """The actor entries."""
        return tuple(e for e in self.entries if e.kind == "actor")

    @property
    def weapons(self) -> tuple[LexiconEntry, ...]:
        """The weapon entries."""
        return tuple(e for e in self.entries if e.kind == "weapon")

    def checksums(self) -> dict[str, str]:
        """Return ``{file: sha256}`` of every file these lexicons were read from."""
        return dict(self.files)

    def entry(self, name: str, kind: str = "") -> LexiconEntry | None:
        """Return the entry with canonical ``name`` (and ``kind``), if any."""
        for item in self.entries:
            if item.name == name and (not kind or item.kind == kind):
                return item
        return None

    def country_names(self) -> dict[str, str]:
        """Return ``{ISO3: canonical name}`` of the actors of type ``country``."""
        return {
            e.country: e.name for e in self.entries if e.type == "country" and e.kind == "actor"
        }

    def to_frame(self) -> pd.DataFrame:
        """Return the entries as a table (one row per entry, aliases joined)."""
        return pd.DataFrame(
            [
                {
                    "kind": e.kind,
                    "name": e.name,
                    "type": e.type,
                    "weapon_class": e.weapon_class,
                    "country": e.country,
                    "aliases": "|".join(e.aliases[1:]),
                    "source": e.where,
                }
                for e in self.entries
            ],
            columns=["kind", "name", "type", "weapon_class", "country", "aliases", "source"],
        )


def load_lexicons(
    actors: str | Path = "",
    weapons: str | Path = "",
    extra_actors: Iterable[str | Path] = (),
    extra_weapons: Iterable[str | Path] = (),
    titles: str | Path = "",
    not_mentions: str | Path = "",
) -> Lexicons:
    """Load, validate and merge the lexicon files.

    An empty ``actors``/``weapons``/``titles``/``not_mentions`` means the
    project's default file in ``data/``; ``extra_actors``/``extra_weapons``
    add (or, for the same canonical name, replace) entries. Raises
    ``LexiconError`` naming the file, the line and the problem.
    """
    sources = (
        [("actor", config.resolve_data_file(actors, config.ACTORS_FILE))]
        + [("weapon", config.resolve_data_file(weapons, config.WEAPONS_FILE))]
        + [("actor", config.resolve_data_file(p, config.ACTORS_FILE)) for p in extra_actors]
        + [("weapon", config.resolve_data_file(p, config.WEAPONS_FILE)) for p in extra_weapons]
    )
    titles_path = config.resolve_data_file(titles, TITLES_FILE)
    not_mentions_path = config.resolve_data_file(not_mentions, NOT_MENTIONS_FILE)
    key = tuple((kind, *file_signature(path)) for kind, path in sources)
    key += (("titles", *file_signature(titles_path)),)
    key += (("not_mentions", *file_signature(not_mentions_path)),)
    cached = _LOADED.get(key)
    if cached is None:
        cached = build_lexicons(sources, titles_path, not_mentions_path)
        if len(_LOADED) >= 8:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = cached
    return cached


_LOADED: dict[tuple, Lexicons] = {}


def file_signature(path: Path) -> tuple[str, int, int]:
    """Return ``(path, size, mtime_ns)``; raise ``LexiconError`` if unreadable."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise LexiconError(path, "no such lexicon file") from None
    except OSError as exc:
        raise LexiconError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise LexiconError(path, "is not a regular file")
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


def build_lexicons(
    sources: Sequence[tuple[str, Path]], titles_path: Path, not_mentions_path: Path | None = None
) -> Lexicons:
    """Read every ``(kind, path)`` source in order and merge the entries,
    then the titles and (if given) the not-mention phrases."""
    files: list[tuple[str, str]] = []
    uses: list[str] = []
    merged: dict[tuple[str, str], LexiconEntry] = {}
    for kind, path in sources:
        text, digest = read_lexicon_text(path)
        files.append((str(path), digest))
        uses.append(kind)
        for entry in parse_lexicon(text, path, FORMATS[kind]):
            merged[(entry.kind, entry.name)] = entry  # a later file replaces
    entries = tuple(merged.values())
    check_alias_clashes(entries)
    text, digest = read_lexicon_text(titles_path)
    files.append((str(titles_path), digest))
    uses.append("titles")
    titles = parse_titles(text)
    not_mentions: tuple[str, ...] = ()
    if not_mentions_path is not None:
        text, digest = read_lexicon_text(not_mentions_path)
        files.append((str(not_mentions_path), digest))
        uses.append("not_mentions")
        not_mentions = parse_not_mentions(text, not_mentions_path)
    return Lexicons(entries, titles, tuple(files), not_mentions=not_mentions, uses=tuple(uses))


def read_lexicon_text(path: Path) -> tuple[str, str]:
    """Return the UTF-8 text of a lexicon file and its SHA-256."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LexiconError(path, "no such lexicon file") from None
    except OSError as exc:
        raise LexiconError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(
            path, f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); re-save it as UTF-8", line
        ) from None
    return text, hashlib.sha256(data).hexdigest()


def parse_lexicon(text: str, path: Path, fmt: LexiconFormat) -> list[LexiconEntry]:
    """Parse and validate one lexicon CSV; rows starting ``#`` are comments."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header_row = next(reader, None)
    if header_row is None:
        raise LexiconError(path, f"is empty; expected a header {','.join(fmt.columns)}", 1)
    header = [h.strip().lower() for h in header_row]
    missing = [c for c in fmt.columns if c not in header]
    if missing:
        raise LexiconError(
            path,
            f"missing column {', '.join(repr(c) for c in missing)} "
            f"(a {fmt.kind} lexicon needs {','.join(fmt.columns)})",
            1,
        )
    index = {name: header.index(name) for name in fmt.columns}
    entries: list[LexiconEntry] = []
    first_line: dict[str, int] = {}
    line = reader.line_num
    for row in reader:
        start_line, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) < len(header):
            raise LexiconError(
                path, f"has {len(row)} fields, the header has {len(header)}", start_line
            )
        cells = {name: row[i].strip() for name, i in index.items()}
        entry = parse_entry(cells, path, start_line, fmt)
        if entry.name in first_line:
            raise LexiconError(
                path,
                f"{entry.name!r} is defined twice (first on line {first_line[entry.name]})",
                start_line,
            )
        first_line[entry.name] = start_line
        entries.append(entry)
    return entries


def parse_entry(cells: dict[str, str], path: Path, line: int, fmt: LexiconFormat) -> LexiconEntry:
    """Validate one row's cells and return its entry."""
    name = cells["name"]
    if not name:
        raise LexiconError(path, "empty name", line)
    kind_type = cells[fmt.type_column]
    if kind_type not in fmt.types:
        raise LexiconError(
            path,
            f"unknown {fmt.type_column} {kind_type!r} for {name!r} "
            f"(expected one of: {', '.join(fmt.types)})",
            line,
        )
    country = cells[fmt.country_column]
    if country and not COUNTRY_CODE.fullmatch(country):
        raise LexiconError(
            path,
            f"{fmt.country_column} {country!r} of {name!r} is not an ISO 3166 alpha-3 code "
            "(three capital letters, e.g. IRN) or empty",
            line,
        )
    return LexiconEntry(
        name=name,
        kind=fmt.kind,
        type=kind_type,
        weapon_class=cells[fmt.class_column] if fmt.class_column else "",
        country=country,
        aliases=(name, *split_aliases(cells["aliases"], name, path, line)),
        notes=cells["notes"],
        source=str(path),
        line=line,
    )


def split_aliases(field_text: str, name: str, path: Path | str = "", line: int = 0) -> list[str]:
    """Split a ``|``-separated alias field; an empty alias is an error.

    >>> split_aliases("Kyiv| Ukrainian government ", "Government of Ukraine")
    ['Kyiv', 'Ukrainian government']
    >>> split_aliases("", "Iran")
    []
    """
    if not field_text:
        return []
    aliases = [alias.strip() for alias in field_text.split("|")]
    if any(not alias or not normalise_key(alias) for alias in aliases):
        raise LexiconError(
            path,
            f"empty alias in {field_text!r} of {name!r} (look for '||' or a '|' at either end)",
            line,
        )
    return aliases


def check_alias_clashes(entries: Iterable[LexiconEntry]) -> None:
    """Raise ``LexiconError`` when two entries claim the same alias."""
    owner: dict[str, LexiconEntry] = {}
    for entry in entries:
        for alias in entry.aliases:
            key = normalise_key(alias)
            other = owner.setdefault(key, entry)
            if other is not entry:
                raise LexiconError(
                    entry.source,
                    f"alias {alias!r} of {entry.name!r} is already claimed by "
                    f"{other.name!r} ({other.where}); an alias may name one entry only",
                    entry.line,
                )


def parse_titles(text: str) -> tuple[str, ...]:
    """Return the titles of a word list, longest first (``#`` starts a comment).

    >>> parse_titles("# titles\\nMr\\nDefense Minister\\n\\nMr.\\n")
    ('Defense Minister', 'Mr')
    """
    titles = {line.split("#", 1)[0].strip().rstrip(".") for line in text.splitlines()}
    return tuple(sorted((t for t in titles if t), key=lambda t: (-len(t), t)))


def parse_not_mentions(text: str, path: Path | str = "") -> tuple[str, ...]:
    """Return the phrases of a not-mentions list, in file order.

    One phrase per line; ``#`` starts a comment; runs of space count as one.
    A phrase with no letter or digit, or the same phrase twice, raises
    ``LexiconError`` naming the line. ("Washington state" and "Washington
    State" are two phrases: a capitalised phrase matches only as written.)

    >>> parse_not_mentions("# places\\nIndian  Ocean  # not India\\n\\nthink tank\\n")
    ('Indian Ocean', 'think tank')
    """
    phrases: list[str] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        phrase = " ".join(line.split("#", 1)[0].split())
        if not phrase:
            continue
        if not any(c.isalnum() for c in phrase):
            raise LexiconError(path, f"phrase {phrase!r} has no letter or digit", number)
        if phrase in first_line:
            problem = f"phrase {phrase!r} is given twice (first on line {first_line[phrase]})"
            raise LexiconError(path, problem, number)
        first_line[phrase] = number
        phrases.append(phrase)
    return tuple(phrases)
