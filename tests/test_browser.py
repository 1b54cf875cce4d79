"""Reports in a real browser: headless Chromium opens every page.

Two groups of tests share one browser process:

- controls: small pages written here, one per way a page can go wrong (a
  broken image, a request to the internet, a script that runs, a dialog...),
  each proving that the check which should catch it does; and a sound page
  that passes every check;
- reports: ``python -m analysis run`` renders the seed article and the hostile
  fixture articles once; every report and overview page must load, decode
  every image, run no script from the article, send no request off the
  machine, and show the hostile markup as text. A screenshot of each page is
  saved under ``tests/output/screenshots/`` for a human to look at.

The module is skipped, with the reason, only when chromium is not installed
(``make test`` installs it with apt-get when it can).
"""

from __future__ import annotations

import base64
import html
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from browser import ChromiumSession, PageVisit, find_chromium, png_size
from conftest import SEED_ARTICLE, fixture_path

from analysis.config import NOTEBOOKS_DIR, PROJECT_ROOT
from analysis.runner import takes_article
from analysis.text.article import article_id, load_article

pytestmark = pytest.mark.browser

SCREENSHOTS_DIR = Path(__file__).resolve().parent / "output" / "screenshots"
# Articles whose text is hostile markup (their script sets window.__article_script_ran).
HOSTILE_FIXTURES = ("hostile_markup.txt", "hostile_script_probe.txt")
# Hostile strings that a report must show as plain text, never as markup.
VISIBLE_MARKUP = ("<script>", "onerror=", "javascript:")
RUN_TIMEOUT = 1800

# A 1x1 PNG, and bytes that claim to be a PNG but do not decode.
PIXEL_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ"
    "AAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
BROKEN_PNG = base64.b64encode(b"\x89PNG\r\n\x1a\nnot really a png").decode()


@pytest.fixture(scope="module")
def chromium():
    """One headless chromium for the whole module."""
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "chromium not available: no chromium on PATH and `make test` could not install it "
            "(needs root and apt-get: apt-get install chromium)"
        )
    with ChromiumSession(executable) as session:
        yield session


def write_page(folder: Path, name: str, body: str, head: str = "") -> Path:
    """Write a small HTML page for a control test."""
    path = folder / f"{name}.html"
    path.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title>{head}</head>'
        f"<body>{body}</body></html>",
        encoding="utf-8",
    )
    return path


# -- controls: every check can fail -------------------------------------------


def test_sound_page_passes_every_check_and_is_captured_full_length(chromium, tmp_path):
    page = write_page(
        tmp_path,
        "sound",
        f'<h1>Report</h1><img alt="chart" src="data:image/png;base64,{PIXEL_PNG}">'
        '<div style="height: 3000px">A tall table</div><p>End of report</p>',
    )
    shot = tmp_path / "sound.png"
    visit = chromium.visit(page, shot)
    assert visit.problems() == []
    assert visit.image_count == 1
    assert visit.title == "sound"
    assert "End of report" in visit.text
    # The screenshot is 1200 px wide and covers the 3000 px block below the heading.
    width, height = png_size(shot.read_bytes())
    assert width == 1200
    assert height > 3000


def test_images_that_do_not_decode_are_reported(chromium, tmp_path):
    page = write_page(
        tmp_path,
        "broken-images",
        f'<p>Charts</p><img src="data:image/png;base64,{PIXEL_PNG}">'
        f'<img src="data:image/png;base64,{BROKEN_PNG}"><img src="chart-missing.png">',
    )
    visit = chromium.visit(page)
    assert visit.image_count == 3
    assert visit.broken_images == [
        f"data:image/png;base64,{BROKEN_PNG}",
        (tmp_path / "chart-missing.png").as_uri(),
    ]
    assert visit.failed_local == [
        f"{(tmp_path / 'chart-missing.png').as_uri()} (net::ERR_FILE_NOT_FOUND)"
    ]
    assert any(p.startswith("images do not decode") for p in visit.problems())


