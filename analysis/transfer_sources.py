"""Transfer sources: who says so, and who a role noun or pronoun stands for.

Reads attribution for ``analysis.transfers`` with the tables of
``analysis.transfer_rules`` (no tagger, no parser, no ``nltk_data``):

- a *source* is the subject of a speech verb ("Mr. Kirby said", "U.S.
  intelligence indicates"), the object of "according to", or the name after a
  headline's colon ("...: White House");
- a sentence inside a quotation with no source of its own takes the speaker
  of the quotation from the paragraph it belongs to;
- a *reference* is a role noun or pronoun ("the Islamic regime", "it") that
  stands for an actor named before: the nearest earlier actor of the sentence
  that can be meant, else the only candidate among the previous sentence's
  subjects, else none (the caller writes ``(unresolved)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from analysis import transfer_rules as rules
from analysis.article import Article
from analysis.tokenise import Sentence


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` overlaps one of ``spans``.

    >>> overlaps(2, 5, [(4, 8)]), overlaps(2, 4, [(4, 8)])
    (True, False)
    """
    return any(s < end and start < e for s, e in spans)


@dataclass(frozen=True)
class Source:
    """Who says so: the speech verb's offset in the sentence and the source's name."""

    position: int
    name: str
    is_person: bool = False


def find_speech_verbs(text: str, spans: Iterable[tuple[int, int]], title_case: bool = False):
    """Speech verbs of a sentence that are not part of a name ("United States").

    Outside a headline a speech verb is lower case.

    >>> [m.group() for m in find_speech_verbs("The United States said so.", [(4, 17)])]
    ['said']
    """
    spans = list(spans)
    return [
        m
        for m in rules.SPEECH_VERBS.finditer(text)
        if not overlaps(m.start(), m.end(), spans) and (title_case or m.group()[0].islower())
    ]


def find_sources(sentence: Sentence, mentions: Iterable, last_speaker: str = "") -> list[Source]:
    """Return the sources a sentence names, in order, with their verb offsets.

    "Mr. Kirby said" gives the person's canonical name; "U.S. intelligence
    indicates" gives the words; "he said" gives ``last_speaker``; a headline
    ending ": White House" gives "White House".
    """
    text = sentence.text
    spans = [
        (m.start - sentence.start, m.end - sentence.start, m)
        for m in mentions
        if getattr(m, "kind", "") == "actor" and sentence.start <= m.start and m.end <= sentence.end
    ]
    sources = []
    title_case = sentence.section == "headline"
    for verb in find_speech_verbs(text, [sp[:2] for sp in spans], title_case):
        if verb.group().lower() != "according to":
            gap = rules.SOURCE_GAP.search(text[: verb.start()])
            named = [sp[2] for sp in spans if gap.start() <= sp[0] and sp[2].type == "person"]
            source = (named[0].name, True) if named else None  # "the minister, Shin, said"
            source = source or _source_before(text, gap.start(), spans, last_speaker)
            if source is None and re.search(r"[”\"],?\s*$|,[”\"]\s*$", text[: verb.start()]):
                source = _source_after(text, verb.end(), spans)  # "...,” said Mr. Kirby
        else:
            source = _source_after(text, verb.end(), spans)
        if source is not None:
            sources.append(Source(verb.start(), *source))
    headline = re.search(r":\s*([^:]{2,40}?)\s*$", text)
    if sentence.section == "headline" and headline:
        source = _source_before(text, headline.end(1), spans, last_speaker)
        if source is not None:
            sources.append(Source(headline.start(), *source))
    return sources


_WORD = re.compile(r"[\w’'.-]+")


def _source_before(text: str, end: int, spans: list, last_speaker: str) -> tuple | None:
    """The source phrase ending at ``end``: "spokesman John Kirby", "U.S. intelligence"."""
    words = list(_WORD.finditer(text, 0, end))
    start, cursor, persons, actors, nouns, pending = end, end, [], [], 0, 0
    for word in reversed(words):
        if word.start() >= cursor:
            continue  # inside a mention already taken
        if text[word.end() : cursor].strip():
            break
        lower = word.group().lower().strip(".")
        mention = next((sp for sp in spans if sp[0] <= word.start() < sp[1]), None)
        if mention is not None:
            (persons if mention[2].type == "person" else actors).append(mention[2])
            start = cursor = mention[0]
        elif lower in rules.PERSON_PRONOUNS and cursor == end:
            return (last_speaker or rules.UNRESOLVED, True)
        elif lower in rules.SOURCE_NOUNS or (lower in rules.SOURCE_JOINERS and start < end):
            start = cursor = word.start()
            nouns += lower in rules.SOURCE_NOUNS
        elif (
            nouns
            and pending < 2
            and not (persons or actors)
            and word.group().islower()
            and not rules.SPEECH_VERBS.fullmatch(word.group())
        ):
            cursor, pending = word.start(), pending + 1  # "defense" in "the defense ministry"
            continue
        else:
            break
        pending = 0
    if persons:
        return (persons[0].name, True)
    if not (actors or nouns):
        return None
    phrase = re.sub(r"^(?:(?:the|a|an|and)\s+)+", "", text[start:end].strip(), flags=re.I)
    return (phrase, False) if phrase else None


