"""Mention charts: bars coloured by type, annotated heatmaps, titles from data."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.charts.mentions import (
    pair_title,
    plot_cooccurrence,
    plot_entity_bars,
    top_entity_title,
)
from analysis.charts.style import GROUP_COLOURS


def test_bars_are_coloured_by_type_largest_on_top():
    counts = pd.DataFrame(
        {"name": ["Iran", "Hezbollah", "$ Corp"], "type": ["country", "armed_group", "company"],
         "count": [5, 2, 1]}
    )  # fmt: skip
    ax = plot_entity_bars(counts, title="Iran leads", xlabel="mentions", source="Source: a.txt")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [r"\$ Corp", "Hezbollah", "Iran"]  # bottom to top; "$" escaped
    colours = [mcolors.to_hex(p.get_facecolor()) for p in ax.patches[:3]]
    assert colours == [
        GROUP_COLOURS["company"],
        GROUP_COLOURS["armed_group"],
        GROUP_COLOURS["country"],
    ]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "country",
        "armed_group",
        "company",
    ]
    assert ax.get_title() == "Iran leads"
    assert any(t.get_text() == "Source: a.txt" for t in ax.texts)
    plt.close(ax.figure)


def test_symmetric_heatmap_shows_each_pair_once():
    # Each pair once, below the diagonal (it used to show every pair twice).
    names = ["Iran", "Russia", "Ukraine"]
    matrix = pd.DataFrame([[0, 2, 0], [2, 0, 1], [0, 1, 0]], index=names, columns=names)
    ax = plot_cooccurrence(matrix, title="t", source="Source: a.txt")
    cells = sorted(t.get_text() for t in ax.texts if t.get_text() != "Source: a.txt")
    assert cells == ["1", "2"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Iran", "Russia"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Russia", "Ukraine"]
    plt.close(ax.figure)


def test_heatmap_of_two_kinds_labels_every_nonzero_cell():
    matrix = pd.DataFrame([[2, 0], [1, 3]], index=["Iran", "Russia"], columns=["drone", "missile"])
    ax = plot_cooccurrence(matrix, title="t", source="Source: a.txt")
    cells = sorted(t.get_text() for t in ax.texts if t.get_text() != "Source: a.txt")
    assert cells == ["1", "2", "3"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["drone", "missile"]
    plt.close(ax.figure)


def test_titles_state_the_finding():
    counts = pd.DataFrame({"name": ["Iran", "Russia", "Hezbollah"], "count": [4, 4, 1]})
    assert top_entity_title(counts, "actor") == (
        "Iran and Russia are the most mentioned actors (4 mentions each)"
    )
    assert top_entity_title(counts.iloc[2:], "actor") == (
        "Hezbollah is the most mentioned actor (1 mention)"
    )
    assert top_entity_title(counts.iloc[:0], "weapon") == "No weapon of the lexicon is mentioned"
    pairs = pd.DataFrame({"a": ["Russia"], "b": ["drone"], "sentences": [1]})
    assert pair_title(pairs, "mentioned together") == (
        "Russia and drone are mentioned together in 1 sentence"
    )
    assert pair_title(pairs.iloc[:0]) == "No two entities are named together in one sentence"