LEAKS = {
    # name: (head, body, the URLs it requests)
    "fetch": ("", '<script>fetch("https://example.com/api").catch(() => 0)</script>',
              ["https://example.com/api"]),
    "image": ("", '<img src="https://example.com/photo.jpg">', ["https://example.com/photo.jpg"]),
    "stylesheet": ('<link rel="stylesheet" href="https://example.com/x.css">', "",
                   ["https://example.com/x.css"]),
    "script": ('<script src="http://example.com/lib.js"></script>', "",
               ["http://example.com/lib.js"]),
    "iframe": ("", '<iframe src="https://example.com/"></iframe>', ["https://example.com/"]),
    "css-background": ("", '<div style="background: url(https://example.com/bg.png)">x</div>',
                       ["https://example.com/bg.png"]),
    "websocket": ("", '<script>new WebSocket("wss://example.com/live")</script>',
                  ["wss://example.com/live"]),
}  # fmt: skip


@pytest.mark.parametrize("name", LEAKS)
def test_requests_that_leave_the_machine_are_caught(chromium, tmp_path, name):
    head, body, leaked = LEAKS[name]
    page = write_page(tmp_path, name, f"<p>Page that leaks by {name}</p>{body}", head)
    visit = chromium.visit(page)
    assert visit.loaded
    assert visit.external_requests == leaked
    assert f"requests leave the machine: {leaked}" in visit.problems()


def test_a_refresh_that_leaves_the_page_is_caught(chromium, tmp_path):
    page = write_page(
        tmp_path,
        "refresh",
        "<p>Moved</p>",
        '<meta http-equiv="refresh" content="0;url=https://example.com/">',
    )
    visit = chromium.visit(page)
    assert visit.external_requests == ["https://example.com/"]
    assert visit.url != page.as_uri()
    assert any(p.startswith("page navigated away") for p in visit.problems())


SCRIPTS = {
    # name: (body, probe value it sets, dialogs it opens, live markup it leaves)
    "inline-script": ("<script>window.__article_script_ran = 1</script>", "1", [], []),
    "img-onerror": ('<img src="x" onerror="window.__article_script_ran = 2">', "2", [],
                    ["<img onerror>"]),
    "svg-onload": ('<svg onload="window.__article_script_ran = 3"></svg>', "3", [],
                   ["<svg onload>"]),
    "alert": ("<script>alert(1)</script>", None, ["alert: 1"], []),
    "javascript-link": ('<a href="javascript:window.__article_script_ran = 4">click</a>', None,
                        [], ["<a href=javascript:>"]),
}  # fmt: skip


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_from_the_article_is_caught(chromium, tmp_path, name):
    body, probe, dialogs, live = SCRIPTS[name]
    page = write_page(tmp_path, name, f"<p>Article text</p>{body}")
    visit = chromium.visit(page)
    assert visit.loaded
    assert visit.probe == probe
    assert visit.dialogs == dialogs
    assert visit.live_markup == live
    assert visit.problems() != []


def test_escaped_markup_is_shown_as_text_and_runs_nothing(chromium, tmp_path):
    hostile = (
        "<script>window.__article_script_ran = 1</script> "
        '<img src=x onerror="window.__article_script_ran=2"> '
        "[click](javascript:alert(1)) <!-- comment --> $$x$$"
    )
    page = write_page(tmp_path, "escaped", f"<p>{html.escape(hostile)}</p>")
    visit = chromium.visit(page)
    assert visit.problems() == []
    assert hostile in visit.text


def test_markup_that_was_not_escaped_is_not_visible(chromium, tmp_path):
    page = write_page(tmp_path, "raw", '<p>Text <img src="x" alt=""> and <b>bold</b></p>')
    visit = chromium.visit(page)
    assert "<img" not in visit.text
    assert "Text  and bold" in visit.text


def test_script_errors_are_reported(chromium, tmp_path):
    page = write_page(tmp_path, "error", "<p>Report</p><script>null.x</script>")
    visit = chromium.visit(page)
    assert visit.exceptions == ["TypeError: Cannot read properties of null (reading 'x')"]


def test_a_missing_page_does_not_load(chromium, tmp_path):
    visit = chromium.visit(tmp_path / "absent.html")
    assert not visit.loaded
    assert visit.problems()[0] == "page did not load: net::ERR_FILE_NOT_FOUND"


def test_a_page_without_text_is_reported(chromium, tmp_path):
    page = write_page(tmp_path, "blank", "<div></div>")
    visit = chromium.visit(page)
    assert visit.loaded
    assert visit.problems() == ["page shows no text"]


# -- the reports --------------------------------------------------------------


