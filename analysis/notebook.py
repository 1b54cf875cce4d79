"""Notebook output: CSV tables, key findings and HTML shown in a notebook.

A notebook's second code cell (right after its ``parameters`` cell, where
papermill injects the parameters it is given) calls
``prepare_notebook(globals(), "<notebook name>")``, which

- checks the parameters against the notebook's ``parameters`` cell and the
  article they name, raising one ``ParameterError``/``ArticleError`` that
  names the parameter or the file;
- shows any ``AnalysisError`` as one line (``error: <file>: <problem>``)
  instead of a traceback;
- shows every DataFrame as a reader's table (``analysis.html.html_table``:
  no index column, words for truth values, percentages for shares);
- names this notebook's findings file (``<notebook>.findings.json``), so
  notebooks run by hand into one ``output_dir`` keep their findings apart.

(Split from the former ``report`` module.)
"""

from __future__ import annotations

import ast
import json
import types
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.errors import AnalysisError, ArticleError, ParameterError
from analysis.files import atomic_write_text
from analysis.html import NO_MATH_CLASSES, escape, html_table

FINDINGS_FILE = "findings.json"  # a notebook run without prepare_notebook
FINDINGS_SUFFIX = ".findings.json"  # "<notebook>.findings.json"
PARAMETERS_TAG = "parameters"
#: Names IPython itself puts in a notebook's namespace (never parameters).
KERNEL_NAMES = frozenset({"In", "Out", "get_ipython", "exit", "quit", "open"})
#: Types a parameter's value may have besides its default's type.
WIDER_TYPES = {"float": ("int",), "list": ("tuple",)}

_state: dict[str, str] = {"notebook": ""}


def prepare_notebook(namespace: MutableMapping[str, object], name: str) -> None:
    """Check the parameters and set up this kernel's output (see the module)."""
    _state["notebook"] = name
    use_short_errors()
    use_report_tables()
    check_parameters(namespace, declared_parameters(config.NOTEBOOKS_DIR / f"{name}.ipynb"))


def findings_file(output_dir: str | Path) -> Path:
    """Where ``save_findings`` writes: ``<notebook>.findings.json`` once
    ``prepare_notebook`` has named the notebook, else ``findings.json``."""
    name = _state["notebook"]
    return Path(output_dir) / (f"{name}{FINDINGS_SUFFIX}" if name else FINDINGS_FILE)


def declared_parameters(path: Path) -> dict[str, object]:
    """``{name: default}`` from a notebook file's ``parameters`` cell."""
    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ParameterError(path, f"cannot read the notebook's parameters ({exc})") from None
    for cell in cells:
        if PARAMETERS_TAG in cell.get("metadata", {}).get("tags", []):
            source = cell["source"]
            return parse_parameters(source if isinstance(source, str) else "".join(source))
    raise ParameterError(path, "has no cell tagged 'parameters'")


def parse_parameters(source: str) -> dict[str, object]:
    r"""``{name: default}`` of a parameters cell (``name = literal`` lines).

    >>> parse_parameters('article = ""  # the file\ntop_n = 20\n')
    {'article': '', 'top_n': 20}
    """
    found: dict[str, object] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = ast.literal_eval(node.value)
    return found


def check_parameters(namespace: MutableMapping[str, object], declared: Mapping[str, object]):
    """Raise ``ParameterError`` naming the first unknown or mistyped
    parameter, or ``ArticleError`` if ``article`` names no readable article.

    A single text for a list parameter becomes a one-item list (as the
    runner reads it).

    >>> check_parameters({"top_n": "5"}, {"top_n": 20})
    Traceback (most recent call last):
    analysis.errors.ParameterError: top_n: expects int (default 20), got str '5'
    """
    for name in sorted(namespace):
        if name.startswith("_") or name in KERNEL_NAMES or name in declared:
            continue
        if isinstance(namespace[name], types.ModuleType):  # the check cell's own import
            continue
        known = ", ".join(sorted(declared))
        raise ParameterError(name, f"unknown parameter (this notebook takes: {known})")
    for name, default in declared.items():
        value = namespace.get(name, default)
        expected, actual = type(default).__name__, type(value).__name__
        if isinstance(default, list) and isinstance(value, str):
            namespace[name] = value = [value] if value else []
            actual = "list"
        if default is None or actual == expected or actual in WIDER_TYPES.get(expected, ()):
            continue
        raise ParameterError(
            name, f"expects {expected} (default {default!r}), got {actual} {value!r}"
        )
    if "article" in declared:
        from analysis.text import load_article  # here: the corpus notebook does without nltk

        path = config.resolve_article(str(namespace.get("article", "")))
        if not path.is_file():
            raise ArticleError(path, "no such article file (parameter 'article')")
        load_article(path)


def use_short_errors() -> None:
    """Show an ``AnalysisError`` raised in a cell as one line, not a traceback."""
    shell = _shell()
    if shell is not None:
        shell.set_custom_exc((AnalysisError,), show_short_error)


def show_short_error(shell, etype, value, tb, tb_offset=None) -> list[str]:
    """IPython's custom exception handler: ``error: <file>: <problem>``."""
    line = [f"error: {value}"]
    shell._showtraceback(etype, value, line)
    return line


def use_report_tables() -> None:
    """Show DataFrames in this kernel as reader's tables (``html_table``)."""
    shell = _shell()
    if shell is not None:
        formatter = shell.display_formatter.formatters["text/html"]
        formatter.for_type(pd.DataFrame, html_table)


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with every notebook
        return None
    return get_ipython()


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
    path = findings_file(output_dir)
    merged: dict[str, object] = {}
    if path.exists():
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    merged.update({str(k): v for k, v in findings.items()})
    return atomic_write_text(path, json.dumps(merged, indent=2, ensure_ascii=False) + "\n")


def show_html_table(
    df: pd.DataFrame,
    html_columns: Iterable[str] = (),
    column_classes: Mapping[str, str] | None = None,
):
    """Return a displayable HTML table (see ``html_table``)."""
    from IPython.display import HTML

    return HTML(html_table(df, html_columns, column_classes))


def show_text(text: str, tag: str = "p"):
    """Return article text as a displayable, escaped HTML block."""
    from IPython.display import HTML

    return HTML(f'<{tag} class="{NO_MATH_CLASSES}">{escape(text)}</{tag}>')


#: Keyword-in-context columns -> the classes that line the keywords up.
KWIC_CLASSES = {"Before": "kwic-before", "Match": "kwic-match", "After": "kwic-after"}


def show_keywords_in_context(df: pd.DataFrame):
    """Return a keyword-in-context table with the keywords in one column:
    the text before each is right-aligned against it (``KWIC_CLASSES``)."""
    return show_html_table(df, column_classes=KWIC_CLASSES)
