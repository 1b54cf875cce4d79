"""Sources: articles from text files, saved web pages, tables, folders and
web addresses, each with its metadata (title, date, outlet, url, language).

    record.py      SourcedArticle (an Article + metadata), SourceProblem
    formats.py     which reader a file needs; formats that cannot be read
    text.py        .txt, read by analysis.article
    html.py        .html/.htm, text and metadata extracted by trafilatura
    tables.py      .csv/.tsv/.jsonl, one article per row, columns configurable
    urls.py        a list of web addresses, fetched politely with a disk cache
    collection.py  any mix of the above and folders, as one lazy stream
"""

from analysis.sources.collection import (
    count_sources,
    iter_files,
    read_file,
    read_source,
    read_sources,
)
from analysis.sources.formats import detect_format
from analysis.sources.html import article_from_html
from analysis.sources.record import (
    SourcedArticle,
    SourceProblem,
    make_sourced,
    normalise_date,
    slug_id,
)
from analysis.sources.tables import COLUMN_NAMES, TableColumns, read_table
from analysis.sources.text import read_text_file
from analysis.sources.urls import PageFetcher, read_url_list

__all__ = [
    "COLUMN_NAMES",
    "PageFetcher",
    "SourceProblem",
    "SourcedArticle",
    "TableColumns",
    "article_from_html",
    "count_sources",
    "detect_format",
    "iter_files",
    "make_sourced",
    "normalise_date",
    "read_file",
    "read_source",
    "read_sources",
    "read_table",
    "read_text_file",
    "read_url_list",
    "slug_id",
]
