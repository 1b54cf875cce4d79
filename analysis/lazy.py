"""Lazy exports: a package's public names load from their modules on first use (PEP 562).

A notebook that draws one kind of chart, or reads a corpus store, then imports
only the modules it uses.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_attributes(
    package: str, sources: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return ``(__getattr__, __dir__)`` for ``package``, whose name -> module map is ``sources``.

    >>> getattr_, dir_ = lazy_attributes("analysis", {"dumps": "json"})
    >>> getattr_("dumps")({"a": 1}), dir_()
    ('{"a": 1}', ['dumps'])
    """

    def __getattr__(name: str) -> object:
        if name not in sources:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(sources[name]), name)
        vars(sys.modules[package])[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(sources)

    return __getattr__, __dir__
