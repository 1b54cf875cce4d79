"""Who a role noun is said of: "Chile is Peru's arms supplier", "Chile emerged as a supplier".

A role noun ("supplier", "exporter", "buyer", "operator") names a side of a transfer
without a transfer verb; the side it is said of is its holder. The grammar gives three
shapes, each a class of sentences, not one wording:

- a linking verb's complement: "Chile is / remains / became Peru's top arms supplier";
- an "as" complement ("Chile has emerged as a key arms supplier to Peru", "Chile serves as
  Peru's arms supplier"), said of the clause's object when it has one ("Peru sees Chile as
  its main arms supplier"), else of its subject; "turned into a source of arms" likewise;
- a part of a group the side is put in: "Chile is one of Peru's top arms suppliers",
  "Chile is among Peru's arms suppliers" (the role noun is the of-phrase of "one", or the
  among-phrase of the linking verb).

A list after a content verb ("Operators of the TB2 include Peru and Chile") is the other
way round: the listed are the holders.
"""

from __future__ import annotations

from analysis.grammar import Parse
from analysis.transfers.rules import word_set

#: Linking verbs: their subject is what their complement names.
LINKING_VERBS = word_set("be remain become stay")
#: Verbs whose "as" / "into" complement names what a side is ("emerged as", "turned into").
COMPLEMENT_PREPOSITIONS = ("as", "into")
#: Heads of a part of a group: "one of X's suppliers", "some of the suppliers".
PART_HEADS = word_set("one two three some several many each")
#: Verbs after which a list names the holders of a role noun subject.
LISTING_VERBS = word_set("include contain comprise feature")


def _verb_lemma(parse: Parse, clause) -> str:
    return parse.phrases[clause.verb].verb.lemma


def _said_of(parse: Parse, index: int) -> list[int]:
    """The phrases a complement phrase ``index`` is said of (linking verb or "as")."""
    out = []
    for clause in parse.clauses:
        subject, obj = clause.slot("subject"), clause.slot("object")
        for slot in clause.slots:
            if slot.phrase != index:
                continue
            linking = _verb_lemma(parse, clause) in LINKING_VERBS
            if linking and slot.role in ("predicate", "object", "among") and subject:
                out.append(subject.phrase)
            elif slot.role.split()[-1] in COMPLEMENT_PREPOSITIONS:  # "shaping up as"
                side = obj if obj is not None and obj.phrase != index else subject
                if side is not None:
                    out.append(side.phrase)
    return out


def holder_phrases(parse: Parse, index: int) -> list[int]:
    """Return the phrases role noun phrase ``index`` is said of (see the module doc).

    >>> from analysis.grammar import parse_sentence
    >>> def holders(text, noun):
    ...     p = parse_sentence(text, 0, len(text), [])
    ...     at = [x.index for x in p.phrases if noun in x.text][-1]
    ...     return [p.phrases[i].text for i in holder_phrases(p, at)]
    >>> holders("Chile is Peru's arms supplier.", "supplier")
    ['Chile']
    >>> holders("Chile has emerged as a key arms supplier to Peru.", "supplier")
    ['Chile']
    >>> holders("Peru sees Chile as its main arms supplier.", "supplier")
    ['Chile']
    >>> holders("Chile remains one of Peru's top arms suppliers.", "suppliers")
    ['Chile']
    """
    held = _said_of(parse, index)
    if not held:  # "one of Peru's top suppliers": the part is said of the side
        for slot in parse.slots():
            if slot.phrase != index or slot.role != "of" or slot.governor < 0:
                continue
            part = parse.phrases[slot.governor]
            if parse.tokens[part.head].lemma.lower() in PART_HEADS:
                held = _said_of(parse, part.index)
    if held:
        return held
    # "Operators of the TB2 include Peru and Chile": the listed are the holders
    return [
        s.phrase
        for c in parse.clauses
        if _verb_lemma(parse, c) in LISTING_VERBS
        and c.slot("subject") is not None
        and c.slot("subject").phrase == index
        for s in c.slots
        if s.role == "object"
    ]
