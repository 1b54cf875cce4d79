"""Tables: a CSV or JSON Lines export of a news search, one article per row.

A row's text column holds the article; the title, date, outlet, url,
language and id columns give its metadata and every other column is kept
as extra metadata. Column names are found among common names
(``TableColumns``), or given. Rows are read one at a time, so a file of any
size streams. A table without a text column raises ``SourceError``; a row
without text is a ``SourceProblem`` and the next row is read.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import AnalysisError, SourceError
from analysis.sources.record import SourcedArticle, SourceProblem, make_sourced

__all__ = ["COLUMN_NAMES", "TableColumns", "read_table"]

#: Metadata field -> column names it is read from, first found wins (case-insensitive).
COLUMN_NAMES = {
    "text": ("text", "body", "content", "article", "full_text", "maintext"),
    "title": ("title", "headline", "heading"),
    "date": ("date", "published", "published_at", "publication_date", "pubdate", "date_publish"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "source_domain", "media"),
    "url": ("url", "link", "address", "href"),
    "language": ("language", "lang"),
    "id": ("id", "article_id", "doc_id", "uid"),
}
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are long fields


@dataclass(frozen=True)
class TableColumns:
    """Column names to read each field from; empty means look among
    ``COLUMN_NAMES``."""

    text: str = ""
    title: str = ""
    date: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""
    id: str = ""

    def resolve(self, header: list[str]) -> dict[str, str]:
        """Field -> the column of ``header`` it is read from (missing fields left out).

        >>> TableColumns().resolve(["Headline", "Body", "Link"])
        {'text': 'Body', 'title': 'Headline', 'url': 'Link'}
        >>> TableColumns(text="story").resolve(["story", "body"])["text"]
        'story'
        """
        lower = {name.strip().lower(): name for name in header}
        found = {}
        for field_name, candidates in COLUMN_NAMES.items():
            given = getattr(self, field_name)
            for candidate in (given,) if given else candidates:
                if candidate.lower() in lower:
                    found[field_name] = lower[candidate.lower()]
                    break
        return found


def read_table(
    path: Path, kind: str, columns: TableColumns | None = None
) -> Iterator[SourcedArticle | SourceProblem]:
    """Yield the article (or the problem) of each row of a ``jsonl``, ``csv``
    or ``tsv`` file, lazily."""
    columns = columns or TableColumns()
    rows = _json_rows(path) if kind == "jsonl" else _csv_rows(path, "\t" if kind == "tsv" else ",")
    resolved: dict[str, str] | None = None
    for number, row in rows:
        source = f"{path}#row {number}"
        if isinstance(row, SourceProblem):
            yield row
            continue
        if resolved is None or kind == "jsonl":
            resolved = _columns_of(path, list(row), columns, first=resolved is None)
            if "text" not in resolved:
                yield SourceProblem(source, "has no text field")
                continue
        yield _row_article(row, resolved, source, path, number)


def _columns_of(path: Path, header: list[str], columns: TableColumns, first: bool) -> dict:
    resolved = columns.resolve(header)
    if first and "text" not in resolved:
        wanted = columns.text or " or ".join(COLUMN_NAMES["text"][:4])
        raise SourceError(
            path,
            f"has no text column ({wanted}); its columns are {', '.join(header) or 'none'}: "
            "name the column with --text-column",
        )
    return resolved


def _row_article(
    row: Mapping, resolved: dict[str, str], source: str, path: Path, number: int
) -> SourcedArticle | SourceProblem:
    text = row.get(resolved["text"])
    if not isinstance(text, str) or not text.strip():
        return SourceProblem(source, "has no text in its text column")
    meta = {name: row.get(column) for name, column in resolved.items() if name != "text"}
    used = set(resolved.values())
    extra = {str(k): v for k, v in row.items() if k not in used and v not in (None, "")}
    title = meta.get("title")
    name = meta.pop("id", None) or title or f"{path.stem}-row-{number}"
    if title and str(title).strip() and not text.lstrip().startswith(str(title).strip()):
        text = f"{str(title).strip()}\n\n{text}"
    try:
        return make_sourced(text, source, name=str(name), extra=extra, **meta)
    except AnalysisError as exc:
        return SourceProblem(source, exc.problem)


def _json_rows(path: Path) -> Iterator[tuple[int, dict | SourceProblem]]:
    with _open(path) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                yield number, SourceProblem(f"{path}#row {number}", f"is not JSON ({exc})")
                continue
            if not isinstance(row, dict):
                yield number, SourceProblem(f"{path}#row {number}", "is not a JSON object")
                continue
            yield number, row


def _csv_rows(path: Path, delimiter: str) -> Iterator[tuple[int, dict]]:
    with _open(path) as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        try:
            header = reader.fieldnames
        except csv.Error as exc:
            raise SourceError(path, f"is not a readable CSV file ({exc})") from None
        if not header:
            raise SourceError(path, "is empty: no header row")
        try:
            for number, row in enumerate(reader, 1):
                yield number, {k: v for k, v in row.items() if k is not None}
        except csv.Error as exc:
            raise SourceError(path, f"is not a readable CSV file ({exc})") from None


def _open(path: Path):
    try:
        return path.open(encoding="utf-8-sig", newline="", errors="strict")
    except OSError as exc:
        raise SourceError(path, f"cannot be read ({exc.strerror or exc})") from None
