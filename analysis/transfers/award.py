"""Won contracts: the company that wins or receives a contract does the work it is for.

"Acme Corp received a contract to build four frigates for the navy", "Acme Corp won a
$20 million contract to provide ammunition for the army": the contract's purpose is a
complement of the winning verb, and its subject (the winner, by control) makes and
supplies the items. Two readings follow from the shape, both grammar only:

- a verb of making ("build", "produce", "manufacture") in such a complement is a supply,
  as it is under an awarding verb ("awarded a contract to build");
- the contract tells the stage: won or received, it is agreed, though "receive" by itself
  tells no stage of a purpose it governs;
- "signed a contract with Y to export / sell Z" (``SELLER_VERBS``): the signer sells to Y;
- a deal noun a named system modifies ("an F-16 order", "the K9 contract") is a deal for
  that system (``named_modifier``, the frames' ``modifier`` slot);
- a maker that builds, makes, manufactures or produces items for a named side
  ("Acme will build six frigates for the Chilean Navy", ``made_for_side``) supplies that
  side, contract told or not.

``won_contract_of`` finds the winning clause; the frames of ``analysis.transfers.frames``
use it.
"""

from __future__ import annotations

from analysis.grammar import Clause, Parse
from analysis.transfers.rules import word_set as words_of

#: Verbs of a seller winning a contract or order ("Acme won / received an order from X").
WIN_VERBS = words_of("win receive secure bag clinch land obtain")
#: Nouns of an order placed with a supplier: who is awarded one supplies what it is for.
CONTRACT_NOUNS = words_of("contract order deal agreement tender licence license")
#: Verbs only a seller does: "X signed a contract with Y to export / sell Z" makes the
#: signer the seller and its partner the buyer (with "to build / supply Z" the partner is
#: the one hired, as a buyer signs with its maker).
SELLER_VERBS = words_of("export sell")


def won_contract_of(parse: Parse, clause: Clause | None) -> Clause | None:
    """The clause whose subject won or received the contract a complement tells the purpose
    of ("Acme received a contract to build six frigates"), else None.

    >>> from analysis.grammar import parse_sentence
    >>> text = "Acme Corp received a contract to build six frigates for the navy."
    >>> p = parse_sentence(text, 0, len(text), [])
    >>> p.phrases[won_contract_of(p, p.clauses[1]).verb].text
    'received'
    >>> text = "Acme Corp received praise to build six frigates."
    >>> p = parse_sentence(text, 0, len(text), [])
    >>> won_contract_of(p, p.clauses[1]) is None
    True
    """
    if clause is None or clause.kind != "complement" or clause.parent == -1:
        return None
    parent = parse.clauses[clause.parent]
    verb = parse.phrases[parent.verb].verb
    if verb.lemma not in WIN_VERBS or verb.voice == "passive":
        return None
    won = parent.slot("object")
    if won is None or parse.tokens[parse.phrases[won.phrase].head].lemma.lower() not in (
        CONTRACT_NOUNS
    ):
        return None
    return parent


def contract_won(parse: Parse, clause: Clause) -> str:
    """The lemma of the contract noun a winning verb's clause acts on ("received a contract"),
    else "": the contract, not the verb of winning, tells the stage of what it is for.

    >>> from analysis.grammar import parse_sentence
    >>> text = "Acme Corp received an order to supply rifles."
    >>> p = parse_sentence(text, 0, len(text), [])
    >>> contract_won(p, p.clauses[0])
    'order'
    """
    verb = parse.phrases[clause.verb].verb
    won = clause.slot("object")
    if verb.lemma not in WIN_VERBS or verb.voice == "passive" or won is None:
        return ""
    lemma = parse.tokens[parse.phrases[won.phrase].head].lemma.lower()
    return lemma if lemma in CONTRACT_NOUNS else ""


#: Verbs of making whose "for" side is the buyer of what is made (not "design", "develop":
#: a design made for a side is not equipment handed to it).
BUILD_VERBS = words_of("build make manufacture produce")


def made_for_side(parse: Parse, clause: Clause | None) -> bool:
    """True when a clause makes items for a side the lexicon names ("Acme will build six
    frigates for the Chilean Navy"), not for a purpose or a time ("for export", "for years").

    >>> from analysis.grammar import parse_sentence
    >>> text = "Acme will build six frigates for the Chilean Navy."
    >>> navy = text.index("Chilean")
    >>> p = parse_sentence(text, 0, len(text), [(navy, navy + 12, "actor", "Chilean Navy")])
    >>> made_for_side(p, p.clauses[0])
    True
    >>> text = "Acme will build six frigates for export."
    >>> p = parse_sentence(text, 0, len(text), [])
    >>> made_for_side(p, p.clauses[0])
    False
    """
    if clause is None or parse.phrases[clause.verb].verb.lemma not in BUILD_VERBS:
        return False
    return any(s.role == "for" and parse.units_in(s.phrase, "actor") for s in clause.slots)


def named_modifier(parse: Parse, noun) -> bool:
    """True when a named weapon (not a generic class word) stands before a noun's head:
    "an F-16 order" tells a deal for F-16s, "an arms deal" names no system.

    >>> from analysis.grammar import parse_sentence
    >>> text = "Chile signed an F-16 order."
    >>> at = text.index("F-16")
    >>> p = parse_sentence(text, 0, len(text), [(at, at + 4, "weapon", "F-16")])
    >>> named_modifier(p, next(ph for ph in p.phrases if ph.text == "an F-16 order"))
    True
    """
    return any(
        t.unit_kind == "weapon" and not t.unit_name.islower()  # class names are lower case
        for t in parse.tokens[noun.first : noun.head]
    )
