"""Runner: notebooks -> executed notebooks -> offline HTML reports, with provenance."""

from __future__ import annotations

from analysis.runner.corpus import render_corpus_report
from analysis.runner.parameters import load_parameter_file, merge_given, parse_parameter_options
from analysis.runner.plan import RunOptions, RunSummary
from analysis.runner.run import render_reports, takes_article

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
