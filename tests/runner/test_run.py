"""The runner on fixture notebooks: success, failure, parameters, side by side,
skip and re-run decisions, atomic writes.

Fixture notebooks (``tests/fixtures/notebooks/``) import little, so each run
takes about a second per kernel. One command-line run is shared by the module
(``cli_run``); the skip tests share in-process runs on copied inputs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import nbformat
import pytest
from conftest import fixture_path
from html_checks import read_page

from analysis import config
from analysis.files import move_into_place, write_atomic
from analysis.runner.parameters import load_parameter_file, parse_parameter_options
from analysis.runner.plan import RunOptions
from analysis.runner.provenance import load_manifest, save_manifest
from analysis.runner.run import UNUSED_IMPORTS, render_reports

pytestmark = pytest.mark.slow

ARTICLE = "counted_words.txt"  # "the" 4 times, "port" 3 times, by hand
ARTICLE_ID = "counted-words"


def notebook(name: str) -> str:
    return str(fixture_path(f"notebooks/{name}.ipynb"))


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m analysis run ARGS`` in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "analysis", "run", *args],
        capture_output=True,
        text=True,
        cwd=cwd or config.PROJECT_ROOT,
        timeout=300,
    )


def run_here(out: Path, article: Path, notebooks: list[str], *pairs, **options) -> list:
    """Run in this process; return the progress events."""
    events = []
    render_reports(
        RunOptions(
            articles=[str(article)],
            notebooks=notebooks,
            parameters=parse_parameter_options(pairs),
            out_dir=out,
            **options,
        ),
        progress=lambda event, label, message: events.append((event, label, message)),
    )
    return events


def ran(events) -> dict[str, str]:
    """``{notebook: why it ran}`` from progress events."""
    return {label.split("/", 1)[1]: message for event, label, message in events if event == "start"}


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory):
    """One command-line run: a notebook that works, one that fails, one typed."""
    out = tmp_path_factory.mktemp("reports")
    result = run_cli(
        str(fixture_path(ARTICLE)),
        "--notebooks",
        notebook("writes_table"),
        notebook("raises_error"),
        notebook("typed_parameters"),
        "-p",
        "greeting",
        "bonjour",
        "-p",
        "top_n",
        "2",
        "-p",
        "count",
        "7",
        "-p",
        "label",
        "123",
        "--out",
        str(out),
        "--jobs",
        "2",
    )
    return result, out, out / ARTICLE_ID


def test_a_failed_notebook_makes_the_exit_status_one(cli_run):
    result, _, _ = cli_run
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""


def test_progress_shows_each_notebook_and_why_one_failed(cli_run):
    result, out, _ = cli_run
    lines = result.stdout.splitlines()
    for name in ("writes_table", "raises_error", "typed_parameters"):
        assert f"{ARTICLE_ID}/{name}: running (not rendered yet)" in lines
    failed = [line for line in lines if line.startswith(f"{ARTICLE_ID}/raises_error: FAILED")]
    assert len(failed) == 1
    assert "ValueError: deliberate failure for the runner tests (cell [4])" in failed[0]
    assert lines[-1] == f"{out}/index.html: 2 ok, 1 failed"


def test_successful_notebook_writes_its_tables_and_findings(cli_run):
    _, _, folder = cli_run
    words = (folder / "writes_table.words.csv").read_text(encoding="utf-8")
    assert words == "Word,Count\nthe,4\nport,3\n"
    received = (folder / "writes_table.parameters.csv").read_text(encoding="utf-8")
    assert received == "Parameter,Value\ngreeting,'bonjour'\ntop_n,2\n"
    entry = load_manifest(folder)["notebooks"]["writes_table"]
    assert entry["status"] == "ok"
    assert entry["findings"] == {"Greeting": "bonjour", "Top word": "the (4)"}
    assert entry["tables"] == ["writes_table.parameters.csv", "writes_table.words.csv"]


def test_typed_parameters_arrive_with_their_types(cli_run):
    _, _, folder = cli_run
    received = json.loads((folder / "typed_parameters.received.json").read_text())
    assert received == {
        "count": ["int", 7],
        "flag": ["bool", True],
        "items": ["list", [1, 2]],
        "label": ["str", "123"],  # a str parameter keeps the text as typed
        "nothing": ["NoneType", None],
        "ratio": ["float", 0.5],
    }


def test_failed_notebook_report_shows_where_and_why(cli_run):
    _, _, folder = cli_run
    page = (folder / "raises_error.html").read_text(encoding="utf-8")
    facts = read_page(page)
    assert facts.problems() == []
    text = " ".join(facts.text.split())
    assert "An Exception was encountered at 'In [4]'." in text
    assert "Execution using papermill encountered an exception here and stopped:" in text
    assert "ValueError: deliberate failure for the runner tests" in text
    assert "This notebook failed: ValueError: deliberate failure" in text  # the footer
    executed = nbformat.read(folder / "raises_error.ipynb", as_version=4)
    assert executed.metadata.papermill["exception"] is True
    markers = [c for c in executed.cells if "papermill-error-cell-tag" in c.metadata["tags"]]
    assert len(markers) == 2
    assert executed.cells[-1].source == 'print("this line must never run")'
    assert executed.cells[-1].outputs == []
    (before,) = [c for c in executed.cells if c.source == 'print("before the error")']
    assert [o["text"] for o in before.outputs] == ["before the error\n"]


def test_the_other_notebooks_still_render(cli_run):
    _, out, folder = cli_run
    notebooks = load_manifest(folder)["notebooks"]
    assert {name: e["status"] for name, e in notebooks.items()} == {
        "writes_table": "ok",
        "raises_error": "failed",
        "typed_parameters": "ok",
    }
    for name in notebooks:
        assert read_page((folder / f"{name}.html").read_text(encoding="utf-8")).problems() == []
    index = " ".join(read_page((out / "index.html").read_text(encoding="utf-8")).text.split())
    assert "FAILED: raises_error" in index
    assert "Greeting: bonjour Top word: the (4)" in index


def test_executed_notebook_is_papermills(cli_run):
    _, _, folder = cli_run
    executed = nbformat.read(folder / "writes_table.ipynb", as_version=4)
    tags = [c.metadata.get("tags", []) for c in executed.cells]
    assert tags[1] == ["parameters"] and tags[2] == ["injected-parameters"]
    assert executed.cells[2].source == (
        "# Parameters\n"
        'article = "tests/fixtures/counted_words.txt"\n'
        'output_dir = "."\n'
        'greeting = "bonjour"\n'
        "top_n = 2\n"
    )
    papermill = executed.metadata.papermill
    assert papermill["input_path"] == "tests/fixtures/notebooks/writes_table.ipynb"
    assert papermill["output_path"] == "writes_table.ipynb"
    assert papermill["parameters"] == {
        "article": "tests/fixtures/counted_words.txt",
        "output_dir": ".",
        "greeting": "bonjour",
        "top_n": 2,
    }
    assert all(c.metadata.papermill["status"] == "completed" for c in executed.cells)


def test_no_machine_paths_in_reports(cli_run):
    _, out, folder = cli_run
    for path in [*folder.glob("*.html"), *folder.glob("*.ipynb"), out / "index.html"]:
        text = path.read_text(encoding="utf-8")
        assert str(config.PROJECT_ROOT) not in text, path.name
        assert str(out) not in text, path.name
        assert str(Path.home()) + "/" not in text, path.name


def test_manifest_records_provenance(cli_run):
    _, _, folder = cli_run
    manifest = load_manifest(folder)
    data = fixture_path(ARTICLE).read_bytes()
    import hashlib

    assert manifest["article"] == {
        "id": ARTICLE_ID,
        "file": "tests/fixtures/counted_words.txt",
        "sha256": hashlib.sha256(data).hexdigest(),
        "headline": "Strike on the Port",
        "characters": len(data.decode("utf-8")),
    }
    run = manifest["run"]
    assert run["python"].startswith(".".join(map(str, sys.version_info[:3])))
    assert run["packages"]["papermill"] == "2.7.0"
    assert len(run["commit"]) == 40
    assert "data/stopwords.txt" in run["lexicons"]
    entry = manifest["notebooks"]["typed_parameters"]
    assert entry["parameters"] == {
        "article": "tests/fixtures/counted_words.txt",
        "output_dir": ".",
        "count": 7,
        "label": "123",
    }
    started = datetime.fromisoformat(entry["started"])
    finished = datetime.fromisoformat(entry["finished"])
    assert started < finished
    assert entry["duration"] == pytest.approx((finished - started).total_seconds(), abs=0.002)


def test_jobs_run_kernels_side_by_side(cli_run, tmp_path):
    _, _, folder = cli_run

    def spans(notebooks):
        return [
            (datetime.fromisoformat(notebooks[n]["started"]), notebooks[n]["finished"])
            for n in ("writes_table", "raises_error")
        ]

    (a_start, a_end), (b_start, b_end) = spans(load_manifest(folder)["notebooks"])
    assert max(a_start, b_start) < datetime.fromisoformat(min(a_end, b_end))  # overlap
    article = fixture_path(ARTICLE)
    run_here(tmp_path, article, [notebook("writes_table"), notebook("raises_error")], jobs=1)
    (a_start, a_end), (b_start, b_end) = spans(load_manifest(tmp_path / ARTICLE_ID)["notebooks"])
    assert datetime.fromisoformat(a_end) <= b_start or datetime.fromisoformat(b_end) <= a_start


def test_parameters_from_a_yaml_file(tmp_path):
    params = tmp_path / "params.yaml"
    params.write_text(
        "ratio: 2\nflag: false\nnothing: {a: 1}\nitems: [3, 4]\nlabel: yaml\n", encoding="utf-8"
    )
    events = []
    render_reports(
        RunOptions(
            articles=[str(fixture_path(ARTICLE))],
            notebooks=[notebook("typed_parameters")],
            parameters=load_parameter_file(params),
            out_dir=tmp_path / "out",
        ),
        progress=lambda *event: events.append(event),
    )
    received = json.loads(
        (tmp_path / "out" / ARTICLE_ID / "typed_parameters.received.json").read_text()
    )
    assert received == {
        "count": ["int", 3],
        "flag": ["bool", False],
        "items": ["list", [3, 4]],
        "label": ["str", "yaml"],
        "nothing": ["dict", {"a": 1}],
        "ratio": ["int", 2],  # an int is accepted where the default is a float
    }


def test_no_code_reports_leave_out_the_code(tmp_path):
    article = fixture_path(ARTICLE)
    run_here(tmp_path, article, [notebook("writes_table")], no_code=True)
    page = (tmp_path / ARTICLE_ID / "writes_table.html").read_text(encoding="utf-8")
    text = " ".join(read_page(page).text.split())
    assert "load_article" not in text and "save_table" not in text
    assert "Strike on the Port" in text and "greeting 'hello'" in text


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Copies of an article, a data file and two notebooks that tests may edit."""
    folder = tmp_path_factory.mktemp("inputs")
    for name in ("writes_table", "reads_file"):
        shutil.copy(notebook(name), folder / f"{name}.ipynb")
    shutil.copy(fixture_path(ARTICLE), folder / ARTICLE)
    (folder / "data.txt").write_text("one\ntwo\n", encoding="utf-8")
    return folder


