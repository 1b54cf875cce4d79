"""Formats: which reader an input file needs, from its name and first bytes.

Formats that hold no plain text this package can read (PDF, Word, other
office files, archives, images) are named, so the error can say what to do.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HTML_SUFFIXES", "REFUSED", "TABLE_SUFFIXES", "URL_LIST_SUFFIXES", "detect_format"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv")
URL_LIST_SUFFIXES = (".urls",)
#: Suffix -> what the file is, for formats that hold no readable article text.
REFUSED = {
    ".pdf": "a PDF document",
    ".docx": "a Word document",
    ".doc": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a rich-text document",
    ".xlsx": "an Excel workbook",
    ".xls": "an Excel workbook",
    ".pptx": "a PowerPoint file",
    ".zip": "a zip archive",
    ".gz": "a compressed file",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".epub": "an e-book",
}
#: First bytes -> what the file is, whatever its name.
MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (Word, Excel and OpenDocument files are zip archives)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")


def detect_format(path: Path, head: bytes) -> tuple[str, str]:
    """``(format, what)`` of a file from its suffix and first bytes.

    Formats: ``html``, ``jsonl``, ``csv``, ``tsv``, ``urls``, ``text`` and
    ``refused`` (then ``what`` names the kind of file).

    >>> detect_format(Path("a.pdf"), b"%PDF-1.7")
    ('refused', 'a PDF document')
    >>> detect_format(Path("page.txt"), b"\\n<!DOCTYPE html><html>")
    ('html', '')
    >>> detect_format(Path("links.txt"), b"https://a.example/1\\nhttps://a.example/2\\n")
    ('urls', '')
    """
    suffix = path.suffix.lower()
    for magic, what in MAGIC:
        if head.startswith(magic):
            return "refused", what
    if suffix in REFUSED:
        return "refused", REFUSED[suffix]
    if suffix in HTML_SUFFIXES:
        return "html", ""
    if suffix in TABLE_SUFFIXES:
        return ("jsonl" if suffix in (".jsonl", ".ndjson") else suffix[1:]), ""
    if suffix in URL_LIST_SUFFIXES:
        return "urls", ""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_HTML_STARTS):
        return "html", ""
    if is_url_list(head):
        return "urls", ""
    return "text", ""


def is_url_list(head: bytes) -> bool:
    """True when every non-blank line (``#`` comments aside) is a web address.

    >>> is_url_list(b"# sources\\nhttps://a.example/1\\n\\nhttp://b.example/2\\n")
    True
    >>> is_url_list(b"Headline\\nhttps://a.example/1\\n")
    False
    """
    text = head.decode("utf-8", "replace")
    lines = text.splitlines()
    if len(head) >= 4096 and lines:  # the last line may be cut short
        lines = lines[:-1]
    lines = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(
        line.startswith(("http://", "https://")) and " " not in line for line in lines
    )
