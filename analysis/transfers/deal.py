"""The article's deal: what its headline and its bare deal nouns tell of it.

Two article-level readings of ``analysis.transfers`` that need the sentences as well as
the rows:

- the **headline** tells the article's main transfer in short words, one side and a class
  word ("Peru to get new tanks"); the body tells the other side and the named system
  ("Spain will send 30 Leopard 2 tanks"). A body row of the same kind that leaves the
  headline's side open takes it (``join_headline``), when the body names one party for
  the side the headline leaves open, and the headline row goes (the body tells it);
- a sentence with no row of its own whose subject is a part of the deal told before, with
  no item word ("The first batch arrived in May", "Deliveries began in 2024", "The deal was
  signed on Monday"), moves that deal to the stage it tells (``update_deal_stage``).

Both fill only when the article gives exactly one candidate, and mark the sentence they
took it from in ``inferred_from``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from analysis.transfers import rules as rules
from analysis.transfers.award import ONE_OF_WORDS
from analysis.transfers.deal_sides import sides_of_deal_before
from analysis.transfers.records import Transfer, drop_repeats
from analysis.transfers.rules import word_set

#: Pronouns that stand for items: a body row that only says "they" is told by its own
#: antecedent, not by the headline.
ITEM_PRONOUNS = word_set("it they them these those")

#: Words that name a part or the whole of a deal told before, as a subject.
DEAL_PARTS = (
    r"(?:batch|batches|lot|lots|tranche|tranches|consignment|consignments|shipment|"
    r"shipments|delivery|deliveries|deal|contract|agreement|order|sale|purchase)"
)
#: A sentence whose subject is such a part, read to the verb that tells its stage:
#: (pattern, stage). The first that matches decides. Rules as data, tried in order.
STAGE_PATTERNS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (
        re.compile(
            r"(?i)^\W*(?:(?:the|its|their|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?"
            + DEAL_PARTS
            + r"|(?:first\s+)?(?:deliveries|shipments))\b"
            + r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
            + r"\s+(?:[\w-]+\s+){0,2}?"
            + verbs
        ),
        stage,
    )
    for verbs, stage in (
        (
            r"(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:cancel+ed|scrapped|suspended|"
            r"halted|frozen|called\s+off)\b",
            "negated",
        ),
        (
            r"(?:arrived|landed|(?:was|were|has\s+been|have\s+been)\s+(?:delivered|handed\s+over|"
            r"received|shipped)|began|started|(?:has|have)\s+(?:arrived|begun|started))\b",
            "delivered",
        ),
        (
            r"(?:(?:was|were|has\s+been|have\s+been)\s+(?:signed|sealed|finali[sz]ed|concluded|"
            r"approved))\b",
            "agreed",
        ),
    )  # fmt: skip
)
#: Statuses from the earliest stage to the last: a later sentence may tell a later one.
STAGE_ORDER = ("unspecified", "possible", "sought", "offered", "planned", "agreed", "ongoing",
               "delivered")  # fmt: skip


def stage_told(sentence: str) -> str:
    """The stage a sentence about a part of a deal tells, or "".

    >>> stage_told("The first batch arrived in May.")
    'delivered'
    >>> stage_told("Deliveries began in 2024."), stage_told("The deal was signed on Monday.")
    ('delivered', 'agreed')
    >>> stage_told("The contract was cancelled in June."), stage_told("The tanks arrived.")
    ('negated', '')
    """
    for pattern, stage in STAGE_PATTERNS:
        if pattern.match(sentence):
            return stage
    return ""


def update_deal_stage(
    rows: list[Transfer],
    sentences: Sequence,
    mentions: Sequence = (),
    country_names: Mapping | None = None,
) -> list[Transfer]:
    """Move the deal a later sentence refers to on to the stage that sentence tells.

    Only a sentence with no row of its own. The deal is the one the sentence names: the
    rows (within five sentences before) of the item it names ("The first batch of the
    jets arrived"), of the party it names ("Peru's order was cancelled"), or whose
    sentence has its deal noun ("The contract was cancelled" after "signed a contract");
    when it names none of these, the rows of the nearest earlier sentence with rows
    (within three). Nothing moves when the item it names fits no deal told before, or
    when what it names fits two (two suppliers or two recipients in the nearest sentence).
    A later stage replaces an earlier one; a cancelled or halted deal is negated.
    ``mentions``: the article's lexicon matches; ``country_names``: country code -> name.
    """
    country_names = country_names or {}
    told = {r.sentence_number for r in rows}
    out = list(rows)
    for sentence in sentences:
        if sentence.number in told:
            continue
        stage = stage_told(sentence.text)
        if not stage:
            continue
        deal = _deal_referred_to(out, sentence, mentions, country_names)
        if not deal or len({(out[i].supplier, out[i].recipient) for i in deal}) != 1:
            continue
        if any(rules.NOT_STATED in (out[i].supplier, out[i].recipient) for i in deal):
            continue
        for i in deal:
            out[i] = _at_stage(out[i], stage)
    return out


#: The deal nouns a sentence may name its deal by, each with the words that tell such a
#: deal in the sentence that first told it ("ordered" tells an order).
DEAL_NOUN_WORDS = {
    "deal": r"deals?",
    "contract": r"contract(?:s|ed)?",
    "agreement": r"agreements?|agreed",
    "order": r"orders?|ordered",
    "sale": r"sales?|sold|sell",
    "purchase": r"purchases?|purchased|bought|buy",
}


def _deal_referred_to(
    rows: list[Transfer], sentence, mentions: Sequence, country_names: Mapping
) -> list[int]:
    """The indexes of the rows of the deal ``sentence`` refers to (see ``update_deal_stage``)."""
    near = [
        i for i, r in enumerate(rows) if sentence.number - 5 <= r.sentence_number < sentence.number
    ]
    inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
    items = {m.name for m in inside if m.kind == "weapon"}
    kinds = {m.type for m in inside if m.kind == "weapon" and m.type}
    actors = [m for m in inside if m.kind == "actor"]
    parties = {m.name for m in actors} | {
        country_names.get(m.country, m.country) for m in actors if m.country
    }
    noun = _deal_noun(sentence.text)
    chosen = near
    if items or kinds:  # "the first batch of the jets": the deal of jets, or none
        chosen = [
            i for i in chosen
            if rows[i].item in items or rows[i].category and rows[i].category in kinds
        ]  # fmt: skip
    # the deal the sentence's noun told ("the contract" after "signed a contract"), and the
    # party it names ("Peru's order"), narrow the choice; a place or a source may be no side
    by_noun = []
    if noun:
        said = re.compile(rf"(?i)\b(?:{DEAL_NOUN_WORDS[noun]})\b")
        by_noun = [i for i in chosen if said.search(rows[i].sentence)]
    chosen = by_noun or chosen
    by_party = [i for i in chosen if _sides(rows[i]) & parties]
    chosen = by_party or chosen
    if not (items or kinds or by_noun or by_party):
        # it names nothing of a deal: the nearest earlier sentence with rows, within three
        chosen = [i for i in near if rows[i].sentence_number >= sentence.number - 3]
    if not chosen:
        return []
    nearest = max(rows[i].sentence_number for i in chosen)
    return [i for i in chosen if rows[i].sentence_number == nearest]


def _sides(row: Transfer) -> set[str]:
    return {row.supplier, row.recipient, row.supplier_country, row.recipient_country} - {""}


#: Words that name a part of a deal, not the deal: "the first batch" names no deal noun.
PART_WORDS = word_set(
    "batch batches lot lots tranche tranches consignment consignments shipment shipments "
    "delivery deliveries"
)


def _deal_noun(text: str) -> str:
    """The deal noun heading a sentence's subject ("The contract was signed": "contract"),
    or "" for a part of a deal ("the first batch") or none.

    >>> _deal_noun("The Rafale deal was cancelled."), _deal_noun("The first batch arrived.")
    ('deal', '')
    >>> _deal_noun("Their orders were suspended."), _deal_noun("The deal's first lot came.")
    ('order', 'deal')
    """
    words = re.findall(r"[\w-]+", text.lower())[:6]
    if not words or words[0] not in {"the", "its", "their", "this", "that"}:
        return ""
    for word in words[1:]:
        if word in PART_WORDS:
            return ""
        if word in DEAL_NOUN_WORDS or word.rstrip("s") in DEAL_NOUN_WORDS:
            return word if word in DEAL_NOUN_WORDS else word.rstrip("s")
    return ""


def _at_stage(row: Transfer, stage: str) -> Transfer:
    if row.polarity:
        return row
    if stage == "negated":
        return replace(row, status="negated", polarity="negated")
    known = row.status in STAGE_ORDER
    if known and STAGE_ORDER.index(stage) > STAGE_ORDER.index(row.status):
        return replace(row, status=stage, stage=stage)
    return row


def join_headline(rows: list[Transfer], sentences: Sequence) -> list[Transfer]:
    """Body rows of the headline's kind of item take the side the headline names.

    "Peru to get new tanks / Spain will send 30 Leopard 2 tanks next year": the body row
    leaves the recipient open and the headline names only it: Spain -> Peru, told by the
    body sentence; the headline row goes. Only when the body rows of that kind that leave
    the side open name one party for the headline's open side, and that party is not the
    headline's own, and when the headline tells one kind of item (a headline of vessels,
    missiles and radars sums up several deals).

    A body row of the headline's kind that names both sides, the headline's own party on
    the headline's side, tells the same deal in full ("Norway to send howitzers / Norway
    will deliver 12 K9 howitzers to Estonia"): the headline row goes too, so the deal is one
    row (CONVENTIONS: one row per supplier -> recipient -> deal).
    """
    heads = [s.number for s in sentences if s.section == "headline"]
    if len(heads) != 1:  # no headline, or a text of one line: no headline apart
        return rows
    headline = heads[0]
    out = list(rows)
    gone: set[int] = set()
    kinds = {r.category or r.item for r in rows if r.sentence_number == headline}
    if len(kinds) != 1:  # a headline of several kinds sums up several deals
        return rows
    for h, head in enumerate(rows):
        if head.sentence_number != headline or head.polarity:
            continue
        named = _one_named(head, role_nouns=True)
        if not named:
            continue
        open_side = "supplier" if named == "recipient" else "recipient"
        written = _role_noun(getattr(head, f"{open_side}_text"))  # "Army to buy guns"
        body = [
            i for i, r in enumerate(out)
            if r.sentence_number != headline and _one_named(r) == open_side
            and _same_kind(head, r) and not r.polarity
            and r.item_text.lower() not in ITEM_PRONOUNS
        ]  # fmt: skip
        if any(
            r.sentence_number != headline and not r.polarity and _same_kind(head, r)
            and not _one_named(r) and _key(r, named) == _key(head, named)
            and r.supplier not in UNNAMED and r.recipient not in UNNAMED
            for r in out
        ):  # fmt: skip
            gone.add(h)
            continue
        parties = {_key(out[i], open_side) for i in body}
        if len(parties) != 1 or parties == {_key(head, named)}:
            continue
        if written and not all(_names_role(out[i], open_side, written) for i in body):
            continue  # "Army to buy guns": only the body's army is that army
        for i in body:
            out[i] = replace(
                out[i],
                **{
                    named: getattr(head, named),
                    f"{named}_country": getattr(head, f"{named}_country"),
                    f"{named}_text": getattr(head, f"{named}_text"),
                },
                inferred_from=str(headline),
            )
        gone.add(h)
    return [r for i, r in enumerate(out) if i not in gone]


#: What a side reads when the text names no party for it.
UNNAMED = (rules.NOT_STATED, rules.UNRESOLVED)


#: Institutions a headline names by their bare noun ("Army to buy 40 guns"): the article's own.
HEADLINE_ROLE_NOUNS = frozenset(
    ("army", "navy", "air force", "military", "armed forces", "coast guard", "marines")
)


def _role_noun(text: str) -> str:
    """The bare institution noun ``text`` is ("the Army" -> "army"), or ""."""
    words = text.strip().lower().removeprefix("the ").strip()
    return words if words in HEADLINE_ROLE_NOUNS else ""


def _names_role(row: Transfer, role: str, noun: str) -> bool:
    """True when the side ``role`` of ``row`` is written as ``noun``'s institution ("the
    Chilean Navy" for "navy"), its own words or the words right after them."""
    text = getattr(row, f"{role}_text").lower()
    return bool(text) and (noun in text or f"{text} {noun}" in row.sentence.lower())