def report_articles() -> list[Path]:
    """The seed article and the hostile fixture articles."""
    return [SEED_ARTICLE, *(fixture_path(name) for name in HOSTILE_FIXTURES)]


def expected_pages() -> list[str]:
    """Pages the runner writes: the overview, and per article its index and notebooks."""
    notebooks = sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9]*.ipynb") if takes_article(p))
    pages = ["index.html"]
    for article in report_articles():
        pages.append(f"{article_id(article)}/index.html")
        pages.extend(f"{article_id(article)}/{notebook}.html" for notebook in notebooks)
        pages.extend(f"{article_id(article)}/{notebook}.code.html" for notebook in notebooks)
    return pages


@pytest.fixture(scope="module")
def reports_dir(chromium, tmp_path_factory) -> Path:
    """Render the seed and hostile articles once with ``python -m analysis run``.

    Exit 1 (a notebook failed) still renders every page, so the pages are
    checked; the failed notebook's own test fails (see ``notebook_error``).
    """
    out = tmp_path_factory.mktemp("reports")
    command = [sys.executable, "-m", "analysis", "run", *report_articles(), "--out", out, "-q"]
    done = subprocess.run(
        [str(part) for part in command],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )
    assert done.returncode in (0, 1), (
        f"analysis run exited {done.returncode}: {done.stderr[-2000:]}"
    )
    assert (out / "index.html").is_file(), f"analysis run wrote no overview: {done.stderr[-2000:]}"
    shutil.rmtree(SCREENSHOTS_DIR, ignore_errors=True)
    return out


@pytest.fixture(scope="module")
def visits() -> dict[str, PageVisit]:
    """Every report page the browser has opened, by its path under the reports folder."""
    return {}


def visit_page(chromium, reports_dir: Path, visits: dict, page: str) -> PageVisit:
    """Open ``page`` once (screenshot included) and remember what it did."""
    if page not in visits:
        shot = SCREENSHOTS_DIR / Path(page).with_suffix(".png")
        visits[page] = chromium.visit(reports_dir / page, shot)
    return visits[page]


def notebook_error(reports_dir: Path, page: str) -> str:
    """The error the runner recorded for a notebook page ("" if it ran)."""
    folder, _, name = page.rpartition("/")
    if not folder or name == "index.html":
        return ""
    manifest = json.loads((reports_dir / folder / "manifest.json").read_text(encoding="utf-8"))
    return manifest["notebooks"][name.removesuffix(".html").removesuffix(".code")]["error"]


@pytest.mark.parametrize("page", expected_pages())
def test_report_page_is_sound_in_the_browser(chromium, reports_dir, visits, page):
    assert (reports_dir / page).is_file(), f"the runner wrote no {page}"
    visit = visit_page(chromium, reports_dir, visits, page)
    assert visit.problems() == [], f"{page} (screenshot: {visit.screenshot})"
    assert png_size(visit.screenshot.read_bytes())[0] == 1200
    error = notebook_error(reports_dir, page)
    assert error == "", f"{page} shows a failed run, not a report (screenshot: {visit.screenshot})"


def test_every_other_rendered_page_is_sound(chromium, reports_dir, visits):
    expected = set(expected_pages())
    others = []
    for path in sorted(reports_dir.rglob("*.html")):
        page = path.relative_to(reports_dir)
        if page.as_posix() not in expected and not any(p.startswith(".") for p in page.parts):
            others.append(page.as_posix())
    problems = {}
    for page in others:
        visit = visit_page(chromium, reports_dir, visits, page)
        if visit.problems():
            problems[f"{page} (screenshot: {visit.screenshot})"] = visit.problems()
    assert problems == {}


@pytest.mark.parametrize("fixture", HOSTILE_FIXTURES)
def test_hostile_headline_is_shown_verbatim(chromium, reports_dir, visits, fixture):
    article = load_article(fixture_path(fixture))
    headline = article.sections[0].text
    assert "<script>" in headline  # the fixture is still hostile
    for page in ("index.html", f"{article.id}/index.html"):
        visit = visit_page(chromium, reports_dir, visits, page)
        assert headline in visit.text, f"{page} (screenshot: {visit.screenshot})"


