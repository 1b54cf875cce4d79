"""HTML for reports: escaping, highlighting spans, tables.

(Split from the former ``report`` module.)
"""

from __future__ import annotations

import html
import numbers
from collections.abc import Iterable, Mapping

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


def highlight_in_context(
    text: str, spans: Iterable[tuple[int, int]], offset: int = 0, width: int = 80
) -> str:
    """``highlight`` of the part of ``text`` around the spans: up to
    ``width`` characters before the first and after the last, cut at a word,
    "…" where text is left out (the whole sentence stays in the CSV).

    >>> highlight_in_context("One two three four five six seven", [(14, 18)], width=8)
    '… three <mark>four</mark> five …'
    >>> highlight_in_context("Short one", [(0, 5)])
    '<mark>Short</mark> one'
    """
    spans = sorted(spans)
    if not spans:
        return escape(text)
    first, last = spans[0][0] - offset, spans[-1][1] - offset
    start = max(0, first - width)
    end = min(len(text), last + width)
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", last, end)
        end = space if space != -1 else end
    marked = highlight(text[start:end], spans, offset + start)
    return ("… " if start > 0 else "") + marked + (" …" if end < len(text) else "")


#: A table with more rows than this scrolls in its own box on a report page
#: (the reader page's script adds a search box to it; every row stays there).
LONG_TABLE_ROWS = 12
#: A text column whose cells are this long (median) holds sentences: it gets
#: room to be read in lines, not a word a line.
PROSE_CHARACTERS = 60


def html_table(
    df: pd.DataFrame,
    html_columns: Iterable[str] = (),
    column_classes: Mapping[str, str] | None = None,
) -> str:
    """Return ``df`` as a reader's HTML table, every cell escaped.

    No index column (a named index becomes the first column); ``True`` and
    ``False`` read "yes" and "no"; a column whose name says *share* reads as
    a percentage; whole numbers get thousands separators; numbers are
    right-aligned and carry their value in ``data-value`` (the reader page
    sorts by it), text is left-aligned. Columns named in ``html_columns``
    hold HTML the package built itself (e.g. from ``highlight``) and are
    inserted as they are; ``column_classes`` adds a CSS class to a column's
    cells (e.g. ``{"Before": "kwic-before"}``).

    >>> table = html_table(pd.DataFrame({"word": ["<b>"], "share": [0.0391], "ok": [True]}))
    >>> "<td>&lt;b&gt;</td>" in table, '<td class="num" data-value="0.0391">3.9%</td>' in table
    (True, True)
    >>> "<td>yes</td>" in table, "dataframe" in table
    (True, False)
    >>> '<td class="empty" colspan="2">none</td>' in html_table(pd.DataFrame(columns=["a", "b"]))
    True
    """
    df = with_index_as_column(df)
    keep = set(html_columns)
    classes = dict(column_classes or {})
    kinds = {column: column_kind(df[column], column) for column in df.columns}
    head = "".join(
        f'<th class="{_classes(kinds[c], classes.get(c))}">{escape(c)}</th>'.replace(
            ' class=""', ""
        )
        for c in df.columns
    )
    rows = []
    for values in df.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(df.columns, values, strict=True):
            kind = kinds[column]
            text = str(value) if column in keep else format_cell(value, kind)
            attributes = _classes(kind, classes.get(column))
            attributes = f' class="{attributes}"' if attributes else ""
            if kind in ("num", "share") and _is_number(value):
                attributes += f' data-value="{_number_text(value)}"'
            cells.append(f"<td{attributes}>{text}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    if not rows:  # a reader sees that the table is empty, not a bare header
        rows.append(f'<tr><td class="empty" colspan="{max(len(df.columns), 1)}">none</td></tr>')
    size = " long" if len(df) > LONG_TABLE_ROWS else ""
    table = (
        f'<table class="report-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return f'<div class="{NO_MATH_CLASSES} analysis-table{size}">{table}</div>'


def with_index_as_column(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` without its index, unless the index means something (it has a
    name, or holds labels rather than row numbers): then it becomes the
    first column(s)."""
    index = df.index
    plain = index.nlevels == 1 and index.name is None
    if plain and (pd.api.types.is_integer_dtype(index) or not len(index)):
        return df
    return df.reset_index(names=[n or "" for n in index.names])


def column_kind(series: pd.Series, name: object) -> str:
    """``bool``, ``share``, ``num``, ``prose`` (sentences) or ``text``: how a
    column reads. A share is a fraction (0 to 1) in a column named so.

    >>> column_kind(pd.Series([0.25]), "Share"), column_kind(pd.Series([3]), "Count")
    ('share', 'num')
    >>> column_kind(pd.Series([True]), "Counted"), column_kind(pd.Series(["a"]), "Word")
    ('bool', 'text')
    >>> column_kind(pd.Series([58.1]), "Share of total (%)"), column_kind(pd.Series(["x" * 90]), "")
    ('num', 'prose')
    """
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_numeric_dtype(series):
        label = str(name).lower()
        fractions = series.dropna().between(0, 1).all()
        return "share" if "share" in label and "%" not in label and fractions else "num"
    texts = series.dropna().astype(str)
    return "prose" if len(texts) and texts.str.len().median() > PROSE_CHARACTERS else "text"


def format_cell(value: object, kind: str = "text") -> str:
    """One table cell as a reader sees it: a whole number with thousands
    separators ("61,000,000,000", not "61000000000.0"), a share as a
    percentage, a truth value in words, nothing for a missing value.

    >>> format_cell(61e9), format_cell(14.25), format_cell(None), format_cell("<b>")
    ('61,000,000,000', '14.25', '', '&lt;b&gt;')
    >>> format_cell(0.0391, "share"), format_cell(True), format_cell(False, "bool")
    ('3.9%', 'yes', 'no')
    """
    if value is None or (not isinstance(value, str | bool) and _is_missing(value)):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else "no"
    if kind == "share" and _is_number(value):
        return f"{float(value):.1%}"
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1000:
        return f"{value:,.0f}"
    if isinstance(value, numbers.Integral) and abs(value) >= 10000:
        return f"{int(value):,}"
    return escape(value)


def _classes(kind: str, extra: str | None) -> str:
    parts = ["num"] if kind in ("num", "share") else ["prose"] if kind == "prose" else []
    return " ".join([*parts, *([extra] if extra else [])])


def _is_number(value: object) -> bool:
    real = isinstance(value, numbers.Real) and not isinstance(value, bool)
    return real and not _is_missing(value)


def _number_text(value: object) -> str:
    return str(int(value)) if isinstance(value, numbers.Integral) else repr(float(value))


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
