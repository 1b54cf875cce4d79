"""Faults: killed runs, concurrent runs, timeouts, dead kernels, failures
after a good report.

The kill test runs the command line in its own process group and SIGKILLs
the group at seeded random moments spread over a run, 20 times; after each
kill every report file must still be whole, and a final normal run must
complete. Kernels outlive a SIGKILLed runner for up to a second (they poll
their parent), so the test kills the ones it finds, by their parent's pid.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from conftest import fixture_path
from html_checks import read_page

from analysis import config
from analysis.runner.execute import (
    START_ATTEMPTS,
    NotebookJob,
    TrackingNotebookClient,
    execute_notebook,
)
from analysis.runner.parameters import parse_parameter_options
from analysis.runner.plan import RunOptions
from analysis.runner.provenance import load_manifest
from analysis.runner.run import SOURCES_FILE, render_reports

pytestmark = pytest.mark.slow

ARTICLE_ID = "counted-words"
KILL_TRIES = 20
SEED = 20240301


def command(out: Path, *notebooks: str, extra: tuple[str, ...] = ()) -> list[str]:
    paths = [str(fixture_path(f"notebooks/{name}.ipynb")) for name in notebooks]
    return [
        sys.executable,
        "-m",
        "analysis",
        "run",
        str(fixture_path("counted_words.txt")),
        "--out",
        str(out),
        "--notebooks",
        *paths,
        *extra,
    ]


def start(cmd: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        cmd,
        cwd=config.PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so it can be killed whole
    )


def kernels_of(parent: int) -> list[int]:
    """Kernel processes started by ``parent`` (jupyter_client sets JPY_PARENT_PID)."""
    found = []
    marker = f"JPY_PARENT_PID={parent}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def kill_kernels_of(parent: int) -> None:
    for pid in kernels_of(parent):
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)  # each kernel leads its own session


def check_whole(out: Path) -> list[str]:
    """Every visible file under ``out`` is complete; return what is wrong."""
    problems = []
    for path in sorted(out.rglob("*")):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(out).parts):
            continue
        try:
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                problems += [f"{path.name}: {p}" for p in read_page(text).problems()]
            elif path.suffix == ".csv":
                rows = list(csv.reader(text.splitlines()))
                if not rows or not text.endswith("\n"):
                    problems.append(f"{path.name}: empty or cut short")
            elif path.suffix == ".json":
                json.loads(text)
            elif path.suffix == ".ipynb":
                nbformat.validate(nbformat.reads(text, as_version=4))
            else:
                problems.append(f"{path.name}: unexpected file")
        except Exception as exc:  # any failure to read is a finding
            problems.append(f"{path.name}: {type(exc).__name__}: {exc}")
    return problems


def test_killing_the_runner_never_leaves_a_broken_report(tmp_path):
    out = tmp_path / "reports"
    cmd = command(out, "writes_table", "typed_parameters", extra=("--force", "--jobs", "2"))
    began = time.monotonic()
    first = subprocess.run(cmd, cwd=config.PROJECT_ROOT, capture_output=True, text=True)
    duration = time.monotonic() - began
    assert first.returncode == 0, first.stdout + first.stderr
    rng = random.Random(SEED)
    interrupted = 0
    for attempt in range(KILL_TRIES):
        process = start(cmd)
        time.sleep(rng.uniform(0.0, duration * 1.1))
        if process.poll() is None:
            interrupted += 1
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=60)
        kill_kernels_of(process.pid)
        problems = check_whole(out)
        assert problems == [], f"after kill {attempt + 1}: {problems}"
    assert interrupted >= KILL_TRIES // 2  # the kills did land during runs
    final = subprocess.run(
        cmd[:-3], cwd=config.PROJECT_ROOT, capture_output=True, text=True, timeout=300
    )  # without --force: re-runs whatever a kill left unfinished
    assert final.returncode == 0, final.stdout + final.stderr
    assert check_whole(out) == []
    statuses = {n: e["status"] for n, e in load_manifest(out / ARTICLE_ID)["notebooks"].items()}
    assert statuses == {"writes_table": "ok", "typed_parameters": "ok"}
    kept = (".lock", SOURCES_FILE)  # the folder's lock and its record of article files
    leftovers = [p.name for p in out.rglob(".*") if p.name not in kept]
    assert leftovers == []
    words = (out / ARTICLE_ID / "writes_table.words.csv").read_text(encoding="utf-8")
    lines = words.splitlines()  # top 3; "strike" and "on" tie for third
    assert lines[:3] == ["Word,Count", "the,4", "port,3"] and lines[3] in ("strike,2", "on,2")


def test_two_runs_at_once_both_finish_consistently(tmp_path):
    out = tmp_path / "reports"
    cmd = command(out, "writes_table", "typed_parameters")
    runs = [start(cmd), start(cmd)]
    results = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    stdout = "".join(output for output, _ in results)
    # the lock lets one run render; the other waits, then finds them up to date
    assert stdout.count(f"{ARTICLE_ID}/writes_table: running") == 1
    assert stdout.count(f"{ARTICLE_ID}/writes_table: skipped (up to date)") == 1
    assert check_whole(out) == []
    manifest = load_manifest(out / ARTICLE_ID)
    for entry in manifest["notebooks"].values():
        assert entry["status"] == "ok"
        assert all((out / ARTICLE_ID / name).is_file() for name in entry["outputs"])


def test_timeout_and_dead_kernel_are_reported_not_hung(tmp_path):
    out = tmp_path / "reports"
    cmd = command(out, "sleeps_past_timeout", "kills_kernel", extra=("--timeout", "2"))
    process = start(cmd)
    stdout, stderr = process.communicate(timeout=120)  # a hang fails here
    assert process.returncode == 1, stdout + stderr
    assert kernels_of(process.pid) == []  # no kernel left running
    notebooks = load_manifest(out / ARTICLE_ID)["notebooks"]
    assert notebooks["sleeps_past_timeout"]["error"] == (
        "CellTimeoutError: this cell ran longer than the 2 s timeout and was stopped (cell [4])"
    )
    assert notebooks["kills_kernel"]["error"].startswith(
        "DeadKernelError: the kernel died while running this cell"
    )
    for name, why in (
        ("sleeps_past_timeout", "ran longer than the 2 s timeout"),
        ("kills_kernel", "the kernel died while running this cell"),
    ):
        page = read_page((out / ARTICLE_ID / f"{name}.html").read_text(encoding="utf-8"))
        assert page.problems() == []
        assert why in page.text
        assert "An Exception was encountered at 'In [4]'." in " ".join(page.text.split())
        executed = nbformat.read(out / ARTICLE_ID / f"{name}.ipynb", as_version=4)
        assert executed.cells[-1].outputs == []  # the cell after the failure never ran


def test_a_failure_never_silently_replaces_a_good_report(tmp_path):
    out = tmp_path / "reports"
    folder = out / ARTICLE_ID

    def run(fail: str):
        return render_reports(
            RunOptions(
                articles=[str(fixture_path("counted_words.txt"))],
                notebooks=[str(fixture_path("notebooks/fails_on_request.ipynb"))],
                parameters=parse_parameter_options([("fail", fail)]),
                out_dir=out,
            )
        )

    assert run("False").failed == []
    good = (folder / "fails_on_request.html").read_bytes()
    (failed,) = run("True").failed
    assert failed.report == folder / "fails_on_request.failed.html"
    assert failed.error == "RuntimeError: failure requested by the test (cell [4])"
    assert (folder / "fails_on_request.html").read_bytes() == good  # kept
    failed_page = (folder / "fails_on_request.failed.html").read_text(encoding="utf-8")
    assert "RuntimeError: failure requested by the test" in read_page(failed_page).text
    entry = load_manifest(folder)["notebooks"]["fails_on_request"]
    assert entry["status"] == "failed" and entry["report"] == "fails_on_request.html"
    overview = " ".join(read_page((folder / "index.html").read_text("utf-8")).text.split())
    assert "This run failed; the report shown is the last good one" in overview
    index = " ".join(read_page((out / "index.html").read_text("utf-8")).text.split())
    assert "FAILED: fails_on_request" in index
    assert run("False").failed == []
    assert not (folder / "fails_on_request.failed.html").exists()
    assert not (folder / "fails_on_request.failed.ipynb").exists()
    assert load_manifest(folder)["notebooks"]["fails_on_request"]["status"] == "ok"


def test_a_kernel_that_never_answers_is_replaced_before_any_cell_runs(tmp_path, monkeypatch):
    real_start = TrackingNotebookClient.start_new_kernel_client
    starts = []

    def first_one_hangs(self):
        starts.append(self.km)
        if len(starts) == 1:  # as nbclient does after startup_timeout seconds
            self._cleanup_kernel()
            raise RuntimeError("Kernel didn't respond in 60 seconds")
        return real_start(self)

    monkeypatch.setattr(TrackingNotebookClient, "start_new_kernel_client", first_one_hangs)
    result = execute_notebook(writes_table_job(tmp_path), timeout=60)
    assert result.status == "ok", result.error
    assert len(starts) == 2 and starts[0] is not starts[1]
    counts = [c.execution_count for c in result.nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))  # every cell ran once, in the new kernel
    assert (tmp_path / "words.csv").is_file()


def test_a_kernel_that_never_answers_twice_fails_the_notebook(tmp_path, monkeypatch):
    starts = []

    def always_hangs(self):
        starts.append(self.km)
        self._cleanup_kernel()
        raise RuntimeError("Kernel didn't respond in 60 seconds")

    monkeypatch.setattr(TrackingNotebookClient, "start_new_kernel_client", always_hangs)
    result = execute_notebook(writes_table_job(tmp_path), timeout=60)
    assert len(starts) == START_ATTEMPTS == 2
    assert result.status == "failed"
    assert result.nb.cells[0].source.startswith("**The notebook could not run:** RuntimeError")
    assert "Kernel didn't respond" in result.nb.cells[0].source
    assert (
        result.error
        == "the notebook could not run: RuntimeError: Kernel didn't respond in 60 seconds"
    )


def writes_table_job(output_dir):
    """The writes_table fixture notebook on a fixture article, tables to ``output_dir``."""
    return NotebookJob(
        notebook=fixture_path("notebooks/writes_table.ipynb"),
        name="writes_table",
        article=fixture_path("north_korea_shells.txt"),
        output_dir=output_dir,
        label="writes_table",
    )
