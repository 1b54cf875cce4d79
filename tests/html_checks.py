"""What a rendered page holds, read with the standard library's HTML parser.

``read_page(text)`` returns a ``PageFacts``: every tag with its attributes,
the visible text, and ``problems()``: one line per thing an offline,
report must not have (a script element other than the project's own
table script, an event-handler attribute, a ``javascript:`` URL, anything
fetched from another host, an unclosed document).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from html.parser import HTMLParser

from analysis.runner.overview import TABLE_SCRIPT

# Attributes that load or link something.
URL_ATTRIBUTES = ("src", "href", "action", "formaction", "data", "poster")
# Elements after which a reader sees a break between words.
BLOCK_ELEMENTS = ("p", "div", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "pre", "table")
# Elements that would run code or pull in another page.
LIVE_ELEMENTS = ("script", "iframe", "frame", "object", "embed", "base")


@dataclass
class PageFacts:
    """Tags, attributes and text of one page (blocks separated by spaces)."""

    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    text: str = ""
    ends_with_html: bool = False
    scripts: list[str] = field(default_factory=list)  # the text of each <script>

    def attributes(self, name: str) -> list[str]:
        """Every value of an attribute, in document order."""
        return [attrs[name] for _, attrs in self.tags if name in attrs]

    def images(self) -> list[bytes]:
        """The decoded bytes of every embedded (data: URI) image."""
        found = []
        for tag, attrs in self.tags:
            src = attrs.get("src", "")
            if tag == "img" and src.startswith("data:image/") and ";base64," in src:
                found.append(base64.b64decode(src.split(";base64,", 1)[1]))
        return found

    def problems(self) -> list[str]:
        """Why this page is not a safe, self-contained offline report."""
        found = []
        scripts = iter(self.scripts)
        for tag, attrs in self.tags:
            own = (
                tag == "script" and not attrs and next(scripts, "").strip() == TABLE_SCRIPT.strip()
            )
            if tag in LIVE_ELEMENTS and not own:
                found.append(f"<{tag}> element")
            if tag == "link" and attrs.get("href"):
                found.append(f"<link href={attrs['href'][:60]}>")
            for name, value in attrs.items():
                if name.startswith("on"):
                    found.append(f"<{tag} {name}=...>")
                lowered = (value or "").strip().lower()
                if name in URL_ATTRIBUTES and lowered.startswith("javascript:"):
                    found.append(f"<{tag} {name}=javascript:...>")
                if name in URL_ATTRIBUTES and "://" in lowered.split("#")[0]:
                    found.append(f"<{tag} {name}={value[:60]}> leaves the file")
        if not self.ends_with_html:
            found.append("the page does not end with </html> (truncated?)")
        return found


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._skip = 0
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.facts.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag == "script":
            self.facts.scripts.append("")
        if tag in ("style", "script"):
            self._skip += 1
        if tag in BLOCK_ELEMENTS:
            self._text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script") and self._skip:
            self._skip -= 1
        if tag in BLOCK_ELEMENTS:
            self._text.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self._text.append(data)
        elif self.facts.tags and self.facts.tags[-1][0] == "script":
            self.facts.scripts[-1] += data


def read_page(text: str) -> PageFacts:
    """Parse one HTML page."""
    collector = _Collector()
    collector.feed(text)
    collector.close()
    collector.facts.text = "".join(collector._text)
    collector.facts.ends_with_html = text.rstrip().endswith("</html>")
    return collector.facts
