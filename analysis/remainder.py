"""Remainder: what the parts leave of a total, with the bounds the text allows, in words.

Sums are taken in decimals and rounded to cents, so "$95 billion" less
"$60.1 billion", "$26.2 billion" and "$8.3 billion" is exactly $0.4 billion,
not 0.39999... The qualifier comes from the bounds of the inputs: a total of
"more than" X with exact parts leaves "at least" X - sum; an approximate input
makes the remainder approximate; parts larger than the total are reported as
``overspent`` with the excess, never as a negative remainder.

The same numbers told to a reader: ``describe_split`` (the key finding, one
sentence), ``split_table`` (one row per part, then what is not itemised) and
``allocations_table`` (one row per split total). They read any object with
the fields of ``analysis.allocations.Allocation``.

>>> from analysis.money import find_amounts
>>> total, *parts = find_amounts("$95 billion: $60.1 billion, $26.2 billion, $8.3 billion")
>>> r = compute_remainder(total, parts)
>>> r.value, r.qualifier, describe_remainder(r, total.currency)
(400000000.0, 'exact', '$400M')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from analysis.money import Amount
from analysis.money_tables import describe_amount, format_money
from analysis.report import count_of

if TYPE_CHECKING:
    from analysis.allocations import Allocation

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


REMAINDER_WORDS = {"at_least": "at least ", "at_most": "at most ", "range": "", "exact": ""}


def describe_remainder(remainder: Remainder, currency: str | None) -> str:
    """Return the remainder in plain words: a bound says "at least"/"at most" (never "at
    least about"), an approximate difference "about", a zero "nothing left unitemised".

    >>> describe_remainder(Remainder(23.3e9, "at_least", True), "USD")
    'at least $23.3B'
    >>> describe_remainder(Remainder(2e9, "exact", True), "USD")
    'about $2B'
    >>> describe_remainder(Remainder(0.0, "exact", False), "USD")
    'nothing left unitemised'
    """
    if remainder.overspent:
        return f"none: the parts exceed the total by {format_money(remainder.excess, currency)}"
    if remainder.value is None:
        return "unknown"
    if remainder.value == 0 and remainder.qualifier == "exact":
        return "nothing left unitemised"
    if remainder.qualifier == "range":
        low, high = format_money(remainder.low, currency), format_money(remainder.high, currency)
        return f"{low} to {high}"
    words = REMAINDER_WORDS[remainder.qualifier] or ("about " if remainder.approximate else "")
    return f"{words}{format_money(remainder.value, currency)}"


def share(value: float | None, total: Amount) -> float | None:
    """Return ``value`` as a percentage of the total's stated value."""
    if value is None or not total.value:
        return None
    return round(100 * value / total.value, 1)


def describe_split(allocation: Allocation) -> str:
    """Return one plain sentence that states the split and what is not itemised."""
    total, cur, rem = allocation.total, allocation.currency, allocation.remainder
    parts = ", ".join(
        f"{p.recipient} {describe_amount(p.amount)} ({share(p.amount.value, total):.0f}%)"
        for p in allocation.parts
    )
    itemised = format_money(allocation.itemised, cur)
    head = f"Of {describe_amount(total)}, {itemised} is itemised: {parts}"
    if rem.overspent:
        return (f"{head}. The parts add up to {format_money(rem.excess, cur)} more than the "
                f"stated total, so the figures do not reconcile.")  # fmt: skip
    if rem.value is None:
        return f"{head}; how much is not itemised cannot be told from the text."
    if rem.value == 0 and rem.qualifier == "exact":
        return f"{head}; the parts account for the whole total."
    pct = share(rem.value, total)
    return f"{head}; {describe_remainder(rem, cur)} ({pct:.0f}%) is not itemised."


#: Columns of ``split_table``, in order.
SPLIT_COLUMNS = ["Recipient", "As written", "Amount as written", "In words", "Value",
                 "Currency", "Qualifier", "Share of total (%)", "Kind"]  # fmt: skip


def split_rows(allocation: Allocation) -> list[dict]:
    """Return one row per part plus the not-itemised remainder (when above zero)."""
    total, cur = allocation.total, allocation.currency
    rows = [
        dict(zip(SPLIT_COLUMNS, [p.recipient, p.recipient_text, p.amount.text,
                                 describe_amount(p.amount), p.amount.value, cur,
                                 p.amount.qualifier, share(p.amount.value, total), "part"],
                 strict=True))
        for p in allocation.parts
    ]  # fmt: skip
    rem = allocation.remainder
    if rem.value is not None and rem.value > 0:
        rows.append(dict(zip(SPLIT_COLUMNS, ["not itemised", "", "",
                                             describe_remainder(rem, cur), rem.value, cur,
                                             rem.label, share(rem.value, total), "remainder"],
                             strict=True)))  # fmt: skip
    return rows


def split_table(allocation: Allocation | None):
    """Return ``split_rows`` as a DataFrame (no rows when there is no split)."""
    import pandas as pd

    return pd.DataFrame(split_rows(allocation) if allocation else [], columns=SPLIT_COLUMNS)


#: Columns of ``allocations_table``, in order.
ALLOCATION_COLUMNS = ["Split", "Total as written", "Total in words", "Parts", "Itemised",
                      "Not itemised", "Summary", "Sentences", "Sentence", "Start",
                      "End"]  # fmt: skip


def rank_allocations(allocations: list[Allocation]) -> list[Allocation]:
    """Return the splits largest total first (the order of ``total_index``)."""
    return sorted(allocations, key=lambda a: (-(a.total.value or 0), a.total.start))


def allocations_table(allocations: list[Allocation]):
    """Return a DataFrame: one row per split total, largest first; ``Split`` is its
    ``total_index`` and ``Sentences`` the numbers of every sentence that contributed."""
    import pandas as pd

    rows = [[index, a.total.text, describe_amount(a.total), len(a.parts),
             format_money(a.itemised, a.currency), describe_remainder(a.remainder, a.currency),
             describe_split(a), _numbers(a), a.sentence, a.start, a.end]
            for index, a in enumerate(rank_allocations(allocations))]  # fmt: skip
    return pd.DataFrame(rows, columns=ALLOCATION_COLUMNS)


def _numbers(allocation: Allocation) -> str:
    return ", ".join(str(n) for n in getattr(allocation, "sentences", ()) if n)


def describe_splits(allocations: list[Allocation], index: int | None = None) -> list[str]:
    """Return one plain sentence per split, largest total first (only split ``index``
    if given); the overview page lists them."""
    return [describe_split(a) for _, a in _chosen(allocations, index)]


#: Columns of ``split_evidence``, in order.
EVIDENCE_COLUMNS = ["Split", "Sentence", "What it states", "Evidence"]


def _chosen(allocations: list[Allocation], index: int | None):
    """(rank, allocation) pairs: every split, or only the one at ``index``."""
    ranked = list(enumerate(rank_allocations(allocations)))
    return ranked if index is None else [pair for pair in ranked if pair[0] == index]


def splits_table(allocations: list[Allocation], index: int | None = None):
    """Return ``split_rows`` of every split (or only split ``index``) as one DataFrame,
    with the ``Split`` it belongs to first (largest total is split 0)."""
    import pandas as pd

    rows = [{"Split": rank, **row} for rank, a in _chosen(allocations, index)
            for row in split_rows(a)]  # fmt: skip
    return pd.DataFrame(rows, columns=["Split", *SPLIT_COLUMNS])


def split_evidence(allocations: list[Allocation], sentences, index: int | None = None):
    """Return a DataFrame: for each split (largest first; only ``index`` if given),
    every sentence that contributed, with the total, the parts and the words that
    link them marked (``Evidence`` is escaped HTML)."""
    import pandas as pd

    from analysis.report import highlight

    by_number = {s.number: s for s in sentences}
    rows = []
    for rank, allocation in _chosen(allocations, index):
        for number in getattr(allocation, "sentences", ()) or ():
            sentence = by_number.get(number)
            if sentence is None:
                continue
            spans, said = _marks(allocation, sentence)
            rows.append([rank, number, "; ".join(said), highlight(sentence.text, spans,
                                                                    sentence.start)])  # fmt: skip
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def _marks(allocation: Allocation, sentence) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans to mark in one sentence, and what it states, in words."""
    inside = lambda start: sentence.start <= start < sentence.end  # noqa: E731
    spans, said = [], []
    total = allocation.total
    if inside(total.start):
        spans.append((total.start, total.end))
        said.append(f"total {describe_amount(total)}")
    for part in allocation.parts:
        if inside(part.amount.start):
            spans.append((part.amount.start, part.amount.end))
            said.append(f"part {describe_amount(part.amount)} for {part.recipient}"
                        + (" (computed)" if part.computed else ""))  # fmt: skip
    for signal, words, start, end in getattr(allocation, "evidence", ()):
        if not inside(start) or any(s < end and start < e for s, e in spans):
            continue
        if words:
            spans.append((start, end))
            said.append(f"{signal.replace('_', ' ')}: “{words}”")
        elif signal in SIGNAL_WORDS:
            said.append(SIGNAL_WORDS[signal])
    return spans, said


#: What a signal without words of its own says, in the evidence table.
SIGNAL_WORDS = {
    "sums_exactly": "the parts add up to what is left of the total",
    "fits": "the parts stay within the total",
    "overspends": "the parts exceed the total",
    "continues": "goes on from the part before",
}


def describe_money(amounts: list[Amount], split: Allocation | None) -> str:
    """Return the key finding: the split in one sentence, or why there is none.

    >>> describe_money([], None)
    'No money amounts found in this article.'
    """
    if split is not None:
        return describe_split(split)
    if not amounts:
        return "No money amounts found in this article."
    stated = [a for a in amounts if not a.conversion]
    stated_count = count_of(len(stated), "amount of money", "amounts of money")
    return f"The article states {stated_count} but does not split any total into parts."
