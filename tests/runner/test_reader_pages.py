"""The runner's pages: the reader's page by default, the page with code beside
it, and an output folder that never mixes two articles under one id."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import fixture_path
from html_checks import read_page

from analysis.errors import ArticleError
from analysis.runner.export import TEMPLATES_DIR
from analysis.runner.plan import RunOptions
from analysis.runner.provenance import load_manifest
from analysis.runner.run import SOURCES_FILE, render_reports

pytestmark = pytest.mark.slow

ARTICLE = "counted_words.txt"
ARTICLE_ID = "counted-words"


def render(out, article, **options) -> None:
    notebook = str(fixture_path("notebooks/writes_table.ipynb"))
    render_reports(
        RunOptions(articles=[str(article)], notebooks=[notebook], out_dir=out, **options)
    )


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    render(out, fixture_path(ARTICLE))
    return out / ARTICLE_ID


def test_the_reader_page_shows_results_without_code(pages):
    page = (pages / "writes_table.html").read_text(encoding="utf-8")
    text = " ".join(read_page(page).text.split())
    assert "Strike on the Port" in text and "greeting 'hello'" in text
    assert "save_table" not in page and "load_article" not in page
    assert "writes_table.code.html" in read_page(page).attributes("href")


def test_the_page_with_code_is_beside_it_and_links_back(pages):
    page = (pages / "writes_table.code.html").read_text(encoding="utf-8")
    assert "save_table" in page
    assert "writes_table.html" in read_page(page).attributes("href")
    assert read_page(page).problems() == []


def test_the_page_title_is_the_headline(pages):
    page = (pages / "writes_table.html").read_text(encoding="utf-8")
    title = page[page.index("<title>") + 7 : page.index("</title>")]
    assert title.startswith("Strike on the Port")


def test_manifest_and_overview_link_the_page_with_code(pages):
    entry = load_manifest(pages)["notebooks"]["writes_table"]
    assert entry["report"] == "writes_table.html"
    assert entry["code_report"] == "writes_table.code.html"
    assert "writes_table.code.html" in read_page((pages / "index.html").read_text()).attributes(
        "href"
    )


def test_no_code_writes_only_the_reader_page(tmp_path):
    render(tmp_path, fixture_path(ARTICLE), no_code=True)
    assert (tmp_path / ARTICLE_ID / "writes_table.html").is_file()
    assert not (tmp_path / ARTICLE_ID / "writes_table.code.html").exists()


def test_another_file_with_the_same_id_is_refused_naming_both(tmp_path):
    first, second = tmp_path / "a" / ARTICLE, tmp_path / "b" / ARTICLE
    first.parent.mkdir()
    second.parent.mkdir()
    shutil.copy(fixture_path(ARTICLE), first)
    second.write_text("Another Headline\n\nA different article about ships.\n", encoding="utf-8")
    out = tmp_path / "out"
    render(out, first)
    before = (out / ARTICLE_ID / "writes_table.html").read_bytes()
    with pytest.raises(ArticleError) as caught:
        render(out, second)
    message = str(caught.value)
    assert "\n" not in message
    assert str(second) in message and str(first) in message
    assert (out / ARTICLE_ID / "writes_table.html").read_bytes() == before  # nothing mixed


def test_the_same_file_edited_or_the_same_text_moved_renders_again(tmp_path):
    article = tmp_path / ARTICLE
    shutil.copy(fixture_path(ARTICLE), article)
    out = tmp_path / "out"
    render(out, article)
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    render(out, article)  # the same file, edited
    moved = tmp_path / "moved" / ARTICLE
    moved.parent.mkdir()
    shutil.copy(article, moved)
    render(out, moved)  # the same text from another folder
    assert (out / SOURCES_FILE).is_file()


def test_a_folder_from_before_the_record_is_checked_by_its_manifest(tmp_path):
    first = tmp_path / ARTICLE
    shutil.copy(fixture_path(ARTICLE), first)
    out = tmp_path / "out"
    render(out, first)
    (out / SOURCES_FILE).unlink()
    other = tmp_path / "other" / ARTICLE.replace("_", "-")
    other.parent.mkdir()
    other.write_text("Another Headline\n\nA different article.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="counted-words"):
        render(out, other)


def nbconvert_by_hand(tmp_path, notebook, *options) -> str:
    """``jupyter nbconvert --to html --template offline`` with the template
    installed as ``make venv`` installs it (a link in a Jupyter data folder)."""
    data = tmp_path / "jupyter"
    (data / "nbconvert" / "templates").mkdir(parents=True)
    (data / "nbconvert" / "templates" / "offline").symlink_to(TEMPLATES_DIR / "offline")
    copy = tmp_path / "by-hand" / notebook.name
    copy.parent.mkdir()
    shutil.copy(notebook, copy)
    env = {**os.environ, "JUPYTER_PATH": str(data)}
    subprocess.run(
        [str(Path(sys.executable).with_name("jupyter")), "nbconvert", "--to", "html"]
        + ["--template", "offline", *options, str(copy)],
        check=True,
        capture_output=True,
        env=env,
        cwd=copy.parent,
        timeout=300,
    )
    return copy.with_suffix(".html").read_text(encoding="utf-8")


def visible(page: str) -> str:
    """A page's text without its footer and its link to the other version."""
    text = " ".join(read_page(page[: page.index('<footer class="report-footer">')]).text.split())
    before, link, after = text.partition(" For analysts:")
    return before + (after.split(".code.html", 1)[1] if link else "")


def test_nbconvert_by_hand_gives_the_runners_reader_page(pages, tmp_path):
    by_hand = nbconvert_by_hand(tmp_path, pages / "writes_table.ipynb", "--no-input")
    runner = (pages / "writes_table.html").read_text(encoding="utf-8")
    assert read_page(by_hand).problems() == []
    assert visible(by_hand) == visible(runner)
    assert "save_table" not in by_hand
    title = by_hand[by_hand.index("<title>") + 7 : by_hand.index("</title>")]
    assert title.startswith("Strike on the Port")  # the article's headline, as the runner's
    assert 'Article: <span class="report-article">counted_words.txt</span>' in by_hand


def test_nbconvert_by_hand_with_code_keeps_the_code(pages, tmp_path):
    by_hand = nbconvert_by_hand(tmp_path, pages / "writes_table.ipynb")
    assert "save_table" in by_hand and read_page(by_hand).problems() == []
