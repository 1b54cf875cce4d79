"""News-article analysis: from an article's text to tables, charts and reports.

Data flows one way, one module per step (article -> sections -> sentences and
tokens -> mentions, amounts, transfers -> tables -> charts -> reports):

    config.py        paths (the one module that knows where things live)
    errors.py        AnalysisError and its subclasses (file + problem)
    article.py       load_article(path) -> Article: text, sections, id
    tokenise.py      sentences (Punkt, project abbreviations) and word tokens
    vocabulary.py    frequencies, collocations, keyword-in-context, dispersion
    lexicon.py       actor and weapon lexicons from data/, validated
    matcher.py       a lexicon compiled into one trie-shaped pattern, once
    matching.py      lexicon names found in text, with offsets
    disk_cache.py    compiled matchers kept on disk between processes
    mentions.py      one row per mention; counts, roll-ups, co-occurrence
    currencies.py    currency symbols, codes and words
    money.py         amounts of money in a text; money_numbers.py: numbers in
                     digits and words; money_qualifiers.py: "more than", "a year";
                     money_tables.py: amounts in words, tables, JSON summary
    allocations.py   a total linked to its parts (allocation_rules.py: the
                     linking words as named patterns); remainder.py: what is left
    transfer_*.py    arms transfers: rules, cues, one sentence, parties, status,
                     implied, items, sources;
    transfers.py     the article-level table
    report.py        atomic CSV, key findings, escaped HTML for notebooks
    charts.py        the one plotting style; *_chart(s).py / transfer_network.py
                     draw one kind of figure each (ax=None -> Axes)

Rendering reports (``python -m analysis run``):

    cli.py           the command line
    runner.py        plan, check inputs, skip what is up to date, run, publish
    parameters.py    read a notebook's parameters cell; type and check values
    execute.py       one notebook with papermill's semantics, in this process
    render.py        execute -> portable -> HTML, in a worker thread
    portable.py      no machine paths or random ids in executed notebooks
    export.py        nbconvert HTML that works offline (templates/offline)
    publish.py       move outputs into reports/<article-id>/ atomically
    provenance.py    manifest.json and up-to-date decisions
    overview.py      reports/index.html and reports/<article-id>/index.html
    output_folder.py atomic writes, locks, staging folders

Every match keeps ``(start, end)`` offsets into ``Article.text`` so any number
in a report can be traced back to the sentence it came from.
"""

from analysis.errors import AnalysisError

__all__ = ["AnalysisError"]
