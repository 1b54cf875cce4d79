"""Transfer network: a directed chart of who supplies what to whom.

Matplotlib only (no graph library): actors sit on a circle, each supplier ->
recipient pair is an arrow labelled with its items, and the line style says
how firm the transfer is: solid for delivered or ongoing, dash-dot for agreed
or implied, dashed for possible, offered or sought, dotted for denied or
negated. Arrows between the same two actors curve apart.
"""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from analysis.charts.style import FRAME, STATUS_COLOURS, add_source_note, plain_label

# status -> (line style, colour, legend label); order is the legend's order.
STATUS_STYLES: dict[str, tuple[str, str, str]] = {
    "delivered": ("solid", STATUS_COLOURS["delivered"], "delivered"),
    "ongoing": ("solid", STATUS_COLOURS["ongoing"], "ongoing"),
    "agreed": ("dashdot", STATUS_COLOURS["agreed"], "agreed"),
    "planned": ("dashdot", STATUS_COLOURS["planned"], "planned (will, is to, pledged)"),
    "implied": ("dashdot", STATUS_COLOURS["implied"], "implied by use"),
    "offered": ("dashed", STATUS_COLOURS["offered"], "offered"),
    "sought": ("dashed", STATUS_COLOURS["sought"], "sought"),
    "possible": ("dashed", STATUS_COLOURS["possible"], "possible (may, could, considering)"),
    "denied": ("dotted", STATUS_COLOURS["denied"], "denied"),
    "negated": ("dotted", STATUS_COLOURS["negated"], "said not to happen"),
    "unspecified": ("dotted", STATUS_COLOURS["unspecified"], "status not stated"),
}
MAX_LABEL_ITEMS = 4
OUTER_RADIUS = 1.3
# Degrees of the nodes after the main pair, in order: lower corners, then upper.
OUTER_ANGLES = (240, 300, 120, 60, 210, 330, 150, 30)


