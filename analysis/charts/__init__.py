"""Charts: one plotting style and one helper per kind of figure (``ax=None`` -> Axes).

mentions.py    entity bars, co-occurrence
network.py     the transfer network of one article
split.py       a total and its parts
style.py       the house style, bars, histograms, source notes
vocabulary.py  dispersion, top words, sentence lengths
"""

from analysis.lazy import lazy_attributes

#: Public name -> the module that defines it. Modules load on first use, so a
#: notebook that draws one kind of chart does not import every chart module.
_SOURCES = {
    "pair_title": "analysis.charts.mentions",
    "plot_cooccurrence": "analysis.charts.mentions",
    "plot_entity_bars": "analysis.charts.mentions",
    "top_entity_title": "analysis.charts.mentions",
    "plot_transfer_network": "analysis.charts.network",
    "plot_note": "analysis.charts.split",
    "plot_split": "analysis.charts.split",
    "plot_splits": "analysis.charts.split",
    "add_source_note": "analysis.charts.style",
    "plain_label": "analysis.charts.style",
    "plot_bars": "analysis.charts.style",
    "plot_histogram": "analysis.charts.style",
    "use_style": "analysis.charts.style",
    "dispersion_title": "analysis.charts.vocabulary",
    "plot_dispersion": "analysis.charts.vocabulary",
    "sentence_length_title": "analysis.charts.vocabulary",
    "top_words_title": "analysis.charts.vocabulary",
}


__getattr__, __dir__ = lazy_attributes(__name__, _SOURCES)


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