@pytest.mark.parametrize("fixture", HOSTILE_FIXTURES)
def test_hostile_markup_is_visible_as_text(chromium, reports_dir, visits, fixture):
    article = article_id(fixture_path(fixture))
    pages = [p for p in expected_pages() if p.startswith(f"{article}/")]
    shown = {page: visit_page(chromium, reports_dir, visits, page).text for page in pages}
    missing = [s for s in VISIBLE_MARKUP if not any(s in text for text in shown.values())]
    screenshots = SCREENSHOTS_DIR / article
    assert missing == [], f"{fixture}: not shown as text on any page (screenshots: {screenshots})"


# -- reader's pages: tables sort and search offline ------------------------------

# Runs in a report page: sorts the first long table by its first numeric
# column (twice: descending), then searches it; returns what a reader saw.
SORT_AND_SEARCH_JS = """
(async () => {
  const box = document.querySelector('.analysis-table.long');
  const table = box.querySelector('table.report-table');
  const headers = Array.from(table.tHead.rows[0].cells);
  const column = headers.findIndex(h => h.classList.contains('num'));
  const values = () => Array.from(table.tBodies[0].rows)
    .map(r => Number(r.cells[column].getAttribute('data-value')));
  const button = headers[column].querySelector('button.report-sort');
  button.click();
  const ascending = values();
  button.click();
  const descending = values();
  const input = box.previousElementSibling.querySelector('input[type=search]');
  const word = table.tBodies[0].rows[0].cells[0].textContent.trim();
  input.value = word;
  input.dispatchEvent(new Event('input'));
  const shown = Array.from(table.tBodies[0].rows).filter(r => !r.hidden);
  return {ascending, descending, word, rows: table.tBodies[0].rows.length,
          shown: shown.map(r => r.textContent.toLowerCase().includes(word.toLowerCase())),
          count: box.previousElementSibling.textContent};
})()
"""


def test_reader_page_tables_sort_and_search_offline(chromium, reports_dir, visits):
    page = f"{article_id(SEED_ARTICLE)}/01-tokenise.html"
    seen = chromium.evaluate(reports_dir / page, SORT_AND_SEARCH_JS)
    assert seen["ascending"] == sorted(seen["ascending"])
    assert seen["descending"] == sorted(seen["descending"], reverse=True)
    assert seen["rows"] > 12 and seen["word"]
    assert seen["shown"] and all(seen["shown"]) and len(seen["shown"]) < seen["rows"]
    assert f"{len(seen['shown'])} of {seen['rows']} rows" in seen["count"]
    assert visit_page(chromium, reports_dir, visits, page).problems() == []


def test_reader_pages_open_on_prose_without_code(chromium, reports_dir, visits):
    for page in expected_pages():
        if not page.endswith(".html") or page.endswith((".code.html", "index.html")):
            continue
        visit = visit_page(chromium, reports_dir, visits, page)
        assert "In [" not in visit.text and "import " not in visit.text, page
        assert visit.text.lstrip().startswith("0"), page  # "01 · Tokens ...": the title first


# Page heights at 1200 px of the seed's pages before the reader's pages (commit
# 469c7a4, Debian chromium 150, measured by hand from these screenshots): a
# reader's page may take at most half of it.
HEIGHT_BEFORE = {
    "01-tokenise": 10874,
    "02-actors-and-weapons": 14590,
    "03-aid-split": 4276,
    "04-arms-transfers": 6367,
}


@pytest.mark.parametrize("notebook", HEIGHT_BEFORE)
def test_reader_pages_of_the_seed_are_short(chromium, reports_dir, visits, notebook):
    page = f"{article_id(SEED_ARTICLE)}/{notebook}.html"
    visit = visit_page(chromium, reports_dir, visits, page)
    height = png_size(visit.screenshot.read_bytes())[1]
    budget = HEIGHT_BEFORE[notebook] * 0.5
    assert height <= budget, f"{page} is {height} px high (budget {budget:.0f} px)"


def test_reader_pages_show_no_sanity_check(chromium, reports_dir, visits):
    for notebook in HEIGHT_BEFORE:
        page = f"{article_id(SEED_ARTICLE)}/{notebook}.html"
        text = visit_page(chromium, reports_dir, visits, page).text
        assert "sanity check" not in text.lower() and "at all?" not in text, page
    for notebook in ("03-aid-split", "04-arms-transfers"):  # the analyst's page keeps them
        code_page = f"{article_id(SEED_ARTICLE)}/{notebook}.code.html"
        assert "Sanity check" in (reports_dir / code_page).read_text("utf-8"), code_page
