"""Grammar records: the tokens, phrases, clauses and slots of one parsed sentence.

These are the bottom of ``analysis.grammar``: plain frozen dataclasses with no
behaviour beyond small look-ups, built by the code in the modules above
(``words``, ``wordclass``, ``phrases``, ``clauses``, ``parse``). Every record
keeps ``(start, end)`` character offsets into the *article* text, so a rule
that reads a slot can always point back at the words it read.

Word classes (``Token.tag``) follow the Universal Dependencies names, with
two additions a clause reader needs: ``MODAL`` (can, may, will ...) and
``NEG`` (not, n't, never). ``REL`` marks a relative pronoun (which, who,
that introducing a relative clause); ``POSS`` the possessive ``'s``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Word classes a token can carry.
TAGS = (
    "NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "VERB", "AUX", "MODAL", "ADV", "ADP",
    "PART", "CCONJ", "SCONJ", "REL", "NEG", "POSS", "PUNCT", "X",
)  # fmt: skip

#: Clause kinds a ``Clause`` can carry.
CLAUSE_KINDS = (
    "main",  # the sentence's own clause
    "coordinated",  # joined to an earlier clause by and/or/but; may share its subject
    "complement",  # "said that ...", "agreed to send ...", "the decision to send ..."
    "relative",  # "shells that the army fires", "the country which sent ..."
    "reduced_relative",  # "howitzers sent to ...", "a ship carrying drones"
    "adverbial",  # "after Iran sent ...", ", adding that ..."
    "aside",  # ", he said," / ", officials said." (a speech frame around the rest)
)


@dataclass(frozen=True)
class Token:
    """One word, punctuation mark or merged lexicon unit.

    ``lemma`` is the dictionary form (lower case unless a proper name);
    ``form`` a Penn-like inflection for verbs and nouns: ``base``, ``s``
    (3rd person or plural), ``past``, ``participle`` (past participle),
    ``ing``, or ``""``. A merged unit (an actor or weapon the lexicon found)
    keeps its ``unit_kind`` ("actor"/"weapon") and canonical ``unit_name``.
    """

    index: int
    text: str
    start: int
    end: int
    tag: str
    lemma: str
    form: str = ""
    unit_kind: str = ""
    unit_name: str = ""


@dataclass(frozen=True)
class Phrase:
    """A noun phrase (``NP``) or verb group (``VG``): tokens ``first..last``.

    For a noun phrase, ``head`` is the index of its head token (the last noun
    of a base phrase), ``parts`` the heads of coordinated conjuncts ("Norway
    and Denmark" -> two), ``possessor`` the phrase index of a possessor
    ("Iran's drones" -> the phrase "Iran"), ``quantity`` a number written
    before the head ("12 more launchers" -> "12 more"). For a verb group,
    ``head`` is the main verb and ``verb`` holds its auxiliaries, modal,
    negation, tense and voice.
    """

    index: int
    kind: str  # "NP" or "VG"
    first: int
    last: int
    head: int
    start: int
    end: int
    text: str
    parts: tuple[int, ...] = ()
    possessor: int = -1
    quantity: str = ""
    verb: VerbInfo | None = None


@dataclass(frozen=True)
class VerbInfo:
    """What a verb group says beyond its main verb.

    ``tense``: past, present, future, infinitive (``to send``), participle
    (a bare ``sent`` / ``sending`` heading a reduced clause) or ``base``.
    ``voice``: active or passive. ``modal``: the modal word ("may", "will",
    "be to" for "is to send", "going to"). ``aspect``: "", progressive,
    perfect or "perfect progressive". ``particle``: "over" in "hand over".
    """

    lemma: str
    auxiliaries: tuple[str, ...] = ()
    modal: str = ""
    negated: bool = False
    tense: str = ""
    voice: str = "active"
    aspect: str = ""
    particle: str = ""


@dataclass(frozen=True)
class Slot:
    """One grammatical slot of a clause filled by a noun phrase.

    ``role``: subject, object, indirect_object, possessor, agent (the
    ``by`` phrase of a passive), or the preposition of a prepositional
    phrase (``to``, ``for``, ``from``, ``with``, ``via``, ``of`` ...).
    ``phrase`` is the noun phrase's index; ``governor`` the index of the
    phrase the slot hangs on (the verb group, or the noun phrase right before
    a prepositional phrase). ``implicit`` is True when the filler is not
    written in this clause: an infinitive's subject taken from the verb that
    controls it, a relative clause's gap filled by its head noun.
    """

    role: str
    phrase: int
    clause: int
    governor: int = -1
    implicit: bool = False


@dataclass(frozen=True)
class Clause:
    """A clause: its kind, verb group, slots and where it hangs.

    ``parent`` is the index of the clause it depends on (-1 for the main
    clause); ``head_noun`` the noun phrase a relative clause describes
    (-1 otherwise); ``marker`` the word that opened it ("that", "to",
    "and", "after" ...).
    """

    index: int
    kind: str
    verb: int  # phrase index of the verb group
    start: int
    end: int
    parent: int = -1
    head_noun: int = -1
    marker: str = ""
    slots: tuple[Slot, ...] = ()

    def slot(self, role: str) -> Slot | None:
        """Return the first slot with ``role``, or None."""
        return next((s for s in self.slots if s.role == role), None)


@dataclass(frozen=True)
class Parse:
    """A parsed sentence: tokens, phrases, clauses; offsets into the article."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    phrases: tuple[Phrase, ...]
    clauses: tuple[Clause, ...] = ()
    units: tuple[tuple[int, int, str, str], ...] = field(default=(), repr=False)

    def phrase_of(self, token: int) -> Phrase | None:
        """Return the phrase holding token ``token``, or None."""
        return next((p for p in self.phrases if p.first <= token <= p.last), None)

    def head_token(self, phrase: int) -> Token:
        """Return the head token of phrase ``phrase``."""
        return self.tokens[self.phrases[phrase].head]

    def units_in(self, phrase: int, kind: str = "") -> list[Token]:
        """Return the merged units (of ``kind`` if given) inside phrase ``phrase``."""
        p = self.phrases[phrase]
        found = self.tokens[p.first : p.last + 1]
        return [t for t in found if t.unit_kind and (not kind or t.unit_kind == kind)]

    def slots(self, role: str = "") -> list[Slot]:
        """Return every slot of every clause (with ``role`` if given)."""
        return [s for c in self.clauses for s in c.slots if not role or s.role == role]

    def describe(self) -> list[str]:
        """Return one line per clause: kind, verb lemma, then role=phrase text."""
        lines = []
        for c in self.clauses:
            v = self.phrases[c.verb]
            roles = " ".join(f"{s.role}={self.phrases[s.phrase].text!r}" for s in c.slots)
            lines.append(f"{c.kind}:{v.verb.lemma if v.verb else v.text} {roles}".rstrip())
        return lines
