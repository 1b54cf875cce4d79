"""Web addresses: a file of URLs, each fetched politely and read as a page.

``PageFetcher`` is a small polite HTTP client (requests with requests-cache):

- a user agent that names the project;
- a timeout on every request and retries with back-off on connection
  errors and on 429/5xx answers (``Retry-After`` is honoured);
- at most one request per ``min_interval`` seconds to the same host;
- an on-disk cache of every answer, kept until removed, so a second run on
  the same list fetches nothing (``fetched`` counts real requests).

A page that cannot be fetched, or whose answer is not a page or text,
raises ``SourceError`` naming the address.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from analysis.errors import SourceError
from analysis.sources.record import SourcedArticle, SourceProblem, make_sourced

__all__ = ["PageFetcher", "read_url_list", "url_lines"]

USER_AGENT = "news-article-analysis/0.1 (corpus reader; +https://pypi.org/project/trafilatura/)"
TIMEOUT = (5.0, 30.0)  # seconds to connect, seconds between bytes
RETRIES = 3
BACKOFF = 0.5  # seconds, doubled after each retry
RETRY_STATUSES = (429, 500, 502, 503, 504)


class PageFetcher:
    """Fetches pages politely, with an on-disk cache in ``cache_dir``."""

    def __init__(
        self,
        cache_dir: str | Path | None,
        min_interval: float = 1.0,
        timeout: tuple[float, float] = TIMEOUT,
        retries: int = RETRIES,
    ):
        import requests_cache
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        if cache_dir is None:
            self.session = requests_cache.CachedSession(backend="memory", expire_after=-1)
        else:
            Path(cache_dir).mkdir(parents=True, exist_ok=True)
            self.session = requests_cache.CachedSession(
                str(Path(cache_dir) / "pages"),
                backend="filesystem",
                expire_after=-1,  # an archived article does not change: keep it
                allowable_codes=(200,),
                stale_if_error=True,
            )
        retry = Retry(
            total=retries,
            backoff_factor=BACKOFF,
            status_forcelist=RETRY_STATUSES,
            respect_retry_after_header=True,
            allowed_methods=("GET",),
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = USER_AGENT
        self.min_interval = min_interval
        self.timeout = timeout
        self.fetched = 0  # requests that went to the network
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def fetch(self, url: str) -> tuple[bytes, str, str]:
        """``(body, content type, final url)`` of ``url``; ``SourceError`` if it fails."""
        import requests

        if not self.session.cache.contains(url=url):
            self._wait_turn(urlsplit(url).hostname or "")
        try:
            response = self.session.get(url, timeout=self.timeout)
        except requests.RequestException as exc:
            raise SourceError(url, f"could not be fetched ({type(exc).__name__}: {exc})") from None
        if not getattr(response, "from_cache", False):
            self.fetched += 1
        if response.status_code != 200:
            raise SourceError(url, f"could not be fetched (HTTP {response.status_code})")
        return response.content, response.headers.get("Content-Type", ""), response.url

    def read(self, url: str) -> SourcedArticle:
        """Fetch ``url`` and read it as an HTML page or a plain-text article."""
        body, content_type, final = self.fetch(url)
        kind = content_type.split(";")[0].strip().lower()
        if kind in ("text/html", "application/xhtml+xml", ""):
            from analysis.sources.html import article_from_html

            return article_from_html(body, url, url=final, name=url)
        if kind == "text/plain":
            try:
                text = body.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise SourceError(url, "is plain text but not UTF-8") from None
            return make_sourced(text, url, name=url, url=final)
        raise SourceError(url, f"is {kind}, not a web page or plain text")

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            wait = self._last.get(host, -1e9) + self.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()

    def close(self) -> None:
        """Close the session and its cache."""
        self.session.close()


def url_lines(path: Path) -> Iterator[tuple[int, str]]:
    """``(line number, url)`` of each address in a URL list file.

    Blank lines and ``#`` comments are skipped.
    """
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise SourceError(path, f"cannot be read ({exc.strerror or exc})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            url = line.strip()
            if url and not url.startswith("#"):
                yield number, url


def read_url_list(path: Path, fetcher: PageFetcher) -> Iterator[SourcedArticle | SourceProblem]:
    """Yield the article (or the problem) of each address in a URL list."""
    for number, url in url_lines(path):
        if not url.startswith(("http://", "https://")):
            yield SourceProblem(f"{path}#line {number}", f"{url!r} is not a web address")
            continue
        try:
            yield fetcher.read(url)
        except SourceError as exc:
            yield SourceProblem(url, exc.problem)
