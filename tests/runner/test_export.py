"""HTML export and portable notebooks: offline pages, footers, no machine paths."""

from __future__ import annotations

import base64
import os
import threading
from pathlib import Path

import nbformat
import pytest
from html_checks import read_page
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import config
from analysis.runner.export import Footer, export_html, page_title
from analysis.runner.overview import TABLE_SCRIPT
from analysis.runner.portable import (
    article_shown,
    make_portable,
    path_replacements,
    replace_paths,
    stable_cell_ids,
)

# A 1x1 PNG.
PIXEL_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ"
    "AAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
FOOTER = Footer(
    article="seeds/a <b>.txt",
    notebook="01-tokenise",
    commit="commit 0123456789ab",
    date="2024-03-01 09:05 UTC",
)


def sample_notebook():
    """A small executed notebook with the output kinds a report meets."""
    nb = new_notebook(
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        }
    )
    nb.cells = [
        new_markdown_cell("# Sample\n\nCosts $5 and $x^2$ stay text."),
        new_code_cell(
            "plot_the_chart()",
            execution_count=1,
            outputs=[
                new_output("display_data", data={"image/png": PIXEL_PNG, "text/plain": "<Figure>"})
            ],
        ),
        new_code_cell(
            "run_script()",
            execution_count=2,
            outputs=[
                new_output(
                    "display_data",
                    data={"application/javascript": "window.ran = 1", "text/plain": "<JS>"},
                )
            ],
        ),
        new_code_cell(
            "show_table()",
            execution_count=3,
            outputs=[new_output("execute_result", data={"text/plain": "answer 42"})],
        ),
    ]
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index}"
    return nb


def test_report_is_offline_and_embeds_its_images():
    page = export_html(sample_notebook(), title="sample", footer=FOOTER)
    facts = read_page(page)
    assert facts.problems() == []
    assert [s.strip() for s in facts.scripts] == [TABLE_SCRIPT.strip()]  # the one own script
    assert facts.images() == [base64.b64decode(PIXEL_PNG)]
    assert "(script output left out of the offline report)" in facts.text
    assert "window.ran" not in page
    assert "mathjax" not in page.lower() and "require.js" not in page
    assert "cdnjs" not in page and "unpkg" not in page
    # the sort buttons and search box are styled (the same rules as the overview's)
    assert 'th[aria-sort="ascending"] .report-sort::after' in page


def test_footer_names_article_commit_and_date():
    page = export_html(sample_notebook(), title="sample", footer=FOOTER)
    footer = page[page.index('<footer class="report-footer">') :]
    assert "seeds/a &lt;b&gt;.txt" in footer
    assert "Notebook: 01-tokenise" in footer
    assert "commit 0123456789ab" in footer
    assert "Made 2024-03-01 09:05 UTC" in footer
    assert "report-status" not in footer


def test_failed_notebook_footer_says_so():
    footer = Footer(**{**FOOTER.__dict__, "status": "This notebook failed: ValueError: x"})
    page = export_html(sample_notebook(), title="sample", footer=footer)
    assert '<p class="report-status">This notebook failed: ValueError: x</p>' in page


def test_no_code_leaves_out_the_code_but_keeps_outputs():
    with_code = export_html(sample_notebook(), title="sample", footer=FOOTER)
    reader = export_html(sample_notebook(), title="sample", footer=FOOTER, no_code=True)
    assert "show_table" in with_code and "show_table" not in reader
    assert "answer 42" in reader
    assert "In&nbsp;[" not in reader


def test_export_is_the_same_every_time_and_in_every_thread():
    first = export_html(sample_notebook(), title="sample", footer=FOOTER)
    pages = []
    thread = threading.Thread(
        target=lambda: pages.append(export_html(sample_notebook(), title="sample", footer=FOOTER))
    )
    thread.start()
    thread.join()
    assert pages == [first]
    assert export_html(sample_notebook(), title="sample", footer=FOOTER) == first


def test_markdown_math_is_left_as_text():
    page = export_html(sample_notebook(), title="sample", footer=FOOTER)
    assert "Costs $5 and $x^2$ stay text." in read_page(page).text


def test_replacements_make_machine_paths_portable(tmp_path):
    staging = tmp_path / "reports" / ".staging-x" / "art" / "01-tokenise"
    article = config.PROJECT_ROOT / "seeds" / "a.txt"
    pairs = path_replacements(staging=staging, article=article, article_shown="seeds/a.txt")
    text = (
        f'output_dir = "{staging}"\narticle = "{article}"\n'
        f"File {config.PROJECT_ROOT}/analysis/article.py, line 3\n"
        f"saved {staging}/counts.csv\n"
    )
    assert replace_paths(text, pairs) == (
        'output_dir = "."\narticle = "seeds/a.txt"\n'
        "File analysis/article.py, line 3\n"
        "saved ./counts.csv\n"
    )


def test_article_outside_the_project_is_shown_by_file_name(tmp_path):
    assert article_shown(tmp_path / "my article.txt") == "my article.txt"
    assert article_shown(config.PROJECT_ROOT / "seeds" / "x.txt") == "seeds/x.txt"


