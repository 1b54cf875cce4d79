"""Sources: every kind of input gives articles with metadata, or one clear problem."""

from __future__ import annotations

import http.server
import threading
from functools import partial

import pytest
from conftest import SEED_ARTICLE, fixture_path

from analysis.errors import SourceError
from analysis.sources import (
    PageFetcher,
    SourcedArticle,
    SourceProblem,
    TableColumns,
    read_source,
    read_sources,
)


def test_saved_page_gives_text_and_metadata():
    art = read_source(fixture_path("sources/saved_page.html"))
    assert art.title == "Norway to send air defence systems to Ukraine"
    assert art.date == "2024-05-14"
    assert art.outlet == "The Example Courier"
    assert art.url == "https://courier.example.org/world/norway-air-defence"
    assert art.language == "en"
    assert art.article.headline == "Norway to send air defence systems to Ukraine"
    assert "$300 million in military aid" in art.article.text
    # menus and footers are not article text
    assert "Sport" not in art.article.text and "Copyright" not in art.article.text
    assert "href" not in art.article.text


def test_page_without_article_is_one_clear_error():
    with pytest.raises(SourceError) as caught:
        read_source(fixture_path("sources/front_page.html"))
    assert "front_page.html" in str(caught.value)
    assert "has no article text" in str(caught.value)


def test_pdf_is_refused_by_its_bytes_even_when_named_txt(tmp_path):
    disguised = tmp_path / "report.txt"
    disguised.write_bytes(fixture_path("sources/report.pdf").read_bytes())
    for path in (fixture_path("sources/report.pdf"), disguised):
        with pytest.raises(SourceError, match="is a PDF document"):
            read_source(path)


def test_text_file_reads_as_before():
    art = read_source(SEED_ARTICLE)
    assert art.article.text == SEED_ARTICLE.read_text(encoding="utf-8")
    assert art.title == art.article.headline and art.date == ""


def test_csv_rows_are_articles_with_metadata_and_a_problem_for_the_empty_row():
    items = list(read_sources([fixture_path("sources/articles.csv")]))
    articles = [i for i in items if isinstance(i, SourcedArticle)]
    problems = [i for i in items if isinstance(i, SourceProblem)]
    assert [a.title for a in articles] == [
        "Poland signs tank deal with South Korea",
        "Germany pledges aid to Ukraine",
    ]
    assert [a.date for a in articles] == ["2024-02-01", "2024-03-05"]
    assert articles[1].outlet == "The Example Courier"
    assert articles[1].url == "https://courier.example.org/2"
    assert articles[1].extra == {"section": "europe"}
    # the title is the headline, the body follows it
    assert articles[0].article.headline == "Poland signs tank deal with South Korea"
    assert articles[0].article.text.endswith("officials said on Thursday.")
    assert len(problems) == 1 and problems[0].source.endswith("articles.csv#row 3")


def test_jsonl_rows_and_a_broken_line():
    items = list(read_sources([fixture_path("sources/articles.jsonl")]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["SourcedArticle", "SourceProblem", "SourcedArticle"]
    assert items[0].extra == {"author": "A. Writer"}
    assert "is not JSON" in items[1].problem and items[1].source.endswith("#row 2")
    assert items[2].outlet == "The Example Courier" and items[2].url == ""


def test_text_column_can_be_named(tmp_path):
    table = tmp_path / "export.csv"
    table.write_text("name,story\nA tank deal,Poland bought tanks from Korea.\n", encoding="utf-8")
    (item,) = read_sources([table], columns=TableColumns(text="story", title="name"))
    assert item.title == "A tank deal" and "Poland bought tanks" in item.article.text


def test_csv_without_text_column_is_recorded_and_the_rest_goes_on(tmp_path):
    items = list(
        read_sources([fixture_path("sources/no_text_column.csv"), fixture_path("sources")])
    )
    first = items[0]
    assert isinstance(first, SourceProblem)
    assert "has no text column" in first.problem and "headline, published" in first.problem
    sources = {i.source.rsplit("/", 1)[-1] for i in items if isinstance(i, SourceProblem)}
    assert {"front_page.html", "report.pdf", "no_text_column.csv"} <= sources
    titles = {i.title for i in items if isinstance(i, SourcedArticle)}
    assert "Norway to send air defence systems to Ukraine" in titles
    assert "Turkey to sell drones to Poland" in titles


def test_folder_is_read_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second\n\nBody two.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First\n\nBody one.\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNo.\n", encoding="utf-8")
    assert [i.title for i in read_sources([tmp_path])] == ["First", "Second"]


def test_sources_are_read_lazily(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Title {n}\n\nBody.\n", encoding="utf-8")
    stream = read_sources([tmp_path])
    assert next(stream).title == "Title 0"  # nothing else needed to be read yet
    (tmp_path / "2.txt").write_text("Changed\n\nBody.\n", encoding="utf-8")
    assert [i.title for i in stream] == ["Title 1", "Changed"]


class _Pages(http.server.BaseHTTPRequestHandler):
    """A local web server: /page is an article, /missing 404, /flaky fails once."""

    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).requests.append(self.path)
        if self.path == "/flaky" and type(self).requests.count("/flaky") == 1:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        if self.path in ("/page", "/flaky"):
            body = fixture_path("sources/saved_page.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    _Pages.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_list_is_fetched_once_then_read_from_the_cache(tmp_path, local_server):
    links = tmp_path / "links.urls"
    links.write_text(
        f"# my sources\n{local_server}/page\n{local_server}/missing\n{local_server}/flaky\n",
        encoding="utf-8",
    )
    fetcher = partial(PageFetcher, tmp_path / "cache", min_interval=0, timeout=(2, 5))
    first = fetcher()
    items = list(read_sources([links], fetcher=first))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["SourcedArticle", "SourceProblem", "SourcedArticle"]
    assert items[0].title == "Norway to send air defence systems to Ukraine"
    assert "HTTP 404" in items[1].problem and items[1].source.endswith("/missing")
    assert _Pages.requests.count("/flaky") == 2  # one retry after the 503
    first.close()
    asked = len(_Pages.requests)
    second = fetcher()
    again = list(read_sources([links], fetcher=second))
    assert [i.title for i in again if isinstance(i, SourcedArticle)] == [items[0].title] * 2
    # the two pages come from the disk cache; only the missing page is asked again
    assert _Pages.requests[asked:] == ["/missing"]
    second.close()


def test_fetcher_sends_a_user_agent(tmp_path, local_server):
    seen = {}

    class Recording(_Pages):
        def do_GET(self):  # noqa: N802
            seen["agent"] = self.headers.get("User-Agent")
            super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recording)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        fetcher = PageFetcher(None, min_interval=0)
        fetcher.read(f"http://127.0.0.1:{server.server_address[1]}/page")
    finally:
        server.shutdown()
        server.server_close()
    assert seen["agent"].startswith("news-article-analysis/")
