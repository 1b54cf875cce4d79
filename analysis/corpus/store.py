"""Store: a folder of Parquet tables that grows batch by batch, safely.

Layout of a store folder::

    manifest.json          which part files are live, and every article's entry
    articles/part-<id>.parquet, mentions/..., amounts/..., splits/...,
    transfers/..., problems/...
    .lock                  held by the run writing the store

How it stays whole:

- a batch's part files are written under hidden temporary names and renamed
  into place; they count only once ``manifest.json`` (itself replaced in one
  rename) lists them, so a run killed at any moment leaves the last manifest
  and files it lists, and readers (``live_files``) read only those;
- an article analysed again (its text, metadata or the analysis changed)
  has its old rows removed in the same manifest write: the old part files
  holding it are rewritten without it under new names;
- the next run, holding the lock, deletes files no manifest lists (what a
  killed run left) and analyses what is missing: no row is lost or doubled;
- one run at a time: a second run on the same store raises ``CorpusError``.
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

__all__ = ["MANIFEST", "CorpusStore", "Entry", "live_files", "open_store", "read_manifest"]

MANIFEST = "manifest.json"
LOCK = ".lock"
FORMAT = 1


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

    def commit(self, batch: list[tuple[str, str, str, str]], tables: Mapping[str, pa.Table]):
        """Add one analysed batch: ``batch`` is ``(source, article_id, digest,
        fingerprint)`` per input, ``tables`` its rows. Old rows of the same
        inputs are removed in the same step."""
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
        write_manifest(self.folder, parts, entries)
        self.parts, self.entries = parts, entries
        for path in removed_files:
            path.unlink(missing_ok=True)

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
        return removed


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
            store = CorpusStore(folder)
            store.clean()
            yield store
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_manifest(folder: str | Path) -> dict:
    """The store's manifest (empty for a new store)."""
    path = Path(folder) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise CorpusError(path, f"cannot be read ({exc})") from None
    if data.get("format") != FORMAT:
        raise CorpusError(path, f"is of store format {data.get('format')}, not {FORMAT}")
    return data


def live_files(folder: str | Path, table: str) -> list[Path]:
    """The part files of ``table`` the manifest lists, in name order."""
    folder = Path(folder)
    parts = read_manifest(folder).get("parts", {})
    return [folder / table / f"{part}.parquet" for part in sorted(parts)]


def write_manifest(folder: Path, parts: dict, entries: dict[str, Entry]) -> None:
    """Replace the manifest in one rename."""
    data = {
        "format": FORMAT,
        "parts": {k: parts[k] for k in sorted(parts)},
        "articles": {s: entries[s].__dict__ for s in sorted(entries)},
    }
    _atomic(folder / MANIFEST, lambda h: h.write(json.dumps(data, indent=0).encode("utf-8")))


def write_part(path: Path, table: pa.Table) -> None:
    """Write one Parquet part file whole or not at all."""
    _atomic(path, lambda handle: pq.write_table(table, handle, compression="zstd"))


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
