"""Collections: any mix of files, folders, tables and URL lists, as one
lazy stream of articles.

``read_sources(inputs)`` yields a ``SourcedArticle`` for every article it
can read and a ``SourceProblem`` for every input it cannot (a PDF, a page
with no article, a table without a text column, a row without text); one
problem never stops the stream. Folders are read recursively in name order
(hidden files and folders are skipped). Nothing is read ahead: memory does
not grow with the size of the collection.

``read_source(path)`` reads one file that holds one article (``.txt``,
``.html``) and raises ``SourceError`` or ``ArticleError`` for anything else.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from analysis.errors import AnalysisError, SourceError
from analysis.sources.formats import detect_format
from analysis.sources.record import SourcedArticle, SourceProblem
from analysis.sources.tables import TableColumns, read_table
from analysis.sources.text import read_text_file
from analysis.sources.urls import PageFetcher, read_url_list, url_lines

__all__ = ["count_sources", "iter_files", "read_file", "read_source", "read_sources"]

HEAD_BYTES = 4096


def read_sources(
    inputs: Iterable[str | Path],
    columns: TableColumns | None = None,
    fetcher: PageFetcher | Callable[[], PageFetcher] | None = None,
) -> Iterator[SourcedArticle | SourceProblem]:
    """Yield every article (or problem) of ``inputs``: files, folders, web
    addresses, tables and URL lists. ``fetcher`` fetches web addresses; it
    may be a function that makes one, called only when an address comes
    (default: one with a cache in ``analysis.config.cache_dir()``)."""
    state = {"fetcher": fetcher}
    for item in inputs:
        text = str(item)
        if text.startswith(("http://", "https://")):
            yield _read_url(text, _fetcher(state))
            continue
        path = Path(text)
        if path.is_dir():
            for file in iter_files(path):
                yield from read_file(file, columns, state)
        elif not path.exists():
            yield SourceProblem(text, "no such file or folder")
        else:
            yield from read_file(path, columns, state)


def read_file(
    path: Path, columns: TableColumns | None = None, state: dict | None = None
) -> Iterator[SourcedArticle | SourceProblem]:
    """Yield the articles (or problems) of one file of any kind."""
    state = state if state is not None else {"fetcher": None}
    try:
        kind, what = detect_format(path, _head(path))
        if kind == "refused":
            raise SourceError(path, refusal(what))
        if kind in ("jsonl", "csv", "tsv"):
            yield from read_table(path, kind, columns)
        elif kind == "urls":
            yield from read_url_list(path, _fetcher(state))
        else:
            yield _read_single(path, kind)
    except AnalysisError as exc:
        yield SourceProblem(str(path), exc.problem)
    except (UnicodeDecodeError, OSError) as exc:
        yield SourceProblem(str(path), f"cannot be read ({exc})")


def read_source(path: str | Path) -> SourcedArticle:
    """Read one file holding one article (``.txt`` or a saved web page).

    Raises ``SourceError`` for a format that holds no readable article (PDF,
    Word...), a page with no article text, or a file that holds many
    articles (a table, a URL list: read those with ``read_sources``).
    """
    path = Path(path)
    kind, what = detect_format(path, _head(path) if path.is_file() else b"")
    if kind == "refused":
        raise SourceError(path, refusal(what))
    if kind in ("jsonl", "csv", "tsv", "urls"):
        many = "a table of articles" if kind != "urls" else "a list of web addresses"
        raise SourceError(path, f"is {many}, not one article: use `python -m analysis corpus`")
    return _read_single(path, kind)


def _read_single(path: Path, kind: str) -> SourcedArticle:
    if kind == "html":
        from analysis.sources.html import article_from_html

        return article_from_html(read_page_bytes(path), str(path), name=path.name)
    return read_text_file(path)


#: A saved page larger than this is no news article (pages carry markup: twice the text limit).
MAX_PAGE_BYTES = 10 * 1024 * 1024


def read_page_bytes(path: Path) -> bytes:
    """The bytes of a saved web page, or ``SourceError`` saying why not."""
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise SourceError(path, f"is too large to be a saved article ({size / 2**20:.1f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise SourceError(path, "is empty: no page to read")
    return data


def refusal(what: str) -> str:
    """The problem line for a file of a format that cannot be read.

    >>> refusal("a PDF document")
    'is a PDF document, which cannot be read: save the article as .txt (text) or .html (web page)'
    """
    return f"is {what}, which cannot be read: save the article as .txt (text) or .html (web page)"


def iter_files(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, recursively, in name order; hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def count_sources(inputs: Iterable[str | Path]) -> int:
    """A quick estimate of how many articles ``inputs`` hold (files, table
    rows, addresses), for progress lines; nothing is parsed."""
    total = 0
    for item in inputs:
        path = Path(str(item))
        if str(item).startswith(("http://", "https://")):
            total += 1
            continue
        files = iter_files(path) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            try:
                kind, _ = detect_format(file, _head(file))
                if kind in ("jsonl", "csv", "tsv"):
                    total += _count_lines(file) - (kind != "jsonl")
                elif kind == "urls":
                    total += sum(1 for _ in url_lines(file))
                else:
                    total += 1
            except (OSError, AnalysisError):
                total += 1
    return max(total, 0)


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError:
        return b""


def _fetcher(state: dict) -> PageFetcher:
    if callable(state.get("fetcher")) and not isinstance(state["fetcher"], PageFetcher):
        state["fetcher"] = state["fetcher"]()
    if state.get("fetcher") is None:
        from analysis import config

        cache = config.cache_dir()
        state["fetcher"] = PageFetcher(cache / "http" if cache else None)
    return state["fetcher"]


def _read_url(url: str, fetcher: PageFetcher) -> SourcedArticle | SourceProblem:
    try:
        return fetcher.read(url)
    except AnalysisError as exc:
        return SourceProblem(url, exc.problem)