def layout_circle(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Place the main pair left and right and the other nodes around them.

    Nodes come heaviest first. The first two face each other on the unit
    circle; the next ones sit further out, at the corners, clear of the arcs
    between the main pair (the top and bottom middle); any beyond
    ``OUTER_ANGLES`` share an evenly spaced outer circle.

    >>> [tuple(round(v, 2) + 0 for v in xy) for xy in layout_circle(list("ABCD")).values()]
    [(-1.0, 0.0), (1.0, 0.0), (-0.65, -1.13), (0.65, -1.13)]
    >>> layout_circle(["Only"])
    {'Only': (-1.0, 0.0)}
    """
    positions = {node: (-1.0 if i == 0 else 1.0, 0.0) for i, node in enumerate(nodes[:2])}
    outer = nodes[2:]
    angles = (
        OUTER_ANGLES[: len(outer)]
        if len(outer) <= len(OUTER_ANGLES)
        else [90 + 360 * i / len(outer) for i in range(len(outer))]
    )
    for node, angle in zip(outer, angles, strict=True):
        radians = math.radians(angle)
        positions[node] = (OUTER_RADIUS * math.cos(radians), OUTER_RADIUS * math.sin(radians))
    return positions


def edge_label(items: list[str], width: int = 56) -> str:
    """Items of an edge as a short wrapped label.

    >>> edge_label(["drone", "guided aerial bomb", "munition", "radar", "tank"])
    'drone, guided aerial bomb, munition, radar, +1 more'
    """
    unique = list(dict.fromkeys(items))
    shown = unique[:MAX_LABEL_ITEMS]
    if len(unique) > MAX_LABEL_ITEMS:
        shown.append(f"+{len(unique) - MAX_LABEL_ITEMS} more")
    return plain_label("\n".join(textwrap.wrap(", ".join(shown), width=width)))


def network_edges(transfers: pd.DataFrame, roll_up: bool = True) -> pd.DataFrame:
    """One row per (supplier, recipient, status): the items, in reading order."""
    supplier, recipient = (
        ("supplier_country", "recipient_country") if roll_up else ("supplier", "recipient")
    )
    columns = ["supplier", "recipient", "status", "items", "rows"]
    if transfers.empty:
        return pd.DataFrame(columns=columns)
    grouped = transfers.groupby([supplier, recipient, "status"], sort=False)
    edges = grouped.agg(items=("item", lambda s: list(dict.fromkeys(s))), rows=("item", "size"))
    edges = edges.reset_index()
    edges.columns = columns
    return edges


def plot_transfer_network(
    transfers: pd.DataFrame,
    ax: plt.Axes | None = None,
    *,
    roll_up: bool = True,
    title: str = "",
    source: str = "",
) -> plt.Axes:
    """Draw the transfers as a directed network; return the Axes.

    ``transfers`` has the columns of ``analysis.transfers.extract.COLUMNS``. With
    ``roll_up`` the nodes are countries, else the actors as matched. An empty
    table draws a note saying so.
    """
    edges = network_edges(transfers, roll_up)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 7))
    ax.set_axis_off()
    ax.set_title(plain_label(title or default_title(edges)))
    if source:
        add_source_note(ax, plain_label(source))
    if edges.empty:
        ax.text(0.5, 0.5, "No transfers found", ha="center", va="center", transform=ax.transAxes)
        return ax
    weight = pd.concat(
        [edges.groupby("supplier")["rows"].sum(), edges.groupby("recipient")["rows"].sum()]
    )
    nodes = list(weight.groupby(level=0).sum().sort_values(ascending=False, kind="stable").index)
    positions = layout_circle(nodes)
    _draw_edges(ax, edges, positions)
    for node, (x, y) in positions.items():
        ax.text(
            x,
            y,
            plain_label(textwrap.fill(str(node), 18)),
            ha="center",
            va="center",
            fontsize=10,
            fontweight="bold",
            zorder=3,
            bbox={"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": FRAME},
        )
    ax.set_xlim(-1.6, 1.6)
    ax.set_ylim(-1.6, 1.6)
    ax.set_aspect("equal")
    ax.legend(
        handles=_legend_handles(edges["status"]),
        title="status",
        loc="center left",
        bbox_to_anchor=(1.0, 0.5),
        fontsize=8,
        frameon=False,
    )
    return ax


def default_title(edges: pd.DataFrame) -> str:
    """A title that states the finding: the pair with the most items."""
    if edges.empty:
        return "The article reports no arms transfers"
    pairs = edges.groupby(["supplier", "recipient"], sort=False)["items"].sum()
    counts = pairs.map(lambda items: len(set(items)))
    (supplier, recipient), top = counts.idxmax(), counts.max()
    noun = "item" if top == 1 else "different items"
    pairs_text = "1 pair" if len(pairs) == 1 else f"{len(pairs)} pairs"
    return f"Most items go {supplier} → {recipient} ({top} {noun}; {pairs_text} in all)"


def _draw_edges(ax: plt.Axes, edges: pd.DataFrame, positions: dict) -> None:
    seen: dict[frozenset, int] = {}
    for edge in edges.itertuples(index=False):
        key = frozenset((edge.supplier, edge.recipient))
        rank = seen.get(key, 0)
        seen[key] = rank + 1
        rad = 0.1 + 0.13 * rank
        (x1, y1), (x2, y2) = positions[edge.supplier], positions[edge.recipient]
        style, colour, _ = STATUS_STYLES.get(edge.status, STATUS_STYLES["unspecified"])
        ax.add_patch(
            FancyArrowPatch(
                (x1, y1),
                (x2, y2),
                connectionstyle=f"arc3,rad={rad}",
                arrowstyle="-|>",
                mutation_scale=16,
                linestyle=style,
                linewidth=2,
                color=colour,
                shrinkA=28,
                shrinkB=28,
                zorder=2,
            )
        )
        # arc3 bends towards (dy, -dx); the curve's midpoint is half way to its control point.
        mx, my = (x1 + x2) / 2 + rad * (y2 - y1) / 2, (y1 + y2) / 2 - rad * (x2 - x1) / 2
        ax.text(
            mx,
            my,
            edge_label(edge.items),
            ha="center",
            va="center",
            fontsize=7.5,
            color=colour,
            zorder=4,
            bbox={
                "boxstyle": "round,pad=0.2",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.85,
            },
        )


def _legend_handles(statuses: pd.Series) -> list[Line2D]:
    present = set(statuses)
    return [
        Line2D([0], [0], linestyle=style, color=colour, linewidth=2, label=label)
        for status, (style, colour, label) in STATUS_STYLES.items()
        if status in present
    ]
