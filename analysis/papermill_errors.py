"""papermill by hand: a notebook's own error is one line, not papermill's traceback.

Inside a notebook, ``analysis.notebook.prepare_notebook`` already shows an
``AnalysisError`` as one line (``error: <file>: <problem>``). papermill's
command line then raises ``PapermillExecutionError`` for it, which Python
prints after some 25 lines of papermill's own call stack (click, execute,
raise_for_execution_errors): nothing a user can act on. papermill has no
option to turn that off, so the venv does it for the ``papermill`` command
only:

- ``make venv`` writes ``news-analysis.pth`` into the venv's site-packages
  (``write_path_file``): the project's folder (so ``import analysis`` works
  from anywhere) and ``PATH_FILE_HOOK``, a line Python runs at start-up that
  calls ``use_short_papermill_errors()`` when the program is ``papermill``
  and does nothing in any other program;
- ``use_short_papermill_errors()`` sets ``sys.excepthook``: a
  ``PapermillExecutionError`` prints as ``describe_papermill_error`` says
  (the notebook's one line, and which cell stopped) and the exit status
  stays 1; every other exception goes to the hook that was there before.

The same start-up line quiets one known message of the notebook kernel
(the venv's ``ipykernel_launcher``, which papermill and JupyterLab start):
when a kernel is told to shut down, ipykernel 7.4 may flush its output
after its output socket has closed, and tornado then logs a ~20-line
``ZMQError: Socket operation on non-socket`` traceback to the terminal
(a race inside ipykernel, fixed for one path upstream in ipython/ipykernel
pull request 1518, not for the flush path). ``quiet_kernel_shutdown`` drops
that one record (``is_kernel_shutdown_race``) and nothing else.

This module imports nothing from the rest of the package (papermill's
start-up stays as fast as it was).
"""

from __future__ import annotations

import errno
import logging
import re
import sys
from pathlib import Path

PATH_FILE = "news-analysis.pth"
#: The line of ``news-analysis.pth`` Python runs at start-up (a ``.pth`` line
#: that starts with ``import`` is run; it must be one line).
PATH_FILE_HOOK = (
    "import sys; ('papermill' in sys.argv[0].replace('\\\\', '/').rsplit('/', 1)[-1] or "
    "'ipykernel_launcher' in sys.orig_argv) and "
    "__import__('analysis.papermill_errors').papermill_errors.start_up(sys.orig_argv)"
)
KERNEL_LAUNCHER = "ipykernel_launcher"
#: The logger tornado reports an exception in a ZMQ stream's callback to.
TORNADO_LOGGER = "tornado.general"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
SHORT_ERROR = "error: "  # how analysis.notebook's one line starts


def describe_papermill_error(error) -> str:
    """What papermill's command line prints for a ``PapermillExecutionError``
    ``error`` (any object with its ``exec_count``, ``ename``, ``evalue`` and
    ``traceback``): the notebook's one-line error as it is, with the cell that
    stopped; any other error with the traceback the notebook shows for it
    (papermill's own call stack left out).

    >>> from types import SimpleNamespace as Error
    >>> bad = Error(exec_count=3, ename="ArticleError", evalue="a.txt: no such article file",
    ...             traceback=["error: a.txt: no such article file"])
    >>> describe_papermill_error(bad)
    'error: a.txt: no such article file (the notebook stopped at In [3])'
    >>> bug = Error(exec_count=5, ename="ZeroDivisionError", evalue="division by zero",
    ...             traceback=["\\x1b[31mZeroDivisionError\\x1b[0m  Traceback", "----> 1 1/0"])
    >>> print(describe_papermill_error(bug))
    the notebook stopped at In [5]: ZeroDivisionError: division by zero
    ZeroDivisionError  Traceback
    ----> 1 1/0
    """
    lines = [ANSI_ESCAPE.sub("", line) for line in error.traceback or []]
    where = f"the notebook stopped at In [{error.exec_count}]"
    if len(lines) == 1 and lines[0].startswith(SHORT_ERROR):
        return f"{lines[0]} ({where})"
    return "\n".join([f"{where}: {error.ename}: {error.evalue}", *lines])


def use_short_papermill_errors() -> None:
    """Print a ``PapermillExecutionError`` that ends a program as
    ``describe_papermill_error`` says (see the module)."""
    previous = sys.excepthook

    def show(etype, value, tb):
        if etype.__name__ == "PapermillExecutionError" and hasattr(value, "traceback"):
            print(describe_papermill_error(value), file=sys.stderr)
        else:
            previous(etype, value, tb)

    sys.excepthook = show


def start_up(orig_argv: list[str]) -> None:
    """What the path file's line does in the two programs it acts in: in the
    notebook kernel, ``quiet_kernel_shutdown``; in papermill,
    ``use_short_papermill_errors``."""
    if KERNEL_LAUNCHER in orig_argv:
        quiet_kernel_shutdown()
    else:
        use_short_papermill_errors()


def is_kernel_shutdown_race(record: logging.LogRecord) -> bool:
    """True for the record of ipykernel's shutdown race: an exception logged
    with a ``ZMQError`` whose errno is ENOTSOCK (the socket is already closed).

    >>> class ZMQError(Exception):
    ...     errno = errno.ENOTSOCK
    >>> def logged(exc):
    ...     return logging.LogRecord("tornado.general", logging.ERROR, "", 0, "Uncaught", None,
    ...                              (type(exc), exc, None))
    >>> is_kernel_shutdown_race(logged(ZMQError()))
    True
    >>> is_kernel_shutdown_race(logged(ValueError("a notebook's own error")))
    False
    """
    error = record.exc_info[1] if record.exc_info else None
    return type(error).__name__ == "ZMQError" and getattr(error, "errno", None) == errno.ENOTSOCK


def quiet_kernel_shutdown() -> None:
    """Drop ipykernel's shutdown-race record from tornado's log (see the module)."""
    logging.getLogger(TORNADO_LOGGER).addFilter(lambda record: not is_kernel_shutdown_race(record))


def path_file_text(project_root: str | Path) -> str:
    r"""The text of ``news-analysis.pth``: the project's folder, then the hook.

    >>> path_file_text("/srv/news").splitlines()[0]
    '/srv/news'
    """
    return f"{project_root}\n{PATH_FILE_HOOK}\n"


def write_path_file(site_packages: str | Path, project_root: str | Path) -> Path:
    """Write ``news-analysis.pth`` into ``site_packages`` (``make venv``)."""
    path = Path(site_packages) / PATH_FILE
    path.write_text(path_file_text(project_root), encoding="utf-8")
    return path
