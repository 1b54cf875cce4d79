"""Article loading: a text file becomes an ``Article`` with sections.

The text is decoded as UTF-8 (a byte-order mark is dropped) and line endings
are normalised to ``\\n``, Roman-numeral characters to letters ("Ⅱ" is "II"); every
offset elsewhere in the package points into ``Article.text``. Paragraphs are classified
into sections so that every later count can be split by where it occurs:

- ``headline``: the first non-empty line;
- ``duplicate``: the headline repeated right after itself (counted nowhere);
- ``caption``: a photo caption ending in a bracketed credit
  (``... (Drew Angerer/Getty Images)``) or starting ``Photo:``;
- ``subheading``: a short line without closing punctuation inside the body;
- ``credit``: a closing line such as "The Associated Press contributed to this
  report." or "Reporting by ...", or a byline ("By Jane Doe") near the top;
- ``body``: everything else.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import ArticleError

MAX_BYTES = 5 * 1024 * 1024
# Other line breaks become "\n" (same length, so offsets are unchanged).
LINE_BREAKS = str.maketrans({"\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_OTHER_LINE_BREAK = re.compile("[\v\f\x85\u2028\u2029]")
#: Roman-numeral characters read as the letters they stand for: "Cheongung-\u2161" is "-II".
ROMAN_NUMERALS = str.maketrans(
    {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2160, 0x2180)}
)
_ROMAN_NUMERAL = re.compile("[\u2160-\u217f]")
# Control characters (Unicode category Cc) other than "\n" and "\t".
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

SECTION_KINDS = ("headline", "duplicate", "caption", "subheading", "body", "credit")
#: Sections that hold the article's own words, in reading order of importance.
COUNTED_SECTIONS = ("headline", "caption", "subheading", "body", "credit")

# A caption ends with a photo credit in brackets: "(Name/Agency)", "[AP Photo]".
CAPTION_CREDIT_PATTERNS = [
    re.compile(r"[(\[][^()\[\]]*/[^()\[\]]*[)\]]\s*$"),
    re.compile(
        r"[(\[][^()\[\]]*\b(?:Photo|Photos|Images|Getty|Reuters|AFP|AP|EPA|"
        r"Pool|via|Courtesy|Handout|File)\b[^()\[\]]*[)\]]\s*$"
    ),
    re.compile(r"^\s*(?:Photo|Image|Picture|Caption)\s*[:|]", re.IGNORECASE),
]

# A credit line closes an article and names who reported or contributed.
CREDIT_PATTERNS = [
    re.compile(r"\bcontributed (?:reporting )?to this (?:report|article|story)\b", re.I),
    re.compile(r"\bcontributed reporting\b", re.I),
    re.compile(r"^\s*(?:Additional )?(?:Reporting|Writing|Editing) by\b", re.I),
    re.compile(r"^\s*\(?(?:Reporting|Editing) by\b.*\)?\s*$", re.I),
]

# A byline near the top names the reporters: "By Jane Doe and John Roe".
BYLINE_PATTERN = re.compile(
    r"^\s*By\s+[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|&|,))*(?:\s*[,|]\s*[\w .’'-]+)?\s*$"
)
BYLINE_MAX_INDEX = 4  # a byline is one of the first paragraphs
BYLINE_MAX_CHARS = 120

SUBHEADING_MAX_WORDS = 10
ID_MAX_CHARS = 80
SUBHEADING_MAX_CHARS = 90
_CLOSING_PUNCT = tuple(".!?:;,\"'”’…)]")


@dataclass(frozen=True)
class Section:
    """One paragraph of the article, with its kind and offsets."""

    kind: str
    start: int
    end: int
    text: str
    heading: str = ""  # the subheading this paragraph falls under, if any


@dataclass
class Article:
    """A loaded article: its id, text and sections."""

    id: str
    path: Path
    text: str
    sections: list[Section] = field(default_factory=list)
    sha256: str = ""
    #: Where it was published, when known: date, outlet, url, source (set by
    #: the runner for articles read from web pages, tables or URL lists).
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def headline(self) -> str:
        """The headline text (empty if the article has none)."""
        return next((s.text for s in self.sections if s.kind == "headline"), "")

    def section_at(self, offset: int) -> Section | None:
        """Return the section holding character ``offset``, if any."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def counted_sections(self) -> list[Section]:
        """Sections whose words count (the duplicate headline is left out)."""
        return [s for s in self.sections if s.kind in COUNTED_SECTIONS]


