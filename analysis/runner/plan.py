"""Run plan: the records of a run (options, one plan per notebook and article, outcomes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from analysis import config
from analysis.runner.parameters import GivenParameter
from analysis.text import Article

#: progress(event, label, message); events: wait, skip, start, done, failed.
Progress = Callable[[str, str, str], None]


@dataclass
class RunOptions:
    """What to run and how (the ``run`` command's options)."""

    articles: list[str] = field(default_factory=list)
    notebooks: list[str] = field(default_factory=list)
    parameters: list[GivenParameter] = field(default_factory=list)
    out_dir: Path = config.REPORTS_DIR
    jobs: int = 0  # 0 = one kernel per core
    no_code: bool = False
    force: bool = False
    timeout: float = 600.0


@dataclass(frozen=True)
class NotebookSource:
    """A notebook to run: its file and its name (the file stem)."""

    path: Path
    name: str


@dataclass
class Plan:
    """One notebook on one article, and why it runs ("" = up to date)."""

    article: Article
    notebook: NotebookSource
    parameters: dict[str, object]
    report_dir: Path
    inputs: dict[str, object]
    reason: str
    last_seconds: float = 0.0  # how long its last run took (0 = never ran)

    @property
    def label(self) -> str:
        """``<article-id>/<notebook>`` for progress lines."""
        return f"{self.article.id}/{self.notebook.name}"


@dataclass
class Outcome:
    """How one notebook of one article went."""

    label: str
    status: str  # ok, failed, skipped
    report: Path | None = None
    error: str = ""
    seconds: float = 0.0


@dataclass
class RunSummary:
    """Every outcome of a run and where the overview is."""

    outcomes: list[Outcome]
    index: Path

    @property
    def failed(self) -> list[Outcome]:
        """The notebooks that failed."""
        return [o for o in self.outcomes if o.status == "failed"]

    def counts(self) -> str:
        """``"3 ok, 1 failed, 2 skipped (up to date)"``."""
        parts = []
        for status, text in (("ok", "ok"), ("failed", "failed"), ("skipped", "skipped")):
            number = sum(1 for o in self.outcomes if o.status == status)
            if number or status == "ok":
                parts.append(f"{number} {text}")
        return ", ".join(parts) + (" (up to date)" if parts[-1].endswith("skipped") else "")
