"""Remainder: what the parts leave of a total, with the bounds the text allows (arithmetic only).

Sums are taken in decimals and rounded to cents, so "$95 billion" less
"$60.1 billion", "$26.2 billion" and "$8.3 billion" is exactly $0.4 billion,
not 0.39999... The qualifier comes from the bounds of the inputs: a total of
"more than" X with exact parts leaves "at least" X - sum; an approximate input
makes the remainder approximate; parts larger than the total are reported as
``overspent`` with the excess, never as a negative remainder.

The same numbers told to a reader are in ``analysis.money.words``
(``describe_remainder``) and ``analysis.money.tables`` (``describe_split``,
``split_table``, ``allocations_table``).

>>> from analysis.money import find_amounts
>>> total, *parts = find_amounts("$95 billion: $60.1 billion, $26.2 billion, $8.3 billion")
>>> r = compute_remainder(total, parts)
>>> r.value, r.qualifier
(400000000.0, 'exact')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from analysis.money.amount import Amount

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Remainder:
    """What the parts leave of the total, with bounds the inputs allow."""

    value: float | None  # None when nothing can be said (or the parts overspend)
    qualifier: str  # exact | at_least | at_most | range | unknown
    approximate: bool  # an input was approximate ("some", "about")
    low: float | None = None
    high: float | None = None
    overspent: bool = False  # the parts certainly exceed the total
    excess: float | None = None  # by how much (parts - total), when overspent

    @property
    def label(self) -> str:
        """The qualifier a reader gives it: exact, approx, at_least, at_most, unknown or
        overspent (an approximate input makes an exact difference "approx"; a bound
        stays a bound; a range is "at least" its low end, ``low``/``high`` keep both)."""
        if self.overspent:
            return "overspent"
        if self.qualifier == "range":
            return "at_least"  # the conventions: a range leaves at least the rest of its low end
        return "approx" if self.approximate and self.qualifier == "exact" else self.qualifier

    def to_dict(self) -> dict:
        """Return the remainder as a JSON-ready dict (with its ``label``)."""
        return dict(self.__dict__, label=self.label)


def compute_remainder(total: Amount, parts: list[Amount]) -> Remainder:
    """Return what ``parts`` leave of ``total``, with honest bounds.

    The remainder lies between (lowest total - highest parts) and (highest
    total - lowest parts); whichever bound is unknown or not above zero is
    dropped, and the qualifier says which bounds are left.

    >>> from analysis.money import find_amounts
    >>> total, *parts = find_amounts("over $50 billion: $30 billion, $8.2 billion, $4.1 billion")
    >>> r = compute_remainder(total, parts)
    >>> r.value, r.qualifier, r.approximate
    (7700000000.0, 'at_least', False)
    """
    approximate = any(a.qualifier == "approx" for a in [total, *parts])
    t_low, t_high = _bounds(total)
    bounds = [_bounds(p) for p in parts]
    low_sum = sum((lo for lo, _ in bounds), Decimal(0))
    if t_high is not None and low_sum <= t_high:
        t_low = max(t_low, low_sum)  # the total holds its parts: "up to $73M", parts $73M -> $73M
    highs = [hi for _, hi in bounds]
    if t_high is not None and low_sum > t_high:
        nominal = sum((_dec(p.value) for p in parts), Decimal(0)) - _dec(total.value)
        excess = nominal if nominal > 0 else low_sum - t_high
        return Remainder(None, "unknown", approximate, overspent=True, excess=_float(excess))
    low = t_low - sum(highs, Decimal(0)) if None not in highs else None
    high = t_high - low_sum if t_high is not None else None
    if low is not None and low == high:
        return Remainder(_float(low), "exact", approximate, None, None)
    low = low if low is not None and low > 0 else None
    if low is not None and high is not None:
        qualifier, value = "range", low
    elif low is not None:
        qualifier, value = "at_least", low
    elif high is not None:
        qualifier, value = "at_most", high
    else:
        return Remainder(None, "unknown", approximate)
    return Remainder(_float(value), qualifier, approximate,
                     _float(low) if low is not None else None,
                     _float(high) if high is not None else None)  # fmt: skip


def add_values(values: Iterable[float | None]) -> float:
    """Return the sum of ``values`` taken in decimals and rounded to cents (None counts 0).

    >>> add_values([0.1, 0.2]), 0.1 + 0.2
    (0.3, 0.30000000000000004)
    """
    return _float(sum((_dec(v) for v in values), Decimal(0)))


def _bounds(amount: Amount) -> tuple[Decimal, Decimal | None]:
    """(lowest, highest) value the amount allows; highest None = no upper bound."""
    value = _dec(amount.value)
    if amount.qualifier == "at_least":
        return value, None
    if amount.qualifier == "at_most":
        return Decimal(0), value
    if amount.qualifier == "range":
        return _dec(amount.low), _dec(amount.high)
    return value, value


def _dec(value: float | None) -> Decimal:
    return Decimal(repr(value)) if value is not None else Decimal(0)


def _float(value: Decimal) -> float:
    return float(value.quantize(CENT))
