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
CONTRACT_NOUNS = words_of(
    "contract subcontract sub-contract order deal agreement tender licence license"
)
#: Deal nouns that tell no stage by themselves ("launched a tender"), but won are a contract.
WON_AS_CONTRACT = words_of("tender licence license")
#: Lexicon names of the umbrella class ("arms", "weapons", "military equipment"): before a
#: deal noun they name no item ("an arms deal").
UMBRELLA_WEAPONS = words_of("weapon")
#: Verbs that hand a contract to the one who will fulfil it ("awarded X a contract").
AWARD_VERBS = words_of("award assign grant give")
#: Verbs only a seller does: "X signed a contract with Y to export / sell Z" makes the
#: signer the seller and its partner the buyer (with "to build / supply Z" the partner is
#: the one hired, as a buyer signs with its maker).
SELLER_VERBS = words_of("export sell")
#: Words before a deal noun that make its signer the seller: "X signed an export agreement
#: with Y to send Z" (the deal is told from the exporter's side).
SELLER_DEAL_WORDS = words_of("export")


def is_purpose_clause(clause: Clause | None) -> bool:
    """True for a clause that tells what the clause above it is for: an infinitive
    complement ("a contract to build six frigates") or a "for" + -ing adverbial ("two
    contracts for procuring radars", "a deal with X for acquiring missiles")."""
    if clause is None or clause.parent == -1:
        return False
    return clause.kind == "complement" or (clause.kind == "adverbial" and clause.marker == "for")


#: Words that stand for one of several deals named in an of- or among-phrase ("one of the
#: contracts was with X", "among the agreements, one was with X").
ONE_OF_WORDS = words_of("one another other second third first last remaining")


def deal_phrase(parse: Parse, clause: Clause) -> int:
    """The contract noun phrase a clause acts on: its object, the subject of a passive or of
    "be" ("the deals were finalized with X", "one of the contracts was with X"), else -1.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Among the contracts, one was with Acme for buying 20 jets.")
    >>> p.phrases[deal_phrase(p, p.clauses[0])].text
    'one'
    """
    verb = parse.phrases[clause.verb].verb
    core = "subject" if verb.voice == "passive" or verb.lemma == "be" else "object"
    deal = clause.slot(core)
    if deal is None:
        return -1
    head = parse.tokens[parse.phrases[deal.phrase].head].lemma.lower()
    if head in CONTRACT_NOUNS:
        return deal.phrase
    if verb.lemma != "be" or head not in ONE_OF_WORDS:
        return -1
    among = [
        s.phrase for s in clause.slots
        if s.role in ("of", "among") and s.governor in (deal.phrase, clause.verb)
    ]  # fmt: skip
    told = any(parse.tokens[parse.phrases[p].head].lemma.lower() in CONTRACT_NOUNS for p in among)
    return deal.phrase if told else -1


def seller_deal(parse: Parse, clause: Clause) -> bool:
    """True when the deal a clause acts on is named as an export ("signed an export
    agreement with Y"): its signer sells, whatever verb tells the purpose.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru signed an export agreement with Chile to send rifles.")
    >>> seller_deal(p, p.clauses[0])
    True
    >>> p = parse_sentence("Peru signed a contract with Acme to supply rifles.")
    >>> seller_deal(p, p.clauses[0])
    False
    """
    deal = deal_phrase(parse, clause)
    if deal == -1:
        return False
    phrase = parse.phrases[deal]
    return any(
        t.lemma.lower() in SELLER_DEAL_WORDS for t in parse.tokens[phrase.first : phrase.head]
    )


def deal_noun_lemma(parse: Parse, clause: Clause) -> str:
    """The lemma of the contract noun a clause acts on ("contract" for "one of the
    contracts was with X"), else "".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("One of the deals was with Acme for buying 20 jets.")
    >>> deal_noun_lemma(p, p.clauses[0])
    'deal'
    """
    deal = deal_phrase(parse, clause)
    if deal == -1:
        return ""
    lemma = parse.tokens[parse.phrases[deal].head].lemma.lower()
    if lemma in CONTRACT_NOUNS:
        return lemma
    among = [
        parse.tokens[parse.phrases[s.phrase].head].lemma.lower() for s in clause.slots
        if s.role in ("of", "among") and s.governor in (deal, clause.verb)
    ]  # fmt: skip
    return next((a for a in among if a in CONTRACT_NOUNS), "")


def deal_partner(parse: Parse, clause: Clause, deal: int) -> tuple[int, ...]:
    """The with-phrases of a deal noun, or of the verb that acts on it ("the deals were
    finalized with X", "one was with X")."""
    return tuple(
        s.phrase for s in clause.slots
        if s.role == "with" and s.governor in (deal, clause.verb)
    )  # fmt: skip


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
    if not is_purpose_clause(clause):
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
    # "won a tender / a licence to supply": what is won is a contract, whatever its name
    return ("contract" if lemma in WON_AS_CONTRACT else lemma) if lemma in CONTRACT_NOUNS else ""


#: Verbs of making whose "for" side is the buyer of what is made (not "design", "develop":
#: a design made for a side is not equipment handed to it).
BUILD_VERBS = words_of("build construct make manufacture produce")


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
    """True when a weapon stands before a noun's head: "an F-16 order" tells a deal for
    F-16s, "a $300m ammunition order", "the drone contract" one for that class; the umbrella
    words of any weapon ("an arms deal", "a weapons contract") name none.

    >>> from analysis.grammar import parse_sentence
    >>> text = "Chile signed an F-16 order."
    >>> at = text.index("F-16")
    >>> p = parse_sentence(text, 0, len(text), [(at, at + 4, "weapon", "F-16")])
    >>> named_modifier(p, next(ph for ph in p.phrases if ph.text == "an F-16 order"))
    True
    >>> text = "Chile signed an arms deal."
    >>> at = text.index("arms")
    >>> p = parse_sentence(text, 0, len(text), [(at, at + 4, "weapon", "weapon")])
    >>> named_modifier(p, next(ph for ph in p.phrases if ph.text == "an arms deal"))
    False
    """
    return any(
        t.unit_kind == "weapon" and t.unit_name not in UMBRELLA_WEAPONS
        for t in parse.tokens[noun.first : noun.head]
    )


