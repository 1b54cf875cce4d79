"""Overview pages: every article's reports and key findings at a glance.

- ``reports/index.html`` lists every article (headline, source file, when it
  was rendered, status) with its key findings, linking to its reports;
- ``reports/<article-id>/index.html`` does the same for one article, one row
  per notebook, with its tables and executed notebook.

Pages are built from the articles' ``manifest.json`` alone. Everything taken
from an article (headline, findings) is escaped, and the pages follow the
same offline rules as every report: one file, inline style, no request
leaving the machine, and no script but the reports' own table script, which
sorts the list of articles by any column (date, outlet, status...) and
searches it when it is long.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import quote

from analysis.files import write_atomic
from analysis.html import escape
from analysis.runner.inputs import describe_published
from analysis.runner.provenance import MANIFEST_FILE, load_manifest

INDEX_FILE = "index.html"
_OFFLINE = Path(__file__).resolve().parent / "templates" / "offline"
#: The one script of every page: sorts and searches tables (shared with the reports).
TABLE_SCRIPT = (_OFFLINE / "report.js").read_text(encoding="utf-8")
#: The style of that script's controls (shared with the reports).
TABLE_STYLE = (_OFFLINE / "tables.css").read_text(encoding="utf-8")
STATUS_TEXT = {
    "ok": "ok",
    "failed": "FAILED",
    "running": "incomplete (the run was interrupted)",
}
STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #222222; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin: 1.6em 0 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; }
th, td { border-bottom: 1px solid #dddddd; padding: 6px 8px; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; }
ul.findings { margin: 0; padding-left: 1.1em; }
.meta { color: #555555; font-size: 0.9em; }
.status-ok { color: #1b7f3b; font-weight: bold; }
.status-failed, .status-running { color: #b00020; font-weight: bold; }
.warning { color: #b00020; }
.files a { margin-right: 0.6em; display: inline-block; }
td.name { white-space: nowrap; }
footer { margin-top: 2em; padding-top: 0.6em; border-top: 1px solid #cccccc;
         color: #555555; font-size: 12px; }
"""


def link(href: str, text: str) -> str:
    """A relative link; the target is URL-quoted and the text escaped.

    >>> link("a b/index.html", "<x>")
    '<a href="a%20b/index.html">&lt;x&gt;</a>'
    """
    return f'<a href="{escape(quote(href))}">{escape(text)}</a>'


def read_manifests(out_dir: Path) -> list[dict]:
    """The manifests of every article folder in ``out_dir``: newest date
    first, undated articles last, then by headline."""
    manifests = []
    for path in sorted(out_dir.glob(f"*/{MANIFEST_FILE}")):
        manifest = load_manifest(path.parent)
        if manifest.get("article"):
            manifest["folder"] = path.parent.name
            manifests.append(manifest)
    manifests.sort(key=lambda m: (m["article"].get("headline", ""), m["folder"]))
    return sorted(manifests, key=lambda m: m["article"].get("date", ""), reverse=True)


def write_overviews(out_dir: Path, commit: str, date: str) -> list[Path]:
    """Write ``index.html`` of every article folder and of ``out_dir``; the
    footers name the commit and the date (and the article, on its page)."""
    manifests = read_manifests(out_dir)
    written = []
    for manifest in manifests:
        footer = f"Article: {manifest['article'].get('file', '')} · {commit} · made {date}"
        page_html = render_article_page(manifest, footer)
        written.append(write_atomic(out_dir / manifest["folder"] / INDEX_FILE, page_html))
    index_html = render_index_page(manifests, f"{commit} · made {date}")
    written.append(write_atomic(out_dir / INDEX_FILE, index_html))
    return written


def render_index_page(manifests: Iterable[Mapping], footer: str) -> str:
    """The page listing every article."""
    rows = []
    for manifest in manifests:
        article = manifest["article"]
        folder = manifest["folder"]
        notebooks = manifest.get("notebooks", {})
        reports = " ".join(
            link(f"{folder}/{entry.get('report') or name + '.html'}", name)
            for name, entry in sorted(notebooks.items())
        )
        rows.append(
            "<tr>"
            f"<td>{link(f'{folder}/{INDEX_FILE}', article.get('headline') or folder)}</td>"
            f"<td>{escape(article.get('date', ''))}</td>"
            f"<td>{escape(article.get('outlet', ''))}</td>"
            f"<td>{escape(article.get('file', ''))}</td>"
            f"<td>{escape(latest_made(notebooks))}</td>"
            f"<td>{status_cell(notebooks)}</td>"
            f"<td>{findings_list(notebooks)}</td>"
            f'<td class="files">{reports}</td>'
            "</tr>"
        )
    table = (
        '<table class="report-table"><thead><tr><th>Article</th><th>Date</th><th>Outlet</th>'
        "<th>Source file</th><th>Rendered</th>"
        "<th>Status</th><th>Key findings</th><th>Reports</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>No reports yet: run <code>make reports</code>.</p>"
    )
    return page("News-article reports", "<h1>News-article reports</h1>" + table, footer)