@pytest.fixture()
def rerun(inputs, tmp_path_factory):
    """A first run of both notebooks; returns ``again(*pairs, **options)`` which
    runs again and tells which notebooks ran and why."""
    out = tmp_path_factory.mktemp("skip-out")
    notebooks = [str(inputs / "writes_table.ipynb"), str(inputs / "reads_file.ipynb")]
    data = ("data_file", str(inputs / "data.txt"))
    first = run_here(out, inputs / ARTICLE, notebooks, data)
    assert sorted(ran(first)) == ["reads_file", "writes_table"]

    def again(*pairs, **options):
        return ran(run_here(out, inputs / ARTICLE, notebooks, data, *pairs, **options))

    again.out = out / "counted-words"
    return again


def test_unchanged_inputs_skip_every_notebook(rerun):
    assert rerun() == {}


def test_force_runs_anyway(rerun):
    assert rerun(force=True) == {
        "writes_table": "running (--force)",
        "reads_file": "running (--force)",
    }


def test_a_changed_data_file_reruns_only_the_notebook_that_read_it(rerun, inputs):
    (inputs / "data.txt").write_text("one\ntwo\nthree\n", encoding="utf-8")
    assert rerun() == {"reads_file": f"running ({(inputs / 'data.txt').as_posix()} changed)"}
    assert rerun() == {}


