"""Transfer reading: one sentence's transfers from its grammar and the frames.

The chain for one sentence: keep only sentences that can hold a transfer
(a cue word and a military item, ``could_hold_transfer``), parse the
sentence with the lexicon's actors and weapons as single units
(``analysis.grammar``), fill the frames (``analysis.transfer_frames``), then
turn each filled frame into rows: one per supplier x recipient x item, each
party named by the actor in its phrase (or the actor a pronoun or role noun
refers back to), each item by its weapon, with status, quantity, attribution
and the evidence sentence and offsets. Weapons in use by a side that is not
their maker give ``implied`` rows (``read_implied``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

import lemminflect

from analysis.entities.context import NOT_STATED as NOT_PLACED
from analysis.grammar import SPEECH_VERBS, Parse, parse_sentence
from analysis.text import Sentence
from analysis.transfers import rules as rules
from analysis.transfers import sources as sources
from analysis.transfers.acronyms import is_item_acronym
from analysis.transfers.award import BUILD_VERBS, CONTRACT_NOUNS
from analysis.transfers.frames import (
    COVER_VERBS,
    HIRE_VERBS,
    PLACED_GROUP_NOUNS,
    SIGNING_VERBS,
    UMBRELLA_HEADS,
    USE_VERBS,
    VERB_ITEMS,
    Frame,
    FrameMatch,
    is_civilian_goods,
    is_party,
    load_frames,
    load_stages,
    modifiers_of,
    phrase_is_item,
    placed_in,
    read_frames,
    read_stage,
)
from analysis.transfers.holder import holder_phrases
from analysis.transfers.holdings import drop_unnamed_beside_held, made_holdings, user_holdings
from analysis.transfers.joint import joint_subject_span
from analysis.transfers.named_after import listed_after
from analysis.transfers.officials import STATE_OFFICES
from analysis.transfers.origin_use import ACT_VERBS, origin_parties
from analysis.transfers.own_side import is_industry
from analysis.transfers.packages import fold_parts_into_packages
from analysis.transfers.pronouns import (
    OWN_STATE_NOUNS,
    PLURAL_PRONOUNS,
    person_owned_state,
    plural_noun_before,
    singular,
)
from analysis.transfers.records import Party, SentenceContext, Transfer, drop_repeats
from analysis.transfers.rules import word_set as words_of
from analysis.transfers.umbrella import umbrella_told_back

#: Nouns that say an actor directs a transfer, not a party to it ("at the direction of X").
DIRECTION_NOUNS = words_of("direction behest behalf order orders request instruction instructions")
_DESIGNATION = re.compile(r"^[A-Za-z]{1,4}-?\d+[A-Za-z0-9-]*$")


def _squash(text: str) -> str:
    """'K-9 Thunder' -> 'k9thunder': a designation compared without its punctuation."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


#: Verbs that hedge in the passive without making it uncertain ("is believed to have sent").
HEDGE_VERBS = words_of("believe suspect think understand allege report say")
#: Verbs of a side taking an item into service ("the navy inducted / commissioned X"): a
#: transfer only when the sentence names where it came from ("built by X", "Russian-built").
SERVICE_ENTRY_VERBS = words_of("induct commission")
#: Nouns of a deal between two sides ("X signed a contract with Y").
DEAL_NOUNS = words_of("deal contract agreement order")
#: Types of a generic institution ("the army", "the defence ministry") that, with no country
#: in the text, stand for the one of that kind named before.
GENERIC_TYPES = words_of("military government")
#: Actor types that can export by approving a sale themselves.
STATE_TYPES = ("country", "government")
#: Head nouns that name an organisation's members, not the organisation ("NATO members",
#: "EU countries", "member states"): the members are not named by it.
MEMBER_HEADS = words_of("member state country nation ally partner government")
#: What follows a place that is only where a company sits ("Abu Dhabi-based").
LOCATED_AFTER = re.compile(r"(?i)^-(?:based|headquartered)\b")
#: Nouns of sides related to another ("U.S. partner nations", "Russia's allies"): a side
#: named before them is whose partners they are, not a side of the transfer.
RELATION_NOUNS = words_of("ally partner neighbour neighbor friend")
#: Institution nouns that, in the plural, stand for the sides of their of-phrase ("the
#: governments of Japan and Australia": Japan and Australia).
OWNER_HEADS = words_of("government navy army military force ministry agency authority structure")
#: Nouns of a part of a force: "the 63 Brigade of the Nigerian Army" stands for the army.
SUBUNIT_NOUNS = words_of(
    "brigade division battalion regiment unit command wing squadron corps detachment "
    "contingent flotilla fleet group base"
)
#: Heads of a public body's name: "the Delta state government" is a side though the lexicon
#: does not know it.
INSTITUTION_NOUNS = words_of(
    "government ministry administration command council agency department authority "
    "authorities police"
)
#: Nouns of a side fighting its state ("Yemeni rebels" are not Yemen): see ``rules``.
NON_STATE_NOUNS = rules.NON_STATE_NOUNS
#: Last words of a reference to an armed service ("the military", "the army").
#: Pronouns of any person at all: "to anyone in Syria" names no side but the place's.
ANY_PERSON = words_of("anyone anybody everyone everybody")
#: Verbs of denial: "it" in the claim they deny is the denier.
DENIAL_VERBS = words_of("deny reject dismiss refute rebuff")
#: Plural nouns of a group a copula can place a side in ("X is among the countries ...").
MEMBER_GROUPS = words_of(
    "country nation state government supplier exporter seller provider donor ally partner"
)
COPULA_VERBS = words_of("be remain become")
#: Verbs of saying or notifying whose subject "it" in the clause said stands for.
REPORTING_VERBS = SPEECH_VERBS | words_of("notify inform declare assure")
#: Determiners with which a class noun points back to a weapon named before.
DEFINITE_BACK = words_of("the these those")
#: Determiners that point back to what was just told ("these systems").
DEMONSTRATIVES = words_of("these those")
#: Nouns "such" counts again as the kind told before ("30 such units", "six such vehicles").
SUCH_HEADS = words_of(
    "unit units vehicle vehicles platform platforms example examples piece pieces"
)
#: A class noun that tells back a weapon of the kinds it covers ("the guns" after howitzers).
GUN_NOUNS = words_of("gun guns")
GUN_TYPES = ("artillery", "small_arms")
FORCE_REFERENCES = words_of("army navy military forces force")
#: Nouns "the company" is written with: they stand for the one company the article named.
COMPANY_REFERENCES = words_of("company firm manufacturer maker contractor shipbuilder shipyard")
#: First-person pronouns: in a quotation, the speaker's side ("we will send").
FIRST_PERSON = words_of("we us i")
#: Pronouns that can stand for an item named before ("sent them to Y").
ITEM_PRONOUNS = words_of("it them they")
#: Words before an item that are not part of its name ("other space-based programs").
ITEM_FILLERS = words_of("other additional more further new")
#: Adverbs kept as hedges beside a modal ("allegedly transferred").
HEDGE_ADVERBS = words_of("allegedly reportedly reputedly apparently possibly likely")


def could_hold_transfer(text: str, mentions: Sequence) -> bool:
    """True when a sentence has a cue word and a weapon: the only sentences worth parsing.

    >>> could_hold_transfer("Peru sent rifles.", [object()])
    True
    >>> could_hold_transfer("Peru praised rifles.", [object()])
    False
    """
    return bool(mentions) and bool(_cue_pattern().search(text))


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    forms: set[str] = set()
    for lemma, pos in load_frames():
        head = lemma.split()[0]
        forms.add(head)
        upos = "VERB" if pos == "verb" else "NOUN"
        for values in lemminflect.getAllInflections(head, upos=upos).values():
            forms.update(values)
    # "hired X to build": the work is the transfer; "X will build Y for Z": so is the making
    for lemma in USE_VERBS | HIRE_VERBS | BUILD_VERBS:
        for values in lemminflect.getAllInflections(lemma, upos="VERB").values():
            forms.update(values)
    forms |= {"made", "built", "supplied", "manufactured", "produced"}  # "Iranian-made drones"
    forms |= HOLDING_NOUNS  # "drones in service with X"
    # "(two contracts ...) The second was signed with X for Y": a deal told by its ordinal
    for lemma in SIGNING_VERBS | COVER_VERBS:  # "... The first covers 12 jets"
        for values in lemminflect.getAllInflections(lemma, upos="VERB").values():
            forms.update(values)
    words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?:{words})\b|-(?:made|built|supplied|manufactured)\b")


def read_sentence(
    text: str,
    sentence: Sentence,
    mentions: Sequence,
    context,
    country_names: dict[str, str],
) -> list[Transfer]:
    """Return the transfer rows of one sentence of ``text`` (the article text)."""
    parse = parse_candidate(text, sentence, mentions)
    return read_parse(parse, sentence, mentions, context, country_names) if parse else []


def parse_candidate(text: str, sentence: Sentence, mentions: Sequence) -> Parse | None:
    """Return the parse of a sentence that can hold a transfer, else None (not parsed)."""
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    if not could_hold_transfer(sentence.text, [m for m in inside if m.kind == "weapon"] or inside):
        return None
    units = [(m.start, m.end, m.kind, m.name) for m in inside]
    return parse_sentence(text, sentence.start, sentence.end, units)


