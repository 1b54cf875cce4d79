"""The per-article run takes any input the sources read, and shows where and
when each article was published."""

from __future__ import annotations

from conftest import SEED_ARTICLE, fixture_path
from html_checks import read_page

from analysis.runner.export import Footer, export_html
from analysis.runner.inputs import read_run_inputs, write_article_texts
from analysis.runner.overview import render_article_page, render_index_page
from analysis.runner.publish import article_record
from analysis.runner.run import load_articles


def test_text_file_is_read_as_before(tmp_path):
    (article,) = read_run_inputs(SEED_ARTICLE, tmp_path / "out")
    assert article.path == SEED_ARTICLE and article.metadata == {}
    assert not (tmp_path / "out").exists()


def test_saved_page_becomes_a_text_file_written_only_when_asked(tmp_path):
    page = fixture_path("sources/saved_page.html")
    (article,) = read_run_inputs(page, tmp_path / "out")
    assert article.path == tmp_path / "out" / "saved-page" / "article.txt"
    assert not article.path.exists()  # nothing written while inputs are checked
    assert article.metadata["date"] == "2024-05-14"
    assert article.metadata["outlet"] == "The Example Courier"
    write_article_texts([article])
    assert article.path.read_text(encoding="utf-8") == article.text
    assert article.text.startswith("Norway to send air defence systems to Ukraine\n")


def test_a_table_gives_one_article_per_row_and_a_folder_its_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("First\n\nPoland bought tanks.\n", encoding="utf-8")
    (folder / "rows.csv").write_text(
        "title,date,text\nTwo,2024-01-02,Turkey sold drones.\nThree,2024-01-03,Iran denied it.\n",
        encoding="utf-8",
    )
    articles = load_articles([str(folder)], tmp_path / "out")
    assert [a.headline for a in articles] == ["First", "Two", "Three"]
    assert [a.metadata.get("date", "") for a in articles] == ["", "2024-01-02", "2024-01-03"]


def test_manifest_record_keeps_date_outlet_url_and_source():
    (article,) = read_run_inputs(fixture_path("sources/saved_page.html"), fixture_path("sources"))
    record = article_record(article)
    assert record["date"] == "2024-05-14" and record["outlet"] == "The Example Courier"
    assert record["url"] == "https://courier.example.org/world/norway-air-defence"
    assert record["file"].endswith("saved_page.html")


def overview_manifest(folder, headline, date=""):
    article = {"id": folder, "file": f"{folder}.html", "headline": headline}
    if date:
        article |= {"date": date, "outlet": "Wire A", "url": f"https://a.example/{folder}"}
    return {"folder": folder, "article": article, "notebooks": {}}


def test_overview_shows_date_and_outlet_newest_first_undated_last(tmp_path):
    from analysis.runner.overview import read_manifests
    from analysis.runner.provenance import save_manifest

    for folder, headline, date in [
        ("a", "Alpha", ""),
        ("b", "Bravo", "2024-01-05"),
        ("c", "Charlie", "2024-03-01"),
    ]:
        manifest = overview_manifest(folder, headline, date)
        save_manifest(tmp_path / folder, {"article": manifest["article"], "notebooks": {}})
    manifests = read_manifests(tmp_path)
    assert [m["article"]["headline"] for m in manifests] == ["Charlie", "Bravo", "Alpha"]
    text = " ".join(read_page(render_index_page(manifests, "footer")).text.split())
    assert "Charlie 2024-03-01 Wire A" in text and "Bravo 2024-01-05 Wire A" in text


def test_article_page_and_report_header_show_where_it_was_published():
    manifest = overview_manifest("c", "Charlie", "2024-03-01")
    facts = read_page(render_article_page(manifest, "footer"))
    assert "Published 2024-03-01 · Wire A · https://a.example/c" in " ".join(facts.text.split())
    assert "https://a.example/c" in facts.attributes("href")
    import nbformat

    footer = Footer("c.html", "01-tokenise", "commit abc", "2024-03-02", "", "Published 2024")
    page = export_html(nbformat.v4.new_notebook(), title="t", footer=footer)
    assert '<p class="report-published">Published 2024</p>' in page