def render_article_page(manifest: Mapping, footer: str) -> str:
    """The page of one article: one row per notebook."""
    article = manifest["article"]
    notebooks = manifest.get("notebooks", {})
    rows = [notebook_row(name, entry) for name, entry in sorted(notebooks.items())]
    body = (
        f"<p>{link('../' + INDEX_FILE, 'All articles')}</p>"
        f"<h1>{escape(article.get('headline') or manifest['folder'])}</h1>"
        f"{published_line(article)}"
        f'<p class="meta">Source file: {escape(article.get("file", ""))} &middot; '
        f"SHA-256 {escape(article.get('sha256', ''))} &middot; "
        f"rendered {escape(latest_made(notebooks))}</p>"
        "<table><thead><tr><th>Notebook</th><th>Status</th><th>Key findings</th>"
        f"<th>Files</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p class="meta">Provenance: {link(MANIFEST_FILE, MANIFEST_FILE)}</p>'
    )
    title = f"Reports: {article.get('headline') or manifest['folder']}"
    return page(title, body, footer)


def published_line(article: Mapping) -> str:
    """The article's date, outlet and address as a paragraph ("" if none known)."""
    line = describe_published(article)
    url = article.get("url", "")
    if not line:
        return ""
    if url.startswith(("http://", "https://")):
        shown = escape(line).replace(escape(url), f'<a href="{escape(url)}">{escape(url)}</a>')
        return f'<p class="meta">{shown}</p>'
    return f'<p class="meta">{escape(line)}</p>'


def notebook_row(name: str, entry: Mapping) -> str:
    """One notebook's row: report link, status (and why), findings, files."""
    report = entry.get("report") or f"{name}.html"
    status = entry.get("status", "")
    detail = ""
    if entry.get("error"):
        detail += f"<br>{escape(entry['error'])}"
    if entry.get("failed_report"):
        detail += (
            f'<br><span class="warning">This run failed; the report shown is the last good '
            f"one, made {escape(entry.get('made', ''))}, and may be out of date. "
            f"{link(entry['failed_report'], 'See the failed run')}.</span>"
        )
    files = " ".join(link(f, f.removeprefix(f"{name}.")) for f in entry.get("tables", []))
    if entry.get("code_report"):
        files += " " + link(entry["code_report"], "page with code")
    if entry.get("notebook_file"):
        files += " " + link(entry["notebook_file"], "executed notebook (.ipynb)")
    return (
        f'<tr><td class="name">{link(report, name)}</td>'
        f'<td><span class="status-{escape(status)}">{escape(STATUS_TEXT.get(status, status))}'
        f"</span>{detail}</td>"
        f"<td>{findings_list({name: entry})}</td>"
        f'<td class="files">{files}</td></tr>'
    )


def status_cell(notebooks: Mapping[str, Mapping]) -> str:
    """``ok`` or ``FAILED: 02-actors`` for an article's notebooks."""
    bad = [name for name, entry in sorted(notebooks.items()) if entry.get("status") != "ok"]
    if not bad:
        return f'<span class="status-ok">ok ({len(notebooks)})</span>'
    return f'<span class="status-failed">FAILED: {escape(", ".join(bad))}</span>'


def findings_list(notebooks: Mapping[str, Mapping]) -> str:
    """Every notebook's key findings as one list (label: text); a finding that is a
    list (every split of an article) is shown as a list under its label."""
    items = [
        f"<li><b>{escape(label)}:</b> {finding_text(text)}</li>"
        for _, entry in sorted(notebooks.items())
        for label, text in (entry.get("findings") or {}).items()
    ]
    return f'<ul class="findings">{"".join(items)}</ul>' if items else ""


def finding_text(value: object) -> str:
    """One finding as escaped HTML: text, or a list of texts as a nested list.

    >>> finding_text(["Of $5B, $3B is itemised", "Of $2B, all of it is itemised"])
    '<ul><li>Of &#36;5B, &#36;3B is itemised</li><li>Of &#36;2B, all of it is itemised</li></ul>'
    """
    if isinstance(value, list | tuple):
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in value) + "</ul>"
    return escape(value)


def latest_made(notebooks: Mapping[str, Mapping]) -> str:
    """The most recent date a notebook of the article was rendered."""
    dates = [str(entry.get("made", "")) for entry in notebooks.values() if entry.get("made")]
    return max(dates) if dates else ""


def page(title: str, body: str, footer: str) -> str:
    """A complete offline page: inline style, no script."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}{TABLE_STYLE}</style>\n</head>\n<body>\n"
        f"<main>\n{body}\n</main>\n<footer>{escape(footer)}</footer>\n"
        f"<script>\n{TABLE_SCRIPT}</script>\n</body>\n</html>\n"
    )
