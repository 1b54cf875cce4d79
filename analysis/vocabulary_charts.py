"""Vocabulary charts: the lexical dispersion plot and safe chart labels.

Plot helpers take ``ax=None`` and return the Axes, in the style set by
``analysis.charts.use_style``. Text taken from an article goes through
``plain_label`` first, so a "$" never switches matplotlib into mathtext.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from analysis.charts import ACCENT, MUTED, add_source_note

#: Section kinds whose start is marked on a dispersion plot (body paragraphs are not).
MARKED_SECTIONS = ("caption", "subheading", "credit")


def plain_label(text: object) -> str:
    """Return ``text`` safe for a matplotlib label: dollar signs are escaped.

    >>> plain_label("$61 billion for $14.3 billion")
    '\\\\$61 billion for \\\\$14.3 billion'
    """
    return str(text).replace("\\$", "$").replace("$", r"\$")


def plot_dispersion(
    hits: pd.DataFrame,
    terms: list[str],
    total_words: int,
    ax: plt.Axes | None = None,
    *,
    title: str,
    source: str,
    sections: pd.DataFrame | None = None,
) -> plt.Axes:
    """Lexical dispersion: one row per term, a tick at each word offset where it occurs.

    ``hits`` has ``term`` and ``offset`` columns (``vocabulary.dispersion``);
    ``sections`` (``vocabulary.section_word_offsets``) adds a dotted line where
    each caption, subheading and credit starts.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.0, 0.45 * len(terms) + 1.6)))
    for row, term in enumerate(terms):
        offsets = hits.loc[hits["term"] == term, "offset"].to_numpy()
        ax.scatter(offsets, [row] * len(offsets), marker="|", s=300, color=ACCENT, linewidths=1.5)
    ax.set_yticks(range(len(terms)), [plain_label(t) for t in terms])
    ax.set_ylim(len(terms) - 0.5, -0.5)
    pad = max(total_words, 1) * 0.015  # a tick at word 0 must not hide behind the axis
    ax.set_xlim(-pad, max(total_words, 1) + pad)
    if sections is not None:
        _mark_sections(ax, sections)
    ax.set_title(plain_label(title), pad=16 if sections is not None else 6)
    ax.set_xlabel("position in the article (words from the start)")
    ax.grid(axis="y", visible=False)
    add_source_note(ax, plain_label(source))
    return ax


def _mark_sections(ax: plt.Axes, sections: pd.DataFrame) -> None:
    """Dotted vertical lines, labelled at the top, where marked sections start."""
    marked = sections[sections["section"].isin(MARKED_SECTIONS)]
    for offset, kind in zip(marked["offset"], marked["section"], strict=True):
        ax.axvline(offset, color=MUTED, linestyle=":", linewidth=1)
        ax.annotate(
            kind,
            xy=(offset, 1),
            xycoords=("data", "axes fraction"),
            xytext=(2, 2),
            textcoords="offset points",
            fontsize=8,
            color="#555555",
            va="bottom",
        )