def load_article(path: str | Path) -> Article:
    """Read an article file and split it into sections.

    Raises ``ArticleError`` naming the file and the problem when the path is
    missing, a directory, too large (over 5 MB), binary, not UTF-8, empty or
    whitespace only.
    """
    path = Path(path)
    data = read_article_bytes(path)
    text = decode_article_text(path, data)
    return Article(
        id=article_id(path),
        path=path,
        text=text,
        sections=split_sections(text),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def article_from_text(text: str, article_id: str = "text") -> Article:
    """Build an ``Article`` from a string, with the same sections as a file.

    Line endings are normalised and a leading byte-order mark dropped, as for
    a file; ``Article.path`` is ``Path(article_id)``.

    >>> art = article_from_text("Title\\r\\n\\r\\nIt rained. (J. Doe/AP)\\r\\n")
    >>> [(s.kind, s.text) for s in art.sections]
    [('headline', 'Title'), ('caption', 'It rained. (J. Doe/AP)')]
    """
    path = Path(article_id)
    text = normalise_text(path, str(text).removeprefix("\ufeff"))
    return Article(
        id=article_id,
        path=path,
        text=text,
        sections=split_sections(text),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def read_article_bytes(path: Path) -> bytes:
    """Return the file's bytes, or raise ``ArticleError`` saying why not."""
    try:
        exists, is_dir, is_file = path.exists(), path.is_dir(), path.is_file()
    except (OSError, ValueError) as exc:
        raise ArticleError(path, f"is not a usable file path ({exc})") from None
    if not exists:
        raise ArticleError(path, "no such file")
    if is_dir:
        raise ArticleError(path, "is a directory, not an article file")
    if not is_file:
        raise ArticleError(path, "is not a regular file (a device, socket or pipe?)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(path, f"{_too_large(size)}")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ArticleError(path, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return (
        f"is too large to be a news article ({size / 1024 / 1024:.1f} MB; "
        f"the limit is {MAX_BYTES // 1024 // 1024} MB)"
    )


def decode_article_text(path: Path, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) and normalise line endings.

    >>> decode_article_text(Path("a.txt"), b"\\xef\\xbb\\xbfTitle\\r\\n\\r\\nBody.\\r\\n")
    'Title\\n\\nBody.\\n'
    """
    if not data:
        raise ArticleError(path, "is empty (0 bytes): no text to analyse")
    if b"\x00" in data:
        raise ArticleError(path, "looks binary (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path,
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8",
        ) from None
    return normalise_text(path, text)


def normalise_text(path: Path, text: str) -> str:
    """Normalise line endings to ``\\n`` and Roman-numeral characters to letters; reject
    binary-looking or blank text.

    >>> normalise_text(Path("a.txt"), "One\\rTwo\\r\\nThree\\u2029")
    'One\\nTwo\\nThree\\n'
    >>> normalise_text(Path("a.txt"), "Kavo-\\u2162 and \\u216b")
    'Kavo-III and XII'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _OTHER_LINE_BREAK.search(text):
        text = text.translate(LINE_BREAKS)
    if _ROMAN_NUMERAL.search(text):
        text = text.translate(ROMAN_NUMERALS)
    controls = _CONTROL.subn("", text)[1]
    if controls > max(8, len(text) // 100):
        raise ArticleError(path, "looks binary (many control characters), not a text article")
    if not text.strip():
        raise ArticleError(path, "has no text (only whitespace)")
    return text


def article_id(path: str | Path) -> str:
    """Return a stable, filesystem-safe id from the file name.

    >>> article_id("seeds/Iran May Provide Russia.txt")
    'iran-may-provide-russia'
    >>> article_id("../../etc/Ça va?.txt")
    'ca-va'
    >>> article_id("..")
    'article'
    >>> article_id("Новости.txt")[:8]  # nothing ASCII left: a hash of the name
    'article-'
    >>> article_id("a/Новости.txt") == article_id("b/Новости.md") != article_id("Известия.txt")
    True
    """
    name = Path(str(path)).name
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")
    digest = hashlib.sha256(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if len(slug) > ID_MAX_CHARS:
        return f"{slug[: ID_MAX_CHARS - 9].strip('-')}-{digest}"
    if not slug:
        return f"article-{digest}" if stem.strip(". ") else "article"
    return slug


def split_sections(text: str) -> list[Section]:
    """Classify each paragraph of ``text`` into a section kind.

    >>> [s.kind for s in split_sections("Title\\nTitle\\nA photo. (J. Doe/AP)\\n\\nBody text.\\n")]
    ['headline', 'duplicate', 'caption', 'body']
    """
    paragraphs = split_paragraphs(text)
    sections: list[Section] = []
    heading = ""
    headline_key = ""
    for index, (start, end) in enumerate(paragraphs):
        para = text[start:end]
        is_last = index == len(paragraphs) - 1
        if not sections:
            kind = "headline"
            headline_key = _normalise(para)
        elif len(sections) == 1 and _normalise(para) == headline_key:
            kind = "duplicate"
        elif is_caption(para):
            kind = "caption"
        elif _is_credit_at(para, index, len(paragraphs)):
            kind = "credit"
        elif not is_last and is_subheading(para) and _has_body_after(text, paragraphs, index):
            kind = "subheading"
            heading = para.strip()
        else:
            kind = "body"
        sections.append(Section(kind, start, end, para, heading if kind == "body" else ""))
    return sections


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each paragraph, trimmed of surrounding space.

    A paragraph is a line; consecutive lines are joined only when the text is
    hard-wrapped (a long line that does not end a sentence).

    >>> split_paragraphs("One.\\nTwo.\\n\\n  Three\\n")
    [(0, 4), (5, 9), (13, 18)]
    """
    spans: list[tuple[int, int]] = []
    wrapped = is_hard_wrapped(text)
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        line = match.group()
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        if trail <= lead:
            continue
        start, end = start + lead, start + trail
        if wrapped and len(spans) > 1 and _continues(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def is_hard_wrapped(text: str) -> bool:
    """True when the text is wrapped at a fixed width (no line over 100 chars
    and most lines stopping mid-sentence), so lines must be joined.

    >>> is_hard_wrapped("Title\\n" + "word " * 14 + "\\n" + "word " * 14 + "\\nend.\\n")
    True
    >>> is_hard_wrapped("Title\\nOne long paragraph per line.\\n")
    False
    """
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 3 or max(len(line) for line in lines) > 100:
        return False
    open_lines = sum(1 for line in lines if len(line) >= 60 and not line.endswith(_CLOSING_PUNCT))
    return open_lines * 3 >= len(lines)


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    """True when ``start`` is a hard-wrapped continuation of ``previous``."""
    between = text[previous[1] : start]
    if between.count("\n") != 1:
        return False
    last_line = text[previous[0] : previous[1]].rsplit("\n", 1)[-1]
    return len(last_line) >= 60 and not last_line.rstrip().endswith(_CLOSING_PUNCT)


def is_caption(paragraph: str) -> bool:
    """True for a photo caption with a credit in brackets.

    >>> is_caption("Troops march in Kyiv. (Jane Roe/Reuters)")
    True
    >>> is_caption("He said the deal (first reported in May) was done.")
    False
    """
    return any(p.search(paragraph) for p in CAPTION_CREDIT_PATTERNS)


def is_credit(paragraph: str) -> bool:
    """True for a closing credit line.

    >>> is_credit("The Associated Press contributed to this report.")
    True
    """
    return len(paragraph) < 300 and any(p.search(paragraph) for p in CREDIT_PATTERNS)


def is_byline(paragraph: str) -> bool:
    """True for a byline such as "By Jane Doe and John Roe".

    >>> is_byline("By Jane Doe and John Roe, Reuters")
    True
    >>> is_byline("By Tuesday the talks had failed.")
    False
    """
    return len(paragraph) <= BYLINE_MAX_CHARS and bool(BYLINE_PATTERN.match(paragraph))


def is_subheading(paragraph: str) -> bool:
    """True for a short title-like line without closing punctuation.

    >>> is_subheading("Chad-Sudan Military Partnership")
    True
    >>> is_subheading("He said so.")
    False
    """
    stripped = paragraph.strip()
    return (
        len(stripped) <= SUBHEADING_MAX_CHARS
        and len(stripped.split()) <= SUBHEADING_MAX_WORDS
        and not stripped.endswith(_CLOSING_PUNCT)
        and stripped[:1].isupper()
        and "\n" not in stripped
    )


def _is_credit_at(paragraph: str, index: int, count: int) -> bool:
    """A closing credit among the last three paragraphs, or a byline near the top."""
    closing = index >= count - 3 and is_credit(paragraph)
    return closing or (index <= BYLINE_MAX_INDEX and is_byline(paragraph))


def _has_body_after(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    start, end = paragraphs[index + 1]
    following = text[start:end]
    return not is_subheading(following) or len(following) > SUBHEADING_MAX_CHARS


def _normalise(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()