def _one_named(row: Transfer, role_nouns: bool = False) -> str:
    """The one side a row names ("supplier" or "recipient"), or "". With ``role_nouns``,
    a side written only as a bare institution noun ("Army") counts as open."""
    supplier, recipient = row.supplier not in UNNAMED, row.recipient not in UNNAMED
    if supplier == recipient:
        return ""
    text_of_open = row.recipient_text if supplier else row.supplier_text
    if text_of_open.strip() and not (role_nouns and _role_noun(text_of_open)):
        return ""  # the open side is written without a name ("a European country")
    return "supplier" if supplier else "recipient"


def _same_kind(first: Transfer, second: Transfer) -> bool:
    return first.item == second.item or bool(first.category) and first.category == second.category


def _key(row: Transfer, role: str) -> str:
    return getattr(row, f"{role}_country") or getattr(row, role)


#: A sentence whose subject is the deal told before and whose verb lists what it holds:
#: "It includes ...", "The deal covers ...", "The package also contains ...".
CONTENTS_SENTENCE = re.compile(
    r"(?i)^\W*(?:it|this|that|(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:deal|package|"
    r"agreement|contract|order|shipment|consignment|aid|assistance|cargo|sale|purchase|"
    r"tranche|batch|donation|gift))\s+(?:also\s+|will\s+|would\s+)?(?:includes?|included|"
    r"contains?|contained|comprises?|comprised|covers?|covered|consists?\s+of|consisted\s+of)\b"
)


