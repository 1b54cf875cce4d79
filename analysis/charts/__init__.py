"""Charts: one plotting style and one helper per kind of figure (``ax=None`` -> Axes)."""

from __future__ import annotations

from analysis.charts.mentions import (
    pair_title,
    plot_cooccurrence,
    plot_entity_bars,
    top_entity_title,
)
from analysis.charts.network import plot_transfer_network
from analysis.charts.split import plot_note, plot_split, plot_splits
from analysis.charts.style import add_source_note, plain_label, plot_bars, plot_histogram, use_style
from analysis.charts.vocabulary import (
    dispersion_title,
    plot_dispersion,
    sentence_length_title,
    top_words_title,
)

__all__ = [
    "add_source_note",
    "dispersion_title",
    "pair_title",
    "plain_label",
    "plot_bars",
    "plot_cooccurrence",
    "plot_dispersion",
    "plot_entity_bars",
    "plot_histogram",
    "plot_note",
    "plot_split",
    "plot_splits",
    "plot_transfer_network",
    "sentence_length_title",
    "top_entity_title",
    "top_words_title",
    "use_style",
]
