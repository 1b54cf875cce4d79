"""Output folder: how the runner writes into ``reports/`` safely.

- every file appears whole or not at all: ``write_atomic`` writes a hidden
  temporary file in the same folder, flushes it to disk and renames it;
- one run at a time per output folder: ``locked(out_dir)`` holds an
  ``fcntl`` lock on ``<out>/.lock`` (released by the kernel if the run dies);
- a run works in its own hidden staging folder inside the output folder
  (same filesystem, so moving a finished file into place is one rename);
- ``clean_leftovers`` removes what a killed run left behind (staging folders
  and hidden temporary files), which no reader ever sees under a final name;
- ``inside(folder, name)`` refuses any name that would land outside a folder.

This module imports only the standard library, so a run with nothing to do
stays quick.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.errors import AnalysisError

LOCK_FILE = ".lock"
STAGING_PREFIX = ".staging-"
TEMP_SUFFIX = ".tmp"


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Reports are for sharing: files get the usual permissions (0644 under
#: the common umask), not the private ones of a temporary file.
FILE_MODE = 0o666 & ~_read_umask()


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` (str is UTF-8) so readers see the old file or the new one."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def move_into_place(source: Path, target: Path) -> Path:
    """Move a finished file to its final name in one rename (same filesystem)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as handle:  # the bytes are on disk before the rename
        os.fsync(handle.fileno())
    os.chmod(source, FILE_MODE)
    os.replace(source, target)
    return target


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing names that leave the folder.

    >>> inside(Path("/out"), "a.csv").as_posix()
    '/out/a.csv'
    >>> inside(Path("/out"), "../a.csv")
    Traceback (most recent call last):
    analysis.errors.AnalysisError: ../a.csv: would be written outside /out
    """
    target = folder / name
    if name in ("", ".", "..") or "/" in name or "\\" in name or "\x00" in name:
        raise AnalysisError(name, f"would be written outside {folder}")
    return target


@contextlib.contextmanager
def locked(out_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the output folder's lock; call ``on_wait`` once if another run has it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK_FILE, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def make_staging(out_dir: Path) -> Path:
    """A fresh hidden staging folder inside ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))


def clean_leftovers(out_dir: Path) -> list[Path]:
    """Remove staging folders and temporary files of runs that were killed.

    Call it while holding the lock, so no live run's files are touched.
    """
    removed: list[Path] = []
    if not out_dir.is_dir():
        return removed
    for entry in out_dir.iterdir():
        if entry.is_dir() and entry.name.startswith(STAGING_PREFIX):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    for folder in [out_dir, *(p for p in out_dir.iterdir() if p.is_dir())]:
        for entry in folder.glob(f".*{TEMP_SUFFIX}"):
            if entry.is_file():
                entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so readers see the old file or the new one."""
    return write_atomic(path, data)


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``path`` atomically (LF line endings kept)."""
    return atomic_write_bytes(path, text.encode("utf-8"))
