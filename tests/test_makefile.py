"""Makefile habits, read from ``make -n`` (what make would run, nothing run):
``make lab`` as root and not, ``ARGS``, ``ARTICLE`` with spaces, the
nbconvert template installed by ``make venv``."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

import pytest

from analysis import config

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def make_n(*args: str, uid: int | None = None, tmp_path=None) -> list[list[str]]:
    """The commands ``make -n ARGS`` prints, split as the shell splits them
    (the venv's stamps are taken as up to date). With ``uid``, ``id -u`` says so."""
    env = dict(os.environ)
    if uid is not None:
        fake = tmp_path / "bin"
        fake.mkdir(exist_ok=True)
        (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
        (fake / "id").chmod(0o755)
        env["PATH"] = f"{fake}{os.pathsep}{env['PATH']}"
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", "-o", ".venv/.installed", "-o", ".venv/.path-file"]
        + list(args),
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        env=env,
        check=True,
        timeout=60,
    )
    return [shlex.split(line) for line in result.stdout.splitlines() if line.strip()]


def command_of(commands: list[list[str]], program: str) -> list[str]:
    return next(c for c in commands if c and c[0].endswith(program))


def test_lab_as_root_allows_root(tmp_path):
    lab = command_of(make_n("lab", uid=0, tmp_path=tmp_path), "jupyter")
    assert "--allow-root" in lab


def test_lab_as_a_user_does_not(tmp_path):
    lab = command_of(make_n("lab", uid=1000, tmp_path=tmp_path), "jupyter")
    assert "--allow-root" not in lab


def test_lab_opens_at_the_project_root_with_the_notebooks_shown_and_passes_args(tmp_path):
    lab = command_of(
        make_n("lab", "ARGS=--no-browser --port 8899", uid=1000, tmp_path=tmp_path), "jupyter"
    )
    assert f"--ServerApp.root_dir={config.PROJECT_ROOT}" in lab
    assert "--LabApp.default_url=/lab/tree/notebooks" in lab
    assert lab[-3:] == ["--no-browser", "--port", "8899"]


def test_an_article_with_spaces_stays_one_argument(tmp_path):
    article = tmp_path / "Some Article.txt"
    article.write_text("Headline\n\nText.\n", encoding="utf-8")
    run = command_of(make_n("reports", f"ARTICLE={article}"), "python")
    assert run[1:] == ["-m", "analysis", "run", str(article)]


def test_several_articles_in_article_stay_several():
    run = command_of(make_n("reports", "ARTICLE=a.txt b.txt"), "python")
    assert run[1:] == ["-m", "analysis", "run", "a.txt", "b.txt"]


def test_no_article_means_every_seed():
    run = command_of(make_n("reports"), "python")
    assert run[1:] == ["-m", "analysis", "run"]


def test_venv_installs_the_offline_template_for_nbconvert(tmp_path):
    # the venv's Jupyter data folder, which `jupyter nbconvert` searches
    link = "TEMPLATE_LINK := $(VENV)/share/jupyter/nbconvert/templates/offline"
    commands = make_n("venv", f"TEMPLATE_LINK={tmp_path}/offline")
    assert [
        "ln",
        "-sfn",
        str(config.PROJECT_ROOT / "analysis/runner/templates/offline"),
        f"{tmp_path}/offline",
    ] in commands
    assert link in (config.PROJECT_ROOT / "Makefile").read_text()


def test_venv_writes_the_path_file_with_the_papermill_hook(tmp_path):
    commands = make_n("venv", f"PATH_FILE={tmp_path}/.path-file")
    write = command_of(commands, "python")
    assert write[1] == "-c" and "papermill_errors" in write[2] and "write_path_file" in write[2]
    assert f"'{config.PROJECT_ROOT}'" in write[2]


def path_file_commands(tmp_path, written_for: str) -> list[list[str]]:
    """What ``make -n venv`` runs in a copy of the project whose path stamp says
    it was written for ``written_for`` (its source older than the stamp)."""
    (tmp_path / "analysis").mkdir()
    (tmp_path / "analysis" / "papermill_errors.py").write_text("")
    (tmp_path / ".venv").mkdir()
    stamp = tmp_path / ".venv" / ".path-file"
    stamp.write_text(f"{written_for}\n")
    os.utime(tmp_path / "analysis" / "papermill_errors.py", (1, 1))
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", "-f", str(config.PROJECT_ROOT / "Makefile"),
         "-o", ".venv/.installed", "venv"],
        capture_output=True, text=True, cwd=tmp_path, check=True, timeout=60,
    )  # fmt: skip
    lines = [shlex.split(line) for line in result.stdout.splitlines() if line.strip()]
    return [line for line in lines if any("write_path_file" in word for word in line)]


def test_venv_writes_the_path_again_for_a_project_in_another_folder(tmp_path):
    (command,) = path_file_commands(tmp_path, "/somewhere/else")
    assert f"'{tmp_path}'" in command[-1]


def test_venv_leaves_the_path_alone_when_it_was_written_for_this_folder(tmp_path):
    assert path_file_commands(tmp_path, str(tmp_path)) == []
