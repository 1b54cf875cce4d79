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
way round: the listed are the holders; so is the complement of a linking verb whose subject
is the role noun ("Peru's main arms supplier is Chile"). A name set off by commas beside the
role noun, before or after it, is in apposition and holds it ("Chile, Peru's arms supplier,
..."; "moving away from its arms supplier, Chile, ...").
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
    ...     names = [(text.find(n), text.find(n) + len(n), "actor", n) for n in ("Chile",)]
    ...     p = parse_sentence(text, 0, len(text), names)
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
    >>> holders("Peru's main arms supplier is Chile.", "supplier")
    ['Chile']
    >>> holders("Chile, Peru's main arms supplier, declined.", "supplier")
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
    held = _appositive_names(parse, index) or _complement_of_subject(parse, index)
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


def appositive_holder(parse: Parse, index: int) -> bool:
    """True when role noun phrase ``index`` is said of a name only by apposition ("Chile,
    Peru's arms supplier, declined"): it tells a standing role, whatever the clause's verb."""
    return not _said_of(parse, index) and bool(_appositive_names(parse, index))


def _complement_of_subject(parse: Parse, index: int) -> list[int]:
    """The complement of a linking verb whose subject is ``index``: "Peru's main arms
    supplier is Chile" -> Chile (a name, not another role noun)."""
    own = {index, _widest(parse, index).index}
    out = []
    for clause in parse.clauses:
        subject = clause.slot("subject")
        if subject is None or subject.phrase not in own:
            continue
        verb = parse.phrases[clause.verb].verb
        if verb is None or verb.lemma not in LINKING_VERBS or verb.negated:
            continue
        out += [
            s.phrase for s in clause.slots
            if s.role in ("predicate", "object") and _named(parse, s.phrase)
        ]  # fmt: skip
    return out


def _widest(parse: Parse, index: int):
    """The widest noun phrase ending where phrase ``index`` ends: with its possessor."""
    phrase = parse.phrases[index]
    return min(
        (
            p
            for p in parse.phrases
            if p.kind == "NP" and p.last == phrase.last and p.first <= phrase.first
        ),
        key=lambda p: p.first,
    )


def _appositive_names(parse: Parse, index: int) -> list[int]:
    """A named phrase beside role noun phrase ``index``, set off by a comma: "Chile, Peru's
    arms supplier," (before it) or "its arms supplier, Chile," (after it, closed by a comma,
    "and" or the sentence's end). The name must be one actor and nothing more."""
    noun, tokens = _widest(parse, index), parse.tokens
    outside = [
        p for p in parse.phrases
        if p.kind == "NP" and (p.last < noun.first or p.first > noun.last)
    ]  # fmt: skip
    before = max((p for p in outside if p.last < noun.first), key=lambda p: p.last, default=None)
    after = min((p for p in outside if p.first > noun.last), key=lambda p: p.first, default=None)
    if before is not None and [t.text for t in tokens[before.last + 1 : noun.first]] == [","]:
        opened = before.first == 0 or tokens[before.first - 1].tag in ("ADP", "PUNCT", "VERB")
        if opened and _named(parse, before.index):
            return [before.index]
    if after is not None and [t.text for t in tokens[noun.last + 1 : after.first]] == [","]:
        closing = tokens[after.last + 1].text if after.last + 1 < len(tokens) else "."
        if closing in (",", ".", "and", ";") and _named(parse, after.index):
            return [after.index]
    return []


def _named(parse: Parse, index: int) -> bool:
    """True when phrase ``index`` is one actor name and nothing else of substance."""
    phrase = parse.phrases[index]
    units = parse.units_in(index, "actor")
    words = [
        t for t in parse.tokens[phrase.first : phrase.last + 1] if t.tag not in ("DET", "PUNCT")
    ]  # fmt: skip
    return len(units) == 1 and len(words) == 1