def _source_after(text: str, start: int, spans: list) -> tuple | None:
    """The source after an inverted verb: "..., said Mr. Kirby"."""
    match = re.match(r"\s*((?:[^,.;:“”\"]|(?<=[A-Z])\.){2,80})", text[start:])
    if not match:
        return None
    phrase_end = start + match.end(1)
    persons = [sp[2] for sp in spans if start <= sp[0] < phrase_end and sp[2].type == "person"]
    if persons:
        return (persons[0].name, True)
    phrase = re.split(r"\s+(?:in|at|on|who|from|of|with)\s+", match.group(1))[0]
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)
    words = phrase.split()
    if 0 < len(words) <= 6 and (
        words[-1].lower() in rules.SOURCE_NOUNS or any(start <= sp[0] < phrase_end for sp in spans)
    ):
        return (phrase, False)
    return None


def attribute(position: int, sources: Sequence[Source], inherited: str = "") -> str:
    """The source nearest before ``position``, else the first after, else inherited.

    >>> attribute(30, [Source(5, "John Kirby", True), Source(50, "officials")])
    'John Kirby'
    >>> attribute(3, [Source(5, "John Kirby", True)]), attribute(3, [], "Kim")
    ('John Kirby', 'Kim')
    """
    before = [s for s in sources if s.position < position]
    if before:
        return before[-1].name
    after = [s for s in sources if s.position >= position]
    return after[0].name if after else inherited


def attribute_sentences(
    article: Article, sentences: Sequence[Sentence], mentions: Sequence[list]
) -> list[tuple[list[Source], str]]:
    """Each sentence's own sources and, for quoted words, the quote's speaker."""
    own: list[list[Source]] = []
    last_speaker = ""
    for sentence, found in zip(sentences, mentions, strict=True):
        sources = find_sources(sentence, found, last_speaker)
        for source in sources:
            if source.is_person and source.name != rules.UNRESOLVED:
                last_speaker = source.name
        own.append(sources)
    paragraphs = [article.section_at(s.start) for s in sentences]
    result = []
    for index, sentence in enumerate(sentences):
        inherited = ""
        paragraph = paragraphs[index]
        if not own[index] and paragraph is not None and _is_quoted(article, paragraph, sentence):
            same = [i for i in range(len(sentences)) if paragraphs[i] == paragraph and own[i]]
            before = [i for i in same if i < index]
            after = [i for i in same if i > index]
            if before:
                inherited = own[before[-1]][-1].name
            elif after:
                inherited = own[after[0]][0].name
        result.append((own[index], inherited))
    return result


def _is_quoted(article: Article, paragraph, sentence: Sentence) -> bool:
    """True when the sentence opens a quotation or sits inside an open one."""
    before = article.text[paragraph.start : sentence.start]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return opened or sentence.text.lstrip().startswith(("“", '"'))


# --- references: who "the regime" or "it" stands for -------------------------------
@dataclass(frozen=True)
class Reference:
    """A role noun or pronoun in a sentence, and the actor types it can mean."""

    text: str
    start: int  # offsets in the sentence
    end: int
    types: tuple[str, ...]


def find_reference(
    text: str, left: int, right: int, taken: Iterable[tuple[int, int]] = ()
) -> Reference | None:
    """The first role noun or pronoun in ``text[left:right]`` not after a preposition.

    ``taken`` are the spans of names (a reference inside a name is not one).

    >>> find_reference("Iran said the regime sent drones.", 10, 25).text
    'the regime'
    >>> find_reference("Drones sent to it.", 0, 17) is None
    True
    """
    taken = list(taken)
    found = []
    for pattern, types in rules.ROLE_NOUN_RULES:
        for match in pattern.finditer(text, left, right):
            found.append((match.start(), match.end(), types))
    for match in rules.PRONOUN_PATTERN.finditer(text, left, right):
        found.append((match.start(), match.end(), rules.PARTY_TYPES))
    for start, end, types in sorted(found):
        words = text[left:start].split()
        if not overlaps(start, end, taken) and (
            not words or words[-1].lower() not in rules.PREPOSITIONS
        ):
            return Reference(text[start:end], start, end, types)
    return None


def resolve_reference(
    reference: Reference,
    earlier: Sequence,
    previous: Sequence,
    excluded: set[str],
    roll_up: Callable[[object], str],
):
    """The actor ``reference`` stands for, or ``None`` when it is not plain.

    ``earlier`` are the sentence's actors before the reference, ``previous``
    the subjects of the previous sentence; an actor whose country
    (``roll_up(actor)``) is in ``excluded`` (the other party) is never its
    antecedent. The nearest earlier actor of a type the reference can mean
    wins; else the previous sentence's subject if it is the only candidate.
    """
    candidates = [m for m in earlier if m.type in reference.types and roll_up(m) not in excluded]
    if candidates:
        return candidates[-1]
    subjects: dict[str, object] = {}
    for m in previous:
        if m.type in reference.types and roll_up(m) not in excluded:
            subjects.setdefault(roll_up(m), m)
    return next(iter(subjects.values())) if len(subjects) == 1 else None