def test_a_changed_parameter_reruns_only_the_notebooks_that_take_it(rerun):
    assert rerun(("greeting", "hola")) == {"writes_table": "running (parameters changed)"}
    assert rerun(("greeting", "hola")) == {}


def test_a_changed_article_reruns_every_notebook(rerun, inputs):
    path = inputs / ARTICLE
    path.write_text(path.read_text(encoding="utf-8") + "\nA new line.\n", encoding="utf-8")
    assert rerun() == {
        "writes_table": "running (article changed)",
        "reads_file": "running (article changed)",
    }


def test_a_changed_notebook_reruns_only_itself(rerun, inputs):
    path = inputs / "reads_file.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells[-1].source += "\n# edited"
    nbformat.write(nb, path)
    assert rerun() == {"reads_file": "running (notebook changed)"}


def test_changed_package_code_reruns_only_the_notebooks_that_imported_it(rerun):
    manifest = load_manifest(rerun.out)
    files = manifest["notebooks"]["writes_table"]["inputs"]["files"]
    assert "analysis/text/article.py" in files  # writes_table imports analysis.text.article
    reads = manifest["notebooks"]["reads_file"]["inputs"]["files"]
    assert "analysis/text/article.py" not in reads  # reads_file imports only pathlib
    files["analysis/text/article.py"] = "0" * 64  # as if the module had been edited since
    save_manifest(rerun.out, manifest)
    assert rerun() == {"writes_table": "running (analysis/text/article.py changed)"}