def add_deal_contents(
    rows: list[Transfer],
    sentences: Sequence,
    mentions: Sequence,
    origins: Mapping[str, str] | None = None,
    country_names: Mapping[str, str] | None = None,
) -> list[Transfer]:
    """Rows for what a deal told before is said to hold by a sentence of its own.

    "Germany announced an aid package for Peru. It includes 30 Leopard 2 tanks." : Germany
    -> Peru, Leopard 2, with the deal's status; one row per weapon named after the verb
    ("It also includes options for X": X is ``possible``).
    Only for a sentence with no row of its own, and when the nearest earlier sentence with
    rows (within three) names one supplier and one recipient; with no such rows, a deal
    told just before by its two sides alone ("Peru signed a deal with Acme. The deal covers
    four corvettes": ``deal_sides``).
    """
    told = {r.sentence_number for r in rows}
    out = list(rows)
    by_number = {s.number: s for s in sentences}
    for sentence in sentences:
        verb = CONTENTS_SENTENCE.match(sentence.text)
        if sentence.number in told or verb is None:
            continue
        before = [r for r in out if sentence.number - 3 <= r.sentence_number < sentence.number]
        option = OPTION_AFTER.match(sentence.text, verb.end())
        if not before and option:  # "The contract also includes options for X", paragraphs
            # after the article's one deal: that deal's
            before = [r for r in out if r.sentence_number < sentence.number]
        if not before:
            out += _contents_of_sides(
                sentence, verb, by_number, told, mentions, origins or {}, country_names or {}
            )
            continue
        nearest = max(r.sentence_number for r in before)
        deal = [r for r in before if r.sentence_number == nearest]
        if len({(r.supplier, r.recipient) for r in deal}) != 1 or any(
            rules.NOT_STATED in (r.supplier, r.recipient) for r in deal
        ):
            continue
        at = sentence.start + verb.end()
        weapons = [m for m in mentions if m.kind == "weapon" and at <= m.start < sentence.end]
        if weapons:  # "options for fitting radars to the new frigates": the frigates are
            # where the radars go, not what the deal holds
            where = DESTINATION.search(sentence.text, weapons[0].end - sentence.start)
            cut = sentence.start + where.start() if where else sentence.end
            weapons = [m for m in weapons if m.start < cut]
        source = deal[0]
        if option:  # "It also includes options for X"
            source = replace(source, status="possible", modality="possible")
        for weapon in weapons:
            out.append(
                replace(
                    source, item=weapon.name, item_text=weapon.form, category=weapon.type,
                    cue=verb.group(0).split()[-1], sentence_number=sentence.number,
                    sentence=sentence.text, start=sentence.start, end=sentence.end,
                    item_start=weapon.start, item_end=weapon.end, quantity="",
                    inferred_from=str(source.sentence_number),
                )
            )  # fmt: skip
    return sorted(out, key=lambda r: r.sentence_number)


