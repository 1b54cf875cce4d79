"""Portable notebooks: no paths of this machine, no random ids.

An executed notebook records where it ran: papermill's metadata holds the
input and output paths and the parameters (the article's absolute path, the
run's temporary output folder), and a traceback names the files of the
project and of Python. Before a notebook is saved or rendered, every such
path is rewritten to one a reader can use anywhere:

- the run's temporary output folder becomes ``.`` (the report's own folder);
- the article becomes its path inside the project, or just its file name;
- the project root becomes relative paths, the home folder ``~`` and the
  Python installation ``<python>``.

Cells that papermill or the runner add get fixed ids, and cells of a source
notebook without ids get ``cell-<n>``, so two runs render the same page.
Images (base64) are never touched.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

from analysis import config

INJECTED_TAG = "injected-parameters"
ERROR_MARKER_TAG = "papermill-error-cell-tag"  # papermill.execute.ERROR_MARKER_TAG
RUNNER_ERROR_TAG = "runner-error"


def path_replacements(*, staging: Path, article: Path, article_shown: str) -> list[tuple[str, str]]:
    """The (machine path, portable text) pairs for one executed notebook.

    Longest paths come first so the most specific rule wins.
    """
    pairs = {
        _text(staging): ".",
        _text(article): article_shown,
        _text(config.PROJECT_ROOT) + os.sep: "",
        _text(config.PROJECT_ROOT): ".",
        _text(Path.home()): "~",
    }
    for prefix in {sys.base_prefix, sys.prefix, sys.exec_prefix}:
        if not _text(Path(prefix)).startswith(_text(config.PROJECT_ROOT)):
            pairs.setdefault(_text(Path(prefix)), "<python>")
    usable = [(old, new) for old, new in pairs.items() if len(old) > 1]
    return sorted(usable, key=lambda pair: len(pair[0]), reverse=True)


def article_shown(article: Path) -> str:
    """How a report names its article: inside the project, its relative path;
    elsewhere, only its file name.

    >>> article_shown(config.PROJECT_ROOT / "seeds" / "a.txt")
    'seeds/a.txt'
    >>> article_shown(Path("/home/someone/Downloads/b.txt"))
    'b.txt'
    """
    try:
        return Path(os.path.abspath(article)).relative_to(config.PROJECT_ROOT).as_posix()
    except ValueError:
        return Path(article).name


def replace_paths(text: str, replacements: Iterable[tuple[str, str]]) -> str:
    """Rewrite machine paths in ``text``; a path must end where a name ends.

    >>> replace_paths("/w/p/run/a.csv in /w/p", [("/w/p/run", "."), ("/w/p", ".")])
    './a.csv in .'
    >>> replace_paths("/root/x and /rooted", [("/root", "~")])
    '~/x and /rooted'
    """
    for old, new in replacements:
        if old in text:
            end = "" if old.endswith(os.sep) else r"(?![\w.\-])"
            text = re.sub(re.escape(old) + end, lambda _match, new=new: new, text)
    return text


def make_portable(nb: MutableMapping, replacements: list[tuple[str, str]]) -> MutableMapping:
    """Rewrite machine paths everywhere in a notebook except image data."""
    nb["metadata"] = _rewrite(nb.get("metadata", {}), replacements)
    for cell in nb.get("cells", []):
        cell["source"] = _rewrite(cell.get("source", ""), replacements)
        cell["metadata"] = _rewrite(cell.get("metadata", {}), replacements)
        for output in cell.get("outputs", []):
            for key, value in list(output.items()):
                if key == "data":
                    output[key] = {
                        mime: data if mime.startswith("image/") else _rewrite(data, replacements)
                        for mime, data in value.items()
                    }
                else:
                    output[key] = _rewrite(value, replacements)
    return nb


def _rewrite(value: object, replacements: list[tuple[str, str]]) -> object:
    if isinstance(value, str):
        return replace_paths(value, replacements)
    if isinstance(value, Mapping):
        for key in list(value):
            value[key] = _rewrite(value[key], replacements)  # type: ignore[index]
        return value
    if isinstance(value, list):
        return [_rewrite(item, replacements) for item in value]
    return value


def stable_cell_ids(nb: MutableMapping, source_ids: Iterable[str]) -> MutableMapping:
    """Give every cell an id that is the same on every run.

    Ids the source notebook file had are kept; the injected parameters cell,
    papermill's error markers and the runner's own notes get fixed names;
    any other cell gets ``cell-<position>``.
    """
    keep = set(source_ids)
    used: set[str] = set()
    markers = 0
    for index, cell in enumerate(nb.get("cells", [])):
        tags = cell.get("metadata", {}).get("tags", [])
        if INJECTED_TAG in tags:
            wanted = "injected-parameters"
        elif ERROR_MARKER_TAG in tags:
            markers += 1
            wanted = f"papermill-error-{markers}"
        elif RUNNER_ERROR_TAG in tags:
            wanted = "runner-error"
        elif cell.get("id") in keep:
            wanted = cell["id"]
        else:
            wanted = f"cell-{index + 1}"
        while wanted in used:
            wanted += "-x"
        used.add(wanted)
        cell["id"] = wanted
    return nb


def _text(path: Path) -> str:
    return os.path.abspath(path)
