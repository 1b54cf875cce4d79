"""Disk cache: keep what is slow to build and quick to read back across processes.

Every notebook kernel is a new process. Compiling the default lexicons into a
matcher takes about a second there, most of it Python's regular-expression
parser reading a pattern of some 200,000 characters, and three notebooks need
it. So the compiled tables, and the compiled program of the pattern, are
written once to the cache folder (``config.cache_dir``) and read back in a few
milliseconds.

- **Keyed by everything that shapes the value**: the caller's inputs (the
  lexicon entries, not file names), the source of the modules that build it,
  the Python version and the regular-expression engine's version. Another
  key is another file, so a stale value is never read.
- **Only plain data** (``marshal``: strings, numbers, tuples, lists, dicts),
  so reading a cache file cannot run code; and only from a folder owned by
  the user that nobody else may write to, the same trust as ``__pycache__``.
- **Never changes a result.** A file that is missing, corrupt or for another
  key is ignored and the value built again; a folder that cannot be written
  is ignored. Files are written atomically (temporary file, then rename), so
  processes running side by side never read half a file.
- ``NEWS_ANALYSIS_CACHE=off`` turns it off.
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from analysis import config

#: Raise when the layout of cached values changes.
FORMAT = 1
#: Cache files of one kind kept (the newest); older ones are removed.
KEEP_FILES = 6


def cache_key(*parts: object) -> str:
    """Return a hex digest of ``parts`` (by their ``repr``), the Python
    version and the regular-expression engine's version."""
    digest = hashlib.sha256()
    for part in (FORMAT, sys.version, _sre.MAGIC, *parts):
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def source_digest(*files: str | Path) -> str:
    """Return a digest of the source files (so a change of code is a new key)."""
    digest = hashlib.sha256()
    for name in files:
        digest.update(Path(name).read_bytes())
    return digest.hexdigest()


def load(kind: str, key: str) -> object | None:
    """Return the value cached for ``kind`` and ``key``, or ``None``."""
    folder = _trusted_folder()
    if folder is None:
        return None
    try:
        payload = marshal.loads((folder / _file_name(kind, key)).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(payload, tuple) or len(payload) != 2 or payload[0] != key:
        return None
    return payload[1]


def save(kind: str, key: str, value: object) -> bool:
    """Write ``value`` (plain data only) for ``kind`` and ``key``; return whether it was."""
    folder = config.cache_dir()
    if folder is None:
        return False
    try:
        data = marshal.dumps((key, value))
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _trusted_folder() is None:
            return False
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temp, folder / _file_name(kind, key))
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        _prune(folder, kind)
    except (OSError, ValueError):
        return False
    return True


def _file_name(kind: str, key: str) -> str:
    return f"{kind}-{key[:40]}.marshal"


def _trusted_folder() -> Path | None:
    """The cache folder, if it exists, is ours and nobody else may write to it."""
    folder = config.cache_dir()
    if folder is None:
        return None
    try:
        info = folder.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    if hasattr(os, "getuid") and (
        info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    ):
        return None
    return folder


def _prune(folder: Path, kind: str) -> None:
    """Remove all but the newest ``KEEP_FILES`` cache files of ``kind``."""
    files = sorted(
        folder.glob(f"{kind}-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True
    )
    for old in files[KEEP_FILES:]:
        old.unlink(missing_ok=True)


# -- regular expressions ---------------------------------------------------------


def compile_regex(pattern: str) -> tuple[re.Pattern, tuple | None]:
    """Compile ``pattern``; return it and its compiled program for ``restore_regex``.

    The program is what ``re.compile`` hands to the engine after parsing
    (``None`` if this Python's ``re`` internals are not the expected ones).

    >>> regex, program = compile_regex(r"Kh-\\d+")
    >>> restore_regex(program).findall("a Kh-101 and a Kh-55")
    ['Kh-101', 'Kh-55']
    """
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, 0)
        code = list(map(int, _compiler._code(parsed, 0)))  # plain ints, for marshal
        groups = parsed.state.groups
        indexgroup = [None] * groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        program = (
            pattern,
            parsed.state.flags,
            code,
            groups - 1,
            dict(parsed.state.groupdict),
            tuple(indexgroup),
        )
        return _sre.compile(*program), program
    except (ImportError, AttributeError, TypeError, RuntimeError):
        return re.compile(pattern), None


def restore_regex(program: tuple | list) -> re.Pattern:
    """Return the pattern of a program from ``compile_regex``.

    The engine checks the program before it runs; one it refuses (or a
    malformed tuple) is compiled again from its pattern text.
    """
    pattern = program[0]
    try:
        _, flags, code, groups, groupindex, indexgroup = program
        return _sre.compile(pattern, flags, list(code), groups, dict(groupindex), tuple(indexgroup))
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return re.compile(pattern)
