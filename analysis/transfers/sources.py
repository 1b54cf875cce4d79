"""Transfer sources: who says so, and who a role noun or pronoun stands for.

Reads attribution for ``analysis.transfers`` with the tables of
``analysis.transfers.rules`` (no tagger, no parser, no ``nltk_data``):

- a *source* is the subject of a speech verb ("spokesman Jane Roe said",
  "intelligence indicates"), the object of "according to", or the name after
  a headline's colon ("...: Defense Ministry");
- a *pronoun speaker* ("he said", "she added", "they said") is the most
  recent earlier speaker the pronoun can mean (``resolve_speaker``), else
  ``unresolved: he``; a person merely mentioned is never a speaker;
- sources nest: in "A said B indicates X" or "“B announced X,” A said" the
  transfer is ``attributed_to`` A, the outermost source the article reports,
  and ``according_to`` B (``attribute``);
- a quoted sentence with no source outside its quotation takes the speaker
  of the quotation from the paragraph it belongs to;
- a *reference* is a role noun or pronoun ("the regime", "it") that stands
  for an actor named before: the nearest earlier actor of the sentence that
  can be meant, else the only candidate among the previous sentence's
  subjects, else none (the caller writes ``(unresolved)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from analysis.text import Article, Sentence
from analysis.transfers import rules as rules


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` overlaps one of ``spans``.

    >>> overlaps(2, 5, [(4, 8)]), overlaps(2, 4, [(4, 8)])
    (True, False)
    """
    return any(s < end and start < e for s, e in spans)


@dataclass(frozen=True)
class Source:
    """Who says so: the speech verb's offset in the sentence and the source's name.

    ``gender`` is what a title says of a person ("Mr." -> male), ``verb`` the
    speech verb as written, ``quoted`` whether the verb is inside a quotation.
    """

    position: int
    name: str
    is_person: bool = False
    gender: str = ""
    verb: str = ""
    quoted: bool = False


@dataclass(frozen=True)
class SentenceSources:
    """A sentence's own sources, its quotation's speaker, and whether it starts in a quote."""

    sources: list[Source]
    speaker: str = ""  # the speaker of the quotation the sentence belongs to, if any
    quote_open: bool = False


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


