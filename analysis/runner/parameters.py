"""Notebook parameters: read a ``parameters`` cell, type and check values.

Everything here runs before any kernel starts, and without importing
papermill or nbformat (they take over a second to import), so a bad
``-p NAME VALUE`` fails fast with one line and an up-to-date run stays fast.

- ``read_parameters(path)`` reads the cell tagged ``parameters`` of a notebook
  file: each ``name = literal  # help`` line becomes a ``NotebookParameter``;
- ``resolve_value(text)`` types a command-line value the way papermill's own
  ``-p`` does (``True``/``False``/``None``, int, float, else str);
- ``load_parameter_file(path)`` reads ``--params FILE.yaml``;
- ``assign_parameters(given, notebooks)`` checks every given value against the
  notebooks' parameters cells and returns the values each notebook receives.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import NotebookError, ParameterError

PARAMETERS_TAG = "parameters"
#: Parameters the runner sets itself for every notebook.
RUNNER_PARAMETERS = {
    "article": "give articles as arguments: python -m analysis run ARTICLE",
    "output_dir": "the runner sets it; choose the output folder with --out DIR",
}
#: Text papermill's ``-p`` turns into a constant rather than a number or str.
CONSTANTS = {"True": True, "False": False, "None": None}
#: A declared type that also accepts values of these types.
WIDENINGS = {"float": ("int",)}


@dataclass(frozen=True)
class NotebookParameter:
    """One line of a parameters cell: name, default, its type and help."""

    name: str
    default: object
    type_name: str  # "str", "int", "float", "bool", "NoneType", "list", "dict"...
    help: str = ""


@dataclass(frozen=True)
class GivenParameter:
    """A value given on the command line (``raw`` text) or in a YAML file."""

    name: str
    value: object
    raw: str | None = None  # the -p text, kept so str parameters get it verbatim
    source: str = "-p"


def resolve_value(text: str) -> object:
    """Type a ``-p`` value exactly as papermill's command line does.

    >>> [resolve_value(v) for v in ("True", "None", "3", "-2", "0.5", "1e3", "abc", "")]
    [True, None, 3, -2, 0.5, 1000.0, 'abc', '']
    """
    if text in CONSTANTS:
        return CONSTANTS[text]
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            continue
    return text


def type_name(value: object) -> str:
    """The name papermill-style checks use for a value's type.

    >>> type_name(3), type_name(True), type_name(None), type_name([1])
    ('int', 'bool', 'NoneType', 'list')
    """
    return type(value).__name__


def read_parameters(path: str | Path) -> list[NotebookParameter]:
    """Return the parameters declared in the notebook's ``parameters`` cell.

    Raises ``NotebookError`` if the file is not a notebook, has no cell tagged
    ``parameters``, or that cell is not plain assignments of literals.
    """
    path = Path(path)
    cells = read_cells(path)
    tagged = [c for c in cells if PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])]
    if not tagged:
        raise NotebookError(
            path, "has no cell tagged 'parameters' (the runner sets article and output_dir there)"
        )
    return parse_parameters_source(path, cell_source(tagged[0]))


def read_cells(path: Path) -> list[dict]:
    """Return the cells of a notebook file, read as plain JSON."""
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotebookError(path, "no such notebook") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotebookError(path, f"is not a readable notebook ({exc})") from None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise NotebookError(path, "is not a notebook (no list of cells)")
    return cells


def cell_source(cell: Mapping) -> str:
    """A cell's source as one string (notebook JSON may split it in lines)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def parse_parameters_source(path: Path, source: str) -> list[NotebookParameter]:
    """Parse a parameters cell: ``name = literal  # help`` per statement.

    >>> [(p.name, p.type_name, p.help) for p in parse_parameters_source(
    ...     Path("nb.ipynb"), 'article = ""  # the article\\ntop_n = 20  # rows shown\\n')]
    [('article', 'str', 'the article'), ('top_n', 'int', 'rows shown')]
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise NotebookError(path, f"parameters cell is not valid Python ({exc.msg})") from None
    lines = source.splitlines()
    found: dict[str, NotebookParameter] = {}
    for node in tree.body:
        name, value_node, annotation = _assignment(node)
        if name is None:
            raise NotebookError(
                path, f"parameters cell line {node.lineno}: only 'name = literal' lines belong here"
            )
        try:
            default = ast.literal_eval(value_node)
        except ValueError:
            raise NotebookError(
                path, f"parameter {name!r} (line {node.lineno}) must be a literal value"
            ) from None
        declared = annotation or type_name(default)
        found[name] = NotebookParameter(name, default, declared, _comment(lines, node))
    return list(found.values())


def _assignment(node: ast.stmt) -> tuple[str | None, ast.expr | None, str]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        if isinstance(target, ast.Name):
            return target.id, node.value, ""
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
        annotation = ast.unparse(node.annotation).strip("'\"")
        return node.target.id, node.value, annotation
    return None, None, ""


def _comment(lines: list[str], node: ast.stmt) -> str:
    line = lines[(node.end_lineno or node.lineno) - 1]
    tail = line[(node.end_col_offset or 0) :]
    return tail.split("#", 1)[1].strip() if "#" in tail else ""


def parse_parameter_options(pairs: Iterable[Iterable[str]]) -> list[GivenParameter]:
    """Turn ``-p NAME VALUE`` pairs into typed values (later ones win).

    >>> [(p.name, p.value) for p in parse_parameter_options([("top_n", "5"), ("top_n", "7")])]
    [('top_n', 7)]
    """
    given: dict[str, GivenParameter] = {}
    for name, raw in pairs:
        given[name] = GivenParameter(name, resolve_value(raw), raw, "-p")
    return list(given.values())


def load_parameter_file(path: str | Path) -> list[GivenParameter]:
    """Read ``--params FILE.yaml``: a mapping of parameter names to values."""
    import yaml  # small and quick to import; only needed with --params

    path = Path(path)
    if not path.is_file():
        raise ParameterError(path, "no such parameters file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ParameterError(path, f"is not a readable YAML file ({yaml_problem(exc)})") from None
    if data is None:
        return []
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ParameterError(path, "must be a YAML mapping of parameter names to values")
    return [GivenParameter(k, v, None, path.name) for k, v in data.items()]


def yaml_problem(exc: Exception) -> str:
    """What is wrong in a YAML file, with the line when PyYAML knows it."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0] or type(exc).__name__
    mark = getattr(exc, "problem_mark", None)
    return f"{problem} at line {mark.line + 1}" if mark is not None else str(problem)


