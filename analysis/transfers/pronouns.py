"""Pronoun sides: what a plural pronoun or "his country" stands for in its sentence.

Two readings of English a careful reader applies before looking further back:

- A plural pronoun ("they", "them", "their") agrees with a plural noun. When the
  nearest plural noun phrase before it comes after every actor it could otherwise mean
  ("... by the ministry, but the rebels said they have not received any"), that noun
  phrase is the nearer reading: a group of fighters ("the rebels") is then the side; any
  other plural noun leaves two readings, and none is taken.
- "his country", "her government": the country of the person the clause above names as
  its subject ("Peru's defence minister denied that his country sent rifles": Peru).

Only phrases are found here (grammar); the sentence reader turns them into parties.
"""

from __future__ import annotations

from analysis.grammar import Parse
from analysis.transfers.rules import word_set as words_of

#: Plural pronouns that agree with a plural noun before them.
PLURAL_PRONOUNS = words_of("they them their")
#: Possessive pronouns of a person ("his country").
PERSON_POSSESSIVES = words_of("his her")
#: Nouns of a person's own state when a person's pronoun owns them ("his country").
OWN_STATE_NOUNS = words_of("country government nation state")


def plural_noun_before(parse: Parse, index: int) -> int | None:
    """Return the nearest plural noun phrase before phrase ``index``, else None.

    Only a common noun in the plural with no lexicon unit in it counts ("the rebels",
    "the shipments"); a pronoun, a name or a weapon does not.

    >>> from analysis.grammar import parse_sentence
    >>> text = "The officials met the fighters and said they would wait."
    >>> parse = parse_sentence(text)
    >>> they = next(p.index for p in parse.phrases if p.text == "they")
    >>> parse.phrases[plural_noun_before(parse, they)].text
    'the fighters'
    """
    start = parse.phrases[index].start
    before = [p for p in parse.phrases if p.kind == "NP" and p.end <= start]
    for phrase in sorted(before, key=lambda p: p.start, reverse=True):
        head = parse.tokens[phrase.head]
        if not parse.units_in(phrase.index) and head.tag == "NOUN" and is_plural(head):
            return phrase.index
    return None


def is_plural(token) -> bool:
    """True for a noun in the plural, by its inflection or, for a word the dictionary does
    not know, by its spelling ("insurgents"; not "class", "status", "basis", "logistics").

    >>> from analysis.grammar import tag_words
    >>> [is_plural(t) for t in tag_words("insurgents rebels status")]
    [True, True, False]
    """
    text = token.text.lower()
    if token.form == "s" and text != token.lemma.lower():
        return True
    return token.lemma.lower() == text and text.endswith("s") and not text.endswith(SINGULAR_ENDS)


#: Endings of nouns that end in "s" in the singular.
SINGULAR_ENDS = ("ss", "us", "is", "ics", "ws")


def singular(token) -> str:
    """The singular of a plural noun token ("insurgents" -> "insurgent")."""
    lemma = token.lemma.lower()
    return lemma[:-1] if lemma == token.text.lower() and lemma.endswith("s") else lemma


def person_owned_state(parse: Parse, index: int) -> int | None:
    """Return the subject phrase whose person owns "his country" (phrase ``index``), else None.

    The subject is that of the nearest clause above the phrase's own clause that has one
    which is not a pronoun ("Peru's defence minister denied that his country ...").

    >>> from analysis.grammar import parse_sentence
    >>> text = "Peru's minister denied that his country sent rifles."
    >>> parse = parse_sentence(text)
    >>> own = next(p.index for p in parse.phrases if p.text == "his country")
    >>> parse.phrases[person_owned_state(parse, own)].text
    "Peru's minister"
    """
    phrase = parse.phrases[index]
    head = parse.tokens[phrase.head]
    if head.lemma.lower() not in OWN_STATE_NOUNS or phrase.possessor == -1:
        return None
    if parse.phrases[phrase.possessor].text.lower() not in PERSON_POSSESSIVES:
        return None
    clause = next((c for c in parse.clauses if any(s.phrase == index for s in c.slots)), None)
    while clause is not None and clause.parent != -1:
        clause = parse.clauses[clause.parent]
        subject = clause.slot("subject")
        if subject is not None and parse.tokens[parse.phrases[subject.phrase].head].tag != "PRON":
            return subject.phrase
    return None
