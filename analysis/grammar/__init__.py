"""A data-free English clause reader: words, phrases, clauses and slots of a sentence.

``parse_sentence(text, start, end, units)`` reads one sentence of an article
into a ``Parse``: tokens with word classes and lemmas (closed-class lists,
``lemminflect``'s dictionary, suffix and context rules), noun phrases with
heads, possessors, conjuncts and quantities, verb groups with auxiliaries,
modal, negation, tense and voice, and clauses (main, coordinated,
complement, relative, reduced relative, adverbial, aside) whose slots
(subject, object, indirect object, agent, prepositional phrases) point at
noun phrases. Lexicon matches passed as ``units`` stay single tokens.

Nothing is downloaded or read from ``nltk_data``: the only data are the
word lists in ``wordlists`` and lemminflect's own bundled dictionary.
"""

from analysis.grammar.parse import parse_sentence
from analysis.grammar.records import Clause, Parse, Phrase, Slot, Token, VerbInfo
from analysis.grammar.wordclass import is_title_case, tag_words
from analysis.grammar.wordlists import JUDGING_VERBS, PREVENTING_VERBS, SPEECH_VERBS

__all__ = [
    "JUDGING_VERBS",
    "PREVENTING_VERBS",
    "SPEECH_VERBS",
    "Clause",
    "Parse",
    "Phrase",
    "Slot",
    "Token",
    "is_title_case",
    "VerbInfo",
    "parse_sentence",
    "tag_words",
]
