"""Multiples: one sum that stands for several equal parts.

- Each of several parties gives or gets it: "Norway and Denmark each pledged $150m" (two
  parts of $150m), "$50m each", "€100m each for Poland and Romania", "$30m to each of the
  three provinces", "Each of the three universities will get €40m" (``shared_by``,
  ``parts_of_each``).
- A whole is paid in equal pieces: "The $900m loan will be paid in three equal instalments
  of $300m" (``link_equal_pieces``).

Unit prices are no parties: "ten helicopters at $20m each" counts once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.money.rules import ORDINAL_BEFORE, PARTY_NOUNS, SHARED_EACH_AFTER, SHARED_EACH_BEFORE

__all__ = ["line_label", "link_equal_pieces", "parts_of_each", "shared_by"]

#: A list line's label before its sum: "- Health: ", "Schools — ", "roads (".
_LABEL = re.compile(r"[\s\W]*(?P<label>[^\W\d][^:$€£¥₹\d(]{0,60}?)\s*(?:[:—–-]|\()\s*")
#: A list line is short: at most this many words.
LINE_WORDS = 12
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4}"
#: A coordinated list of names: "Norway and Denmark", "Qatar, Oman and the United Arab
#: Emirates" (group ``names``).
_NAMES = re.compile(rf"(?P<names>(?:both\s+)?{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")
#: Between the names and "each" or the verb of the sum: "A and B, who", "A and B will".
_NAMES_GAP = re.compile(r"\s*,?\s*(?:(?:who|which|that)\s+)?(?:[\w'’-]+\s+){0,2}")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
#: Right after a sum: "each for Poland and Romania", "apiece to A, B and C".
_EACH_TO_NAMES = re.compile(rf"\s*,?\s*(?:each|apiece)\s+(?:for|to)\s+{_NAMES.pattern}")
#: Right after a sum: "to each of the three provinces".
_TO_EACH_OF = re.compile(
    rf"\s+(?:to|for)\s+each\s+of\s+(?P<phrase>(?:the|these|those|its|their)\s+"
    rf"(?P<n>{'|'.join(_COUNTS)}|\d)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+s)\b",
    re.I,
)
#: "each of the three universities": a counted group, each of which gets the sum.
_EACH_OF_COUNT = re.compile(
    rf"\beach\s+of\s+(?P<phrase>(?:the|these|those|its|their)\s+(?P<n>{'|'.join(_COUNTS)}|\d)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+s)\b",
    re.I,
)


def shared_by(text: str, sentence, amount) -> list[tuple[str, int, int]]:
    """The parties that each give or get ``amount``: [(name, start, end), ...], or [] when
    the sum is given once.

    >>> from types import SimpleNamespace as NS
    >>> t = "Norway and Denmark each pledged $150 million to the fund."
    >>> [name for name, _, _ in shared_by(t, NS(start=0, end=len(t)), NS(start=32, end=44))]
    ['Norway', 'Denmark']
    >>> t = "Qatar and the United Arab Emirates, who gave $50 million each, were thanked."
    >>> [name for name, _, _ in shared_by(t, NS(start=0, end=len(t)), NS(start=45, end=56))]
    ['Qatar', 'the United Arab Emirates']
    >>> t = "Ten helicopters at $20 million each."
    >>> shared_by(t, NS(start=0, end=len(t)), NS(start=19, end=30))
    []
    """
    before = text[sentence.start : amount.start]
    clause_start = max([0, *(m.end() for m in re.finditer(r"[;$€£¥₹]", before))])
    before = before[clause_start:]
    offset = sentence.start + clause_start
    rest = text[amount.end : sentence.end]
    if m := _EACH_TO_NAMES.match(rest):  # "$100m each for Poland and Romania"
        return _split_names(m, amount.end)
    if m := _TO_EACH_OF.match(rest):  # "$30m to each of the three provinces"
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _COUNTS[n]
        start, end = amount.end + m.start("phrase"), amount.end + m.end("phrase")
        return [(m.group("phrase"), start, end)] * count
    if m := _EACH_OF_COUNT.search(before):  # "Each of the three universities will get"
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _COUNTS[n]
        phrase = m.group("phrase")
        return [(phrase, offset + m.start("phrase"), offset + m.end("phrase"))] * count
    m = SHARED_EACH_BEFORE.search(before)
    if m:
        head = before[: m.start()]
    elif SHARED_EACH_AFTER.match(text, amount.end, sentence.end):
        head = before
    else:
        return []
    counted = re.search(rf"\b(?P<n>{'|'.join(_COUNTS)})\s+(?:[\w-]+\s+)?(?:{PARTY_NOUNS})\b",
                        before, re.I)  # fmt: skip
    # the names stand right before "each" or the verb: "A and B, who gave", "A and B said"
    found = [n for n in _NAMES.finditer(head) if _NAMES_GAP.fullmatch(head, n.end())]
    if found:
        return _split_names(found[-1], offset)
    if counted:
        n = _COUNTS[counted.group("n").lower()]
        s, e = offset + counted.start(), offset + counted.end()
        return [(counted.group(0), s, e)] * n
    return []


def _split_names(m: re.Match, offset: int) -> list[tuple[str, int, int]]:
    """The names of a coordinated list (group ``names`` of ``m``), with their offsets."""
    start = offset + m.start("names")
    words = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+)", m.group("names"))
    parties, at = [], start
    for k, word in enumerate(words):
        if k % 2 == 0:
            name = re.sub(r"^both\s+", "", word, flags=re.I)
            skip = len(word) - len(name)
            parties.append((name, at + skip, at + len(word)))
        at += len(word)
    return parties


def parts_of_each(text, sentences, part):
    """``part`` once per party that each gives or gets it (its recipient that party)."""
    sentence = sentences[part.sentence]
    parties = shared_by(text, sentence, part.amount)
    if len(parties) < 2:
        if part.link is None and (label := line_label(text, sentence, part)):
            return [replace(part, link=label)]  # "- Health: $200 million"
        m = ORDINAL_BEFORE.search(text[sentence.start : part.amount.start])
        if part.link is None and m:  # "a first tranche of $300m": known by its place
            words = re.sub(r"\s+of\s*$", "", m.group(0).strip(), flags=re.I)
            start = sentence.start + m.start()
            return [replace(part, link=(words, start, start + len(words)))]
        return [part]
    return [replace(part, link=party) for party in parties]


def line_label(text, sentence, reading):
    """The label of a list line's one sum: "Health" in "- Health: $200m", or None."""
    m = _LABEL.fullmatch(text, sentence.start, reading.amount.start)
    if not m or len(sentence.text.split()) > LINE_WORDS:
        return None
    return m.group("label"), m.start("label"), m.end("label")


