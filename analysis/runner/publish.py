"""Publish: move a rendered notebook into its article's report folder.

Runs in the runner's main thread, one notebook at a time, under the output
folder's lock:

1. the manifest entry is marked ``running`` first, so a run killed while
   files move is re-run next time;
2. every staged file is moved into place with one rename each (the files
   appear whole or not at all);
3. files of the previous run that this run did not make are removed;
4. the manifest entry records status, times, parameters, inputs, tables and
   key findings.

A failed run does not replace the last good report: its page and notebook
go beside it as ``<notebook>.failed.html`` and ``.failed.ipynb``, and the
manifest (so the overview) says the report shown is the last good one.
"""

from __future__ import annotations

from pathlib import Path

from analysis.files import inside, move_into_place
from analysis.runner.inputs import PUBLISHED_FIELDS
from analysis.runner.portable import article_shown
from analysis.runner.provenance import (
    iso_time,
    lexicon_checksums,
    load_manifest,
    package_versions,
    project_commit,
    python_version,
    save_manifest,
)
from analysis.text import Article

#: What a failed run keeps of the last good run's manifest entry.
KEPT_FIELDS = ("report", "code_report", "notebook_file", "tables", "outputs", "findings")


def run_information() -> dict[str, object]:
    """What the manifest records about the environment of a run."""
    commit = project_commit()
    return {
        "commit": commit["commit"],
        "uncommitted_changes": commit["dirty"],
        "python": python_version(),
        "packages": package_versions(),
        "lexicons": lexicon_checksums(),
    }


def publish_rendered(plan, rendered, run_info: dict) -> Path:
    """Move a rendered notebook's files into the article's folder, record it in
    the manifest and return the report a reader should open."""
    report_dir = plan.report_dir
    manifest = load_manifest(report_dir)
    notebooks = manifest.setdefault("notebooks", {})
    previous = notebooks.get(plan.notebook.name, {})
    manifest["article"] = article_record(plan.article)
    manifest["run"] = run_info
    # Mark the entry unfinished first: a run killed while files move is re-run.
    notebooks[plan.notebook.name] = {**previous, "status": "running"}
    save_manifest(report_dir, manifest)

    keep_previous = rendered.status == "failed" and has_good_report(previous, report_dir)
    if keep_previous:
        entry = failed_over_good(plan, rendered, previous)
    else:
        entry = published(plan, rendered)
    stale = set(previous.get("outputs", [])) | set(previous_failed_files(previous))
    stale -= set(entry.get("outputs", [])) | set(previous_failed_files(entry))
    for name in sorted(stale):
        (report_dir / name).unlink(missing_ok=True)
    notebooks[plan.notebook.name] = entry
    save_manifest(report_dir, manifest)
    return report_dir / (entry.get("failed_report") or entry["report"])


def has_good_report(previous: dict, report_dir: Path) -> bool:
    """Whether an earlier good run's report is still there to keep."""
    good = previous.get("status") == "ok" or previous.get("failed_report")
    files = previous.get("outputs", [])
    return bool(good and files and all((report_dir / f).is_file() for f in files))


def previous_failed_files(entry: dict) -> list[str]:
    """The files of a failed run kept beside an older good report."""
    return [entry[k] for k in ("failed_report", "failed_notebook") if entry.get(k)]


def published(plan, rendered) -> dict:
    """Move every file of the run into place; return the manifest entry."""
    name = plan.notebook.name
    outputs = {}
    for final, staged in rendered.files.items():
        outputs[final] = move_into_place(staged, inside(plan.report_dir, final))
    return {
        **entry_times(plan, rendered),
        "status": rendered.status,
        "error": rendered.error,
        "report": f"{name}.html",
        "code_report": f"{name}.code.html" if f"{name}.code.html" in outputs else "",
        "notebook_file": f"{name}.ipynb" if f"{name}.ipynb" in outputs else "",
        "tables": sorted(f for f in outputs if f.endswith(".csv")),
        "outputs": sorted(outputs),
        "findings": rendered.findings,
        "made": rendered.made,
    }


def failed_over_good(plan, rendered, previous: dict) -> dict:
    """Keep the last good report; put the failed run beside it."""
    name = plan.notebook.name
    report = move_into_place(
        rendered.files[f"{name}.html"], inside(plan.report_dir, f"{name}.failed.html")
    )
    staged_notebook = rendered.files.get(f"{name}.ipynb")
    executed = staged_notebook and move_into_place(
        staged_notebook, inside(plan.report_dir, f"{name}.failed.ipynb")
    )
    kept = {k: previous.get(k) for k in KEPT_FIELDS}
    return {
        **entry_times(plan, rendered),
        **kept,
        "status": "failed",
        "error": rendered.error,
        "made": previous.get("made", ""),
        "failed_report": report.name,
        "failed_notebook": executed.name if executed else "",
        "failed_made": rendered.made,
    }


def entry_times(plan, rendered) -> dict:
    """The parts of a manifest entry every run records."""
    return {
        "notebook": display_notebook(plan.notebook.path),
        "parameters": rendered.parameters,
        "started": iso_time(rendered.started),
        "finished": iso_time(rendered.finished),
        "duration": round(rendered.seconds, 3),
        "inputs": {**plan.inputs, "files": rendered.files_hashes},
    }


def article_record(article: Article) -> dict:
    """What the manifest says about the article."""
    return {
        "id": article.id,
        "file": shown_source(article),
        "sha256": article.sha256,
        "headline": article.headline,
        "characters": len(article.text),
        **{key: article.metadata[key] for key in PUBLISHED_FIELDS if article.metadata.get(key)},
    }


def shown_source(article: Article) -> str:
    """Where the article came from, as a report names it: its web address,
    or its file (inside the project: its relative path; else its name)."""
    source = article.metadata.get("source", "")
    if source.startswith(("http://", "https://")):
        return source
    return article_shown(Path(source.split("#", 1)[0]) if source else article.path) + (
        "#" + source.split("#", 1)[1] if "#" in source else ""
    )


def display_notebook(path: Path) -> str:
    """The notebook's path inside the project, or its file name."""
    return article_shown(path)
