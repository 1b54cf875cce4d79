"""List lines: short lines that each state one part ("- Health: $200 million", "1. Ports,
£250m", "£250m – ports", "schools ($150m)"), read under an announcement, right after a
sentence that states a whole (``link_label_lines``), or as the section headings of an
article that breaks a total down (``link_section_headings``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.explicit import _move
from analysis.money.rules import BREAKDOWN_TITLE, LIST_BULLET, LIST_NUMBER

__all__ = [
    "fit_in", "link_label_lines", "link_section_headings", "list_lines", "rest_of_line",
]  # fmt: skip

#: How far after a list's announcement its lines may be, in sentences.
LINES_AHEAD = 12
#: A list line is short: at most this many words.
LINE_WORDS = 30
#: A section heading is a short line: "Traditional Foreign Aid, $6.9 billion".
HEADING_WORDS = 8
#: Before a heading's sum: its label, then a comma, colon or dash.
HEADING_LABEL = re.compile(r"[\s\W]*(?:\d{1,2}[.)]\s*)?[^\W\d][^:$€£¥₹\d,]{0,60}?\s*[,:—–-]\s*")
#: A labelled line with no announcement before it is shorter still: "Health: $200 million".
LABEL_WORDS = 12
#: Before a list line's sum, its label and a colon or dash: "- Health: ", "Schools — ".
LINE_LABEL = re.compile(r"[\s\W]*(?P<label>[^\W\d][^:$€£¥₹\d(]{0,60}?)\s*(?:[:—–-]|\()\s*")


def link_label_lines(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link labelled lines right after a sentence that states a whole to it, with no
    announcement between: "The council approved a $500m package." then "Health: $200m",
    "Schools: $150m" (two lines or more, each a label and its sum, that fit in the total)."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        wholes = [r for r in readings if r.sentence == index and r.family and r.amount.value
                  and not (r.barred or r.change or r.amount.start in protected)]  # fmt: skip
        if not wholes or sentence.text.rstrip().endswith(":"):
            continue
        total = max(wholes, key=lambda r: r.amount.value)
        lines = list_lines(text, sentences, readings, index, total)
        labelled = [r for r in lines if _labelled(text, sentences[r.sentence], r)]
        if len(labelled) < 2 or len(labelled) < len(lines) or not fit_in(total, labelled):
            continue
        if any(r.amount.start in protected | linked_parts for r in labelled):
            continue
        first = sentences[index + 1]
        _move(by_start, make_linked, total, labelled,
              ("label_lines", "", first.start, first.start))  # fmt: skip
        linked_parts |= {r.amount.start for r in labelled}
    return linked_parts


def link_section_headings(text, sentences, readings, by_start, make_linked, protected):
    """Link the section headings of an article that breaks a total down ("Breaking down
    $13.6bn in aid", "What's in the $95bn package") to that total: short lines of their own
    that end with their sum, "1. Foreign aid, $6.9bn", "Defence: $4bn", when they fit in it.
    Returns the starts of the sums linked."""
    linked_parts: set[int] = set()
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value]
        if len(here) != 1 or not BREAKDOWN_TITLE.search(sentence.text):
            continue
        total = here[0]
        headings = [r for r in readings if r.sentence > index and r.amount.start not in protected
                    and _heading(text, sentences[r.sentence], r, readings)
                    and r.amount.currency == total.amount.currency
                    and r.amount.value < total.amount.value]  # fmt: skip
        if not headings or not fit_in(total, headings):
            continue
        headings = [_named_by_label(text, sentences[r.sentence], r) for r in headings]
        first = sentences[headings[0].sentence]
        _move(by_start, make_linked, total, headings,
              ("section_headings", "", first.start, first.start))  # fmt: skip
        linked_parts |= {r.amount.start for r in headings}
    return linked_parts


def _named_by_label(text, line, reading):
    """``reading`` named by the label before it on its line: "1. Foreign aid, $6.9bn"."""
    if reading.link is not None:
        return reading
    m = re.match(r"[\s\W]*(?:\d{1,2}[.)]\s*)?(?P<label>[^\W\d][^:$€£¥₹\d,]*?)\s*[,:—–-]",
                 text[line.start : reading.amount.start])  # fmt: skip
    if not m:
        return reading
    start = line.start + m.start("label")
    return replace(reading, link=(m.group("label"), start, start + len(m.group("label"))))


def _heading(text, line, reading, readings) -> bool:
    """True when ``line`` is a heading that ends with its one sum: "Foreign aid, $6.9bn"."""
    alone = sum(1 for r in readings if r.sentence == reading.sentence) == 1
    short = len(line.text.split()) <= HEADING_WORDS
    ends = not re.search(r"\w", text[reading.amount.end : line.end])
    lead = text[line.start : reading.amount.start]
    return alone and short and ends and HEADING_LABEL.fullmatch(lead) is not None


def _labelled(text, line, reading) -> bool:
    """True when ``line`` is short and its sum follows a label: "Health: $200 million"."""
    short = len(line.text.split()) <= LABEL_WORDS
    return short and LINE_LABEL.fullmatch(text[line.start : reading.amount.start]) is not None


def fit_in(total, items) -> bool:
    """True when the items' sums stay within the total (to a thousandth)."""
    return sum(r.amount.value for r in items) <= total.amount.value * 1.001


def list_lines(text, sentences, readings, index, total):
    """The list lines right after ``sentences[index]``, each with one sum in ``total``'s
    currency and smaller: "- Health: $200 million", "$150 million for schools". The list
    ends at the first sentence that is no such line."""
    t = total.amount
    items = []
    for i in range(index + 1, min(len(sentences), index + 1 + LINES_AHEAD)):
        here = [r for r in readings if r.sentence == i and r.amount.value is not None]
        line = sentences[i]
        if not here and LIST_NUMBER.fullmatch(line.text):
            continue  # "1." before its line
        if not here or len(line.text.split()) > LINE_WORDS:
            break
        r = here[0]
        inner = here[1:]  # "$200m for health, including $50m for vaccines": the item's own
        if inner and sum(q.amount.value for q in inner) > r.amount.value * 1.001:
            break
        lead = text[line.start : r.amount.start]
        if r.link is None and re.fullmatch(r"[\s\W]*", lead):
            r = replace(r, link=rest_of_line(text, line, r))  # "$200 million – health"
        if not (LIST_BULLET.match(line.text) or LINE_LABEL.fullmatch(lead) or r.link):
            break
        if r.amount.currency != t.currency or r.amount.value >= t.value or r.change or r.barred:
            break
        if r.link is None and (m := LINE_LABEL.fullmatch(lead)):
            start = line.start + m.start("label")
            r = replace(r, link=(m.group("label"), start, start + len(m.group("label"))))
        items.append(r)
    return items


def rest_of_line(text, sentence, reading):
    """What a verbless line says its sum is for: "£11.4m Waste Management"."""
    rest = text[reading.amount.end : sentence.end]
    m = re.match(r"\s*(?:[—–-]\s*)?(?P<phrase>[^\W\d][^(;:,]{1,80}?)\s*(?:[(;:,.]|$)", rest)
    if not m:
        return None
    start = reading.amount.end + m.start("phrase")
    return m.group("phrase"), start, start + len(m.group("phrase"))
