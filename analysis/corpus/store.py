"""Store: a folder of Parquet tables that grows batch by batch, safely.

Layout of a store folder::

    manifest.jsonl         which part files are live, and every article's entry:
                           one JSON line per committed batch (a journal),
                           rewritten as one line at the end of a run
    articles/part-<id>.parquet, mentions/..., amounts/..., splits/...,
    transfers/..., problems/...
    .lock                  held by the run writing the store

How it stays whole:

- a batch's part files are written under hidden temporary names and renamed
  into place; they count only once a line of ``manifest.jsonl`` lists them.
  A line is appended and flushed to disk in one write; a line cut short by a
  kill has no newline and is ignored (and cut off by the next run), so a run
  killed at any moment leaves the committed batches and the files they list,
  and readers (``live_files``) read only those. Appending keeps a commit's
  cost the size of its batch, however large the store;
- an article analysed again (its text, metadata or the analysis changed)
  has its old rows removed in the same manifest write: the old part files
  holding it are rewritten without it under new names;
- the next run, holding the lock, deletes files no manifest lists (what a
  killed run left) and analyses what is missing: no row is lost or doubled;
- one run at a time: a second run on the same store raises ``CorpusError``;
- few files, however many batches: ``merge_parts`` merges small part files
  into bigger ones (size-tiered: ``MERGE_FAN_IN`` parts of one size class at
  a time, up to ``PART_ARTICLES`` articles), written and listed like any
  batch (new files, then one manifest line adding them and dropping the old
  ones), so a reader of a 10,000-article store opens tens of files, not
  thousands, and each article is rewritten only a few times.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.corpus.schema import SCHEMAS, TABLES
from analysis.errors import CorpusError

__all__ = [
    "MANIFEST", "MERGE_FAN_IN", "PART_ARTICLES", "CorpusStore", "Entry", "append_commit",
    "encode_part", "live_files", "open_store", "read_manifest", "size_class",
]  # fmt: skip

MANIFEST = "manifest.jsonl"
LOCK = ".lock"
FORMAT = 1
#: Parts of this many articles or more are never merged.
PART_ARTICLES = 2000
#: How many parts of one size class are merged into one.
MERGE_FAN_IN = 16


@dataclass(frozen=True)
class Entry:
    """What the store knows of one input: its article id, the digest of what
    was analysed, the fingerprint of the analysis, the part holding its rows."""

    article_id: str
    digest: str
    fingerprint: str
    part: str

    def current(self, digest: str, fingerprint: str) -> bool:
        """True when the same input was analysed by the same analysis."""
        return self.digest == digest and self.fingerprint == fingerprint


class CorpusStore:
    """A store folder opened for writing (hold it with ``open_store``)."""

    def __init__(self, folder: Path):
        self.folder = folder
        data = read_manifest(folder)
        self.parts: dict[str, list[str]] = data.get("parts", {})  # part -> sources
        self.entries: dict[str, Entry] = {
            source: Entry(**entry) for source, entry in data.get("articles", {}).items()
        }
        self.ids: dict[str, str] = {e.article_id: s for s, e in self.entries.items()}

    def article_id(self, source: str, wanted: str) -> str:
        """A unique article id for ``source``: the one it has, else ``wanted``,
        else ``wanted`` with a digest of the source added."""
        if source in self.entries:
            return self.entries[source].article_id
        if self.ids.get(wanted, source) == source:
            self.ids[wanted] = source
            return wanted
        unique = f"{wanted}-{hashlib.sha256(source.encode()).hexdigest()[:8]}"
        self.ids[unique] = source
        return unique

    def commit(
        self, batch: list[tuple[str, str, str, str]], tables: Mapping[str, pa.Table | bytes]
    ):
        """Add one analysed batch: ``batch`` is ``(source, article_id, digest,
        fingerprint)`` per input, ``tables`` its rows: an Arrow table or the
        bytes of its Parquet file (``encode_part``, made where the batch was
        analysed). Old rows of the same inputs are removed in the same step."""
        part = (
            "part-"
            + hashlib.sha256(json.dumps(sorted(batch)).encode() + os.urandom(8)).hexdigest()[:16]
        )
        for name in TABLES:
            write_part(self.folder / name / f"{part}.parquet", tables[name])
        replaced = {s: self.entries[s] for s, *_ in batch if s in self.entries}
        parts = {key: list(value) for key, value in self.parts.items()}
        removed_files = []
        moves: dict[str, str] = {}
        for old in sorted({entry.part for entry in replaced.values()}):
            keep = [s for s in parts.pop(old, []) if s not in replaced]
            drop_ids = {replaced[s].article_id for s in self.parts[old] if s in replaced}
            removed_files += [self.folder / name / f"{old}.parquet" for name in TABLES]
            if keep:
                new = f"{old.split('~')[0]}~{os.urandom(4).hex()}"
                for name in TABLES:
                    kept = filter_rows(self.folder / name / f"{old}.parquet", drop_ids)
                    write_part(self.folder / name / f"{new}.parquet", kept)
                parts[new] = keep
                moves.update(dict.fromkeys(keep, new))
        parts[part] = [s for s, *_ in batch]
        entries = dict(self.entries)
        for source, new in moves.items():
            entries[source] = Entry(**{**entries[source].__dict__, "part": new})
        for source, article_id, digest, fingerprint in batch:
            entries[source] = Entry(article_id, digest, fingerprint, part)
        changed = {s: entries[s] for s in [*moves, *(s for s, *_ in batch)]}
        added = {p: parts[p] for p in parts if p not in self.parts}
        dropped = [p for p in self.parts if p not in parts]
        append_commit(self.folder, {"add": added, "drop": dropped, "articles": changed})
        self.parts, self.entries = parts, entries
        for path in removed_files:
            path.unlink(missing_ok=True)

    def merge_parts(self) -> list[str]:
        """Merge small parts, ``MERGE_FAN_IN`` of one size class at a time,
        until no size class has that many; the names of the new parts.

        A part of fewer than ``PART_ARTICLES`` articles is small; its size
        class is ``size_class`` of its number of articles, so batches merge
        into parts of ``MERGE_FAN_IN`` batches, those into parts of
        ``MERGE_FAN_IN**2`` batches, and so on: a store of ``n`` batches
        keeps about ``MERGE_FAN_IN x log(n)`` files per table. The merged
        files are written first, then one manifest line swaps them in; a
        kill before it leaves unlisted files (removed by the next run), a
        kill after it leaves the old files unlisted (removed likewise).
        """
        made = []
        while group := self._mergeable():
            sources = [source for part in group for source in self.parts[part]]
            part = (
                "part-" + hashlib.sha256("\n".join(group).encode() + os.urandom(8)).hexdigest()[:16]
            )
            for name in TABLES:
                merge_files([self.folder / name / f"{old}.parquet" for old in group],
                            self.folder / name / f"{part}.parquet")  # fmt: skip
            moved = {s: Entry(**{**self.entries[s].__dict__, "part": part}) for s in sources}
            append_commit(self.folder, {"add": {part: sources}, "drop": group, "articles": moved})
            self.parts = {key: value for key, value in self.parts.items() if key not in group}
            self.parts[part] = sources
            self.entries.update(moved)
            for old in group:
                for name in TABLES:
                    (self.folder / name / f"{old}.parquet").unlink(missing_ok=True)
            made.append(part)
        return made

    def _mergeable(self) -> list[str]:
        """The ``MERGE_FAN_IN`` smallest parts of the first size class that
        has that many small parts, or ``[]``."""
        classes: dict[int, list[str]] = {}
        for part, sources in sorted(self.parts.items()):
            if len(sources) < PART_ARTICLES:
                classes.setdefault(size_class(len(sources)), []).append(part)
        for _, parts in sorted(classes.items()):
            if len(parts) >= MERGE_FAN_IN:
                return sorted(parts, key=lambda p: len(self.parts[p]))[:MERGE_FAN_IN]
        return []

    def clean(self) -> list[Path]:
        """Delete the files no manifest lists (a killed run's leftovers)."""
        live = set(self.parts)
        removed = []
        for name in TABLES:
            for path in (self.folder / name).glob("*"):
                if path.suffix != ".parquet" or path.stem not in live:
                    path.unlink(missing_ok=True)
                    removed.append(path)
        for path in self.folder.glob(f".{MANIFEST}.*"):
            path.unlink(missing_ok=True)
            removed.append(path)
        cut_torn_line(self.folder / MANIFEST)
        return removed

    def compact(self) -> None:
        """Rewrite the manifest as one line (replaced in one rename)."""
        if self.parts or self.entries:
            write_snapshot(self.folder, self.parts, self.entries)


@contextlib.contextmanager
def open_store(folder: str | Path) -> Iterator[CorpusStore]:
    """Open a store folder for writing, holding its lock; refuse if another
    run holds it. Leftovers of a killed run are removed first."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise CorpusError(folder, "is a file, not a corpus folder")
    known = (folder / MANIFEST).exists() or (folder / LOCK).exists()
    if folder.is_dir() and any(folder.iterdir()) and not known:
        raise CorpusError(folder, "is a folder with other files in it, not a corpus store")
    for name in TABLES:
        (folder / name).mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CorpusError(
                folder, "another corpus run is writing to this store; wait for it to finish"
            ) from None
        try:
            cut_torn_line(folder / MANIFEST)
            store = CorpusStore(folder)
            store.clean()
            yield store
            store.compact()
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_manifest(folder: str | Path) -> dict:
    """The store's state: ``{"parts": {part: [source...]}, "articles":
    {source: entry dict}}`` (empty for a new store), replayed from the
    manifest's lines; a last line cut short by a kill is ignored."""
    path = Path(folder) / MANIFEST
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc})") from None
    parts: dict[str, list[str]] = {}
    articles: dict[str, dict] = {}
    for number, line in enumerate(data.split(b"\n")[:-1], 1):  # the last piece is unfinished
        try:
            record = json.loads(line)
        except ValueError:
            raise CorpusError(path, f"line {number} is not JSON: the store is damaged") from None
        if record.get("format") != FORMAT:
            raise CorpusError(path, f"is of store format {record.get('format')}, not {FORMAT}")
        if record.get("snapshot"):
            parts, articles = {}, {}
        for part in record.get("drop", []):
            parts.pop(part, None)
        parts.update(record.get("add", {}))
        articles.update(record.get("articles", {}))
    return {"parts": parts, "articles": articles}


