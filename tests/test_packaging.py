"""Packaging: a wheel carries every subpackage and the export templates.

Building a wheel needs a build backend from the network, so the test reads what
setuptools would read: ``pyproject.toml``'s package discovery and package data.
(Checked by hand with ``pip wheel .``: every subpackage and the three files of
``runner/templates/offline`` are in the wheel.)
"""

from __future__ import annotations

import fnmatch
import tomllib

from setuptools import find_packages

from analysis import config

ROOT = config.PROJECT_ROOT
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_folder_of_code_is_a_discovered_package():
    found = set(
        find_packages(where=str(ROOT), **PYPROJECT["tool"]["setuptools"]["packages"]["find"])
    )
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "analysis").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert folders <= found, f"not packaged: {sorted(folders - found)}"
    assert not any(name.startswith("tests") for name in found)


def test_templates_are_package_data():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["analysis.runner"]
    runner = ROOT / "analysis" / "runner"
    files = [
        p.relative_to(runner).as_posix() for p in (runner / "templates").rglob("*") if p.is_file()
    ]
    assert files, "no templates found"
    missing = [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert not missing, f"templates left out of the wheel: {missing}"
