"""The speaker's side: a supplier given only by who says so.

A state's official who speaks of exports speaks of the state's own: '"No war weapons
have been exported to Chad," the minister said' after "Norway's defence minister met
reporters" tells that Norway exported none; '"We will send more shells," said the
minister' tells that the minister's country sends them. The sentence names no supplier;
the article names the speaker's country, often sentences before:

- a role written with a country ("Norway's defence minister", "the Norwegian Defence
  Minister Lars Berge", "the minister of defence of Norway") is a *role phrase*;
- a speaker written by a role ("the minister") is the one country whose role phrase of
  that role the article wrote up to that sentence;
- a speaker written by a name is the country of the role phrase just before the name
  (a title: "Defence Minister Lars Berge") or just after it ("Lars Berge, Norway's
  defence minister"), else of the sentence before the name's first one, when that
  sentence introduces one country's official and no name ("Norway's defence minister
  denied it. ... Lars Berge said"): the lead names the role, the next sentence the person.

Two countries' officials of the same role, or none, leave the side open. The row keeps
``inferred_from``: the sentence that gave the speaker's country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from analysis.transfers import rules
from analysis.transfers.records import Transfer
from analysis.transfers.rules import word_set as words_of

#: Nouns of an office a state's official holds; the last word of a role phrase.
ROLE_NOUNS = words_of(
    "minister ministry spokesman spokeswoman spokesperson chief president premier secretary "
    "official officials government general commander ambassador envoy"
)
#: Up to three words between a country and its office ("Turkey's deputy defence minister").
_BETWEEN = re.compile(r"^(?:['’]s)?((?:[ \t]+[A-Za-z-]+){1,4})")
#: An office before "of" and a country ("the minister of defence of Norway").
_OFFICE_OF = re.compile(r"\b([A-Za-z]+) +of +(?:[A-Za-z]+ +of +)?(?:the +)?$", re.I)
#: Words an office's name is written with before its noun ("deputy defence minister").
OFFICE_WORDS = words_of(
    "defence defense foreign deputy prime vice first interior military army navy air armed "
    "forces force state top senior press finance home security national acting former "
    "government"
)
#: What may stand between an office and the name it titles: a comma, a rank ("General").
_TITLE_GAP = re.compile(r"^,?[ \t]*(?:[A-Z][a-z]+\.?[ \t]+){0,2}$")
#: A speaker's own side in the sentence: first-person pronouns.
FIRST_PERSON = words_of("we us")
#: Types of actor whose mention stands for a state.
STATE_TYPES = ("country", "government", "military")


@dataclass(frozen=True)
class RolePhrase:
    """An office written with its country: sentence number, country, office noun, offsets."""

    sentence: int
    country: str
    role: str
    start: int
    end: int


def find_role_phrases(
    text: str, sentences: Sequence, mentions: Sequence, country_names: Mapping
) -> list[RolePhrase]:
    """Offices written with a country ("Norway's defence minister", "Minister of Norway").

    ``mentions``: the article's lexicon mentions; a state's mention followed by up to three
    words and an office noun, or an office noun followed by "of" and the state's mention.
    """
    numbers = [(s.start, s.end, s.number) for s in sentences]
    found = []
    for m in mentions:
        if m.kind != "actor" or m.type not in STATE_TYPES or not m.country:
            continue
        number = next((n for a, b, n in numbers if a <= m.start < b), 0)
        country = country_names.get(m.country, m.country)
        after = _BETWEEN.match(text[m.end : m.end + 60])
        words = list(re.finditer(r"[A-Za-z-]+", after.group(1))) if after else []
        role = next((w for w in words if w.group().lower() in ROLE_NOUNS), None)
        if role is not None and all(_office_word(w.group()) for w in words[: words.index(role)]):
            # "Norway's defence minister"; not "Norway sent the minister"
            end = m.end + after.start(1) + role.end()
            found.append(RolePhrase(number, country, role.group().lower(), m.start, end))
            continue
        before = _OFFICE_OF.search(text[max(m.start - 40, 0) : m.start])
        if before and before.group(1).lower() in ROLE_NOUNS:
            start = m.start - (len(text[max(m.start - 40, 0) : m.start]) - before.start())
            found.append(RolePhrase(number, country, before.group(1).lower(), start, m.end))
    return found


def _office_word(word: str) -> bool:
    """A word of an office's name: a capitalised one ("Defence") or a known qualifier."""
    return word[:1].isupper() or word.lower() in OFFICE_WORDS


def speaker_country(
    speaker: str, number: int, text: str, sentences: Sequence, phrases: Sequence[RolePhrase]
) -> tuple[str, int] | None:
    """The country of the speaker of sentence ``number`` and the sentence telling it, or None.

    >>> s = [type("S", (), {"number": 1, "start": 0, "end": 30})(),
    ...      type("S", (), {"number": 2, "start": 31, "end": 60})()]
    >>> p = [RolePhrase(1, "Norway", "minister", 0, 23)]
    >>> speaker_country("the minister", 2, "", s, p)
    ('Norway', 1)
    >>> speaker_country("the spokesman", 2, "", s, p) is None
    True
    """
    words = speaker.lower().split()
    if not words:
        return None
    if words[-1] in ROLE_NOUNS:  # "the minister": the one country with that office
        told = [p for p in phrases if p.sentence <= number and p.role == words[-1]]
        return _one_country(told)
    return _named_speaker(speaker, number, text, sentences, phrases)


