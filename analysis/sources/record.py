"""Source records: an article with what is known about where it came from.

``SourcedArticle`` is an ``Article`` plus its metadata (title, date, outlet,
url, language) and ``source``, the one string that says where it was read
(a file, ``file#row 3``, a web address) and that keys it in a corpus.
``SourceProblem`` is an input that gave no article, and why; a collection
records it and goes on.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from analysis.text import Article, article_from_text

__all__ = [
    "SourceProblem",
    "SourcedArticle",
    "make_sourced",
    "normalise_date",
    "slug_id",
]

ID_MAX_CHARS = 80  # as analysis.text gives file ids
# Dates that are not ISO: "5 March 2024", "March 5, 2024", "05/03/2024" (day first).
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d/%m/%Y", "%Y/%m/%d")


@dataclass(frozen=True)
class SourcedArticle:
    """An article and its metadata; empty strings where nothing is known."""

    article: Article
    source: str  # where it was read: a path, "path#row 3", a URL
    title: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD
    outlet: str = ""
    url: str = ""
    language: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # other columns of a table row

    @property
    def id(self) -> str:
        """The article's id."""
        return self.article.id

    def metadata(self) -> dict[str, str]:
        """Title, date, outlet, url, language and source as one dict."""
        return {
            "title": self.title,
            "date": self.date,
            "outlet": self.outlet,
            "url": self.url,
            "language": self.language,
            "source": self.source,
        }


@dataclass(frozen=True)
class SourceProblem:
    """An input that gave no article: where, and the problem in words."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def make_sourced(text: str, source: str, name: str = "", **metadata: object) -> SourcedArticle:
    """Build a ``SourcedArticle`` from text and metadata.

    The article id is the slug of ``name`` (a file name, a title, an
    address); the text goes through ``article_from_text`` (line endings,
    sections). A missing title is the article's headline.

    >>> art = make_sourced("Tanks for Kyiv\\n\\nPoland sent tanks.", "a.csv#row 1",
    ...                    name="Tanks for Kyiv", date="5 March 2024")
    >>> art.id, art.title, art.date
    ('tanks-for-kyiv', 'Tanks for Kyiv', '2024-03-05')
    """
    article = article_from_text(text, slug_id(name or source))
    extra = metadata.pop("extra", None) or {}
    fields = {key: _clean(metadata.get(key)) for key in ("title", "outlet", "url", "language")}
    fields["title"] = fields["title"] or article.headline
    return SourcedArticle(
        article=article,
        source=source,
        date=normalise_date(metadata.get("date")),
        extra={str(k): _clean(v) for k, v in dict(extra).items()},
        **fields,
    )


def slug_id(name: str) -> str:
    """A readable id from a file name, a title or an address.

    >>> slug_id("https://news.example.org/world/2024/tanks-for-kyiv.html")
    'news-example-org-world-2024-tanks-for-kyiv'
    >>> slug_id("Tanks for Kyiv: what we know")
    'tanks-for-kyiv-what-we-know'
    """
    text = re.sub(r"^[a-z]+://", "", str(name).strip())
    text = re.sub(r"\.(?:html?|php|aspx?|txt)$", "", text)
    if "/" in text or "." in text.rsplit("/", 1)[-1][:-4]:
        text = re.sub(r"[/.?=&#]+", "-", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > ID_MAX_CHARS:
        digest = hashlib.sha256(str(name).encode("utf-8", "surrogatepass")).hexdigest()[:8]
        return f"{slug[: ID_MAX_CHARS - 9].strip('-')}-{digest}"
    if slug:
        return slug
    return f"article-{hashlib.sha256(str(name).encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def normalise_date(value: object) -> str:
    """An ISO date (``YYYY-MM-DD``) from a date, a timestamp or a written date;
    ``""`` when there is none or it cannot be read.

    >>> normalise_date("2024-03-05T10:00:00Z"), normalise_date("March 5, 2024")
    ('2024-03-05', '2024-03-05')
    >>> normalise_date("05/03/2024"), normalise_date("soon"), normalise_date(None)
    ('2024-03-05', '', '')
    """
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = " ".join(str(value).split())
    if not text or text.lower() in ("nan", "none", "null", "nat"):
        return ""
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return date(*map(int, iso.groups())).isoformat()
        except ValueError:
            return ""
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return ""


def _clean(value: object) -> str:
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return "" if text.lower() in ("nan", "none", "null") else text
