"""Paths: the one module that knows where things live.

Everything is built from the project root, so notebooks and the command line
work from any working directory.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SEEDS_DIR = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"

ABBREVIATIONS_FILE = DATA_DIR / "abbreviations.txt"
STOPWORDS_FILE = DATA_DIR / "stopwords.txt"
ACTORS_FILE = DATA_DIR / "actors.csv"
WEAPONS_FILE = DATA_DIR / "weapons.csv"


#: Environment variable naming the cache folder; "off" (or empty) turns the cache off.
CACHE_ENV = "NEWS_ANALYSIS_CACHE"


def cache_dir() -> Path | None:
    """Return the folder of the on-disk cache (see ``disk_cache``), or ``None`` if off.

    ``$NEWS_ANALYSIS_CACHE`` if set ("off", "0" or empty turn the cache off),
    else ``$XDG_CACHE_HOME/news-analysis``, else ``~/.cache/news-analysis``.
    """
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        off = value.strip().casefold() in ("", "0", "off", "no", "false")
        return None if off else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "news-analysis"


def seed_articles() -> list[Path]:
    """Return the articles in ``seeds/``, sorted by name."""
    return sorted(p for p in SEEDS_DIR.glob("*.txt") if p.is_file())


def resolve_article(article: str | Path = "") -> Path:
    """Return the article path a notebook parameter names.

    An empty value means the first seed article. A relative path is taken from
    the working directory if it exists there, else from the project root.
    """
    if not str(article):
        seeds = seed_articles()
        return seeds[0] if seeds else SEEDS_DIR / "article.txt"
    path = Path(article).expanduser()
    if path.is_absolute() or path.exists():
        return path
    rooted = PROJECT_ROOT / path
    return rooted if rooted.exists() else path


def resolve_data_file(name: str | Path, default: Path) -> Path:
    """Return a lexicon or word-list path; empty means the project's default."""
    if not str(name):
        return default
    path = Path(name).expanduser()
    if path.is_absolute() or path.exists():
        return path
    for base in (PROJECT_ROOT, DATA_DIR):
        if (base / path).exists():
            return base / path
    return path
