"""Discovery credits: the people and agencies of a byline or a photo credit.

"By A B and C D", "(Photo by A B)", "Photo: A B", "(A B/Agency)", "A B contributed",
"By A B | Outlet" (the outlet after the bar is media), "A B, Some City" on a line of its own
under the headline (a reporter and the desk's place), "A B" alone on the line right under the
headline (the author; a subheading's common words are no name),
"Reporting by A B in Some City" (the place is the desk's, no part of the name): each
name of two to four capitalised words is a person; the agency after a slash is media, and
so is an agency before "Photo" and a slash ("(Agency Photo/A B)", the photographer after).
An outlet named by its web address ("told Kilonews.com", "first appeared on Acme.net") is
media wherever it stands (``web_outlets``); a link or an e-mail address names none.
"""

from __future__ import annotations

import regex

from analysis.entities.discovery_rules import (
    BYLINE,
    BYLINE_ALONE,
    BYLINE_DESK,
    CONTRIBUTED,
    CREDIT_LINE,
    PHOTO_BY,
    PHOTO_CREDIT,
)
from analysis.text import Sentence

_LIST_PART = regex.compile(r"[^,;|/]+?(?=\s*(?:,|;|\band\b|\||/|$))")
_LEADING_AND = regex.compile(r"^(?:and|by)\s+", regex.I)
#: A reporter's place after the name in a credit line: "Reporting by A B in Some City".
_PLACE_AFTER = regex.compile(r"\s+(?:in|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$")
#: A credit's label before its names: "Photo:", "Pictures by", "Credit:".
_CREDIT_LABEL = regex.compile(
    r"^(?:photos?|pictures?|images?|video|credits?|file photo)\s*(?::|\bby\b)\s*", regex.I
)
#: A dateline's source: an agency's code in brackets before the dash ("CITY, May 3 (AGC) -"; a
#: known agency written in full is the lexicon's) or an
#: outlet in capitals between bars ("City, Country | OUTLET |").
_DATELINE_SOURCE = regex.compile(
    r"^\s*(?:"
    # a city in capitals, or a city and a date: "CITY (AGENCY) -", "City, May 3 (AGENCY) -";
    # the agency also by its name in words: "City (Some News Agency) -"
    r"(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}"
    r"|\p{Lu}[\p{L}\p{M} .'’-]{1,30},[^()|\n]{0,25}\d[^()|\n]{0,8}"
    r"|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)"
    r"\s*\((\p{Lu}[\p{Lu}&]{1,7}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})\)\s*(?:[-–—:]|--)"
    r"|\p{Lu}[\p{L}\p{M} .'’-]{1,30}(?:,[^()|\n]{1,30})?\s*\|\s*(\p{Lu}[\p{Lu}&'’. ]{2,40}?)\s*\|)"
)
#: A photo credit of one capitalised word: the body that took or gave the picture.
_PHOTO_SOURCE = regex.compile(
    r"\b(?:Photos?|Picture|Image)\s*:\s+(\p{Lu}[\p{L}&-]+)(?=\s*(?:[)/,;|]|$))"
)
#: Credit words that name no source ("Photo: File", "Photo: Handout").
_NOT_SOURCES = frozenset(
    """File Files Supplied Courtesy Handout Archive Archives Screenshot Screengrab Illustration
    Representational Representative Internet Social Twitter Facebook Instagram X Agencies
    Agency Stock Unsplash Pixabay Video""".split()  # noqa: SIM905
)
#: The evidence of a reporter named with the desk's place ("Ana Roe, Some City").
DESK_EVIDENCE = "byline with a desk"
#: Words in capitals that close a wire story and name no agency.
_NOT_AGENCIES = frozenset(("END", "ENDS", "MORE", "ADVT", "UPDATE", "ENDIT"))
#: A line of agency codes in capitals after a dash, closing an article: "— AGENCY/WIRE".
_AGENCY_LINE = regex.compile(
    r"^\s*[—–]\s*(\p{Lu}[\p{Lu}&]{1,11}(?:\s*/\s*\p{Lu}[\p{Lu}&]{1,11})*)\s*$"
)
_CODE = regex.compile(r"\p{Lu}[\p{Lu}&]{1,11}")
#: An outlet after a bar closing a byline: "By A B | Some Outlet".
_OUTLET_AFTER = regex.compile(r"\|\s*(\p{Lu}[\p{L}&.]*(?: \p{Lu}[\p{L}&.]*){0,3})\s*$")
#: A picture word closing an agency's name in a credit: "(Agency Photo/A B)".
_PICTURE_WORD = regex.compile(r"\s+(?:Photos?|Pictures?|Images?|Video)\s*$")


#: A capitalised name closed by a web domain, not inside a link or an e-mail address:
#: "Kilonews.com", "Civic.ge", "Acme-News.co.uk".
_WEB_OUTLET = regex.compile(
    r"(?<![\w@/.\-])(\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*"
    r"\.(?:com|net|org|info|news|co\.uk|co\.za|co\.ke|co\.in|com\.au|com\.pk|com\.ng"
    r"|am|az|bd|by|ge|in|ke|lk|md|ng|np|ph|pk|ua|uz|za))(?![\w@/\-]|\.\w)"
)


