"""Bad input, every door: one table of cases, each tried three ways.

Doors: the command line (``python -m analysis run``), ``make reports
ARTICLE=... ARGS=...``, and the package (``runner.render_reports``). Every case
must give one line ``error: <file>: <problem>``, a non-zero exit (2 from the
command line), and nothing written: the checks run before any kernel starts,
so the output folder is never even created.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import fixture_path

from analysis import config
from analysis.errors import (
    AnalysisError,
    ArticleError,
    LexiconError,
    NotebookError,
    ParameterError,
)
from analysis.runner.parameters import load_parameter_file, merge_given, parse_parameter_options
from analysis.runner.plan import RunOptions
from analysis.runner.run import render_reports
from analysis.text.article import MAX_BYTES

GOOD_ARTICLE = "{fixtures}/counted_words.txt"


@dataclass(frozen=True)
class Case:
    """Arguments of ``run`` and the error they must give."""

    articles: tuple[str, ...]
    options: tuple[str, ...]
    error: type[AnalysisError]
    where: str  # the file (or option) the line must name
    problem: str  # words the line must contain
    out: str = "{tmp}/never-written"  # the --out folder, which must stay as it was


CASES = {
    "missing article": Case(("{tmp}/absent.txt",), (), ArticleError, "absent.txt", "no such file"),
    "empty article": Case(("{fixtures}/empty.txt",), (), ArticleError, "empty.txt", "is empty"),
    "whitespace-only article": Case(
        ("{fixtures}/whitespace_only.txt",), (), ArticleError, "whitespace_only.txt", "no text"
    ),
    "binary article": Case(("{fixtures}/binary.bin",), (), ArticleError, "binary.bin", "binary"),
    "control bytes": Case(
        ("{fixtures}/control_bytes.bin",), (), ArticleError, "control_bytes.bin", "binary"
    ),
    "oversized article": Case(("{tmp}/huge.txt",), (), ArticleError, "huge.txt", "too large"),
    "non-UTF-8 article": Case(
        ("{fixtures}/latin1.txt",), (), ArticleError, "latin1.txt", "is not UTF-8 text"
    ),
    "folder without articles": Case(
        ("{tmp}/folder.txt",), (), ArticleError, "folder.txt", "is a folder with no article"
    ),
    "two articles, one folder": Case(
        ("{tmp}/a/same.txt", "{tmp}/b/same.txt"), (), ArticleError, "same.txt", "same report"
    ),
    "lexicon with errors": Case(
        (GOOD_ARTICLE,),
        ("-p", "actors_file", "{fixtures}/lexicon_missing_column.csv"),
        LexiconError,
        "lexicon_missing_column.csv:1",
        "missing column 'country'",
    ),
    "unknown notebook": Case(
        (GOOD_ARTICLE,), ("--notebooks", "99-nothing"), NotebookError, "99-nothing", "no such"
    ),
    "missing notebook file": Case(
        (GOOD_ARTICLE,), ("--notebooks", "{tmp}/nb.ipynb"), NotebookError, "nb.ipynb", "no such"
    ),
    "notebook without parameters": Case(
        (GOOD_ARTICLE,),
        ("--notebooks", "{fixtures}/notebooks/no_parameters.ipynb"),
        NotebookError,
        "no_parameters.ipynb",
        "no cell tagged 'parameters'",
    ),
    "unknown parameter": Case(
        (GOOD_ARTICLE,), ("-p", "no_such", "1"), ParameterError, "-p", "unknown parameter"
    ),
    "parameter of the wrong type": Case(
        (GOOD_ARTICLE,),
        ("-p", "top_n", "many"),
        ParameterError,
        "-p",
        "'top_n' of notebook 01-tokenise expects int (default 20), got str 'many'",
    ),
    "list parameter given a mapping": Case(
        (GOOD_ARTICLE,),
        ("-p", "kwic_keywords", "missile: 1"),
        ParameterError,
        "-p",
        "expects list",
    ),
    "wrong type in a YAML file": Case(
        (GOOD_ARTICLE,),
        ("--params", "{fixtures_params}/wrong_type.yaml"),
        ParameterError,
        "wrong_type.yaml",
        "expects int (default 20), got str 'twenty'",
    ),
    "parameter the runner sets": Case(
        (GOOD_ARTICLE,), ("-p", "output_dir", "/etc"), ParameterError, "-p", "set by the runner"
    ),
    "missing parameters file": Case(
        (GOOD_ARTICLE,), ("--params", "{tmp}/absent.yaml"), ParameterError, "absent.yaml", "no such"
    ),
    "broken parameters file": Case(
        (GOOD_ARTICLE,),
        ("--params", "{fixtures_params}/broken.yaml"),
        ParameterError,
        "broken.yaml",
        "not a readable YAML file",
    ),
    "timeout of zero": Case(
        (GOOD_ARTICLE,), ("--timeout", "0"), ParameterError, "--timeout", "must be a positive"
    ),
    "negative jobs": Case((GOOD_ARTICLE,), ("--jobs", "-1"), ParameterError, "--jobs", "must be"),
    "output folder is a file": Case(
        (GOOD_ARTICLE,),
        (),
        ParameterError,
        "a-file/reports",
        "is not a folder",
        "{tmp}/a-file/reports",
    ),
}
DOORS = ("command line", "make", "package")


def materialise(case: Case, tmp_path: Path) -> tuple[list[str], list[str], Path]:
    """The case's arguments with real paths; creates the files it needs."""
    params = tmp_path / "params"
    params.mkdir()
    (params / "wrong_type.yaml").write_text("top_n: twenty\n", encoding="utf-8")
    (params / "broken.yaml").write_text("top_n: [1\n", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "huge.txt").write_bytes(b"Headline\n\n" + b"word " * (MAX_BYTES // 5 + 1))
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("Same Headline\n\nBody.\n", encoding="utf-8")
    names = {
        "tmp": str(tmp_path),
        "fixtures": str(fixture_path("notebooks").parent),
        "fixtures_params": str(params),
    }
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    articles = [a.format(**names) for a in case.articles]
    options = [o.format(**names) for o in case.options]
    return articles, options, Path(case.out.format(**names))


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def check_line(line: str, case: Case) -> None:
    assert line.startswith("error: ")
    assert case.where in line.split(": ", 2)[1]
    assert case.problem in line


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gives_one_clear_line_and_writes_nothing(name, door, tmp_path):
    case = CASES[name]
    articles, options, out = materialise(case, tmp_path)
    options += ["--out", str(out)]
    state = sorted(str(p) for p in tmp_path.rglob("*"))
    if door == "package":
        with pytest.raises(case.error) as caught:
            render_reports(package_options(articles, options))
        check_line(f"error: {caught.value}", case)
    elif door == "command line":
        result = subprocess.run(
            [sys.executable, "-m", "analysis", "run", *articles, *options],
            capture_output=True,
            text=True,
            cwd=config.PROJECT_ROOT,
            timeout=120,
        )
        assert result.returncode == 2
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        check_line(line, case)
    else:
        result = subprocess.run(
            [
                "make",
                "-s",
                "--no-print-directory",
                "-o",
                ".venv/.installed",  # never rebuild the venv from a test
                "reports",
                f"ARTICLE={shlex.join(articles)}",
                f"ARGS={shlex.join(options)}",
            ],
            capture_output=True,
            text=True,
            cwd=config.PROJECT_ROOT,
            timeout=120,
        )
        assert result.returncode != 0
        (line,) = error_lines(result.stderr)
        check_line(line, case)
    assert not out.exists()
    assert sorted(str(p) for p in tmp_path.rglob("*")) == state  # nothing written anywhere


def package_options(articles: list[str], options: list[str]) -> RunOptions:
    """What the command line would build, without going through argparse."""
    from analysis.cli import build_parser, options_from_args

    args = build_parser().parse_args(["run", *articles, *options])
    return options_from_args(args)


def test_the_table_covers_every_kind_of_bad_input():
    kinds = {case.error for case in CASES.values()}
    assert kinds == {ArticleError, LexiconError, NotebookError, ParameterError}


def test_yaml_and_option_values_meet_the_same_checks(tmp_path):
    params = tmp_path / "p.yaml"
    params.write_text("top_n: 5\n", encoding="utf-8")
    given = merge_given(load_parameter_file(params), parse_parameter_options([("top_n", "x")]))
    with pytest.raises(ParameterError, match="got str 'x'"):
        render_reports(RunOptions(articles=[], parameters=given, out_dir=tmp_path / "out"))
    assert not (tmp_path / "out").exists()
