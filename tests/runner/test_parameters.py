"""Notebook parameters: reading the parameters cell, typing and checking values."""

from __future__ import annotations

import ast

import pytest
from conftest import fixture_path

from analysis.errors import NotebookError, ParameterError
from analysis.runner.parameters import (
    GivenParameter,
    NotebookParameter,
    assign_parameters,
    check_type,
    load_parameter_file,
    merge_given,
    parse_parameter_options,
    parse_parameters_source,
    read_parameters,
    resolve_value,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("True", True),
        ("False", False),
        ("None", None),
        ("0", 0),
        ("-12", -12),
        ("1_000", 1000),
        ("0.25", 0.25),
        ("1e3", 1000.0),
        ("nan-ish", "nan-ish"),
        ("true", "true"),
        ("", ""),
        ("seeds/a.txt", "seeds/a.txt"),
    ],
)
def test_resolve_value_types_like_papermill(text, expected):
    from papermill.cli import _resolve_type  # the reference behaviour

    assert resolve_value(text) == expected
    assert type(resolve_value(text)) is type(expected)
    assert resolve_value(text) == _resolve_type(text) or text == "nan-ish"


def test_read_parameters_of_typed_fixture():
    params = read_parameters(fixture_path("notebooks/typed_parameters.ipynb"))
    assert [(p.name, p.type_name, p.default) for p in params] == [
        ("article", "str", ""),
        ("output_dir", "str", ""),
        ("count", "int", 3),
        ("ratio", "float", 0.5),
        ("label", "str", "x"),
        ("flag", "bool", True),
        ("nothing", "NoneType", None),
        ("items", "list", [1, 2]),
    ]
    assert params[2].help == "int"


def test_read_parameters_names_match_papermill_inspection():
    from papermill import inspect_notebook

    path = fixture_path("notebooks/typed_parameters.ipynb")
    theirs = inspect_notebook(str(path))
    ours = {p.name: p for p in read_parameters(path)}
    # papermill cannot parse a line whose comment holds "=" (article, output_dir)
    assert list(theirs) == [name for name in ours if name not in ("article", "output_dir")]
    for name, found in theirs.items():
        assert ours[name].default == ast.literal_eval(found["default"])
        assert ours[name].help == found["help"]


def test_help_comments_may_contain_equals_signs():
    # papermill's own inspection loses such lines; the runner must not.
    params = read_parameters(fixture_path("notebooks/writes_table.ipynb"))
    assert [p.name for p in params] == ["article", "output_dir", "greeting", "top_n"]
    assert params[0].help == "path of the article text file; empty = the first article in seeds/"


def test_notebook_without_parameters_cell_is_refused():
    with pytest.raises(NotebookError, match="no cell tagged 'parameters'") as caught:
        read_parameters(fixture_path("notebooks/no_parameters.ipynb"))
    assert caught.value.path.endswith("no_parameters.ipynb")


def test_missing_and_broken_notebook_files(tmp_path):
    with pytest.raises(NotebookError, match="no such notebook"):
        read_parameters(tmp_path / "absent.ipynb")
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(NotebookError, match="not a readable notebook"):
        read_parameters(broken)


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("top_n = compute()\n", "must be a literal value"),
        ("import os\n", "only 'name = literal' lines"),
        ("a = b = 1\n", "only 'name = literal' lines"),
        ("top_n = (\n", "not valid Python"),
    ],
)
def test_parameters_cell_must_be_literal_assignments(tmp_path, source, problem):
    with pytest.raises(NotebookError, match=problem):
        parse_parameters_source(tmp_path / "nb.ipynb", source)


def test_annotation_sets_the_declared_type(tmp_path):
    (param,) = parse_parameters_source(tmp_path / "nb.ipynb", "limit: float = 1  # rows\n")
    assert (param.name, param.type_name, param.default, param.help) == ("limit", "float", 1, "rows")


