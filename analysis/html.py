"""HTML for reports: escaping, highlighting spans, tables.

(Split from the former ``report`` module.)
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import pandas as pd

# Classes that tell MathJax (JupyterLab, old and new) to leave a block alone,
# so "$5 billion ... $2.5 billion" is never typeset as mathematics.
NO_MATH_CLASSES = "tex2jax_ignore mathjax_ignore"


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
