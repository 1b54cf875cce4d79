"""Overview pages: every article at a glance, escaped, offline."""

from __future__ import annotations

from html_checks import read_page

from analysis.runner.overview import render_article_page, render_index_page, write_overviews
from analysis.runner.provenance import save_manifest

HOSTILE = '<script>window.__article_script_ran = "overview"</script>'


def manifest(folder="drones", headline="Drones Hit the Port", **notebooks):
    return {
        "folder": folder,
        "article": {
            "id": folder,
            "file": "seeds/drones.txt",
            "sha256": "ab" * 32,
            "headline": headline,
        },
        "notebooks": notebooks
        or {
            "01-tokenise": {
                "status": "ok",
                "report": "01-tokenise.html",
                "notebook_file": "01-tokenise.ipynb",
                "tables": ["01-tokenise.top_words.csv"],
                "outputs": ["01-tokenise.html"],
                "findings": {"Top words": "port (3), drones (2)"},
                "made": "2024-03-01 09:05 UTC",
            },
            "02-actors": {
                "status": "ok",
                "report": "02-actors.html",
                "findings": {"Top actors": "Iran (12), Russia (10)"},
                "made": "2024-03-02 10:00 UTC",
            },
        },
    }


def test_index_lists_article_with_findings_and_links():
    page = render_index_page([manifest()], "commit abc · made 2024-03-02 10:00 UTC")
    facts = read_page(page)
    assert facts.problems() == []
    assert facts.attributes("href") == [
        "drones/index.html",
        "drones/01-tokenise.html",
        "drones/02-actors.html",
    ]
    text = " ".join(facts.text.split())
    assert "Drones Hit the Port seeds/drones.txt 2024-03-02 10:00 UTC ok (2)" in text
    assert "Top words: port (3), drones (2)" in text
    assert "Top actors: Iran (12), Russia (10)" in text
    assert text.endswith("commit abc · made 2024-03-02 10:00 UTC")


def test_article_text_is_escaped_everywhere():
    hostile = manifest(
        headline=HOSTILE,
        **{
            "01-tokenise": {
                "status": "ok",
                "findings": {"<b>Top</b>": "<img src=x onerror=alert(1)> $x^2$"},
                "made": "2024-03-01 09:05 UTC",
            }
        },
    )
    for page in (
        render_index_page([hostile], "footer"),
        render_article_page(hostile, "footer"),
    ):
        facts = read_page(page)
        assert facts.problems() == []
        assert "img" not in [tag for tag, _ in facts.tags]
        assert HOSTILE in facts.text
        assert "<img src=x onerror=alert(1)> $x^2$" in facts.text
        assert "&#36;x^2&#36;" in page  # dollars escaped too: no math typesetting


def test_failed_notebook_is_flagged_and_a_kept_report_is_explained():
    failed = manifest(
        **{
            "01-tokenise": {
                "status": "failed",
                "error": "ValueError: bad (cell [4])",
                "report": "01-tokenise.html",
                "failed_report": "01-tokenise.failed.html",
                "made": "2024-03-01 09:05 UTC",
            }
        }
    )
    index_text = " ".join(read_page(render_index_page([failed], "f")).text.split())
    assert "FAILED: 01-tokenise" in index_text
    page = render_article_page(failed, "f")
    text = " ".join(read_page(page).text.split())
    assert "FAILED ValueError: bad (cell [4]) This run failed;" in text
    assert "the report shown is the last good one, made 2024-03-01 09:05 UTC" in text
    assert 'href="01-tokenise.failed.html"' in page
    assert 'href="01-tokenise.html"' in page


def test_links_to_odd_file_names_are_quoted():
    odd = manifest(**{'03 money "split"': {"status": "ok", "made": "2024-03-01 09:05 UTC"}})
    page = render_article_page(odd, "f")
    assert 'href="03%20money%20%22split%22.html"' in page


def test_write_overviews_covers_every_article_folder(tmp_path):
    for folder, headline in (("b-article", "Beta"), ("a-article", "Alpha")):
        data = manifest(folder=folder, headline=headline)
        del data["folder"]
        save_manifest(tmp_path / folder, data)
    (tmp_path / "not-an-article").mkdir()
    written = write_overviews(tmp_path, "commit abc", "2024-03-02 10:00 UTC")
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        "a-article/index.html",
        "b-article/index.html",
        "index.html",
    ]
    index = read_page((tmp_path / "index.html").read_text(encoding="utf-8"))
    assert [h for h in index.attributes("href") if h.endswith("/index.html")] == [
        "a-article/index.html",
        "b-article/index.html",
    ]
    article_page = (tmp_path / "a-article" / "index.html").read_text(encoding="utf-8")
    assert "Article: seeds/drones.txt · commit abc · made 2024-03-02 10:00 UTC" in article_page


def test_empty_output_folder_gets_a_helpful_index(tmp_path):
    write_overviews(tmp_path, "commit abc", "2024-03-02 10:00 UTC")
    assert "No reports yet" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_every_split_of_an_article_is_listed_escaped():
    from analysis.runner.overview import findings_list

    notebooks = {
        "03-aid-split": {
            "status": "ok",
            "findings": {"Money splits": ["Of $5B, $3B is itemised", "Of <b>$2B</b>, all"]},
        }
    }
    assert findings_list(notebooks) == (
        '<ul class="findings"><li><b>Money splits:</b> <ul><li>Of &#36;5B, &#36;3B is itemised'
        "</li><li>Of &lt;b&gt;&#36;2B&lt;/b&gt;, all</li></ul></li></ul>"
    )


def test_the_list_of_articles_sorts_and_searches_with_the_reports_own_script():
    manifests = [manifest(folder=f"article-{n}", headline=f"Headline {n}") for n in range(12)]
    page = render_index_page(manifests, "footer")
    facts = read_page(page)
    assert facts.problems() == []  # its one script is the reports' table script
    tables = [attrs for tag, attrs in facts.tags if tag == "table"]
    assert tables == [{"class": "report-table"}]
    assert page.count("<script>") == 1
    # the sort buttons and search box are styled by the same rules as the reports'
    assert 'th[aria-sort="ascending"] .report-sort::after' in page
    assert ".report-table-tools input {" in page


def test_the_article_page_links_the_page_with_code():
    entry = manifest()["notebooks"]["01-tokenise"] | {"code_report": "01-tokenise.code.html"}
    page = render_article_page(manifest(**{"01-tokenise": entry}), "footer")
    assert "01-tokenise.code.html" in read_page(page).attributes("href")
