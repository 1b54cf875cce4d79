"""Charts of a corpus: mentions over time and the transfer network.

Helpers take ``ax=None`` and return the Axes; each figure gets a title that
states the finding, labelled axes and a source note (``analysis.charts``).
"""

from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import MaxNLocator

from analysis.charts import add_source_note, plain_label

__all__ = ["circle_layout", "plot_mentions_over_time", "plot_transfer_graph"]


def plot_mentions_over_time(
    frame: pd.DataFrame, ax: plt.Axes | None = None, *, what: str = "actors", source: str = ""
) -> plt.Axes:
    """Mentions per period of each name (``mentions_over_time``), one line each.

    With no dated mention there is nothing to draw over time: the figure is a
    single line of text saying so, not an empty frame.
    """
    if frame.empty:
        if ax is None:
            _, ax = plt.subplots(figsize=(9, 0.5))
        ax.text(
            0.0, 0.5, f"No dated article mentions the top {what}, so they cannot be followed "
            "over time.", ha="left", va="center", transform=ax.transAxes,
        )  # fmt: skip
        ax.set_axis_off()
        return ax
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4.5))
    table = frame.pivot_table(
        index="Period", columns="Name", values="Mentions", aggfunc="sum", fill_value=0
    )
    for name in table.sum().sort_values(ascending=False).index:
        ax.plot(table.index, table[name], marker="o", label=plain_label(name))
    busiest = table.sum(axis=1).idxmax()
    leader = table.sum().idxmax()
    step, first_day = period_name(table.index), f"{pd.Timestamp(busiest):%Y-%m-%d}"
    ax.set_title(
        plain_label(f"{leader} is the most mentioned of the top {what} in dated articles; "
                    f"the busiest {step} starts {first_day}")
    )  # fmt: skip
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Period (start date)")
    ax.set_ylabel("Mentions (count)")
    ax.legend(fontsize=8, ncols=2, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    add_source_note(ax, source)
    return ax


def period_name(index: pd.Index) -> str:
    """The period of a time index, from its smallest step ("day" ... "year").

    >>> period_name(pd.to_datetime(["2024-01-01", "2024-02-01"]))
    'month'
    """
    if len(index) < 2:
        return "period"
    days = min((b - a).days for a, b in zip(index[:-1], index[1:], strict=True))
    return "day" if days < 7 else "week" if days < 28 else "month" if days < 365 else "year"


def circle_layout(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Nodes evenly around the unit circle, the first at the top.

    >>> {k: tuple(round(v, 2) + 0 for v in xy) for k, xy in circle_layout(["A", "B"]).items()}
    {'A': (0.0, 1.0), 'B': (0.0, -1.0)}
    """
    count = max(len(nodes), 1)
    return {
        node: (math.sin(2 * math.pi * i / count), math.cos(2 * math.pi * i / count))
        for i, node in enumerate(nodes)
    }


def plot_transfer_graph(
    edges: pd.DataFrame, ax: plt.Axes | None = None, *, top: int = 20, source: str = ""
) -> plt.Axes:
    """The ``top`` supplier -> recipient edges (``transfer_edges``), arrows as
    wide as the number of articles that report them."""
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 8))
    ax.set_axis_off()
    shown = edges.head(top)
    if shown.empty:
        ax.set_title("No transfer between two named parties in these articles")
        return ax
    weight = (
        pd.concat(
            [
                shown.groupby("supplier")["articles"].sum(),
                shown.groupby("recipient")["articles"].sum(),
            ]
        )
        .groupby(level=0)
        .sum()
        .sort_values(ascending=False)
    )
    where = circle_layout(list(weight.index))
    most = max(int(shown["articles"].max()), 1)
    for row in shown.itertuples():
        (x1, y1), (x2, y2) = where[row.supplier], where[row.recipient]
        ax.annotate(
            "",
            xy=(x2, y2),
            xytext=(x1, y1),
            arrowprops={
                "arrowstyle": "-|>",
                "lw": 0.8 + 4.0 * row.articles / most,
                "color": "#d62728" if row.articles > 1 else "#9e9e9e",
                "alpha": 0.8,
                "shrinkA": 12,
                "shrinkB": 12,
                "connectionstyle": "arc3,rad=0.12",
            },
        )
    for node, (x, y) in where.items():
        ax.scatter([x], [y], s=60 + 40 * weight[node], color="#1f77b4", zorder=3)
        ax.text(1.12 * x, 1.12 * y, plain_label(node), ha="center", va="center", fontsize=9)
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.35, 1.35)
    first = shown.iloc[0]
    ax.set_title(
        plain_label(f"{first.supplier} → {first.recipient} is the transfer most reported "
                    f"({first.articles} article{'s' if first.articles != 1 else ''})")
    )  # fmt: skip
    add_source_note(ax, source + " · arrow width: number of articles; red: two or more")
    return ax
