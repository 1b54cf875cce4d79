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
- ``no_code=True`` gives the reader's version without code cells.

One exporter is built per thread and reused (building one reads the
template from disk).
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from nbconvert import HTMLExporter

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "offline"
_local = threading.local()


@dataclass(frozen=True)
class Footer:
    """What every report's footer says."""

    article: str  # e.g. "seeds/chad-sudan-drones.txt" or a file name
    notebook: str  # e.g. "01-tokenise"
    commit: str  # e.g. "commit 0123456789ab"
    date: str  # e.g. "2024-03-01 09:05 UTC"
    status: str = ""  # a warning line, e.g. "This notebook failed: ..."


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


def export_html(nb, *, title: str, footer: Footer, no_code: bool = False) -> str:
    """Render an executed notebook as one offline HTML page."""
    resources = {"metadata": {"name": title}, "footer": asdict(footer)}
    body, _ = exporter(no_code).from_notebook_node(nb, resources=resources)
    return body
