"""Corpus: many articles analysed once into one Parquet store, on Dask.

schema.py    the store's tables, columns and Arrow types
extract.py   one article -> rows of every table (the one module that
             calls the analysis); the analysis fingerprint
store.py     part files + manifest: atomic, incremental, locked
progress.py  articles done, rate, time left
build.py     inputs -> batches -> Dask -> store
"""

from analysis.corpus.build import BATCH_SIZE, CorpusOptions, CorpusSummary, build_corpus
from analysis.corpus.extract import analyse_article, analyse_batch, analysis_fingerprint
from analysis.corpus.schema import SCHEMAS, TABLES
from analysis.corpus.store import live_files, open_store, read_manifest

__all__ = [
    "BATCH_SIZE",
    "SCHEMAS",
    "TABLES",
    "CorpusOptions",
    "CorpusSummary",
    "analyse_article",
    "analyse_batch",
    "analysis_fingerprint",
    "build_corpus",
    "live_files",
    "open_store",
    "read_manifest",
]