def merge_given(*groups: Iterable[GivenParameter]) -> list[GivenParameter]:
    """Merge groups of given values; a later group wins (``-p`` over ``--params``)."""
    merged: dict[str, GivenParameter] = {}
    for group in groups:
        for parameter in group:
            merged[parameter.name] = parameter
    return list(merged.values())


def assign_parameters(
    given: Iterable[GivenParameter], declared: Mapping[str, list[NotebookParameter]]
) -> dict[str, dict[str, object]]:
    """Return ``{notebook: {name: value}}`` for each notebook in ``declared``.

    A value goes to every notebook whose parameters cell declares its name.
    Raises ``ParameterError`` for a name the runner sets itself, a name no
    notebook declares, or a value whose type does not match a declaration.
    """
    assigned: dict[str, dict[str, object]] = {notebook: {} for notebook in declared}
    for parameter in given:
        if parameter.name in RUNNER_PARAMETERS:
            raise ParameterError(
                parameter.source,
                f"parameter {parameter.name!r} is set by the runner; "
                f"{RUNNER_PARAMETERS[parameter.name]}",
            )
        takers = {
            notebook: by_name[parameter.name]
            for notebook, by_name in _by_name(declared).items()
            if parameter.name in by_name
        }
        if not takers:
            raise ParameterError(parameter.source, unknown_parameter_problem(parameter, declared))
        for notebook, declaration in takers.items():
            assigned[notebook][parameter.name] = check_type(parameter, declaration, notebook)
    return assigned


def check_type(given: GivenParameter, declared: NotebookParameter, notebook: str) -> object:
    """Return the value to inject, or raise ``ParameterError`` on a type mismatch.

    A ``str`` parameter takes ``-p`` text as it was typed (``-p label 2024``
    gives ``"2024"``); ``float`` accepts an int; an untyped (``None``) default
    accepts anything.
    """
    expected = declared.type_name
    value = given.value
    if expected == "str" and given.raw is not None:
        return given.raw
    if expected in ("list", "dict") and given.raw is not None:
        value = parse_collection(given.raw, expected)
    actual = type_name(value)
    if expected in ("NoneType", "None", "Any", "object") or actual == expected:
        return value
    if actual in WIDENINGS.get(expected, ()):
        return value
    shown = repr(given.raw) if given.raw is not None else repr(value)
    hint = (
        "; write lists as '[\"a.csv\", \"b.csv\"]' and mappings as '{key: value}'"
        if given.raw is not None and (expected in ("list", "dict", "tuple"))
        else ""
    )
    raise ParameterError(
        given.source,
        f"parameter {given.name!r} of notebook {notebook} expects {expected} "
        f"(default {declared.default!r}), got {actual} {shown}{hint}",
    )


def parse_collection(raw: str, expected: str) -> object:
    """Read a ``-p`` value for a list or mapping parameter as YAML (like
    papermill's ``-y``); a lone word for a list parameter is a one-item list.

    >>> parse_collection('["a.csv", "b.csv"]', "list"), parse_collection("a.csv", "list")
    (['a.csv', 'b.csv'], ['a.csv'])
    >>> parse_collection("{Poland: $12 billion}", "dict")
    {'Poland': '$12 billion'}
    """
    import yaml  # small and quick to import; only needed for list/dict parameters

    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        return raw
    if expected == "list" and isinstance(value, str | int | float) and raw.strip():
        return [value]
    return value


def unknown_parameter_problem(
    given: GivenParameter, declared: Mapping[str, list[NotebookParameter]]
) -> str:
    """The message for a parameter no selected notebook declares."""
    names = sorted(
        {p.name for params in declared.values() for p in params} - set(RUNNER_PARAMETERS)
    )
    known = ", ".join(names) if names else "none besides article and output_dir"
    notebooks = ", ".join(declared) or "no notebook"
    return f"unknown parameter {given.name!r} (the notebooks {notebooks} take: {known})"


def _by_name(
    declared: Mapping[str, list[NotebookParameter]],
) -> dict[str, dict[str, NotebookParameter]]:
    return {notebook: {p.name: p for p in params} for notebook, params in declared.items()}
