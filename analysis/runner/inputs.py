"""Inputs of a per-article run: any source ``analysis.sources`` reads.

A ``.txt`` article is loaded as before. A saved web page, a table of
articles (one per row), a URL list or a folder gives its articles through
``analysis.sources``; each article's text is written to
``<out>/<article-id>/article.txt`` (the file the notebooks read, kept beside
the reports as the text that was analysed; written by ``write_article_texts``
once every input is checked) and its metadata (title, date,
outlet, url, where it came from) travels in ``Article.metadata`` to the
manifest, the report header and the overview.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from analysis.errors import ArticleError, SourceError
from analysis.files import inside, write_atomic
from analysis.sources import SourceProblem, detect_format, read_sources
from analysis.text import Article, load_article

__all__ = [
    "ARTICLE_TEXT", "PUBLISHED_FIELDS", "describe_published", "read_run_inputs",
    "write_article_texts",
]  # fmt: skip

#: The text file written for an article that did not come as one.
ARTICLE_TEXT = "article.txt"
#: Metadata the manifest keeps and the report shows.
PUBLISHED_FIELDS = ("date", "outlet", "url", "source")


def read_run_inputs(file: Path, out_dir: Path) -> list[Article]:
    """The articles of one input of ``python -m analysis run``; raises
    ``ArticleError`` (or ``SourceError``) naming the input and the problem.
    Nothing is written: an article that did not come as a text file gets
    its future ``article.txt`` as its path (see ``write_article_texts``)."""
    if not file.exists() or (file.is_file() and _format(file) == "text"):
        return [load_article(file)]
    articles = []
    for item in read_sources([file]):
        if isinstance(item, SourceProblem):
            raise SourceError(item.source, item.problem)
        text_file = inside(inside(out_dir, item.id), ARTICLE_TEXT)
        metadata = {key: value for key, value in item.metadata().items() if value}
        articles.append(replace(item.article, path=text_file, metadata=metadata))
    if not articles:
        raise ArticleError(file, "is a folder with no article in it")
    return articles


def write_article_texts(articles: list[Article]) -> None:
    """Write the ``article.txt`` of every article that came from another
    kind of input (unless it already holds that text)."""
    for article in articles:
        if not article.metadata.get("source") or article.path.name != ARTICLE_TEXT:
            continue
        path = article.path
        if not path.is_file() or path.read_text(encoding="utf-8") != article.text:
            write_atomic(path, article.text)


def describe_published(metadata: dict) -> str:
    """The line a report header shows: date, outlet and address.

    >>> describe_published({"date": "2024-03-05", "outlet": "Wire A", "url": "https://a.example/1"})
    'Published 2024-03-05 · Wire A · https://a.example/1'
    >>> describe_published({})
    ''
    """
    parts = [metadata.get(key, "") for key in ("date", "outlet", "url")]
    shown = [part for part in parts if part]
    if not shown:
        return ""
    return ("Published " if metadata.get("date") else "") + " · ".join(shown)


def _format(file: Path) -> str:
    with file.open("rb") as handle:
        head = handle.read(4096)
    return detect_format(file, head)[0] if file.suffix.lower() != ".txt" or head else "text"
