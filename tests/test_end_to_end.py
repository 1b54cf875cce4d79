"""End to end: the project's notebooks on the seed, a second article and a
hostile one, through ``python -m analysis run``.

One run is shared by the module (``rendered``), with ``SOURCE_DATE_EPOCH``
pinned so the footer date is known. Then: a second run must give the same
bytes, a re-run must skip everything, a changed lexicon must re-run exactly
the notebooks that read it, and ``papermill`` by hand from another working
directory must give the same notebook as the runner.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import nbformat
import pytest
from conftest import SEED_ARTICLE, fixture_path
from html_checks import read_page

from analysis import config
from analysis.runner import takes_article
from analysis.runner.provenance import load_manifest, save_manifest
from analysis.text.article import article_id

pytestmark = pytest.mark.slow

EPOCH = "1700000000"  # 2023-11-14 22:13 UTC
PINNED_DATE = "2023-11-14 22:13 UTC"
NOTEBOOKS = sorted(  # the per-article notebooks (05 reads a corpus store, see tests/corpus)
    p.stem for p in config.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb") if takes_article(p)
)
SECOND = "north_korea_shells.txt"
HOSTILE = "hostile_markup.txt"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
COMMIT = re.compile(r"commit [0-9a-f]{12}( \(with uncommitted changes\))?|no git commit")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.run(
        [sys.executable, "-m", "analysis", "run", *args],
        capture_output=True,
        text=True,
        cwd=cwd or config.PROJECT_ROOT,
        env=env,
        timeout=900,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    articles = [str(SEED_ARTICLE), str(fixture_path(SECOND)), str(fixture_path(HOSTILE))]
    result = run(*articles, "--out", str(out))
    return result, out


def folders(out: Path) -> dict[str, Path]:
    ids = [article_id(SEED_ARTICLE), article_id(SECOND), article_id(HOSTILE)]
    return {i: out / i for i in ids}


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_project_has_the_notebooks():
    assert NOTEBOOKS[0] == "01-tokenise" and len(NOTEBOOKS) >= 1


def test_every_notebook_renders_for_every_article(rendered):
    result, out = rendered
    assert result.returncode == 0, result.stdout + result.stderr
    for folder in folders(out).values():
        manifest = load_manifest(folder)
        assert {n: e["status"] for n, e in manifest["notebooks"].items()} == dict.fromkeys(
            NOTEBOOKS, "ok"
        )
        for name in NOTEBOOKS:
            for suffix in (".html", ".ipynb"):
                assert (folder / f"{name}{suffix}").is_file()
        assert (folder / "index.html").is_file()
    assert len(result.stdout.splitlines()) == 2 * 3 * len(NOTEBOOKS) + 1


def test_reports_are_self_contained_with_embedded_charts(rendered):
    _, out = rendered
    for path in pages(out):
        facts = read_page(path.read_text(encoding="utf-8"))
        assert facts.problems() == [], path
        stylesheets = [a.get("href", "") for tag, a in facts.tags if tag == "link"]
        assert stylesheets == [], path
    for folder in folders(out).values():
        page = read_page((folder / "01-tokenise.html").read_text(encoding="utf-8"))
        images = page.images()
        assert images and all(image.startswith(PNG_MAGIC) for image in images)


def test_no_paths_of_this_machine(rendered):
    _, out = rendered
    for path in [*pages(out), *out.rglob("*.ipynb")]:
        text = path.read_text(encoding="utf-8")
        for machine_path in (str(config.PROJECT_ROOT), str(out), str(Path.home()) + "/"):
            assert machine_path not in text, (path, machine_path)


def test_footer_names_article_commit_and_pinned_date(rendered):
    _, out = rendered
    head = subprocess.run(
        ["git", "-C", str(config.PROJECT_ROOT), "rev-parse", "HEAD"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    seed = folders(out)[article_id(SEED_ARTICLE)]
    for name in NOTEBOOKS:
        page = (seed / f"{name}.html").read_text(encoding="utf-8")
        footer = " ".join(read_page(page[page.index("<footer") :]).text.split())
        assert footer.startswith(
            f"Article: seeds/iran-russia-ballistic-missiles.txt · Notebook: {name} · commit "
        )
        assert footer.endswith(f"Made {PINNED_DATE}")
        assert COMMIT.search(footer).group(0)[7:19] in (head[:12], "")


def test_overview_lists_every_article_and_links_resolve(rendered):
    _, out = rendered
    index = read_page((out / "index.html").read_text(encoding="utf-8"))
    assert index.problems() == []
    text = " ".join(index.text.split())
    assert "Iran May Provide Russia With Ballistic Missiles for Use in Ukraine" in text
    assert "North Korea Sent Russia Ballistic Missiles and Millions of Shells" in text
    assert "Top words:" in text and PINNED_DATE in text
    for page in [out / "index.html", *(f / "index.html" for f in folders(out).values())]:
        for href in read_page(page.read_text(encoding="utf-8")).attributes("href"):
            assert (page.parent / unquote(href)).is_file(), (page, href)


def test_hostile_article_stays_text_in_every_report(rendered):
    _, out = rendered
    folder = folders(out)[article_id(HOSTILE)]
    for path in folder.glob("*.html"):
        facts = read_page(path.read_text(encoding="utf-8"))
        assert facts.problems() == [], path
        assert "__article_script_ran" not in "".join(
            value for _, attrs in facts.tags for value in attrs.values()
        )
    headline = '<script>window.__article_script_ran = "headline"</script>'
    index = read_page((folder / "index.html").read_text(encoding="utf-8"))
    assert headline in index.text
    assert headline in read_page((folder / "01-tokenise.html").read_text("utf-8")).text


def test_every_kind_of_markup_shows_as_text(tmp_path):
    result = run(
        str(fixture_path(HOSTILE)),
        "--notebooks",
        str(fixture_path("notebooks/shows_markup.ipynb")),
        "--out",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / article_id(HOSTILE) / "shows_markup.html").read_text(encoding="utf-8")
    facts = read_page(page)
    assert facts.problems() == []
    for markup in (
        '<script>window.__article_script_ran = "headline"</script>',
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "<!-- comment -->",
        "$x^2$",
        "$$y$$",
        "\\begin{equation} E = mc^2 \\end{equation}",
        "*stars*",
        "`backticks`",
        "# hash",
        "{{ template }}",
        '</td></tr></table><script>window.__article_script_ran = "table"</script>',
        "$1.2 billion & rising < 2%",
    ):
        # shown by show_text, by a highlighted HTML table, by a DataFrame and by print
        assert facts.text.count(markup) >= 4, markup


def test_unchanged_rerun_skips_everything(rendered):
    _, out = rendered
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    result = run(str(SEED_ARTICLE), "--out", str(out))
    assert result.returncode == 0
    assert result.stdout.count(": skipped (up to date)\n") == len(NOTEBOOKS)
    changed = [p for p in out.rglob("*") if p.is_file() and before.get(p) != p.stat().st_mtime_ns]
    assert sorted(p.name for p in changed) == ["index.html"] * (1 + 3)  # overviews only


def test_changes_rerun_exactly_what_they_affect_and_give_the_same_bytes(rendered):
    """A lexicon edit re-runs the notebooks that read it; an environment change
    re-runs the rest; the same inputs then give the same bytes."""
    _, out = rendered
    folder = folders(out)[article_id(SEED_ARTICLE)]
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix in (".csv", ".html")}
    manifest = load_manifest(folder)
    readers = sorted(
        name
        for name, entry in manifest["notebooks"].items()
        if "data/actors.csv" in entry["inputs"]["files"]
    )
    assert readers and "01-tokenise" not in readers
    expected = {}
    for name, entry in manifest["notebooks"].items():
        if name in readers:  # as if data/actors.csv had been edited since
            entry["inputs"]["files"]["data/actors.csv"] = "0" * 64
            expected[name] = "running (data/actors.csv changed)"
        else:  # as if a package had been upgraded since
            entry["inputs"]["environment"] = "0" * 64
            expected[name] = "running (environment changed)"
    save_manifest(folder, manifest)
    result = run(str(SEED_ARTICLE), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    started = {
        line.split("/", 1)[1].split(": ", 1)[0]: line.split(": ", 1)[1]
        for line in result.stdout.splitlines()
        if ": running (" in line
    }
    assert started == expected
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix in (".csv", ".html")}
    assert sorted(after) == sorted(before) and any(n.endswith(".csv") for n in after)
    for name in sorted(before):
        old, new = before[name], after[name]
        if name.endswith(".html"):  # a commit may land between the runs
            old, new = (COMMIT.sub("COMMIT", b.decode()).encode() for b in (old, new))
        assert old == new, name


def test_papermill_by_hand_gives_the_same_notebook(rendered, tmp_path):
    _, out = rendered
    article = fixture_path(SECOND)
    by_hand = tmp_path / "by-hand.ipynb"
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("papermill")),
            str(config.NOTEBOOKS_DIR / "01-tokenise.ipynb"),
            str(by_hand),
            "-p",
            "article",
            str(article),
            "--no-progress-bar",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # not the project: paths resolve through the package
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    hand = nbformat.read(by_hand, as_version=4)
    runner = nbformat.read(folders(out)[article_id(SECOND)] / "01-tokenise.ipynb", as_version=4)
    assert [c.cell_type for c in hand.cells] == [c.cell_type for c in runner.cells]
    assert [c.metadata.get("tags") for c in hand.cells] == [
        c.metadata.get("tags") for c in runner.cells
    ]
    for mine, theirs in zip(runner.cells, hand.cells, strict=True):
        if "injected-parameters" in mine.metadata.get("tags", []):
            continue
        assert mine.source == theirs.source
        assert outputs_of(mine) == outputs_of(theirs)
    assert set(runner.metadata.papermill) == set(hand.metadata.papermill)


def outputs_of(cell) -> list:
    """The text a reader sees of a cell's outputs (images by kind only)."""
    shown = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        shown.append(
            (
                output["output_type"],
                output.get("text", ""),
                data.get("text/html", ""),
                sorted(data),
            )
        )
    return shown
