"""Joint subjects: a plural pronoun that stands for every party a governing clause names.

"Norway, Poland and Spain said in a joint statement that they would deliver rifles to
Moldova": "they" is all three countries, not only the last one named. The pronoun is the
subject of a clause that depends on a clause whose own subject names two or more
parties ("Norway, Poland and Spain", "the defence ministries of Italy and Greece", "the
Danish and Swedish governments"); the parties are the actor units from the start of
that subject up to its verb (so an "of" phrase after the head counts, the words after
the verb do not).

Only the span is found here (grammar); the reader turns the units in it into parties.
"""

from __future__ import annotations

from analysis.grammar import Parse
from analysis.transfers.rules import word_set as words_of

#: Plural pronouns that can stand for a joined subject.
PLURAL_PRONOUNS = words_of("they we")


def joint_subject_span(parse: Parse, index: int) -> tuple[int, int] | None:
    """Return the text offsets of the subject a plural pronoun phrase stands for, else None.

    ``index`` is a noun phrase of ``parse``; when it is a bare "they"/"we" that is the
    subject of a dependent clause, the nearest governing clause whose subject is not a
    pronoun gives the span: from its subject's start to its verb's start.

    >>> from analysis.grammar import parse_sentence
    >>> text = "Chile and Peru said they would send rifles to Bolivia."
    >>> parse = parse_sentence(text, 0, len(text), [])
    >>> they = next(p.index for p in parse.phrases if p.text == "they")
    >>> start, end = joint_subject_span(parse, they)
    >>> text[start:end].strip()
    'Chile and Peru'

    Names listed before the subject's own phrase count too ("the Danish, Swedish and
    Finnish ministries" parses with "Finnish ministries" as the phrase).
    """
    phrase = parse.phrases[index]
    if phrase.kind != "NP" or phrase.text.lower() not in PLURAL_PRONOUNS:
        return None
    clause = next(
        (
            c
            for c in parse.clauses
            if any(s.phrase == index and s.role == "subject" for s in c.slots)
        ),
        None,
    )
    while clause is not None and clause.parent != -1:
        clause = parse.clauses[clause.parent]
        subject = clause.slot("subject")
        if subject is None:
            continue
        head = parse.phrases[subject.phrase]
        if parse.tokens[head.head].tag == "PRON":
            continue
        verb = parse.phrases[clause.verb]
        if verb.start <= head.start:
            return None
        return parse.tokens[_listed_before(parse, head.first)].start, verb.start
    return None


#: Conjunctions that join the members of a list ("Danish, Swedish and Finnish").
LISTING_CONJUNCTIONS = words_of("and or")
#: Word classes a list of names before a noun phrase runs through ("Danish, Swedish and").
_LIST_TAGS = frozenset({"ADJ", "PROPN", "CCONJ", "DET", "PUNCT"})


def _listed_before(parse: Parse, first: int) -> int:
    """Return the first token of the list of names just before token ``first``."""
    at = first
    while at > 0:
        token = parse.tokens[at - 1]
        if token.tag == "PUNCT" and token.text != ",":
            break
        if token.tag == "CCONJ" and token.text.lower() not in LISTING_CONJUNCTIONS:
            break  # "the ministry, but the rebels said": a contrast, not a list
        if token.tag not in _LIST_TAGS and token.unit_kind != "actor":
            break
        at -= 1
    while at < first and parse.tokens[at].tag in ("PUNCT", "CCONJ"):
        at += 1
    return at
