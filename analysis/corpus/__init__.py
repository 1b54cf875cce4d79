"""Corpus: many articles analysed once into one Parquet store, on Dask.

schema.py    the store's tables, columns and Arrow types
extract.py   one article -> rows of every table (the one module that
             calls the analysis); the analysis fingerprint
store.py     part files + manifest: atomic, incremental, locked
progress.py  articles done, rate, time left
build.py     inputs -> batches -> Dask -> store
queries.py   questions across articles, in SQL over the store (DuckDB)
charts.py    mentions over time, the transfer network
exports.py   the network as GraphML and as an edge list
"""

from analysis.lazy import lazy_attributes

#: Public name -> the module that defines it. Modules load on first use, so a
#: notebook that only queries a store does not import the analysis (or Dask).
_SOURCES = {
    "BATCH_SIZE": "analysis.corpus.build",
    "CorpusOptions": "analysis.corpus.build",
    "CorpusSummary": "analysis.corpus.build",
    "build_corpus": "analysis.corpus.build",
    "circle_layout": "analysis.corpus.charts",
    "plot_mentions_over_time": "analysis.corpus.charts",
    "plot_transfer_graph": "analysis.corpus.charts",
    "graphml_text": "analysis.corpus.exports",
    "write_edge_list": "analysis.corpus.exports",
    "write_graphml": "analysis.corpus.exports",
    "analyse_article": "analysis.corpus.extract",
    "analyse_batch": "analysis.corpus.extract",
    "analysis_fingerprint": "analysis.corpus.extract",
    "actor_pairs": "analysis.corpus.queries",
    "claims_timeline": "analysis.corpus.queries",
    "connect_store": "analysis.corpus.queries",
    "describe_store": "analysis.corpus.queries",
    "mentions_over_time": "analysis.corpus.queries",
    "money_promised": "analysis.corpus.queries",
    "read_problems": "analysis.corpus.queries",
    "resolve_store": "analysis.corpus.queries",
    "top_entities": "analysis.corpus.queries",
    "transfer_edges": "analysis.corpus.queries",
    "SCHEMAS": "analysis.corpus.schema",
    "TABLES": "analysis.corpus.schema",
    "MANIFEST": "analysis.corpus.store",
    "live_files": "analysis.corpus.store",
    "open_store": "analysis.corpus.store",
    "read_manifest": "analysis.corpus.store",
}


__getattr__, __dir__ = lazy_attributes(__name__, _SOURCES)


__all__ = [
    "MANIFEST",
    "BATCH_SIZE",
    "SCHEMAS",
    "TABLES",
    "CorpusOptions",
    "CorpusSummary",
    "actor_pairs",
    "analyse_article",
    "analyse_batch",
    "analysis_fingerprint",
    "build_corpus",
    "circle_layout",
    "claims_timeline",
    "connect_store",
    "describe_store",
    "graphml_text",
    "live_files",
    "mentions_over_time",
    "money_promised",
    "open_store",
    "plot_mentions_over_time",
    "plot_transfer_graph",
    "read_manifest",
    "read_problems",
    "resolve_store",
    "top_entities",
    "transfer_edges",
    "write_edge_list",
    "write_graphml",
]