def read_parse(
    parse: Parse, sentence: Sentence, mentions: Sequence, context, country_names
) -> list[Transfer]:
    """Return the rows of a parsed sentence: its filled frames, then implied rows."""
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    reader = _SentenceReader(parse, sentence, inside, context, country_names)
    rows = [row for found in read_frames(parse, reader.is_item) for row in reader.rows(found)]
    rows += reader.implied_rows({(r.supplier, r.recipient) for r in rows})
    rows = drop_unnamed_beside_held(rows)
    if sentence.section == "headline":
        rows = [_award_told_short(r, inside) for r in rows]
    return drop_repeats(fold_parts_into_packages(_one_deal_per_supplier(rows)))


#: Past forms of the award verbs a headline uses without "is" ("X awarded contract").
SHORT_PASSIVE_AWARDS = words_of("awarded granted")


def _award_told_short(row: Transfer, mentions: Sequence) -> Transfer:
    """A headline drops "is": "Acme Corp awarded contract for rifles" is Acme being awarded.

    When an award verb's row names no one it is awarded to and the one before the verb is
    a company (a company does not receive arms), that company is the one awarded: the
    supplier, and the buyer is not stated.
    """
    if row.cue.lower() not in SHORT_PASSIVE_AWARDS or row.supplier != rules.NOT_STATED:
        return row
    types = {m.type for m in mentions if m.kind == "actor" and m.name == row.recipient}
    if types != {"company"}:
        return row
    return replace(
        row,
        supplier=row.recipient, supplier_country=row.recipient_country,
        supplier_text=row.recipient_text, recipient=rules.NOT_STATED, recipient_country="",
        recipient_text="",
    )  # fmt: skip


def extract_from_sentence(sentence: Sentence, mentions: Sequence, context=None) -> list[Transfer]:
    """Return the transfers one sentence reports, one per item (no article needed).

    ``mentions`` are the lexicon matches inside it (offsets into the article,
    which ``sentence.start`` places the sentence in).
    """
    text = " " * sentence.start + sentence.text  # offsets stay the article's
    context = context if context is not None else SentenceContext()
    names = dict(getattr(context, "country_names", {}) or {})
    return read_sentence(text, sentence, mentions, context, names)


def sentence_subjects(sentence: Sentence, mentions: Sequence, parse: Parse | None = None) -> list:
    """The actors a later "it" or "the regime" may mean: the subjects of the sentence's
    clauses (the sentence is parsed when no ``parse`` is given)."""
    if parse is None:
        text = " " * sentence.start + sentence.text
        units = [(m.start, m.end, m.kind, m.name) for m in _inside(sentence, mentions)]
        parse = parse_sentence(text, sentence.start, sentence.end, units)
    return subjects_of(parse, sentence, mentions)


#: Role nouns that say a side supplies arms: "Belarus has been the main source".
SOURCE_NOUNS = words_of("source supplier provider")


def told_sources(parse: Parse | None, sentence: Sentence, mentions: Sequence) -> list[tuple]:
    """Sides a sentence calls a source or supplier of arms with no side it supplies named
    ("Belarus has been the main source", "Iran is the key supplier of the drones"), as
    (sentence number, name, country, names of the items said, if any)."""
    if parse is None:
        return []
    reader = _SentenceReader(parse, sentence, _inside(sentence, mentions), None, {})
    out = []
    for phrase in parse.phrases:
        if phrase.kind != "NP" or parse.tokens[phrase.head].lemma.lower() not in SOURCE_NOUNS:
            continue
        told = [s for s in modifiers_of(parse, phrase.index) if s.role in ("to", "for", "of")]
        if phrase.possessor != -1 or any(is_party(parse, s.phrase) for s in told):
            continue  # a side it supplies is named: the sentence's own row tells it
        items = {name for name, *_ in reader.items(s.phrase for s in told if s.role == "of")}
        for party in reader.parties(holder_phrases(parse, phrase.index)):
            out.append((sentence.number, party.name, party.country, frozenset(items)))
    return out


def subjects_of(parse: Parse | None, sentence: Sentence, mentions: Sequence) -> list:
    """The subject actors of a parsed sentence; with no parse, every actor that can be a side."""
    inside = [
        m for m in _inside(sentence, mentions)
        if m.kind == "actor" and m.type in rules.PARTY_TYPES
    ]  # fmt: skip
    if parse is None:
        return inside
    spans = set()
    for slot in parse.slots("subject"):
        phrase = parse.phrases[slot.phrase]
        for part in phrase.parts or (slot.phrase,):
            spans |= {(t.start, t.end) for t in parse.units_in(part, "actor")}
    return [m for m in inside if (m.start, m.end) in spans]


#: A deal told again by a definite noun ("The deal was signed with X"): worth parsing.
_DEAL_AGAIN = re.compile(
    r"(?i)\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|agreement)\b.*\bwith\b"
)
#: Nouns of a bundle of aid or arms that a later sentence refers back to ("the package").
PACKAGE_NOUNS = words_of("package aid assistance tranche")
#: Time words whose possessive points at a package told before ("today's aid", "this
#: week's package"), as "the package" does.
TIME_POSSESSORS = words_of(
    "today yesterday monday tuesday wednesday thursday friday saturday sunday week month"
)
#: Verbs of buying: in a headline's present ("Peru Buys Jets") the purchase is agreed.
PURCHASE_VERBS = words_of("buy purchase acquire procure")
#: Cues of a purchase whose seller a later "the deal was signed with X" names.
PURCHASE_CUES = words_of(
    "deal contract agreement order ordered buy buys bought purchase purchased procurement "
    "acquire acquired acquisition"
)


def deal_partner(text: str, sentence: Sentence, mentions: Sequence, context=None) -> Party | None:
    """The side a sentence names for a deal told before: "The deal was inked with X" ->
    X, the seller of the purchase an earlier sentence reported without one. A with-phrase
    that names no actor takes the actor of the phrase in apposition after it ("with the
    manufacturer, the US arm of X")."""
    if not _DEAL_AGAIN.search(sentence.text):
        return None
    inside = _inside(sentence, mentions)
    units = [(m.start, m.end, m.kind, m.name) for m in inside]
    parse = parse_sentence(text, sentence.start, sentence.end, units)
    reader = _SentenceReader(parse, sentence, inside, context or SentenceContext(), {})
    for clause in parse.clauses:
        subject = clause.slot("subject")
        if subject is None:
            continue
        phrase = parse.phrases[subject.phrase]
        definite = parse.tokens[phrase.first].text.lower() in ("the", "this")
        if not definite or parse.tokens[phrase.head].lemma.lower() not in DEAL_NOUNS:
            continue
        for slot in clause.slots:
            if slot.role != "with":
                continue
            nps = [i for i, p in enumerate(parse.phrases) if p.kind == "NP"]
            after = [i for i in nps if i > slot.phrase][:1]
            apposed = [
                i for i in after
                if parse.text[parse.phrases[slot.phrase].end - parse.start
                              : parse.phrases[i].start - parse.start].strip() == ","
            ]  # fmt: skip
            owners = [o.phrase for o in parse.slots("of") if o.governor in apposed]
            for group in ((slot.phrase,), (*apposed, *owners)):  # "the US arm of X": X
                named = [
                    m for index in group
                    for m in (reader._mention(t) for t in parse.units_in(index, "actor"))
                    if m is not None and m.type in rules.PARTY_TYPES
                ]  # fmt: skip
                companies = [m for m in named if m.type == "company"]
                if named:
                    return reader._party((companies or named)[-1])
    return None


def fill_deal_partner(rows: list[Transfer], partner: Party, number: int) -> list[Transfer]:
    """Give ``partner`` as the supplier of the purchase rows, of the last three sentences,
    that name no supplier (the deal a later sentence says was signed with it)."""
    out = []
    for row in rows:
        open_purchase = (
            row.supplier == rules.NOT_STATED
            and number - 3 <= row.sentence_number < number
            and row.cue.lower() in PURCHASE_CUES
            and partner.country != row.recipient_country
        )
        if open_purchase:
            row = replace(
                row, supplier=partner.name, supplier_country=partner.country or partner.name,
                supplier_text=partner.text, inferred_from=str(number),
            )  # fmt: skip
        out.append(row)
    return out


def _inside(sentence: Sentence, mentions: Sequence) -> list:
    return [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]


def _one_deal_per_supplier(rows: list[Transfer]) -> list[Transfer]:
    """Drop a row with no recipient when the same supplier has a named one in the sentence
    with the same status: items sent together in one deal share its row ("deliver jets to X
    after donating aircraft", status unspecified); with another status it is that
    recipient's too ("sent X to Y under an agreement to ship more": agreed)."""
    named: dict[str, list[Transfer]] = {}
    for r in rows:
        if r.recipient != rules.NOT_STATED:
            named.setdefault(r.supplier, []).append(r)
    out = []
    for r in rows:
        if r.recipient == rules.NOT_STATED and r.supplier in named:
            same = named[r.supplier]
            sides = {(n.recipient, n.recipient_country, n.recipient_text) for n in same}
            told_again = any(n.item == r.item or (r.category and n.category == r.category)
                             for n in same)  # fmt: skip
            if len(sides) != 1 or (
                told_again and r.status in {"unspecified", *(n.status for n in same)}
            ):
                continue  # the same deal told twice, or loosely: its named row stands
            # another item of the same dealings ("will send tanks and supply Y with drones")
            # or another stage of them ("sent X to Y under an agreement to ship more")
            name, country, text = sides.pop()
            r = replace(r, recipient=name, recipient_country=country, recipient_text=text)
        out.append(r)
    return out


#: Nouns of a sale whose clause subject may name both sides ("A and B are negotiating the
#: sale of X"): the side that makes X sells it.
SALE_NOUNS = frozenset({"sale", "sales"})