def _contents_of_sides(sentence, verb, by_number, told, mentions, origins, country_names):
    """Rows for the weapons a contents sentence names, between the sides of a deal told
    just before with no item (``deal_sides``); none when that deal's sides are not read."""
    at = sentence.start + verb.end()
    weapons = [m for m in mentions if m.kind == "weapon" and at <= m.start < sentence.end]
    found = sides_of_deal_before(
        sentence.number, by_number, told, mentions, weapons, origins, country_names
    )
    if not weapons or found is None:
        return []
    supplier, recipient, number = found
    supplier_country, recipient_country = (
        country_names.get(m.country, m.country) or m.name for m in (supplier, recipient)
    )
    rows = []
    for weapon in weapons:
        rows.append(
            Transfer(
                supplier.name, supplier_country, recipient.name, recipient_country,
                "", weapon.name, weapon.form, weapon.type, "agreed", "", "", "", "",
                verb.group(0).split()[-1], sentence.number, sentence.text, sentence.start,
                sentence.end, weapon.start, weapon.end, supplier_text=supplier.form,
                recipient_text=recipient.form, stage="agreed", inferred_from=str(number),
            )
        )  # fmt: skip
    return rows


#: A preposition of where items go: weapons after it are their destination (not the "to"
#: inside "surface-to-air").
DESTINATION = re.compile(r"(?i)(?<![\w-])(?:to|into|onto|aboard|on\s+board)(?![\w-])")
#: An option right after the verb of contents: what follows may be bought, no more.
OPTION_AFTER = re.compile(r"(?i)\s*(?:an?\s+|the\s+)?(?:\w+\s+)?options?\b")


