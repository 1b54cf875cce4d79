"""HTML pages: a saved web page becomes an article with its metadata.

The article text and the metadata (title, date, site name, canonical
address) are extracted by trafilatura, which finds the main text of a page
and leaves out menus, footers and comments; nothing here parses HTML by
hand. A page with too little text to be an article (a front page, a login
wall, an error page) raises ``SourceError``.
"""

from __future__ import annotations

from analysis.errors import SourceError
from analysis.sources.record import SourcedArticle, make_sourced

__all__ = ["MIN_ARTICLE_WORDS", "article_from_html"]

#: Fewer words than this in the extracted text is no article.
MIN_ARTICLE_WORDS = 25


def article_from_html(
    html: str | bytes, source: str, url: str = "", name: str = ""
) -> SourcedArticle:
    """Extract the article of one HTML page.

    ``source`` names the page in errors and in the corpus; ``url`` is where
    it was fetched from (the page's own canonical address wins when it has
    one); ``name`` gives the article id (default: the address or ``source``).
    The article text starts with the title as its headline.
    """
    import trafilatura  # imported here: it takes a while and only pages need it

    try:
        document = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError) as exc:  # trafilatura gives up on broken markup
        raise SourceError(source, f"is not an HTML page that can be read ({exc})") from None
    text = (getattr(document, "text", "") or "").strip()
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        raise SourceError(
            source,
            f"has no article text (only {words} words found in the page; "
            "is it a front page, a login page or an error page?)",
        )
    title = (getattr(document, "title", "") or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    address = getattr(document, "url", "") or url
    return make_sourced(
        text + "\n",
        source,
        name=name or address or source,
        title=title,
        date=getattr(document, "date", ""),
        outlet=getattr(document, "sitename", "") or getattr(document, "hostname", ""),
        url=address,
        language=page_language(html) or (getattr(document, "language", "") or ""),
    )


def page_language(html: str | bytes) -> str:
    """The language the page declares (``<html lang="en-GB">`` -> ``en``).

    >>> page_language('<html lang="en-GB"><body>x</body></html>')
    'en'
    >>> page_language("<p>no declaration</p>")
    ''
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return ""
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    lang = (root.get("lang") or root.get(xml_lang) or "").strip()
    return lang.split("-")[0].split("_")[0].lower()
