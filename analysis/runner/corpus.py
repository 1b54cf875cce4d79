"""Corpus report: notebook 05 rendered on a corpus store, as the runner renders.

``render_corpus_report(store)`` runs ``notebooks/05-corpus.ipynb`` with
``corpus`` set to the store and writes, into ``<store>/report/``, the
offline HTML page, the executed notebook, the CSV tables, the GraphML and
the edge list, with the same steps as a per-article report
(``analysis.runner.render``: execute with papermill's semantics, make portable,
export offline HTML) in a staging folder moved into place file by file.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis import config
from analysis.corpus import MANIFEST
from analysis.errors import NotebookError
from analysis.files import locked, make_staging, move_into_place
from analysis.runner.provenance import describe_commit, format_date, made_at, project_commit

__all__ = ["CORPUS_NOTEBOOK", "render_corpus_report"]

CORPUS_NOTEBOOK = config.NOTEBOOKS_DIR / "05-corpus.ipynb"


@dataclass(frozen=True)
class StoreShown:
    """The store in the place of an article: its id, folder and digest."""

    id: str
    path: Path
    sha256: str

    @property
    def headline(self) -> str:
        """What the page title names in the place of an article's headline."""
        return f"Corpus store {self.id}"


@dataclass(frozen=True)
class NotebookShown:
    """The corpus notebook, as ``analysis.runner.render`` names it."""

    path: Path
    name: str


@dataclass
class CorpusPlan:
    """What ``analysis.runner.render.render_plan`` needs to render one notebook."""

    article: StoreShown
    notebook: NotebookShown
    parameters: dict
    label: str


def render_corpus_report(
    store: str | Path,
    out: str | Path = "",
    *,
    parameters: dict | None = None,
    no_code: bool = False,
    timeout: int = 600,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Render notebook 05 on ``store`` into ``out`` (default ``<store>/report``);
    return the HTML page. Raises ``NotebookError`` if the notebook failed
    (its page, showing where and why, is still written)."""
    from analysis.runner import render

    store = Path(store).resolve()
    out = Path(out) if str(out) else store / "report"
    manifest = store / MANIFEST
    if not manifest.is_file():
        raise NotebookError(store, f"is not a corpus store (no {MANIFEST}): build it first")
    digest = hashlib.sha256(manifest.read_bytes()).hexdigest()
    notebook = NotebookShown(CORPUS_NOTEBOOK, CORPUS_NOTEBOOK.stem)
    plan = CorpusPlan(
        article=StoreShown(store.name, store, digest),
        notebook=notebook,
        parameters={"corpus": str(store), **(parameters or {})},
        label=f"{store.name}/{notebook.name}",
    )
    say = progress or (lambda line: None)
    with locked(out):
        staging = make_staging(out)
        try:
            context = render.RenderContext(
                staging=staging,
                commit=describe_commit(project_commit()),
                date=format_date(made_at()),
                timeout=timeout,
                no_code=no_code,
            )
            rendered = render.render_plan(
                plan, context, lambda event, label, message: say(f"{label}: {message}"), "running"
            )
            for name, path in rendered.files.items():
                move_into_place(path, out / name)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    page = out / f"{notebook.name}.html"
    if rendered.status != "ok":
        raise NotebookError(page, f"the corpus notebook failed: {rendered.error}")
    say(f"{plan.label}: ok ({rendered.seconds:.1f} s)")
    return page
