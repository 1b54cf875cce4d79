"""HTML export: an executed notebook becomes one self-contained page.

nbconvert's ``HTMLExporter`` with the project's ``offline`` template
(``analysis/runner/templates/offline``, based on JupyterLab's ``lab`` template):

- nothing is fetched from another host: require.js, MathJax, Mermaid and the
  widget manager are left out, the stylesheet is inline and images are
  embedded as ``data:`` URIs (plots already are; Markdown images too);
- script and widget outputs are replaced by a short note, so a page never
  runs code;
- a footer names the article (its file, never an absolute path), the
  notebook, the project's commit and the date the page was made;
- ``no_code=True`` gives the reader's page: no code, no prompts, no cell
  tagged ``checks`` (sanity checks) or ``parameters``; the runner writes it
  as ``<notebook>.html`` and the analyst's page with code beside it as
  ``<notebook>.code.html``, each linking to the other;
- both pages open with the notebook's title and question, then a small table
  of contents built from the ``##`` headings; the page ``<title>`` is the
  article's headline and the notebook's question (``page_title``);
- the project's one script (``templates/offline/report.js``) makes the tables
  sortable and the long ones searchable, offline.

One exporter is built per thread and reused (building one reads the
template from disk).
"""

from __future__ import annotations

import copy
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from nbconvert import HTMLExporter
from nbconvert.filters.strings import _convert_header_id
from nbconvert.preprocessors import Preprocessor

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "offline"
_local = threading.local()
#: Cells a reader's page leaves out, by tag.
READER_DROPPED_TAGS = frozenset({"checks", "parameters", "injected-parameters"})
CODE_PAGE_SUFFIX = ".code.html"
SECTION_HEADING = re.compile(r"^##[ \t]+(?P<text>.+?)[ \t#]*$", re.MULTILINE)
QUESTION = re.compile(r"[A-Z][^.?!\n]*\?")


@dataclass(frozen=True)
class Footer:
    """What every report's footer says."""

    article: str  # e.g. "seeds/chad-sudan-drones.txt" or a file name
    notebook: str  # e.g. "01-tokenise"
    commit: str  # e.g. "commit 0123456789ab"
    date: str  # e.g. "2024-03-01 09:05 UTC"
    status: str = ""  # a warning line, e.g. "This notebook failed: ..."
    published: str = ""  # the header line: "Published 2024-03-05 · outlet · url"


class ReportPreprocessor(Preprocessor):
    """Prepares a notebook for the offline template (named in its conf.json,
    so ``jupyter nbconvert --to html --template offline`` by hand gets it
    too): marks the first Markdown cell, after which the page shows its
    contents (``resources.report``); by hand, where the runner gave no
    footer, fills in the title and footer the runner would have."""

    def preprocess(self, nb, resources):
        first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
        if first is not None:
            first.metadata["report_contents"] = True
        report = dict(resources.get("report") or {})
        report.setdefault("contents", section_headings(nb))
        resources["report"] = report
        if not resources.get("footer"):
            name = str(resources.get("metadata", {}).get("name", "") or "notebook")
            article, headline = article_of(nb)
            resources.setdefault("metadata", {})["name"] = page_title(nb, headline, name)
            resources["footer"] = asdict(Footer(article, name, "", ""))
        return nb, resources


def article_of(nb) -> tuple[str, str]:
    """The file name and headline of the article a papermill run was given
    (``("", "")`` when it cannot be read)."""
    from analysis import config
    from analysis.errors import AnalysisError
    from analysis.text import load_article

    parameters = nb.metadata.get("papermill", {}).get("parameters")
    if parameters is None:  # not run by papermill: no article to name
        return "", ""
    path = config.resolve_article(str(parameters.get("article", "")))
    try:
        return path.name, load_article(path).headline
    except (AnalysisError, OSError):
        return path.name, ""


def build_exporter(no_code: bool = False) -> HTMLExporter:
    """An HTML exporter with the offline template."""
    return HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        embed_images=True,
        exclude_input=no_code,
        exclude_input_prompt=no_code,
        exclude_output_prompt=no_code,
    )


def exporter(no_code: bool = False) -> HTMLExporter:
    """This thread's exporter (built on first use)."""
    cache = _local.__dict__.setdefault("exporters", {})
    if no_code not in cache:
        cache[no_code] = build_exporter(no_code)
    return cache[no_code]


def export_html(
    nb, *, title: str, footer: Footer, no_code: bool = False, other_page: str = ""
) -> str:
    """Render an executed notebook as one offline HTML page: the reader's
    page with ``no_code``, else the page with code; ``other_page`` is the
    file name of the other version, linked from the page's head."""
    nb = reader_cells(nb) if no_code else copy.deepcopy(nb)
    report = {"contents": section_headings(nb), "other": other_page}
    if other_page:
        report["other_note"] = (
            "For analysts: the same page with the code that made it,"
            if no_code
            else "For readers: the same page without code,"
        )
        report["other_label"] = other_page
    resources = {"metadata": {"name": title}, "footer": asdict(footer), "report": report}
    body, _ = exporter(no_code).from_notebook_node(nb, resources=resources)
    return body


def reader_cells(nb):
    """A copy of ``nb`` without the cells a reader does not need (tagged
    ``checks``, ``parameters`` or ``injected-parameters``)."""
    nb = copy.deepcopy(nb)
    nb.cells = [
        cell
        for cell in nb.cells
        if not READER_DROPPED_TAGS & set(cell.get("metadata", {}).get("tags", []))
    ]
    return nb


def section_headings(nb) -> list[tuple[str, str]]:
    """``(anchor, heading)`` for every ``##`` heading of the Markdown cells,
    the anchors as nbconvert makes them.

    >>> from nbformat.v4 import new_markdown_cell, new_notebook
    >>> section_headings(new_notebook(cells=[new_markdown_cell("# T\\n## Who is `named`?")]))
    [('Who-is-named?', 'Who is named?')]
    """
    found = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for match in SECTION_HEADING.finditer(cell.source):
            text = re.sub(r"[`*_]", "", match["text"]).strip()
            found.append((_convert_header_id(text), text))
    return found


def page_title(nb, headline: str, fallback: str) -> str:
    """The page ``<title>``: the article's headline and the notebook's
    question (the first question in its first Markdown cell).

    >>> from nbformat.v4 import new_markdown_cell, new_notebook
    >>> nb = new_notebook(cells=[new_markdown_cell("# 01 · Words\\n\\nWhat is it made of? More.")])
    >>> page_title(nb, "Rain falls", "01-words")
    'Rain falls · What is it made of?'
    """
    first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    body = "\n".join(
        line for line in (first.source if first else "").splitlines() if not line.startswith("#")
    )
    question = QUESTION.search(body)
    parts = [part for part in (headline.strip(), question[0] if question else fallback) if part]
    return " · ".join(parts)