def test_a_changed_environment_reruns(rerun):
    manifest = load_manifest(rerun.out)
    manifest["notebooks"]["reads_file"]["inputs"]["environment"] = "0" * 64
    save_manifest(rerun.out, manifest)
    assert rerun() == {"reads_file": "running (environment changed)"}


def test_a_changed_rendering_option_reruns(rerun):
    assert sorted(rerun(no_code=True).values()) == ["running (options changed)"] * 2


def test_a_missing_output_reruns(rerun):
    (rerun.out / "writes_table.words.csv").unlink()
    assert rerun() == {"writes_table": "running (writes_table.words.csv is missing)"}


def test_atomic_write_keeps_the_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    write_atomic(target, "<html>old</html>")

    def interrupted(source, destination):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "<html>new</html>" * 1000)
    assert target.read_text() == "<html>old</html>"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_atomic_write_and_move_give_shareable_files(tmp_path):
    written = write_atomic(tmp_path / "a" / "table.csv", "x\n1\n")
    staged = tmp_path / "staged.csv"
    staged.write_text("y\n2\n")
    staged.chmod(0o600)
    moved = move_into_place(staged, tmp_path / "b" / "table.csv")
    assert written.read_text() == "x\n1\n" and moved.read_text() == "y\n2\n"
    assert not staged.exists()
    umask = os.umask(0)
    os.umask(umask)
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask
    assert moved.stat().st_mode & 0o777 == 0o666 & ~umask


def test_runs_from_any_working_directory(tmp_path):
    result = run_cli(
        f"{config.PROJECT_ROOT}/tests/fixtures/{ARTICLE}",
        "--notebooks",
        "tests/fixtures/notebooks/typed_parameters.ipynb",  # taken from the project root
        "--out",
        "here",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "here" / ARTICLE_ID / "typed_parameters.html").is_file()