def quoted_spans(text: str, open_at_start: bool = False) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each quotation in ``text``, quote marks included.

    A closing mark with no opening one closes a quotation opened before the
    text; one still open at the end runs to the end.

    >>> quoted_spans("“Iran sent drones,” he said.")
    [(0, 19)]
    >>> quoted_spans("Russia helped.” Then “more", open_at_start=False)
    [(0, 15), (21, 26)]
    """
    spans, start = [], 0 if open_at_start else None
    for mark in re.finditer(r"[“”\"]", text):
        if mark.group() == "“" or (mark.group() == '"' and start is None):
            start = mark.start() if start is None else start
        else:
            spans.append((0 if start is None else start, mark.end()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def find_sources(
    sentence: Sentence,
    mentions: Iterable,
    speakers: Sequence[Source] | str = (),
    quote_open: bool = False,
) -> list[Source]:
    """Return the sources a sentence names, in order, with their verb offsets.

    "Mr. Smith said" gives the person's canonical name; "U.S. intelligence
    indicates" gives the words; a headline ending ": White House" gives "White
    House"; "he said", "she added", "they said" give the earlier speaker the
    pronoun can mean (``resolve_speaker``; ``speakers`` are the earlier
    sources, most recent last, or one person's name), else "unresolved: he".
    ``quote_open`` says the sentence starts inside a quotation.
    """
    text = sentence.text
    spans = [
        (m.start - sentence.start, m.end - sentence.start, m)
        for m in mentions
        if getattr(m, "kind", "") == "actor" and sentence.start <= m.start and m.end <= sentence.end
    ]
    if isinstance(speakers, str):
        speakers = [Source(-1, speakers, True)] if speakers else []
    quotes = quoted_spans(text, quote_open)
    sources: list[Source] = []
    title_case = sentence.section == "headline"
    for verb in find_speech_verbs(text, [sp[:2] for sp in spans], title_case):
        known = [*speakers, *(s for s in sources if not s.quoted)]
        if verb.group().lower() != "according to":
            gap = rules.SOURCE_GAP.search(text[: verb.start()])
            named = [  # "the minister, Shin, said"
                sp
                for sp in spans
                if gap.start() <= sp[0] and sp[1] <= verb.start() and sp[2].type == "person"
            ]
            source = _person(text, named[0]) if named else None
            source = source or _source_before(text, gap.start(), spans, known)
            if source is None and re.search(r"[”\"],?\s*$|,[”\"]\s*$", text[: verb.start()]):
                source = _source_after(text, verb.end(), spans)  # "...,” said Mr. Smith
        else:
            source = _source_after(text, verb.end(), spans)
        if source is not None:
            quoted = overlaps(verb.start(), verb.end(), quotes)
            sources.append(Source(verb.start(), *source, verb=verb.group(), quoted=quoted))
    headline = re.search(r":\s*([^:]{2,40}?)\s*$", text)
    if sentence.section == "headline" and headline:
        source = _source_before(text, headline.end(1), spans, speakers)
        if source is not None:
            sources.append(Source(headline.start(), *source))
    return sources


def resolve_speaker(pronoun: str, speakers: Sequence[Source]) -> Source | None:
    """The earlier speaker a pronoun speaker stands for, or ``None`` if none is plain.

    "he" and "she" stand for the most recent person who spoke and whose title
    does not say otherwise; "they" for the most recent speaker if that is not
    a single person.

    >>> smith = Source(0, "John Smith", True, "male")
    >>> officials, person = Source(0, "U.S. officials"), Source(0, "Kim", True)
    >>> [getattr(resolve_speaker(p, [officials, smith]), "name", None) for p in ("he", "she")]
    ['John Smith', None]
    >>> resolve_speaker("they", [officials, smith]) is None
    True
    >>> resolve_speaker("she", [smith, person]).name, resolve_speaker("they", [officials]).name
    ('Kim', 'U.S. officials')
    """
    genders = {s.name: s.gender for s in speakers if s.gender}
    wanted = rules.SPEAKER_PRONOUNS[pronoun]
    for speaker in reversed(speakers):
        if not wanted:
            return None if speaker.is_person else speaker
        if speaker.is_person and genders.get(speaker.name, wanted) == wanted:
            return speaker
    return None


def _person(text: str, span: tuple) -> tuple[str, bool, str]:
    """``(name, True, gender)`` of a person mention; the gender from a title, if any."""
    start, _, mention = span
    words = [*getattr(mention, "form", "").split()[:1], *text[max(0, start - 6) : start].split()]
    titles = {w.lower() for w in words[:1] + words[-1:]}
    gender = "male" if titles & rules.MALE_TITLES else ""
    gender = "female" if titles & rules.FEMALE_TITLES else gender
    return (mention.name, True, gender)


_WORD = re.compile(r"[\w’'.-]+")


def _source_before(text: str, end: int, spans: list, speakers: Sequence[Source]) -> tuple | None:
    """The source phrase ending at ``end``: "spokesman John Smith", "U.S. intelligence"."""
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
            (persons if mention[2].type == "person" else actors).append(mention)
            start = cursor = mention[0]
        elif lower in rules.SPEAKER_PRONOUNS and cursor == end:
            speaker = resolve_speaker(lower, speakers)
            if speaker is None:
                return (rules.UNRESOLVED_SPEAKER.format(pronoun=lower), lower != "they", "")
            return (speaker.name, speaker.is_person, speaker.gender)
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
        return _person(text, persons[0])
    if not (actors or nouns):
        return None
    phrase = re.sub(r"^(?:(?:the|a|an|and)\s+)+", "", text[start:end].strip(), flags=re.I)
    return _phrase(phrase) if phrase else None


def _source_after(text: str, start: int, spans: list) -> tuple | None:
    """The source after an inverted verb: "..., said Mr. Smith"."""
    match = re.match(r"\s*((?:[^,.;:“”\"]|(?<=[A-Z])\.){2,80})", text[start:])
    if not match:
        return None
    phrase_end = start + match.end(1)
    persons = [sp for sp in spans if start <= sp[0] < phrase_end and sp[2].type == "person"]
    if persons:
        return _person(text, persons[0])
    phrase = re.split(r"\s+(?:in|at|on|who|from|of|with)\s+", match.group(1))[0]
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)
    words = phrase.split()
    if 0 < len(words) <= 6 and (
        words[-1].lower() in rules.SOURCE_NOUNS or any(start <= sp[0] < phrase_end for sp in spans)
    ):
        return _phrase(phrase)
    return None


def _phrase(phrase: str) -> tuple[str, bool, str]:
    """``(phrase, is_person, gender)`` of a source phrase: one person if its head says so.

    >>> _phrase("Ukrainian intelligence official"), _phrase("U.S. officials")
    (('Ukrainian intelligence official', True, ''), ('U.S. officials', False, ''))
    """
    head = phrase.split()[-1].lower()
    gender = rules.PERSON_SOURCE_NOUNS.get(head)
    return (phrase, gender is not None, gender or "")


# --- attribution: whose claim a transfer is ------------------------------------------
def attribute(
    text: str,
    position: int,
    sources: Sequence[Source],
    speaker: str = "",
    quoted: Sequence[tuple[int, int]] = (),
) -> tuple[str, str]:
    """Return ``(attributed_to, according_to)`` for a cue at ``position`` in ``text``.

    ``attributed_to`` is the outermost source, the one the article itself
    reports: the speaker of the quotation holding the cue (named in the
    sentence, else ``speaker``, the quotation's speaker from the paragraph),
    else the first of a chain of sources before the cue ("Mr. Smith said
    U.S. intelligence indicates ..."), else the first source after it ("...,
    officials said"). ``according_to`` names the sources inside that one,
    with their verb: "Iran (announced)".

    >>> text = "“Iran announced that it bought jets from Russia,” he said."
    >>> sources = [Source(6, "Iran", verb="announced", quoted=True), Source(53, "Smith", True)]
    >>> attribute(text, 25, sources, quoted=quoted_spans(text))
    ('Smith', 'Iran (announced)')
    >>> attribute("Iran sent drones.", 5, [], speaker="Kim")
    ('Kim', '')
    """
    quote = next(((s, e) for s, e in quoted if s <= position < e), None)
    outside = [s for s in sources if not s.quoted]
    if quote is None:
        chain = _source_chain(text, position, outside) or _speaker_chain(speaker)
    else:
        within = [s for s in sources if quote[0] <= s.position < quote[1]]
        inner = _source_chain(text, position, within)
        after = [s for s in outside if s.position >= quote[1]]
        chain = after[:1] or _source_chain(text, quote[0], outside, before_only=True)
        chain = [*(chain or _speaker_chain(speaker)), *inner]
    if not chain:
        return "", ""
    inner = [f"{s.name} ({s.verb.lower()})" if _is_verb(s.verb) else s.name for s in chain[1:]]
    return chain[0].name, "; ".join(dict.fromkeys(inner))


def _source_chain(
    text: str, position: int, sources: Sequence[Source], before_only: bool = False
) -> list[Source]:
    """The sources covering ``position``, outermost first.

    The nearest source before it and the ones before that with no
    ``SOURCE_SCOPE_END`` between ("A said B indicates"), else the first after.
    """
    before = [s for s in sources if s.position < position]
    if not before:
        after = [s for s in sources if s.position >= position]
        return [] if before_only else after[:1]
    chain = [before[-1]]
    for source in reversed(before[:-1]):
        if rules.SOURCE_SCOPE_END.search(text[source.position : chain[0].position]):
            break
        chain.insert(0, source)
    return chain


def _speaker_chain(speaker: str) -> list[Source]:
    return [Source(-1, speaker)] if speaker else []


def _is_verb(verb: str) -> bool:
    return bool(verb) and verb.lower() != "according to"


def attribute_sentences(
    article: Article, sentences: Sequence[Sentence], mentions: Sequence[list]
) -> list[SentenceSources]:
    """Each sentence's own sources and, for quoted words, the quotation's speaker.

    A pronoun speaker ("he said") is the most recent earlier speaker it can
    mean; sources inside a quotation are not speakers of the article. A
    quoted sentence with no source outside its quotation takes the speaker
    from the nearest sentence of its paragraph that names one (before it,
    else after it).
    """
    paragraphs = [article.section_at(s.start) for s in sentences]
    opens = [_quote_open(article, p, s) for p, s in zip(paragraphs, sentences, strict=True)]
    own: list[list[Source]] = []
    speakers: list[Source] = []
    for sentence, found, quote_open in zip(sentences, mentions, opens, strict=True):
        sources = find_sources(sentence, found, speakers, quote_open)
        speakers += [s for s in sources if not s.quoted and not s.name.startswith("unresolved")]
        own.append(sources)
    tags = [[s for s in sources if not s.quoted] for sources in own]
    result = []
    for index, sentence in enumerate(sentences):
        speaker = ""
        paragraph = paragraphs[index]
        quoted = opens[index] or sentence.text.lstrip().startswith(("“", '"'))
        if not tags[index] and paragraph is not None and quoted:
            same = [i for i in range(len(sentences)) if paragraphs[i] == paragraph and tags[i]]
            before = [i for i in same if i < index]
            after = [i for i in same if i > index]
            if before:
                speaker = tags[before[-1]][-1].name
            elif after:
                speaker = tags[after[0]][0].name
        result.append(SentenceSources(own[index], speaker, opens[index]))
    return result


def _quote_open(article: Article, paragraph, sentence: Sentence) -> bool:
    """True when the sentence starts inside a quotation opened earlier in its paragraph."""
    if paragraph is None:
        return False
    before = article.text[paragraph.start : sentence.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


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
