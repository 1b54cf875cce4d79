"""Amount: the record of one amount of money found in a text (a leaf of the package)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")


@dataclass(frozen=True)
class Amount:
    """One mention of money: its value, currency, qualifier, bounds and offsets."""

    value: float | None
    currency: str | None
    qualifier: str
    low: float | None
    high: float | None
    text: str
    start: int
    end: int
    scale: float = 1.0  # the scale word's multiplier: 1e9 for "billion"/"bn"
    qualifier_text: str = ""  # "more than", "between", "or more"
    currency_text: str = ""  # the marker as written: "$", "euros", "C$"
    conversion: bool = False  # an equivalent in brackets: "€5bn ($5.4bn)"
    rate: str = ""  # what it is per, after the mention: "a year", "a month", "each"

    def to_dict(self) -> dict:
        """Return the fields as a JSON-ready dict."""
        return asdict(self)


def share_of(value: float | None, share: float) -> float | None:
    """``value`` times ``share`` to the hundredth of a unit: the value of a part computed from
    a total, without the noise of binary fractions.

    >>> share_of(80_000_000, 0.69)
    55200000.0
    >>> share_of(None, 0.5) is None
    True
    """
    return None if value is None else round(value * share, 2)
