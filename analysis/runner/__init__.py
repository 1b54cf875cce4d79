"""Runner: notebooks -> executed notebooks -> offline HTML reports, with provenance."""

from __future__ import annotations

import sys

# jsonschema (imported by nbformat) builds 39 lark grammars at import time when
# the optional rfc3987-syntax package is installed (a dependency of
# jupyter-events): about 2 s of every runner process, only to check "iri"
# string formats that no notebook schema uses. Marked missing, jsonschema
# skips that one format checker. Set before any runner module imports nbformat.
sys.modules.setdefault("rfc3987_syntax", None)

from analysis.runner.corpus import render_corpus_report  # noqa: E402
from analysis.runner.parameters import load_parameter_file, merge_given, parse_parameter_options  # noqa: E402
from analysis.runner.plan import RunOptions, RunSummary  # noqa: E402
from analysis.runner.run import render_reports, takes_article  # noqa: E402

__all__ = [
    "load_parameter_file",
    "merge_given",
    "parse_parameter_options",
    "RunOptions",
    "RunSummary",
    "render_corpus_report",
    "render_reports",
    "takes_article",
]
