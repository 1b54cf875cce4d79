"""papermill by hand: a notebook's own error is one line, not papermill's traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from papermill.exceptions import PapermillExecutionError

from analysis import config, papermill_errors
from analysis.papermill_errors import describe_papermill_error, write_path_file


def execution_error(traceback: list[str], ename="ArticleError", evalue="") -> Exception:
    return PapermillExecutionError(
        cell_index=2, exec_count=2, source="prepare_notebook(...)", ename=ename,
        evalue=evalue, traceback=traceback,
    )  # fmt: skip


def test_the_notebooks_one_line_stays_one_line_with_the_cell_that_stopped():
    error = execution_error(["error: gone.txt: no such article file (parameter 'article')"])
    assert describe_papermill_error(error) == (
        "error: gone.txt: no such article file (parameter 'article') "
        "(the notebook stopped at In [2])"
    )


def test_any_other_error_keeps_the_notebooks_traceback_without_colours():
    error = execution_error(
        ["\x1b[0;31mKeyError\x1b[0m  Traceback", "----> 3 table['Mentions']"], "KeyError", "'x'"
    )
    assert describe_papermill_error(error).splitlines() == [
        "the notebook stopped at In [2]: KeyError: 'x'",
        "KeyError  Traceback",
        "----> 3 table['Mentions']",
    ]


def test_the_hook_prints_a_papermill_error_and_hands_on_anything_else(monkeypatch, capsys):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: seen.append(exc[0]))
    papermill_errors.use_short_papermill_errors()
    sys.excepthook(PapermillExecutionError, execution_error(["error: a.txt: unreadable"]), None)
    sys.excepthook(ValueError, ValueError("other"), None)
    assert capsys.readouterr().err == "error: a.txt: unreadable (the notebook stopped at In [2])\n"
    assert seen == [ValueError]


def run_with_path_file(tmp_path: Path, command: list[str]) -> subprocess.CompletedProcess:
    """Run ``command`` as if ``make venv`` had written the project's path file
    into site-packages (a sitecustomize adds a folder holding it as a site dir)."""
    site_dir, custom = tmp_path / "site", tmp_path / "custom"
    site_dir.mkdir()
    custom.mkdir()
    write_path_file(site_dir, config.PROJECT_ROOT)
    (custom / "sitecustomize.py").write_text(f"import site\nsite.addsitedir({str(site_dir)!r})\n")
    env = dict(os.environ, PYTHONPATH=f"{custom}{os.pathsep}{config.PROJECT_ROOT}")
    return subprocess.run(
        command, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )


def test_the_path_file_puts_the_project_on_the_path_and_leaves_other_programs_alone(tmp_path):
    probe = (
        "import sys, analysis; "
        "print(sys.excepthook is sys.__excepthook__, 'analysis.papermill_errors' in sys.modules)"
    )
    done = run_with_path_file(tmp_path, [sys.executable, "-c", probe])
    assert done.stdout.split() == ["True", "False"], done.stderr


KERNEL_LOG_PROBE = """
import errno, logging, zmq
log = logging.getLogger("tornado.general")
for error in (zmq.ZMQError(errno.ENOTSOCK), zmq.ZMQError(errno.EAGAIN), ValueError("own")):
    try:
        raise error
    except Exception:
        log.error("Uncaught exception in ZMQStream callback", exc_info=True)
"""


def test_the_kernel_drops_only_its_shutdown_race_from_the_log(tmp_path):
    # run as the kernel is: 'ipykernel_launcher' among the program's arguments
    done = run_with_path_file(
        tmp_path, [sys.executable, "-c", KERNEL_LOG_PROBE, "ipykernel_launcher"]
    )
    assert done.returncode == 0
    assert "Socket operation on non-socket" not in done.stderr
    assert "Resource temporarily unavailable" in done.stderr and "ValueError: own" in done.stderr


def test_other_programs_keep_the_shutdown_race_in_their_log(tmp_path):
    done = run_with_path_file(tmp_path, [sys.executable, "-c", KERNEL_LOG_PROBE])
    assert "Socket operation on non-socket" in done.stderr


@pytest.mark.slow
def test_papermill_by_hand_prints_a_bad_article_as_one_line(tmp_path):
    papermill = str(Path(sys.executable).with_name("papermill"))
    notebook = str(config.NOTEBOOKS_DIR / "01-tokenise.ipynb")
    done = run_with_path_file(
        tmp_path,
        [papermill, "--no-progress-bar", notebook, "out.ipynb", "-p", "article", "missing.txt"],
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "papermill/cli.py" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "missing.txt" in line]
    assert errors == [
        "error: missing.txt: no such article file (parameter 'article') "
        "(the notebook stopped at In [3])"  # parameters, injected parameters, the check
    ]
