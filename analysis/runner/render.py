"""Render one planned notebook into the run's staging folder.

Runs in a worker thread of the runner, one per kernel:

1. execute the notebook with papermill's semantics (``analysis.runner.execute``),
   its tables going to ``<staging>/<article-id>/<notebook>/``;
2. make the executed notebook portable (``analysis.runner.portable``);
3. write ``<notebook>.ipynb``, the reader's offline page ``<notebook>.html``
   (no code) and the analyst's ``<notebook>.code.html`` (with code; left out
   with ``--no-code``) beside the tables (``analysis.runner.export``);
4. return what the runner needs to move the files into place: final file
   names (``<notebook>.<table>.csv``), key findings, status, times.

Nothing outside the staging folder is touched, so a run killed here leaves
the published reports as they were.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nbformat

from analysis.files import inside, write_atomic
from analysis.html import escape
from analysis.runner.execute import NotebookJob, execute_notebook, stop_all_kernels
from analysis.runner.export import CODE_PAGE_SUFFIX, Footer, export_html, page_title
from analysis.runner.inputs import describe_published
from analysis.runner.parameters import read_cells
from analysis.runner.plan import Plan
from analysis.runner.portable import (
    article_shown,
    make_portable,
    path_replacements,
    replace_paths,
    stable_cell_ids,
)
from analysis.runner.provenance import json_safe, notebook_inputs

__all__ = ["RenderContext", "Rendered", "render_plan", "stop_all_kernels"]

FINDINGS_FILE = "findings.json"  # what analysis.notebook.save_findings wrote before
FINDINGS_SUFFIX = ".findings.json"  # what it writes now: "<notebook>.findings.json"


@dataclass(frozen=True)
class RenderContext:
    """What every notebook of a run shares."""

    staging: Path
    commit: str  # as the footer shows it
    date: str  # as the footer shows it
    timeout: int
    no_code: bool = False  # write only the reader's page, not <notebook>.code.html


@dataclass
class Rendered:
    """A notebook rendered in the staging folder, ready to move into place."""

    status: str  # ok or failed
    error: str
    started: datetime
    finished: datetime
    made: str
    files: dict[str, Path] = field(default_factory=dict)  # final name -> staged file
    findings: dict[str, object] = field(default_factory=dict)
    parameters: dict[str, object] = field(default_factory=dict)  # as the report shows them
    files_hashes: dict[str, str] = field(default_factory=dict)  # files the notebook used

    @property
    def seconds(self) -> float:
        """Wall time of the notebook."""
        return (self.finished - self.started).total_seconds()


def render_plan(
    plan: Plan, context: RenderContext, progress: Callable[[str, str, str], None], note: str
) -> Rendered:
    """Execute and render one ``Plan``; failures are in the result,
    even failures of the runner's own steps (then the page says so)."""
    name = plan.notebook.name
    work = inside(context.staging, plan.article.id)
    tables_dir = inside(work, name)
    tables_dir.mkdir(parents=True, exist_ok=True)
    rendered_dir = inside(work, f"{name}.rendered")
    progress("start", plan.label, note)
    job = NotebookJob(
        notebook=plan.notebook.path,
        name=name,
        article=Path(os.path.abspath(plan.article.path)),
        output_dir=tables_dir,
        parameters=dict(plan.parameters),
        label=plan.label,
    )
    shown = article_shown(job.article)
    replacements = path_replacements(staging=tables_dir, article=job.article, article_shown=shown)
    started = datetime.now(tz=UTC)
    try:
        result = execute_notebook(job, timeout=context.timeout)
    except Exception as exc:  # the notebook could not even be prepared
        error = replace_paths(f"{type(exc).__name__}: {exc}".splitlines()[0], replacements)
        footer = Footer(shown, name, context.commit, context.date, f"Not run: {error}")
        page = fallback_page(name, footer)
        return Rendered(
            status="failed",
            error=error,
            started=started,
            finished=datetime.now(tz=UTC),
            made=context.date,
            files={f"{name}.html": write_atomic(rendered_dir / f"{name}.html", page)},
        )
    nb = make_portable(result.nb, replacements)
    status, error = result.status, replace_paths(result.error, replacements)
    stable_cell_ids(nb, source_cell_ids(plan.notebook.path))
    files = staged_tables(tables_dir, name)
    findings = read_findings(tables_dir / f"{name}{FINDINGS_SUFFIX}") or read_findings(
        tables_dir / FINDINGS_FILE
    )
    files[f"{name}.ipynb"] = write_atomic(rendered_dir / f"{name}.ipynb", nbformat.writes(nb))
    status_line = f"This notebook failed: {error}" if status == "failed" else ""
    published = describe_published(getattr(plan.article, "metadata", {}))
    footer = Footer(shown, name, context.commit, context.date, status_line, published)
    title = page_title(nb, plan.article.headline, name)
    code_page = "" if context.no_code else f"{name}{CODE_PAGE_SUFFIX}"
    try:
        page = export_html(nb, title=title, footer=footer, no_code=True, other_page=code_page)
        if code_page:
            with_code = export_html(nb, title=title, footer=footer, other_page=f"{name}.html")
            files[code_page] = write_atomic(rendered_dir / code_page, with_code)
    except Exception as exc:  # nbconvert could not render this notebook
        status, error = "failed", f"the HTML could not be rendered ({type(exc).__name__}: {exc})"
        page = fallback_page(name, Footer(shown, name, context.commit, context.date, error))
        files.pop(code_page, None)
    files[f"{name}.html"] = write_atomic(rendered_dir / f"{name}.html", page)
    used = notebook_inputs(
        article_sha256=plan.article.sha256,
        notebook=plan.notebook.path,
        parameters=plan.parameters,
        options={"no_code": context.no_code},
        files_read=result.files_read,
    )
    return Rendered(
        status=status,
        error=error,
        started=result.started,
        finished=result.finished,
        made=context.date,
        files=files,
        findings=findings,
        parameters=json_safe(dict(nb.metadata.papermill.get("parameters", {}))),
        files_hashes=used["files"],
    )


def fallback_page(name: str, footer: Footer) -> str:
    """A plain offline page saying why a notebook has no report."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(name)}</title>\n</head>\n<body>\n<main>\n"
        f"<h1>{escape(name)}: no report</h1>\n<p>{escape(footer.status)}</p>\n"
        f"</main>\n<footer><p>Article: {escape(footer.article)} &middot; "
        f"Notebook: {escape(name)} &middot; {escape(footer.commit)} &middot; "
        f"Made {escape(footer.date)}</p></footer>\n</body>\n</html>\n"
    )


def staged_tables(folder: Path, name: str) -> dict[str, Path]:
    """``{"<notebook>.<file>": path}`` for the files a notebook wrote
    (tables and figures; the findings go to the manifest instead)."""
    files = {}
    for entry in sorted(folder.iterdir()):
        if entry.name == FINDINGS_FILE or entry.name.endswith(FINDINGS_SUFFIX):
            continue
        if entry.name.startswith("."):
            continue
        if entry.is_file() and not entry.is_symlink():
            files[f"{name}.{entry.name}"] = entry
    return files


def source_cell_ids(path: Path) -> list[str]:
    """The cell ids a notebook file has (older notebooks have none)."""
    return [str(c["id"]) for c in read_cells(path) if isinstance(c, dict) and c.get("id")]


def read_findings(path: Path) -> dict[str, object]:
    """A notebook's ``findings.json``; ``{}`` if missing or not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return {str(k): v for k, v in data.items()} if isinstance(data, dict) else {}
