"""Benchmark: rendering one article's notebooks, against the naive way and a floor.

Rendering is dominated by fixed costs, not by the analysis: importing
papermill or nbconvert takes about 1.5 s, a kernel about 0.6 s to start, 1 s
to import pandas, matplotlib and nltk, and 0.5 s to shut down. The runner is
one process that runs kernels side by side and exports HTML in the same
process. From one run of this script (each a fresh process, as a user runs it;
the runner and the floor are timed ``--repeat`` times, interleaved, best kept):

1. the runner: ``python -m analysis run ARTICLE --force`` on every notebook;
2. (a) the naive way: for each notebook, ``papermill`` then
   ``jupyter nbconvert --to html``, one after another;
3. (b) the floor: the runner on as many notebooks holding only their
   parameters and import (setup) cell;
4. a re-run with nothing changed (every notebook skipped).

Targets (from the issue): the runner at least 3x faster than (a) and within
1.5x of (b). The numbers are printed; ``--check`` makes a missed target exit 1.

    python bench/bench_runner.py [--article PATH] [--jobs N] [--check]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TARGET_SPEEDUP = 3.0
TARGET_FLOOR_RATIO = 1.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", default=str(first_seed()), help="article (default: seed)")
    parser.add_argument("--jobs", default="0", help="runner --jobs (default: one per core)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N for runner and floor")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    if not notebooks:
        print("no notebooks in notebooks/")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-runner-") as tmp:
        work = Path(tmp)
        runner = timed(runner_command(args.article, work / "runner", args.jobs), "runner")
        rerun = timed(
            runner_command(args.article, work / "runner", args.jobs, force=False), "rerun"
        )
        naive = sum(
            timed(cmd, "naive") for cmd in naive_commands(args.article, notebooks, work / "naive")
        )
        floors = [write_floor(nb, work / "floor-notebooks") for nb in notebooks]
        floor_cmd = runner_command(args.article, work / "floor", args.jobs, notebooks=floors)
        floor = timed(floor_cmd, "floor")
    speedup, ratio = naive / runner, runner / floor
    cores = os.cpu_count() or 1
    print(f"article: {Path(args.article).name}; {len(notebooks)} notebooks; {cores} cores")
    print("                                        wall     CPU (all processes)")
    for label, text, wall, note in (
        ("runner", "runner (all notebooks, --force)", runner, ""),
        ("naive", "(a) papermill + nbconvert, in turn", naive, f"runner is {speedup:.1f}x faster"),
        ("floor", "(b) runner, import cells only", floor, f"runner is {ratio:.2f}x the floor"),
        ("rerun", "re-run with nothing changed", rerun, ""),
    ):
        print(f"{text:38} {wall:6.2f} s {CPU_SECONDS[label]:7.2f} s   {note}")
    print(
        f"CPU-bound floor on {cores} cores: runner >= {CPU_SECONDS['runner'] / cores:.2f} s, "
        f"(b) >= {CPU_SECONDS['floor'] / cores:.2f} s"
    )
    missed = []
    if speedup < TARGET_SPEEDUP:
        missed.append(f"speed-up over (a) {speedup:.1f}x < {TARGET_SPEEDUP}x")
    if ratio > TARGET_FLOOR_RATIO:
        missed.append(f"ratio to the floor {ratio:.2f}x > {TARGET_FLOOR_RATIO}x")
    print("targets: " + ("met" if not missed else "MISSED: " + "; ".join(missed)))
    return 1 if missed and args.check else 0


def first_seed() -> Path:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return seeds[0] if seeds else ROOT / "seeds" / "article.txt"


CPU_SECONDS: dict[str, float] = {}


def timed(command: list[str], label: str = "") -> float:
    """Wall time of a command (its CPU time, kernels included, goes to
    ``CPU_SECONDS[label]``); stop the benchmark if it fails."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)
    CPU_SECONDS[label] = CPU_SECONDS.get(label, 0.0) + cpu
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    return elapsed


def runner_command(
    article: str, out: Path, jobs: str, force: bool = True, notebooks: list[Path] = ()
) -> list[str]:
    command = [sys.executable, "-m", "analysis", "run", article, "--out", str(out), "-q"]
    command += ["--jobs", jobs] + (["--force"] if force else [])
    return command + (["--notebooks", *map(str, notebooks)] if notebooks else [])


def naive_commands(article: str, notebooks: list[Path], out: Path) -> list[list[str]]:
    """papermill then nbconvert, per notebook, each its own process."""
    commands = []
    for notebook in notebooks:
        tables = out / notebook.stem
        tables.mkdir(parents=True, exist_ok=True)
        executed = out / f"{notebook.stem}.ipynb"
        commands.append(
            [
                str(BIN / "papermill"),
                str(notebook),
                str(executed),
                "-p",
                "article",
                article,
                "-p",
                "output_dir",
                str(tables),
                "--no-progress-bar",
            ]
        )
        commands.append([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)])
    return commands


def write_floor(notebook: Path, folder: Path) -> Path:
    """The notebook cut after its setup cell: title, parameters, imports."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cells = nb["cells"]
    tagged = next(
        i for i, c in enumerate(cells) if "parameters" in c.get("metadata", {}).get("tags", [])
    )
    setup = next(i for i in range(tagged + 1, len(cells)) if cells[i]["cell_type"] == "code")
    nb["cells"] = cells[: setup + 1]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / notebook.name
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


if __name__ == "__main__":
    raise SystemExit(main())
