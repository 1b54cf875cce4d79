"""Transfers across sentences: what one sentence leaves open, another tells.

The article-level step of ``analysis.transfers``, after each sentence has been
read on its own (``analysis.transfers.sentence``). It works on the rows alone,
so every rule can be read as "this row, that earlier row":

- a *split report*: one sentence names the recipient, a later one the supplier
  of the same thing, told back by a definite noun or a pronoun ("Peru received
  its first tanks. They were supplied by Spain."): one row, the later sentence
  filling the earlier one's open side (``join_split_reports``); a later stage
  told of it updates its status ("bought ... The howitzers were delivered");
- a *missing side* told before: the same cue or item to the same other side
  (``infer_missing_parties``), or, when the sentence says it adds to what was
  told ("also", "under the deal", "as part of the package"), the one party the
  article named for that other side;
- a *retelling*: the same transfer told again is no new row; a row about an
  item of which the article names several suppliers to the same recipient is
  one of those and goes, but a row about a new item stays (with the one
  supplier the article names for that recipient, or with none);
- a government's sale programme names the seller (``fill_programme_seller``),
  and money set aside is a transfer only for another side (``keep_funding_for_others``).

Every side taken from another sentence keeps that sentence's number in
``inferred_from``; nothing is taken when two readings are possible.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from analysis import config
from analysis.transfers import rules as rules
from analysis.transfers.records import Transfer, drop_repeats
from analysis.transfers.rules import word_set as words_of


def infer_missing_parties(
    rows: list[Transfer], origins: Mapping[str, str] | None = None
) -> list[Transfer]:
    """Fill a party a sentence does not name from an earlier sentence about the same transfer.

    "A shipment of bombs from X arrived in Y. ... The shipment that arrived in Y ..." : the
    second row's supplier is X. Only when one earlier row has the same other party and the
    same cue, and all such rows agree; the row keeps ``inferred_from`` (the earlier sentence).
    """
    origins = origins or {}
    out: list[Transfer] = []
    for row in rows:
        if row.supplier == row.recipient == rules.NOT_STATED:  # "The package includes X"
            row = _sides_told_before(out, row)
            if row is not None:
                out.append(row)
            continue
        for missing, other in (("supplier", "recipient"), ("recipient", "supplier")):
            if getattr(row, missing) != rules.NOT_STATED or getattr(row, other) == rules.NOT_STATED:
                continue
            if described(row, missing):
                continue
            if row.polarity == "negated" and not told_back(row):
                continue  # "after failing to acquire a single howitzer": no one deal's side
            before = [
                r for r in out
                if r.sentence_number < row.sentence_number
                and _same_side(r, row, other)
                and getattr(r, missing) not in (rules.NOT_STATED, rules.UNRESOLVED)
            ]  # fmt: skip
            # the same cue told again, else the same item to the same side ("Spain sold
            # Peru 20 tanks. ... The tanks arrived in Peru."): the missing side is its side
            if missing == "supplier":  # "Rafale jets from France ... F-15 jets": not France's
                before = [r for r in before if _could_supply(r, row, origins)]
            earlier = [r for r in before if r.cue.lower() == row.cue.lower()]
            same_cue = bool(earlier)
            earlier = earlier or [r for r in before if r.item == row.item]
            if not earlier and told_back(row):
                # "Spain sent 12 Leopard 2 tanks to Peru. Spain will send the remaining
                # tanks next year": a definite noun of the same kind is the deal told before
                earlier = [r for r in before if _same_kind(r, row)]
            if not earlier and adds_to_told(row.sentence):
                # "Peru will also receive howitzers": the one party named for that side
                earlier = before if len({_side_key(r, missing) for r in before}) == 1 else []
            if not earlier and missing == "supplier":
                # "X has been the main source of Y's weapons. A shipment of drones arrived in
                # Y": a delivery to a side whose one supplier of arms in general was told;
                # "X approved arms sales to Y. Y was cleared to buy 40 missiles": a part of
                # the arms in general told before, at the same stage
                earlier = [
                    r for r in _general_supplier(before)
                    if row.status in ("delivered", "ongoing") or r.status == row.status
                ]  # fmt: skip
            names = {getattr(r, missing) for r in earlier}
            told_again = [
                r for r in earlier
                if r.item == row.item or told_back(row) and _same_kind(r, row)
            ]  # fmt: skip
            if same_cue and len(names) == 1 and told_again:
                # the same transfer told again ("The munitions shipment that arrived in
                # Y"): its first row stands
                row = None
                break
            if len(names) == 1:
                source = earlier[-1]
                row = replace(
                    row,
                    **{
                        missing: getattr(source, missing),
                        f"{missing}_country": getattr(source, f"{missing}_country"),
                        f"{missing}_text": getattr(source, f"{missing}_text"),
                    },
                    inferred_from=str(source.sentence_number),
                )
        if row is not None:
            out.append(row)
    return drop_repeats(_resolve_told_elsewhere(out, origins))


#: Words that say a sentence adds to a transfer told before ("Peru will also receive ...").
ADDITIVE = re.compile(r"(?i)\b(?:also|too|as well|additional|further|in addition)\b")
#: A definite noun that refers back to a deal told before ("under the deal", "this contract").
DEAL_REFERENCE = re.compile(
    r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|contract|agreement|package|sale|order|purchase|tranche)s?\b"
)


def adds_to_told(sentence: str) -> bool:
    """True when a sentence adds to a transfer told before, by a word or a deal noun.

    >>> adds_to_told("Under the deal, Peru will receive rifles.")
    True
    >>> adds_to_told("Peru will also get rifles."), adds_to_told("Peru got rifles.")
    (True, False)
    """
    return bool(ADDITIVE.search(sentence) or DEAL_REFERENCE.search(sentence))


def _could_supply(candidate: Transfer, row: Transfer, origins: Mapping[str, str]) -> bool:
    """False when ``row``'s item is another item than ``candidate``'s, made in a country
    (``origins``: canonical item -> maker's country) that is not the candidate supplier's:
    "Peru ordered Rafale jets from France. Peru will also buy F-15 jets" does not make
    France the seller of the F-15s. The same item told again is always the candidate's
    (a second-hand F-16 is the giver's), unless the candidate only may give it and the row
    tells a firm transfer: "Peru received Patriot systems. Spain may give Patriot systems
    to Peru" does not make Spain, which does not make them, the supplier of those received
    (nor of any item of no known maker received).
    """
    made_in = origins.get(row.item, "")
    if made_in and candidate.supplier_country == made_in:
        return True
    if _tentative(candidate) and not _tentative(row):
        return False
    return not made_in or candidate.item == row.item


def fill_told_source(rows: list[Transfer], told: Sequence[tuple]) -> list[Transfer]:
    """A delivery to a side with no supplier written takes the one side an earlier sentence
    called the source or supplier ("Belarus has been the main source. A shipment of drones
    arrived in Niger on Monday"), when it is the only supplier the article named before and
    it was said to supply that item or arms in general; the row names that sentence.

    ``told`` holds (sentence number, name, country, item names) from ``told_sources``.
    """
    out = []
    for row in rows:
        open_side = row.supplier == rules.NOT_STATED and not described(row, "supplier")
        if not open_side or row.recipient in (rules.NOT_STATED, rules.UNRESOLVED) or (
                row.status not in ("delivered", "ongoing")):  # fmt: skip
            out.append(row)
            continue
        before = [
            t for t in told
            if t[0] < row.sentence_number and _covers(t[3], row.item)
            and (t[2] or t[1]) != _side_key(row, "recipient")
        ]  # fmt: skip
        named = {
            _side_key(r, "supplier") for r in rows
            if r.sentence_number < row.sentence_number and _named(r, "supplier")
        }  # fmt: skip
        keys = {t[2] or t[1] for t in before}
        if len(keys) == 1 and named <= keys:
            number, name, country, _ = before[-1]
            row = replace(row, supplier=name, supplier_country=country, supplier_text=name,
                          inferred_from=str(number))  # fmt: skip
        out.append(row)
    return out


def _covers(items: frozenset, item: str) -> bool:
    """True when items said of a supplier cover ``item``: none said, the item, or arms."""
    general = any(i.lower().split()[-1:] and i.lower().split()[-1] in GENERAL_ITEMS for i in items)
    return not items or item in items or general


#: Last words of an item that name arms in general, not one kind ("weapons", "military
#: equipment"): a supply of them covers any weapon delivered to the same side.
GENERAL_ITEMS = words_of("weapon weapons weaponry arms equipment hardware materiel aid assistance")


def _general_supplier(before: list[Transfer]) -> list[Transfer]:
    """The rows of the one side told as supplying arms in general to a recipient, when every
    settled row to that recipient names that side alone; else none (two suppliers named:
    which one sent it is not known)."""
    settled = [r for r in before if not _tentative(r)]
    general = [r for r in settled if r.item.lower().split()[-1:] and
               r.item.lower().split()[-1] in GENERAL_ITEMS]  # fmt: skip
    if not general or len({_side_key(r, "supplier") for r in settled}) != 1:
        return []
    return general


#: Statuses that tell no transfer that happened or was settled.
TENTATIVE = frozenset({"possible", "sought", "offered", "denied", "negated"})


def _tentative(row: Transfer) -> bool:
    """True when a row tells only a possibility, a wish, an offer or a denial."""
    return row.status in TENTATIVE or bool(row.polarity)


def described(row: Transfer, role: str) -> bool:
    """True when the sentence writes the side ``role`` with words that name no actor
    ("countries that own them", "a European country"): the sentence says who, without a
    name, so no other sentence's party is taken for it (a later sentence may still name
    it: ``join_split_reports``)."""
    return getattr(row, role) == rules.NOT_STATED and bool(getattr(row, f"{role}_text").strip())


def _side_key(row: Transfer, role: str) -> str:
    """One side however it is named ("Germany", "Berlin"): its country, else its name."""
    return getattr(row, f"{role}_country") or getattr(row, role)


#: Pronouns that stand for the items of a sentence before ("They were supplied by X").
ITEM_PRONOUNS = words_of("it they them these those")
#: A definite determiner up to two words before an item: the item is one told before.
_TOLD_BACK = re.compile(
    r"(?i)\b(?:the|these|those|such)\s+(?:[\w-]+\s+){0,2}$"
    # a part of a deal told before: "the first and second batches of supersonic jets"
    r"|\b(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:batch|batches|lot|lots|tranche|"
    r"tranches|consignment|consignments|shipment|shipments|rest|remainder)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
#: Statuses from the earliest stage to the last: a later sentence may tell a later one.
STAGE_ORDER = ("unspecified", "possible", "sought", "offered", "planned", "agreed", "ongoing",
               "delivered")  # fmt: skip


def told_back(row: Transfer) -> bool:
    """True when the row's item is written as one told before: a pronoun or a definite noun.

    >>> said = "The tanks were supplied by Spain."
    >>> row = Transfer("Spain", "Spain", "(not stated)", "", "", "tank", "tanks", "armour",
    ...     "delivered", "", "", "", "", "supplied", 2, said, 0, len(said), 4, 9)
    >>> told_back(row), told_back(replace(row, sentence="12 tanks were supplied", item_start=3))
    (True, False)
    >>> part = "The first batch of new tanks arrived."
    >>> told_back(replace(row, sentence=part, item_start=part.index("tanks")))
    True
    """
    if row.item_text.lower() in ITEM_PRONOUNS:
        return True
    return _TOLD_BACK.search(row.sentence[: max(row.item_start - row.start, 0)]) is not None


def _open_side(row: Transfer) -> str:
    """The one side a row leaves unnamed, or "" (both named, or neither)."""
    supplier, recipient = _named(row, "supplier"), _named(row, "recipient")
    if supplier != recipient:
        return "recipient" if supplier else "supplier"
    return ""


def _same_kind(first: Transfer, second: Transfer) -> bool:
    """The same item, the same kind of item, or a pronoun standing for it."""
    return (
        first.item == second.item
        or bool(first.category)
        and first.category == second.category
        or second.item_text.lower() in ITEM_PRONOUNS
    )


def join_split_reports(
    rows: list[Transfer], origins: Mapping[str, str] | None = None
) -> list[Transfer]:
    """One transfer told in two sentences, each naming one side, is one row.

    A later row that names one side of items written as told before ("The tanks were
    supplied by Spain", "They will be delivered by Lockheed Martin") completes the rows of
    the nearest earlier sentence (within three) that name only the other side, for the
    same kind of item: their open side is the later row's party (``inferred_from`` its
    sentence), a later stage it tells is theirs ("bought ... The howitzers were
    delivered"), and the later row goes. Nothing is joined when the earlier sentence names
    two parties for that side.

    The same named system (one of ``origins``: canonical item -> its maker's country, or a
    name with a capital or a digit) needs
    no "the" or "they": "Peru took delivery of 12 Leopard 2 tanks. Germany agreed to supply
    Leopard 2 tanks in 2022" is one Germany -> Peru row, unless the supplier's country is
    not the maker's and the joined rows are of different stages (a second-hand gift is told
    by its giver, not joined by the name alone). The joined row keeps the quantity and the
    source the later sentence gives when its own gives none.
    """
    origins = origins or {}
    out = list(rows)
    gone: set[int] = set()
    joined_by: dict[int, tuple[int, Transfer]] = {}  # row -> (joining sentence, row before)
    for j, later in enumerate(rows):
        open_side = _open_side(later)
        if not open_side:
            continue
        named = "supplier" if open_side == "recipient" else "recipient"
        partners = [
            before for number, before in joined_by.values()
            if number == later.sentence_number and before.item == later.item
            and _open_side(before) == named
        ]  # fmt: skip
        if partners:  # "was signed with A and B": B shares the deal A was joined to
            out += [_side_from(before, later, named) for before in partners]
            gone.add(j)
            continue
        by_name = not (told_back(later) or DEAL_TOLD_BACK.match(later.sentence))
        if by_name and not (later.item in origins or _is_named_item(later.item)):
            continue
        candidates = [
            i for i, r in enumerate(out[:j])
            if i not in gone
            and later.sentence_number - 3 <= r.sentence_number < later.sentence_number
            and _open_side(r) == named
            and (r.item == later.item if by_name else _same_kind(r, later))
            and not _supplies_itself(r, later, open_side)
        ]  # fmt: skip
        if by_name:
            candidates = [i for i in candidates if _joins_by_name(out[i], later, origins)]
        # "contracts for patrol vessels and corvettes. The contract for the patrol vessels
        # was signed with X": the same item told back, not every item of its kind
        candidates = _same_item_first(candidates, out, later)
        if not candidates:
            continue
        nearest = out[candidates[-1]].sentence_number
        chosen = [i for i in candidates if out[i].sentence_number == nearest]
        if len({_side_key(out[i], open_side) for i in chosen}) != 1:
            continue
        for i in chosen:
            joined_by[i] = (later.sentence_number, out[i])
            joined = _later_stage(_side_from(out[i], later, named), later)
            out[i] = _with_told_details(joined, later) if by_name else joined
        gone.add(j)
    return [r for i, r in enumerate(out) if i not in gone]


#: A sentence whose subject is a deal told back by its items: "The contract for (the
#: acquisition of) 12 patrol vessels was signed with X" tells one of the contracts before.
DEAL_TOLD_BACK = re.compile(
    r"(?i)^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|agreement|order)"
    r"\s+(?:for|to\s+(?:buy|acquire|procure|supply))\b"
)


def _same_item_first(candidates: list[int], rows: list[Transfer], later: Transfer) -> list[int]:
    """The candidates written with ``later``'s words, else of its item, else all: a row told
    back by its own noun ("the patrol vessels") is that item's, not its kind's."""
    for same in (
        lambda r: r.item_text.lower() == later.item_text.lower(),
        lambda r: r.item == later.item,
    ):
        chosen = [i for i in candidates if same(rows[i])]
        if chosen and later.item_text.lower() not in ITEM_PRONOUNS:
            return chosen
    return candidates


def _supplies_itself(row: Transfer, later: Transfer, open_side: str) -> bool:
    """True when joining would make a side its own other side: the same actor, or two
    countries that are one (a country's own company may supply it: "Babcock" -> the UK)."""
    named = "supplier" if open_side == "recipient" else "recipient"
    own, other = getattr(row, open_side), getattr(later, named)
    if own == other:
        return True
    both_countries = own == getattr(row, f"{open_side}_country") and other == getattr(
        later, f"{named}_country"
    )
    return both_countries and _side_key(row, open_side) == _side_key(later, named)


def _is_named_item(item: str) -> bool:
    """True when an item is a named system, not a kind: its name has a capital or a digit
    ("Type 31", "Leopard 2"; not "main battle tank").

    >>> _is_named_item("Type 31"), _is_named_item("main battle tank")
    (True, False)
    """
    return any(c.isupper() or c.isdigit() for c in item)


def _joins_by_name(row: Transfer, later: Transfer, origins: Mapping[str, str]) -> bool:
    """True when two rows about the same named system, one naming only its supplier and
    the other only its recipient, tell one transfer: neither is denied or withheld, and a
    supplier that is not of the maker's country tells the same stage (a second-hand
    transfer is no retelling of a sale by its maker)."""
    if row.polarity or later.polarity:
        return False
    supplier = row if _named(row, "supplier") else later
    maker = origins.get(row.item, "")
    return not maker or supplier.supplier_country == maker or row.status == later.status


def _with_told_details(row: Transfer, later: Transfer) -> Transfer:
    """``row`` with the quantity and the source that ``later`` gives and it does not."""
    return replace(
        row,
        quantity=row.quantity or later.quantity,
        attributed_to=row.attributed_to or later.attributed_to,
        according_to=row.according_to or later.according_to,
    )


#: A maker named for items told before: "The vehicles will be produced by X", "They are
#: built in X". Design and development verbs name no supplier (a designer does not sell).
MAKER_VERB = re.compile(
    r"(?i)\b(?P<verb>built|produced|manufactured|made|assembled|constructed|designed|developed)"
    r"\s+(?:[\w-]+\s+){0,4}?(?P<prep>by|in\s+partnership\s+with|in\s+cooperation\s+with|"
    r"jointly\s+with|together\s+with|in)\s+"
)
#: Verbs that name who designed items: a designer supplies them only when it makes them
#: "in partnership with" a maker the sentence names.
DESIGN_VERBS = words_of("designed developed")
#: A subject that refers back to items: "The two vehicles will", "They are".
TOLD_BACK_SUBJECT = re.compile(
    r"(?i)^\W*(?:(?:the|these|those|both)\s+(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+)"
    r"|(?P<pronoun>they|it))\s+(?:will|would|are|is|were|was|have|has|had|shall|to|must"
    r"|should|can|could)\b"
)


def fill_named_makers(
    rows: list[Transfer], sentences: Sequence, mentions: Sequence, country_names: Mapping
) -> list[Transfer]:
    """A sentence that names the maker of items told before supplies them.

    "Peru will buy 12 howitzers. They will be built by X." : X supplies the howitzers (a
    government buying from industry buys from its maker). Only for rows of the nearest
    earlier sentence (within two) that name no supplier and whose item the subject names
    (its head noun, or "they"/"it"); "by" takes an actor, "in" a country. The row keeps
    ``inferred_from`` (the maker's sentence).
    """
    out = list(rows)
    for sentence in sentences:
        subject = TOLD_BACK_SUBJECT.match(sentence.text)
        makers = _makers_named(sentence, mentions) if subject else []
        if not makers:
            continue
        head = (subject.group("head") or "").lower().rstrip("s")
        open_rows = [
            i for i, r in enumerate(out)
            if sentence.number - 2 <= r.sentence_number < sentence.number
            and r.supplier == rules.NOT_STATED and not described(r, "supplier")
            and _named(r, "recipient")
            and (not head or head in r.item_text.lower() or head in r.item.lower())
        ]  # fmt: skip
        if not open_rows:
            continue
        nearest = out[open_rows[-1]].sentence_number
        filled: dict[int, list[Transfer]] = {}
        for maker in makers:
            country = maker.name
            if maker.type in rules.ROLL_UP_TYPES and maker.country:
                country = country_names.get(maker.country, maker.country)
            text = sentence.text[maker.start - sentence.start : maker.end - sentence.start]
            for i in open_rows:
                if out[i].sentence_number != nearest:
                    continue
                if country == out[i].recipient_country and maker.type != "company":
                    continue  # a country does not supply itself
                filled.setdefault(i, []).append(replace(
                    out[i], supplier=maker.name, supplier_country=country, supplier_text=text,
                    inferred_from=str(sentence.number),
                ))  # fmt: skip
        # makers in partnership each supply: one row each
        out = [new for i, row in enumerate(out) for new in filled.get(i, [row])]
    return out


def _makers_named(sentence, mentions: Sequence) -> list:
    """The actors a sentence names as makers ("built by X", "made in Y"). A designer is no
    maker ("designed by X"), unless the making is "in partnership with" another: "designed
    by X and manufactured in partnership with Y" says X makes them with Y (both supply)."""
    makers, designers, partners = [], [], False
    for verb in MAKER_VERB.finditer(sentence.text):
        at = sentence.start + verb.end()
        prep = verb.group("prep").lower()
        kinds = ("country",) if prep == "in" else rules.PARTY_TYPES
        maker = next(
            (m for m in mentions
             if m.kind == "actor" and m.type in kinds and at <= m.start <= at + 40),
            None,
        )  # fmt: skip
        if maker is None:
            continue
        if verb.group("verb").lower() in DESIGN_VERBS:
            designers.append(maker)
        elif maker.name not in {m.name for m in makers}:
            makers.append(maker)
            partners = partners or prep not in ("by", "in")
    names = {m.name for m in makers}
    designers = [m for m in designers if m.type == "company" and m.name not in names]
    return [*dict.fromkeys(designers[:1] if partners else []), *makers]


#: A side written as the pair of parties named before ("the two governments", "both sides").
PAIR_NOUNS = r"(?:governments|countries|nations|sides|states|partners|ministries|allies)"
PAIR_REFERENCE = re.compile(r"(?i)^(?:the\s+two|both(?:\s+the)?)\s+" + PAIR_NOUNS + "$")
#: A pair reference as the subject of a signing verb: "the two nations on Friday signed a
#: contract for ...", "both governments have agreed a deal".
PAIR_SIGNERS = re.compile(
    r"(?i)\b(?:the\s+two|both(?:\s+the)?)\s+"
    + PAIR_NOUNS
    + r"\s+(?:[\w,-]+\s+){0,3}?(?:signed|sign|inked|ink|concluded|sealed|finalized|"
    r"finalised|agreed)\b"
)


def fill_pair_reference(
    rows: list[Transfer], sentences: Sequence, mentions: Sequence, country_names: Mapping
) -> list[Transfer]:
    """A supplier written as "the two governments" is the one of the two countries the
    article named just before that is not the recipient.

    "Defence ministers of Spain and Peru met in Lima. The two governments agreed to hand
    over 12 howitzers to Peru." : Spain supplies. The pair is the countries (or actors of
    a country) named before the reference in its own sentence ("ties between Peru and
    Spain, the two nations signed ..."), else in the nearest earlier sentence, within two,
    that names two; nothing is filled when it names more, or when the recipient is not one
    of them. A deal the pair signs ("The two nations signed a contract for 80 tanks for the
    Peruvian Army") has the pair as its sides too: the one that does not receive supplies.
    """
    spans = {s.number: (s.start, s.end) for s in sentences}
    out = []
    for row in rows:
        if row.supplier == rules.NOT_STATED and rules.NOT_STATED != row.recipient != (
            rules.UNRESOLVED
        ):
            written = PAIR_REFERENCE.match(row.supplier_text.strip())
            signers = None if row.supplier_text.strip() else PAIR_SIGNERS.search(row.sentence)
            if written or signers:
                # the pair is named before the reference: in its sentence, or earlier
                where = signers.start() if signers else row.sentence.find(row.supplier_text)
                at = spans[row.sentence_number][0] + max(where, 0)
                row = _other_of_pair(row, spans, at, mentions, country_names)
        out.append(row)
    return out


def _other_of_pair(
    row: Transfer, spans: Mapping, at: int, mentions: Sequence, country_names: Mapping
) -> Transfer:
    """``row`` with the other of the pair named before offset ``at`` as its supplier."""
    here = spans.get(row.sentence_number, (0, 0))[0]
    places = [(row.sentence_number, here, at)]
    places += [(n, *spans[n]) for n in (row.sentence_number - 1, row.sentence_number - 2)
               if n in spans]  # fmt: skip
    for number, start, end in places:
        named = {
            country_names.get(m.country, m.country): m for m in mentions
            if m.kind == "actor" and m.country and start <= m.start < end
        }  # fmt: skip
        if len(named) < 2:
            continue
        recipient = _side_key(row, "recipient")
        others = [c for c in named if c != recipient]
        if len(named) != 2 or len(others) != 1:
            return row
        supplier = named[others[0]]
        return replace(
            row, supplier=supplier.name if supplier.type == "country" else others[0],
            supplier_country=others[0],
            inferred_from=str(number) if number != row.sentence_number else row.inferred_from,
        )  # fmt: skip
    return row


#: Words that describe a country-like supplier without naming it ("a European country").
DESCRIBED_STATE = re.compile(r"(?i)\b(?:country|countries|nation|ally|government|state|partner)\b")
#: A transfer told back by a definite noun ("the delivery", "this deal").
TRANSFER_TOLD_BACK = re.compile(
    r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:delivery|deliveries|transfer|shipment|"
    r"deal|sale|contract|agreement|order|donation|supply|handover)\b"
)


def name_described_suppliers(
    rows: list[Transfer],
    sentences: Sequence,
    sources: Mapping[int, Sequence[str]],
    mentions: Sequence,
    country_names: Mapping,
) -> list[Transfer]:
    """A supplier described first ("a European country will send 20 tanks to Peru") is
    named by the next sentence when that tells the same transfer back ("the delivery") and
    its source is of one country ("Germany's defence ministry said ..."): that country,
    when it is not the recipient's. ``sources``: sentence number -> its sources' names.
    The next sentence must have no transfer row of its own.
    """
    texts = {s.number: s for s in sentences}
    told = {r.sentence_number for r in rows}
    out = []
    for row in rows:
        nxt = texts.get(row.sentence_number + 1)
        if (
            nxt is not None
            and nxt.number not in told
            and described(row, "supplier")
            and DESCRIBED_STATE.search(row.supplier_text)
            and TRANSFER_TOLD_BACK.search(nxt.text)
        ):
            row = _supplier_of_source(row, nxt, sources.get(nxt.number, ()), mentions,
                                      country_names)  # fmt: skip
        out.append(row)
    return out


def _supplier_of_source(
    row: Transfer, sentence, names: Sequence[str], mentions: Sequence, country_names: Mapping
) -> Transfer:
    actors = [
        m for m in mentions
        if m.kind == "actor" and m.country and sentence.start <= m.start < sentence.end
        and any(m.form in name for name in names)
    ]  # fmt: skip
    countries = {country_names.get(m.country, m.country) for m in actors}
    if len(countries) != 1 or countries == {_side_key(row, "recipient")}:
        return row
    country = countries.pop()
    source = next(name for name in names if any(m.form in name for m in actors))
    return replace(row, supplier=country, supplier_country=country,
                   attributed_to=row.attributed_to or source,
                   inferred_from=str(sentence.number))  # fmt: skip


#: Heads of an item that is a bundle, told by its contents elsewhere ("the aid package").
PACKAGE_HEADS = words_of("package packages aid assistance tranche support")


def drop_told_packages(rows: list[Transfer]) -> list[Transfer]:
    """A bundle told by its contents is no item of its own.

    "The US announced a new aid package for Ukraine. The package includes Patriot
    missiles." : the rows are the Patriot missiles; the package row goes when the article
    has rows of named items to the same recipient from the same supplier (or, for a
    bundle whose supplier is not named, from anyone). A bundle with no contents told
    anywhere stays (it is all the article says).
    """

    def is_package(row: Transfer) -> bool:
        words = row.item.lower().split()
        return bool(words) and words[-1] in PACKAGE_HEADS

    contents = [r for r in rows if not is_package(r) and _named(r, "recipient")]
    out = []
    for row in rows:
        same_pair = (
            _side_key(r, "recipient") == _side_key(row, "recipient")
            and (not _named(row, "supplier") or _same_side(r, row, "supplier"))
            for r in contents
        )
        if is_package(row) and any(same_pair):
            continue
        out.append(row)
    return out


def _later_stage(row: Transfer, later: Transfer) -> Transfer:
    """``row`` with the status of ``later`` when that tells a later stage, asserted."""
    known = row.status in STAGE_ORDER and later.status in STAGE_ORDER
    if later.polarity or later.modality or row.polarity or not known:
        return row
    if STAGE_ORDER.index(later.status) > STAGE_ORDER.index(row.status):
        return replace(row, status=later.status, stage=later.stage)
    return row


def _named(row: Transfer, role: str) -> bool:
    return getattr(row, role) not in (rules.NOT_STATED, rules.UNRESOLVED)


def _resolve_told_elsewhere(rows: list[Transfer], origins: Mapping[str, str]) -> list[Transfer]:
    """A row that leaves one side unnamed, told where the article names it.

    - The supplier: the rows of the article (before or after: a headline tells first)
      with the same recipient and the same item, else the same kind of item. One supplier
      among them: it is this row's ("The first tanks arrived in Peru. ... Spain's tanks
      arrived in Peru"). Several for the same item: the row tells again one of their
      transfers and is no transfer of its own (a reader cannot pick one), so it goes.
      Several for a new item of the same kind: the one whose country makes the item
      (``origins``: canonical item -> country of its maker), else none, and the row stays.
      With no such rows, a sentence that adds to a deal told before ("also", "under the
      deal") takes the one supplier the article names for that recipient.
    - The recipient: a clause inside a sentence whose other rows name one recipient ("the
      package includes missiles for systems which Spain promised to provide"): that one;
      else, for a purchase, the one buyer the article names (``_buyer_of_article``).
    """
    out: list[Transfer] = []
    for row in rows:
        if row.polarity == "negated" and not told_back(row):
            out.append(row)  # "after failing to buy a single howitzer": no one deal's side
            continue
        if not _named(row, "supplier") and _named(row, "recipient"):
            others = [
                r for r in rows
                if r is not row and _named(r, "supplier") and _same_side(r, row, "recipient")
            ]  # fmt: skip
            same_item = [r for r in others if r.item == row.item]
            same = same_item or [r for r in others if row.category and r.category == row.category]
            if not same and adds_to_told(row.sentence):
                same = others  # "the deal also includes ...": the deal's one supplier
            # one side, however named ("Germany", "Berlin"): its country
            suppliers = {_side_key(r, "supplier") for r in same}
            if len(suppliers) > 1 and same_item:
                continue  # the item of several suppliers told again: one of theirs, no new row
            if described(row, "supplier"):
                out.append(row)  # "countries that own them": said, without a name
                continue
            if _sums_up(row, others):
                continue  # "Peru buys more jets" over its Rafale and F-15 deals: no row
            if len(suppliers) > 1:  # a new item: the one of them whose country makes it
                same = [r for r in same if r.supplier_country == origins.get(row.item)]
            same = [r for r in same if _could_supply(r, row, origins)]
            suppliers = {_side_key(r, "supplier") for r in same}
            if len(suppliers) == 1:
                row = _side_from(row, same[0], "supplier")
        elif _named(row, "supplier") and not _named(row, "recipient"):
            beside = [
                r for r in rows
                if r is not row and r.sentence_number == row.sentence_number
                and _named(r, "recipient") and r.supplier != row.supplier
                and _side_key(r, "recipient") != _side_key(row, "supplier")  # never its own
            ]  # fmt: skip
            if len({r.recipient for r in beside}) == 1:
                row = _side_from(row, beside[0], "recipient")
            elif row.cue.lower() in BUYING_CUES and not described(row, "recipient"):
                row = _buyer_of_article(row, rows)
        out.append(row)
    return out


def _sums_up(row: Transfer, others: list[Transfer]) -> bool:
    """True when ``row`` names its item only by a kind ("fighter jets") and ``others``
    (rows to its recipient that name their supplier) name systems of that kind from two
    suppliers or more: the row tells one of those deals, or all of them, and a reader
    cannot pick one ("Peru buys more fighter jets / Peru ordered Rafale jets from France
    ... and F-15 jets from the US")."""
    if not row.category or _is_named_item(row.item):
        return False
    told = [r for r in others if r.category == row.category and _is_named_item(r.item)]
    return len({_side_key(r, "supplier") for r in told}) > 1


#: Cues of buying: a purchase with no buyer written is by the article's one buyer.
BUYING_CUES = words_of(
    "buy buys bought buying purchase purchases purchased purchasing procure procures "
    "procured procuring procurement acquire acquires acquired acquiring acquisition "
    "order orders ordered"
)


def _buyer_of_article(row: Transfer, rows: list[Transfer]) -> Transfer:
    """A purchase whose buyer the sentence leaves unwritten ("would be procured from X",
    "since the purchase of artillery from X"): the one recipient the article's other rows
    name (however named: "India", "the Indian Army"), else none. The seller is never its
    own buyer."""
    named = [
        r for r in rows
        if r is not row and _named(r, "recipient")
        and _side_key(r, "recipient") != _side_key(row, "supplier")
    ]  # fmt: skip
    if len({_side_key(r, "recipient") for r in named}) != 1:
        return row
    return _side_from(row, named[0], "recipient")


def _side_from(row: Transfer, source: Transfer, role: str) -> Transfer:
    """``row`` with ``source``'s side ``role``, marked as inferred from its sentence."""
    return replace(
        row,
        **{
            role: getattr(source, role),
            f"{role}_country": getattr(source, f"{role}_country"),
            f"{role}_text": getattr(source, f"{role}_text"),
        },
        inferred_from=str(source.sentence_number),
    )


def _sides_told_before(rows: list[Transfer], row: Transfer) -> Transfer | None:
    """Both sides of a row that names neither ("The package also includes X"): those of the
    nearest earlier sentence with rows, within four sentences, when they name one supplier
    and one recipient, and its status when the row has none; else None (no row). Rows
    whose item has the row's noun ("the aid" -> "a military aid package") come first."""
    earlier = [
        r for r in rows if row.sentence_number - 4 <= r.sentence_number < row.sentence_number
    ]
    noun = row.cue.lower()
    earlier = [r for r in earlier if noun in r.item_text.lower().split()] or earlier
    if not earlier:
        return None
    last = [r for r in earlier if r.sentence_number == earlier[-1].sentence_number]
    pairs = {(r.supplier, r.recipient) for r in last}
    if len(pairs) != 1 or rules.NOT_STATED in pairs.copy().pop():
        return None
    source = last[0]
    return replace(
        row,
        supplier=source.supplier, supplier_country=source.supplier_country,
        supplier_text=source.supplier_text, recipient=source.recipient,
        recipient_country=source.recipient_country, recipient_text=source.recipient_text,
        inferred_from=str(source.sentence_number),
        **({"status": source.status, "stage": source.stage} if _status_of_package(row) else {}),
    )  # fmt: skip


def _status_of_package(row: Transfer) -> bool:
    """True when a row naming neither side takes the status of the transfer told before: it
    has none of its own, or it is the contents of a package ("Today's aid includes X": the
    present of "includes" says what the package holds, not that the supply goes on)."""
    return row.status == "unspecified" or (
        row.status == "ongoing" and row.cue.lower() in PACKAGE_HEADS
    )


def _same_side(first: Transfer, second: Transfer, role: str) -> bool:
    """True when two rows name the same side for ``role``: the same actor, or actors of the
    same country ("Australia" and "the Australian Army")."""
    if getattr(first, role) == getattr(second, role):
        return True
    country = getattr(first, f"{role}_country")
    return bool(country) and country == getattr(second, f"{role}_country")


SALE_PROGRAMMES_FILE = config.DATA_DIR / "sale_programmes.csv"


@lru_cache(maxsize=2)
def load_sale_programmes(path: str = "") -> tuple[tuple[str, str, str], ...]:
    """``data/sale_programmes.csv`` as (programme, abbreviation, seller) rows."""
    with open(path or SALE_PROGRAMMES_FILE, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]
    return tuple(tuple(line.split(",")[:3]) for line in lines[1:])


def fill_programme_seller(rows: list[Transfer], text: str) -> list[Transfer]:
    """A sale the text calls by a government's sale programme is that government's sale.

    A row with no supplier whose sentence names the programme ("approved a possible
    Foreign Military Sale of helicopters to Chile") gets the programme's seller; an
    approval of a sale by any other name keeps no supplier (an approver is no party).

    >>> said = "The State Department approved a possible foreign military sale to Chile."
    >>> row = Transfer("(not stated)", "", "Chile", "Chile", "", "helicopter", "helicopters",
    ...     "aircraft", "agreed", "", "", "", "", "sale", 1, said, 0, len(said), 0, 0)
    >>> fill_programme_seller([row], row.sentence)[0].supplier
    'United States'
    """
    out = []
    for row in rows:
        if row.supplier == rules.NOT_STATED and _named(row, "recipient"):
            for programme, abbreviation, seller in load_sale_programmes():
                words = [programme] + ([abbreviation] if _names(text, programme) else [])
                if seller != row.recipient_country and any(_names(row.sentence, w) for w in words):
                    row = replace(
                        row, supplier=seller, supplier_country=seller, supplier_text=programme
                    )
                    break
        out.append(row)
    return out


def _names(text: str, words: str) -> bool:
    """True when ``text`` has ``words`` as whole words (any case, a plural "s" allowed)."""
    return re.search(rf"\b{re.escape(words)}s?\b", text, re.IGNORECASE) is not None


#: Verbs of setting money aside: a transfer only when the money is for another side's
#: equipment ("allocated $2bn for weapons for Ukraine"); money for a weapon alone, or for
#: one's own forces, is a budget line, not a supply by the one who sets it aside.
FUNDING_CUES = words_of("allocate allocates allocated allocating")


def keep_funding_for_others(rows: list[Transfer]) -> list[Transfer]:
    """Drop a funding verb's rows unless they name a recipient of another country.

    >>> said = "Peru allocated $2 billion for rifles."
    >>> row = Transfer("Peru", "Peru", "(not stated)", "", "", "rifle", "rifles",
    ...     "small_arms", "planned", "", "", "", "", "allocated", 1, said, 0, len(said), 0, 0)
    >>> keep_funding_for_others([row])
    []
    """
    return [
        r for r in rows
        if r.cue.lower() not in FUNDING_CUES
        or (_named(r, "recipient") and _named(r, "supplier")
            and r.recipient_country != r.supplier_country)
    ]  # fmt: skip
