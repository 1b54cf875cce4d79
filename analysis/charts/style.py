"""Charts: the one plotting style and the helpers every notebook shares.

Plot helpers take ``ax=None`` and return the Axes. Every figure gets a title
that states the finding, labelled axes with units, and a source note.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

STYLE = {
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": mpl.cycler(
        color=["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#7f7f7f"]
    ),
    # Reproducible output: no random ids or dates in SVG, fixed PNG metadata.
    "svg.hashsalt": "news-analysis",
    "svg.fonttype": "none",
}
# The palette: every colour a chart uses is named here, once.
ACCENT = "#1f77b4"
MUTED = "#9e9e9e"  # also the colour of anything without a colour of its own
INK = "#333333"  # labels drawn on a chart
NOTE = "#555555"  # source notes and empty-chart messages
FRAME = "#444444"  # boxes around labels
UNITEMISED = "#eeeeee"  # the part of a total no part accounts for
WARNING = "#d62728"  # parts that exceed their total
#: Parts of a split, in order.
PART_COLOURS = ["#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#bcbd22"]
#: One colour per actor type and weapon category (a category is named once).
GROUP_COLOURS = {
    "country": "#1f77b4",
    "government": "#6baed6",
    "military": "#d62728",
    "organisation": "#2ca02c",
    "armed_group": "#ff7f0e",
    "company": "#9467bd",
    "media": "#8c564b",
    "person": "#e377c2",
    "missiles": "#d62728",
    "uav": "#ff7f0e",
    "aircraft": "#1f77b4",
    "air_defence": "#17becf",
    "guided_bombs": "#9467bd",
    "munitions": "#8c564b",
    "artillery": "#bcbd22",
    "sensors": "#2ca02c",
    "satellites": "#7f7f7f",
    "ships": "#393b79",
    "naval_weapons": "#5254a3",
    "anti_submarine": "#6b6ecf",
    "armoured_vehicles": "#637939",
    "engines": "#8c6d31",
    "small_arms": "#843c39",
    "other": "#9e9e9e",
}
#: One colour per transfer status.
STATUS_COLOURS = {
    "delivered": "#b2182b",
    "ongoing": "#ef6548",
    "agreed": "#8c510a",
    "planned": "#bf812d",
    "implied": "#7f7f7f",
    "offered": "#6a51a3",
    "sought": "#2171b5",
    "possible": "#41ab5d",
    "denied": "#525252",
    "negated": "#969696",
    "unspecified": "#bdbdbd",
}


def plain_label(text: object) -> str:
    """Return ``text`` safe for a matplotlib label: dollar signs are escaped,
    so article text such as "$5 billion ... $2.5 billion" is never mathtext.

    >>> plain_label("$5 billion for $2.5 billion")
    '\\\\$5 billion for \\\\$2.5 billion'
    """
    return str(text).replace("\\$", "$").replace("$", r"\$")


def use_style() -> None:
    """Set the project's plotting and table style (call once, in the setup cell)."""
    mpl.rcParams.update(STYLE)
    pd.set_option("display.html.use_mathjax", False)
    pd.set_option("display.max_colwidth", 200)
    pd.set_option("display.max_rows", 200)
    _configure_inline_backend()


def _configure_inline_backend() -> None:
    """Make inline PNGs tight and free of version metadata, and draw each
    figure once, when in IPython."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the kernel
        return
    shell = get_ipython()
    if shell is None:
        return
    shell.run_line_magic(
        "config",
        "InlineBackend.print_figure_kwargs = "
        "{'bbox_inches': 'tight', 'metadata': {'Software': None}}",
    )
    _draw_inline_figures_once()


#: The names matplotlib gives the inline backend of Jupyter kernels.
INLINE_BACKENDS = ("inline", "module://matplotlib_inline.backend_inline")


def _draw_inline_figures_once() -> None:
    """Leave the drawing of an inline figure to the PNG the backend sends.

    After each cell pyplot redraws every changed figure (its REPL display
    hook, which keeps a window up to date); the inline backend then draws
    the figure again for its PNG and closes it, so that first drawing, a
    third of a chart cell's time, is never seen. The backend is loaded here
    (else the first figure loads it and installs the hook) and the hook
    removed. Any other backend keeps it.
    """
    backend = mpl.get_backend()
    if backend not in INLINE_BACKENDS:
        return
    if not plt.get_fignums():
        plt.switch_backend(backend)
    plt.uninstall_repl_displayhook()


def add_source_note(ax: plt.Axes, text: str) -> plt.Axes:
    """Write a small source note under the plot area, below the x-axis label."""
    below = 40 if ax.get_xlabel() else 24
    ax.annotate(
        text,
        xy=(0, 0),
        xycoords="axes fraction",
        xytext=(0, -below),
        textcoords="offset points",
        fontsize=8,
        color=NOTE,
        ha="left",
        va="top",
        annotation_clip=False,
    )
    return ax


def plot_bars(
    values: pd.Series,
    ax: plt.Axes | None = None,
    *,
    title: str,
    xlabel: str,
    source: str,
    color: str = ACCENT,
) -> plt.Axes:
    """Horizontal bars, largest on top, each labelled with its value."""
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.0, 0.35 * len(values) + 1.2)))
    ordered = values.iloc[::-1]
    bars = ax.barh([str(i) for i in ordered.index], ordered.to_numpy(), color=color)
    ax.bar_label(bars, fmt="%g", padding=3, fontsize=9)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)
    add_source_note(ax, source)
    return ax


def plot_histogram(
    values: pd.Series,
    ax: plt.Axes | None = None,
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    source: str,
    bins: int | str = "auto",
) -> plt.Axes:
    """A histogram of ``values`` with a dashed line at the median."""
    if ax is None:
        _, ax = plt.subplots()
    ax.hist(values.to_numpy(), bins=bins, color=ACCENT, edgecolor="white")
    if len(values):
        median = float(values.median())
        ax.axvline(median, color=WARNING, linestyle="--", linewidth=1)
        ax.annotate(
            f"median {median:g}",
            xy=(median, 1),
            xycoords=("data", "axes fraction"),
            xytext=(4, -12),
            textcoords="offset points",
            color=WARNING,
            fontsize=9,
        )
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    add_source_note(ax, source)
    return ax
