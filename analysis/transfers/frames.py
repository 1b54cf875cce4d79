"""Transfer frames: who supplies what to whom, read from a sentence's grammar.

A frame (one row of ``data/transfer_frames.csv``) says, for one verb or noun
cue, which grammatical slot of a ``Parse`` gives the supplier, the recipient
and the item ("supply Y with Z": supplier = subject, recipient = object,
item = with-phrase). ``read_frames`` tries each cue's frames in order and
keeps the first whose item slot holds military equipment (a weapon the
lexicon found, or a noun such as "ammunition", "military aid").

Stage, polarity and modality are read apart (as ACE events do) from the cue's
own verb group (tense, aspect, modal, negation) and from the words above it
(``data/transfer_stages.csv``: "agreed to", "the decision to withhold",
"denied claims that"), then mapped to one status (``status_of``).

>>> from analysis.grammar import parse_sentence
>>> text = "Peru has agreed to send Chile 12 more rifles."
>>> found = read_frames(parse_sentence(text, 0, len(text)))
>>> [(f.cue, f.supplier_text, f.recipient_text, f.item_texts, f.status, f.quantity) for f in found]
[('send', 'Peru', 'Chile', ('12 more rifles',), 'agreed', '12 more')]
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from analysis import config
from analysis.grammar import JUDGING_VERBS, SPEECH_VERBS, Clause, Parse, Phrase
from analysis.transfers.award import (
    AWARD_VERBS,
    BUILD_VERBS,
    CONTRACT_NOUNS,
    ONE_OF_WORDS,
    RELATIVE_KINDS,
    SELLER_VERBS,
    WIN_VERBS,
    award_sides,
    contract_won,
    deal_noun_lemma,
    deal_partner,
    deal_phrase,
    deal_relative_sides,
    end_user,
    is_purpose_clause,
    made_for_side,
    named_modifier,
    seller_deal,
    under_deal,
    won_contract_of,
)
from analysis.transfers.holder import appositive_holder, holder_phrases
from analysis.transfers.named_after import listed_after, naval_vessel
from analysis.transfers.rules import word_set as words_of

FRAMES_FILE = config.DATA_DIR / "transfer_frames.csv"
STAGES_FILE = config.DATA_DIR / "transfer_stages.csv"

#: Head nouns that name military equipment, services or technology by themselves (armour
#: and helmets are protective equipment of the Wassenaar Munitions List, ML13).
MILITARY_HEADS = words_of(
    "weapon weaponry arm arms munition ammunition shell missile rocket drone bomb jet fighter "
    "aircraft helicopter tank howitzer artillery launcher radar frigate warship submarine "
    "rifle grenade mortar interceptor warhead uav uavs armour armor helmet gun guns"
)
#: Head nouns that are military only with a military modifier ("military aid").
SERVICE_HEADS = words_of(
    "aid assistance equipment technology training hardware capability capabilities system "
    "systems cooperation package supplies vehicle vehicles satellite program programs programme "
    "programmes carrier automobile automobiles car cars jeep jeeps truck trucks boat boats vessel "
    "vessels ship ships"
)
#: Words before a trade noun that make its goods military ("military sales to Y").
TRADE_MODIFIERS = words_of("military defence defense")
#: Nouns of trade whose goods a military modifier names ("military exports", "defence sales").
TRADE_NOUNS = words_of("sale export import shipment delivery transfer")
MILITARY_MODIFIERS = words_of(
    "military defence defense arms weapons combat lethal security air-defence air-defense "
    "armoured armored armour armor missile drone satellite space space-based surveillance "
    "reconnaissance intelligence troop"
)
#: Modifiers of civilian use: "hunting rifles", "sporting guns", "blank firing guns" are not
#: military goods (the Wassenaar Munitions List, ML1, leaves out hunting and sporting arms).
CIVILIAN_MODIFIERS = words_of("hunting sporting sport civilian toy replica blank ungrooved")
#: Words of civilian goods: a part of a list of what is given that holds one ("rifles and
#: some medical equipment", "vehicles and office furniture") is no military item, though the
#: list holds one (CONVENTIONS.md: civilian goods are not arms).
CIVILIAN_GOODS = words_of(
    "medical medicine medicines medication medications humanitarian food foodstuff foodstuffs "
    "office furniture hospital stationery"
)
#: Hyphenated modifiers that make a system military ("anti-aircraft", "surface-to-air").
_MILITARY_COMPOUND = re.compile(r"^(?:anti|counter)-|-to-(?:air|surface|ground|ship)$")
#: Head nouns of parts and upkeep that are military equipment or services when they are for
#: a weapon ("engines for the MiG-29 jets", "spare parts for the tanks", "maintenance of the
#: frigates"), not by themselves ("engines for the trucks").
PART_HEADS = words_of(
    "engine aero-engine part spare component kit subsystem turret upgrade retrofit maintenance "
    "sustainment overhaul repair upkeep barrel propeller rotor avionics service upgradation "
    "modernisation modernization refit refurbishment"
)
#: Head nouns that only gather other items: what they are said to include stands for them.
UMBRELLA_HEADS = words_of(
    "weapon weaponry arm arms equipment hardware aid assistance package supplies system systems"
)
#: Heads of a delivery told by what it lists ("the gear sent included rifles").
LISTING_HEADS = words_of("gear materiel donation donations consignment shipment cargo batch")
#: Nouns that count or contain the item ("30 units of X", "a batch of X").
CONTAINER_NOUNS = words_of(
    "unit batch tranche wave delivery set shipment consignment lot number pair squadron fleet "
    "dozen dozens hundred hundreds thousand thousands million millions billion billions ton "
    "tonne part example "
    "first last final latest second third fourth fifth rest total "
    "procurement acquisition purchase supply production manufacture construction assembly "
    "introduction "
    "all some most half many several remainder none each both few more any container crate box "
    "pack packet cache stockpile stock load quantity amount "
    "truckload planeload shipload pallet regiment battalion battery"
)
#: Nouns that make a phrase an amount of money.
MONEY_WORDS = words_of(
    "dollar euro pound won yen yuan rupee rouble ruble crore lakh funding fund funds money budget "
    "rs inr usd eur gbp"
)
#: Nouns that refer to a party without naming it: a party slot may hold them.
ROLE_NOUNS = words_of(
    "government regime country nation army military navy force forces ministry company firm "
    "manufacturer maker contractor shipbuilder shipyard administration state side ally allies "
    "kingdom sultanate emirate principality republic "
    "partner partners buyer purchaser customer importer seller vendor exporter"
)
#: Nouns of armed groups that an in-phrase places in a country ("the rebels in Mali").
PLACED_GROUP_NOUNS = words_of("rebel insurgent militant militia guerrilla separatist jihadist")
#: Verbs whose subject objects to a transfer: "Peru opposed the sale of X to Y" (not a side;
#: one who welcomes or hails a delivery is often its taker, so those are not here).
STANCE_VERBS = words_of(
    "oppose criticise criticize condemn denounce protest slam blast question fear decry lament"
)
#: Verbs whose subject gives ("makes delivery of", "halted shipments of": only the giver
#: makes, halts or resumes its deliveries) or takes ("took delivery of").
GIVER_LIGHT_VERBS = words_of(
    "make complete conduct carry finish begin start halt pause suspend stop resume freeze "
    "continue cancel speed accelerate expedite withhold delay postpone defer"
)
TAKER_LIGHT_VERBS = words_of("take receive accept get await")
#: Verbs whose subject holds their object: "the package includes / contains X".
CONTENT_VERBS = words_of("include contain comprise feature cover involve encompass")
#: Verbs that link a cue noun to what it is about ("the contract relates to ...").
LINK_VERBS = words_of("pertain relate cover involve concern include be")
#: Verbs that tell a cue noun's course: its sides may hang on the verb ("deliveries of X to Y
#: have begun from Z": Z).
ASPECT_VERBS = words_of("begin start commence continue resume proceed")
#: Prepositions of a cue noun's sides that an aspect verb may carry for it.
ASPECT_SLOTS = ("from", "to", "for")
#: Negotiation nouns: the other side of "in talks with X to sell" is a party.
TALKS_NOUNS = words_of(
    "talk talks negotiation negotiations discussion discussions deal agreement contract accord "
    "memorandum"
)
#: Verbs of negotiating: the other side of "is negotiating with X to buy" is a party.
TALKS_VERBS = words_of("negotiate talk discuss bargain haggle")
#: Modalities, polarities and stages by strength: the first present decides the status.
STATUS_ORDER = ("denied", "negated", "possible")

#: Prepositions that list what an item includes.
INCLUDING = ("including", "including on", "such as", "among them")
#: Where a passive puts each active slot ("rifles were sent by Peru": subject -> agent).
PASSIVE_SLOTS = {"subject": "agent", "object": "subject", "indirect_object": "subject"}
#: Verbs of making: who made what a buyer receives supplied it ("frigates built by X").
MAKER_VERBS = words_of("build construct make manufacture produce design develop")
#: Verbs of use: who uses a weapon got it ("drones sent by X are flown by Y").
USE_VERBS = words_of("use deploy operate fly fire launch field employ")
#: Verbs of attack whose with-phrase is the weapon the attacker used ("attacked X with Y").
ATTACK_VERBS = words_of("attack strike hit shell bomb target raid pound")
#: Verbs that name what they give their object, with its name and category: a military
#: service ("Peru will train Chilean pilots": Peru -> Chile, training) or the weapons the
#: verb is made of ("Iran armed the group": Iran -> the group, weapons, the generic class's
#: own name, as a reader names what arming gives).
VERB_ITEMS = {"train": ("training", "service"), "arm": ("weapons", "other")}
#: Nouns of seeking a deal that, above a verb of giving, offer it ("a bid to supply X").
OFFERING_NOUNS = words_of("bid bids")
#: Verbs of upkeep done to a weapon: a military service, counted only for a side named in
#: its for-phrase ("X will upgrade 200 tanks for the army"; "Peru will upgrade its tanks" is
#: no transfer).
UPKEEP_VERBS = words_of(
    "upgrade modernize modernise overhaul refurbish retrofit repair maintain sustain"
)
#: Verbs that say what their subject is: "X is / remains / became Y's arms supplier".
COPULA_VERBS = words_of("be remain become stay")
#: Verbs of carrying: a carrier's arrival delivers what it carries ("a plane carrying
#: rifles landed in Lima"), and the carrier itself is never a side.
CARRIER_VERBS = words_of("carry transport haul ferry")
#: Verbs of bringing whose subject may be the carrier itself ("the plane brought rifles"):
#: a vehicle is never the side that supplies, nor is the maker its name carries.
BRINGING_VERBS = CARRIER_VERBS | words_of("bring")
VEHICLE_HEADS = words_of("aircraft plane jet airliner ship vessel boat craft truck lorry train")


def _maker_named_carrier(parse: Parse, index: int) -> bool:
    """True for a vehicle named by its maker or by no side ("the Antonov aircraft", "the
    plane"): a carrier, no supplier. A vehicle a demonym places ("a Spanish plane brings
    rifles") stands for its country.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The Acme aircraft brought rifles.")
    >>> _maker_named_carrier(p, p.clauses[0].slot("subject").phrase)
    True
    """
    last = parse.tokens[parse.phrases[index].head].text.lower().split()[-1]  # a unit's noun
    if _head_lemma(parse, index) not in VEHICLE_HEADS and last.removesuffix("s") not in (
            VEHICLE_HEADS):  # fmt: skip
        return False
    phrase = parse.phrases[index]
    words = parse.tokens[phrase.first : phrase.head]
    return not any(t.unit_kind == "actor" and t.tag == "ADJ" for t in words)


#: Verbs of a purpose clause whose object is the one a gift is for ("will donate boats to
#: aid / help / support Peru's navy": Peru's navy receives them).
AID_VERBS = words_of("aid help assist support bolster strengthen boost")
#: Verbs of thanks: "Y thanked X for the donation of Z" (X gave Z to Y; so "Y praised /
#: appreciated X for the delivery of Z"), and the other verbs of judging a side for a deed.
THANK_VERBS = words_of("thank appreciate") | JUDGING_VERBS
#: Verbs whose subject only allows or stops someone else's transfer: never a party by
#: themselves ("Congress approved / blocked the sale").
APPROVER_VERBS = words_of(
    "approve authorize authorise clear allow permit license licence block veto"
)
#: Approver verbs that let a transfer go ahead (not "block", "veto").
APPROVING_VERBS = APPROVER_VERBS - words_of("block veto")

#: Pronouns that count rather than name ("200 more", "some"): never a side.
QUANTITY_PRONOUNS = words_of("more most some all any none both each few many several another")
#: Relative and question pronouns: never a side by themselves ("for which", "with whom").
RELATIVE_PRONOUNS = words_of("which that what whatever whichever")
#: Possessive determiners that stand for a side named before ("Iran ... its supply of drones").
POSSESSIVE_PRONOUNS = words_of("its their")

#: Verbs of a buyer picking or hiring a maker for work a complement tells ("picked X to
#: build six frigates"): the one picked supplies, the one who picks receives.
HIRE_VERBS = words_of("select pick choose hire tap commission engage contract task shortlist")
#: Verbs of asking someone to act: who asks for a delivery is the one it is for ("Peru asked
#: Chile to send rifles": Peru receives them), when the delivery names no receiver itself.
ASKING_VERBS = words_of("ask request beg petition implore")
#: Nouns of a group of sides that a list after "including" / "such as" names.
GROUP_NOUNS = words_of(
    "country countries nation nations customer customers buyer buyers operator operators user "
    "users state states partner partners ally allies army armies navy navies company companies "
    "firm firms maker makers manufacturer manufacturers bidder bidders supplier suppliers "
    "contractor contractors shipyard shipyards exporter exporters"
)
#: Nouns of office holders: "the defence ministers of A and B", "officials from A" act for
#: the sides their of / from phrase names.
OFFICE_HOLDERS = words_of(
    "minister leader president premier head chief envoy representative official delegation "
    "delegate counterpart"
)
#: Nouns of a collective made of a group of sides ("a group of nations", "a coalition of
#: countries"): the sides listed after the group are its members.
COLLECTIVE_NOUNS = words_of("group coalition bloc alliance number handful consortium club")
#: Nouns that tell a deal as its signer's sale ("a contract with Peru for the sale of
#: tanks"). "Supply" and "delivery" are not among them: "Armenia signed a contract with
#: India for the supply of rocket launchers" is said by either side, and most often of a
#: buyer, so such a deal keeps the buyer's reading.
SALE_NOUNS = words_of("sale sales export exports")
#: Verbs of buying: in the progressive ("Peru is buying 20 jets") a purchase under way is
#: one decided for the future, not a supply that goes on.
PURCHASE_VERBS = words_of("buy purchase acquire procure")

#: Nouns of a right to buy more of a deal ("with an option for two more").
OPTION_NOUNS = words_of("option options")
#: What a deal may be about without moving any item ("an agreement on defence cooperation").
FRAMEWORK_HEADS = words_of("cooperation partnership collaboration relations ties")
#: Words between an option noun and its number ("an option to buy a further 12", "options on
#: up to six more"); any other word ends the search.
OPTION_LINKS = words_of(
    "for on to buy acquire order purchase procure a an up further another additional extra of"
)
#: Ordinals that name the one unit an option adds ("an option for a fifth frigate").
ORDINALS = words_of("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
#: Words after an option's number that say it adds to the deal ("two more", "12 additional").
OPTION_MORE = words_of("more additional further extra")

ItemTest = Callable[[Parse, int], bool]
_CORE_ROLES = ("subject", "object", "indirect_object", "time", "predicate", "possessor")


def read_frames(parse: Parse, is_item: ItemTest | None = None) -> list[FrameMatch]:
    """Return every transfer frame the sentence fills, strongest reading first per cue.

    ``is_item(parse, phrase)`` says whether a noun phrase is military
    equipment; by default a weapon unit or ``MILITARY_HEADS`` /
    ``SERVICE_HEADS`` with a military modifier.
    """
    is_item = is_item or phrase_is_item
    frames = load_frames()
    found: list[FrameMatch] = []
    for clause in parse.clauses:
        verb = parse.phrases[clause.verb].verb
        # a phrasal verb is its own cue ("hand over"); one with no frame is none ("hand out")
        lemma = f"{verb.lemma} {verb.particle}".strip()
        rows = frames.get((lemma, "verb"), ())
        if (
            not rows
            and verb.lemma in MAKER_VERBS
            and (
                _award_of(parse, clause) is not None
                or _contract_sides(parse, clause)[0]
                or _hire_of(parse, clause) is not None
                or won_contract_of(parse, clause) is not None
                or made_for_side(parse, clause)
                or under_deal(parse, clause) != -1
            )
        ):  # "a contract to build frigates for X", "signed a contract with X to build Y",
            # "picked X to build Y", "X received a contract to build Y", "X builds Y for Z"
            rows = frames.get(("supply", "verb"), ())
        if _free_choice(parse, clause) or _gerund_subject(parse, clause) or _anyone(parse, clause):
            continue  # "any weapon it receives", "Selling X would be a mistake": none told
        match = _first_filled(parse, clause, rows, is_item)
        if match is None and found and _count_only(parse, clause) != -1:
            match = _more_of(parse, clause, rows, found[-1])
        if match:
            found.append(match)
    for phrase in parse.phrases:
        if phrase.kind != "NP" or phrase.parts:
            continue
        lemma = parse.tokens[phrase.head].lemma.lower()
        clause = _clause_holding(parse, phrase.index)
        if lemma in ONE_OF_WORDS and _deal_by_ordinal(parse, clause, phrase):
            lemma = "contract"  # "(two contracts ...) The second was signed with X for Y"
        before = {t.lemma.lower() for t in parse.tokens[phrase.first : phrase.head]}
        if lemma in CONTRACT_NOUNS and before & SALE_NOUNS:
            lemma = "sale deal"  # "Spain signed an arms sale deal with Peru": the seller signs
        rows = frames.get((lemma, "noun"), ())
        if not rows:
            continue
        clause = _clause_holding(parse, phrase.index)
        if clause is not None and _anyone(parse, clause):
            continue  # "everyone should halt the provision of weapons": no one side
        if (
            lemma in OPTION_NOUNS
            and _option_quantity(parse, phrase.head + 1)
            and any(f.cue_end <= phrase.start for f in found)
        ):
            continue  # "ordered six boats, with an option for two more": ``read_options``
        match = _first_filled(parse, clause, rows, is_item, noun=phrase)
        if match and lemma in OPTION_NOUNS and _option_of(parse, found, match, phrase.index):
            continue  # "the contract includes options for X": the deal's X are an option
        if match and not _merge_into(parse, found, match, phrase.index):
            found.append(match)
    return found + read_options(parse, found)


#: Pronouns of anyone at all: a clause they are the subject of tells a rule for all, not a
#: transfer by one side ("everyone who is providing weapons to X should stop").
UNIVERSAL_PRONOUNS = words_of("everyone everybody anyone anybody whoever")


def _anyone(parse: Parse, clause: Clause) -> bool:
    """True when the subject of ``clause`` is anyone at all ("everyone who sends arms").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Anyone who sells rifles to Peru will be punished.")
    >>> [_anyone(p, c) for c in p.clauses]
    [True, True]
    """
    subject = clause.slot("subject")
    if subject is None:
        return False
    return parse.tokens[parse.phrases[subject.phrase].head].text.lower() in UNIVERSAL_PRONOUNS


def _gerund_subject(parse: Parse, clause: Clause) -> bool:
    """True for a gerund that is the subject of a copula ("Arming the rebels would be a
    dangerous act", "Selling jets to Peru is a mistake"): the deed is judged as a kind, no
    transfer is told.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Selling fighter jets to Peru would be a grave mistake.")
    >>> _gerund_subject(p, p.clauses[0])
    True
    >>> p = parse_sentence("Peru is selling fighter jets to Chile.")
    >>> _gerund_subject(p, p.clauses[0])
    False
    """
    verb = parse.phrases[clause.verb]
    if clause.kind != "main" or clause.slot("subject") or verb.verb.tense != "participle":
        return False
    first = next((t for t in parse.tokens if t.tag != "PUNCT"), None)
    if first is None or first.index != verb.first or first.form != "ing":
        return False
    chain = {clause.index}
    for later in parse.clauses[clause.index + 1 :]:
        if later.parent not in chain or later.kind != "coordinated":
            continue
        chain.add(later.index)
        info = parse.phrases[later.verb].verb
        if not later.marker and not later.slot("subject") and info.lemma in COPULA_VERBS:
            return True
    return False


#: Determiners of a free choice: a relative clause on "any weapon" tells no one transfer.
FREE_CHOICE = words_of("any whatever whichever")


def _free_choice(parse: Parse, clause: Clause) -> bool:
    """True for a relative clause on a noun of free choice ("any weapon it receives",
    "whatever arms they get"): it tells what would hold for any such transfer, not one that
    happened.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru will use any weapon it receives.")
    >>> _free_choice(p, p.clauses[1])
    True
    """
    if clause.kind not in ("relative", "reduced_relative") or clause.head_noun == -1:
        return False
    return parse.tokens[parse.phrases[clause.head_noun].first].text.lower() in FREE_CHOICE


def _count_only(parse: Parse, clause: Clause) -> int:
    """The object of a clause when it is a count with no noun ("pledged 19 more", "sent
    another 12"), else -1."""
    obj = clause.slot("object")
    if obj is None:
        return -1
    phrase = parse.phrases[obj.phrase]
    head = parse.tokens[phrase.head]
    counted = head.tag == "NUM" or head.text.lower() in QUANTITY_PRONOUNS
    words = parse.tokens[phrase.first : phrase.last + 1]
    bare = all(t.tag == "NUM" or t.text.lower() in QUANTITY_PRONOUNS for t in words)
    return obj.phrase if counted and bare and not phrase.parts else -1


def _count_text(parse: Parse, clause: Clause, count: int) -> str:
    """The words of a count, with a number written just before it ("19" "more")."""
    number = clause.slot("indirect_object")
    before = parse.phrases[number.phrase] if number is not None else None
    phrase = parse.phrases[count]
    if before is not None and parse.tokens[before.head].tag == "NUM" and (
            before.last + 1 == phrase.first):  # fmt: skip
        return parse.text[before.start - parse.start : phrase.end - parse.start]
    return phrase.text


def _more_of(parse: Parse, clause: Clause, rows, before: FrameMatch) -> FrameMatch | None:
    """'France will send 12 howitzers to Peru, and Spain pledged 19 more': a count with its
    noun left out is more of the items told just before, to the same side unless it names
    its own; the count is its quantity."""
    count = _count_only(parse, clause)
    match = _first_filled(parse, clause, rows, lambda p, i: i == count)
    if match is None or not before.items or set(match.recipient) & set(before.supplier):
        return None
    recipient = tuple(p for p in match.recipient if p != count) or before.recipient
    quantity = _count_text(parse, clause, count)
    return replace(
        match, items=before.items, item_texts=before.item_texts, recipient=recipient,
        recipient_text=match.recipient_text or before.recipient_text,
        quantity=quantity, option_quantity=quantity,
    )  # fmt: skip


def read_options(parse: Parse, found: list[FrameMatch]) -> list[FrameMatch]:
    """An option to buy more of a deal read before it in the sentence is its own ``possible``
    reading, with the option's quantity ("signed for six boats, with an option for two more").
    A reading whose items are the option's own ("the deal includes an option for ten more
    jets") is that option (changed in ``found``), not a deal beside it.

    >>> from analysis.grammar import parse_sentence
    >>> text = "The army ordered 600 rifles from Peru, with an option for 200 more."
    >>> found = read_frames(parse_sentence(text, 0, len(text)))
    >>> [(f.supplier_text, f.recipient_text, f.status, f.quantity) for f in found]
    [('Peru', 'The army', 'agreed', '600'), ('Peru', 'The army', 'possible', '200 more')]
    """
    out = []
    tokens = parse.tokens
    for i, token in enumerate(tokens):
        if token.text.lower() not in OPTION_NOUNS:
            continue
        deals = [f for f in found if f.cue_end <= token.start and f.items and not f.polarity]
        quantity = _option_quantity(parse, i + 1)
        if not deals or not quantity:
            continue
        deal = deals[-1]
        option = replace(deal, modality="possible", status="possible", quantity=quantity,
                         option_quantity=quantity)  # fmt: skip
        if all(parse.phrases[p].start > token.start for p in deal.items):
            # "the deal includes an option for ten more jets": the items are the option's
            found[found.index(deal)] = option
            continue
        out.append(option)
    return out


def _option_quantity(parse: Parse, start: int) -> str:
    """The number an option is for, with the word saying it adds ("two more"), else ""."""
    tokens = parse.tokens
    for j in range(start, min(start + 6, len(tokens))):
        word = tokens[j].text.lower()
        if word in ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
            return tokens[j].text  # "an option for a fifth frigate": one more
        if tokens[j].tag == "NUM" or word.replace(",", "").isdigit():
            end = j + 1 if j + 1 < len(tokens) and tokens[j + 1].text.lower() in OPTION_MORE else j
            return parse.text[tokens[j].start - parse.start : tokens[end].end - parse.start]
        if word not in OPTION_LINKS:
            return ""
    return ""


def _option_of(parse, found, match, noun: int) -> bool:
    """An option noun inside another reading's items ("the contract includes options for X")
    makes that reading the option: ``possible``, or ``agreed`` when it is exercised."""
    for i, reading in enumerate(found):
        inside = {j for p in reading.items for j in (p, *_chain(parse, p))}
        if noun in inside or set(match.items) & set(reading.items):
            found[i] = replace(reading, stage=match.stage, modality=match.modality,
                               status=match.status)  # fmt: skip
            return True
    return False


def _merge_into(parse, found, match, noun: int) -> bool:
    """A noun cue inside another reading's item ("a shipment of bombs ... arrived", "the
    contract relates to the procurement of X") adds its parties to that reading instead of
    making its own."""
    for i, verb in enumerate(found):
        if verb.clause != -1 and noun in _time_phrases(parse, parse.clauses[verb.clause]):
            continue  # "received X since the purchase of Y from Z": another transfer
        inside = {j for p in verb.items for j in (p, *_chain(parse, p))}
        told_of_item = verb.clause != -1 and parse.clauses[verb.clause].kind in RELATIVE_KINDS
        if told_of_item and noun not in inside:
            continue  # "took delivery of frigates ordered from X": the order is told of them
        if noun in inside or set(match.items) <= inside:
            # a side the verb reading already gives the other role is not taken again
            # ("X was awarded a contract for Y": X holds the contract, it does not buy)
            supplier = () if set(match.supplier) & set(verb.recipient) else match.supplier
            recipient = () if set(match.recipient) & set(verb.supplier) else match.recipient
            found[i] = replace(
                verb,
                supplier=verb.supplier or supplier,
                recipient=verb.recipient or recipient,
                supplier_text=verb.supplier_text or (match.supplier_text if supplier else ""),
                recipient_text=verb.recipient_text or (match.recipient_text if recipient else ""),
            )
            return True
    return False


def _chain(parse: Parse, index: int) -> list[int]:
    return [s.phrase for s in modifiers_of(parse, index)]


def phrase_is_item(parse: Parse, index: int) -> bool:
    """True when noun phrase ``index`` names military equipment, technology or services.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru sent military aid and food.")
    >>> [(ph.text, phrase_is_item(p, i)) for i, ph in enumerate(p.phrases) if ph.kind == "NP"]
    [('Peru', False), ('military aid', True), ('food', False), ('military aid and food', True)]
    >>> p = parse_sentence("Peru sold hunting rifles.")
    >>> phrase_is_item(p, 2)
    False
    """
    phrase = parse.phrases[index]
    if phrase.parts:
        if any(phrase_is_item(parse, part) for part in phrase.parts):
            return True
        # "maintenance and equipment services for the C-17s": the phrase after the last part
        # is what every part is for
        return any(_part_head(parse, part) for part in phrase.parts) and any(
            _for_a_weapon(parse, i) for i in (index, phrase.parts[-1])
        )
    words = {t.text.lower() for t in parse.tokens[phrase.first : phrase.head + 1]}
    if words & CIVILIAN_MODIFIERS:
        return False  # "hunting rifles were exported": civilian arms
    if parse.units_in(index, "weapon"):
        return True
    if naval_vessel(parse, index) or listed_after(parse, index) != -1:
        return True  # "two naval vessels"; "two ships — a frigate and a corvette —"
    head = parse.tokens[phrase.head].lemma.lower()
    if head in MILITARY_HEADS:
        return True
    part = head.rsplit("-", 1)[-1].removesuffix("s")  # "aero-engines": an engine
    if part in PART_HEADS and _for_a_weapon(parse, index):
        return True  # "engines for the MiG-29 jets", "the upkeep of the frigates": for a weapon
    if part in PART_HEADS and any(
        t.lemma.lower() in MILITARY_HEADS or t.unit_kind == "weapon"
        for t in parse.tokens[phrase.first : phrase.head]
    ):  # "gun barrels", "tank engines", "drone parts": parts named by their weapon
        return True
    words = {t.text.lower() for t in parse.tokens[phrase.first : phrase.head]}
    if head in TRADE_NOUNS and words & TRADE_MODIFIERS:
        return True  # "military sales to Y": military goods, though no class is named
    military = words & MILITARY_MODIFIERS or any(map(_MILITARY_COMPOUND.search, words))
    return head in SERVICE_HEADS and (bool(military) or _serves_an_item(parse, index))


def _part_head(parse: Parse, index: int) -> bool:
    """True when phrase ``index`` is headed by a part or upkeep noun ("aero-engines")."""
    head = parse.tokens[parse.phrases[index].head].lemma.lower()
    return head.rsplit("-", 1)[-1].removesuffix("s") in PART_HEADS


def _for_a_weapon(parse: Parse, index: int) -> bool:
    """True when phrase ``index`` has a for/of phrase naming military equipment ("for its
    fleet of F-16s", "of the frigates")."""
    return any(
        s.governor == index
        and s.role in ("for", "of")
        and phrase_is_item(parse, _contained(parse, s.phrase))
        for s in parse.slots()
    )


def is_civilian_goods(parse: Parse, index: int) -> bool:
    """True when a noun phrase names civilian goods by a word of ``CIVILIAN_GOODS`` and no
    weapon: "some critical medical care equipment", "office furniture".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru gave rifles and some medical equipment to Chile.")
    >>> [is_civilian_goods(p, i) for i, x in enumerate(p.phrases) if x.kind == "NP"][1:3]
    [False, True]
    """
    phrase = parse.phrases[index]
    if phrase.parts:  # a list is civilian when each of its parts is
        return all(is_civilian_goods(parse, part) for part in phrase.parts)
    if parse.units_in(index, "weapon"):
        return False
    words = {t.text.lower() for t in parse.tokens[phrase.first : phrase.last + 1]}
    return bool(words & CIVILIAN_GOODS)


#: Prepositions after a service noun that name what it serves ("assistance in missile programs").
SERVED_ROLES = ("in", "for", "on", "with")


def _serves_an_item(parse: Parse, index: int) -> bool:
    """True when a service noun's own prepositional phrase names military equipment or a
    military programme: "technological assistance in missile programs", "technology for
    drones" (the help is military by what it is for), not "assistance for farmers".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru gave assistance in missile programs to Chile.")
    >>> phrase_is_item(p, next(i for i, x in enumerate(p.phrases) if x.text == "assistance"))
    True
    """
    return any(
        s.governor == index
        and s.role in SERVED_ROLES
        and s.phrase > index  # what it serves is written after it: no loop back
        and phrase_is_item(parse, s.phrase)
        for s in parse.slots()
    )


def _first_filled(parse, clause, rows, is_item, noun: Phrase | None = None) -> FrameMatch | None:
    for frame in rows:
        items = _fill(parse, clause, frame.item, noun, is_item)
        if not items:  # "handed over two ships to the navy", "the army bought 40 trucks"
            items = _fill(parse, clause, frame.item, noun, _for_a_force(parse, clause, frame, noun))
        if noun is not None and parse.tokens[noun.head].lemma.lower() in CONTRACT_NOUNS:
            # "an agreement on defence cooperation": a framework, not a transfer
            items = tuple(p for p in items if _head_lemma(parse, p) not in FRAMEWORK_HEADS)
        if not items:
            continue
        supplier = _fill(parse, clause, frame.supplier, noun, is_party, items)
        recipient = _fill(parse, clause, frame.recipient, noun, is_party, items)
        origin = any(parse.units_in(_contained(parse, i), "actor") for i in items)
        if frame.lemma in ORIGIN_ONLY_CUES and not supplier and not origin:
            continue  # "the submarines will join the fleet": commissioning, no transfer
        if frame.lemma in DESTINATION_CUES and not recipient:
            continue  # "drones flown by many armies": use; only "flown to Y" delivers
        if ("service" in frame.item or frame.lemma in UPKEEP_VERBS) and not recipient:
            continue  # "the army trains recruits": a service to no named side is no transfer
        if noun is not None and items == (noun.index,) and "own_class" in frame.item and not (
                recipient):  # fmt: skip
            continue  # "Israel's arms exports rose": a trade told in sum, no transfer
        made_by = any(parse.units_in(_contained(parse, i), "actor") for i in items)
        # "Peru became the fifth operator of the F-16": a named weapon a side holds came to it
        named = frame.direction == "get" and any(
            parse.units_in(_contained(parse, i), "weapon") for i in items
        )
        if "holder" in frame.supplier + frame.recipient and not (
            (supplier or made_by or named) and recipient):  # fmt: skip
            continue  # "the firm is a supplier of radars": what it does, not a transfer
        award = _award_of(parse, clause) if noun is None else None
        if award is not None:  # "a contract to supply X was awarded to Y by Z": Y supplies Z
            holder, giver = award_sides(parse, award)
            supplier = supplier or tuple(p for p in holder if is_party(parse, p))
            # "the navy awarded a contract to build X" (no one named it is awarded to): the
            # one who awards buys, it is not the builder its complement's subject reads
            supplier = tuple(p for p in supplier if p not in giver)
            recipient = recipient or tuple(p for p in giver if is_party(parse, p))
            if set(supplier) & set(recipient):
                recipient = tuple(p for p in recipient if p not in supplier)
        if (
            noun is not None
            and frame.direction == "get"
            and supplier
            and _sells(parse, noun, items)
        ):
            # "Spain signed a contract with Peru for the supply of tanks": the deal is a sale,
            # its partner buys and its signer sells
            supplier, recipient = recipient, supplier
        won = won_contract_of(parse, clause) if noun is None else None
        if won is not None and frame.direction == "give" and not recipient:
            # "X won a contract from Y to supply Z": Y buys what the contract is for
            recipient = tuple(s.phrase for s in won.slots
                              if s.role == "from" and is_party(parse, s.phrase))  # fmt: skip
        if won is not None and frame.direction == "get":  # "X secured two contracts for
            # procuring radars": the winner sells what the contract buys; a for-side buys
            winner = won.slot("subject").phrase
            supplier = (winner,) if is_party(parse, winner) else supplier
            recipient = tuple(p for p in _explicit(clause, recipient) if p not in supplier)
        holder = _order_holder(parse, clause, noun)
        if holder:  # "Saab received an order from FMV for jets for Thailand": Saab sells
            buyer = tuple(p for p in recipient if p not in holder)
            supplier, recipient = holder, buyer or tuple(p for p in supplier if p not in holder)
        hire = _hire_of(parse, clause) if noun is None else None
        if hire is not None:  # "the navy picked X to build six frigates": X supplies the navy
            hirer = hire.slot("agent" if _voice(parse, hire) == "passive" else "subject")
            if not recipient and hirer is not None and hirer.phrase not in supplier:
                recipient = (hirer.phrase,)
        contract_signer: tuple[int, ...] = ()
        if noun is None and frame.direction == "give" and not recipient:
            asker = _asker_of(parse, clause)  # "Peru asked Chile to send rifles": for Peru
            recipient = (asker,) if asker != -1 and asker not in supplier else recipient
        partner, signer = _contract_sides(parse, clause) if noun is None else ((), ())
        sells = partner and noun is None and seller_deal(parse, parse.clauses[clause.parent])
        if partner and (frame.lemma in SELLER_VERBS or sells):  # "X signed a contract with Y
            # to export Z", "an export agreement with Y to send Z": the one who exports or
            # sells is the signer, the partner buys
            supplier = tuple(p for p in signer if p not in partner) or supplier
            recipient = partner
        elif partner:  # "Y signed a contract with X to build / supply Z": X supplies Y
            own = () if frame.direction == "give" else supplier
            supplier = own or partner
            own = tuple(p for p in _explicit(clause, recipient) if p not in supplier)
            recipient = own or tuple(p for p in signer if p not in supplier)
            if frame.direction == "give" and not own:
                contract_signer = recipient
        if noun is None and not frame.stage and frame.direction == "give" and not supplier:
            supplier = ()
        deal = under_deal(parse, clause) if noun is None and not recipient else -1
        if deal != -1:  # "Under the contract awarded by the navy, X will build six frigates"
            recipient = tuple(p for p in deal_relative_sides(parse, deal)[1] if is_party(parse, p))
        # "signed a contract with X on behalf of Peru", "for use by the air force": the user
        user = tuple(p for p in end_user(parse, clause, recipient) if is_party(parse, p))
        recipient = tuple(p for p in user if p not in supplier) or recipient
        # "sent rifles to Benin for rebels in Togo": Benin passes them on, the rebels receive
        recipient = _for_named_side(parse, clause, recipient, noun, supplier) or recipient
        match = _match(parse, clause, frame, noun, supplier, recipient, items)
        match = replace(match, contract_signer=contract_signer)
        if (
            noun is not None
            and "holder" in frame.supplier + frame.recipient
            and appositive_holder(parse, noun.index)
        ):  # "Chile, Peru's arms supplier, declined": a standing role, not the clause's deed
            match = replace(match, stage="ongoing", polarity="", modality="", status="ongoing")
            match = replace(match, denied_by=-1)
        if not supplier or (frame.direction == "get" and not recipient):
            approver = _approvers(parse, clause) or _deciders(parse, clause, noun)
            match = replace(match, approver=approver)
        if (
            noun is not None
            and not supplier
            and recipient
            and _head_lemma(parse, noun.index) in CONTRACT_NOUNS
        ):  # "Acme signed a contract for six frigates for the navy"
            signer = _noun_slot(parse, clause, "clause_subject", noun)
            match = replace(match, signer=tuple(p for p in signer if p not in recipient))
        return match
    return None


#: Prepositions before an -ing clause that tells what the noun before it is about ("the
#: possibility of buying", "decisions on providing", "the contract for supplying").
TOLD_OF_MARKERS = frozenset({"of", "on", "for"})


def _noun_told_of(parse: Parse, clause: Clause) -> int:
    """The noun phrase an "of" (or "on", "for") + -ing clause tells the content of ("the
    possibility of buying X": the possibility; "decisions on providing X": the decisions),
    else -1.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru is weighing the possibility of buying rifles.")
    >>> p.phrases[_noun_told_of(p, p.clauses[1])].text
    'the possibility'
    """
    if clause.kind != "adverbial" or clause.marker not in TOLD_OF_MARKERS or clause.parent == -1:
        return -1
    before = [
        p for p in parse.phrases
        if p.kind == "NP" and p.end <= clause.start and parse.tokens[p.head].tag == "NOUN"
        and parse.text[p.end - parse.start : clause.start - parse.start].strip() == ""
    ]  # fmt: skip
    return before[-1].index if before else -1


def _predicate_lemma(parse: Parse, clause: Clause) -> str:
    """The lemma of the head of a copula's predicate ("is due to send": "due"), or "".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru is due to send rifles.")
    >>> _predicate_lemma(p, p.clauses[0])
    'due'
    """
    predicate = clause.slot("predicate")
    return _head_lemma(parse, predicate.phrase) if predicate is not None else ""


def _copula_adjective(parse: Parse, copula: Clause, clause: Clause) -> str:
    """The lemma of a lone adjective between a copula and the infinitive it governs ("are
    likely to be handed over": "likely"), when the parse left it in no phrase, or "".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Two boats are likely to be handed over to Peru.")
    >>> _copula_adjective(p, p.clauses[0], p.clauses[1])
    'likely'
    """
    start, end = parse.phrases[copula.verb].last + 1, parse.phrases[clause.verb].first
    between = [t for t in parse.tokens[start:end] if t.tag not in ("ADV", "PUNCT")]
    if len(between) != 1 or between[0].tag != "ADJ":
        return ""
    return between[0].lemma.lower()


def _for_named_side(
    parse: Parse, clause: Clause | None, recipient: tuple[int, ...], noun, supplier=()
) -> tuple[int, ...]:
    """The side a for-phrase names when the recipient read so far is the to-phrase: "sent
    rifles to Benin for rebels in Togo" (the end user after a transit country), "to Poland
    for Ukraine". Only a for-phrase headed by a named side or an armed group ("the Togolese
    rebels", "militants in Mali"); "to Peru for training", "for its army" change nothing.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Ghana sent rifles to Benin for rebels in Togo.", units=[
    ...     (0, 5, "actor", "Ghana"), (22, 27, "actor", "Benin"), (41, 45, "actor", "Togo")])
    >>> to = next(s.phrase for s in p.clauses[0].slots if s.role == "to")
    >>> [p.phrases[i].text for i in _for_named_side(p, p.clauses[0], (to,), None)]
    ['rebels']
    """
    if noun is not None or clause is None or not recipient:
        return ()
    if not set(recipient) <= {s.phrase for s in clause.slots if s.role == "to"}:
        return ()
    out = []
    for slot in clause.slots:
        if slot.role != "for" or slot.phrase in recipient or slot.phrase in supplier:
            continue
        head = parse.tokens[parse.phrases[slot.phrase].head]
        named = any(t.start == head.start for t in parse.units_in(slot.phrase, "actor"))
        group = head.lemma.lower() in PLACED_GROUP_NOUNS and (
            placed_in(parse, slot.phrase) != -1 or parse.units_in(slot.phrase, "actor")
        )
        if named or group:
            out.append(slot.phrase)
    return tuple(out)


def _approvers(parse: Parse, clause: Clause | None) -> tuple[int, ...]:
    """Who approves the transfer a clause tells, when it names no supplier: the subject (or
    by-phrase) of an approving verb at or above it ("The US cleared Peru to buy X", "the sale
    of X was approved by Y").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Spain cleared Peru to buy 20 tanks.")
    >>> [p.phrases[i].text for i in _approvers(p, p.clauses[1])]
    ['Spain']
    """
    current = clause
    while current is not None:
        if _lemma(parse, current) in APPROVING_VERBS:
            side = current.slot("agent" if _voice(parse, current) == "passive" else "subject")
            return (side.phrase,) if side and not side.implicit else ()
        current = parse.clauses[current.parent] if current.parent != -1 else None
    return ()


#: Words that call a report false: "the false / baseless report that X sent Y" is a denial.
FALSEHOOD_WORDS = words_of(
    "false baseless groundless fabricated fake untrue bogus unfounded spurious"
)


def _called_false(parse: Parse, clause: Clause) -> bool:
    """True for the content of a report called false: a that-clause right after a noun
    phrase with a word of falsehood before its head ("the false report that Peru sent
    rifles", "baseless claims that ...").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The false report that Peru sent rifles is absurd.")
    >>> _called_false(p, p.clauses[1])
    True
    """
    if clause.kind != "complement" or clause.marker != "that":
        return False
    marker = next((t.index for t in parse.tokens if t.start >= clause.start), -1)
    noun = next((ph for ph in parse.phrases if ph.kind == "NP" and ph.last == marker - 1), None)
    if noun is None:
        return False
    words = {t.text.lower() for t in parse.tokens[noun.first : noun.head]}
    return bool(words & FALSEHOOD_WORDS)


#: Nouns of deciding on a transfer: who takes, delays or puts off "a decision on the sale"
#: is its approver, as one who approves it is.
DECISION_NOUNS = words_of("decision ruling verdict")
DECISION_TOPICS = words_of("on over about regarding")


def _deciders(parse: Parse, clause: Clause | None, noun: Phrase | None) -> tuple[int, ...]:
    """Who decides on a transfer a noun tells: the subject of the clause whose object is
    "a decision on / over / about" that noun ("Spain has put off a decision on a tank sale to
    Peru" -> Spain), else ().

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Spain has put off a decision on a tank sale to Peru.")
    >>> sale = next(ph for ph in p.phrases if ph.text == "a tank sale")
    >>> [p.phrases[i].text for i in _deciders(p, p.clauses[0], sale)]
    ['Spain']
    """
    if noun is None or clause is None:
        return ()
    for slot in clause.slots:
        if slot.role != "object" or _head_lemma(parse, slot.phrase) not in DECISION_NOUNS:
            continue
        topics = [
            m.phrase for m in modifiers_of(parse, slot.phrase)
            if m.role in DECISION_TOPICS and m.governor == slot.phrase
        ]  # fmt: skip
        side = clause.slot("subject")
        if noun.index in topics and side is not None and not side.implicit:
            return (side.phrase,)
    return ()


def _award_of(parse: Parse, clause: Clause | None) -> Clause | None:
    """The clause that awards a contract a complement tells the purpose of ("awarded a
    contract to X to build Y", "a contract to supply Y was awarded to X"), else None."""
    if not is_purpose_clause(clause):
        return None
    parent = parse.clauses[clause.parent]
    if _lemma(parse, parent) not in AWARD_VERBS:
        return None
    nouns = [
        parse.tokens[parse.phrases[s.phrase].head].lemma.lower()
        for s in parent.slots
        if s.role in ("subject", "object")
    ]
    return parent if set(nouns) & CONTRACT_NOUNS else None


def _order_holder(parse: Parse, clause: Clause | None, noun: Phrase | None) -> tuple[int, ...]:
    """Who won or received the contract or order a noun names ("Saab received / won / secured
    an order from X for Y"): the one who holds an order supplies it; else ().

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Acme Corp won an order from Peru for six frigates.")
    >>> noun = next(ph for ph in p.phrases if ph.text == "an order")
    >>> [p.phrases[i].text for i in _order_holder(p, p.clauses[0], noun)]
    ['Acme Corp']
    """
    if noun is None or clause is None or _head_lemma(parse, noun.index) not in CONTRACT_NOUNS:
        return ()
    if _lemma(parse, clause) not in WIN_VERBS or _voice(parse, clause) == "passive":
        return ()
    obj, subject = clause.slot("object"), clause.slot("subject")
    if obj is None or subject is None or obj.phrase != noun.index:
        return ()
    return (subject.phrase,) if is_party(parse, subject.phrase) else ()


def _sells(parse: Parse, noun: Phrase, items: tuple[int, ...]) -> bool:
    """True when a deal noun's items are told as a sale ("a contract with Peru for the
    supply / sale / delivery of tanks"): the deal runs the other way from a purchase."""
    if _head_lemma(parse, noun.index) not in CONTRACT_NOUNS:
        return False
    items = (*items, *(_contained(parse, p) for p in items))
    return any(
        s.phrase in items and s.governor >= 0 and _head_lemma(parse, s.governor) in SALE_NOUNS
        for s in parse.slots("of")
    )  # "S-400 supplies" names the items, it does not tell a sale


def _hire_of(parse: Parse, clause: Clause | None) -> Clause | None:
    """The clause that picks or hires a maker for the work a complement tells ("the navy
    picked Acme Corp to build six frigates", "Acme Corp was selected to supply rifles"),
    else None: the one picked supplies, the one who picks receives.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The navy hired Acme Corp to build six frigates.")
    >>> p.phrases[_hire_of(p, p.clauses[1]).verb].text
    'hired'
    """
    if clause is None or clause.kind != "complement" or clause.parent == -1:
        return None
    parent = parse.clauses[clause.parent]
    if _lemma(parse, parent) not in HIRE_VERBS:
        return None
    picked = parent.slot("subject" if _voice(parse, parent) == "passive" else "object")
    return parent if picked is not None and is_party(parse, picked.phrase) else None


def _asker_of(parse: Parse, clause: Clause | None) -> int:
    """Who asks for what a complement tells ("Peru asked Chile to send rifles": Peru; "Chile
    was asked by Peru to send rifles": Peru), when it is a party, else -1.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru asked Chile to send rifles.")
    >>> p.phrases[_asker_of(p, p.clauses[1])].text
    'Peru'
    """
    if clause is None or clause.kind != "complement" or clause.parent == -1:
        return -1
    parent = parse.clauses[clause.parent]
    if _lemma(parse, parent) not in ASKING_VERBS:
        return -1
    asker = parent.slot("agent" if _voice(parse, parent) == "passive" else "subject")
    return asker.phrase if asker is not None and is_party(parse, asker.phrase) else -1


def _contract_sides(parse: Parse, clause: Clause | None) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(the contractor, the signer) of a contract whose purpose a complement tells: "Peru
    signed a contract with X to build / supply Y", "a deal with X for procuring Y"; else empty.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The navy signed a contract with Acme Corp to build six frigates.")
    >>> [[p.phrases[i].text for i in side] for side in _contract_sides(p, p.clauses[1])]
    [['Acme Corp'], ['The navy']]
    """
    if not is_purpose_clause(clause):
        return (), ()
    parent = parse.clauses[clause.parent]
    if _lemma(parse, parent) in AWARD_VERBS or _lemma(parse, parent) in APPROVER_VERBS:
        return (), ()
    core = "subject" if _voice(parse, parent) == "passive" else "object"
    deal = deal_phrase(parse, parent)
    if deal == -1:
        return (), ()
    partner = tuple(p for p in deal_partner(parse, parent, deal) if is_party(parse, p))
    signer = parent.slot("agent" if core == "subject" else "subject")
    signer = None if _lemma(parse, parent) == "be" else signer  # "one was with X"
    return partner, ((signer.phrase,) if partner and signer else ())


def _explicit(clause: Clause | None, phrases: tuple[int, ...]) -> tuple[int, ...]:
    """The phrases a clause names itself, not its left-out (implicit) subject."""
    implicit = {s.phrase for s in clause.slots if s.implicit} if clause else set()
    return tuple(p for p in phrases if p not in implicit)


def _fill(parse, clause, alternatives, noun, is_item=None, items=()) -> tuple[int, ...]:
    """Return the phrase(s) the first filled slot of ``alternatives`` names.

    For the item, a phrase must pass ``is_item`` (through a container: "30
    units of X"); for a party, ``is_party`` (given as ``is_item``), and an
    item phrase is never also a party.
    """
    for slot in alternatives:
        if slot == "service":  # "Peru will train Chilean pilots": the training
            verb = clause is not None and noun is None and _lemma(parse, clause)
            found = [clause.verb] if verb in VERB_ITEMS else []
            if found:
                return tuple(found)
            continue
        if slot == "item_origin":
            found = [i for p in items for i in _origins(parse, p)]
        elif slot == "item_maker":
            found = _makers(parse, items)
        elif slot in ("item_buyer", "item_seller"):  # "frigates ordered by Y from X"
            found = _deal_sides_of_items(parse, clause, items, slot == "item_seller")
        elif slot == "item_owner":  # "the Chilean Navy's new frigate arrived": the navy
            found = [
                parse.phrases[p].possessor for p in items
                if any(_owning_service(parse, parse.phrases[p], t)
                       for t in parse.tokens[parse.phrases[p].first : parse.phrases[p].head])
            ] or [
                s.phrase for p in items for s in modifiers_of(parse, p)
                if s.role == "of" and any(SERVICE_NAME.search(t.unit_name)
                                          for t in parse.units_in(s.phrase, "actor"))
            ]  # fmt: skip  # "the second frigate of the Chilean Navy arrived": the navy
        elif slot == "item_holder":  # "upgrade Chile's jets", "boats the firm built for X"
            found = _item_holders(parse, items)
        elif slot == "possessor_from":  # "Peru's first jets arrived from Chile": Peru
            found = _possessor_beside_origin(parse, clause, items) if noun is None else []
        elif slot == "item_possessor":  # "supplied most of Y's missiles": Y
            owners = [parse.phrases[_contained(parse, p)].possessor for p in items]
            found = [p for p in owners if p != -1]
        elif slot == "carrier_origin":  # "a Russian plane arrived with rifles": Russia
            found = _carrier_origins(parse, clause, items) if noun is None else []
        else:
            found = _slot_phrases(parse, clause, slot, noun)
        if is_item is is_party:  # "to five countries, including A and B": A and B
            found = [q for p in found for q in _listed_members(parse, p)]
            # "delivered by an Acme cargo plane", "the Acme aircraft brought": the carrier
            found = [p for p in found if not _maker_named_carrier(parse, p)]
        if is_item is not None:
            found = [
                p for p in found
                if (is_item(parse, _contained(parse, p)) or _lists_items(parse, p, is_item))
                and p not in items
            ]  # fmt: skip
        if found:
            return tuple(found)
    return ()


def _item_holders(parse: Parse, items: tuple[int, ...]) -> list[int]:
    """Who holds the items upkeep is done to: their possessor ("upgrade Chile's jets"), or
    the side a clause on them made them for ("two boats the firm built for the navy").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Acme will repair two boats the firm built for Peru.")
    >>> boats = next(ph.index for ph in p.phrases if ph.text == "two boats")
    >>> [p.phrases[i].text for i in _item_holders(p, (boats,))]
    ['Peru']
    """
    owners = [parse.phrases[p].possessor for p in items if parse.phrases[p].possessor != -1]
    # "Peru will upgrade its tanks": its own, not a side's
    found = [o for o in owners if parse.tokens[parse.phrases[o].head].tag not in ("PRON", "DET")]
    for clause in parse.clauses:
        made = _lemma(parse, clause) in MAKER_VERBS and clause.kind in (
            "relative", "reduced_relative")  # fmt: skip
        if made and any(s.role == "object" and s.phrase in items for s in clause.slots):
            found += [s.phrase for s in clause.slots if s.role == "for"]
    return found


def _listed_members(parse: Parse, index: int) -> list[int]:
    """A group noun told with its members ("five countries, including A, B and C", "several
    buyers, such as A and B") stands for the members it lists; any other phrase for itself.
    A collective noun before the group ("a group of nine nations including A and B", "a
    coalition of countries, such as A and B") stands for the group it is of.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("A group of nations including Peru and Chile sent tanks.")
    >>> [p.phrases[i].text for i in _listed_members(p, 0)]
    ['Peru and Chile']
    """
    if parse.phrases[index].text.lower() == "such":  # "allies such as A and B sent": A, B
        listed = [
            s.phrase for s in parse.slots()
            if s.role == "as" and s.governor == index and is_party(parse, s.phrase)
        ]  # fmt: skip
        return listed or [index]
    if _head_lemma(parse, index) in OFFICE_HOLDERS and not parse.units_in(index, "actor"):
        sides = [
            s.phrase for s in parse.slots()
            if s.role in ("of", "from") and s.governor == index and is_party(parse, s.phrase)
        ]  # fmt: skip
        if sides:  # "the defence ministers of A and B pledged": A and B
            return sides
    if _head_lemma(parse, index) in COLLECTIVE_NOUNS:
        groups = [
            s.phrase for s in parse.slots()
            if s.role == "of" and s.governor == index
            and _head_lemma(parse, s.phrase) in GROUP_NOUNS
        ]  # fmt: skip
        if groups:
            members = _listed_members(parse, groups[0])
            return members if members != groups else [index]
    if _head_lemma(parse, index) not in GROUP_NOUNS:
        return [index]
    end = parse.phrases[index].end
    listed = [
        s.phrase for s in parse.slots()
        if s.governor >= 0 and is_party(parse, s.phrase) and (
            (s.role == "including" and s.governor == index)
            or (s.role == "as" and parse.phrases[s.governor].text.lower() == "such"
                and 0 <= parse.phrases[s.governor].start - end <= 3)
        )
    ]  # fmt: skip
    return listed or _spelled_out(parse, index) or [index]


#: Marks after a group noun that open the list of its members ("three countries: A, B
#: and C", "nine countries -- A, B and C").
LIST_OPENERS = frozenset({":", "--", "\u2014", "\u2013", "-"})


def _spelled_out(parse: Parse, index: int) -> list[int]:
    """The list of sides right after a group noun and a colon or dash, else nothing.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Spain sold rifles to three countries: Peru, Chile and Bolivia.")
    >>> [p.phrases[i].text for i in _spelled_out(p, 3)]
    ['Peru, Chile and Bolivia']
    """
    end = parse.phrases[index].end
    after = [
        i for i, p in enumerate(parse.phrases)
        if p.kind == "NP" and p.start >= end and p.parts and is_party(parse, i)
    ]  # fmt: skip
    if not after:
        return []
    first = min(after, key=lambda i: parse.phrases[i].start)
    gap = parse.text[end - parse.start : parse.phrases[first].start - parse.start].strip()
    return [first] if gap in LIST_OPENERS else []


#: Verbs that tell a transfer only with the item's origin named: "tanks from Spain joined
#: the Peruvian army" (delivered); "the submarines will join the fleet" is commissioning.
ORIGIN_ONLY_CUES = words_of("join fly")
#: Cues that deliver only to a destination written with them ("flown to Y").
DESTINATION_CUES = words_of("fly")
#: Heads of a platform or a service that is military when a force receives it ("two ships to
#: the navy", "ten trucks to the army", "provided the army with training and advisers",
#: "supply the army with a head protection system", "a floating dry dock for the navy": a
#: navy's dock is a naval auxiliary; "the equipment China supplied the navy": what a force
#: is equipped with), not by itself ("ships to Peru", "equipment for Peru").
PLATFORM_HEADS = words_of(
    "ship ships vessel vessels boat boats craft plane planes vehicle vehicles truck trucks "
    "aircraft helicopter helicopters training advisers advisors instructors intelligence "
    "system systems dock docks equipment hardware"
)
#: Platform heads that name no kind of kit: military only when a giver is named as well
#: ("the equipment China supplied the navy"; "our forces must receive good equipment": none).
UNNAMED_KIT = words_of("equipment hardware")
#: Last words of a receiver that make it a force ("the Pakistan Navy", "the Kenyan army").
FORCE_WORDS = words_of("navy army military forces force guard marines corps police")
#: Head nouns that name equipment even as the last word of a capitalised name ("Armoured
#: Personnel Carriers"): such a name is an item, never a side.
EQUIPMENT_HEADS = (
    MILITARY_HEADS
    | PLATFORM_HEADS - words_of("equipment hardware")  # "Acme Heavy Equipment" is a firm
    | words_of("carrier carriers system systems vehicle vehicles dock docks kit kits")
)


def _for_a_force(parse: Parse, clause: Clause | None, frame, noun) -> ItemTest:
    """An item test for a platform given to a force: "China handed over two ships to the
    Pakistan Navy" (ships a navy receives are military equipment), else nothing passes."""

    def test(p: Parse, index: int) -> bool:
        index = _contained(p, index)  # "for the purchase of 167 ... Vehicles": the vehicles
        head = p.tokens[p.phrases[index].head]
        if head.text.lower() in UNNAMED_KIT and not givers:
            return False  # "our forces receive the best equipment": no one gives it
        if is_civilian_goods(p, index):
            return False  # "sent medical equipment to the army": civilian goods, no arms
        return head.text.lower() in PLATFORM_HEADS and not p.units_in(index, "actor")

    givers = _fill(parse, clause, frame.supplier, noun, is_party)

    receivers = _fill(parse, clause, frame.recipient, noun, is_party)
    if not receivers and clause is not None and _lemma(parse, clause) in AWARD_VERBS:
        receivers = award_sides(parse, clause)[1]  # "awarded a contract by the army for ..."
    words = [parse.phrases[r].text.lower().split()[-1:] for r in receivers]
    # a force's own name may end otherwise: "the Royal Navy of Oman"
    named = [t.unit_name.lower().split() for r in receivers for t in parse.units_in(r, "actor")]
    if not any(w and w[0] in FORCE_WORDS for w in words) and not any(
        FORCE_WORDS.intersection(n) for n in named
    ):
        return lambda p, i: False
    return test


def _lists_items(parse: Parse, index: int, is_item: ItemTest) -> bool:
    """True when an umbrella noun phrase ("the equipment", "the aid") is the subject of a
    verb that lists its contents and one of them is an item: "equipment donated by X
    included boats" is a donation of boats (``_with_included`` then names them).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The gear sent to Peru included rifles.")
    >>> _lists_items(p, 0, phrase_is_item), phrase_is_item(p, 0)
    (True, False)
    """
    head = parse.tokens[parse.phrases[index].head].lemma.lower()
    if head not in UMBRELLA_HEADS and head not in LISTING_HEADS:
        return False
    return any(
        is_item(parse, s.phrase)
        for c in parse.clauses
        if _lemma(parse, c) in CONTENT_VERBS
        and c.slot("subject") is not None and c.slot("subject").phrase == index
        for s in c.slots
        if s.role == "object"
    )  # fmt: skip


#: Names of months and days: capitalised, yet a time, never a side.
CALENDAR_NAMES = words_of(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def is_party(parse: Parse, index: int) -> bool:
    """True when a phrase can name a side: an actor in it, a pronoun, or a role noun."""
    phrase = parse.phrases[index]
    if _body_of_sides(parse, index):
        return True  # "the security structures of A and B": A's and B's
    if phrase.parts:
        return any(is_party(parse, p) for p in phrase.parts)
    head = parse.tokens[phrase.head]
    if parse.units_in(index, "actor"):
        return True
    first = parse.tokens[phrase.first].text.lower()
    if head.text.lower() in RELATIVE_PRONOUNS or first in ("which", "whose", "what"):
        return False  # "signed the contract ..., for which (August) was set"
    if head.tag == "NUM" or head.text.lower() in QUANTITY_PRONOUNS or is_money(parse, index):
        return False  # "an option for 200 more", "bought for Rs 500 crore": never a side
    if head.tag == "PROPN" and head.lemma.lower() in EQUIPMENT_HEADS:
        return False  # "for 167 Mine Protected Clearance Vehicles": a name of equipment
    if head.lemma.lower() in PLACED_GROUP_NOUNS and placed_in(parse, index) != -1:
        return True  # "the rebels in Mali": an armed group placed in a country
    if head.lemma.lower() in PLACED_GROUP_NOUNS and phrase.first == phrase.head:
        return True  # "smuggled to rebels": a side (which one, the article may tell)
    if head.text.lower() in CALENDAR_NAMES:
        return False  # "was delivered in June", "arrived on Monday": a time, never a side
    return (
        head.tag in ("PRON", "PROPN")
        or head.lemma.lower() in ROLE_NOUNS
        or head.text.lower() in POSSESSIVE_PRONOUNS  # "its supply of drones to Peru"
    )


#: Nouns of a state's bodies that stand for the sides their of-phrase names ("the security
#: structures of A and B", "the agencies of A"); with no such phrase they name no side.
BODY_NOUNS = words_of("structure agency authority")


def _body_of_sides(parse: Parse, index: int) -> bool:
    """True for a noun of a state's bodies whose of-phrase names a side: "the security
    structures of A", "defence and security structures of A and B" (its last noun)."""
    phrase = parse.phrases[index]
    last = parse.phrases[phrase.parts[-1]] if phrase.parts else phrase
    if parse.tokens[last.head].lemma.lower() not in BODY_NOUNS:
        return False
    return any(
        s.role == "of" and parse.units_in(s.phrase, "actor") for s in modifiers_of(parse, index)
    )


def placed_in(parse: Parse, index: int) -> int:
    """The phrase of an in-phrase right after a noun phrase that names an actor ("rebels in
    Mali" -> Mali), else -1."""
    after = parse.phrases[index].last + 1
    if after >= len(parse.tokens) or parse.tokens[after].text.lower() != "in":
        return -1
    return next(
        (s.phrase for s in modifiers_of(parse, index)
         if s.role == "in" and parse.phrases[s.phrase].first == after + 1
         and parse.units_in(s.phrase, "actor")),
        -1,
    )  # fmt: skip


def _origins(parse: Parse, index: int) -> list[int]:
    """Actors named inside an item phrase before its head ("Chinese", "U.S.-made"): origins."""
    phrase = parse.phrases[_contained(parse, index)]  # "a batch of Chinese drones": China
    out = []
    for part in phrase.parts or (phrase.index,):
        p = parse.phrases[part]
        for t in parse.tokens[p.first : p.head]:
            if t.unit_kind == "actor" and _owning_service(parse, p, t):
                continue  # "the Chilean Navy's new frigate": the navy owns it, it did not make it
            if t.unit_kind == "actor":
                owner = [q.index for q in parse.phrases if q.first == q.last == t.index]
                out += owner[:1]
    return out


#: Words of an armed service's name: a service written as an item's possessor owns the
#: item ("the Chilean Navy's new frigate arrived"), it is not where the item came from.
SERVICE_NAME = re.compile(
    r"(?i)\b(?:navy|army|air\s+force|marines?|coast\s+guard|armed\s+forces)\b"
)


def _owning_service(parse: Parse, phrase: Phrase, token) -> bool:
    """True for an armed service named as the possessor of an item phrase."""
    if phrase.possessor == -1:
        return False
    owner = parse.phrases[phrase.possessor]
    return owner.first <= token.index <= owner.last and bool(SERVICE_NAME.search(token.unit_name))


def _carrier_origins(parse: Parse, clause: Clause | None, items: tuple[int, ...]) -> list[int]:
    """The side a carrier belongs to, when the clause's subject carries the items rather than
    being one ("Peru's cargo plane arrived with rifles", "a Peruvian plane landed with ...")."""
    subject = clause.slot("subject") if clause is not None else None
    if subject is None or subject.phrase in items:
        return []
    owner = parse.phrases[subject.phrase].possessor
    return ([owner] if owner != -1 else []) + _origins(parse, subject.phrase)


#: Prepositions that place a deed inside a scheme of giving ("within the scope of X's aid",
#: "as part of X's support", "under X's assistance programme").
SCHEME_PREPOSITIONS = ("within", "under", "as", "through")
#: Nouns of a scheme of giving whose owner is the giver ("military aid", "an aid package").
SCHEME_NOUNS = words_of("aid assistance support help")
SCHEME_HEADS = words_of("programme program package")


def _scheme_owners(parse: Parse, clause: Clause) -> list[int]:
    """The phrases naming whose aid a deed is part of: the aid noun phrase itself when it
    holds an actor before its head ("within the scope of the US military support provided
    for Kiev": the US), found through the of-phrases of the scheme preposition's noun.

    >>> from analysis.grammar import parse_sentence
    >>> text = "Peru received ten tanks as part of Chilean military aid."
    >>> at = text.index("Chilean")
    >>> p = parse_sentence(text, 0, len(text), [(at, at + 7, "actor", "Chile")])
    >>> [p.phrases[i].text for i in _scheme_owners(p, p.clauses[0])]
    ['Chilean military aid']
    >>> text = "Peru received ten tanks under the Chilean military aid programme."
    >>> at = text.index("Chilean")
    >>> p = parse_sentence(text, 0, len(text), [(at, at + 7, "actor", "Chile")])
    >>> [p.phrases[i].text for i in _scheme_owners(p, p.clauses[0])]
    ['the Chilean military aid programme']
    """
    out = []
    for slot in clause.slots:
        if slot.role not in SCHEME_PREPOSITIONS:
            continue
        ofs = [m.phrase for m in modifiers_of(parse, slot.phrase) if m.role == "of"]
        chain = [slot.phrase, *ofs]
        for index in chain:
            phrase = parse.phrases[index]
            head = parse.tokens[phrase.head].lemma.lower()
            words = {t.lemma.lower() for t in parse.tokens[phrase.first : phrase.head]}
            if head not in SCHEME_NOUNS and not (head in SCHEME_HEADS and words & SCHEME_NOUNS):
                continue
            owners = [t for t in parse.units_in(index, "actor") if t.index < phrase.head]
            if owners:
                out.append(index)
            break
    return out


def _slot_phrases(parse: Parse, clause: Clause | None, slot: str, noun) -> list[int]:
    if noun is not None:
        found = _noun_slot(parse, clause, slot, noun)
        if found or slot not in ("with", "from", "clause_subject"):
            return found
        # "the contract, awarded to X by Y, covers Z": the sides its own relative clause names
        contractor, buyer = deal_relative_sides(parse, noun.index)
        return list(buyer if slot == "clause_subject" else contractor)
    if clause is None:
        return []
    if parse.phrases[clause.verb].verb.voice == "passive":
        # a passive's logical subject is its by-phrase; its logical object is its subject,
        # except in a reduced relative, where the head noun already fills the object slot
        swap = PASSIVE_SLOTS if clause.kind != "reduced_relative" else {"subject": "agent"}
        if clause.slot("object") is not None and _two_objects(_lemma(parse, clause)):
            swap = {**swap, "object": "object"}  # "Peru was given rifles": the object stays
        slot = swap.get(slot, slot)
    if slot == "counterpart":  # "in talks with X to sell ...": X
        out, current = [], clause
        while current is not None and not out:
            talks = [
                s.phrase
                for s in current.slots
                if parse.tokens[parse.phrases[s.phrase].head].lemma.lower() in TALKS_NOUNS
            ]
            out = [s.phrase for s in parse.slots("with") if s.governor in talks]
            if not out and current.index != clause.index and _lemma(parse, current) in TALKS_VERBS:
                out = [s.phrase for s in current.slots if s.role == "with"]  # "negotiating with X"
            current = parse.clauses[current.parent] if current.parent != -1 else None
        return out
    if slot == "thanker":  # "Y thanked / praised X for sending rifles": Y got them
        return _thanker(parse, clause)
    if slot == "scheme_owner":  # "received rifles within / as part of X's military aid": X
        return _scheme_owners(parse, clause)
    if slot == "deal_partner":  # "Under a deal with X, Y will get Z": X
        return _deal_partners(parse, clause)
    if slot == "user":  # "drones supplied by X are used by Y": Y
        return _users(parse, clause)
    if slot == "cargo":  # "a plane carrying rifles landed": the rifles
        return _cargo(parse, clause)
    if slot == "aided":  # "will donate boats to aid Peru's navy": the navy
        return [
            s.phrase
            for c in parse.clauses
            if c.parent == clause.index and c.kind == "complement"
            and _lemma(parse, c) in AID_VERBS
            for s in c.slots
            if s.role == "object"
        ]  # fmt: skip
    if slot == "complement_object":  # "helping Y develop and maintain Z"
        below = {
            c.index for c in parse.clauses if c.parent == clause.index and c.kind == "complement"
        }
        below |= {c.index for c in parse.clauses if c.parent in below and c.kind == "coordinated"}
        return [
            s.phrase for i in sorted(below) for s in parse.clauses[i].slots if s.role == "object"
        ]
    timed = _time_phrases(parse, clause)  # "since the purchase of X from Y": not this verb's
    found = [s.phrase for s in clause.slots if s.role == slot and s.phrase not in timed]
    if slot == "including" and not found:  # "the equipment, including X, it pledged to send":
        # the list in the clause above names the members of the object this clause left out
        left_out = {s.phrase for s in clause.slots if s.role == "object" and s.implicit}
        found = [s.phrase for s in parse.slots() if s.role in INCLUDING and s.governor in left_out]
    if slot == "to" and not found:  # "sell rifles and provide aid to Peru": Peru gets both
        found = _shared_to(parse, clause)
    if slot == "to" and found and _armed_end_user(parse, clause):
        return []  # "sent arms to Turkey for militants in Syria": the militants get them
    if slot == "to" and len(found) > 1 and _under_losing(parse, clause):
        found = found[:-1]  # "lost the tender to supply jets to Chile to Acme": Acme won
    return found


#: Verbs of giving whose conjuncts share a to-phrase written once after the last one.
SHARING_VERBS = words_of(
    "send sell supply provide deliver give transfer donate export ship lease loan hand gift"
)


def _shared_to(parse: Parse, clause: Clause) -> list[int]:
    """The to-phrase a verb of giving shares with the next conjunct that writes it last:
    "pledged to sell rifles and provide other aid to Peru" (Peru gets the rifles too). Both
    verbs give, the conjunct shares the subject, and the to-phrase ends it.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Spain will sell rifles and provide ammunition to Peru.")
    >>> [p.phrases[i].text for i in _shared_to(p, p.clauses[0])]
    ['Peru']
    >>> p = parse_sentence("Spain will sell rifles and give a loan to Peru.")
    >>> _shared_to(p, p.clauses[0])
    []
    """
    if _lemma(parse, clause) not in SHARING_VERBS or clause.slot("object") is None:
        return []
    for other in parse.clauses:
        if other.parent != clause.index or other.kind != "coordinated":
            continue
        subject = other.slot("subject")
        if _lemma(parse, other) not in SHARING_VERBS or subject is None or not subject.implicit:
            continue
        obj = other.slot("object")
        if (
            other.slots
            and other.slots[-1].role == "to"
            and obj
            and phrase_is_item(parse, obj.phrase)
        ):
            return [other.slots[-1].phrase]
    return []


def _armed_end_user(parse: Parse, clause: Clause) -> bool:
    """True when a clause sends items "to" one side "for" an armed group ("to Turkey for
    militants in Syria", "to Chad for the Kavanu rebels"): the group is the end user, the
    side of "to" a way station (a carrier or broker is no party to the transfer).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru sent rifles to Chile for rebels in Bolivia.")
    >>> _armed_end_user(p, p.clauses[0])
    True
    >>> p = parse_sentence("Peru sent rifles to Chile for its army.")
    >>> _armed_end_user(p, p.clauses[0])
    False
    """
    return any(
        s.role == "for"
        and parse.tokens[parse.phrases[s.phrase].head].lemma.lower() in PLACED_GROUP_NOUNS
        for s in clause.slots
    )


#: Verbs whose "to" names the winner: "lost the tender to X" (X won it, X got nothing).
LOSING_VERBS = words_of("lose")


def _under_losing(parse: Parse, clause: Clause) -> bool:
    """True when ``clause`` is told inside what a losing verb's subject lost ("lost the
    tender to supply jets to Chile to Acme"): the last of its two "to" sides is the
    winner the lost thing went to, read by the parser as the inner verb's."""
    while clause.parent != -1:
        clause = parse.clauses[clause.parent]
        if _lemma(parse, clause) in LOSING_VERBS:
            return True
    return False


#: Verbs of thanking or praising someone for a deed: the one who thanks for a gift is
#: the one it was given to (not "blame", "accuse": who accuses another of sending arms
#: did not get them).
THANKING_VERBS = words_of(
    "thank appreciate praise commend laud hail applaud salute credit congratulate"
)


def _thanker(parse: Parse, clause: Clause) -> list[int]:
    """The subject of a thank verb above a "for" + -ing clause: "Chile thanked Peru for
    donating rifles" -> Chile, the one given them.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Chile praised Peru for donating rifles.")
    >>> [p.phrases[i].text for i in _thanker(p, p.clauses[1])]
    ['Chile']
    """
    if clause.kind != "adverbial" or clause.marker != "for" or clause.parent == -1:
        return []
    above = parse.clauses[clause.parent]
    info = parse.phrases[above.verb].verb
    if info.lemma not in THANKING_VERBS or info.voice != "active":
        return []
    subject = above.slot("subject")
    return [subject.phrase] if subject else []


def _cargo(parse: Parse, clause: Clause) -> list[int]:
    """What the subject of a clause carries, told by a relative or reduced relative on it:
    "a plane carrying rifles landed", "the ship, which transported tanks, docked".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("A plane carrying rifles landed in Lima.")
    >>> [p.phrases[i].text for i in _cargo(p, p.clauses[0])]
    ['rifles']
    """
    subject = clause.slot("subject")
    if subject is None:
        return []
    return [
        s.phrase
        for c in parse.clauses
        if c.kind in ("relative", "reduced_relative") and c.head_noun == subject.phrase
        and _lemma(parse, c) in CARRIER_VERBS
        for s in c.slots
        if s.role == "object" and not s.implicit
    ]  # fmt: skip


def _time_phrases(parse: Parse, clause: Clause) -> set[int]:
    """The phrases of a clause's time phrases and what hangs on them ("since the purchase
    of artillery from Y": the purchase, the artillery, Y)."""
    out: set[int] = set()
    for s in clause.slots:
        if s.role in TIME_PREPOSITIONS:
            out |= {s.phrase, *(m.phrase for m in modifiers_of(parse, s.phrase))}
    return out


def _makers(parse: Parse, items: tuple[int, ...]) -> list[int]:
    """Who made an item, in a clause that describes it ("frigates built by X" -> X), or whose
    it is when the item has an owner ("bought Saab's Gripen" -> Saab: a buyer gets it from
    its owner)."""
    items = (*items, *(_contained(parse, p) for p in items))  # "the first of N frigates built by"
    holders = [  # "a consignment of tanks produced at X": the clause may hang on the container
        s.governor for s in parse.slots("of")
        if s.phrase in items and s.governor >= 0 and parse.phrases[s.governor].kind == "NP"
    ]  # fmt: skip
    out = [
        parse.phrases[p].possessor for p in items
        if parse.phrases[p].possessor != -1 and parse.units_in(parse.phrases[p].possessor, "actor")
        and not any(_owning_service(parse, parse.phrases[p], t)  # "the navy's frigate": owned
                    for t in parse.tokens[parse.phrases[p].first : parse.phrases[p].head])
    ]  # fmt: skip
    for clause in parse.clauses:
        described = clause.head_noun in items or clause.head_noun in holders
        if not described or _lemma(parse, clause) not in MAKER_VERBS:
            continue
        passive = _voice(parse, clause) == "passive"
        agent = clause.slot("agent") if passive else None
        if agent is not None:
            out.append(agent.phrase)
        elif passive:  # "jets manufactured in France": the country it is made in; "tanks
            # produced at the Acme Plant": the works that made them
            places = [s.phrase for s in clause.slots if s.role in ("in", "at")]
            out += [p for p in places if parse.head_token(p).unit_kind == "actor"]
        elif clause.kind == "relative":  # "the jets that Sweden had built": its subject
            subject = clause.slot("subject")
            if subject is not None and not subject.implicit and is_party(parse, subject.phrase):
                out.append(subject.phrase)
    return out


def _possessor_beside_origin(
    parse: Parse, clause: Clause | None, items: tuple[int, ...]
) -> list[int]:
    """The possessor of the items of a clause that says where they came from: "Peru's first
    jets arrived from Chile" -> Peru (the one they came to). Without a from-phrase the
    possessor may be their maker ("Russia's S-400 arrived"), so nothing is returned.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru's first jets arrived from Chile on Monday.")
    >>> jets = next(ph.index for ph in p.phrases if ph.text == "Peru's first jets")
    >>> [p.phrases[i].text for i in _possessor_beside_origin(p, p.clauses[0], (jets,))]
    ['Peru']
    """
    if clause is None:
        return []
    origins = {s.phrase for s in clause.slots if s.role == "from" and is_party(parse, s.phrase)}
    if not origins:
        return []
    owners = [parse.phrases[_contained(parse, p)].possessor for p in items]
    owners += [parse.phrases[p].possessor for p in items]
    return [o for o in dict.fromkeys(owners) if o != -1 and o not in origins and is_party(parse, o)]


#: Verbs of buying told in a clause on the items: its agent (or subject) bought them, its
#: from-phrase sold them ("the first of four frigates ordered by Peru from Acme").
ITEM_DEAL_VERBS = words_of("order buy purchase procure acquire contract")


def _deal_sides_of_items(
    parse: Parse, clause: Clause | None, items: tuple[int, ...], seller: bool
) -> list[int]:
    """The buyer (or, with ``seller``, the seller) a relative clause of buying on the items
    names: "the last of 40 vehicles ordered by Peru was delivered" -> Peru; "frigates ordered
    from Acme" -> Acme (the seller); "the jets Chile bought" -> Chile. The clause read must
    be another than the one the items are given in.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The last of 40 tanks ordered by Peru was delivered in June.")
    >>> given = next(c for c in p.clauses if c.kind == "main")
    >>> tanks = next(ph.index for ph in p.phrases if ph.text == "The last")
    >>> [p.phrases[i].text for i in _deal_sides_of_items(p, given, (tanks,), False)]
    ['Peru']
    """
    items = (*items, *(_contained(parse, p) for p in items))
    out: list[int] = []
    for told in parse.clauses:
        if told.head_noun not in items or told.kind not in RELATIVE_KINDS:
            continue
        if clause is not None and told.index == clause.index:
            continue
        if _lemma(parse, told) not in ITEM_DEAL_VERBS:
            continue
        if seller:
            out += [s.phrase for s in told.slots if s.role == "from"] or _deal_partners(parse, told)
            continue
        passive = _voice(parse, told) == "passive"
        side = told.slot("agent") if passive else told.slot("subject")
        if side is not None and not side.implicit:
            out.append(side.phrase)
    return out


def _deal_partners(parse: Parse, clause: Clause) -> list[int]:
    """The other side of the deal a clause of buying is part of: "(jets) ordered as part of a
    deal signed with Peru" / "under a contract with Peru" -> Peru. The deal is the noun of a
    scheme phrase (as part of, under, through, within) or of its of-phrase; its partner is
    the with-phrase of the deal or of a passive relative clause on it.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Chile awaits the jets ordered under a deal signed with Peru.")
    >>> ordered = next(c for c in p.clauses if c.kind == "reduced_relative")
    >>> [p.phrases[i].text for i in _deal_partners(p, ordered)]
    ['Peru']
    """
    deals = []
    for slot in clause.slots:
        if slot.role in SCHEME_PREPOSITIONS:
            ofs = [m.phrase for m in modifiers_of(parse, slot.phrase) if m.role == "of"]
            deals += [d for d in (slot.phrase, *ofs) if _head_lemma(parse, d) in CONTRACT_NOUNS]
    deals = deals[:1] or [d for d in (under_deal(parse, clause),) if d != -1]
    for deal in deals:  # the first deal named; else "Under the deal with X," above the clause
        partner = deal_relative_sides(parse, deal)[0]
        withs = [m.phrase for m in modifiers_of(parse, deal) if m.role == "with"]
        return list(partner or withs)
    return []


def _users(parse: Parse, clause: Clause) -> list[int]:
    """Who uses the item of a transfer clause: the subject of a use verb whose object the
    item is, when the item is the head noun of the transfer clause ("drones sent by X are
    flown by Y") or the head noun of the clause of use ("the drones, which Y's army has used,
    were bought from X"); the one who uses a weapon got it."""
    passive = _voice(parse, clause) == "passive" and clause.kind != "reduced_relative"
    told = clause.slot("subject" if passive else "object")
    items = {clause.head_noun, told.phrase if told is not None else -1} - {-1}
    items |= {_contained(parse, p) for p in items}  # "dozens of missiles that Y fires"
    out = []
    for other in parse.clauses:
        if other.index == clause.index or _lemma(parse, other) not in USE_VERBS:
            continue
        passive = _voice(parse, other) == "passive"
        used = other.slot("subject" if passive else "object")
        user = other.slot("agent" if passive else "subject")
        if used and user and used.phrase in items and user.phrase != used.phrase:
            out.append(user.phrase)
    for other in parse.clauses:  # "the rebels attacked a base with rockets supplied by X"
        if other.index == clause.index or _lemma(parse, other) not in ATTACK_VERBS:
            continue
        used = other.slot("with")
        user = other.slot("subject")
        if used and user and used.phrase in items and _voice(parse, other) == "active":
            out.append(user.phrase)
    return out


def _headed_by_actor(parse: Parse, index: int) -> bool:
    """True when a phrase's head (each conjunct's head, for a list) is a named actor.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru signed it with Chile.", units=[(0, 4, "actor", "Peru"),
    ...                    (20, 25, "actor", "Chile")])
    >>> _headed_by_actor(p, p.clauses[0].slot("with").phrase)
    True
    """
    phrase = parse.phrases[index]
    if phrase.parts:
        return all(_headed_by_actor(parse, p) for p in phrase.parts)
    return parse.tokens[phrase.head].unit_kind == "actor"


def _noun_slot(parse: Parse, clause: Clause | None, slot: str, noun: Phrase) -> list[int]:
    if slot == "modifier":  # "an F-16 order", "the K9 deal": a named system before the head
        return [noun.index] if named_modifier(parse, noun) else []
    if slot == "self":
        funded = any(
            s.phrase == noun.index and s.role in ("in", "of") and is_money(parse, s.governor)
            for s in parse.slots()
            if s.governor >= 0 and parse.phrases[s.governor].kind == "NP"
        )
        return [] if funded else [noun.index]
    if slot == "possessor":
        return [noun.possessor] if noun.possessor != -1 else []
    if slot in ("between_first", "between_second"):  # "a deal between X and Y": X, then Y
        sides = _between_sides(parse, clause, noun)
        return [] if len(sides) < 2 else [sides[0] if slot == "between_first" else sides[-1]]
    if slot == "talks_sides":  # "A and B are in talks over the sale of Z": both, in order
        return [
            *_noun_slot(parse, clause, "negotiator", noun),
            *_noun_slot(parse, clause, "counterpart", noun),
        ]
    if slot in ("counterpart", "negotiator"):  # "Y is in talks with X over the purchase of Z"
        talks = _talks_about(parse, clause, noun)
        if talks == -1:
            return []
        if slot == "counterpart":
            return [s.phrase for s in modifiers_of(parse, talks) if s.role == "with"]
        subject = clause.slot("subject") if _voice(parse, clause) == "active" else None
        return [subject.phrase] if subject is not None else []
    if slot == "destination":  # "the latest delivery of X reached Y": Y
        reached = clause is not None and _lemma(parse, clause) in REACH_VERBS
        if not reached or not _subject_is(clause, noun.index):
            return []
        return [s.phrase for s in clause.slots if s.role == "object"]
    if slot == "own_class":  # "arms transfers to Y", "weapons shipments": the class written
        # before the trade noun; "military sales to Y": military goods, no class named
        words = {t.text.lower() for t in parse.tokens[noun.first : noun.head]}
        military = bool(words & TRADE_MODIFIERS)
        return [noun.index] if parse.units_in(noun.index, "weapon") or military else []
    if slot == "giver_possessor":  # "Peru's delivery of rifles to Chile": Peru gives
        told_to = any(s.role in ("to", "for") for s in modifiers_of(parse, noun.index))
        return [noun.possessor] if noun.possessor != -1 and told_to else []
    if slot == "with_side":  # "completed the sale of two submarines with Peru": Peru buys;
        # only a side named as the phrase's head ("with US approval" names none)
        return [
            s.phrase for s in modifiers_of(parse, noun.index)
            if s.role == "with" and _headed_by_actor(parse, s.phrase)
        ]  # fmt: skip
    if slot == "holder":  # "Russia is India's main arms supplier": Russia
        return holder_phrases(parse, noun.index)
    if slot == "contents":  # "the package includes X": X
        return [
            s.phrase
            for c in parse.clauses
            if _lemma(parse, c) in CONTENT_VERBS
            and c.slot("subject")
            and c.slot("subject").phrase == noun.index
            for s in c.slots
            if s.role == "object"
        ]
    if slot == "announcer":  # "the Dutch ministry announced the delivery of X to Y": NL gives
        return _announcer(parse, clause, noun)
    if slot in ("thanked", "thanker"):  # "Y thanked X for the donation of Z": X gave it to Y
        if clause is None or _lemma(parse, clause) not in THANK_VERBS:
            return []
        if not any(s.role in ("for", "of") and s.phrase == noun.index for s in clause.slots):
            return []
        side = clause.slot("object" if slot == "thanked" else "subject")
        return [side.phrase] if side else []
    if slot in ("maker", "taker"):  # "X makes delivery of", "Y took delivery of"
        verbs = GIVER_LIGHT_VERBS if slot == "maker" else TAKER_LIGHT_VERBS
        if clause is None or parse.phrases[clause.verb].verb.lemma not in verbs:
            return []
        slot = "clause_subject"
    if slot == "clause_subject":  # "Peru signed a deal": only for the clause's own object
        lemma = clause and parse.phrases[clause.verb].verb.lemma
        if clause is None or lemma in APPROVER_VERBS or lemma in STANCE_VERBS:
            return []
        if lemma in CONTENT_VERBS:
            return []  # "it includes options for X": what includes it is a deal, not a side
        core = "subject" if _voice(parse, clause) == "passive" else "object"
        core = PREPOSITIONAL_OBJECTS.get(lemma, core)  # "X entered into a deal"
        if not any(s.role == core and s.phrase == noun.index for s in clause.slots):
            return []
        subject = (
            clause.slot("subject") if _voice(parse, clause) == "active" else clause.slot("agent")
        )
        return [subject.phrase] if subject else []
    own = [s for s in modifiers_of(parse, noun.index) if s.role == slot]
    # "from X, and Y from Z": a from-phrase on a from-phrase is another item's origin
    found = [s.phrase for s in own if s.governor not in {o.phrase for o in own}]
    if slot == "for" and found:  # "a contract for X for the army": both for-phrases, but
        # not an item that hangs on an item ("for missiles for its jets": what they are for)
        on_found = {
            s.phrase for s in parse.slots("for")
            if s.governor in found and phrase_is_item(parse, s.phrase)
        }  # fmt: skip
        linked = _linked(parse, clause, noun, slot)
        # "the contract for 12 jets for Chile was cancelled": the side hangs on the items
        nested = [
            s.phrase for s in parse.slots("for")
            if s.governor in found and s.phrase not in on_found and is_party(parse, s.phrase)
        ]  # fmt: skip
        return found + [p for p in (*nested, *linked) if p not in found and p not in on_found]
    return found or _linked(parse, clause, noun, slot) or _signed_with(parse, clause, noun, slot)


#: Verbs that tell what a deal covers, for a deal told by its ordinal ("The first covers 12
#: jets"); not "be", which any ordinal takes.
COVER_VERBS = words_of("cover include involve")


def _deal_by_ordinal(parse: Parse, clause: Clause | None, noun: Phrase) -> bool:
    """True when a bare ordinal ("the second", "the other", "one") stands for a deal: the
    subject of a passive verb of signing with a with-phrase ("the second was signed with X
    for Y") or of a verb of covering ("the first covers 12 jets").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The first includes 12 jets.")
    >>> _deal_by_ordinal(p, p.clauses[0], p.phrases[0])
    True
    >>> p = parse_sentence("The first arrived in May.")
    >>> _deal_by_ordinal(p, p.clauses[0], p.phrases[0])
    False
    """
    if clause is None or not _bare_ordinal(parse, noun):
        return False
    if _signed_with(parse, clause, noun, "with"):
        return True
    active = _voice(parse, clause) == "active"
    return active and _lemma(parse, clause) in COVER_VERBS and _subject_is(clause, noun.index)


def _bare_ordinal(parse: Parse, noun: Phrase) -> bool:
    """True for a phrase that is only a determiner and a word standing for one of several
    deals ("the second", "the other", "another", "one"), no noun of its own."""
    words = [t.lemma.lower() for t in parse.tokens[noun.first : noun.last + 1]]
    return bool(words) and words[-1] in ONE_OF_WORDS and len(words) <= 2


#: Verbs of making a deal: a deal noun that is their passive subject takes their with-, from-
#: and for-phrases ("the contract was signed with X for Y").
SIGNING_VERBS = words_of("sign ink conclude finalize finalise seal strike place")
#: The prepositions a signing clause lends its deal noun.
SIGNED_SLOTS = frozenset({"with", "from", "for"})


def _signed_with(parse: Parse, clause: Clause | None, noun: Phrase, slot: str) -> list[int]:
    """The phrases a passive verb of signing tells of the deal noun that is its subject:
    "the contract was signed with X for two frigates" (X, then the frigates, hanging on X).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The contract was signed with Acme for two frigates.")
    >>> [p.phrases[i].text for i in _signed_with(p, p.clauses[0], p.phrases[0], "for")]
    ['two frigates']
    """
    if clause is None or slot not in SIGNED_SLOTS or _voice(parse, clause) != "passive":
        return []
    if _lemma(parse, clause) not in SIGNING_VERBS or not _subject_is(clause, noun.index):
        return []
    if _head_lemma(parse, noun.index) not in CONTRACT_NOUNS and not _bare_ordinal(parse, noun):
        return []
    told = [s for s in clause.slots if s.role in SIGNED_SLOTS]
    chained = [m for s in told for m in modifiers_of(parse, s.phrase) if m.role in SIGNED_SLOTS]
    return list(dict.fromkeys(s.phrase for s in (*told, *chained) if s.role == slot))


#: Verbs whose deal noun follows a preposition, not as their object: "Acme and Peru
#: entered into a contract for six frigates" (verb lemma -> the preposition).
PREPOSITIONAL_OBJECTS = {"enter": "into"}


#: Nouns of a claim: "dismissed reports of arms deliveries to Y" denies the deliveries.
CLAIM_NOUNS = words_of("report reports claim claims allegation allegations accusation rumour")
#: Verbs of denying a claim: who denies reports of deliveries to Y denies its own.
DENYING_VERBS = words_of("deny dismiss reject refute")
#: Verbs whose object is where a delivery told as their subject came to ("reached Y").
REACH_VERBS = words_of("reach")
#: Verbs by which a side speaks of its own giving: "Peru announced the donation of rifles to
#: Chile" tells Peru's donation when nobody else is named as the giver, and "Peru denied any
#: arms shipments to Chile" denies Peru's own.
ANNOUNCING_VERBS = words_of("announce unveil confirm deny")


def _announcer(parse: Parse, clause: Clause | None, noun: Phrase) -> list[int]:
    """The subject of an active verb of announcing whose object is a noun of giving told
    with its recipient ("the Dutch ministry announced the delivery of howitzers to Peru"):
    the announcer is the giver; so is one who denies reports of it ("the Kremlin dismissed
    reports of arms deliveries to Peru"). Without a to / for phrase the announcer may be the
    taker, so nothing is returned; a recipient that is the announcer itself is dropped.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru announced the donation of rifles to Chile.")
    >>> noun = next(x for x in p.phrases if x.text == "the donation")
    >>> [p.phrases[i].text for i in _announcer(p, p.clauses[0], noun)]
    ['Peru']
    """
    if clause is None or _voice(parse, clause) != "active":
        return []
    lemma = parse.phrases[clause.verb].verb.lemma
    told = {s.phrase for s in clause.slots if s.role == "object"}
    reports = {
        s.phrase for s in clause.slots
        if s.role == "of" and s.governor in told and _head_lemma(parse, s.governor) in CLAIM_NOUNS
    }  # fmt: skip
    if noun.index in told and lemma in ANNOUNCING_VERBS:
        pass
    elif not (noun.index in reports and lemma in DENYING_VERBS):
        return []
    if not any(s.role in ("to", "for") for s in modifiers_of(parse, noun.index)):
        return []
    subject = clause.slot("subject")
    return [subject.phrase] if subject else []


def _linked(parse: Parse, clause: Clause | None, noun: Phrase, slot: str) -> list[int]:
    """'The contract ... pertains to the procurement of X for Y': a cue noun that is the
    subject of a linking verb takes the phrases after that verb as its own."""
    lemma = clause and parse.phrases[clause.verb].verb.lemma
    if lemma in ASPECT_VERBS and slot in ASPECT_SLOTS:
        subject = clause.slot("subject")
        own = subject is not None and subject.phrase == noun.index
        return [s.phrase for s in clause.slots if s.role == slot] if own else []
    own = clause is not None and lemma in LINK_VERBS and _subject_is(clause, noun.index)
    if not own:  # "a contract covering X", "the order, which includes X": the noun's clause
        holding = clause
        clause = _link_clause(parse, noun.index)
        if clause is None:  # "signed a contract for X for the army": the clause's for-phrase
            obj = holding.slot("object") if holding is not None and slot == "for" else None
            told = obj is not None and obj.phrase == noun.index
            return [s.phrase for s in holding.slots if s.role == "for"] if told else []
    heads = [s.phrase for s in clause.slots if s.role in ("to", "object", "for")]
    found = []
    for head in heads:
        chain = [head, *(m.phrase for m in modifiers_of(parse, head))]
        for m in modifiers_of(parse, head):
            if m.role == slot:
                found.append(m.phrase)
        if slot == "of" and not found:
            found += [p for p in chain[:1] if _contained(parse, p) != p]
    found += [s.phrase for s in clause.slots if s.role == slot and s.phrase not in found]
    if slot == "of" and not found:  # "the contract covers 36 jets": what it covers
        found = [s.phrase for s in clause.slots if s.role == "object"]
    return found


def _subject_is(clause: Clause, index: int) -> bool:
    subject = clause.slot("subject")
    return subject is not None and subject.phrase == index


def _link_clause(parse: Parse, index: int) -> Clause | None:
    """The clause whose linking verb tells what noun ``index`` covers, when the noun is its
    subject but stands in another clause: "signed a contract covering the production of X",
    "an order, which includes X" (a reduced or full relative on the noun).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru signed a contract covering six frigates.")
    >>> noun = next(ph.index for ph in p.phrases if ph.text == "a contract")
    >>> p.phrases[_link_clause(p, noun).verb].text
    'covering'
    """
    # a reduced relative hangs on the nearest noun: "a contract with X covering Y" is still
    # the contract's (X is one of the contract's own phrases)
    own = {index, *(s.phrase for s in modifiers_of(parse, index))}
    for clause in parse.clauses:
        subject = clause.slot("subject")
        if _lemma(parse, clause) in LINK_VERBS and subject is not None and subject.phrase in own:
            return clause
    return None


def _voice(parse: Parse, clause: Clause) -> str:
    return parse.phrases[clause.verb].verb.voice


def _between_sides(parse: Parse, clause: Clause | None, noun: Phrase) -> list[int]:
    """The sides, in order, of the between-phrase a deal noun is told with: its own ("a
    deal between X and Y for Z") or its clause's, when the noun is what the clause signs ("the
    deal for Z was signed between X and Y").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The deal for 48 tanks was signed between Acme and the army.")
    >>> [p.phrases[i].text for i in _between_sides(p, p.clauses[0], p.phrases[0])]
    ['Acme', 'the army']
    """
    told = [s.phrase for s in modifiers_of(parse, noun.index) if s.role == "between"]
    if not told and clause is not None:
        core = "subject" if _voice(parse, clause) == "passive" else "object"
        if any(s.role == core and s.phrase == noun.index for s in clause.slots):
            # the clause's own between-phrase, not one of a noun in a phrase set before
            # the clause ("In a boost to ties between X and Y, the two signed a deal")
            verb_at = parse.phrases[clause.verb].start
            told = [
                s.phrase for s in clause.slots
                if s.role == "between"
                and (s.governor in (clause.verb, noun.index)
                     or parse.phrases[s.governor].start > verb_at)
            ]  # fmt: skip
    if not told:
        return []
    whole = parse.phrases[told[0]]
    if whole.parts:
        return sorted(whole.parts, key=lambda i: parse.phrases[i].start)
    # "between X, the country's only maker, and Y": an apposition splits the pair
    gap = _APPOSED_PAIR.match(parse.text, whole.end - parse.start)
    if gap is None:
        return []
    second = gap.end() + parse.start
    after = [i for i, ph in enumerate(parse.phrases) if ph.kind == "NP" and ph.start == second]
    return [whole.index, after[0]] if after and is_party(parse, after[0]) else []


#: After the first side of a between-phrase: its apposition, then "and" and the second side
#: ("Acme, the country's only shipbuilder, and the navy"; "Acme (AC), ..." with its acronym).
_APPOSED_PAIR = re.compile(r"(?:\s*\([^()]{1,20}\))?,[^,;()]{3,80},\s+and\s+")


def modifiers_of(parse: Parse, index: int) -> list:
    """Return the prepositional slots that hang on noun phrase ``index`` or on a chain
    of phrases after it ("the sale of 30 jets to Chile": of and to hang on "the sale")."""
    chain, out = {index}, []
    for slot in sorted(parse.slots(), key=lambda s: parse.phrases[s.phrase].start):
        after = parse.phrases[slot.phrase].start > parse.phrases[index].start
        if slot.governor in chain and slot.role not in _CORE_ROLES and after:
            out.append(slot)
            chain.add(slot.phrase)
    return out


def _clause_holding(parse: Parse, index: int) -> Clause | None:
    """Return the clause in which noun phrase ``index`` (or a phrase it hangs on) has a slot."""
    for clause in parse.clauses:
        for slot in clause.slots:
            if slot.phrase == index or _contains(parse, slot.phrase, index):
                return clause
    return None


def _contains(parse: Parse, outer: int, inner: int) -> bool:
    a, b = parse.phrases[outer], parse.phrases[inner]
    return a.first <= b.first and b.last <= a.last and outer != inner


def _match(parse, clause, frame, noun, supplier, recipient, items) -> FrameMatch:
    items = _with_included(parse, items)
    containers = tuple(p for p in items if _contained(parse, p) != p)  # "a US shipment of"
    items, quantity = _unwrap_containers(parse, items)
    items = _without_catch_alls(parse, items)
    supplier = tuple(_copula_subject(parse, p) for p in supplier)
    recipient = tuple(_copula_subject(parse, p) for p in recipient)
    stage, polarity, modality, denier = read_stage(parse, clause, frame, noun)
    approved = clause is not None and _lemma(parse, clause) in APPROVING_VERBS
    if not approved and any(
        _hedged_noun(parse, parse.phrases[c], load_stages()) for c in containers
    ):
        modality = "possible"  # "signed an agreement for the possible purchase of X"
    if frame.lemma in OPTION_NOUNS and stage != "agreed":
        modality = "possible"  # "the contract includes options for X": exercised, agreed
    if frame.lemma in OPTION_NOUNS and noun is not None:
        quantity = _option_quantity(parse, noun.head + 1) or quantity  # "for a fifth frigate"
    cue_token = parse.tokens[noun.head] if noun else parse.tokens[parse.phrases[clause.verb].head]
    return FrameMatch(
        cue=cue_token.lemma.lower() if noun else frame.lemma,
        cue_start=cue_token.start,
        cue_end=cue_token.end,
        direction=frame.direction,
        supplier=supplier,
        recipient=recipient,
        items=items,
        supplier_text=" and ".join(parse.phrases[p].text for p in supplier),
        recipient_text=" and ".join(parse.phrases[p].text for p in recipient),
        item_texts=tuple(parse.phrases[p].text for p in items),
        stage=stage,
        polarity=polarity,
        modality=modality,
        status=status_of(stage, polarity, modality),
        denied_by=denier,
        quantity=quantity,
        clause=clause.index if clause else -1,
        containers=containers,
    )


def _with_included(parse: Parse, items: tuple[int, ...]) -> tuple[int, ...]:
    """Add what an item phrase includes: "weapons ... include X", "a package including X"."""
    out = []
    for index in items:
        named = [
            s.phrase for s in modifiers_of(parse, index)
            if s.role in INCLUDING and not is_party(parse, s.phrase)
        ]  # "from three countries, including A and B": sides, not items  # fmt: skip
        listed = []
        for clause in parse.clauses:
            subject = clause.slot("subject")
            if subject and subject.phrase == index and _lemma(parse, clause) in CONTENT_VERBS:
                listed += [s.phrase for s in clause.slots if s.role == "object"]
        head = parse.tokens[parse.phrases[index].head].lemma.lower().split()[-1]
        umbrella = (
            head in UMBRELLA_HEADS | LISTING_HEADS or head.removesuffix("s") in UMBRELLA_HEADS
        )
        # "equipment, including radars", "the weapons sent include drones": the named stand
        out += named or ([] if listed and umbrella else [index])
        out += listed
    return tuple(dict.fromkeys(out))


#: Words that make an umbrella noun the rest of a list ("drones and other equipment").
CATCH_ALL_WORDS = words_of("other another additional further more various")


def _without_catch_alls(parse: Parse, items: tuple[int, ...]) -> tuple[int, ...]:
    """Drop "other equipment" / "other supplies" from items that name a weapon beside it:
    the rest of a list is not a transfer of its own (the named items carry the deal).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("rifles and other equipment", 0, 26, [(0, 6, "weapon", "rifle")])
    >>> [p.phrases[i].text for i in _without_catch_alls(p, (0, 1))]
    ['rifles']
    """
    parts = [p for i in items for p in parse.phrases[i].parts or (i,)]
    rest = [p for p in parts if _catch_all(parse, p)]
    named = [p for p in parts if parse.units_in(p, "weapon") and p not in rest]
    if not named or not rest:
        return items
    return tuple(p for p in parts if p not in rest)


def _catch_all(parse: Parse, index: int) -> bool:
    phrase = parse.phrases[index]
    head = parse.tokens[phrase.head]
    last = head.text.lower().split()[-1]  # a unit's last word: "military supplies"
    heads = {head.lemma.lower(), head.text.lower(), last, last.removesuffix("s")}
    before = {t.text.lower() for t in parse.tokens[phrase.first : phrase.head]}
    return bool(heads & (UMBRELLA_HEADS | SERVICE_HEADS)) and bool(before & CATCH_ALL_WORDS)


def _copula_subject(parse: Parse, index: int) -> int:
    """'Peru was the first navy to send ...': the predicate noun stands for the subject. In a
    cleft ('It was Peru that sent ...') "it" stands for nothing, and the named predicate is kept.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("It was Peru that sent tanks.", 0, 28, [(7, 11, "actor", "Peru")])
    >>> peru = next(x.index for x in p.phrases if x.text == "Peru")
    >>> p.phrases[_copula_subject(p, peru)].text
    'Peru'
    """
    for clause in parse.clauses:
        predicate, subject = clause.slot("predicate"), clause.slot("subject")
        if predicate and subject and predicate.phrase == index:
            expletive = parse.phrases[subject.phrase].text.lower() == "it"
            if expletive and parse.units_in(index, "actor"):
                return index
            return subject.phrase
    return index


def _head_lemma(parse: Parse, index: int) -> str:
    return parse.tokens[parse.phrases[index].head].lemma.lower()


def _lemma(parse: Parse, clause: Clause) -> str:
    return parse.phrases[clause.verb].verb.lemma


def _contained(parse: Parse, index: int, depth: int = 0) -> int:
    """Return the phrase a container holds: "30 units of X", "the first of dozens of X" -> X;
    money spent on something: "350 million euros for X" -> X; else ``index``."""
    phrase = parse.phrases[index]
    head = parse.tokens[phrase.head].lemma.lower()
    counted = head in CONTAINER_NOUNS or parse.tokens[phrase.head].tag == "NUM"
    roles = ("of", "out of") if counted else ()  # "two out of the 25 howitzers"
    roles = roles or (("for", "worth of", "worth", "of") if is_money(parse, index) else ())
    inner = [
        s.phrase
        for s in modifiers_of(parse, index)
        if s.role in roles and (s.role != "of" or counted or parse.units_in(s.phrase, "weapon"))
    ]  # "$5 million of weapons" holds the weapons; "$90 million of assistance" is money
    if inner and depth < 4:
        return _contained(parse, inner[0], depth + 1)
    if counted and head in CONTAINER_NOUNS and depth < 4:
        # "its first 10 vehicles", read as "its first" and "10 vehicles": the number's phrase
        after = _counted_after(parse, phrase)
        if after != -1:
            return _contained(parse, after, depth + 1)
    return index


def _counted_after(parse: Parse, phrase: Phrase) -> int:
    """The noun phrase with a number right after ``phrase`` that no slot holds ("its first"
    + "10 vehicles"), else -1."""
    held = {s.phrase for s in parse.slots()}
    for i, other in enumerate(parse.phrases):
        if other.kind != "NP" or other.first != phrase.last + 1 or i in held or other.parts:
            continue
        if parse.tokens[other.first].tag == "NUM":
            return i
    return -1


def is_money(parse: Parse, index: int) -> bool:
    """True for an amount of money ("$5 billion", "350 million euros", "funding").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru gave 350 million euros for rifles.")
    >>> [ph.text for i, ph in enumerate(p.phrases) if ph.kind == "NP" and is_money(p, i)]
    ['350 million euros']
    """
    phrase = parse.phrases[index]
    head = parse.tokens[phrase.head]
    lemma = head.lemma.lower()
    return (
        head.text[:1] in "$€£¥₹"
        or lemma in MONEY_WORDS
        or lemma[:-1] in MONEY_WORDS
        or (
            head.tag == "NUM"
            and any(t.text[:1] in "$€£¥₹" for t in parse.tokens[phrase.first : phrase.head])
        )
    )


def _unwrap_containers(parse: Parse, items: tuple[int, ...]) -> tuple[tuple[int, ...], str]:
    """'30 units of the K9' -> the K9, quantity '30 units'; else the items and their quantity.

    A list gives no quantity of its own: each of its parts keeps the number written before it.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru sent 20 rifles and radars to Chile.")
    >>> whole = next(x.index for x in p.phrases if x.text == "20 rifles and radars")
    >>> _unwrap_containers(p, (whole,))[1]
    ''
    """
    out, quantity = [], ""
    for index in items:
        phrase = parse.phrases[index]
        inner = _contained(parse, index)
        if inner != index and not is_money(parse, index) and not _worth_of(parse, index, inner):
            head = parse.tokens[phrase.head]
            counted = head.text if head.tag == "NUM" else ""  # "two out of the 25 X": two
            quantity = (
                quantity
                or counted
                or (f"{phrase.quantity} {head.text}".strip() if phrase.quantity else "")
            )
        if not parse.phrases[inner].parts:  # "20 rifles and other supplies": the number is
            quantity = quantity or parse.phrases[inner].quantity  # the first part's alone
        out.append(inner)
    return tuple(out), quantity


def _worth_of(parse: Parse, index: int, inner: int) -> bool:
    """True when the words before a contained item tell its value, not how many there are
    ("billions of dollars worth of equipment", "$2 million worth of rifles").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru sent billions of dollars worth of rifles to Chile.")
    >>> outer = next(x.index for x in p.phrases if x.text.startswith("billions"))
    >>> _worth_of(p, outer, _contained(p, outer))
    True
    """
    words = parse.tokens[parse.phrases[index].first : parse.phrases[inner].first]
    return any(
        t.text[:1] in "$€£¥₹" or t.lemma.lower() in MONEY_WORDS or t.lemma.lower() == "worth"
        or t.lemma.lower()[:-1] in MONEY_WORDS
        for t in words
    )  # fmt: skip


#: Verbs of telling or knowing whose negation leaves a deal untold, not undone ("did not
#: disclose the sale").
TELLING_VERBS = words_of("disclose reveal specify comment mention know discuss detail name")
#: Determiners and pronouns that deny what the clause says of their noun ("No weapons were
#: exported", "sent nothing"); "no fewer than" and "no less than" only bound a number.
NEGATIVE_DETERMINERS = words_of("no none nothing neither nobody")
NUMBER_BOUNDS = words_of("fewer less more later sooner")


def _denied_by_determiner(parse: Parse, clause: Clause) -> bool:
    """True when the subject or object of ``clause`` starts with "no" ("No arms were sent",
    "No country has sent tanks") or "neither" stands before its subject.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("No war weapons have been exported to Peru.")
    >>> _denied_by_determiner(p, p.clauses[0])
    True
    >>> p = parse_sentence("Peru sent no fewer than 20 tanks.")
    >>> _denied_by_determiner(p, p.clauses[0])
    False
    >>> p = parse_sentence("Neither Peru nor Chile has sent tanks.")
    >>> _denied_by_determiner(p, p.clauses[0])
    True
    """
    for slot in clause.slots:
        if slot.role not in ("subject", "object", "indirect_object") or slot.implicit:
            continue
        first = parse.phrases[slot.phrase].first
        if slot.role == "subject" and first and parse.tokens[first - 1].text.lower() == "neither":
            return True  # "Neither Peru nor Chile has sent": "neither" before the subject
        if parse.tokens[first].text.lower() not in NEGATIVE_DETERMINERS:
            continue
        after = parse.tokens[first + 1] if first + 1 < len(parse.tokens) else None
        if after is None or after.text.lower() not in NUMBER_BOUNDS:
            return True
    return False


#: Words that open a condition: what the clause tells may or may not happen.
CONDITION_MARKERS = words_of("if unless")


def _conditional(parse: Parse, clause: Clause | None) -> bool:
    """True when ``clause`` or a clause above it is a condition ("If Peru sends tanks ...").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("If Peru sends tanks to Chile, Bolivia will protest.")
    >>> _conditional(p, next(c for c in p.clauses if c.marker == "if"))
    True
    """
    while clause is not None:
        if clause.marker in CONDITION_MARKERS or _reduced_condition_on(parse, clause):
            return True
        clause = parse.clauses[clause.parent] if clause.parent != -1 else None
    return False


def _reduced_condition_on(parse: Parse, clause: Clause) -> bool:
    """True when a condition with no subject of its own qualifies ``clause`` ("If confirmed,
    Peru has sold jets to Chile": whether it happened is not yet told).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("If confirmed, Peru has sold six jets to Chile.")
    >>> _reduced_condition_on(p, p.clauses[0])
    True
    """
    return any(
        c.parent == clause.index and c.marker in CONDITION_MARKERS and c.slot("subject") is None
        for c in parse.clauses
    )


def read_stage(
    parse: Parse, clause: Clause | None, frame: Frame, noun
) -> tuple[str, str, str, int]:
    """Return (stage, polarity, modality, denier phrase) of a cue.

    The cue's own verb group gives tense, aspect, modal and negation; every
    clause above it (and a noun governing an infinitive: "decision to")
    may add a stage, a polarity or a modality from ``data/transfer_stages.csv``.
    The nearest word above decides the stage.
    """
    table = load_stages()
    own = parse.phrases[clause.verb].verb if clause else None
    if own is not None and noun is None:
        own = _shared_modal(parse, clause, own)
    stage, polarity, modality, denier = frame.stage, "", "", -1
    if stage == "delivered" and own is not None and _unrealised(parse, clause):
        stage = ""  # "will receive", "is expected to take delivery": not yet delivered
    if stage == "delivered" and noun is not None and own is not None and (
        f"{own.lemma} {own.particle}".strip() in INTENT_WORDS | AWAIT_VERBS):  # fmt: skip
        stage = ""  # "looks forward to / awaits / expects the delivery": still to come
    governors: list[tuple[str, Clause | None]] = []
    timed = (
        noun is not None
        and clause is not None
        and (_in_time_phrase(parse, clause, noun) or _in_topic_phrase(parse, clause, noun))
    )
    if noun is not None and _talks_about(parse, clause, noun) != -1:
        modality = "possible"  # "in talks with X over the purchase of Y": not yet agreed
    approved = own is not None and own.lemma in APPROVING_VERBS  # "approved a possible sale"
    if noun is not None and _hedged_noun(parse, noun, table) and not approved:
        modality = "possible"  # "an agreement for the possible purchase of two frigates"
    if timed:
        clause = None  # "will receive howitzers since the purchase of X": not the verb's stage
    if noun is not None and clause is not None and _role_told_aside(frame, own):
        clause = None  # "may undermine Russia's status as Armenia's main supplier": the
        # modal is the undermining's; the role the noun names stands as told
    if noun is not None and clause is not None:
        if own.negated and own.lemma not in SPEECH_VERBS | TELLING_VERBS:
            polarity = "negated"  # "had not issued permits for the export of X"
        if own.modal:
            governors.append((_reported_modal(parse, clause, own.modal), None))
        phrasal = f"{own.lemma} {own.particle}".strip()
        lemma = phrasal if phrasal in table else own.lemma  # "looked forward to the delivery"
        governors.append((lemma, clause))  # "announced the sale", "signed a deal"
    if _conditional(parse, clause):
        modality = "possible"  # "If Peru sends tanks, Chile will respond": not yet told
    current, described = clause, False
    if noun is None and own is not None:
        if own.negated or _denied_by_determiner(parse, clause):
            polarity = "negated"
        if own.modal:
            governors.insert(0, (_reported_modal(parse, clause, own.modal), None))
    while current is not None:
        if current is clause and current.kind == "complement" and current.marker == "whether":
            modality = "possible"  # "has not decided whether to send X": an open question;
            break  # nothing above it (the deciding, its negation) is the sending's
        governors += [
            (parse.tokens[parse.phrases[slot.phrase].head].lemma.lower(), current)
            for slot in current.slots
            if slot.role == "in"  # "in talks with X to sell"
            and parse.tokens[parse.phrases[slot.phrase].head].tag == "NOUN"
            # "bought jets in a bid to ...": a purpose of the cue's own verb, no stage of it
            and not (current is clause and _head_lemma(parse, slot.phrase) in PURPOSE_NOUNS)
        ]
        governors += [  # "is under contract to supply": what a contract binds one to is agreed
            (_head_lemma(parse, slot.phrase), current)
            for slot in current.slots
            if slot.role == "under"
            and current is not clause  # "delivered under the deal" keeps its own tense
            and _head_lemma(parse, slot.phrase) in CONTRACT_NOUNS
        ]
        chance = _chance_before(parse, current)
        if chance:
            governors.append((chance, None))  # "Acme's prospects for securing an order"
        if current.head_noun != -1 and current.kind == "complement":
            governor = parse.phrases[current.head_noun]
            governors.append((parse.tokens[governor.head].lemma.lower(), None))
            if parse.tokens[governor.first].text.lower() in ("no", "neither") and not polarity:
                polarity = "negated"  # "has no plans / neither the will nor the means to send"
        if _called_false(parse, current) and polarity != "negated":
            polarity = "denied"  # "the false report that Peru sent rifles"
        parent = parse.clauses[current.parent] if current.parent != -1 else None
        told = _noun_told_of(parse, current)
        if told != -1:  # "the possibility of buying", "no intention of selling": the noun
            governors.append((_head_lemma(parse, told), None))
            if _head_lemma(parse, told) not in table and parent is not None:
                # "studies the issue of buying X": a noun that tells nothing leaves it to
                # the verb above it
                governors.append((_lemma(parse, parent), parent))
        if current.kind == "adverbial" and current.marker == "to" and parent is not None:
            if _lemma(parse, parent) == "be":  # "is open to selling more": the predicate
                governors.append((_predicate_lemma(parse, parent), parent))
            if parse.tokens[parse.phrases[told].first].text.lower() == "no" and not polarity:
                polarity = "negated"
        if current.kind == "coordinated" and parent is not None:
            current = parent  # a conjunct shares its first conjunct's governors, not its verb
            continue
        if current.kind in ("relative", "reduced_relative") and parent is not None and (
            parent.kind == "complement"):  # fmt: skip
            described = True  # "rejected a claim that a boat carrying X was seized": the
            current = parent  # denial covers what the claim describes, nothing else does
            continue
        if current.kind == "relative" and parent is not None and current.head_noun != -1:
            predicate = parent.slot("predicate")
            said = parse.phrases[parent.verb].verb
            if predicate is not None and predicate.phrase == current.head_noun and said.modal:
                governors.append((said.modal, None))  # "this could be the first time X sold"
        deal = deal_noun_lemma(parse, parent) if is_purpose_clause(current) else ""
        if current.kind != "complement" and not _gerund_complement(parse, current) and not deal:
            parent = None  # a relative or adverbial clause keeps its own stage and polarity
        if parent is not None and parent.kind != "aside":
            info = parse.phrases[parent.verb].verb
            lemma = f"{info.lemma} {info.particle}".strip()
            if _reports_finite(parse, current, info.lemma):
                lemma = f"{REPORTED}{lemma}"  # "announced that it had sent": its own tense
            if described:
                lemma = f"{DESCRIBED}{lemma}"
            # "signed a letter of intent / a memorandum of understanding to buy": the
            # document the verb acts on tells the stage, not signing itself
            document = _document_noun(parse, parent, table) or contract_won(parse, parent)
            document = document or (deal if info.lemma == "be" else "")  # "one was with X for"
            if info.lemma == "be" and not document:  # "is due to deliver": the predicate's
                document = _predicate_lemma(parse, parent)  # word tells the stage
                document = document or _copula_adjective(parse, parent, current)
            governors.append((document or lemma, parent))  # "received a contract to supply"
            owned = parent.slot("object") if info.lemma == "have" else None
            if owned is not None and current.kind == "complement" and not polarity and (
                parse.tokens[parse.phrases[owned.phrase].first].text.lower() in ("no", "neither")
            ):  # fmt: skip
                polarity = "negated"  # "has neither the will nor the means to sell"
            if info.modal:
                governors.append((info.modal, None))
            if info.negated and not polarity:
                polarity = "negated"
        current = parent
    for lemma, where in governors:
        reported = lemma.startswith(REPORTED)
        only_denial = lemma.startswith(DESCRIBED)
        lemma = lemma.removeprefix(DESCRIBED).removeprefix(REPORTED)
        for effect, value in table.get(lemma, ()):
            if (reported and effect == "stage") or (only_denial and value != "denied"):
                continue
            if effect == "polarity" and polarity != "denied":
                polarity = value
                if value == "denied" and where is not None and where.slot("subject"):
                    denier = where.slot("subject").phrase
            elif effect == "modality" and not modality:
                modality = value
            elif effect == "stage" and not stage:
                if value == "delivered" and where is not None and _unrealised(parse, where):
                    continue  # "to take delivery", "will take": the stage is the verb's above
                stage = value
    bids = any(lemma in OFFERING_NOUNS for lemma, _ in governors)
    if stage == "sought" and frame.direction == "give" and bids:
        stage = "offered"  # "submitted a bid to supply X": the giver seeks to sell it
    if stage == "agreed":  # "is expected to sign a contract", "will sign a deal": not yet
        later = [v for lemma, _ in governors if lemma in INTENT_WORDS
                 for e, v in table.get(lemma, ()) if e == "stage"]  # fmt: skip
        stage = later[0] if later else stage
    if not stage and noun is not None and not modality:
        stage = BARE_NOUN_STAGES.get(parse.tokens[noun.head].lemma.lower(), "")
        if parse.tokens[noun.head].text.lower() in TRADE_PLURALS:
            stage = "delivered"  # "China's military sales to Y": a trade, not one deal
        judged = own is not None and own.lemma in THANK_VERBS and not own.modal
        if stage == "delivered" and own is not None and own.tense == "present" and not judged:
            stage = "ongoing"  # "the supply of drones to X worries Y": it goes on
    if not stage and own is not None and noun is None:
        stage = _stage_from_tense(own, frame.direction)
        if stage == "ongoing" and _arranged_sale(parse, clause, own):
            stage = "planned"  # "said it was selling 24 jets to Y": one sale under way
        if stage == "ongoing" and own.voice == "passive" and own.lemma in BUILD_VERBS:
            stage = "agreed"  # "frigates are being built for Y": ordered, not yet handed over
        if stage == "delivered" and _lasting(parse, clause, own):
            stage = "ongoing"  # "has long supplied", "has sent rifles since 2022": goes on
        if stage == "planned" and "progressive" in own.aspect and _share_of_own(parse, clause):
            stage = "ongoing"  # "is procuring most of its arms from X": a lasting supply
        if own.tense == "infinitive" and clause.parent == -1:
            stage = "planned"  # a headline's "X to supply Y"
        if own.tense == "infinitive" and clause.kind == "relative" and clause.marker == "to":
            stage = "delivered"  # "X was the first country to give Y": it gave
        if not stage and clause.kind == "reduced_relative" and own.voice == "passive":
            # "rifles sent by X"; "drones bought from X" are agreed, delivered once in use
            # ("Peru has deployed drones bought from X")
            got = frame.direction != "get" or _in_use(parse, clause)
            got = got or own.lemma in HAVING_VERBS  # "the jets, acquired from X,": had
            stage = "delivered" if got else "agreed"
            if under_deal(parse, clause) != -1:
                stage = "agreed"  # "missiles supplied by X under a separate contract"
            group = parse.phrases[clause.verb]
            if parse.tokens[group.first].text.lower() == "being":
                stage = "agreed"  # "frigates being built by X for Y": ordered, not yet handed over
        if not stage and clause.kind == "adverbial" and own.voice == "passive" and (
            own.tense == "participle" and clause.start == parse.start):  # fmt: skip
            stage = "delivered"  # "Armed with rifles from X, Y ...": the state Y acts from
        if not stage and _judged_deed(parse, clause):
            stage = "delivered"  # "Y thanked X for sending rifles": the deed was done
        if not stage and clause.kind == "reduced_relative" and own.voice == "active" and (
            parse.tokens[parse.phrases[clause.verb].head].form == "ing"):  # fmt: skip
            stage = "ongoing"  # "the countries supplying weapons to Y": they go on supplying
        if not stage and frame.direction == "help" and clause.kind == "complement":
            stage = _giving_stage(parse, clause)
    return stage, polarity, modality, denier


def _role_told_aside(frame: Frame, own) -> bool:
    """True for a noun of a side's role in trade ("supplier", "buyer") in a clause whose
    verb does not say what the side is: the verb's modal or negation does not reach the
    role ("may undermine Russia's status as the main supplier"); after a copula it does
    ("may become the main supplier": possible; "is no longer the supplier": negated)."""
    role = "holder" in (*frame.supplier, *frame.recipient)
    return role and own is not None and own.lemma not in COPULA_VERBS | {"emerge"}


#: Verbs of getting that say the side has the items, not only that it bought them: "the 16
#: helicopters, acquired from X," are the side's (bought ones may still be on order).
HAVING_VERBS = words_of("acquire obtain receive")


#: Nouns of a span of time: "for years" after a present perfect says it goes on.
SPAN_NOUNS = words_of("years decades months weeks")


def _lasting(parse: Parse, clause: Clause, own) -> bool:
    """True for a present perfect told over a span up to now: "has long supplied", "has
    sent arms for years" (ongoing). "Since 2022" is not enough: "has sent 100 tanks since
    2022" counts what was delivered."""
    if own.tense != "present" or "perfect" not in own.aspect or own.voice != "active":
        return False
    group = parse.phrases[clause.verb]
    if any(t.text.lower() == "long" for t in parse.tokens[group.first : group.last + 1]):
        return True
    spans = [s.phrase for s in clause.slots if s.role == "for"]
    return any(parse.head_token(p).text.lower() in SPAN_NOUNS for p in spans)


#: Verbs of selling whose progressive, over a counted object, tells one sale arranged.
SELLING_VERBS = words_of("sell")


def _arranged_sale(parse: Parse, clause: Clause, own) -> bool:
    """True for a progressive of selling over a counted object, in the present or in the
    past of a clause a speech verb reports ("Denmark is selling 24 jets to Peru", "said it
    was selling 24 jets"): a counted object makes the sale one bounded deal, and the
    progressive of one such deal is the arranged future, not a trade that goes on ("is
    selling arms to Peru" goes on).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Spain is selling 24 jets to Peru.")
    >>> _arranged_sale(p, p.clauses[0], p.phrases[p.clauses[0].verb].verb)
    True
    >>> p = parse_sentence("Spain is selling arms to Peru.")
    >>> _arranged_sale(p, p.clauses[0], p.phrases[p.clauses[0].verb].verb)
    False
    """
    if "progressive" not in own.aspect or "perfect" in own.aspect or own.voice != "active":
        return False
    if own.lemma not in SELLING_VERBS or own.modal:
        return False
    if own.tense != "present":
        reported = clause.kind == "complement" and clause.parent != -1
        told = _lemma(parse, parse.clauses[clause.parent]) if reported else ""
        if own.tense != "past" or told not in SPEECH_VERBS:
            return False  # "Russia was selling arms then": a past trade, told as such
    obj = clause.slot("object")
    return obj is not None and bool(parse.phrases[obj.phrase].quantity)


def _in_use(parse: Parse, clause: Clause) -> bool:
    """True when the head noun of a reduced relative is what the clause above it uses
    ("deployed drones bought from X", "the jets bought from X fly over Y")."""
    if clause.parent == -1 or clause.head_noun == -1:
        return False
    parent = parse.clauses[clause.parent]
    if _lemma(parse, parent) not in USE_VERBS:
        return False
    used = parent.slot("subject" if _voice(parse, parent) == "passive" else "object")
    return used is not None and used.phrase == clause.head_noun


def _giving_stage(parse: Parse, clause: Clause) -> str:
    """The stage of a purpose told by a verb of giving above a help cue: "Russia provided
    Y with technology to help it build Z" has helped as far as it has given (delivered)."""
    if clause.parent == -1 or clause.marker != "to":
        return ""
    giver = parse.phrases[parse.clauses[clause.parent].verb].verb
    rows = load_frames().get((giver.lemma, "verb"), ())
    give = any(row.direction == "give" for row in rows)
    return _stage_from_tense(giver, "give") if give and not giver.negated else ""


#: Words above a cue that put an agreement still to come ("is expected to sign a contract",
#: "plans to sign a deal", "will sign"): their stage replaces an ``agreed`` one below them.
INTENT_WORDS = words_of(
    "expect plan plans intend want seek hope aim set will shall look try bid effort attempt"
) | {
    "yet to", "look forward"}  # fmt: skip
#: Nouns of trying that a purpose phrase opens ("in a bid / an effort / an attempt to").
PURPOSE_NOUNS = words_of("bid effort attempt")
#: Verbs of waiting for a delivery still to come ("Chile awaits the delivery of radars").
AWAIT_VERBS = words_of("await expect anticipate")
#: Nouns of a document that binds less than a contract ("a letter of intent", "a memorandum
#: of understanding"): signing one tells their stage.
DOCUMENT_NOUNS = words_of("intent memorandum understanding mou loi")


def _document_noun(parse: Parse, clause: Clause, table) -> str:
    """The lemma of a non-binding document a clause's verb acts on ("signed a letter of
    intent", "an MoU"), when the stage table knows it, else ""."""
    obj = clause.slot("object") or clause.slot("subject")
    if obj is None:
        return ""
    phrases = [obj.phrase, *(s.phrase for s in clause.slots if s.role == "of")]
    phrases += [s.phrase for s in modifiers_of(parse, obj.phrase) if s.role == "of"]
    for index in phrases:
        lemma = parse.tokens[parse.phrases[index].head].lemma.lower()
        if lemma in DOCUMENT_NOUNS and lemma in table:
            return lemma
    return ""


#: Prepositions that make an -ing clause the complement of the verb before it ("committed
#: to sending", "refrained from sending"): the verb governs it like "agreed to send".
GERUND_COMPLEMENT_MARKERS = ("to", "from")


#: Nouns of a chance that an -ing clause after "for" / "of" tells the object of: "Acme's
#: prospects for securing an order", "the chances of selling jets to Peru" (possible).
CHANCE_NOUNS = words_of("prospect prospects chance chances likelihood possibility odds")


def _chance_before(parse: Parse, clause: Clause) -> str:
    """The lemma of a noun of chance right before a "for" / "of" + -ing clause, else "".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Acme's prospects for selling jets to Peru brightened.")
    >>> _chance_before(p, next(c for c in p.clauses if c.kind == "adverbial"))
    'prospect'
    """
    if clause.kind != "adverbial" or clause.marker not in ("for", "of"):
        return ""
    before = parse.text[: clause.start - parse.start].rstrip()
    before = re.sub(r"(?i)\s*\b(?:for|of)$", "", before)
    word = re.search(r"(\w+)$", before)
    if word is None or word.group(1).lower() not in CHANCE_NOUNS:
        return ""
    return word.group(1).lower().removesuffix("s") if word.group(1).lower() != "odds" else "odds"


def _gerund_complement(parse: Parse, clause: Clause) -> bool:
    """True for "to" / "from" + -ing right after its verb: "has committed to sending rifles",
    "Peru refrained from selling tanks" (the verb's stage and polarity are the cue's), and
    for "of" + -ing right after its object ("studying the possibility of buying jets").

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru has committed to sending rifles.")
    >>> _gerund_complement(p, p.clauses[1])
    True
    """
    if clause.kind != "adverbial" or clause.parent == -1:
        return False
    if parse.phrases[clause.verb].verb.tense != "participle":
        return False
    return (
        clause.marker in GERUND_COMPLEMENT_MARKERS
        or (clause.marker == "of" and _of_the_object(parse, clause))
        or (clause.marker == "in" and _role_in(parse, clause))
    )


#: Objects of a light verb whose "in" + -ing names the deed: "will play a role in sending".
ROLE_OBJECTS = words_of("role part")


def _role_in(parse: Parse, clause: Clause) -> bool:
    """True for "in" + -ing right after "role" or "part" as the object of the clause above:
    "will play a key role in supplying jets", "took part in arming them" (the light verb's
    tense, modal and negation are the deed's).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru will play a key role in supplying rifles.")
    >>> _role_in(p, p.clauses[1])
    True
    """
    return _after_the_object(parse, clause, "in", ROLE_OBJECTS)


def _of_the_object(parse: Parse, clause: Clause) -> bool:
    """True for "of" + -ing right after the object of the clause above: "is studying the
    possibility of buying jets" (the noun's verb governs the buying, as "considering buying"
    does).

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru is studying the possibility of buying jets.")
    >>> _of_the_object(p, p.clauses[1])
    True
    """
    return _after_the_object(parse, clause, "of")


def _after_the_object(parse: Parse, clause: Clause, preposition: str, heads=None) -> bool:
    """True when ``clause`` opens with ``preposition`` right after the object of the clause
    above (whose head is one of ``heads`` when given)."""
    obj = parse.clauses[clause.parent].slot("object")
    if obj is None or (heads is not None and _head_lemma(parse, obj.phrase) not in heads):
        return False
    between = parse.text[parse.phrases[obj.phrase].end - parse.start : clause.start - parse.start]
    return between.strip().lower() in (preposition, "")


def _judged_deed(parse: Parse, clause: Clause) -> bool:
    """True for a "for" / "of" + -ing clause under a verb of judging that is not itself
    negated, hedged or future: "Y thanked X for sending rifles" tells a deed done.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru thanked Chile for sending rifles.")
    >>> _judged_deed(p, p.clauses[1])
    True
    """
    if clause.kind != "adverbial" or clause.marker not in ("for", "of") or clause.parent == -1:
        return False
    info = parse.phrases[parse.clauses[clause.parent].verb].verb
    return info.lemma in JUDGING_VERBS and not (
        info.negated or info.modal or info.tense == "future"
    )


#: Marks a governor that only reports a finite clause: its polarity counts, its stage not.
REPORTED = "reported:"
#: Marks a governor above a clause that describes a noun of a claim: only a denial counts.
DESCRIBED = "described:"

#: Tenses of a clause that carries its own time ("had sent", "is sending", "will send").
FINITE_TENSES = ("past", "present", "future")


def _reports_finite(parse: Parse, clause: Clause, governor: str) -> bool:
    """True when a speech verb governs a finite clause: "announced that it had sent tanks"
    reports a sending (its stage is the sending's tense), while "announced the sale" or
    "announced plans to send" make the announcement the stage.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru announced that it had sent rifles to Chile.")
    >>> _reports_finite(p, p.clauses[1], "announce")
    True
    """
    verb = parse.phrases[clause.verb].verb
    return (
        governor in SPEECH_VERBS and clause.marker != "to" and verb is not None
        and verb.tense in FINITE_TENSES
    )  # fmt: skip


#: Prepositions that place a noun cue in time: its event is not the clause's.
TIME_PREPOSITIONS = words_of("since after before following until amid during")


def _in_time_phrase(parse: Parse, clause: Clause, noun: Phrase) -> bool:
    """True when a noun cue (or the phrase it hangs on) stands in a time phrase of its
    clause ("since the purchase of", "after the delivery of")."""
    return any(
        s.role in TIME_PREPOSITIONS
        and (s.phrase == noun.index or _contains(parse, s.phrase, noun.index))
        for s in clause.slots
    )


#: Prepositions that make a noun cue the topic or cause of its clause, not what the clause
#: does: "sanctions over its supply of drones", "lessons from the assistance to X".
TOPIC_PREPOSITIONS = words_of("over about against regarding concerning despite from")

#: What a transfer noun says by itself when no verb above it tells its stage: "its supply
#: of drones to X", "Brazil's exports of rifles" report supplies that took place.
#: Plurals of a deal noun that tell a trade over time, not one deal: with no verb to stage
#: them they were made (delivered; ongoing in a present clause), as "supplies" are.
TRADE_PLURALS = words_of("sales")
BARE_NOUN_STAGES = {
    **dict.fromkeys(
        ("supply", "supplies", "shipment", "shipments", "transfer", "transfers", "donation",
         "donations", "export", "exports", "delivery", "deliveries", "consignment",
         "consignments"),
        "delivered",
    ),
    **dict.fromkeys(("assistance", "aid"), "ongoing"),
    # a purchase or sale told as a fact, with no verb saying how far it went, was made
    # ("after Peru's purchase of 20 jets in 2010", "the sale of rifles to Chile angered Peru")
    **dict.fromkeys(("purchase", "purchases", "acquisition", "sale", "sales"), "agreed"),
    # who a side is to another: "Russia is India's arms supplier" (ongoing; "was": delivered)
    **dict.fromkeys(
        ("supplier", "suppliers", "exporter", "provider", "source", "buyer", "customer",
         "importer", "operator", "user"),
        "delivered",
    ),
}  # fmt: skip


def _talks_about(parse: Parse, clause: Clause | None, noun: Phrase) -> int:
    """The noun of talks in ``clause`` whose topic a cue noun is ("in talks with X over the
    purchase of Y", "held negotiations with X on the sale of Y"), else -1."""
    if clause is None:
        return -1
    for slot in clause.slots:
        if _head_lemma(parse, slot.phrase) not in TALKS_NOUNS - CONTRACT_NOUNS:
            continue
        topics = [m for m in modifiers_of(parse, slot.phrase) if m.role in TALKS_TOPICS]
        if any(m.phrase == noun.index for m in topics):
            return slot.phrase
    return -1


#: Prepositions of what talks are about.
TALKS_TOPICS = ("over", "on", "about", "for")


def _in_topic_phrase(parse: Parse, clause: Clause, noun: Phrase) -> bool:
    """True when a noun cue (or the phrase it hangs on) is the topic or cause of its
    clause ("the bloc agreed on measures over its supply of drones"): the clause's verb
    does not tell the cue's stage.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("The EU agreed on sanctions over its supply of drones to Peru.")
    >>> _in_topic_phrase(p, p.clauses[0], next(x for x in p.phrases if x.text == "its supply"))
    True
    """
    return any(
        s.role in TOPIC_PREPOSITIONS
        and (s.phrase == noun.index or _contains(parse, s.phrase, noun.index))
        for s in clause.slots
    )


#: Modals that a speech verb in the past shifts back ("said it would buy": will buy).
BACKSHIFTED = {"would": "will", "should": "shall"}


def _unrealised(parse: Parse, clause: Clause) -> bool:
    """True when a clause's verb tells of something not (yet) done: a future, a modal, an
    infinitive ("will receive", "could take", "to take delivery")."""
    verb = parse.phrases[clause.verb].verb
    if _gerund_complement(parse, clause) and clause.marker == "to":
        return True  # "looks forward to receiving", "is committed to delivering"
    bare = clause.kind == "complement" and clause.marker != "to" and clause.parent != -1
    if bare and not verb.auxiliaries and verb.tense == "present":
        # "the deal will see Peru receive jets": a bare verb after "see / let / make X"
        # happens when the verb above it does
        return _unrealised(parse, parse.clauses[clause.parent])
    return bool(verb.modal) or verb.tense in ("future", "infinitive")


def _reported_modal(parse: Parse, clause: Clause, modal: str) -> str:
    """'Peru said it would send rifles': in a clause a past speech verb reports, "would"
    is the future seen from the past (it reads as "will"); so it is under the terms of a
    deal ("Under the deal, Peru would receive rifles"); elsewhere it stays a modal."""
    terms = [
        s for s in clause.slots
        if s.role == "under" and parse.head_token(s.phrase).lemma.lower() in CONTRACT_NOUNS
    ]  # fmt: skip
    if modal in BACKSHIFTED and terms:
        return BACKSHIFTED[modal]
    if modal in BACKSHIFTED and clause.parent == -1 and _told_in_past(parse, clause):
        return BACKSHIFTED[modal]  # "rifles would be bought from X, said the ministry"
    if modal not in BACKSHIFTED or clause.parent == -1 or clause.kind != "complement":
        return modal
    parent = parse.phrases[parse.clauses[clause.parent].verb].verb
    if parent.lemma in SPEECH_VERBS and parent.tense == "past":
        return BACKSHIFTED[modal]
    return modal


def _shared_modal(parse: Parse, clause: Clause, own):
    """A bare base verb joined by "and" to a verb under a modal or "to" shares it: "will
    send tanks and train soldiers" (train: future), "agreed to buy jets and supply radars".

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru will send tanks and supply Chile with radars.")
    >>> verb = _shared_modal(p, p.clauses[1], p.phrases[p.clauses[1].verb].verb)
    >>> verb.modal, verb.tense
    ('will', 'future')
    """
    head = parse.tokens[parse.phrases[clause.verb].head]
    if clause.kind != "coordinated" or clause.parent == -1 or own.modal or own.auxiliaries:
        return own
    first = parse.phrases[parse.clauses[clause.parent].verb].verb
    if head.form != "base" or not (first.modal or first.tense == "infinitive"):
        return own
    return replace(own, modal=first.modal, tense=first.tense)


def _told_in_past(parse: Parse, clause: Clause) -> bool:
    """True when an aside with a past speech verb reports the clause ("..., said the
    ministry", "..., officials said")."""
    return any(
        c.kind == "aside" and c.parent in (-1, clause.index)
        and parse.phrases[c.verb].verb.lemma in SPEECH_VERBS
        and parse.phrases[c.verb].verb.tense == "past"
        for c in parse.clauses
    )  # fmt: skip


#: Nouns of a share of what a side owns ("the majority of its arms", "most of its jets").
SHARE_WORDS = words_of("majority most bulk much half share")


def _share_of_own(parse: Parse, clause: Clause) -> bool:
    """True when the clause's object is a share of the subject's own kind of goods ("is
    buying the majority of its arms from X", "most of its jets"): a habit of supply, not one
    purchase.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru is buying most of its rifles from Chile.")
    >>> _share_of_own(p, p.clauses[0])
    True
    """
    told = clause.slot("object")
    if told is None:
        return False
    phrase = parse.phrases[told.phrase]
    words = [t.text.lower() for t in parse.tokens[phrase.first : phrase.last + 1]]
    ofs = [m.phrase for m in modifiers_of(parse, told.phrase) if m.role == "of"]
    owned = any(parse.tokens[parse.phrases[o].first].text.lower() in ("its", "their") for o in ofs)
    return bool(SHARE_WORDS.intersection(words)) and owned


def _stage_from_tense(verb, direction: str) -> str:
    if verb.modal and verb.tense != "future" and verb.modal != "be to":
        return ""  # "may provide": the modal, not the tense, says how far it has gone
    if verb.tense == "future":
        return "planned"
    if "progressive" in verb.aspect:
        # "is buying" (not "has been buying", which goes on)
        present = verb.tense == "present" and verb.voice == "active"
        present = present and "perfect" not in verb.aspect
        return "planned" if present and verb.lemma in PURCHASE_VERBS else "ongoing"
    if verb.tense == "past" or verb.aspect == "perfect":
        return "delivered"  # sent, supplied, bought (an order is "agreed" by its frame)
    if verb.tense == "present" and verb.voice == "active":
        return "ongoing"
    return ""


def _hedged_noun(parse: Parse, noun, table) -> bool:
    """True when a word before a transfer noun's head hedges it ("the possible purchase",
    "a potential sale"): a modality word of ``data/transfer_stages.csv`` inside the noun
    phrase itself, not a verb above it.

    >>> from analysis.grammar import parse_sentence
    >>> p = parse_sentence("Peru studied a potential sale of rifles.")
    >>> noun = next(x for x in p.phrases if x.text.endswith("sale"))
    >>> _hedged_noun(p, noun, load_stages())
    True
    """
    return any(
        ("modality", "possible") in table.get(t.lemma.lower(), ())
        for t in parse.tokens[noun.first : noun.head]
        if t.tag in ("ADJ", "VERB")
    )


def status_of(stage: str, polarity: str, modality: str) -> str:
    """Return the one status of a transfer from its stage, polarity and modality.

    >>> status_of("delivered", "denied", ""), status_of("planned", "", "possible")
    ('denied', 'possible')
    >>> status_of("agreed", "", ""), status_of("", "", "")
    ('agreed', 'unspecified')
    """
    if polarity:
        return polarity
    if modality == "possible":
        return "possible"
    return stage or "unspecified"


@lru_cache(maxsize=4)
def load_frames(path: str | Path = "") -> dict[tuple[str, str], tuple[Frame, ...]]:
    """Return the frames of ``data/transfer_frames.csv`` by (lemma, pos), in file order."""
    frames: dict[tuple[str, str], list[Frame]] = {}
    for row in _read_rows(Path(path or FRAMES_FILE)):
        frame = Frame(
            row["lemma"], row["pos"], row["direction"], _alternatives(row["supplier"]),
            _alternatives(row["recipient"]), _alternatives(row["item"]), row["stage"],
        )  # fmt: skip
        frames.setdefault((frame.lemma, frame.pos), []).append(frame)
    return {key: tuple(rows) for key, rows in frames.items()}


@lru_cache(maxsize=256)
def _two_objects(lemma: str) -> bool:
    """True for a cue verb that takes two objects ("give Peru rifles"): only its passive
    keeps an object ("Peru was given rifles"); after another passive a noun phrase is not
    one ("were ordered by three countries -- A, B and C": a list of the agent's members).

    >>> _two_objects("give"), _two_objects("order")
    (True, False)
    """
    return any(
        "indirect_object" in (*frame.supplier, *frame.recipient, *frame.item)
        for frame in load_frames().get((lemma, "verb"), ())
    )


@lru_cache(maxsize=4)
def load_stages(path: str | Path = "") -> dict[str, tuple[tuple[str, str], ...]]:
    """Return ``data/transfer_stages.csv`` as lemma -> ((effect, value), ...)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _read_rows(Path(path or STAGES_FILE)):
        table.setdefault(row["lemma"], []).append((row["effect"], row["value"]))
    return {key: tuple(v) for key, v in table.items()}


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def _alternatives(field: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in field.split("|") if s.strip())


@dataclass(frozen=True)
class Frame:
    """One row of the frames table: a cue and the slots of its roles."""

    lemma: str
    pos: str  # verb or noun
    direction: str  # give, get or help
    supplier: tuple[str, ...]
    recipient: tuple[str, ...]
    item: tuple[str, ...]
    stage: str = ""


@dataclass(frozen=True)
class FrameMatch:
    """A filled frame: phrase indices of each role in the ``Parse``, and the status parts."""

    cue: str
    cue_start: int
    cue_end: int
    direction: str
    supplier: tuple[int, ...]
    recipient: tuple[int, ...]
    items: tuple[int, ...]
    supplier_text: str
    recipient_text: str
    item_texts: tuple[str, ...]
    stage: str
    polarity: str
    modality: str
    status: str
    denied_by: int = -1
    quantity: str = ""
    clause: int = -1
    containers: tuple[int, ...] = ()  # phrases holding the items ("a US shipment of X")
    option_quantity: str = ""  # an option's own number, before the items' ("two more")
    approver: tuple[int, ...] = ()  # who approves it, when no supplier is written
    signer: tuple[int, ...] = ()  # who signed a contract told "for" its buyer (a company sells)
    # the signer of "A signed a deal with B to supply X", read as B's delivery to A; the
    # sentence reader turns it around when B is no company (``contract_sides_turned``)
    contract_signer: tuple[int, ...] = ()
