"""Execute one notebook with papermill's semantics, in this process.

The steps are papermill's own (``papermill.execute.execute_notebook`` without
its file writes), so a notebook run here matches one run with ``papermill``
by hand: the parameters are injected in a cell tagged ``injected-parameters``
after the cell tagged ``parameters``; papermill's metadata (parameters, start
and end times, per-cell status) is recorded; a failing cell gets papermill's
error markers (a red note at the top linking to the cell that failed).

Differences, all about the process around the notebook:

- several notebooks run side by side in threads of one process (each thread
  drives its own kernel), so papermill and nbclient are imported once;
- a cell running past ``timeout`` seconds is stopped and a kernel that dies
  is detected; either is written into the failing cell as an error output,
  so the report shows where and why;
- kernels are shut down at once after the last cell (``shutdown_kernel =
  "immediate"``): every output has arrived by then;
- two silent requests (no output, no execution count) record which files of
  the project the notebook imported or read, so a re-run can tell whether a
  change to them affects this notebook (see ``analysis.runner.provenance``).
"""

from __future__ import annotations

import ast
import contextlib
import json
import logging
import os
import signal
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NotebookExecutionManager, papermill_engines
from papermill.exceptions import PapermillExecutionError
from papermill.execute import (
    prepare_notebook_metadata,
    raise_for_execution_errors,
    remove_error_markers,
)
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

from analysis import config
from analysis.runner.parameters import read_parameters