DECLARED = {
    "01-first": [
        NotebookParameter("article", "", "str"),
        NotebookParameter("output_dir", "", "str"),
        NotebookParameter("top_n", 20, "int"),
        NotebookParameter("label", "x", "str"),
    ],
    "02-second": [
        NotebookParameter("article", "", "str"),
        NotebookParameter("ratio", 0.5, "float"),
        NotebookParameter("label", "y", "str"),
        NotebookParameter("anything", None, "NoneType"),
    ],
}


def test_values_go_only_to_notebooks_that_declare_them():
    given = parse_parameter_options([("top_n", "5"), ("label", "2024"), ("ratio", "2")])
    assert assign_parameters(given, DECLARED) == {
        "01-first": {"top_n": 5, "label": "2024"},
        "02-second": {"label": "2024", "ratio": 2},
    }


def test_untyped_default_accepts_anything():
    given = [GivenParameter("anything", [1, "a"], None, "p.yaml")]
    assert assign_parameters(given, DECLARED)["02-second"] == {"anything": [1, "a"]}


def test_unknown_parameter_names_it_and_the_known_ones():
    with pytest.raises(ParameterError) as caught:
        assign_parameters(parse_parameter_options([("top", "5")]), DECLARED)
    message = str(caught.value)
    assert message.startswith("-p: unknown parameter 'top'")
    assert "anything, label, ratio, top_n" in message


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (GivenParameter("top_n", 2.5, "2.5"), "'top_n' of notebook 01-first expects int"),
        (GivenParameter("top_n", True, "True"), "expects int (default 20), got bool 'True'"),
        (GivenParameter("ratio", "half", "half"), "expects float (default 0.5), got str"),
        (GivenParameter("label", 3, None, "p.yaml"), "expects str (default 'x'), got int 3"),
    ],
)
def test_wrong_type_names_parameter_notebook_and_types(given, expected):
    with pytest.raises(ParameterError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        assign_parameters([given], DECLARED)


@pytest.mark.parametrize("name", ["article", "output_dir"])
def test_runner_parameters_cannot_be_given(name):
    with pytest.raises(ParameterError, match=f"'{name}' is set by the runner"):
        assign_parameters(parse_parameter_options([(name, "x")]), DECLARED)


def test_parameter_file_and_option_precedence(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("top_n: 7\nlabel: from-file\nratio: 0.1\n", encoding="utf-8")
    from_file = load_parameter_file(path)
    assert [(p.name, p.value, p.source) for p in from_file] == [
        ("top_n", 7, "params.yaml"),
        ("label", "from-file", "params.yaml"),
        ("ratio", 0.1, "params.yaml"),
    ]
    merged = merge_given(from_file, parse_parameter_options([("top_n", "9")]))
    assert {p.name: p.value for p in merged} == {"top_n": 9, "label": "from-file", "ratio": 0.1}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("- a\n- b\n", "must be a YAML mapping"),
        ("top_n: [1\n", "is not a readable YAML file"),
        ("1: one\n", "must be a YAML mapping"),
    ],
)
def test_bad_parameter_files(tmp_path, content, problem):
    path = tmp_path / "params.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ParameterError, match=problem):
        load_parameter_file(path)


def test_missing_parameter_file(tmp_path):
    with pytest.raises(ParameterError, match="no such parameters file"):
        load_parameter_file(tmp_path / "absent.yaml")


def test_empty_parameter_file_gives_nothing(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("# nothing set\n", encoding="utf-8")
    assert load_parameter_file(path) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('["a.csv", "b.csv"]', ["a.csv", "b.csv"]),
        ("[]", []),
        ("my_actors.csv", ["my_actors.csv"]),
    ],
)
def test_list_parameter_takes_yaml_text_from_p(raw, expected):
    declared = NotebookParameter("extra_actor_files", [], "list")
    given = GivenParameter("extra_actor_files", resolve_value(raw), raw=raw)
    assert check_type(given, declared, "02-actors-and-weapons") == expected