#: A sentence that says its transfer belongs to a deal told before.
UNDER_DEAL = re.compile(
    r"(?i)\b(?:under|as\s+part\s+of|per|according\s+to\s+the\s+terms\s+of)\s+(?:it|(?:the|this|"
    r"that)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|contract|accord|pact|memorandum))\b"
)
#: A deal noun: the sentence that has one names the deal's parties.
DEAL_NOUN = re.compile(
    r"(?i)\b(?:deal|agreement|contract|accord|pact|memorandum|letters?\s+of\s+intent)s?\b"
)


def fill_deal_parties(
    rows: list[Transfer], sentences: Sequence, mentions: Sequence, country_names
) -> list[Transfer]:
    """A side a row leaves open is the other party of the deal it says it is under.

    "Germany and Peru signed a defence agreement. Under the agreement, Germany will deliver
    30 tanks." : Peru receives; so does "Peru signed two contracts. The second was signed
    with Acme for two frigates" (a deal told by its ordinal). The deal's parties are the
    actors (of a country) of the nearest earlier sentence with a deal noun and no row (within
    three); the open side is filled when one of them is not the row's named side and the
    others are ("The deal with Germany was signed. Peru will receive tanks under it": Germany
    supplies).
    """
    by_number = {s.number: s for s in sentences}
    told = {r.sentence_number for r in rows}
    out = []
    for row in rows:
        named = _one_named(row)
        # "Peru signed two contracts. The second was signed with Navantia for frigates."
        one_of = row.cue.lower() in ONE_OF_WORDS
        if named and (UNDER_DEAL.search(row.sentence) or one_of):
            row = _other_party(row, named, by_number, told, mentions, country_names)
        out.append(row)
    return out


