"""Text files: a plain-text article, read as ``analysis.article`` reads it."""

from __future__ import annotations

from pathlib import Path

from analysis.sources.record import SourcedArticle
from analysis.text import load_article

__all__ = ["read_text_file"]


def read_text_file(path: Path, source: str = "") -> SourcedArticle:
    """Load a ``.txt`` article (``load_article``); the title is its headline.

    Raises ``ArticleError`` for a file that is empty, binary or not UTF-8.
    """
    article = load_article(path)
    return SourcedArticle(article=article, source=source or str(path), title=article.headline)
