"""Weapon reference data: ship prefixes, non-weapon name heads, civil aircraft, function words.

The small data files the weapon rules read (``data/ship_prefixes.csv``,
``data/name_heads.txt``, ``data/civil_aircraft.txt``, ``data/stopwords.txt``), each
loaded once.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from analysis import config
from analysis.entities.lexicon import TITLES_FILE, parse_titles
from analysis.errors import LexiconError

SHIP_PREFIXES_FILE = config.DATA_DIR / "ship_prefixes.csv"

NAME_HEADS_FILE = config.DATA_DIR / "name_heads.txt"

CIVIL_AIRCRAFT_FILE = config.DATA_DIR / "civil_aircraft.txt"


def read_data_rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a small data CSV (``#`` lines are comments); a row missing a
    ``required`` column stops with the file's name."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    if any(not row.get(column) for row in rows for column in required):
        raise LexiconError(str(path), f"a row without a {' or a '.join(required)}")
    return rows


@lru_cache(maxsize=4)
def load_ship_prefixes(path: str | Path = "") -> tuple[str, ...]:
    """Return the ship prefixes of ``data/ship_prefixes.csv``, longest first.

    >>> "HMAS" in load_ship_prefixes() and "MV" not in load_ship_prefixes()
    True
    """
    rows = read_data_rows(Path(path) if path else SHIP_PREFIXES_FILE, ("prefix",))
    return tuple(sorted((row["prefix"] for row in rows), key=len, reverse=True))


@lru_cache(maxsize=4)
def load_name_heads(path: str | Path = "") -> frozenset[str]:
    """Return the head words of ``data/name_heads.txt`` (names that are not weapons).

    >>> {"Plant", "Warfare"} <= load_name_heads()
    True
    """
    path = Path(path) if path else NAME_HEADS_FILE
    words = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(word for word in words if word)


@lru_cache(maxsize=4)
def load_civil_aircraft(path: str | Path = "") -> tuple[str, ...]:
    """Return the civil aircraft models of ``data/civil_aircraft.txt``, longest first.

    >>> "A320" in load_civil_aircraft()
    True
    """
    path = Path(path) if path else CIVIL_AIRCRAFT_FILE
    lines = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(sorted((line for line in lines if line), key=len, reverse=True))


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in parse_titles(TITLES_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Stopwords, days and months: words that start a sentence, not a ship's name."""
    path = config.DATA_DIR / "stopwords.txt"
    words = {line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()}
    calendar = (
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december"
    )
    return frozenset(w for w in words if w) | frozenset(calendar.split())
