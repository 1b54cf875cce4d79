"""Vocabulary charts: the lexical dispersion plot and safe chart labels.

Plot helpers take ``ax=None`` and return the Axes, in the style set by
``analysis.charts.style.use_style``. Text taken from an article goes through
``plain_label`` first, so a "$" never switches matplotlib into mathtext.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from analysis.charts.style import ACCENT, MUTED, NOTE, add_source_note, plain_label
from analysis.vocabulary import split_terms

#: Section kinds whose start is marked on a dispersion plot (body paragraphs are not).
MARKED_SECTIONS = ("caption", "subheading", "credit")


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

    ``hits`` has ``term`` and ``offset`` columns (``vocabulary.locate_terms``);
    ``sections`` (``vocabulary.locate_sections``) adds a dotted line where
    each caption, subheading and credit starts.
    """
    terms = split_terms(terms)
    if ax is None:
        height = max(2.5, 0.45 * len(terms) + 2.0)
        fig, ax = plt.subplots(figsize=(8, height))
        fig.subplots_adjust(bottom=0.75 / height, top=1 - 0.6 / height)  # room for the notes
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
            color=NOTE,
            va="bottom",
        )


def top_words_title(frequencies: pd.DataFrame) -> str:
    """A title stating the most frequent word of a ``word, count`` table.

    >>> top_words_title(pd.DataFrame({"word": ["iran", "russia"], "count": [14, 12]}))
    '“iran” is the most frequent word (14 times)'
    >>> top_words_title(pd.DataFrame({"word": ["okafor", "military"], "count": [9, 9]}))
    '“okafor” and “military” are the most frequent words (9 times each)'
    """
    if frequencies.empty:
        return "No words are left once stopwords, numbers and punctuation are removed"
    top = int(frequencies["count"].iloc[0])
    leaders = [str(w) for w in frequencies.loc[frequencies["count"] == top, "word"]]
    if len(leaders) == 1:
        return plain_label(f"“{leaders[0]}” is the most frequent word ({top} times)")
    names = ", ".join(f"“{w}”" for w in leaders[:-1]) + f" and “{leaders[-1]}”"
    return plain_label(f"{names} are the most frequent words ({top} times each)")


def sentence_length_title(lengths: pd.DataFrame) -> str:
    """A title stating the median and longest sentence (``words`` column).

    >>> sentence_length_title(pd.DataFrame({"words": [10, 20, 40]}))
    'Half the sentences have 20 words or fewer; the longest has 40'
    """
    if lengths.empty:
        return "The article has no sentences"
    median, longest = float(lengths["words"].median()), int(lengths["words"].max())
    return f"Half the sentences have {median:g} words or fewer; the longest has {longest}"


def dispersion_title(hits: pd.DataFrame, terms: list[str], total_words: int) -> str:
    """A title stating which term spreads widest through the article, and which least.

    The spread of a term is the share of the article's words between its
    first and last occurrence.

    >>> hits = pd.DataFrame({"term": ["chad", "chad", "ngozi", "ngozi"], "offset": [0, 90, 10, 30]})
    >>> dispersion_title(hits, ["chad", "ngozi", "sudan"], 100)
    '“chad” runs through 90% of the article; “ngozi” through 20%; “sudan” does not occur'
    """
    terms = split_terms(terms)
    if hits.empty:
        return "None of the terms occurs in the article"
    spans = hits.groupby("term")["offset"].agg(lambda s: s.max() - s.min())
    spread = {t: round(100 * spans[t] / max(total_words, 1)) for t in terms if t in spans}
    ranked = sorted(spread, key=lambda t: (-spread[t], terms.index(t)))
    parts = [f"“{ranked[0]}” runs through {spread[ranked[0]]}% of the article"]
    if len(ranked) > 1:
        parts.append(f"“{ranked[-1]}” through {spread[ranked[-1]]}%")
    missing = [t for t in terms if t not in spread]
    if missing:
        verb = "does not occur" if len(missing) == 1 else "do not occur"
        parts.append(", ".join(f"“{t}”" for t in missing) + f" {verb}")
    return plain_label("; ".join(parts))
