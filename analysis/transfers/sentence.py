"""Transfer sentence: one sentence read into transfer rows.

Each sentence is read with the lexicon mentions in it and the rules of
``analysis.transfers.rules`` (no tagger, no parser, no ``nltk_data``):

1. find the transfer verb cues ("providing", "buy", "helping ... develop");
   a cue that leads into another ("seeking to purchase") gives way to it
   (``analysis.transfers.cues``);
2. for each cue, the *object side* runs from the cue to the end of its
   clause: the other party ("to X", "X with", "from X", found by
   ``analysis.transfers.parties``) and the items (weapon
   mentions, military phrases such as "military equipment", list siblings of
   a weapon such as "electronics" in "missiles, electronics, and air defense",
   read by ``analysis.transfers.items``);
3. the *subject side* is the first actor of the cue's clause not governed by a
   preposition, else a role noun or pronoun ("the Islamic regime", "it")
   resolved by ``analysis.transfers.sources``, else ``(unresolved)``; a party
   the text does not name is ``(not stated)``;
4. the status comes from the words between subject and cue (see
   ``transfer_rules.STATUS_RULES``), a denial earlier in the sentence, or the
   tense of the cue; hedge words are kept (``analysis.transfers.status``);
5. the attribution comes from the sentence's sources
   (``transfer_sources.attribute``): ``attributed_to`` the outermost source,
   ``according_to`` the ones inside it; ``directed_by`` names an actor the
   transfer is done for or ordered by ("at the direction of X"), who is
   neither supplier nor recipient.

One row per item. Sentences about use (a launch, a shoot-down) have no
transfer cue and give no row, except a weapon built in one country in use by
another ("Sudanese forces are using Turkish-built drones"), which gives an
``implied`` row (``analysis.transfers.implied``). Production ("produced by
HESA") is not a transfer.
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.text import Sentence
from analysis.transfers import rules as rules
from analysis.transfers import sources as sources
from analysis.transfers.implied import read_implied
from analysis.transfers.parties import Party
from analysis.transfers.reading import SentenceContext, SentenceReading, Transfer


def extract_from_sentence(
    sentence: Sentence, mentions: Iterable, context: SentenceContext | None = None
) -> list[Transfer]:
    """Return the transfers one sentence reports, one per item.

    ``mentions`` are the lexicon matches inside the sentence (objects with
    ``name, kind, type, weapon_class, country, form, start, end``; offsets
    into the article text).
    """
    context = context or SentenceContext()
    reading = SentenceReading(sentence, list(mentions), context)
    transfers = []
    previous_subject: Party | None = None
    for cue in reading.cues:
        rows, previous_subject = reading.read_cue(cue, previous_subject)
        transfers.extend(rows)
    transfers.extend(read_implied(reading))
    return _deduplicate(transfers)


def _deduplicate(rows: list[Transfer]) -> list[Transfer]:
    seen, kept = set(), []
    for row in rows:
        key = (row.supplier, row.recipient, row.item, row.status)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def sentence_subjects(sentence: Sentence, mentions: Iterable) -> list:
    """The parties that are the subject of a clause of the sentence."""
    reading = SentenceReading(sentence, list(mentions), SentenceContext())
    bounds = sorted({0, *reading.bounds}) + [len(reading.text)]
    subjects = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        found = reading.first_subject(left, right)
        if found is not None:
            chain = reading.with_siblings(found, right)  # "Chad and Mali are ..."
            for party in chain:
                mention = next(m for m in reading.parties if m.start == party.start)
                if mention not in subjects:
                    subjects.append(mention)
    return subjects
