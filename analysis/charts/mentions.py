"""Mention charts: entity bars coloured by type, co-occurrence heatmaps, titles.

Plot helpers take ``ax=None`` and return the Axes; title helpers state the
finding from the data. Text from an article or a lexicon is passed through
``plain_label`` so a "$" is never read as mathematics by matplotlib.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from analysis.charts.style import GROUP_COLOURS, MUTED, NOTE, add_source_note, plain_label


def plot_entity_bars(
    counts: pd.DataFrame,
    ax: plt.Axes | None = None,
    *,
    title: str,
    xlabel: str,
    source: str,
    group: str = "type",
    legend_title: str = "",
) -> plt.Axes:
    """Horizontal bars of ``counts`` (``name``, ``group``, ``count``), largest on top,
    coloured by ``group`` with a legend."""
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.0, 0.35 * len(counts) + 1.4)))
    ordered = counts.iloc[::-1]
    colours = [GROUP_COLOURS.get(g, MUTED) for g in ordered[group]]
    labels = [plain_label(n) for n in ordered["name"]]
    bars = ax.barh(labels, ordered["count"].to_numpy(), color=colours)
    ax.bar_label(bars, fmt="%g", padding=3, fontsize=9)
    groups = list(dict.fromkeys(counts[group]))
    ax.legend(
        handles=[Patch(color=GROUP_COLOURS.get(g, MUTED), label=g) for g in groups],
        title=legend_title or group.replace("_", " "),
        loc="lower right",
        fontsize=8,
        title_fontsize=8,
        frameon=False,
    )
    ax.set_title(plain_label(title))
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.15)
    add_source_note(ax, plain_label(source))
    return ax


def plot_cooccurrence(
    matrix: pd.DataFrame,
    ax: plt.Axes | None = None,
    *,
    title: str,
    source: str,
    xlabel: str = "",
    ylabel: str = "",
) -> plt.Axes:
    """A heatmap of a co-occurrence matrix, each cell labelled with its count.

    A symmetric matrix (the same names down and across) shows one triangle:
    each pair once, below the diagonal (``lower_triangle``)."""
    matrix, shown = lower_triangle(matrix)
    rows, cols = matrix.shape
    if ax is None:
        _, ax = plt.subplots(figsize=(max(4.0, 0.6 * cols + 3), max(3.0, 0.45 * rows + 2)))
    values = matrix.to_numpy()
    masked = np.ma.masked_where(~shown, values) if values.size else [[0]]
    ax.imshow(masked, cmap="Blues", aspect="auto", vmin=0)
    top = values.max() if values.size else 0
    for i in range(rows):
        for j in range(cols):
            if values[i, j] and shown[i, j]:
                colour = "white" if values[i, j] > top / 2 else "black"
                ax.text(j, i, str(values[i, j]), ha="center", va="center", color=colour)
    ax.set_xticks(range(cols), [short_label(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(rows), [short_label(r) for r in matrix.index])
    ax.grid(False)
    ax.set_title(plain_label(title))
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    add_note_below(ax, plain_label(source))
    return ax


def lower_triangle(matrix: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """For a symmetric matrix, the rows from the second on and the columns up
    to the last but one, with a mask of the cells below the diagonal; any
    other matrix as it is, every cell shown.

    >>> m = pd.DataFrame([[0, 2, 1], [2, 0, 3], [1, 3, 0]], index=list("abc"), columns=list("abc"))
    >>> part, shown = lower_triangle(m)
    >>> list(part.index), list(part.columns), shown.tolist()
    (['b', 'c'], ['a', 'b'], [[True, False], [True, True]])
    """
    values = matrix.to_numpy()
    square = matrix.shape[0] == matrix.shape[1] > 1
    if not (square and list(matrix.index) == list(matrix.columns) and (values == values.T).all()):
        return matrix, np.ones(matrix.shape, dtype=bool)
    part = matrix.iloc[1:, :-1]
    rows, cols = np.indices(part.shape)
    return part, cols <= rows


def add_note_below(ax: plt.Axes, text: str) -> plt.Axes:
    """Write a source note under everything the Axes draws (rotated labels too)."""
    figure = ax.figure
    box = ax.get_tightbbox(figure.canvas.get_renderer())
    x0, y0 = ax.transAxes.inverted().transform((box.x0, box.y0))
    ax.annotate(
        text,
        xy=(x0, y0),
        xycoords="axes fraction",
        xytext=(0, -6),
        textcoords="offset points",
        fontsize=8,
        color=NOTE,
        va="top",
    )
    return ax


def short_label(text: object, width: int = 32) -> str:
    """Return a tick label cut to ``width`` characters (with "…"), dollars escaped.

    >>> short_label("Korea Aerospace Industries Limited", 20)
    'Korea Aerospace Ind…'
    """
    text = str(text)
    return plain_label(text if len(text) <= width else text[: width - 1] + "…")


def top_entity_title(counts: pd.DataFrame, noun: str) -> str:
    """A title naming the most mentioned entity of a ``name, count`` table.

    >>> top_entity_title(pd.DataFrame({"name": ["Iran", "Russia"], "count": [14, 12]}), "actor")
    'Iran is the most mentioned actor (14 mentions)'
    >>> top_entity_title(pd.DataFrame({"name": ["drone", "radar"], "count": [3, 3]}), "weapon")
    'Drone and radar are the most mentioned weapons (3 mentions each)'
    """
    if counts.empty:
        return f"No {noun} of the lexicon is mentioned"
    top = int(counts["count"].max())
    leaders = [str(n) for n in counts.loc[counts["count"] == top, "name"]]
    unit = "mention" if top == 1 else "mentions"
    if len(leaders) == 1:
        return _capitalised(f"{leaders[0]} is the most mentioned {noun} ({top} {unit})")
    names = ", ".join(leaders[:-1]) + f" and {leaders[-1]}"
    return _capitalised(f"{names} are the most mentioned {noun}s ({top} {unit} each)")


def pair_title(pairs: pd.DataFrame, together: str = "named together") -> str:
    """A title naming the pair seen in most sentences (``a, b, sentences``).

    >>> pair_title(pd.DataFrame({"a": ["Iran"], "b": ["Russia"], "sentences": [9]}))
    'Iran and Russia are named together in 9 sentences'
    """
    if pairs.empty:
        return f"No two entities are {together} in one sentence"
    first = pairs.iloc[0]
    count = int(first["sentences"])
    unit = "sentence" if count == 1 else "sentences"
    return _capitalised(f"{first['a']} and {first['b']} are {together} in {count} {unit}")


def _capitalised(title: str) -> str:
    return title[:1].upper() + title[1:]
