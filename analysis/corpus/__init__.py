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

from analysis.corpus.build import BATCH_SIZE, CorpusOptions, CorpusSummary, build_corpus
from analysis.corpus.charts import circle_layout, plot_mentions_over_time, plot_transfer_graph
from analysis.corpus.exports import graphml_text, write_edge_list, write_graphml
from analysis.corpus.extract import analyse_article, analyse_batch, analysis_fingerprint
from analysis.corpus.queries import (
    actor_pairs,
    claims_timeline,
    connect_store,
    describe_store,
    mentions_over_time,
    money_promised,
    read_problems,
    resolve_store,
    top_entities,
    transfer_edges,
)
from analysis.corpus.schema import SCHEMAS, TABLES
from analysis.corpus.store import live_files, open_store, read_manifest

__all__ = [
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
