"""Patterns: the one way the package builds a regular-expression alternation from words."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(options: Iterable[str], raw: bool = False) -> str:
    """Return a regex group matching any option, longest first (escaped unless ``raw``).

    Longest first, so a word is never cut short by a shorter option that starts it.

    >>> alternation(["m", "mln", "mn"])
    '(?:mln|mn|m)'
    >>> alternation(["a.b", "c"])
    '(?:a\\\\.b|c)'
    """
    ordered = sorted(options, key=len, reverse=True)
    body = "|".join(o if raw else re.escape(o) for o in ordered)
    return f"(?:{body})"