def _other_party(row, named, by_number, told, mentions, country_names) -> Transfer:
    for number in range(row.sentence_number - 1, row.sentence_number - 4, -1):
        sentence = by_number.get(number)
        if sentence is None or number in told or not DEAL_NOUN.search(sentence.text):
            continue
        parties = {}
        for m in mentions:
            inside = sentence.start <= m.start < sentence.end
            if inside and m.kind == "actor" and m.country and m.type in rules.PARTY_TYPES:
                parties.setdefault(country_names.get(m.country, m.country), m)
        others = [c for c in parties if c != _key(row, named)]
        if len(parties) > 2 or len(others) != 1:
            return row  # "The deal with Germany" names one party, "A and B signed" two
        party = parties[others[0]]
        open_side = "supplier" if named == "recipient" else "recipient"
        return replace(
            row,
            **{
                open_side: party.name,
                f"{open_side}_country": others[0],
                f"{open_side}_text": party.form,
            },
            inferred_from=str(number),
        )
    return row


#: What may join the two parties of a signing pair: "India and Russia", "Belarus, Russia".
PAIR_JOIN = re.compile(r"(?i)^\s*(?:,|and|&)\s*$")


def orient_signing_pairs(
    rows: list[Transfer],
    sentences: Sequence,
    mentions: Sequence,
    country_names: Mapping,
    origins: Mapping[str, str],
) -> list[Transfer]:
    """A deal signed by a pair of parties, read with no supplier, is the pair's one deal.

    "India and Russia signed an agreement for four frigates" leaves the supplier open and
    makes one of the pair the recipient, though either may sell. The row takes the pair's
    direction from, in order: the company, when one of the pair is a company and the other
    a state ("Peru and Acme signed an agreement for frigates"); the maker's country of the
    item (``origins``: canonical item -> country) when it is one of the pair (when it is
    another, both of the pair buy and the row stays); another row naming both of the pair,
    in the same sentence or of the same kind of item elsewhere ("Under it, Russia will
    deliver the systems to Belarus"). With none, two readings are possible and the row goes.
    Only for two parties (of a country) written side by side with "and" or a comma, in a
    sentence with a deal noun. The row keeps ``inferred_from`` (the row it took the
    direction from, or its own sentence for the maker).
    """
    by_number = {s.number: s for s in sentences}
    out: list[Transfer] = []
    for row in rows:
        pair = _signing_pair(row, by_number.get(row.sentence_number), mentions, country_names)
        if pair is None:
            out.append(row)
            continue
        recipient_key = _key(row, "recipient")
        other = next(c for c in pair if c != recipient_key)
        firms = [c for c, m in pair.items() if m.type == "company"]
        if len(firms) == 1:  # "Peru and Acme signed an agreement for frigates": Acme sells
            buyer = next(c for c in pair if c != firms[0])
            out.append(_with_sides(row, pair[firms[0]], pair[buyer], country_names,
                                   row.sentence_number))  # fmt: skip
            continue
        maker = origins.get(row.item, "")
        if maker and maker not in pair:  # "Peru and Chile signed a deal for F-16 jets":
            out.append(row)  # neither makes them, both buy
            continue
        if maker in pair:
            supplier, recipient = (
                pair[maker],
                pair[other if maker == recipient_key else recipient_key],
            )
            out.append(_with_sides(row, supplier, recipient, country_names, row.sentence_number))
            continue
        told = [
            r for r in rows
            if r is not row and {_key(r, "supplier"), _key(r, "recipient")} == set(pair)
            and (r.sentence_number == row.sentence_number or _same_kind(r, row))
        ]  # fmt: skip
        directions = {(_key(r, "supplier"), _key(r, "recipient")) for r in told}
        if len(directions) == 1:
            source = told[0]
            out.append(
                replace(
                    row, supplier=source.supplier, supplier_country=source.supplier_country,
                    supplier_text=source.supplier_text, recipient=source.recipient,
                    recipient_country=source.recipient_country,
                    recipient_text=source.recipient_text,
                    inferred_from=str(source.sentence_number),
                )
            )  # fmt: skip
        # else: either of the pair may sell, and nothing tells which: no row
    return drop_repeats(out)


