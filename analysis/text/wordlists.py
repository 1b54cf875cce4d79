"""Word lists the project keeps in data/: abbreviations, stopwords, describing participles.

(Split from the former ``tokenise`` module.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from analysis import config
from analysis.errors import LexiconError


def load_abbreviations(path: str | Path = "") -> set[str]:
    """Return the abbreviations of a word-list file (lower case, no final dot)."""
    return set(_read_word_list(config.resolve_data_file(path, config.ABBREVIATIONS_FILE)))


def load_stopwords(path: str | Path = "") -> frozenset[str]:
    """Return the stopwords of a word-list file.

    Words are lower case, with straight apostrophes and no final period, so
    "We’ve" and "we've", "Mr." and "mr" are the same stopword.
    """
    words = _read_word_list(config.resolve_data_file(path, config.STOPWORDS_FILE))
    return frozenset(w.replace("’", "'").rstrip(".") for w in words)


@lru_cache(maxsize=1)
def describing_participles() -> frozenset[str]:
    """Return the words in -ed of ``data/describing_participles.txt``: adjectives before a
    class noun ("advanced jet trainer", "upgraded tanks"), not verbs.

    >>> "advanced" in describing_participles() and "fired" not in describing_participles()
    True
    """
    return frozenset(_read_word_list(config.DATA_DIR / "describing_participles.txt"))


@lru_cache(maxsize=8)
def _read_word_list(path: Path) -> tuple[str, ...]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(path, "word list not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(path, f"word list cannot be read as UTF-8 text ({exc})") from None
    words = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line.lower())
    return tuple(words)
