"""Provenance: what a report was made from, and whether it is up to date.

Each article's report folder holds ``manifest.json``: the article's SHA-256,
the project's git commit, the versions of Python and of every installed
package, the checksums of the lexicons and word lists, and per notebook its
parameters, start and end time, duration, status and *inputs*.

A notebook's inputs are what its report depends on: the article, the
notebook file, its parameters, the environment, the rendering options and
the files it actually read while running (the modules of this project it
imported, the ``data/`` files it opened, the files its parameters name).
``changed_inputs`` compares them with a previous run so a re-run skips a
notebook whose inputs are all unchanged. Nothing here imports papermill or
nbconvert, so deciding to skip is quick.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from analysis import config
from analysis.files import write_atomic

MANIFEST_FILE = "manifest.json"
MANIFEST_VERSION = 1
#: The runner's own folder (its modules and export templates): a change to any
#: file in it changes every report.
RUNNER_DIR = Path(__file__).resolve().parent


def made_at() -> datetime:
    """Now, in UTC; ``SOURCE_DATE_EPOCH`` pins it (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)


def format_date(moment: datetime) -> str:
    """A date a reader understands, to the minute.

    >>> format_date(datetime(2024, 3, 1, 9, 5, tzinfo=UTC))
    '2024-03-01 09:05 UTC'
    """
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def iso_time(moment: datetime) -> str:
    """ISO 8601 to the millisecond, UTC.

    >>> iso_time(datetime(2024, 3, 1, 9, 5, 7, 123456, tzinfo=UTC))
    '2024-03-01T09:05:07.123Z'
    """
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@lru_cache(maxsize=1)
def project_commit() -> dict[str, object]:
    """The project's git commit (``""`` outside git) and whether files changed."""
    try:
        head = _git("rev-parse", "HEAD")
        dirty = bool(_git("status", "--porcelain", "--untracked-files=no"))
    except (OSError, subprocess.SubprocessError):
        return {"commit": "", "dirty": False}
    return {"commit": head, "dirty": dirty}


def _git(*args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(config.PROJECT_ROOT), *args],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    return result.stdout.strip()


def describe_commit(commit: Mapping[str, object]) -> str:
    """The commit as the footer shows it.

    >>> describe_commit({"commit": "0123456789abcdef", "dirty": True})
    'commit 0123456789ab (with uncommitted changes)'
    >>> describe_commit({"commit": "", "dirty": False})
    'no git commit'
    """
    if not commit.get("commit"):
        return "no git commit"
    text = f"commit {str(commit['commit'])[:12]}"
    return text + (" (with uncommitted changes)" if commit.get("dirty") else "")


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes; ``""`` if it cannot be read."""
    try:
        return sha256_bytes(Path(path).read_bytes())
    except OSError:
        return ""


def display_path(path: str | Path) -> str:
    """A path relative to the project root when inside it, else absolute.

    >>> display_path(config.PROJECT_ROOT / "data" / "actors.csv")
    'data/actors.csv'
    """
    path = Path(os.path.abspath(path))
    try:
        return path.relative_to(config.PROJECT_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def absolute_path(shown: str) -> Path:
    """Inverse of ``display_path``."""
    path = Path(shown)
    return path if path.is_absolute() else config.PROJECT_ROOT / path


def hash_files(paths: Iterable[str | Path]) -> dict[str, str]:
    """``{display path: sha256}`` for files (a folder stands for its files)."""
    hashes: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" not in file.parts:
                hashes[display_path(file)] = sha256_file(file)
    return dict(sorted(hashes.items()))


def rendering_files() -> dict[str, str]:
    """Checksums of every file of the runner's own folder (code and templates)."""
    return hash_files([RUNNER_DIR])


def lexicon_checksums() -> dict[str, str]:
    """Checksums of every file in ``data/`` (lexicons and word lists)."""
    return hash_files([config.DATA_DIR]) if config.DATA_DIR.is_dir() else {}


