"""Small helpers that put counts into words.

(Split from the former ``report`` module.)
"""

from __future__ import annotations


def count_of(number: int, singular: str, plural: str = "") -> str:
    """Return ``number`` with the noun that agrees with it.

    >>> count_of(1, "amount of money", "amounts of money"), count_of(3, "transfer")
    ('1 amount of money', '3 transfers')
    """
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number} {noun}"
