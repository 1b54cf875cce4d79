"""Shared test helpers: fixture files are reached by name, never by ``../`` paths.

``tests/fixtures/`` holds small inputs named after the case they exercise
(``crlf.txt``, ``bom.txt``, ``empty.txt``). ``north_korea_shells.txt`` is a
realistic second article written for the tests (a news report on North Korean
shells and KN-23 missiles for Russia; the artillery commander is unnamed and
the estimates are attributed, as a real report would do). It has a repeated
headline, a photo caption with a bracketed credit, a subheading, curly quotes
and a closing "Reuters contributed to this report." line.

Use the ``fixture_path`` fixture in a test, or import the function::

    from conftest import fixture_path
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analysis.config import CACHE_ENV

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
SEED_ARTICLE = (
    Path(__file__).resolve().parent.parent / "seeds" / "iran-russia-ballistic-missiles.txt"
)


@pytest.fixture(autouse=True, scope="session")
def private_disk_cache(tmp_path_factory):
    """Tests use a disk cache of their own, never the user's; kernels they start inherit it."""
    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("disk-cache"))
    yield
    if before is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = before


def fixture_path(name: str) -> Path:
    """Return ``tests/fixtures/<name>``; fail loudly if it does not exist."""
    path = FIXTURES_DIR / name
    if not path.exists():
        raise FileNotFoundError(f"no test fixture named {name!r} in {FIXTURES_DIR}")
    return path


@pytest.fixture(name="fixture_path")
def fixture_path_fixture():
    """The ``fixture_path(name)`` helper as a pytest fixture."""
    return fixture_path
