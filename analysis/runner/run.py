"""Runner: every notebook on every article -> ``reports/<article-id>/``.

``python -m analysis run [ARTICLE ...]`` (and ``make reports``) reads as a
chain of steps:

1. check every input before any kernel starts: the articles
   (``load_article``), the notebooks (``--notebooks``), the parameters (``-p``,
   ``--params``, against each notebook's ``parameters`` cell) and, when
   lexicon parameters are given, the lexicons;
2. take the output folder's lock, clear what a killed run left behind and
   refuse an article whose id names a report folder made from another file
   (``check_article_sources``: the folder remembers each id's file);
3. plan: a notebook whose inputs are unchanged since its last good run is
   skipped (``--force`` runs it anyway; see ``analysis.runner.provenance``);
4. run the others side by side (``--jobs`` kernels) in a staging folder
   inside the output folder: execute with papermill's semantics, make the
   notebook portable, render offline HTML;
5. publish each finished notebook (``analysis.runner.publish``): move its files into
   the article's folder, record it in ``manifest.json``, refresh the overview
   pages. A failed notebook still gets its HTML (showing where and why); if
   an earlier run left a good report, that report is kept and the overview
   says so.

Nothing is printed here: progress goes to a callback (the CLI prints it).
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import math
import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from analysis import config
from analysis.errors import ArticleError, NotebookError, ParameterError
from analysis.files import clean_leftovers, inside, locked, make_staging, write_atomic
from analysis.runner.inputs import read_run_inputs, write_article_texts
from analysis.runner.overview import write_overviews
from analysis.runner.parameters import (
    assign_parameters,
    read_parameters,
)
from analysis.runner.plan import NotebookSource, Outcome, Plan, Progress, RunOptions, RunSummary
from analysis.runner.provenance import (
    changed_inputs,
    describe_commit,
    format_date,
    load_manifest,
    made_at,
    notebook_inputs,
    project_commit,
)
from analysis.runner.publish import publish_rendered, run_information, shown_source
from analysis.text import Article

NOTEBOOK_PATTERN = "[0-9][0-9]-*.ipynb"
#: In an output folder: which file each article id was rendered from.
SOURCES_FILE = ".article-sources.json"

#: Notebook parameters that name lexicon files -> ``load_lexicons`` arguments.
LEXICON_PARAMETERS = {
    "actors_file": "actors",
    "weapons_file": "weapons",
    "extra_actor_files": "extra_actors",
    "extra_weapon_files": "extra_weapons",
    "titles_file": "titles",
}


def render_reports(options: RunOptions, progress: Progress | None = None) -> RunSummary:
    """Render the reports; raise ``AnalysisError`` on bad input, before any
    kernel starts. Failed notebooks are in the summary, not raised."""
    progress = progress or (lambda event, label, message: None)
    out_dir = check_out_dir(options.out_dir)
    articles = load_articles(options.articles, out_dir)
    notebooks = select_notebooks(options.notebooks)
    declared = {nb.name: read_parameters(nb.path) for nb in notebooks}
    assigned = assign_parameters(options.parameters, declared)
    check_lexicons(assigned)
    timeout = check_timeout(options.timeout)
    jobs = check_jobs(options.jobs)
    wait_note = f"waiting for another run on {out_dir} to finish"
    with locked(out_dir, on_wait=lambda: progress("wait", "", wait_note)):
        clean_leftovers(out_dir)
        check_article_sources(out_dir, articles)
        write_article_texts(articles)
        plans = [
            plan_notebook(article, notebook, assigned[notebook.name], out_dir, options)
            for article in articles
            for notebook in notebooks
        ]
        outcomes = []
        for plan in plans:
            if not plan.reason:
                progress("skip", plan.label, "skipped (up to date)")
                outcomes.append(Outcome(plan.label, "skipped", plan.report_dir))
        to_run = [plan for plan in plans if plan.reason]
        if to_run:
            outcomes += run_plans(to_run, out_dir, options, timeout, jobs, progress)
        commit = describe_commit(project_commit())
        write_overviews(out_dir, commit, format_date(made_at()))
    return RunSummary(outcomes, out_dir / "index.html")


def load_articles(paths: list[str], out_dir: Path = config.REPORTS_DIR) -> list[Article]:
    """Load and check every article (default: all of ``seeds/``): text files,
    saved web pages, tables, URL lists, folders (``runner.inputs``)."""
    files = [Path(p) for p in paths] or config.seed_articles()
    if not files:
        raise ArticleError(config.SEEDS_DIR, "no articles (*.txt) to render")
    articles: dict[str, Article] = {}
    for file in files:
        for article in read_run_inputs(
            config.resolve_article(file) if str(file) else file, out_dir
        ):
            other = articles.get(article.id)
            if other and os.path.abspath(other.path) != os.path.abspath(article.path):
                raise ArticleError(
                    file, f"gets the same report folder {article.id!r} as {other.path}; rename one"
                )
            articles[article.id] = article
    return list(articles.values())


def check_article_sources(out_dir: Path, articles: list[Article]) -> None:
    """Refuse, with one ``ArticleError`` naming both files, an article whose
    id names a report folder made from a different article (another file
    with other text); else remember each id's file in ``SOURCES_FILE``.

    The same file edited, or the same text moved, renders into its folder as
    before. Folders made before this record existed are checked against
    their manifest (file as shown and SHA-256)."""
    record = out_dir / SOURCES_FILE
    try:
        known = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    known = known if isinstance(known, dict) else {}
    recorded = json.dumps(known, indent=2, sort_keys=True) + "\n"
    for article in articles:
        # where it came from: a web page or table keeps its source; a file its path
        here = article.metadata.get("source") or os.path.abspath(article.path)
        before = known.get(article.id)
        if not isinstance(before, dict):
            shown = load_manifest(inside(out_dir, article.id)).get("article", {})
            before = {"path": shown.get("file", ""), "sha256": shown.get("sha256", "")}
            same_file = not before["path"] or before["path"] == shown_source(article)
        else:
            same_file = before.get("path") == here
        if not same_file and before.get("sha256") != article.sha256:
            raise ArticleError(
                article.path,
                f"has the report id {article.id!r} of {before['path']}, a different article "
                f"already in {out_dir}; rename one of them or use another --out",
            )
        known[article.id] = {"path": here, "sha256": article.sha256}
    text = json.dumps(known, indent=2, sort_keys=True) + "\n"
    if text != recorded or not record.exists():  # an unchanged run changes no file
        write_atomic(record, text)


def select_notebooks(names: list[str]) -> list[NotebookSource]:
    """The notebooks to run: all ``notebooks/NN-*.ipynb``, or those named
    (by name, number or file name, or a path to any ``.ipynb``)."""
    available = {
        p.stem: p for p in sorted(config.NOTEBOOKS_DIR.glob(NOTEBOOK_PATTERN)) if takes_article(p)
    }
    if not names:
        if not available:
            raise NotebookError(config.NOTEBOOKS_DIR, "no notebooks (NN-name.ipynb) to run")
        return [NotebookSource(path, stem) for stem, path in available.items()]
    chosen: dict[str, NotebookSource] = {}
    for name in names:
        path = find_notebook(name, available)
        if path.stem in chosen and chosen[path.stem].path != path:
            raise NotebookError(name, f"has the same name as {chosen[path.stem].path}")
        chosen[path.stem] = NotebookSource(path, path.stem)
    return list(chosen.values())


def takes_article(path: Path) -> bool:
    """True for a per-article notebook (its parameters cell declares
    ``article``); the corpus notebook (``corpus``) is rendered by
    ``python -m analysis corpus ... --report`` instead."""
    try:
        return any(p.name == "article" for p in read_parameters(path))
    except NotebookError:
        return True  # the run reports the problem when it reads the notebook


def find_notebook(name: str, available: dict[str, Path]) -> Path:
    """Resolve one ``--notebooks`` value, or raise ``NotebookError``."""
    if name.endswith(".ipynb") and ("/" in name or os.sep in name):
        path = config.resolve_article(name)  # a path: from the cwd, else the project root
        if not path.is_file():
            raise NotebookError(name, "no such notebook file")
        return Path(os.path.abspath(path))
    stem = name.removesuffix(".ipynb")
    matches = [p for s, p in available.items() if s == stem or s.startswith(f"{stem}-")]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(available) or "none"
    problem = "matches several notebooks" if matches else "no such notebook"
    raise NotebookError(name, f"{problem} in notebooks/ (choose from: {known})")


def check_lexicons(assigned: dict[str, dict[str, object]]) -> None:
    """Load the lexicons that parameters name, so a broken one fails now.

    Calls ``analysis.entities.lexicon.load_lexicons`` with the given parameters that
    name lexicon files (``LEXICON_PARAMETERS``); it raises ``LexiconError``
    naming the file, the line and the problem.
    """
    given = {
        LEXICON_PARAMETERS[name]: value
        for parameters in assigned.values()
        for name, value in parameters.items()
        if name in LEXICON_PARAMETERS
    }
    if not given or importlib.util.find_spec("analysis.entities.lexicon") is None:
        return
    from analysis.entities import load_lexicons

    accepted = inspect.signature(load_lexicons).parameters
    load_lexicons(**{name: value for name, value in given.items() if name in accepted})


def check_timeout(timeout: float) -> int:
    """Whole seconds a cell may run (nbclient counts in seconds)."""
    if not timeout or timeout <= 0 or math.isnan(timeout):
        raise ParameterError("--timeout", f"must be a positive number of seconds, not {timeout}")
    return max(1, math.ceil(timeout))


def check_out_dir(out_dir: Path) -> Path:
    """The output folder, absolute; refuse one that cannot be a folder we
    write in (checked without creating anything)."""
    path = Path(os.path.abspath(out_dir))
    existing = next((p for p in (path, *path.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise ParameterError(out_dir, f"cannot be the output folder: {existing} is not a folder")
    if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
        raise ParameterError(out_dir, f"cannot be the output folder: {existing} is not writable")
    return path


def check_jobs(jobs: int) -> int:
    """How many kernels run side by side (0 = one per core)."""
    if jobs < 0:
        raise ParameterError("--jobs", f"must be 0 (one per core) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def plan_notebook(
    article: Article,
    notebook: NotebookSource,
    parameters: dict[str, object],
    out_dir: Path,
    options: RunOptions,
) -> Plan:
    """Decide whether a notebook must run for an article, and why."""
    report_dir = inside(out_dir, article.id)
    inputs = notebook_inputs(
        article_sha256=article.sha256,
        notebook=notebook.path,
        parameters=parameters,
        options={"no_code": options.no_code},
    )
    previous = load_manifest(report_dir).get("notebooks", {}).get(notebook.name, {})
    reason = rerun_reason(previous, inputs, report_dir, options.force)
    last = float(previous.get("duration") or 0.0)
    return Plan(article, notebook, parameters, report_dir, inputs, reason, last)


def rerun_reason(previous: dict, inputs: dict, report_dir: Path, force: bool) -> str:
    """Why a notebook must run, or ``""`` if its last good report is current."""
    if force:
        return "--force"
    if not previous:
        return "not rendered yet"
    if previous.get("status") != "ok":
        return f"last run {previous.get('status', 'unfinished')}"
    missing = [f for f in previous.get("outputs", []) if not (report_dir / f).is_file()]
    if missing:
        return f"{missing[0]} is missing"
    changes = changed_inputs(previous.get("inputs", {}), inputs)
    return "; ".join(changes[:3]) + (" ..." if len(changes) > 3 else "")


def run_plans(
    plans: list[Plan],
    out_dir: Path,
    options: RunOptions,
    timeout: int,
    jobs: int,
    progress: Progress,
) -> list[Outcome]:
    """Run the planned notebooks side by side and commit each as it finishes."""
    skip_unused_imports()
    from analysis.runner import render  # imports papermill and nbconvert: only when needed

    staging = make_staging(out_dir)
    context = render.RenderContext(
        staging=staging,
        commit=describe_commit(project_commit()),
        date=format_date(made_at()),
        timeout=timeout,
        no_code=options.no_code,
    )
    run_info = run_information()
    outcomes: list[Outcome] = []
    total = len(plans)
    pool = ThreadPoolExecutor(max_workers=min(jobs, total), thread_name_prefix="notebook")
    try:
        futures = {}
        for plan in longest_first(plans):
            start_note = f"running ({plan.reason})"
            futures[pool.submit(render.render_plan, plan, context, progress, start_note)] = plan
        for done, future in enumerate(as_completed(futures), 1):
            plan = futures[future]
            rendered = future.result()
            shown = publish_rendered(plan, rendered, run_info)
            outcome = Outcome(plan.label, rendered.status, shown, rendered.error, rendered.seconds)
            outcomes.append(outcome)
            write_overviews(out_dir, context.commit, context.date)
            progress(*progress_line(outcome, done, total))
    except BaseException:
        render.stop_all_kernels()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True)
        shutil.rmtree(staging, ignore_errors=True)
    return outcomes


#: Optional packages that papermill and nbconvert would load and the runner never uses.
UNUSED_IMPORTS = (
    # jsonschema (nbformat validates notebooks with it) loads this when it is
    # installed (jupyterlab brings it) for its "iri" string format, which no
    # notebook schema uses; it builds a grammar at import, 0.7 s a process.
    "rfc3987_syntax",
)


def skip_unused_imports() -> None:
    """Mark ``UNUSED_IMPORTS`` as missing in this process (unless already
    loaded); the packages that import them are written to do without."""
    for name in UNUSED_IMPORTS:
        sys.modules.setdefault(name, None)


def longest_first(plans: list[Plan]) -> list[Plan]:
    """Start the notebooks that took longest last time first (the others fill
    in around them, so the run ends sooner); unknown ones keep their order
    ahead of known ones."""
    order = {id(plan): index for index, plan in enumerate(plans)}
    return sorted(plans, key=lambda p: (p.last_seconds > 0, -p.last_seconds, order[id(p)]))


def progress_line(outcome: Outcome, done: int, total: int) -> tuple[str, str, str]:
    """The progress event for a finished notebook."""
    where = f" -> {outcome.report}" if outcome.report else ""
    if outcome.status == "ok":
        return "done", outcome.label, f"ok ({outcome.seconds:.1f} s) [{done}/{total}]"
    return (
        "failed",
        outcome.label,
        f"FAILED ({outcome.seconds:.1f} s) [{done}/{total}]: {outcome.error}{where}",
    )
