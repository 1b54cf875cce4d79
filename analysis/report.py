"""Report output: atomic files, CSV tables, key findings, safe HTML.

Everything a notebook writes goes through here, so every file is written
atomically (a temporary file in the same folder, then a rename) and anything
taken from the article is escaped before it is shown as HTML.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from analysis.output_folder import write_atomic

FINDINGS_FILE = "findings.json"
# Classes that tell MathJax (JupyterLab, old and new) to leave a block alone,
# so "$5 billion ... $2.5 billion" is never typeset as mathematics.
NO_MATH_CLASSES = "tex2jax_ignore mathjax_ignore"


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so readers see the old file or the new one."""
    return write_atomic(path, data)


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``path`` atomically (LF line endings kept)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


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


def count_of(number: int, singular: str, plural: str = "") -> str:
    """Return ``number`` with the noun that agrees with it.

    >>> count_of(1, "amount of money", "amounts of money"), count_of(3, "transfer")
    ('1 amount of money', '3 transfers')
    """
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number} {noun}"


def escape(text: object) -> str:
    """Escape text from an article for HTML, dollars included.

    >>> escape('<b>$5</b> & "x"')
    '&lt;b&gt;&#36;5&lt;/b&gt; &amp; &quot;x&quot;'
    """
    return html.escape(str(text), quote=True).replace("$", "&#36;")


def highlight(text: str, spans: Iterable[tuple[int, int]], offset: int = 0) -> str:
    """Return ``text`` escaped, with each ``(start, end)`` span in ``<mark>``.

    Spans are offsets into the article; ``offset`` is where ``text`` starts.

    >>> highlight("Iran & Russia", [(7, 13)])
    'Iran &amp; <mark>Russia</mark>'
    """
    out, cursor = [], 0
    for start, end in sorted(spans):
        start, end = max(start - offset, cursor), min(end - offset, len(text))
        if start >= end:
            continue
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def html_table(df: pd.DataFrame, html_columns: Iterable[str] = ()) -> str:
    """Return ``df`` as an HTML table with every cell escaped.

    Columns named in ``html_columns`` hold HTML the package built itself
    (e.g. from ``highlight``) and are inserted as they are.
    """
    keep = set(html_columns)
    shown = df.copy()
    for column in shown.columns:
        if column not in keep:
            shown[column] = shown[column].map(_cell)
    shown.columns = [escape(c) for c in shown.columns]
    table = shown.to_html(index=False, escape=False, border=0, na_rep="")
    return f'<div class="{NO_MATH_CLASSES} analysis-table">{table}</div>'


def show_html_table(df: pd.DataFrame, html_columns: Iterable[str] = ()):
    """Return a displayable HTML table (see ``html_table``)."""
    from IPython.display import HTML

    return HTML(html_table(df, html_columns))


def show_text(text: str, tag: str = "p"):
    """Return article text as a displayable, escaped HTML block."""
    from IPython.display import HTML

    return HTML(f'<{tag} class="{NO_MATH_CLASSES}">{escape(text)}</{tag}>')


def _cell(value: object) -> str:
    """One table cell as a reader sees it: a whole number with thousands
    separators ("61,000,000,000", not "61000000000.0"), nothing for a missing
    value.

    >>> _cell(61e9), _cell(14.25), _cell(None), _cell("<b>")
    ('61,000,000,000', '14.25', '', '&lt;b&gt;')
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1000:
        return f"{value:,.0f}"
    return escape(value)
