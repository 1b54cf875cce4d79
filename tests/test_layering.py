"""The package's layout holds: imports run one way, no circles, notebooks use public names.

Every import of every module counts: at the top, inside functions and under
``TYPE_CHECKING``. The layers, bottom to top (a module may import its own
layer's subpackage and any layer below, never a layer above, never another
subpackage of its own layer):

    0  config, errors
    1  files, html, disk_cache, lazy (and the package root)
    2  text
    3  sources, vocabulary, entities, grammar
    4  money, transfers
    5  charts
    6  corpus, notebook
    7  runner
    8  cli
    9  __main__
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from analysis import config

PACKAGE = config.PROJECT_ROOT / "analysis"
NOTEBOOKS = sorted((config.PROJECT_ROOT / "notebooks").glob("*.ipynb"))

LAYERS: dict[str, int] = {
    "config": 0,
    "errors": 0,
    "analysis": 1,
    "files": 1,
    "html": 1,
    "disk_cache": 1,
    "lazy": 1,
    "papermill_errors": 1,
    "text": 2,
    "sources": 3,
    "vocabulary": 3,
    "entities": 3,
    "grammar": 3,
    "money": 4,
    "transfers": 4,
    "charts": 5,
    "corpus": 6,
    "notebook": 6,
    "runner": 7,
    "cli": 8,
    "__main__": 9,
}


def module_name(path: Path) -> str:
    """``analysis/money/amounts.py`` -> ``analysis.money.amounts``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def unit_of(module: str) -> str:
    """The layout unit a module belongs to: its subpackage or top-level module.

    >>> unit_of("analysis.money.amounts"), unit_of("analysis.cli"), unit_of("analysis")
    ('money', 'cli', 'analysis')
    """
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def imported_modules(module: str) -> set[str]:
    """Every ``analysis`` module that ``module`` imports, wherever the import is."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # "from analysis.transfers import rules" imports a submodule
            names = [
                f"{node.module}.{alias.name}"
                if f"{node.module}.{alias.name}" in MODULES
                else node.module
                for alias in node.names
            ]
        else:
            continue
        found.update(name for name in names if name in MODULES and name != module)
    return found


GRAPH = {module: imported_modules(module) for module in MODULES}


def test_every_unit_has_a_layer():
    assert {unit_of(m) for m in MODULES} <= set(LAYERS), "add the new unit to LAYERS"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_run_one_way(module):
    unit = unit_of(module)
    wrong = []
    for other in sorted(GRAPH[module]):
        other_unit = unit_of(other)
        if other_unit == unit:
            continue
        if LAYERS[other_unit] > LAYERS[unit]:
            wrong.append(f"{other} (upward: layer {LAYERS[other_unit]} > {LAYERS[unit]})")
        elif LAYERS[other_unit] == LAYERS[unit]:
            wrong.append(f"{other} (sideways within layer {LAYERS[unit]})")
    assert not wrong, f"{module} imports " + ", ".join(wrong)


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle of ``graph`` as a list of modules, or ``[]``.

    >>> find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}})
    ['a', 'b', 'c', 'a']
    >>> find_cycle({"a": {"b"}, "b": set()})
    []
    """
    state: dict[str, int] = {}  # 1 = on the path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return []


def test_no_import_circles():
    # A subpackage's __init__ imports its modules; a module importing its own
    # package's __init__ would close a circle, and so would any two modules.
    assert find_cycle(GRAPH) == []


def test_the_cycle_finder_finds_a_real_circle():
    graph = {k: set(v) for k, v in GRAPH.items()}
    graph["analysis.text.article"].add("analysis.money.allocations")  # money imports text
    assert find_cycle(graph)


def notebook_imports(path: Path) -> list[ast.ImportFrom | ast.Import]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("%"))
    return [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Import | ast.ImportFrom)]


def public_names(package: str) -> set[str]:
    tree = ast.parse(MODULES[package].read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_import_only_public_names(path):
    wrong = []
    for node in notebook_imports(path):
        if isinstance(node, ast.Import):
            wrong += [a.name for a in node.names if a.name.startswith("analysis.")]
            continue
        module = node.module or ""
        if not module.startswith("analysis"):
            continue
        if module.count(".") > 1:
            wrong.append(f"from {module} import ... (a module inside a subpackage)")
            continue
        if module == "analysis":
            for alias in node.names:
                target = f"analysis.{alias.name}"
                if target not in MODULES:
                    wrong.append(f"analysis.{alias.name} (no such module)")
            continue
        exported = public_names(module)
        wrong += [
            f"{module}.{a.name} (not in __all__)" for a in node.names if a.name not in exported
        ]
    assert not wrong, f"{path.name} imports " + "; ".join(wrong)


def test_notebook_import_check_can_fail(tmp_path):
    bad = tmp_path / "bad.ipynb"
    cell = {"cell_type": "code", "source": ["from analysis.money.amounts import find_amounts\n"]}
    bad.write_text(json.dumps({"cells": [cell]}))
    with pytest.raises(AssertionError, match="a module inside a subpackage"):
        test_notebooks_import_only_public_names(bad)


@pytest.mark.parametrize("package", sorted(m for m in MODULES if MODULES[m].name == "__init__.py"))
def test_public_names_exist(package):
    import importlib

    loaded = importlib.import_module(package)
    missing = [name for name in public_names(package) if not hasattr(loaded, name)]
    assert not missing, f"{package}.__all__ names what it does not have: {missing}"