def unplaced_side(party: Party) -> bool:
    """True for a side whose country the article does not write ("the Navy", told as
    "Navy (country not stated)").

    >>> unplaced_side(Party("Navy (country not stated)", country="Navy (country not stated)"))
    True
    >>> unplaced_side(Party("Indian Navy", country="India"))
    False
    """
    return NOT_PLACED in party.country


class _SentenceReader:
    """Names the parties and items of filled frames; keeps the sentence's context."""

    def __init__(self, parse: Parse, sentence: Sentence, mentions, context, country_names):
        self.parse, self.sentence, self.context = parse, sentence, context
        self.by_span = {(m.start, m.end): m for m in mentions}
        self.country_names = country_names
        self.quoted = sources.quoted_spans(sentence.text, getattr(context, "quote_open", False))
        self.inferred_spans: dict[tuple[int, int], str] = {}  # item -> sentence it was named in

    # -- parties ---------------------------------------------------------------------------
    def parties(self, phrases: Iterable[int], others: set[str] = frozenset()) -> list[Party]:
        out: list[Party] = []
        for index in phrases:
            phrase = self.parse.phrases[index]
            joint = self.joint_parties(index)
            if joint:
                out += [party for party in joint if party not in out]
                continue
            for part in phrase.parts or (index,):
                last = part == (phrase.parts or (index,))[-1]
                # "the government of Peru", "the governments of Japan and Australia"
                owners = self.owners_of(part, index if last else part)
                for party in [self.party_of(p, others) for p in owners] or [
                    self.party_of(part, others)
                ]:
                    if party is not None and party not in out:
                        out.append(party)
        return out

    def owners_of(self, index: int, whole: int) -> list[int]:
        """The sides an institution noun with no name of its own names in its of-phrase
        ("the government of Peru", "the governments of Japan and Australia"): each of them,
        else []. ``whole`` is the list the noun ends, whose of-phrase is then its own."""
        phrase = self.parse.phrases[index]
        head = self.parse.tokens[phrase.head]
        if phrase.parts and self.parse.phrases[phrase.parts[0]].first == phrase.first == (
            self.parse.phrases[phrase.parts[0]].last):  # fmt: skip
            # "defence and security structures of A": two modifiers of the last noun
            head = self.parse.tokens[self.parse.phrases[phrase.parts[-1]].head]
        if head.lemma.lower() not in OWNER_HEADS or self.parse.units_in(index, "actor"):
            return []
        # its own of-phrase, not one further down a chain ("to the army as per the decision
        # of the Government of India": not India's army)
        of = next((s.phrase for w in dict.fromkeys((index, whole))
                   for s in modifiers_of(self.parse, w)
                   if s.role == "of" and s.governor == w), -1)  # fmt: skip
        if of == -1 or not self.parse.units_in(of, "actor"):
            return []
        return list(self.parse.phrases[of].parts or (of,))

    def party_of(self, index: int, others: set[str]) -> Party | None:
        """The actor a phrase names: its head's unit, else its last party unit, else the
        actor a pronoun or role noun in it refers to."""
        phrase = self.parse.phrases[index]
        units = [self._mention(t) for t in self.parse.units_in(index, "actor")]
        units = [m for m in units if m is not None and m.type in rules.PARTY_TYPES]
        units = [m for m in units if not self._located(m)]  # "the Abu Dhabi-based group"
        head = self.parse.tokens[phrase.head]
        at_head = [m for m in units if (m.start, m.end) == (head.start, head.end)]
        named = at_head or [m for m in units if self._not_modifier(m)] or units
        if named and not named[-1].country and named[-1].type in GENERIC_TYPES:
            # "the army" the lexicon knows with no country: the army named before, if plain
            resolved = self._reference(phrase, others)
            if resolved is not None and resolved.name != rules.UNRESOLVED:
                return resolved
        if named and not at_head and self._members_of(named[-1], head):
            return None  # "NATO members", "EU countries": the members, not named here
        if named and not at_head and self._related_to(named[-1], phrase):
            return None  # "U.S. partner nations", "Russia's allies": others, not named here
        if named and not at_head and {head.lemma.lower(), head.text.lower()} & rules.KIN_NOUNS:
            return None  # "their Iraqi Kurdish brethren": a people, not the state
        words = {singular(t) for t in self.parse.tokens[phrase.first : phrase.head + 1]}
        if named and not at_head and words & NON_STATE_NOUNS:
            return self.non_state_side(phrase, named[-1])  # "Yemeni (rebel) groups": not Yemen
        if at_head and at_head[-1].type in ("government", "military"):
            owner = self._other_state_before(units, at_head[-1], head)
            if owner is not None:  # "the Australian DoD": Australia's, whatever "DoD" elsewhere
                return self._party(owner)
            if not at_head[-1].country:  # "the Eastern Command of the Chilean Navy": Chile's
                owned = self._owned_by(index, others)
                if owned:
                    return replace(self._party(at_head[-1], head), country=owned)
        if named:
            return self._party(named[-1], head if at_head else None)
        if head.lemma.lower() in SUBUNIT_NOUNS:  # "the 63 Brigade of the Nigerian Army"
            owner = next((s.phrase for s in modifiers_of(self.parse, index) if s.role == "of"), -1)
            parts = self.parse.phrases[owner].parts or (owner,) if owner != -1 else ()
            found = [p for p in (self.party_of(part, others) for part in parts) if p]
            if found:
                return found[0]
        unknown = self.named_institution(index)
        if unknown is not None:
            return unknown
        official = self.official_state(index, others)
        if official is not None:
            return official
        if head.text.lower() in ANY_PERSON:  # "arms to anyone in Syria": Syria's side
            places = [s.phrase for s in modifiers_of(self.parse, index) if s.role == "in"]
            found = [p for p in (self.party_of(i, others) for i in places[:1]) if p]
            if found:
                return found[0]
        placed = self.placed_group(index)
        if placed is not None:
            return placed
        told = self.told_group(index)
        if told is not None:
            return told
        if head.tag == "PROPN":
            return None  # a name the lexicon does not know is not guessed at
        if head.text.lower() in FIRST_PERSON and self._in_quote(phrase.start):
            return self.speaker_side(others)
        first = self.parse.tokens[phrase.first].text.lower()
        if first in ("our", "my") and head.lemma.lower() in OWN_STATE_NOUNS and (
                self._in_quote(phrase.start)):  # fmt: skip
            return self.speaker_side(others)  # '"Our country never sold X," the minister said'

        return self._reference(phrase, others)

    def _owned_by(self, index: int, others: set[str]) -> str:
        """The country of the side a body's own of-phrase names ("the Eastern Command of
        the Chilean Navy" -> Chile), when that side has one; else ""."""
        of = next(
            (s.phrase for s in modifiers_of(self.parse, index)
             if s.role == "of" and s.governor == index), -1
        )  # fmt: skip
        owner = self.party_of(of, others) if of != -1 else None
        return owner.country if owner is not None and owner.country != owner.name else ""

    def official_state(self, index: int, others: set[str]) -> Party | None:
        """The state a named official acts for: "Defence Minister A B handed over two boats"
        -> A B's country, when the phrase names one person the entities place in a country
        and gives them a state office (``STATE_OFFICES``), here or next to another mention
        of them (``officials.office_holders``); else None. A person without an office
        ("businessman A B") stays no side."""
        phrase = self.parse.phrases[index]
        people = [self._mention(t) for t in self.parse.units_in(index, "actor")]
        people = [m for m in people if m is not None and m.type == "person" and m.country]
        words = {w.lower().strip(".,") for w in phrase.text.split()}
        words |= {w.lower() for m in people for w in m.form.split()}
        countries = {self.country_names.get(m.country, m.country) for m in people}
        # "Defence Minister A B said ... A B has inked contracts": an office told before
        holder = any(m.name in getattr(self.context, "officials", ()) for m in people)
        if len(countries) != 1 or not (holder or words & STATE_OFFICES) or countries & set(others):
            return None
        name = countries.pop()
        return Party(name, name, phrase.text, phrase.start, phrase.end)

    def _other_state_before(self, units, institution, head):
        """The country a plain demonym before a state body's name gives it when the lexicon
        places the name in another country ("the Australian DoD": Australia's department),
        else None. A hyphened modifier ("the US-backed X") says who backs it, not whose it is."""
        for mention in units:
            token = next(t for t in self.parse.tokens if t.start <= mention.start < t.end)
            before = token.index < head.index and "-" not in token.text
            if before and mention.type == "country" and mention.country != institution.country:
                return mention
        return None

    def placed_group(self, index: int) -> Party | None:
        """Rebels, militants or an opposition placed in a country by an in-phrase ("the
        rebels in Mali", "militants in Syria"): that country's armed group, as "Malian
        rebels" is; else None."""
        phrase = self.parse.phrases[index]
        if self.parse.tokens[phrase.head].lemma.lower() not in PLACED_GROUP_NOUNS:
            return None
        where = placed_in(self.parse, index)
        units = self.parse.units_in(where, "actor") if where != -1 else []
        found = [m for m in map(self._mention, units) if m is not None and m.country]
        if len(found) != 1:
            return None
        whole = replace(phrase, end=self.parse.phrases[where].end)
        return self.non_state_side(whole, found[0])

    def told_group(self, index: int) -> Party | None:
        """Rebels written with no country ("weapons smuggled to rebels", "the rebels") in an
        article that names the fighters of one country only ("Syrian rebels"): that side, as
        a reader takes it; else None (two such sides are two readings)."""
        phrase = self.parse.phrases[index]
        words = [t for t in self.parse.tokens[phrase.first : phrase.last + 1] if t.tag != "DET"]
        if len(words) != 1 or singular(words[0]) not in PLACED_GROUP_NOUNS:
            return None
        groups = set((getattr(self.context, "armed_groups", {}) or {}).values())
        if len(groups) != 1:
            return None
        name = groups.pop()
        return Party(name, "", words[0].text, words[0].start, phrase.end)

    def non_state_side(self, phrase, mention) -> Party:
        """An armed group written by its country's name and a noun of rebels or fighters
        ("Yemeni rebels", "the Syrian opposition"): the one armed group of that country the
        article names, else the words, with no country (the group is not the state)."""
        groups = getattr(self.context, "armed_groups", {}) or {}
        group = groups.get(mention.country, "")
        first = next(t for t in self.parse.tokens[phrase.first :] if t.tag != "DET")
        text = self.parse.text[first.start - self.parse.start : phrase.end - self.parse.start]
        return Party(group or text, group, text, first.start, phrase.end)

    def joint_parties(self, index: int) -> list[Party]:
        """The two or more parties a plural pronoun stands for ("A and B said they ...")."""
        span = joint_subject_span(self.parse, index)
        if span is None:
            return []
        found = [
            m for m in self.by_span.values()
            if m.kind == "actor" and m.type in rules.PARTY_TYPES
            and span[0] <= m.start and m.end <= span[1]
        ]  # fmt: skip
        parties: list[Party] = []
        for mention in sorted(found, key=lambda m: m.start):
            party = self._party(mention)
            if party.name not in {p.name for p in parties}:
                parties.append(party)
        return parties if len(parties) > 1 else []

    def named_institution(self, index: int) -> Party | None:
        """A public body or a firm the lexicon does not know, named by a proper noun before
        an institution noun or a company noun ("the Delta state government", "the Kano
        police command", "the state-owned Lima shipyard"): the side is its words, with no
        country (nothing is guessed about whose it is)."""
        phrase = self.parse.phrases[index]
        tokens = self.parse.tokens[phrase.first : phrase.head + 1]
        if self.parse.units_in(index, "actor") or phrase.parts or phrase.possessor != -1:
            return None
        head = self.parse.tokens[phrase.head]
        names = [t for t in tokens[:-1] if t.tag == "PROPN" and t.text[:1].isupper()]
        firm = head.lemma.lower() in COMPANY_REFERENCES
        if (head.lemma.lower() not in INSTITUTION_NOUNS and not firm) or not names:
            return None
        # "the state-owned Goa shipyard": a firm is named by its words from the name on
        words = tokens[tokens.index(names[0]) :] if firm else [t for t in tokens if t.tag != "DET"]
        start, end = words[0].start, words[-1].end
        text = self.parse.text[start - self.parse.start : end - self.parse.start]
        return Party(text, "", text, start, end)

    @staticmethod
    def _members_of(mention, head) -> bool:
        """True for an organisation before a head noun of its members ("NATO members")."""
        return mention.type == "organisation" and head.lemma.lower() in MEMBER_HEADS

    def _located(self, mention) -> bool:
        """True for a place written as where a company sits ("the Abu Dhabi-based group",
        "a Texas-headquartered firm"): a location, not a side."""
        after = self.sentence.text[mention.end - self.sentence.start :]
        return bool(LOCATED_AFTER.match(after))

    def _related_to(self, mention, phrase) -> bool:
        """True for a side named before a noun of those related to it ("U.S. partner
        nations", "Russia's allies"): the phrase means the others, not the side."""
        after = self.parse.tokens[phrase.first : phrase.head + 1]
        return any(t.start >= mention.end and t.lemma.lower() in RELATION_NOUNS for t in after)

    def _in_quote(self, offset: int) -> bool:
        at = offset - self.sentence.start
        return any(a <= at < b for a, b in self.quoted)

    def speaker_side(self, others: set[str]) -> Party | None:
        """'"We will send rifles," Peru's defence minister said': first person in a quotation
        is the side of the quotation's speaker, the subject of a speech verb outside it."""
        for clause in self.parse.clauses:
            verb = self.parse.phrases[clause.verb]
            subject = clause.slot("subject")
            if verb.verb.lemma not in SPEECH_VERBS or subject is None or self._in_quote(verb.start):
                continue
            if self.parse.tokens[self.parse.phrases[subject.phrase].head].tag == "PRON":
                continue
            party = self.party_of(subject.phrase, others)
            if party is not None:
                return party
        return None

    def _not_modifier(self, mention) -> bool:
        token = next(t for t in self.parse.tokens if t.start <= mention.start < t.end)
        return token.tag != "ADJ"

    def _mention(self, token):
        """The lexicon mention a unit token holds (a token may be wider: "Iranian-built")."""
        found = self.by_span.get((token.start, token.end))
        if found is None and token.unit_kind:
            found = next(
                (m for (a, b), m in self.by_span.items() if token.start <= a and b <= token.end),
                None,
            )
        return found

    def _party(self, mention, token=None) -> Party:
        country = self.roll_up(mention)
        text = self.parse.text[
            mention.start - self.sentence.start : mention.end - self.sentence.start
        ]
        return Party(mention.name, country, text, mention.start, mention.end)

    def roll_up(self, mention) -> str:
        if mention.type in rules.ROLL_UP_TYPES and mention.country:
            return self.country_names.get(mention.country, mention.country)
        return mention.name

    def _denier(self, phrase):
        """The side a denial clause names, when ``phrase`` is "it"/"they" as the subject of
        the claim it denies ("The United States denied Russia's claim that it is arming
        the rebels": one denies what is said of oneself), else None."""
        if self.parse.tokens[phrase.head].text.lower() not in ("it", "they"):
            return None
        clause = next(
            (c for c in self.parse.clauses
             if (c.slot("subject") is not None and c.slot("subject").phrase == phrase.index)),
            None,
        )  # fmt: skip
        while clause is not None and clause.parent != -1:
            clause = self.parse.clauses[clause.parent]
            if self.parse.phrases[clause.verb].verb.lemma not in DENIAL_VERBS:
                continue
            subject = clause.slot("subject")
            units = self.parse.units_in(subject.phrase, "actor") if subject is not None else []
            found = [m for m in map(self._mention, units) if m is not None]
            return found[-1] if len(found) == 1 else None
        return None

    def _reporter(self, phrase):
        """The subject of a verb of saying or notifying, when ``phrase`` is "it" as the subject
        of what is said ("The ministry notified Congress that it had agreed to sell X": the
        one who says it speaks of itself, not of whom it tells), else None."""
        if self.parse.tokens[phrase.head].text.lower() != "it":
            return None
        clause = next(
            (c for c in self.parse.clauses
             if c.kind == "complement" and c.slot("subject") is not None
             and c.slot("subject").phrase == phrase.index),
            None,
        )  # fmt: skip
        if clause is None or clause.parent == -1:
            return None
        parent = self.parse.clauses[clause.parent]
        if self.parse.phrases[parent.verb].verb.lemma not in REPORTING_VERBS:
            return None
        subject = parent.slot("subject")
        units = self.parse.units_in(subject.phrase, "actor") if subject is not None else []
        found = [m for m in map(self._mention, units) if m is not None]
        return found[0] if len(found) == 1 else None

    def _object_relative_subject(self, phrase):
        """The subject of the clause above, when ``phrase`` is "it" as the subject of a
        relative clause on that clause's object ("Norway sold Peru the tanks it had ordered
        from Germany": Norway ordered them, not the one it sold them to), else None."""
        if self.parse.tokens[phrase.head].text.lower() != "it":
            return None
        clause = next(
            (c for c in self.parse.clauses
             if c.kind == "relative" and c.slot("subject") is not None
             and c.slot("subject").phrase == phrase.index and not c.slot("subject").implicit),
            None,
        )  # fmt: skip
        if clause is None or clause.parent == -1:
            return None
        parent = self.parse.clauses[clause.parent]
        held = parent.slot("object")
        subject = parent.slot("subject")
        if held is None or held.phrase != clause.head_noun or subject is None:
            return None
        units = self.parse.units_in(subject.phrase, "actor")
        found = [m for m in map(self._mention, units) if m is not None]
        return found[0] if len(found) == 1 else None

    def _group_member(self, phrase):
        """The actor a copula places in a group: "X is among the countries supplying ...",
        "X is one of the nations that sent ...": the group's deed is X's (``phrase`` is the
        group, the head of the clause of the deed), else None."""
        if self.parse.tokens[phrase.head].lemma.lower() not in MEMBER_GROUPS:
            return None
        for clause in self.parse.clauses:
            verb = self.parse.phrases[clause.verb].verb if clause.verb != -1 else None
            if verb is None or verb.lemma not in COPULA_VERBS or verb.negated:
                continue
            placed = [s for s in clause.slots if s.phrase == phrase.index
                      and s.role in ("among", "of")]  # fmt: skip
            subject = clause.slot("subject")
            if not placed or subject is None:
                continue
            between = self.parse.tokens[self.parse.phrases[clause.verb].first : phrase.first]
            if any(t.tag == "NEG" for t in between):
                return None  # "X is not among the countries ...": not placed in it
            units = self.parse.units_in(subject.phrase, "actor")
            found = [m for m in map(self._mention, units) if m is not None]
            return found[0] if len(found) == 1 else None
        return None

    def _reference(self, phrase, others: set[str]) -> Party | None:
        offset = self.sentence.start
        denier = self._denier(phrase)
        if denier is None:
            denier = self._reporter(phrase) or self._group_member(phrase)
        if denier is None:
            denier = self._object_relative_subject(phrase)
        if denier is not None and self.roll_up(denier) not in others:
            return Party(denier.name, self.roll_up(denier), phrase.text, phrase.start, phrase.end)
        owner = self._person_state(phrase, others)  # "his country": the minister's
        if owner is not None:
            return owner
        found = sources.find_reference(
            self.sentence.text, phrase.start - offset, phrase.end - offset
        )
        if found is None:
            return None
        earlier = [
            m for m in self.by_span.values()
            if m.kind == "actor" and m.type in rules.PARTY_TYPES and m.end <= phrase.start
        ]  # fmt: skip
        if found.text.lower() in PLURAL_PRONOUNS:  # "... but the rebels said they ..."
            group = self._nearer_plural(phrase, found, earlier, others)
            if group is not None:
                return group
        previous = getattr(self.context, "previous_subjects", ())
        actor = sources.resolve_reference(found, earlier, previous, set(others), self.roll_up)
        if actor is None and found.types == rules.COUNTRY_TYPES:
            # "Spain's minister visited Oman. Spain will sell howitzers to the sultanate":
            # the one state the sentence before names that is not the other side
            actor = self._one_state_before(others)
        if actor is None and found.text.lower().split()[-1] in FORCE_REFERENCES:
            # "the military" after "the Nigerian army" was named: the one force named before
            forces = {
                self.roll_up(m): m for m in getattr(self.context, "earlier_forces", ())
                if self.roll_up(m) not in others
            }  # fmt: skip
            actor = next(iter(forces.values())) if len(forces) == 1 else None
        if actor is None and found.text.lower().split()[-1] in COMPANY_REFERENCES:
            # "the company" after one company was named: that company, when it is the only one
            firms = {
                m.name: m for m in getattr(self.context, "earlier_companies", ())
                if m.name not in others
            }  # fmt: skip
            actor = next(iter(firms.values())) if len(firms) == 1 else None
        start, end = offset + found.start, offset + found.end
        if actor is None:
            return Party(rules.UNRESOLVED, "", found.text, start, end)
        return Party(actor.name, self.roll_up(actor), found.text, start, end)

    def _one_state_before(self, others: set[str]):
        """The one state of the sentence before outside ``others``, else None."""
        states = {
            self.roll_up(m): m for m in getattr(self.context, "previous_states", ())
            if self.roll_up(m) not in others
        }  # fmt: skip
        return next(iter(states.values())) if len(states) == 1 else None

    def _person_state(self, phrase, others: set[str]) -> Party | None:
        """The one country of the person whose "his country" ``phrase`` is, else None."""
        subject = person_owned_state(self.parse, phrase.index)
        if subject is None:
            return None
        sides = set()
        for token in self.parse.units_in(subject, "actor"):
            mention = self._mention(token)
            if mention is None or not mention.country:
                continue
            sides.add(self.country_names.get(mention.country, mention.country))
        if len(sides) != 1 or sides & set(others):
            return None
        name = sides.pop()
        return Party(name, name, phrase.text, phrase.start, phrase.end)

    def _nearer_plural(self, phrase, found, earlier, others: set[str]) -> Party | None:
        """What a plural pronoun means when a plural noun stands nearer than any actor:
        fighters named by a noun ("the rebels") are that side; another noun leaves two
        readings (unresolved). None when an actor is the nearer reading."""
        group = plural_noun_before(self.parse, phrase.index)
        if group is None:
            return None
        near = self.parse.phrases[group]
        actors = [m for m in earlier if m.type in found.types and self.roll_up(m) not in others]
        if any(m.end > near.start for m in actors):
            return None
        start = self.sentence.start + found.start
        if singular(self.parse.tokens[near.head]) in NON_STATE_NOUNS:
            return self._words_side(near)
        return Party(rules.UNRESOLVED, "", found.text, start, start + len(found.text))

    def _words_side(self, phrase) -> Party:
        """A side named by its words alone ("the rebels"): no country, nothing guessed."""
        words = [t for t in self.parse.tokens[phrase.first : phrase.last + 1] if t.tag != "DET"]
        text = self.parse.text[words[0].start - self.parse.start : phrase.end - self.parse.start]
        return Party(text, "", text, words[0].start, phrase.end)

    def _named(self, phrases: Iterable[int]) -> set[str]:
        out = set()
        for index in phrases:
            for token in self.parse.units_in(index, "actor"):
                mention = self._mention(token)
                if mention is not None:
                    out.add(self.roll_up(mention))
        return out

    def _is_cue(self, index: int, found: FrameMatch) -> bool:
        """True when an item phrase is the deal noun itself, its item told only as a modifier
        ("Germany signs Saudi tank deal"): an actor before it names a side of the deal, the
        buyer as often as the seller, never the item's origin; with the seller named
        elsewhere ("Acme won the Peruvian frigate contract") it is the buyer."""
        head = self.parse.tokens[self.parse.phrases[index].head]
        return head.start == found.cue_start

    def origins(self, phrases: Iterable[int], others: set[str]) -> list[Party]:
        """Actors named before an item's head ("Chinese missiles", "U.S. military aid"):
        where the item comes from, when no supplier is written."""
        out = []
        for index in phrases:
            for part in self.parse.phrases[index].parts or (index,):
                p = self.parse.phrases[part]
                for token in self.parse.tokens[p.first : p.head]:
                    mention = self._mention(token) if token.unit_kind == "actor" else None
                    if mention is None or mention.type not in rules.PARTY_TYPES:
                        continue
                    party = self._party(mention)
                    if party.country not in others and party not in out:
                        out.append(party)
        return out

    def approving_state(self, found: FrameMatch, recipients: list[Party]) -> list[Party]:
        """The state that approves a sale no seller is named for is the exporting state
        ("The US cleared Peru to buy F-16s", "Spain approved the sale of tanks to Peru"),
        unless it is the buyer's own side ("Peru's cabinet cleared the purchase of X") or an
        item is made in another country (then the approver only permits another's sale).
        A purchase approved for a side no country is written for ("the Defence Ministry
        approved procurement of 111 helicopters for the Navy") is the buyer's own approval:
        nothing tells an exporting state apart from the buyer's side."""
        if found.direction == "get" and any(unplaced_side(p) for p in recipients):
            return []
        taken = {p.country for p in recipients}
        countries = set(self.country_names.values())
        states = [
            p for p in self.parties(found.approver, taken)
            if p.country not in taken and (self._type(p) in STATE_TYPES or (
                not self._type(p) and p.country in countries))  # "it had cleared": a reference
        ]  # fmt: skip
        made_in = self.made_in(found)
        return [p for p in states if not made_in or made_in == {p.country}]

    def maker_side(self, found: FrameMatch, sides: list[Party]) -> tuple[list[Party], list[Party]]:
        """(suppliers, recipients) of a deal two sides sign together ("Seoul and Warsaw
        signed a deal for K2 tanks"): the side whose country makes every item supplies the
        others; ([], sides) when no one side does."""
        made_in = self.made_in(found)
        makers = [p for p in sides if p.country in made_in]
        if len(made_in) != 1 or len(makers) != 1:
            return [], sides
        return makers, [p for p in sides if p not in makers]

    def made_in(self, found: FrameMatch) -> set[str]:
        """The countries the lexicon says the named items are made in."""
        return {
            self.country_names.get(w.country, w.country)
            for index in found.items
            for w in map(self._mention, self.parse.units_in(index, "weapon"))
            if w is not None and w.country
        }  # fmt: skip

    def is_item(self, parse: Parse, index: int) -> bool:
        """Military equipment, or a pronoun that can only mean one weapon named before, or a
        short form the article gave an item ("ASVs" after "armoured security vehicles (ASV)")."""
        if phrase_is_item(parse, index) or self.antecedent(index) is not None:
            return True
        head = parse.tokens[parse.phrases[index].head].text
        return is_item_acronym(head, getattr(self.context, "item_acronyms", frozenset()))

    def antecedent(self, index: int):
        """The one weapon "it"/"them"/"they" means: the only weapon named earlier in the
        sentence, else the only one of the sentence before; None when not plain. A
        demonstrative and a gathering noun ("these systems", "those weapons") point back
        the same way."""
        phrase = self.parse.phrases[index]
        head = self.parse.tokens[phrase.head]
        pronoun = head.tag == "PRON" and head.text.lower() in ITEM_PRONOUNS
        gun = self._gun_told_back(phrase)
        such = self._such_units(phrase)
        told = pronoun or gun or self._demonstrative_item(phrase) or self._counted_units(phrase)
        told = told or such
        if phrase.parts or not told:
            return None
        here = [
            m for m in self.by_span.values() if m.kind == "weapon" and m.end <= phrase.start
        ]  # fmt: skip
        groups = [here, getattr(self.context, "previous_weapons", ())]
        if self._counted_units(phrase) or such:  # "three units", "30 such systems": the one
            # system the article named
            groups.append(
                [w for w in getattr(self.context, "earlier_weapons", ()) if not w.name.islower()]
            )
        for group in groups:
            names = {m.name: m for m in group}
            if len(names) == 1:
                found = next(iter(names.values()))
                return found if not gun or found.type in GUN_TYPES else None
            if names and self._demonstrative_item(phrase):  # "these systems": a list's class
                return umbrella_told_back(group, head.text)
            if names:
                return None  # two readings: never guessed
        return None

    def _gun_told_back(self, phrase) -> bool:
        """True for "the guns" / "these guns" alone: a class every howitzer or rifle is
        one of, told back after the one such weapon just named."""
        tokens = self.parse.tokens[phrase.first : phrase.last + 1]
        return (
            len(tokens) == 2
            and tokens[0].text.lower() in DEFINITE_BACK
            and tokens[1].text.lower() in GUN_NOUNS
        )

    def _counted_units(self, phrase) -> bool:
        """True for "units" counted or pointed at and nothing else ("three units", "the
        first two units", "six more units"): pieces of the one system named before."""
        tokens = self.parse.tokens[phrase.first : phrase.last + 1]
        on_deal = any(  # "a contract for 44 units": the deal's size, read with the deal
            s.phrase == phrase.index
            and s.governor >= 0
            and self.parse.tokens[self.parse.phrases[s.governor].head].lemma.lower()
            in CONTRACT_NOUNS
            for s in self.parse.slots()
        )
        return (
            tokens[-1].lemma.lower() == "unit"
            and len(tokens) > 1
            and not on_deal
            and all(t.tag in ("DET", "NUM", "ADJ", "ADV") and not t.unit_kind for t in tokens[:-1])
        )

    def _such_units(self, phrase) -> bool:
        """True for "such" before a gathering noun ("49 such systems", "nine such units",
        "36 such truck-mounted systems"): more of the kind told before, naming none. The
        words between may describe it but name no weapon or side."""
        tokens = self.parse.tokens[phrase.first : phrase.last + 1]
        such = [n for n, t in enumerate(tokens) if t.text.lower() == "such"]
        head = tokens[-1].lemma.lower()
        return (
            bool(such)
            and (head in UMBRELLA_HEADS or head in SUCH_HEADS)
            and not any(t.unit_kind for t in tokens)
            and all(t.tag in ("DET", "NUM", "ADV") for t in tokens[: such[0]])
        )

    def _demonstrative_item(self, phrase) -> bool:
        """True for "these"/"those" and a gathering noun alone ("these systems", "those
        weapons"), or "the systems" (the noun every named system is one of): words that
        point back to the items told before, naming none."""
        tokens = self.parse.tokens[phrase.first : phrase.last + 1]
        if len(tokens) != 2:
            return False
        first, noun = tokens[0].text.lower(), tokens[1]
        if first == "the":
            return noun.text.lower() == "systems"
        return first in DEMONSTRATIVES and (
            noun.lemma.lower() in UMBRELLA_HEADS or noun.unit_name in UMBRELLA_HEADS
        )

    # -- items -----------------------------------------------------------------------------
    def items(self, phrases: Iterable[int]) -> list[tuple[str, str, int, int, str]]:
        """(name, category, start, end, quantity) per item: a weapon unit, or the phrase's
        own words; the quantity is the one written before that item ("24 K9 howitzers")."""
        out = []
        for index in phrases:
            listed = listed_after(self.parse, index)  # "two ships — a frigate and a corvette —"
            index = index if listed == -1 else listed
            phrase = self.parse.phrases[index]
            if phrase.kind == "VG":  # "will train Chilean pilots", "armed the group"
                lemma = self.parse.tokens[phrase.head].lemma.lower()
                name, category = VERB_ITEMS.get(lemma, ("", "service"))
                out.append((name, category, phrase.start, phrase.end, ""))
                continue
            for part in phrase.parts or (index,):
                if phrase.parts and is_civilian_goods(self.parse, part):
                    continue  # "vehicles and some medical equipment": the vehicles only
                weapons = [self._mention(t) for t in self.parse.units_in(part, "weapon")]
                weapons = [w for w in weapons if w is not None]
                # "Su-35 fighter jets": the class noun after a named system is that system
                weapons = [
                    w for i, w in enumerate(weapons)
                    if not (i and self._adjacent(weapons[i - 1], w))
                ]  # fmt: skip
                # "the missile firing frigate": a generic weapon before another weapon at the
                # phrase's head only says what that one is
                head = self.parse.tokens[self.parse.phrases[part].head]
                weapons = [
                    w for w in weapons
                    if not (w.name.islower() and w.end <= head.start and head.unit_kind == "weapon")
                ] or weapons  # fmt: skip
                named = self._designated(part) or self.antecedent(part)
                back = None if named is not None else self._told_before(part)
                named = named or back
                quantity = self.parse.phrases[part].quantity
                if named is not None:  # "the K-9 artillery guns" after "K-9 Thunder howitzers"
                    p = self.parse.phrases[part]
                    if named.start < self.sentence.start:  # named in an earlier sentence
                        numbers = getattr(self.context, "weapon_sentences", {}) or {}
                        self.inferred_spans[(p.start, p.end)] = str(numbers.get(named.start, ""))
                    # "the two vessels": the item is written after its determiner
                    start = self.parse.tokens[p.first + 1].start if back is not None else p.start
                    end = p.end
                    if back is None and named.start >= self.sentence.start and (
                        self.parse.tokens[p.head].tag == "PRON"):  # fmt: skip
                        start, end = named.start, named.end  # "smuggling them": the arms
                    out.append((named.name, named.type, start, end, quantity))
                elif weapons:
                    out += [self._named_class(part, w, quantity) for w in weapons]
                else:
                    p = self.parse.phrases[part]
                    first = next(
                        (
                            t
                            for t in self.parse.tokens[p.first : p.last + 1]
                            if t.tag not in ("DET", "NUM")  # "two ships": the ships
                            and t.text.lower() not in ITEM_FILLERS
                            and t.text[:1] not in "$€£¥₹"  # the price is not the item's name
                        ),
                        self.parse.tokens[p.first],
                    )
                    text = p.text[first.start - p.start :]
                    out.append((text, "unspecified", first.start, p.end, quantity))
        return list(dict.fromkeys(out))

    def _named_class(self, part: int, weapon, quantity: str) -> tuple:
        """A generic class the lexicon knows, after a name it does not know ("Akash air
        defence systems", "Lynx infantry fighting vehicles"): the name with the class."""
        phrase = self.parse.phrases[part]
        tokens = self.parse.tokens[phrase.first : phrase.last + 1]
        at = next((i for i, t in enumerate(tokens) if t.start == weapon.start), 0)
        names = []
        for token in reversed(tokens[:at]):
            if token.tag != "PROPN" or token.unit_kind or not weapon.name.islower():
                break
            names.insert(0, token)
        if not names:
            return (weapon.name, weapon.type, weapon.start, weapon.end, quantity)
        name = " ".join(t.text for t in names) + " " + weapon.name
        return (name, weapon.type, names[0].start, weapon.end, quantity)

    def _designated(self, part: int):
        """An earlier weapon whose name starts with a designation written in this phrase
        ("K-9", "HQ-22") that the lexicon did not match here; None when not exactly one."""
        phrase = self.parse.phrases[part]
        earlier = getattr(self.context, "earlier_weapons", ())
        for token in self.parse.tokens[phrase.first : phrase.head + 1]:
            if token.unit_kind or not _DESIGNATION.match(token.text):
                continue
            key = _squash(token.text)
            found = {w.name: w for w in earlier if _squash(w.form).startswith(key)}
            if len(found) == 1:
                return next(iter(found.values()))
        return None

    def _told_before(self, part: int):
        """The one named weapon of an earlier sentence that a definite class noun refers
        back to ("the two vessels" after "two Cape-class patrol boats"): a phrase of only
        "the"/"these"/"those", a number and a generic class the lexicon knows, when the
        article named exactly one weapon of that category before; else None."""
        phrase = self.parse.phrases[part]
        tokens = self.parse.tokens[phrase.first : phrase.last + 1]
        if phrase.parts or tokens[0].text.lower() not in DEFINITE_BACK:
            return None
        if any(t.tag not in ("DET", "NUM") and not t.unit_kind for t in tokens[1:]):
            return None  # "the new vessels", "the Navy's vessels": more than a reference
        weapons = [self._mention(t) for t in self.parse.units_in(part, "weapon")]
        if len(weapons) != 1 or weapons[0] is None or not weapons[0].name.islower():
            return None
        earlier = [
            w for w in getattr(self.context, "earlier_weapons", ())
            if w.type == weapons[0].type and not w.name.islower()
        ]  # fmt: skip
        found = {w.name: w for w in earlier}
        return next(iter(found.values())) if len(found) == 1 else None

    def _adjacent(self, first, second) -> bool:
        gap = self.parse.text[first.end - self.sentence.start : second.start - self.sentence.start]
        return not gap.strip()

    # -- rows ------------------------------------------------------------------------------
    def rows(self, found: FrameMatch) -> list[Transfer]:
        # a reference never means the other side ("The regime received radars from Russia")
        # nor the maker named in the item ("the Chinese howitzers it bought": not China)
        named = self._named(found.supplier) | self._named(found.items)
        recipients = self.parties(found.recipient, named)
        suppliers = self.parties(found.supplier, {p.country for p in recipients})
        own: dict[tuple[int, int], set[str]] = {}
        if not recipients and found.direction == "get" and found.approver:
            # "Peru's cabinet cleared the purchase of Acme's rifles" / "... of 20 Chilean
            # jets": the buyer's side approves its own purchase
            sellers = {p.country for p in suppliers} | self.made_in(found)
            sellers |= {p.country for p in self.origins(list(found.items), set())}
            approvers = self.parties(found.approver, named | sellers)
            recipients = [p for p in approvers if p.country not in sellers]
        if not suppliers and recipients:  # "Chinese missiles" delivered to Y: China supplies
            # and so does the sender of what holds them ("a US shipment of bombs")
            phrases = [i for i in (*found.items, *found.containers) if not self._is_cue(i, found)]
            suppliers = self.origins(phrases, {p.country for p in recipients})
            own = self.own_origins(found, {p.country for p in recipients})
        if self.contract_sides_turned(found, suppliers, recipients):
            suppliers, recipients = recipients, suppliers
        if suppliers and not recipients:  # "Acme won the Peruvian frigate contract": Peru
            deals = [i for i in found.items if self._is_cue(i, found)]
            recipients = self.origins(deals, {p.country for p in suppliers})
        if not suppliers and recipients and found.signer:  # a company signs to sell
            signers = self.parties(found.signer)
            suppliers = [p for p in signers if self._type(p) == "company"]
        if not suppliers and recipients and found.approver:
            suppliers = self.approving_state(found, recipients)
        if not suppliers and len(recipients) > 1:  # "A and B signed a deal for A-made X"
            suppliers, recipients = self.maker_side(found, recipients)
        if (
            not recipients
            and len(suppliers) > 1
            and found.direction == "give"
            and (found.cue.lower() in SALE_NOUNS | CONTRACT_NOUNS)
        ):  # "A and B are negotiating the sale of A-made X" / "signed a sale deal for A-made
            # X": A sells, B buys (a deal noun gives only as a "sale deal")
            makers, others = self.maker_side(found, suppliers)
            if makers:
                suppliers, recipients = makers, others
            elif len({p.country or p.name for p in suppliers}) == 2 and len(found.supplier) == 1:
                # no side makes X: one subject "A and B" names them in the order of the sale
                # ("A and B are in talks over the sale of X"); "A held talks with B on the
                # sale" says not who sells
                suppliers, recipients = suppliers[:1], suppliers[1:]
            elif len(found.supplier) > 1:
                return []  # the subject and the with-phrase of talks, no maker: no one sells
        if found.cue in SERVICE_ENTRY_VERBS and not suppliers:
            return []  # "the navy commissioned its new frigate": no one supplies it here
        if self._company_buys(found, suppliers, recipients) or self._company_signs(
            found, suppliers, recipients
        ):
            suppliers, recipients = recipients, suppliers
        items = self.items(found.items)
        force_only = not any(self.is_item(self.parse, i) for i in found.items)
        if force_only and recipients and all(p.name == rules.UNRESOLVED for p in recipients):
            return []  # "ships / training for the navy": military only for a force we know
        told_again = self._definite_package(found)  # "The package also includes X"
        if not items or not (suppliers or recipients or told_again):
            return []
        # a side written without a name ("countries that own them") keeps its words
        suppliers = suppliers or [Party(rules.NOT_STATED, text=found.supplier_text)]
        recipients = recipients or [Party(rules.NOT_STATED, text=found.recipient_text)]
        denied_by = (
            self.parse.phrases[found.denied_by].text
            if found.denied_by != -1 and found.status == "denied"
            else ""
        )
        out = []
        own = own or self.own_suppliers(found)
        for supplier in suppliers:
            for recipient in recipients:
                if (
                    supplier.country
                    and supplier.country == recipient.country
                    and not (
                        is_industry(supplier.name, self._type(supplier))
                        and self._type(recipient) != "company"
                    )
                ):  # a state buying from its own industry is a transfer; else one side
                    continue
                for item in items:
                    names = next((n for (a, b), n in own.items() if a <= item[2] < b), None)
                    if names is None or supplier.name in names:
                        out.append(self.row(found, supplier, recipient, item, denied_by))
        return out

    def own_origins(self, found: FrameMatch, others: set[str]) -> dict[tuple[int, int], set[str]]:
        """Items that each name their own maker ("received Turkish drones and Russian
        helicopters"): each item's span -> its origins' names; empty unless two do."""
        pairs = {}
        for index in found.items:
            for part in self.parse.phrases[index].parts or (index,):
                names = {p.name for p in self.origins([part], others)}
                if names:
                    phrase = self.parse.phrases[part]
                    pairs[(phrase.start, phrase.end)] = names
        return pairs if len(pairs) > 1 else {}

    def own_suppliers(self, found: FrameMatch) -> dict[tuple[int, int], set[str]]:
        """Items that each name their own supplier ("tanks from A and artillery from B
        arrived"): each item's span -> its supplier's names; empty when they do not."""
        if len(found.supplier) < 2:
            return {}
        pairs = {}
        for index in found.items:
            for part in self.parse.phrases[index].parts or (index,):
                own = [
                    s.phrase for s in modifiers_of(self.parse, part)
                    if s.role == "from" and s.governor == part and s.phrase in found.supplier
                ]  # fmt: skip
                if len(own) != 1:
                    return {}
                phrase = self.parse.phrases[part]
                pairs[(phrase.start, phrase.end)] = {p.name for p in self.parties(own)}
        return pairs if len(pairs) > 1 else {}

    def _definite_package(self, found: FrameMatch) -> bool:
        """True for a package or aid cue told again by a definite noun ("The package also
        includes X"): its sides are those of the transfer told just before."""
        if found.cue not in PACKAGE_NOUNS:
            return False
        token = next((t for t in self.parse.tokens if t.start == found.cue_start), None)
        phrase = self.parse.phrase_of(token.index) if token is not None else None
        first = self.parse.tokens[phrase.first].text.lower() if phrase is not None else ""
        if phrase is None:
            return False
        before = self.parse.text[: phrase.start - self.parse.start].split()
        if before and before[-1].lower().rstrip("'’s") in TIME_POSSESSORS:
            return before[-1].lower()[-2:] in ("'s", "’s")  # "Today's aid includes X"
        return first in ("the", "this") and phrase.possessor == -1  # "the announced package"

    def _company_buys(self, found: FrameMatch, suppliers, recipients) -> bool:
        """True when a contract or deal reads a company as the buyer from a government or
        army: the two sides of "X signed a contract with Y" are read by who sells (a
        company to a state, as a government buying from its industry does), not by order."""
        if found.direction != "get" or found.cue not in DEAL_NOUNS:
            return False
        kinds = [{self._type(p) for p in side} for side in (suppliers, recipients)]
        return (
            bool(suppliers and recipients)
            and kinds[1] == {"company"}
            and ("company" not in kinds[0])
        )

    def contract_sides_turned(self, found: FrameMatch, suppliers, recipients) -> bool:
        """True when "A signed a deal with B to supply X", read as B supplying A, is A's
        delivery: B is no company (a maker hired is one: "the navy signed a contract with
        Acme to build frigates") and A is a state or a company, not a service that buys."""
        if not found.contract_signer or not suppliers or not recipients:
            return False
        sellers = {self._type(p) for p in suppliers}
        signers = {self._type(p) for p in recipients}
        return "company" not in sellers and "" not in sellers and signers <= {
            "country", "government", "company"}  # fmt: skip

    def _company_signs(self, found: FrameMatch, suppliers, recipients) -> bool:
        """True when the only side of a contract or deal is a company that signed it ("Acme
        signed a contract covering six frigates for the navy"): a company sells, it is the
        supplier, and the buyer is told elsewhere or not at all."""
        if found.direction != "get" or found.cue not in DEAL_NOUNS or suppliers:
            return False
        return bool(recipients) and {self._type(p) for p in recipients} == {"company"}

    def _type(self, party: Party) -> str:
        mention = self.by_span.get((party.start, party.end))
        if mention is None:  # "the company": the actor an earlier sentence named
            told = (
                *getattr(self.context, "previous_subjects", ()),
                *getattr(self.context, "earlier_companies", ()),
                *getattr(self.context, "earlier_forces", ()),
            )
            mention = next((m for m in told if getattr(m, "name", "") == party.name), None)
        return getattr(mention, "type", "")

    def row(self, found: FrameMatch, supplier, recipient, item, denied_by) -> Transfer:
        name, category, start, end, quantity = item
        quantity = found.option_quantity or quantity  # "an option for two more": two more
        clause = self.parse.clauses[found.clause] if found.clause != -1 else None
        verb = self.parse.phrases[clause.verb].verb if clause is not None else None
        simple = verb is not None and not verb.aspect
        # only a verb cue: "X remains Y's arms supplier" goes on in a headline too
        simple = simple and found.cue in (verb.lemma, f"{verb.lemma} {verb.particle}".strip())
        if self.sentence.section == "headline" and found.status == "ongoing" and simple:
            # "X Delivers Y": done; "X Buys Y": a purchase agreed, not yet a delivery
            done = "agreed" if found.cue in PURCHASE_VERBS else "delivered"
            found = replace(found, stage=done, status=done)
        offset = self.sentence.start
        attributed_to, according_to = sources.attribute(
            self.sentence.text,
            found.cue_start - offset,
            getattr(self.context, "sources", ()),
            getattr(self.context, "inherited_source", ""),
            self.quoted,
        )
        return Transfer(
            supplier=supplier.name,
            supplier_country=supplier.country or supplier.name,
            recipient=recipient.name,
            recipient_country=recipient.country or recipient.name,
            directed_by=self.directed_by(),
            item=name,
            item_text=self.parse.text[start - offset : end - offset],
            category=category,
            status=found.status,
            hedges=self.hedges(found),
            attributed_to=attributed_to,
            according_to=according_to,
            denied_by=denied_by,
            cue=self.parse.text[found.cue_start - offset : found.cue_end - offset],
            sentence_number=self.sentence.number,
            sentence=self.sentence.text,
            start=self.sentence.start,
            end=self.sentence.end,
            item_start=start,
            item_end=end,
            supplier_text=supplier.text,
            recipient_text=recipient.text,
            stage=found.stage,
            polarity=found.polarity,
            modality=found.modality,
            quantity=quantity or (found.quantity if len(found.items) == 1 else ""),
            inferred_from=self.inferred_spans.get((start, end), ""),
        )

    def hedges(self, found: FrameMatch) -> str:
        """The words that make a transfer less than certain: the cue's modal ("could"), a
        hedging adverb ("allegedly"), and verbs above it that do ("may be preparing",
        "considering")."""
        words = []
        clause = self.parse.clauses[found.clause] if found.clause != -1 else None
        own, to = True, ""
        stages = load_stages()
        while clause is not None:
            verb = self.parse.phrases[clause.verb]
            tokens = self.parse.tokens[verb.first : verb.last + 1]
            words += [t.text for t in tokens if t.text.lower() in HEDGE_ADVERBS]
            modal = next((i for i, t in enumerate(tokens) if t.tag == "MODAL"), None)
            hedging = ("modality", "possible") in stages.get(verb.verb.lemma, ()) or (
                verb.verb.lemma in HEDGE_VERBS and verb.verb.voice == "passive"
            )
            if modal is not None and (own or not hedging):
                words.append(tokens[modal].text)
            elif hedging and not own:
                start = modal if modal is not None else len(tokens) - 1
                words.append(
                    " ".join(t.text for t in tokens[start:] if t.tag != "PART")
                    + (to if modal is None else "")
                )
            own = False
            to = " to" if clause.marker == "to" else ""  # "preparing to", "believed to"
            up = clause.parent != -1 and clause.kind in ("complement", "coordinated")
            clause = self.parse.clauses[clause.parent] if up else None
        return "; ".join(dict.fromkeys(words))

    def directed_by(self) -> str:
        """The actor in 'at the direction of X' / 'at X's request': not a party."""
        names = []
        for slot in self.parse.slots():
            head = self.parse.tokens[self.parse.phrases[slot.phrase].head].lemma.lower()
            if head in DIRECTION_NOUNS and slot.role in ("at", "on", "under"):
                phrase = self.parse.phrases[slot.phrase]
                owners = [phrase.possessor] if phrase.possessor != -1 else []
                owners += [s.phrase for s in self.parse.slots("of") if s.governor == slot.phrase]
                for party in self.parties(owners):
                    names.append(party.name)
        return "; ".join(dict.fromkeys(names))

    def item_mentions(self, index: int) -> list:
        """The weapon mentions of phrase ``index``."""
        found = [self._mention(t) for t in self.parse.units_in(index, "weapon")]
        return [m for m in found if m is not None]

    def _in_service_items(self) -> list[tuple]:
        """(clause, item, holders) of each item told "in service with" a side, held "in
        service" by it, or that "entered service with" it (beside ``held_items``)."""
        parse = self.parse
        out = []
        for clause in parse.clauses:
            verb = parse.phrases[clause.verb].verb
            subject, obj = clause.slot("subject"), clause.slot("object")
            for service in clause.slots:
                head = parse.tokens[parse.phrases[service.phrase].head].lemma.lower()
                if head != "service" or service.role not in ("in", "object"):
                    continue
                users = [w.phrase for w in clause.slots
                         if w.role == "with" and w.governor == service.phrase]  # fmt: skip
                if service.role == "object" and verb.lemma == "enter" and subject and users:
                    out.append((clause, subject.phrase, users[:1]))  # "X entered service with Y"
                held = service.governor
                if service.role != "in" or held < 0 or parse.phrases[held].kind != "NP":
                    continue
                if users:
                    out.append((clause, held, users[:1]))  # "X in service with Y"
                elif verb.lemma == "have" and subject and obj and obj.phrase == held:
                    out.append((clause, held, [subject.phrase]))  # "Y has X in service"
        return out

    def implied_rows(self, taken: set[tuple[str, str]]) -> list[Transfer]:
        """'Peru's army uses Chilean-made rifles': Chile -> Peru, implied (``held_items``,
        and items "in service with" a side)."""
        out = []
        held = [(*h, ()) for h in (*held_items(self.parse, not taken), *self._in_service_items())]
        held += user_holdings(self.parse) + made_holdings(self.parse)
        for clause, item, holders, made_by in held:
            verb = self.parse.phrases[clause.verb].verb
            users = self.parties(holders)
            for part in self.parse.phrases[item].parts or (item,):
                if not phrase_is_item(self.parse, part):
                    continue
                makers = [self._mention(t) for t in self.parse.units_in(part, "actor")]
                makers = [m for m in makers if m is not None and not self._not_modifier(m)]
                suppliers = self.parties(made_by) or [self._party(m) for m in makers]
                if not suppliers and verb.lemma not in ACT_VERBS:
                    # "Peru's army flies the F-16": the F-16's maker country
                    suppliers = origin_parties(self.item_mentions(part), self.country_names)
                for supplier in suppliers:
                    for user in users:
                        if user.country == supplier.country or (supplier.name, user.name) in taken:
                            continue
                        head = self.parse.tokens[self.parse.phrases[clause.verb].head]
                        use = Frame(verb.lemma, "verb", "give", (), (), (), "in use")
                        stage, polarity, modality, denier = read_stage(
                            self.parse, clause, use, None
                        )
                        found = FrameMatch(
                            verb.lemma, head.start, head.end, "give", (), (), (part,), "", "",
                            (), "in use", polarity, modality, polarity or "implied", denier,
                            self.parse.phrases[part].quantity, clause.index,
                        )  # fmt: skip
                        denier_text = self.parse.phrases[denier].text if denier != -1 else ""
                        for item_row in self.items([part]):
                            out.append(self.row(found, supplier, user, item_row, denier_text))
        return drop_repeats(out)


