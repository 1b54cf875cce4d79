"""News-article analysis: from an article's text to tables, charts and reports.

Data flows one way, one module per step:

    article.py    load_article(path) -> Article (text, sections, id)
    tokenise.py   sentences and words with character offsets
    vocabulary.py frequencies, collocations, keyword-in-context
    lexicon.py    actor and weapon lexicons from data/ (validated)
    mentions.py   lexicon matches -> one row per mention, counts, co-occurrence
    money.py      amounts of money and how a total is split
    transfers.py  who supplies what to whom, with status and attribution
    charts.py     plot helpers (ax=None -> Axes), one style
    runner.py     papermill + nbconvert: notebooks -> reports/<article-id>/

Every match keeps ``(start, end)`` offsets into ``Article.text`` so any number
in a report can be traced back to the sentence it came from.
"""

from analysis.errors import AnalysisError

__all__ = ["AnalysisError"]