@lru_cache(maxsize=1)
def environment_fingerprint() -> str:
    """A hash of the Python version and the installed packages' versions.

    Reads only directory names (``pandas-3.1.1.dist-info``), so it is quick.
    """
    names = [sys.version]
    for folder in sorted({p for p in sys.path if p.endswith("-packages")}):
        try:
            names += sorted(n for n in os.listdir(folder) if n.endswith(".dist-info"))
        except OSError:
            continue
    return sha256_bytes("\n".join(names).encode())


def package_versions() -> dict[str, str]:
    """``{package: version}`` of every installed distribution, sorted."""
    from importlib import metadata

    versions = {}
    for dist in metadata.distributions():
        name = dist.metadata.get("Name")
        if name:
            versions[name.lower()] = dist.version
    return dict(sorted(versions.items()))


def python_version() -> str:
    """``"3.11.7 (CPython)"``."""
    return f"{platform.python_version()} ({platform.python_implementation()})"


def notebook_inputs(
    *,
    article_sha256: str,
    notebook: Path,
    parameters: Mapping[str, object],
    options: Mapping[str, object],
    files_read: Iterable[str | Path] = (),
) -> dict[str, object]:
    """The inputs a notebook's report depends on (see the module docstring)."""
    parameter_files = [p for p in parameter_file_paths(parameters) if p.is_file()]
    files = {**rendering_files(), **hash_files([*files_read, *parameter_files])}
    return {
        "article": article_sha256,
        "notebook": sha256_file(notebook),
        "parameters": json_safe(parameters),
        "options": dict(options),
        "environment": environment_fingerprint(),
        "files": dict(sorted(files.items())),
    }


def parameter_file_paths(parameters: Mapping[str, object]) -> list[Path]:
    """Files that string parameters name (e.g. a lexicon given with ``-p``)."""
    paths = []
    for value in parameters.values():
        if isinstance(value, str) and value and len(value) < 4096:
            candidate = config.resolve_data_file(value, Path(value))
            if candidate.is_file():
                paths.append(Path(os.path.abspath(candidate)))
    return paths


def changed_inputs(previous: Mapping[str, object], current: Mapping[str, object]) -> list[str]:
    """Which inputs differ between two runs, in words; empty if none.

    Files the previous run read are hashed again now, so an edited lexicon
    or module shows up even though the current run has not read it yet.

    >>> changed_inputs({"article": "a", "files": {}}, {"article": "b", "files": {}})
    ['article changed']
    """
    reasons = [
        f"{name} changed"
        for name in ("article", "notebook", "parameters", "options", "environment")
        if previous.get(name) != current.get(name)
    ]
    old_files = previous.get("files") or {}
    new_files = current.get("files") or {}
    for shown, digest in sorted(old_files.items()):
        now = new_files.get(shown) or sha256_file(absolute_path(shown))
        if now != digest:
            reasons.append(f"{shown} changed" if now else f"{shown} is gone")
    for shown in sorted(set(new_files) - set(old_files)):
        reasons.append(f"{shown} is new")
    return reasons


def json_safe(value: object) -> object:
    """``value`` as plain JSON types (tuples become lists, keys become str)."""
    return json.loads(json.dumps(value, default=str))


def load_manifest(folder: str | Path) -> dict:
    """The folder's ``manifest.json``, or ``{}`` if missing or unreadable."""
    try:
        data = json.loads((Path(folder) / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("version") == MANIFEST_VERSION else {}


def save_manifest(folder: str | Path, manifest: Mapping[str, object]) -> Path:
    """Write ``manifest.json`` atomically, keys sorted, UTF-8."""
    text = json.dumps(
        {**manifest, "version": MANIFEST_VERSION}, indent=2, ensure_ascii=False, sort_keys=True
    )
    return write_atomic(Path(folder) / MANIFEST_FILE, text + "\n")