def award_sides(parse: Parse, award: Clause) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(who holds the contract, who gave it) in an award clause: active "Z awarded (Y) a
    contract (to Y)"; passive "a contract was awarded to Y by Z", "Y was awarded a contract
    by Z" (or "from Z": the one a contract comes from gave it); a reduced relative on the
    contract noun, "the contract, awarded to Y by Z," (its noun is the object).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Acme was awarded a contract from the navy to build six frigates.")
    >>> [[p.phrases[i].text for i in side] for side in award_sides(p, p.clauses[0])]
    [['Acme'], ['the navy']]
    """

    def phrases(*roles: str) -> tuple[int, ...]:
        return next((tuple(s.phrase for s in award.slots if s.role == r) for r in roles
                     if award.slot(r)), ())  # fmt: skip

    if parse.phrases[award.verb].verb.voice != "passive":
        return phrases("indirect_object", "to"), phrases("subject")
    subject = award.slot("subject") or award.slot("object")
    contract = subject and parse.tokens[parse.phrases[subject.phrase].head].lemma.lower()
    holder = phrases("to") if contract in CONTRACT_NOUNS else phrases("subject")
    return holder, phrases("agent", "from")


#: Clauses that hang on the noun they tell of.
RELATIVE_KINDS = frozenset({"relative", "reduced_relative"})


def deal_relative_sides(parse: Parse, noun: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(the contractor, the buyer) a relative clause on a deal noun names, else empty.

    "The contract, awarded to Acme by the navy, covers ...": Acme holds it, the navy gave it;
    "the deal, signed with Acme by the navy," / "an order placed with Acme by the navy": the
    partner of the signing supplies, its by-phrase is the buyer. The clause is a passive
    relative (reduced or full) whose subject or object is the noun itself.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The contract, awarded to Acme by the navy, covers six frigates.")
    >>> noun = next(ph.index for ph in p.phrases if ph.text == "The contract")
    >>> [[p.phrases[i].text for i in side] for side in deal_relative_sides(p, noun)]
    [['Acme'], ['the navy']]
    """
    if parse.tokens[parse.phrases[noun].head].lemma.lower() not in CONTRACT_NOUNS:
        return (), ()
    for clause in parse.clauses:
        own = any(s.role in ("subject", "object") and s.phrase == noun for s in clause.slots)
        verb = parse.phrases[clause.verb].verb
        if clause.kind not in RELATIVE_KINDS or not own or verb.voice != "passive":
            continue
        if verb.lemma in AWARD_VERBS:
            return award_sides(parse, clause)
        partner = tuple(s.phrase for s in clause.slots if s.role == "with")
        if partner:
            agent = clause.slot("agent")
            return partner, ((agent.phrase,) if agent else ())
    return (), ()


def end_user(parse: Parse, clause: Clause | None, recipient: tuple[int, ...]) -> tuple[int, ...]:
    """The side the items are for when a buyer acts for another, else ().

    "for use by X" in the cue's clause or a clause above it names who uses the items; "on
    behalf of X" does when the side it hangs on is the buyer read so far (the subject or
    by-phrase of its clause: "the agency signed a contract with Acme on behalf of Peru"), not
    when a giver acts for another ("Spain sent tanks to Peru on behalf of the EU").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The agency signed a contract with Acme on behalf of Peru for 50 tanks.")
    >>> agency = p.clauses[0].slot("subject").phrase
    >>> [p.phrases[i].text for i in end_user(p, p.clauses[0], (agency,))]
    ['Peru']
    """
    current = clause
    while current is not None:
        here = [s for s in parse.slots() if s.clause == current.index and s.governor >= 0]
        used = [s.phrase for s in here if s.role == "by" and _head(parse, s.governor) == "use"]
        if used:  # "supply missiles to the agency for use by the air force"
            return tuple(used)
        behalf = [s.phrase for s in here if s.role == "of" and _head(parse, s.governor) == "behalf"]
        buyer = {s.phrase for s in current.slots if s.role in ("subject", "agent")}
        if behalf and set(recipient) & buyer:
            return tuple(behalf)
        current = parse.clauses[current.parent] if current.parent != -1 else None
    return ()


def _head(parse: Parse, phrase: int) -> str:
    return parse.tokens[parse.phrases[phrase].head].lemma.lower()


def under_deal(parse: Parse, clause: Clause | None) -> int:
    """The deal noun a clause is done under ("Under the contract, Acme will build six
    frigates", "under the terms of the award"), else -1: a maker that builds under a deal
    supplies what it builds.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Under the contract, Acme will build six frigates.")
    >>> p.phrases[under_deal(p, p.clauses[0])].text
    'the contract'
    """
    if clause is None:
        return -1
    for slot in clause.slots:
        if slot.role != "under":
            continue
        told = [slot.phrase] + [
            s.phrase for s in parse.slots("of") if s.governor == slot.phrase
        ]  # "under the terms of the award"
        for phrase in told:
            if _head(parse, phrase) in CONTRACT_NOUNS | {"award"}:
                return phrase
    return -1