def live_files(folder: str | Path, table: str) -> list[Path]:
    """The part files of ``table`` the manifest lists, in name order."""
    folder = Path(folder)
    parts = read_manifest(folder).get("parts", {})
    return [folder / table / f"{part}.parquet" for part in sorted(parts)]


def append_commit(folder: Path, record: dict) -> None:
    """Append one committed batch to the manifest as one line, on disk when
    this returns (``add``: new parts, ``drop``: parts no longer live,
    ``articles``: the entries that changed)."""
    line = json.dumps({"format": FORMAT, **_plain(record)}, separators=(",", ":")) + "\n"
    descriptor = os.open(folder / MANIFEST, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line.encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_snapshot(folder: Path, parts: dict, entries: dict) -> None:
    """Replace the manifest with one line holding the whole state."""
    record = {"format": FORMAT, "snapshot": True, **_plain({"add": parts, "articles": entries})}
    text = json.dumps(record, separators=(",", ":"), sort_keys=True) + "\n"
    _atomic(folder / MANIFEST, lambda handle: handle.write(text.encode("utf-8")))


def cut_torn_line(path: Path) -> None:
    """Cut off a last line a killed run left unfinished (no newline)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "rb+") as handle:
        data = handle.read()
        end = data.rfind(b"\n") + 1
        if end != size:
            handle.truncate(end)
            handle.flush()
            os.fsync(handle.fileno())


def _plain(record: dict) -> dict:
    out = dict(record)
    if "articles" in out:
        out["articles"] = {
            s: (e.__dict__ if isinstance(e, Entry) else e) for s, e in out["articles"].items()
        }
    return out


def size_class(articles: int) -> int:
    """The size class of a part of ``articles`` articles: parts within a
    factor of ``MERGE_FAN_IN`` of each other share one.

    >>> [size_class(n) for n in (1, 15, 16, 50, 255, 256, 800)]
    [0, 0, 1, 1, 1, 2, 2]
    """
    found = 0
    while articles >= MERGE_FAN_IN:
        articles //= MERGE_FAN_IN
        found += 1
    return found


def merge_files(paths: list[Path], path: Path) -> None:
    """Write the rows of the part files ``paths`` into one part file,
    whole or not at all, reading one file at a time."""

    def write(handle) -> None:
        schema = SCHEMAS[path.parent.name]
        with pq.ParquetWriter(handle, schema, compression="zstd") as writer:
            for old in paths:
                writer.write_table(pq.read_table(old, schema=schema))

    _atomic(path, write)


def encode_part(table: pa.Table) -> bytes:
    """The bytes of ``table``'s part file: Parquet, zstd-compressed (the
    compression that ``merge_files`` uses too)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def write_part(path: Path, table: pa.Table | bytes) -> None:
    """Write one Parquet part file whole or not at all, from its table or
    from its bytes (``encode_part``)."""
    data = table if isinstance(table, bytes) else encode_part(table)
    _atomic(path, lambda handle: handle.write(data))


def filter_rows(path: Path, article_ids: set[str]) -> pa.Table:
    """The rows of a part file whose article is not in ``article_ids``."""
    table = pq.read_table(path, schema=SCHEMAS[path.parent.name])
    keep = pc.invert(pc.is_in(table["article_id"], value_set=pa.array(sorted(article_ids))))
    return table.filter(keep)


def _atomic(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