DEFAULT_KERNEL = "python3"
START_TIMEOUT = 60
#: Kernels started for one notebook when one fails before its first cell: kernels
#: started side by side now and then never answer (jupyter/jupyter_client#487).
START_ATTEMPTS = 2
# Papermill and nbclient log to the root logger's last-resort handler; the
# runner reports failures itself.
for _name in ("papermill", "analysis.runner.execute"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
LOG = logging.getLogger("analysis.runner.execute")
LOG.propagate = False
# Kernel managers of the kernels running now (see stop_all_kernels).
_ACTIVE: set = set()
_ACTIVE_LOCK = threading.Lock()

# Run silently in the kernel before the first cell: remember every file
# opened for reading (Python's audit hook; it only records a path).
TRACK_READS = """
def _news_analysis_track_reads():
    import os, sys
    reads = set()
    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes)):
            mode, flags = args[1], args[2]
            writing = (flags & (os.O_WRONLY | os.O_RDWR)) if mode is None else (
                any(c in mode for c in "wax+"))
            if not writing:
                reads.add(os.path.abspath(os.fsdecode(args[0])))
    sys.addaudithook(hook)
    sys._news_analysis_reads = reads
_news_analysis_track_reads()
del _news_analysis_track_reads
"""
# Evaluated silently after the last cell: the files under a folder that the
# notebook imported or read, as a JSON string (a long list would be shortened
# by IPython's pretty printer; a string is not).
FILES_USED = (
    "__import__('json').dumps(sorted({{__import__('os').path.abspath(p) for p in "
    "[getattr(m, '__file__', None) for m in list(__import__('sys').modules.values())] "
    "+ list(getattr(__import__('sys'), '_news_analysis_reads', ())) "
    "if isinstance(p, str) and __import__('os').path.abspath(p).startswith({root!r})}}))"
)


@dataclass
class NotebookJob:
    """One notebook to run on one article."""

    notebook: Path  # the source .ipynb
    name: str  # file stem, e.g. "01-tokenise"
    article: Path
    output_dir: Path  # where the notebook writes its tables (a staging folder)
    parameters: dict[str, object] = field(default_factory=dict)
    label: str = ""  # for progress lines, e.g. "chad-sudan/01-tokenise"


@dataclass
class ExecutedNotebook:
    """A notebook after running: the notebook node and how it went."""

    job: NotebookJob
    nb: object  # nbformat.NotebookNode, with outputs and papermill metadata
    status: str  # "ok" or "failed"
    error: str  # one line saying where and why, when failed
    started: datetime
    finished: datetime
    files_read: list[str] = field(default_factory=list)  # project files it used

    @property
    def seconds(self) -> float:
        """Wall time of the run."""
        return (self.finished - self.started).total_seconds()


class TrackingNotebookClient(PapermillNotebookClient):
    """Papermill's client, also recording which project files were used."""

    files_read: list[str]

    def create_kernel_manager(self):
        """nbclient's kernel manager, registered so Ctrl-C can stop it."""
        manager = super().create_kernel_manager()
        with _ACTIVE_LOCK:
            _ACTIVE.add(manager)
        return manager

    def papermill_execute_cells(self):
        """Track reads, run the cells as papermill does, collect the files."""
        self.files_read = []
        self._run_silently(TRACK_READS)
        super().papermill_execute_cells()
        self.files_read = self._files_used()

    def _run_silently(self, code: str, expressions: dict[str, str] | None = None) -> dict:
        msg_id = self.kc.execute(
            code, silent=True, store_history=False, user_expressions=expressions or {}
        )
        reply = self.wait_for_reply(msg_id)
        return (reply or {}).get("content", {})

    def _files_used(self) -> list[str]:
        expression = FILES_USED.format(root=str(config.PROJECT_ROOT) + os.sep)
        content = self._run_silently("", {"files": expression})
        result = content.get("user_expressions", {}).get("files", {})
        try:
            return [str(p) for p in json.loads(ast.literal_eval(result["data"]["text/plain"]))]
        except (KeyError, ValueError, SyntaxError, TypeError):
            return []


def execute_notebook(
    job: NotebookJob, *, timeout: float, kernel_name: str = ""
) -> ExecutedNotebook:
    """Run ``job`` and return the executed notebook; never raises for a failure
    inside the notebook (a failing cell, a timeout, a dead kernel)."""
    started = made_at_now()
    nb = parameterized_notebook(job, kernel_name)
    manager = NotebookExecutionManager(nb, output_path=None, progress_bar=False)
    manager.notebook_start()
    client = None
    error = ""
    try:
        for attempt in range(1, START_ATTEMPTS + 1):
            client = TrackingNotebookClient(
                manager,
                kernel_name=kernel_name or papermill_engines.nb_kernel_name(None, nb, None),
                timeout=timeout,
                startup_timeout=START_TIMEOUT,
                shutdown_kernel="immediate",
                log=LOG,
            )
            with tempfile.TemporaryFile() as kernel_log:
                try:
                    client.execute(stdout=kernel_log, stderr=kernel_log)
                except Exception as exc:  # a timeout, a dead kernel, a kernel that would not start
                    if attempt < START_ATTEMPTS and not started_cells(manager.nb):
                        LOG.warning("%s: %s; starting another kernel", job.label, exc)
                        forget_kernel(client)
                        continue  # nothing ran yet, so nothing is run twice
                    error = mark_failure(manager.nb, exc, timeout, read_tail(kernel_log))
            break
    finally:
        manager.notebook_complete()
        forget_kernel(client)
    nb = manager.nb
    try:
        raise_for_execution_errors(nb, None)  # adds papermill's error markers
    except PapermillExecutionError as exc:
        error = describe_error(exc)
    files = project_files(getattr(client, "files_read", []), job)
    status = "failed" if error or nb.metadata.papermill.get("exception") else "ok"
    if status == "failed" and not error:
        error = "the notebook failed (see the report)"
    return ExecutedNotebook(job, nb, status, error, started, made_at_now(), files)


def started_cells(nb) -> list:
    """The cells of ``nb`` that began to run (papermill recorded a start time)."""
    return [c for c in nb.cells if c.metadata.get("papermill", {}).get("start_time")]


def forget_kernel(client) -> None:
    """Take ``client``'s kernel off the list ``stop_all_kernels`` stops."""
    with _ACTIVE_LOCK:
        _ACTIVE.discard(getattr(client, "km", None))


def parameterized_notebook(job: NotebookJob, kernel_name: str = ""):
    """Load the notebook and inject parameters, as ``papermill`` does: the
    runner's own (``article``, ``output_dir``) only where the notebook declares
    them (the corpus notebook reads a store, not an article)."""
    nb = load_notebook_node(str(job.notebook))
    declared = {parameter.name for parameter in read_parameters(job.notebook)}
    runner_set = {"article": str(job.article), "output_dir": str(job.output_dir)}
    parameters = {
        **{name: value for name, value in runner_set.items() if name in declared},
        **job.parameters,
    }
    if not kernel_name and not nb.metadata.get("kernelspec", {}).get("name"):
        kernel_name = DEFAULT_KERNEL
    nb = parameterize_notebook(nb, parameters, kernel_name=kernel_name or None)
    nb = prepare_notebook_metadata(nb, str(job.notebook), f"{job.name}.ipynb")
    return remove_error_markers(nb)


def read_tail(handle, size: int = 2000) -> str:
    """The end of the kernel's own log (its messages outside any cell)."""
    try:
        handle.seek(max(0, handle.seek(0, os.SEEK_END) - size))
        return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def mark_failure(nb, exc: BaseException, timeout: float, kernel_log: str = "") -> str:
    """Write a failure that stopped the kernel into the cell it stopped in.

    Returns the one-line error when no cell ran (the kernel did not start),
    else "" (papermill's error markers then say which cell failed).
    """
    from nbformat.v4 import new_markdown_cell, new_output

    reason = failure_reason(exc, timeout)
    nb.metadata.papermill["exception"] = True
    started = started_cells(nb)
    if not started:
        last_lines = [line for line in kernel_log.splitlines() if line.strip()][-3:]
        detail = "".join(f"\n\n    {line}" for line in last_lines)
        note = new_markdown_cell(f"**The notebook could not run:** {reason}{detail}")
        note.metadata["tags"] = ["runner-error"]
        note.metadata["papermill"] = {"status": "failed"}  # no cell of papermill's failed
        nb.cells.insert(0, note)
        return f"the notebook could not run: {reason}"
    cell = started[-1]
    cell.metadata.papermill["exception"] = True
    cell.metadata.papermill["status"] = "failed"
    if cell.cell_type == "code" and cell.get("execution_count") is None:
        # The kernel numbered the cell before it died, but its message may not
        # have been read: the number is one more than the last cell's.
        counts = [c.get("execution_count") or 0 for c in started if c.cell_type == "code"]
        cell.execution_count = max(counts, default=0) + 1
    if cell.cell_type == "code":
        name = type(exc).__name__
        cell.outputs.append(new_output("error", ename=name, evalue=reason, traceback=[reason]))
    return ""


def failure_reason(exc: BaseException, timeout: float) -> str:
    """One sentence for a failure outside the notebook's own code."""
    name = type(exc).__name__
    if name == "CellTimeoutError":
        return f"this cell ran longer than the {timeout:g} s timeout and was stopped"
    if name == "DeadKernelError":
        return "the kernel died while running this cell (killed, or out of memory)"
    text = str(exc).strip().splitlines()
    return f"{name}: {text[0]}" if text else name


def describe_error(exc: PapermillExecutionError) -> str:
    """``"ValueError: bad value (cell [5])"`` from papermill's error."""
    where = f" (cell [{exc.exec_count}])" if exc.exec_count else ""
    value = (exc.evalue or "").strip().splitlines()
    return f"{exc.ename}: {value[0] if value else ''}".rstrip(": ") + where


def project_files(paths: list[str], job: NotebookJob) -> list[str]:
    """The files a run used that belong to the project (its modules and data),
    leaving out the article, the outputs and the Python installation."""
    root = str(config.PROJECT_ROOT) + os.sep
    skip = (
        str(config.PROJECT_ROOT / ".venv") + os.sep,
        str(job.output_dir) + os.sep,
    )
    article = os.path.abspath(job.article)
    kept = set()
    for path in paths:
        wanted = path.startswith(root) and not path.startswith(skip) and path != article
        if wanted and "__pycache__" not in path and os.path.isfile(path):
            kept.add(path)
    return sorted(kept)


def made_at_now() -> datetime:
    """The clock for start and end times (never pinned: durations are real)."""
    return datetime.now(tz=UTC)


def stop_all_kernels() -> None:
    """Kill every kernel this process started that is still running (on
    Ctrl-C); the threads driving them then see a dead kernel and return."""
    with _ACTIVE_LOCK:
        managers = list(_ACTIVE)
    for manager in managers:
        process = getattr(getattr(manager, "provisioner", None), "process", None)
        if process is not None and process.poll() is None:
            with contextlib.suppress(OSError):
                os.killpg(process.pid, signal.SIGKILL)
