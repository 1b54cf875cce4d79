"""Notebook output: CSV tables, key findings and HTML shown in a notebook.

(Split from the former ``report`` module.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from analysis.files import atomic_write_text
from analysis.html import NO_MATH_CLASSES, escape, html_table

FINDINGS_FILE = "findings.json"


def save_table(df: pd.DataFrame, output_dir: str | Path, name: str) -> Path | None:
    """Write ``df`` as ``<output_dir>/<name>.csv``; do nothing if no folder.

    The CSV is tidy and reproducible: no index, LF line endings, UTF-8.
    """
    if not str(output_dir):
        return None
    stem = name[:-4] if name.endswith(".csv") else name
    text = df.to_csv(index=False, lineterminator="\n")
    return atomic_write_text(Path(output_dir) / f"{stem}.csv", text)


def save_findings(output_dir: str | Path, findings: Mapping[str, object]) -> Path | None:
    """Merge ``findings`` (label -> short text) into ``findings.json``.

    The overview pages show these key findings next to the report's link.
    """
    if not str(output_dir):
        return None
    path = Path(output_dir) / FINDINGS_FILE
    merged: dict[str, object] = {}
    if path.exists():
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    merged.update({str(k): v for k, v in findings.items()})
    return atomic_write_text(path, json.dumps(merged, indent=2, ensure_ascii=False) + "\n")


def show_html_table(df: pd.DataFrame, html_columns: Iterable[str] = ()):
    """Return a displayable HTML table (see ``html_table``)."""
    from IPython.display import HTML

    return HTML(html_table(df, html_columns))


def show_text(text: str, tag: str = "p"):
    """Return article text as a displayable, escaped HTML block."""
    from IPython.display import HTML

    return HTML(f'<{tag} class="{NO_MATH_CLASSES}">{escape(text)}</{tag}>')