def test_make_portable_rewrites_everything_but_images(tmp_path):
    nb = sample_notebook()
    root = str(config.PROJECT_ROOT)
    nb.cells[3].outputs[0].data["text/plain"] = f"{root}/analysis/x.py"
    nb.cells[1].outputs[0].data["image/png"] = PIXEL_PNG + root  # not a path: left alone
    nb.metadata["papermill"] = {"input_path": f"{root}/notebooks/01.ipynb"}
    pairs = path_replacements(staging=tmp_path, article=tmp_path / "a.txt", article_shown="a.txt")
    make_portable(nb, pairs)
    assert nb.cells[3].outputs[0].data["text/plain"] == "analysis/x.py"
    assert nb.cells[1].outputs[0].data["image/png"] == PIXEL_PNG + root
    assert nb.metadata["papermill"]["input_path"] == "notebooks/01.ipynb"
    assert str(Path.home()) + os.sep not in nbformat.writes(nb).replace(root, "")


def test_stable_cell_ids():
    nb = sample_notebook()
    nb.cells[0].id = "kept-id"
    injected = new_code_cell("# Parameters")
    injected.metadata["tags"] = ["injected-parameters"]
    marker = new_markdown_cell("error")
    marker.metadata["tags"] = ["papermill-error-cell-tag"]
    nb.cells = [marker, *nb.cells[:1], injected, *nb.cells[1:]]
    stable_cell_ids(nb, source_ids=["kept-id"])
    assert [c.id for c in nb.cells] == [
        "papermill-error-1",
        "kept-id",
        "injected-parameters",
        "cell-4",
        "cell-5",
        "cell-6",
    ]


@pytest.mark.parametrize("text", ["/rooted", "/root-x/y", "/root.d"])
def test_replacement_only_matches_whole_path_names(text):
    assert replace_paths(text, [("/root", "~")]) == text


def notebook_with_checks():
    """A notebook as the runner executes it: parameters, injected parameters,
    a tagged check cell, two sections and a tagged sanity check."""
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell("# 09 · Sample\n\nWhat does the sample hold? It holds rows."),
        new_code_cell("article = ''", metadata={"tags": ["parameters"]}),
        new_code_cell("article = 'x.txt'", metadata={"tags": ["injected-parameters"]}),
        new_code_cell("prepare_notebook_call()", metadata={"tags": ["checks"]}),
        new_markdown_cell("## Which rows are there?\n\nSome."),
        new_code_cell(
            "show_rows()",
            outputs=[new_output("execute_result", data={"text/plain": "row answer"})],
        ),
        new_markdown_cell("## Sanity checks", metadata={"tags": ["checks"]}),
        new_code_cell(
            "assert_all_rows()",
            metadata={"tags": ["checks"]},
            outputs=[new_output("execute_result", data={"text/plain": "24"})],
        ),
        new_markdown_cell("## Where do `rows` *come* from?"),
    ]
    return nb


def test_reader_page_has_no_code_no_checks_and_links_the_code_page():
    page = export_html(
        notebook_with_checks(), title="t", footer=FOOTER, no_code=True, other_page="09.code.html"
    )
    facts = read_page(page)
    assert "row answer" in facts.text
    for hidden in ("show_rows", "prepare_notebook_call", "assert_all_rows", "Sanity checks"):
        assert hidden not in page
    assert ">24<" not in page
    assert "09.code.html" in facts.attributes("href")
    assert facts.problems() == []


def test_code_page_keeps_everything_and_links_the_reader_page():
    page = export_html(notebook_with_checks(), title="t", footer=FOOTER, other_page="09.html")
    assert "show_rows" in page and "assert_all_rows" in page
    assert "09.html" in read_page(page).attributes("href")


def test_page_opens_with_contents_of_its_sections():
    page = export_html(notebook_with_checks(), title="t", footer=FOOTER, no_code=True)
    nav = page[page.index("<nav ") : page.index("</nav>")]
    hrefs = read_page(nav).attributes("href")
    assert hrefs == ["#Which-rows-are-there?", "#Where-do-rows-come-from?"]
    assert 'id="Which-rows-are-there?"' in page  # the anchor nbconvert gives the heading
    assert page.index("<h1") < page.index("<nav ") < page.index('<h2 id="Which-rows-are-there?"')


def test_page_title_is_the_headline_and_the_question():
    title = page_title(notebook_with_checks(), "Rain <falls>", "09-sample")
    assert title == "Rain <falls> · What does the sample hold?"
    page = export_html(notebook_with_checks(), title=title, footer=FOOTER, no_code=True)
    assert "<title>Rain &lt;falls&gt; · What does the sample hold?</title>" in page


def test_a_notebook_without_a_question_is_titled_by_its_name():
    nb = new_notebook(cells=[new_markdown_cell("# Sample\n\nNo question here.")])
    assert page_title(nb, "", "09-sample") == "09-sample"


def test_reader_page_folds_the_method_notes_under_the_first_paragraph():
    nb = notebook_with_checks()
    nb.cells.append(
        new_markdown_cell(
            "## How are rows counted?\n\nOne per line.\n\nBlank lines are **skipped**."
        )
    )
    reader = export_html(nb, title="t", footer=FOOTER, no_code=True)
    with_code = export_html(nb, title="t", footer=FOOTER)
    folded = reader[reader.index("How are rows counted?") :]
    assert folded.index("One per line.") < folded.index("<details") < folded.index("skipped")
    assert "<summary>How this is worked out</summary>" in folded
    assert "<details" not in with_code and "<strong>skipped</strong>" in with_code
    assert read_page(reader).problems() == []
