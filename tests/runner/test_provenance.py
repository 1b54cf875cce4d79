"""Provenance: dates, checksums, the manifest, and what counts as a change."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pytest

from analysis import config
from analysis.runner.provenance import (
    MANIFEST_FILE,
    changed_inputs,
    display_path,
    format_date,
    hash_files,
    load_manifest,
    made_at,
    notebook_inputs,
    package_versions,
    parameter_file_paths,
    save_manifest,
)


def test_source_date_epoch_pins_the_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    assert made_at() == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert format_date(made_at()) == "2023-11-14 22:13 UTC"


def test_without_source_date_epoch_the_date_is_now(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(tz=UTC)
    moment = made_at()
    assert before <= moment <= datetime.now(tz=UTC)


def test_hash_files_of_a_folder(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"bee")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.csv").write_bytes(b"a,b\n")
    (tmp_path / "sub" / "__pycache__").mkdir()
    (tmp_path / "sub" / "__pycache__" / "x.pyc").write_bytes(b"ignored")
    hashes = hash_files([tmp_path])
    assert hashes == {
        (tmp_path / "b.txt").as_posix(): hashlib.sha256(b"bee").hexdigest(),
        (tmp_path / "sub" / "a.csv").as_posix(): hashlib.sha256(b"a,b\n").hexdigest(),
    }


def test_project_files_are_named_relative_to_the_root(tmp_path):
    assert (
        display_path(config.PROJECT_ROOT / "analysis" / "text" / "article.py")
        == "analysis/text/article.py"
    )
    assert display_path(tmp_path / "x.csv") == (tmp_path / "x.csv").as_posix()


def test_parameters_naming_files_are_inputs(tmp_path):
    lexicon = tmp_path / "actors.csv"
    lexicon.write_text("name\n", encoding="utf-8")
    paths = parameter_file_paths({"actors": str(lexicon), "top_n": 5, "label": "no such file"})
    assert paths == [lexicon]
    inputs = notebook_inputs(
        article_sha256="abc",
        notebook=config.PROJECT_ROOT / "analysis" / "errors.py",
        parameters={"actors": str(lexicon)},
        options={"no_code": False},
    )
    assert inputs["files"][lexicon.as_posix()] == hashlib.sha256(b"name\n").hexdigest()
    assert "analysis/runner/export.py" in inputs["files"]  # the rendering code is always an input


def base_inputs(tmp_path):
    data = tmp_path / "lexicon.csv"
    data.write_text("name\nIran\n", encoding="utf-8")
    return {
        "article": "a" * 64,
        "notebook": "b" * 64,
        "parameters": {"top_n": 5},
        "options": {"no_code": False},
        "environment": "c" * 64,
        "files": {data.as_posix(): hashlib.sha256(b"name\nIran\n").hexdigest()},
    }


def test_unchanged_inputs_give_no_reason(tmp_path):
    inputs = base_inputs(tmp_path)
    assert changed_inputs(inputs, json.loads(json.dumps(inputs))) == []


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("article", "d" * 64, "article changed"),
        ("notebook", "e" * 64, "notebook changed"),
        ("parameters", {"top_n": 6}, "parameters changed"),
        ("options", {"no_code": True}, "options changed"),
        ("environment", "f" * 64, "environment changed"),
    ],
)
def test_each_kind_of_change_is_named(tmp_path, key, value, reason):
    previous = base_inputs(tmp_path)
    assert changed_inputs(previous, {**previous, key: value}) == [reason]


def test_a_file_read_last_time_is_hashed_again(tmp_path):
    previous = base_inputs(tmp_path)
    current = {**previous, "files": {}}  # this run has not read anything yet
    assert changed_inputs(previous, current) == []
    (tmp_path / "lexicon.csv").write_text("name\nRussia\n", encoding="utf-8")
    assert changed_inputs(previous, current) == [f"{tmp_path.as_posix()}/lexicon.csv changed"]
    (tmp_path / "lexicon.csv").unlink()
    assert changed_inputs(previous, current) == [f"{tmp_path.as_posix()}/lexicon.csv is gone"]


def test_a_new_input_file_is_a_change(tmp_path):
    previous = base_inputs(tmp_path)
    current = {**previous, "files": {**previous["files"], "data/new.csv": "0" * 64}}
    assert changed_inputs(previous, current) == ["data/new.csv is new"]


def test_manifest_round_trip_and_bad_manifests(tmp_path):
    save_manifest(tmp_path, {"article": {"id": "x"}, "notebooks": {}})
    assert load_manifest(tmp_path) == {"article": {"id": "x"}, "notebooks": {}, "version": 1}
    text = (tmp_path / MANIFEST_FILE).read_text(encoding="utf-8")
    assert text.endswith("}\n") and list(json.loads(text)) == ["article", "notebooks", "version"]
    (tmp_path / MANIFEST_FILE).write_text('{"version": 99}', encoding="utf-8")
    assert load_manifest(tmp_path) == {}
    (tmp_path / MANIFEST_FILE).write_text('{"version": 1, "notebooks": {', encoding="utf-8")
    assert load_manifest(tmp_path) == {}
    assert load_manifest(tmp_path / "absent") == {}


def test_package_versions_include_the_pinned_stack():
    versions = package_versions()
    pinned = {}
    for line in (config.PROJECT_ROOT / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name.lower()] = version
    for name in ("papermill", "nbconvert", "pandas", "nltk", "matplotlib"):
        assert versions[name] == pinned[name]
