"""Money charts: a total and its parts as one stacked bar, the unsaid part drawn apart.

``plot_split(allocation)`` draws the stated total as one horizontal bar cut
into its parts, each labelled with its amount and share; the remainder the
text does not itemise is hatched grey and labelled from the data ("not
itemised: at least $7.7B"). Approximate figures carry a "~", bounds a
"≥"/"≤", and a footnote says what they mean. When the parts exceed the total
the bar shows the parts against a line at the total, and no remainder.
"""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt

from analysis.charts.style import (
    FRAME,
    INK,
    MUTED,
    NOTE,
    PART_COLOURS,
    UNITEMISED,
    WARNING,
    add_source_note,
)
from analysis.charts.vocabulary import plain_label
from analysis.money import (
    Allocation,
    Amount,
    describe_amount,
    describe_remainder,
    format_money,
    share,
)

__all__ = ["axis_unit", "format_money", "plot_note", "plot_split", "plot_splits", "split_title"]

MARKS = {"approx": "~", "at_least": "≥", "at_most": "≤", "range": "", "exact": ""}
INSIDE_MIN_SHARE = 0.13  # a segment narrower than this is labelled above the bar
UNIT_NAMES = ((1e12, "trillions"), (1e9, "billions"), (1e6, "millions"), (1e3, "thousands"))
CURRENCY_AXIS = {"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "C$", "AUD": "A$"}


def axis_unit(value: float, currency: str | None) -> tuple[float, str]:
    """Return (divisor, axis label) for values around ``value``.

    >>> axis_unit(50e9, "USD"), axis_unit(2.5e6, "EUR"), axis_unit(500, None)
    ((1000000000.0, 'US$ billions'), (1000000.0, '€ millions'), (1, 'amount'))
    """
    name = CURRENCY_AXIS.get(currency or "", currency or "")
    for size, words in UNIT_NAMES:
        if value >= size:
            return size, f"{name} {words}".strip()
    return 1, name or "amount"


def split_title(allocation: Allocation) -> str:
    """Return a title that states the finding of the split."""
    total, cur, rem = allocation.total, allocation.currency, allocation.remainder
    stated = describe_amount(total)
    itemised = format_money(allocation.itemised, cur)
    if rem.overspent:
        return f"The parts ({itemised}) exceed the stated total ({stated})"
    if rem.value is None:
        return f"Of {stated}, {itemised} is itemised"
    if rem.value == 0 and rem.qualifier == "exact":
        return f"The {stated} total is fully itemised"
    return f"Of {stated}, {itemised} is itemised; {describe_remainder(rem, cur)} is not"


def plot_split(allocation: Allocation, ax: plt.Axes | None = None, source: str = "") -> plt.Axes:
    """Draw the split of ``allocation`` as one stacked horizontal bar.

    ``source`` names the article for the source note; the source sentence is
    printed under the chart.
    """
    footnote = _footnote_text(allocation)
    if ax is None:
        need = 60 + 10.5 * (footnote.count("\n") + 1)  # points of text under the axes
        fig, ax = plt.subplots(figsize=(9, 2.6 + need / 72))
        fig.subplots_adjust(bottom=(need + 6) / 72 / (2.6 + need / 72), top=0.88)
    total, cur, rem = allocation.total, allocation.currency, allocation.remainder
    extent = max(total.value or 0, allocation.itemised)
    divisor, unit = axis_unit(extent, cur)
    left = 0.0
    segments = [(p.recipient, p.amount, PART_COLOURS[i % len(PART_COLOURS)])
                for i, p in enumerate(allocation.parts)]  # fmt: skip
    for index, (name, amount, colour) in enumerate(segments):
        width = (amount.value or 0) / divisor
        ax.barh(0, width, left=left, height=0.5, color=colour, edgecolor="white")
        fraction = width * divisor / extent if extent else 0
        room = max(14, int(95 * fraction)) if fraction >= INSIDE_MIN_SHARE else 34
        label = f"{_short(name, room)}\n{_mark(amount)}{format_money(amount.value, cur)}"
        label += f" · {share(amount.value, total):.0f}%"
        _label_segment(ax, left, width, extent / divisor, label, index)
        left += width
    if not rem.overspent and rem.value:
        width = rem.value / divisor
        ax.barh(0, width, left=left, height=0.5, color=UNITEMISED, edgecolor=MUTED, hatch="///")
        mark = MARKS[rem.qualifier] or ("~" if rem.approximate else "")  # a bound wins
        label = (
            f"not itemised\n{mark}{format_money(rem.value, cur)} · {share(rem.value, total):.0f}%"
        )
        _label_segment(ax, left, width, extent / divisor, label, len(segments), colour=INK)
    _mark_total(ax, total, divisor, rem.overspent)
    ax.set_xlim(0, extent / divisor * 1.04)
    ax.set_ylim(-0.9, 1.1)
    ax.set_yticks([])
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(unit)
    ax.set_title(plain_label(split_title(allocation)))
    add_source_note(ax, plain_label(f"Source: {source or 'article text'}; amounts as stated"))
    # Under the source note (which sits under the x-axis label): marks, then the sentence.
    ax.annotate(plain_label(footnote), xy=(0, 0), xycoords="axes fraction", xytext=(0, -56),
                textcoords="offset points", ha="left", va="top", fontsize=8, color=FRAME,
                annotation_clip=False)  # fmt: skip
    return ax


def plot_splits(
    allocations: list[Allocation], index: int | None = None, source: str = ""
) -> list[plt.Axes]:
    """Draw every split (largest total first), or only split ``index``, each in its
    own figure; return their Axes (none when there is no split)."""
    ranked = sorted(allocations, key=lambda a: (-(a.total.value or 0), a.total.start))
    chosen = ranked if index is None else ranked[index : index + 1]
    return [plot_split(allocation, source=source) for allocation in chosen]


def plot_note(text: str, ax: plt.Axes | None = None, source: str = "") -> plt.Axes:
    """An empty chart that says why there is nothing to draw."""
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 1.6))
    ax.set_axis_off()
    ax.set_title(plain_label(text))
    ax.text(0, 0.5, "No split to chart.", fontsize=10, color=NOTE, va="center")
    add_source_note(ax, plain_label(f"Source: {source or 'article text'}"))
    return ax