#: Before a sum, a whole cut into equal pieces: "in two tranches of", "into three equal
#: instalments of about".
_EQUAL_PIECES = re.compile(
    rf"\b(?:in|into)\s+(?P<n>{'|'.join(_COUNTS)}|\d)\s+(?:equal\s+)?(?P<noun>tranches|"
    r"instal(?:l)?ments|payments|parts|portions|shares|phases)\s+of\s+(?:(?:about|some|around|"
    r"roughly|nearly|almost)\s+)?$",
    re.I,
)


def link_equal_pieces(text, sentences, readings, by_start, make_linked, protected) -> set[int]:
    """Link "The $500m loan will be paid in two tranches of $250m each" as two parts of
    $250m: the sum after "in N tranches of", N times, to the last larger sum before it in
    its sentence (or the one before) that names a whole, when N pieces fit inside it."""
    linked_now: set[int] = set()
    for part in readings:
        p = part.amount
        sentence = sentences[part.sentence]
        m = _EQUAL_PIECES.search(text[sentence.start : p.start])
        if not m or p.value is None or p.start in protected:
            continue
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _COUNTS[n]
        totals = [r for r in readings if r.amount.end <= p.start and r.family
                  and 0 <= part.sentence - r.sentence <= 1 and r.amount.currency == p.currency
                  and r.amount.value and r.amount.value * 1.001 >= p.value * count
                  and not (r.change or r.barred)]  # fmt: skip
        if not totals or count < 2:
            continue
        total = totals[-1]
        word = m.group("noun").lower().rstrip("s")
        start = sentence.start + m.start("noun")
        pieces = [replace(part, link=(f"{word} {k + 1}", start, start + len(m.group("noun"))))
                  for k in range(count)]  # fmt: skip
        for other in by_start.values():
            other.parts = [q for q in other.parts if q.amount.start != p.start]
        linked = by_start.get(total.amount.start) or make_linked(total)
        linked.parts = sorted([*linked.parts, *pieces], key=lambda r: r.amount.start)
        linked.cues.append(("equal_pieces", m.group(0).strip(), start, start + len(m.group(0))))
        by_start[total.amount.start] = linked
        linked_now |= {p.start, total.amount.start}
    return linked_now
