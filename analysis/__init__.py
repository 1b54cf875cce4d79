"""News-article analysis: from an article's text to tables, charts and reports.

Data flows one way, and the folders are its stages (article -> sections ->
sentences and words -> mentions, amounts, transfers -> tables -> charts ->
reports). Each subpackage's ``__init__`` lists its public names (``__all__``);
notebooks and other subpackages import only those. A module imports only from
its own subpackage and the layers below it (``tests/test_layering.py`` checks
every import):

    config.py          every path the project uses (the one module that knows)
    errors.py          AnalysisError and its subclasses (file + problem)
    files.py           atomic writes, locks, staging folders
    html.py            escaping, highlighted spans, HTML tables
    disk_cache.py      compiled matchers kept on disk between processes
    lazy.py            public names that load their modules on first use
    papermill_errors.py  papermill by hand: a notebook's error as one line
    text/              article (sections, id), sentences (Punkt + project
                       abbreviations), words (named rules), word lists,
                       spans (which sentence holds an offset), patterns, wording
    sources/           article inputs with metadata (title, date, outlet, url):
                       .txt, saved web pages (trafilatura), CSV/JSONL rows,
                       folders, URL lists (polite fetcher, disk cache)
    vocabulary/        counts (frequencies, collocations), terms (keywords in
                       context, stems, dispersion), tables
    entities/          lexicon (load, validate), matcher (compile once), scan
                       (names in text), mentions (rows, counts, roll-ups,
                       co-occurrence, candidates); the second pass: mention_rows
                       (plain records), context (institutions, places),
                       discovery + discovery_rules + discovery_counts (names
                       no lexicon knows), weapon_discovery (the weapons'
                       pass) with weapon_designations, weapon_named_systems,
                       weapon_ships, weapon_repeats (later mentions),
                       weapon_names, weapon_models, weapon_references,
                       weapon_ship_references, weapon_exclusions,
                       weapon_calibres, weapon_brackets, weapon_data,
                       weapon_spans; weapon_generics (generic names),
                       second_pass (all of it together, the JSON),
                       report_tables (notebook 02's tables, labelled for
                       a reader)
    money/             amount (the record), currencies, numbers, qualifiers,
                       amounts (find them), rules (linking words), allocations
                       (totals and parts), links (parts across the article),
                       remainder (arithmetic), words, tables, report_tables
                       (the columns a report page shows)
    grammar/           the clause reader: word classes (word lists, lemminflect,
                       context rules), phrases, clauses and slots -> Parse
    transfers/         records, rules (attribution patterns), sources (who says
                       so), frames (data/transfer_frames.csv on a Parse: roles,
                       stage, polarity, modality), sentence (rows from frames),
                       extract (the article's table and JSON)
    charts/            style (one style, one palette), vocabulary, mentions,
                       split, network: one kind of figure each (ax=None -> Axes)
    corpus/            many articles -> one Parquet store on Dask (schema,
                       extract, store, build, progress), queries (DuckDB),
                       charts and exports of the store
    notebook.py        what notebooks call to save tables and findings and to
                       show HTML (the only IPython user)
    runner/            plan, parameters, execute, render, portable, export
                       (+ templates/), publish, provenance, overview, run,
                       inputs (any source as a run's articles), corpus (05)
    cli.py             ``python -m analysis``: argparse, progress lines, JSON

Every match keeps ``(start, end)`` offsets into ``Article.text`` so any number
in a report can be traced back to the sentence it came from.
"""

from analysis.errors import AnalysisError

__all__ = ["AnalysisError"]
