"""Errors: one root, one subclass per kind of problem.

Each error keeps the file and the problem as attributes, prints as one line a
user can act on, and survives pickling (so it crosses process boundaries).
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Root of every error this package raises on purpose."""

    def __init__(self, path: object, problem: str):
        self.path = str(path) if path is not None else ""
        self.problem = problem
        super().__init__(path, problem)

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}" if self.path else self.problem

    def __reduce__(self):
        return (type(self), self.args)


class ArticleError(AnalysisError):
    """An article file cannot be read as a news article."""


class LexiconError(AnalysisError):
    """A lexicon file is malformed; ``line`` is the 1-based line, when known."""

    def __init__(self, path: object, problem: str, line: int | None = None):
        self.line = line
        super().__init__(path, problem)
        self.args = (path, problem, line)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.problem}"


class ParameterError(AnalysisError):
    """A notebook parameter is unknown or has the wrong type."""


class NotebookError(AnalysisError):
    """A notebook is unknown, or failed while running."""


class SourceError(ArticleError):
    """An input (a file, a row of a table, a web address) gives no article:
    an unreadable format (PDF, Word), a page with no article text in it, a
    table without a text column, a page that cannot be fetched."""


class CorpusError(AnalysisError):
    """A corpus store cannot be written or read (locked by another run,
    written by an incompatible version, not a store)."""