def _one_country(told: Sequence[RolePhrase]) -> tuple[str, int] | None:
    if len({p.country for p in told}) != 1:
        return None
    return told[-1].country, told[-1].sentence


def _named_speaker(
    name: str, number: int, text: str, sentences: Sequence, phrases: Sequence[RolePhrase]
) -> tuple[str, int] | None:
    """A named speaker's country: a title beside the name, else the lead's one official."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    if not starts:
        surname = name.split()[-1]
        starts = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
    if not starts:
        return None
    first, end = starts[0], starts[0] + len(name)
    beside = [
        p for p in phrases  # "Minister X", "Norway's army chief, General X", "X, Norway's"
        if p.end <= first and _TITLE_GAP.match(text[p.end : first]) or 0 <= p.start - end <= 3
    ]  # fmt: skip
    if beside:
        return _one_country(beside)
    own = next((s.number for s in sentences if s.start <= first < s.end), 0)
    if not own or own > number:
        return None
    lead = [p for p in phrases if p.sentence == own - 1]
    if [p for p in phrases if p.sentence == own and p.start < first]:
        return None  # the name's own sentence names another official before it
    return _one_country(lead)


def fill_speaker_supplier(
    rows: list[Transfer], text: str, sentences: Sequence, mentions: Sequence, country_names
) -> list[Transfer]:
    """A row whose supplier is the speaker's own side takes the speaker's country.

    The side is the speaker's when the sentence writes it "we" (a quotation of the speaker)
    or writes no supplier of an export ("No weapons were exported to Chad, the minister
    said"): a state's official speaks of the state's own exports. Not when the speaker's
    country is the recipient's ("we have received none").
    """
    phrases = None
    out = []
    for row in rows:
        own = row.supplier_text.strip().lower() in FIRST_PERSON
        export = not row.supplier_text.strip() and row.cue.lower().startswith("export")
        if (
            row.supplier != rules.NOT_STATED
            or not (own or export)
            or row.recipient == rules.NOT_STATED
            or (row.recipient == rules.UNRESOLVED and not _them(row))
            or not row.attributed_to
        ):
            out.append(row)
            continue
        if phrases is None:
            phrases = find_role_phrases(text, sentences, mentions, country_names)
        found = speaker_country(row.attributed_to, row.sentence_number, text, sentences, phrases)
        mistaken = row.recipient == rules.UNRESOLVED or (
            found is not None and found[0] == (row.recipient_country or row.recipient)
        )
        if found is not None and own and _them(row) and mistaken:
            # '"We will send them more," the minister said': "them" is not the speaker's
            # side but the one other state told just before
            row = _other_state(row, found[0], sentences, mentions, country_names)
        if (
            found is None
            or found[0] == (row.recipient_country or row.recipient)
            or (row.recipient in (rules.NOT_STATED, rules.UNRESOLVED))
        ):
            out.append(row)
            continue
        country, told = found
        out.append(
            replace(row, supplier=country, supplier_country=country,
                    supplier_text=row.supplier_text or row.attributed_to,
                    inferred_from=str(told) if told != row.sentence_number else "")
        )  # fmt: skip
    return out


#: Pronouns of a quotation's other side: "We will send them more".
OTHER_SIDE_PRONOUNS = words_of("them they")


def _them(row: Transfer) -> bool:
    """True when the row's recipient is written "them" or "they"."""
    return row.recipient_text.strip().lower() in OTHER_SIDE_PRONOUNS


def _other_state(
    row: Transfer, speaker: str, sentences: Sequence, mentions: Sequence, country_names
) -> Transfer:
    """``row`` with "them" read as the one state other than the speaker's (``speaker``)
    that its sentence or the one before names; with none or two, "them" is left open (it
    is never the speaker's own side: "we send them")."""
    spans = [(s.start, s.end, s.number) for s in sentences
             if 0 <= row.sentence_number - s.number <= 1]  # fmt: skip
    states = {
        country_names.get(m.country, m.country): number for m in mentions
        for a, b, number in spans
        if m.kind == "actor" and m.type in STATE_TYPES and m.country and a <= m.start < b
    }  # fmt: skip
    states.pop(speaker, None)
    if len(states) == 1:
        state, number = states.popitem()
        told = str(number) if number != row.sentence_number else ""
        return replace(row, recipient=state, recipient_country=state,
                       inferred_from=row.inferred_from or told)  # fmt: skip
    if (row.recipient_country or row.recipient) == speaker:
        return replace(row, recipient=rules.UNRESOLVED, recipient_country="")
    return row