#: Nouns of a side's holding that a weapon is "in": "in service with X", "in X's arsenal".
HOLDING_NOUNS = words_of("service inventory arsenal fleet arsenals inventories use")
#: Prepositions after a holding noun that name the side holding it ("in service with X").
HOLDER_PREPOSITIONS = ("with", "in", "of", "by")
#: Prepositions after "in use" that name the user ("in use by X", "in use with X").
USER_PREPOSITIONS = ("with", "by")


def held_items(parse: Parse, possessed: bool = True) -> list[tuple]:
    """Return (clause, item phrase, holder phrases) for each item the sentence says a side
    uses or holds, with no transfer verb: the ground of an ``implied`` row.

    - the subject of a use verb ("Peru's army flies X"), or its by-phrase in a passive
      ("X flown by Peru's army", "X are operated by Peru");
    - a side named after a holding noun the item is in ("X in service with Peru", "X have
      entered service in Peru", "X in Peru's arsenal");
    - with ``possessed``, the possessor of an item phrase ("Peru's Chilean-made rifles").

    >>> p = parse_sentence("Rifles in service with Peru fired.", 0, 34, [])
    >>> [(p.phrases[i].text, [p.phrases[h].text for h in hs]) for _, i, hs in held_items(p)]
    [('Rifles', ['Peru'])]
    """
    out = []
    for clause in parse.clauses:
        verb = parse.phrases[clause.verb].verb
        subject, obj, agent = clause.slot("subject"), clause.slot("object"), clause.slot("agent")
        if verb.lemma in USE_VERBS and verb.voice != "passive" and subject and obj:
            out.append((clause, obj.phrase, [subject.phrase]))
        elif verb.lemma in USE_VERBS and agent and (obj or subject):
            out.append((clause, (obj or subject).phrase, [agent.phrase]))
        for slot in clause.slots:
            head = parse.tokens[parse.phrases[slot.phrase].head].lemma.lower()
            entered = slot.role == "object" and verb.lemma == "enter"
            if head not in HOLDING_NOUNS or not (slot.role == "in" or entered):
                continue
            # "in use by X": only by / with name the user ("in use in Ukraine" may be the target)
            roles = USER_PREPOSITIONS if head == "use" else HOLDER_PREPOSITIONS
            holders = [
                s.phrase for s in parse.slots() if s.governor == slot.phrase and s.role in roles
            ]  # fmt: skip
            owner = parse.phrases[slot.phrase].possessor
            holders += [owner] if owner != -1 else []
            governor = parse.phrases[slot.governor] if slot.governor >= 0 else None
            if governor is not None and governor.kind == "NP" and not entered:
                item = governor.index  # "rifles in service with Peru"
            elif subject is not None:
                item = subject.phrase  # "the rifles are in service with Peru"
            else:
                continue
            if holders:
                out.append((clause, item, holders))
    for phrase in parse.phrases:  # "Ethiopia's use of Turkish drones": Ethiopia uses them
        head = parse.tokens[phrase.head].lemma.lower() if phrase.kind == "NP" else ""
        owner = phrase.possessor
        if head not in USE_NOUNS or owner == -1 or not parse.units_in(owner, "actor"):
            continue
        clause = next((c for c in parse.clauses if any(
            s.phrase == phrase.index for s in c.slots)), None)  # fmt: skip
        used = [
            s.phrase for s in modifiers_of(parse, phrase.index) if s.role in ("of", "including")
        ]
        out += [(clause, item, [owner]) for item in used if clause is not None]
    if possessed:
        for phrase in parse.phrases:
            owner = phrase.possessor
            if phrase.kind != "NP" or owner == -1 or not parse.units_in(owner, "actor"):
                continue
            if any(MADE_FORM.search(t.text) for t in parse.units_in(phrase.index, "actor")):
                clause = next((c for c in parse.clauses if any(
                    s.phrase == phrase.index for s in c.slots)), None)  # fmt: skip
                if clause is not None:
                    out.append((clause, phrase.index, [owner]))
    return out


#: Nouns of a side's use of a weapon: "Ethiopia's use of Turkish drones".
USE_NOUNS = words_of("use deployment")
#: A maker's name with a making suffix, inside an item phrase ("Russian-made").
MADE_FORM = re.compile(r"(?i)-(?:made|built|manufactured|produced|designed|origin)$")
