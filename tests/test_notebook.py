"""Notebook helpers: parameters checked in the notebook, one-line errors,
reader's tables in the kernel, findings kept apart per notebook."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import SEED_ARTICLE

from analysis import config, notebook
from analysis.errors import ArticleError, ParameterError

DECLARED = {"article": "", "output_dir": "", "top_n": 20, "ratio": 0.5, "files": []}


def namespace(**given) -> dict:
    """A kernel's globals after the parameters and injected-parameters cells."""
    return {"In": [], "Out": {}, "_": None, "__name__": "__main__", **DECLARED, **given}


def test_declared_parameters_are_read_from_the_notebook():
    declared = notebook.declared_parameters(config.NOTEBOOKS_DIR / "01-tokenise.ipynb")
    assert declared["article"] == "" and declared["top_n"] == 20


def test_good_parameters_pass():
    given = namespace(top_n=5, ratio=2, article=str(SEED_ARTICLE))
    notebook.check_parameters(given, DECLARED)  # int for float is fine


def test_an_unknown_parameter_is_named():
    with pytest.raises(ParameterError) as caught:
        notebook.check_parameters(namespace(top_nn=5), DECLARED)
    assert str(caught.value).startswith("top_nn: unknown parameter")
    assert "top_n" in str(caught.value)


def test_a_mistyped_parameter_is_named_with_what_it_expects():
    with pytest.raises(ParameterError) as caught:
        notebook.check_parameters(namespace(top_n="five"), DECLARED)
    assert str(caught.value) == "top_n: expects int (default 20), got str 'five'"


def test_one_file_name_for_a_list_parameter_is_a_one_item_list():
    given = namespace(files="extra.csv")
    notebook.check_parameters(given, DECLARED)
    assert given["files"] == ["extra.csv"]


def test_a_missing_article_is_named(tmp_path):
    missing = tmp_path / "no such article.txt"
    with pytest.raises(ArticleError) as caught:
        notebook.check_parameters(namespace(article=str(missing)), DECLARED)
    assert str(missing) in str(caught.value) and "'article'" in str(caught.value)


def test_findings_are_named_after_the_notebook(tmp_path, monkeypatch):
    monkeypatch.setitem(notebook._state, "notebook", "01-tokenise")
    notebook.save_findings(tmp_path, {"Words": "600"})
    monkeypatch.setitem(notebook._state, "notebook", "02-actors-and-weapons")
    notebook.save_findings(tmp_path, {"Top actors": "Ruritania (3)"})
    assert json.loads((tmp_path / "01-tokenise.findings.json").read_text()) == {"Words": "600"}
    assert json.loads((tmp_path / "02-actors-and-weapons.findings.json").read_text()) == {
        "Top actors": "Ruritania (3)"
    }
    assert not (tmp_path / "findings.json").exists()


def papermill(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, Path]:
    """Notebook 01 by hand with papermill, from outside the project."""
    out = tmp_path / "out.ipynb"
    result = subprocess.run(
        [str(Path(sys.executable).with_name("papermill")), "--no-progress-bar"]
        + [str(config.NOTEBOOKS_DIR / "01-tokenise.ipynb"), str(out), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    return result, out


def error_outputs(path: Path) -> list:
    nb = nbformat.read(path, as_version=4)
    return [
        o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("-p", "article", "nowhere.txt"),
            "error: nowhere.txt: no such article file (parameter 'article')",
        ),
        (("-p", "top_nn", "3"), "error: top_nn: unknown parameter (this notebook takes: article, "),
        (("-p", "top_n", "many"), "error: top_n: expects int (default 20), got str 'many'"),
    ],
    ids=["bad-article", "unknown", "wrong-type"],
)
def test_papermill_by_hand_stops_at_the_check_cell_with_one_line(tmp_path, args, line):
    result, out = papermill(tmp_path, *args)
    assert result.returncode != 0
    errors = error_outputs(out)
    assert len(errors) == 1
    assert len(errors[0].traceback) == 1 and errors[0].traceback[0].startswith(line)
    nb = nbformat.read(out, as_version=4)
    failed = next(
        c for c in nb.cells if any(o.output_type == "error" for o in c.get("outputs", []))
    )
    assert "checks" in failed.metadata.get("tags", [])  # the cell right after the parameters


@pytest.mark.parametrize("path", sorted(config.NOTEBOOKS_DIR.glob("*.ipynb")), ids=lambda p: p.stem)
def test_sanity_checks_and_their_headings_are_tagged_for_the_code_page_only(path):
    cells = nbformat.read(path, as_version=4).cells
    for index, cell in enumerate(cells):
        said = cell.source.lower()
        if cell.cell_type == "markdown" and ("sanity check" in said or "at all?" in said):
            assert "checks" in cell.metadata.get("tags", []), cell.source
            checked = cells[index + 1]  # the check itself
            assert "checks" in checked.metadata.get("tags", []), checked.source


@pytest.mark.parametrize("path", sorted(config.NOTEBOOKS_DIR.glob("*.ipynb")), ids=lambda p: p.stem)
def test_notebooks_leave_column_names_to_the_packages_table_functions(path):
    # e.g. analysis.entities.tabulate_actors: a cell calls one function and shows its table
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code":
            for reshaping in (".rename(", "columns={", ".reset_index("):
                assert reshaping not in cell.source, cell.source