def web_outlets(sentence: Sentence) -> list[tuple[str, str, str, int, str]]:
    """Return the outlets ``sentence`` names by their web address, each as media.

    >>> from analysis.text import Sentence
    >>> text = "It first ran on Kilonews.com, not on www.Other.com/x."
    >>> web_outlets(Sentence(1, "body", 0, len(text), text))
    [('Kilonews.com', 'media', 'web address', 16, '')]
    """
    return [
        (m.group(1), "media", "web address", sentence.start + m.start(1), "")
        for m in _WEB_OUTLET.finditer(sentence.text)
    ]


def read_credits(sentence: Sentence) -> list[tuple[str, str, str, int, str]]:
    """Return people and agencies of a byline or credit in ``sentence``."""
    out: list[tuple[str, str, str, int, str]] = []
    text = sentence.text
    slash, lower = "/" in text, text.casefold()
    by = " by " in lower or lower.lstrip().startswith("by ")
    credit = "photo" in lower or "image" in lower or "credit" in lower
    desk = "," in text and sentence.section in ("subheading", "credit")
    dash = text.lstrip().startswith(("—", "–")) or "(" in text[:50] or "|" in text[:60]
    alone = BYLINE_ALONE.match(text) if sentence.section == "subheading" else None
    if alone and sentence.number == 2:  # "Ana Roe" on the line under the headline: the author
        return _people_in(alone.group(1), sentence.start + alone.start(1), DESK_EVIDENCE)
    if not (slash or by or "contributed" in lower or credit or desk or dash):
        return out  # most sentences: no credit shape at all
    dateline = _DATELINE_SOURCE.match(text) if sentence.section != "headline" else None
    if dateline:  # "CITY, May 3 (AGENCY) -", "City, Country | OUTLET |": the story's source
        source = dateline.group(1) or dateline.group(2)
        at = dateline.start(1) if dateline.group(1) else dateline.start(2)
        out.append((source.strip(), "media", "dateline source", sentence.start + at, ""))
    agencies = _AGENCY_LINE.match(text)
    if agencies:  # "— AGENCY/WIRE" closing an article: the sources' codes, each media
        for code in _CODE.finditer(text, agencies.start(1)):
            if code.group() not in _NOT_AGENCIES:
                out.append(
                    (code.group(), "media", "credit line", sentence.start + code.start(), "")
                )
    desk = BYLINE_DESK.match(text) if sentence.section in ("subheading", "credit") else None
    if desk:  # "A B, Some City" on a line of its own: a reporter and the desk's place
        out += _people_in(desk.group(1), sentence.start + desk.start(1), DESK_EVIDENCE)
    for credit in PHOTO_BY.finditer(text):  # "(Photo by A B)", "Photo: A B"
        out += _people_in(credit.group(1), sentence.start + credit.start(1), "photo credit")
    for source in _PHOTO_SOURCE.finditer(text):  # "Photo: Some Body": one word, no person
        if source.group(1) not in _NOT_SOURCES:
            out.append((source.group(1), "organisation", "photo credit",
                        sentence.start + source.start(1), ""))  # fmt: skip
    byline = BYLINE.match(text) if "\n" not in text.strip() and len(text) < 120 else None
    if byline:
        out += _people_in(byline.group(1), sentence.start + byline.start(1), "byline")
        outlet = _OUTLET_AFTER.search(byline.group(1))
        if outlet:  # "By A B | Some Outlet": the desk or outlet the byline writes for
            out.append((outlet.group(1), "media", "byline", sentence.start + byline.start(1)
                        + outlet.start(1), ""))  # fmt: skip
    for credit in PHOTO_CREDIT.finditer(text) if slash else ():
        people, agency = credit.group(1), credit.group(2)
        people_at, agency_at = credit.start(1), credit.start(2)
        picture = _PICTURE_WORD.search(people)
        if picture:  # "(Agency Photo/A B)": the agency first, its photographer after
            people, agency = agency, people[: picture.start()]
            people_at, agency_at = credit.start(2), credit.start(1)
        out += _people_in(people, sentence.start + people_at, "photo credit")
        agency_start = sentence.start + agency_at + len(agency) - len(agency.lstrip())
        out.append((agency.strip(), "media", "photo credit", agency_start, ""))
    line = CREDIT_LINE.match(text) if slash and len(text) < 90 else None
    if line:
        out += _people_in(line.group(1), sentence.start + line.start(1), "photo credit")
    for contributed in CONTRIBUTED.finditer(text):
        group = 1 if contributed.group(1) else 2
        out += _people_in(contributed.group(group), sentence.start + contributed.start(group),
                          "credit line")  # fmt: skip
    return out


def _people_in(names: str, offset: int, evidence: str) -> list[tuple[str, str, str, int, str]]:
    """Split "A B, C D and E F" into names of people, with their offsets."""
    out = []
    for part in _LIST_PART.finditer(names):
        value = part.group().strip()
        value = _LEADING_AND.sub("", value)
        value = _CREDIT_LABEL.sub("", value)  # "(Photo: A B / Agency)": the label is no name
        value = _PLACE_AFTER.sub("", value)  # "A B in Some City": the reporter's desk
        words = value.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            where = offset + part.start() + part.group().index(value)
            out.append((value, "person", evidence, where, ""))
    return out
