"""Transfer items: what a sentence says is moving, read from its words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from analysis.transfers import rules as rules
from analysis.transfers.parties import Party
from analysis.transfers.sources import overlaps


def find_items(
    text: str, weapons: Sequence, start: int, end: int, parties: Iterable[Party]
) -> list[tuple]:
    """Items ``(name, category, start, end)`` in ``text[start:end]``."""
    taken = [(p.start, p.end) for p in parties]
    items = []
    for w in weapons:
        if start <= w.start and w.end <= end and not overlaps(w.start, w.end, taken):
            if rules.NOT_ITEM_AFTER.match(text[w.end :]):
                continue
            if items and re.fullmatch(r"[\s-]*", text[items[-1][3] : w.start]):
                continue  # "F-16 fighter jets": the class after a named system
            items.append((w.name, w.type, w.start, w.end))
    taken += [(i[2], i[3]) for i in items]
    for match in rules.EQUIPMENT_PATTERN.finditer(text, start, end):
        s, e = match.span()
        if overlaps(s, e, taken) or not is_military(text, match, end):
            continue
        s, phrase = _trim_filler(text, s, e)
        items.append((phrase.lower(), "unspecified", s, e))
    items.extend(list_siblings(text, start, end, items, taken))
    items.sort(key=lambda i: i[2])
    return [i for i in items if not is_umbrella(text, i, items)]


def antecedent_item(text: str, weapons: Sequence, left: int) -> list[tuple]:
    """The weapon a relative clause is about: "the drones, which Peru bought"."""
    for w in reversed(weapons):
        if w.end <= left:
            if re.fullmatch(r"[\s,]*(?:which|that)\s*", text[w.end : left], re.I):
                return [(w.name, w.type, w.start, w.end)]
            break
    return []


def is_military(text: str, match: re.Match, end: int) -> bool:
    """True when an equipment phrase names military goods."""
    head = match.group(2).lower()
    if re.fullmatch(rules.MILITARY_HEADS, head):
        return True
    words = {w.lower().strip("’'") for w in match.group(1).split()}
    following = re.match(r"\s+for\s+([^,;.]*)", text[match.end() : end])
    if following:
        words |= {w.lower() for w in following.group(1).split()}
    return bool(words & rules.MILITARY_QUALIFIERS)


def list_siblings(text: str, start: int, end: int, items: list, taken: list) -> list[tuple]:
    """Unknown words listed with a weapon ("missiles, electronics, and air defense")."""
    weapon_spans = [(i[2], i[3]) for i in items if i[1] != "unspecified"]
    pieces = []
    cursor = start
    for sep in rules.LIST_SEPARATOR.finditer(text, start, end):
        pieces.append((cursor, sep.start(), sep.group()))
        cursor = sep.end()
    pieces.append((cursor, end, ""))
    siblings = []
    for index, (s, e, sep) in enumerate(pieces):
        if overlaps(s, e, taken) or not sep and index == 0:
            continue
        neighbours = pieces[max(0, index - 1) : index] + pieces[index + 1 : index + 2]
        listed = any(
            overlaps(ns, ne, weapon_spans) and len(text[ns:ne].split()) <= 4
            for ns, ne, _ in neighbours
        )
        phrase_start, phrase = _trim_filler(text, s, e)
        phrase = phrase.strip(' .,“”"')
        if (
            listed
            and phrase
            and len(phrase.split()) <= 3
            and re.fullmatch(r"[a-z][\w\s-]*", phrase)
            and phrase.split()[0] not in rules.PREPOSITIONS
            and not set(phrase.split()) <= rules.CLAUSE_WORDS
        ):
            siblings.append((phrase, "unspecified", phrase_start, phrase_start + len(phrase)))
    return siblings


def is_umbrella(text: str, item: tuple, items: list) -> bool:
    """True for "military equipment" in "military equipment, including radars"."""
    later = [i[2] for i in items if i[2] >= item[3]]
    if not later:
        return False
    return bool(rules.UMBRELLA_MARKER.search(text[item[3] : min(later)]))


def help_items(text: str, weapons: Sequence, end: int, recipients: list[Party]) -> list[tuple]:
    """What the recipient is helped to make or with: "help Chile develop X and Y",
    "helping Pyongyang with satellite technology"."""
    if not recipients:
        return []
    verbs = re.compile(
        rf"\s+(?:with\s+|(?:to\s+)?(?:(?:{rules.HELP_OBJECT_VERBS})\s+(?:and|or|,)?\s*)+)", re.I
    )
    match = verbs.match(text, recipients[-1].end, end)
    if match is None:
        return []
    found = find_items(text, weapons, match.end(), end, set(recipients))
    if any(i[1] != "unspecified" for i in found):
        return found
    items, cursor = [], match.end()
    for piece in [*rules.LIST_SEPARATOR.finditer(text, cursor, end), None]:
        stop = piece.start() if piece else end
        s, phrase = _trim_filler(text, cursor, stop)
        phrase = phrase.strip(' .,“”"')
        if phrase:
            items.append((phrase, "unspecified", s, s + len(phrase)))
        cursor = piece.end() if piece else end
    return items


def _trim_filler(text: str, start: int, end: int) -> tuple[int, str]:
    """Drop leading filler words ("additional", "its") from ``text[start:end]``.

    >>> _trim_filler("its other space-based programs", 0, 30)
    (10, 'space-based programs')
    """
    while True:
        match = re.match(r"\s*([“\"]?)([\w’'-]+)\s*", text[start:end])
        if not match or match.group(2).lower().strip("’'") not in rules.ITEM_FILLER:
            break
        start += match.end()
    while start < end and text[start] in ' “"':
        start += 1
    return start, text[start:end].strip()