def _mark(amount: Amount) -> str:
    return MARKS.get(amount.qualifier, "")


def _short(name: str, width: int = 24) -> str:
    return textwrap.shorten(name, width=width, placeholder="…")


def _label_segment(ax, left, width, extent, label, index, colour="white") -> None:
    """Label inside a wide segment; above the bar, staggered, for a narrow one."""
    if extent and width / extent >= INSIDE_MIN_SHARE:
        ax.text(left + width / 2, 0, plain_label(label), ha="center", va="center",
                color=colour, fontsize=8.5)  # fmt: skip
        return
    y = 0.42 + 0.25 * (index % 3)  # three heights, so narrow neighbours do not collide
    ax.annotate(plain_label(label.replace("\n", " ")), xy=(left + width / 2, 0.25),
                xytext=(left + width / 2, y), ha="center", va="bottom", fontsize=8,
                arrowprops={"arrowstyle": "-", "color": MUTED, "lw": 0.8})  # fmt: skip


def _mark_total(ax, total: Amount, divisor: float, overspent: bool) -> None:
    """A line at the stated total, labelled with its qualifier."""
    x = (total.value or 0) / divisor
    colour = WARNING if overspent else INK
    ax.axvline(x, ymin=0.1, ymax=0.62, color=colour, linestyle="--", linewidth=1.2)
    words = "stated total: " + describe_amount(total)
    if total.qualifier == "at_least":
        words += " (a lower bound)"
    ax.annotate(plain_label(words), xy=(x, -0.45), xytext=(-4, 0), textcoords="offset points",
                ha="right", va="top", fontsize=8.5, color=colour)  # fmt: skip


def _footnote_text(allocation: Allocation) -> str:
    """Explain the marks, then quote the source sentence (wrapped)."""
    qualifiers = {a.qualifier for a in [allocation.total, *(p.amount for p in allocation.parts)]}
    notes = []
    if "approx" in qualifiers or allocation.remainder.approximate:
        notes.append('~ the text gives an approximate figure ("some", "about")')
    if qualifiers & {"at_least", "at_most"}:
        notes.append('≥/≤ the text gives a bound ("more than", "up to")')
    if allocation.remainder.overspent:
        notes.append("the parts add up to more than the stated total: no remainder is drawn")
    sentence = textwrap.fill(f"“{' '.join(allocation.sentence.split())}”", width=120)
    return "\n".join([*notes, sentence])