def _signing_pair(row: Transfer, sentence, mentions: Sequence, country_names: Mapping):
    """The two parties of ``row``'s sentence written as a pair, by country name -> mention,
    when the row leaves its supplier open, names one of them as recipient, and the sentence
    has a deal noun; else None."""
    if sentence is None or row.supplier != rules.NOT_STATED or row.supplier_text.strip():
        return None
    if row.recipient in (rules.NOT_STATED, rules.UNRESOLVED) or not DEAL_NOUN.search(row.sentence):
        return None
    actors = sorted(
        (m for m in mentions
         if m.kind == "actor" and m.country and m.type in rules.PARTY_TYPES
         and sentence.start <= m.start < sentence.end),
        key=lambda m: m.start,
    )  # fmt: skip
    countries = {country_names.get(m.country, m.country) for m in actors}
    if len(countries) != 2 or _key(row, "recipient") not in countries:
        return None
    for first, second in zip(actors, actors[1:], strict=False):
        a, b = (country_names.get(m.country, m.country) for m in (first, second))
        between = sentence.text[first.end - sentence.start : second.start - sentence.start]
        if a != b and PAIR_JOIN.match(between):
            return {a: first, b: second}
    return None


def _with_sides(row: Transfer, supplier, recipient, country_names: Mapping, number: int):
    """``row`` with the mentions ``supplier`` and ``recipient`` as its sides."""
    return replace(
        row, supplier=supplier.name,
        supplier_country=country_names.get(supplier.country, supplier.country),
        supplier_text=supplier.form, recipient=recipient.name,
        recipient_country=country_names.get(recipient.country, recipient.country),
        recipient_text=recipient.form, inferred_from=str(number),
    )  # fmt: skip


#: Words that make an item the rest of a batch told before: "the remaining vessels", "two
#: other frigates - A and B -", "the rest of the tanks", up to the item's own words.
REST_OF_BATCH = re.compile(
    r"(?i)\b(?:other|remaining|rest\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?[\w-]*"
    r"(?:\s*[-–—(:,]\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:and|,)\s*(?:the\s+)?(?:[\w-]+\s+){0,3})?)?$"
)


def fold_rest_of_batch(rows: list[Transfer]) -> list[Transfer]:
    """The rest of a batch told before belongs to that deal's row, not to a row of its own.

    "Spain handed over the first of four patrol vessels to Peru. The remaining vessels will
    be handed over next year." : one Spain -> Peru deal (one row per deal). A row goes when
    its item is written as the rest of a batch ("other", "remaining", "the rest of the"),
    it names no supplier, its recipient is unnamed or the deal's, and an earlier row names
    both sides of the same kind of item. A row whose sentence names its own supplier is a
    deal of its own ("Two other tanks were sold to Chile by France").
    """
    out: list[Transfer] = []
    for row in rows:
        before = row.sentence[: max(row.item_start - row.start, 0)]
        rest = row.supplier == rules.NOT_STATED and REST_OF_BATCH.search(before) is not None
        deal = [
            r for r in out
            if rest and r.sentence_number < row.sentence_number
            and r.supplier not in (rules.NOT_STATED, rules.UNRESOLVED)
            and r.recipient not in (rules.NOT_STATED, rules.UNRESOLVED)
            and _same_kind(r, row)
            and (
                row.recipient in (rules.NOT_STATED, rules.UNRESOLVED)
                or _key(r, "recipient") == _key(row, "recipient")
            )
        ]  # fmt: skip
        if not deal:
            out.append(row)
    return out