def test_odd_file_names_give_safe_ids_and_stay_inside_the_output_folder(tmp_path):
    sources = tmp_path / "in" / "deep"
    sources.mkdir(parents=True)
    names = {
        'it\'s a "quoted" name.txt': "it-s-a-quoted-name",
        "Ça va, Zürich?.txt": "ca-va-zurich",
        "..hidden..txt": "hidden",
        "spaces   and\ttabs.txt": "spaces-and-tabs",
    }
    for name in names:
        (sources / name).write_text("A Headline\n\nSome body text.\n", encoding="utf-8")
    odd_notebook = sources / 'my "odd" notebook.ipynb'
    shutil.copy(notebook("typed_parameters"), odd_notebook)
    out = tmp_path / "in" / "out"
    before = sorted(p for p in tmp_path.rglob("*") if out not in p.parents)
    render_reports(
        RunOptions(
            articles=[str(sources / "..") + "/deep/" + name for name in names],
            notebooks=[str(odd_notebook)],
            out_dir=out,
        )
    )
    after = sorted(p for p in tmp_path.rglob("*") if out not in p.parents and p != out)
    assert after == before  # nothing written outside the output folder
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == sorted(names.values())
    for folder in names.values():
        files = sorted(p.name for p in (out / folder).iterdir())
        assert files == [
            "index.html",
            "manifest.json",
            'my "odd" notebook.code.html',
            'my "odd" notebook.html',
            'my "odd" notebook.ipynb',
            'my "odd" notebook.received.json',
        ]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="it-s-a-quoted-name/my%20%22odd%22%20notebook.html"' in index


def test_a_failure_of_the_runner_itself_still_gives_a_report(tmp_path, monkeypatch):
    import analysis.runner.render

    def broken_export(*args, **kwargs):
        raise RuntimeError("template exploded")

    def broken_execute(*args, **kwargs):
        raise ValueError(f"cannot read {config.PROJECT_ROOT}/x.ipynb\nsecond line")

    monkeypatch.setattr(analysis.runner.render, "export_html", broken_export)
    article = fixture_path(ARTICLE)
    run_here(tmp_path, article, [notebook("typed_parameters")])
    folder = tmp_path / ARTICLE_ID
    entry = load_manifest(folder)["notebooks"]["typed_parameters"]
    assert entry["status"] == "failed"
    assert entry["error"] == "the HTML could not be rendered (RuntimeError: template exploded)"
    page = read_page((folder / "typed_parameters.html").read_text(encoding="utf-8"))
    assert page.problems() == []
    assert "typed_parameters: no report" in page.text
    assert (folder / "typed_parameters.ipynb").is_file()  # the executed notebook is kept

    monkeypatch.setattr(analysis.runner.render, "execute_notebook", broken_execute)
    run_here(tmp_path, article, [notebook("typed_parameters")])
    entry = load_manifest(folder)["notebooks"]["typed_parameters"]
    assert entry["error"] == "ValueError: cannot read x.ipynb"
    assert "Not run: ValueError: cannot read x.ipynb" in (
        folder / "typed_parameters.html"
    ).read_text(encoding="utf-8")
    assert not (folder / "typed_parameters.ipynb").exists()  # stale outputs removed


def test_the_runner_skips_unused_imports_and_still_validates_notebooks():
    notebook = fixture_path("notebooks/writes_table.ipynb")
    script = f"""
import sys
from analysis.runner.run import skip_unused_imports
skip_unused_imports()
from analysis.runner import render  # papermill, nbconvert, nbformat, jsonschema
import nbformat
nb = nbformat.read({str(notebook)!r}, as_version=4)
nbformat.validate(nb)
nb.cells[0]["cell_type"] = "no such type"
try:
    nbformat.validate(nb)
except nbformat.ValidationError:
    print("invalid notebook refused")
print("loaded:", [m for m in {list(UNUSED_IMPORTS)!r}
                  if sys.modules.get(m) is not None])
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.splitlines() == ["invalid notebook refused", "loaded: []"]
