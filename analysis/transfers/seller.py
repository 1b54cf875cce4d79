"""An item's own from-phrase: "orders for X, Y and Z from the U.S." name their seller.

A sentence may list two deals with two sellers: "Peru's deals include a contract with Spain,
as well as orders for jets, radars and tanks from the U.S." The grammar joins every item to
the first deal noun and its with-party, so the jets come from Spain. A from-phrase written
right after a list of items is the seller of those items ("orders for X from Y", "a
purchase of X and Z from Y"): it is nearer to them than a party written before them.

``fill_own_seller`` gives such a row the actor of the from-phrase that follows its item
when only list words lie between (item names, commas, "and", no other deal noun, verb
of another deal or sentence break; ``LIST_GAP``), the row comes from a deal noun or a verb
of buying (``DEAL_CUES``), and its supplier is written before the item in the sentence.

A deal noun's two sides can also come out the wrong way round: "Russia says it signed an
S-300 contract with Iran" reads the with-party as the seller, as in "the navy signed a
contract with Acme". ``orient_by_maker`` turns such a row round when the item's maker
country is its recipient and not its supplier: a country does not buy its own system from
a foreign one. The deal may be told by its purpose ("the U.S. concluded a deal with X to
supply F-15s": the infinitive's doer is not written), so a row of a sentence with a deal
word is read the same way. A supplier the text places in no country (a firm the lexicon
does not know) is no foreign seller: "Poland bought Piorun missiles from Acme" is a
purchase from home industry and stays as told. ``orient_company_deals`` turns round a
deal signed between a company and a state side that reads the state as the seller ("Acme
said it signed a contract with the navy"): a government buying from industry buys from the
company.

One sentence may tell a deal twice, by its delivery and by its order: "Acme delivered the
first of four boats ordered by the navy" reads the order with no seller. ``fill_sentence_seller``
gives such a row the one seller another row of its sentence names for the same item and
recipient: the same deal.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from analysis.entities.context import NOT_STATED as PLACE_NOT_STATED
from analysis.transfers import rules as rules
from analysis.transfers.records import Transfer

#: Cues whose rows take their seller from a from-phrase: deal nouns and verbs of buying.
#: Cues of a row told as a deal signed between two sides ("a contract with", "a memorandum
#: of understanding with").
SIGNED_DEAL_CUES = re.compile(r"(?i)contracts?|orders?|deals?|agreements?|memorand\w*|mou")
#: A deal word anywhere in a sentence: "X signs a contract with the ministry to supply Y".
_DEAL_WORD = re.compile(rf"\b(?:{SIGNED_DEAL_CUES.pattern[4:]})\b", re.I)
#: Party types of a state side: one that signs a deal with a company buys from it.
STATE_TYPES = frozenset({"country", "government", "military"})
DEAL_CUES = re.compile(
    r"(?i)^(?:contracts?|deals?|orders?|ordered|agreements?|purchases?|purchased|bought|"
    r"buy|buys|acquired|acquisitions?)$"
)
#: What may lie between an item and the from-phrase that names its seller: the rest of a
#: list of items (names, numbers, commas, "and"), up to "from (the)".
LIST_GAP = re.compile(
    r"(?i)^(?:(?!\b(?:with|contracts?|deals?|agreements?|orders?|purchases?|signed|said)\b)"
    r"[^.;:()])"
    r"{0,120}?\bfrom\s+(?:the\s+)?$"
)


def fill_own_seller(
    rows: list[Transfer], text: str, mentions: Sequence, country_names: Mapping[str, str]
) -> list[Transfer]:
    """Give rows the seller their item's own from-phrase names (see the module doc).

    ``mentions`` are the article's lexicon matches; ``country_names`` maps codes to names.
    """
    actors = sorted((m for m in mentions if m.kind == "actor"), key=lambda m: m.start)
    out = []
    for row in rows:
        seller = _own_seller(row, text, actors) if DEAL_CUES.match(row.cue) else None
        if seller is not None and seller.name not in (row.supplier, row.recipient):
            row = replace(
                row, supplier=seller.name,
                supplier_country=country_names.get(seller.country, seller.country),
                supplier_text=text[seller.start : seller.end],
            )  # fmt: skip
        out.append(row)
    return out


def _own_seller(row: Transfer, text: str, actors: Sequence):
    """The actor of the from-phrase right after the row's item, when the row's supplier is
    written before the item; else None."""
    if row.item_end <= 0 or not row.supplier_text:
        return None
    told = text.find(row.supplier_text, row.start, row.end)
    if told < 0 or told >= row.item_start:
        return None
    after = next((m for m in actors if row.item_end <= m.start < row.end), None)
    if after is None or not LIST_GAP.match(text[row.item_end : after.start]):
        return None
    return after


def orient_by_maker(
    rows: list[Transfer], origins: Mapping[str, str], countries: Collection[str]
) -> list[Transfer]:
    """Turn round a deal row whose recipient is the maker country of its item and whose
    supplier is placed in another country (see the module doc). ``origins`` maps a
    canonical item to its maker's country name; ``countries`` are the country names a
    side may be placed in.

    >>> def row(sup, rec, cue="contract"):
    ...     return Transfer(sup, sup, rec, rec, "", "S-300", "S-300", "", "agreed", "", "",
    ...                     "", "", cue, 1, "", 0, 0, 0, 0)
    >>> makers, places = {"S-300": "Russia"}, {"Russia", "Iran", "Belarus"}
    >>> out = orient_by_maker([row("Iran", "Russia")], makers, places)[0]
    >>> out.supplier, out.recipient
    ('Russia', 'Iran')
    >>> orient_by_maker([row("Belarus", "Iran")], makers, places)[0].supplier
    'Belarus'
    >>> orient_by_maker([row("Acme Works", "Russia", "bought")], makers, places)[0].supplier
    'Acme Works'
    """
    out = []
    for row in rows:
        maker = origins.get(row.item, "")
        supplier = row.supplier_country or row.supplier
        recipient = row.recipient_country or row.recipient
        told_as_deal = DEAL_CUES.match(row.cue) or _DEAL_WORD.search(row.sentence)
        if told_as_deal and maker and recipient == maker and supplier != maker and (
            supplier in countries
        ):  # fmt: skip
            row = turned_round(row)
        out.append(row)
    return out


def turned_round(row: Transfer) -> Transfer:
    """``row`` with its supplier and recipient exchanged."""
    return replace(
        row, supplier=row.recipient, supplier_country=row.recipient_country,
        supplier_text=row.recipient_text, recipient=row.supplier,
        recipient_country=row.supplier_country, recipient_text=row.supplier_text,
    )  # fmt: skip


def fill_sentence_seller(rows: list[Transfer]) -> list[Transfer]:
    """Give a row with no supplier the one supplier another row of the same sentence names
    for the same item and recipient (see the module doc).

    >>> def row(sup, cue):
    ...     return Transfer(sup, sup, "Chile", "Chile", "", "frigate", "frigates", "", "agreed",
    ...                     "", "", "", "", cue, 1, "", 0, 0, 0, 0)
    >>> out = fill_sentence_seller([row("Acme", "delivered"), row("(not stated)", "ordered")])
    >>> out[1].supplier
    'Acme'
    """
    out = []
    for row in rows:
        if row.supplier == rules.NOT_STATED and row.recipient != rules.NOT_STATED:
            named = {
                r.supplier: r for r in rows
                if r.sentence_number == row.sentence_number and r.item == row.item
                and _same_recipient(r, row)
                and r.supplier not in (rules.NOT_STATED, rules.UNRESOLVED)
            }  # fmt: skip
            if len(named) == 1:
                seller = next(iter(named.values()))
                row = replace(
                    row, supplier=seller.supplier, supplier_country=seller.supplier_country,
                    supplier_text=seller.supplier_text,
                )  # fmt: skip
        out.append(row)
    return out


def _same_recipient(named: Transfer, row: Transfer) -> bool:
    """True when ``row``'s recipient is ``named``'s, or the same side told again by its head
    noun alone ("... to the Syrian rebels ..., but the rebels said they have not received
    any": a side with no country whose words end the other's words)."""
    if named.recipient == row.recipient:
        return True
    told, full = row.recipient_text.lower().split(), named.recipient_text.lower().split()
    countryless = row.recipient_country in ("", row.recipient)
    return countryless and bool(told) and full[-len(told) :] == told


def orient_company_deals(rows: list[Transfer], mentions: Sequence) -> list[Transfer]:
    """A deal between a company and a state, force or ministry runs from the company.

    "Acme Corp said it had signed a contract with the Peruvian Navy for four frigates" reads
    the contract's partner as the seller and its signer as the buyer, as "Peru signed a
    contract with Acme" does. A government buying from industry buys from the company
    (CONVENTIONS.md): a deal row (its cue a contract word) with a state, force or ministry as
    supplier and a company as recipient is turned round, and so is one whose sentence tells
    the supply as the purpose of a deal ("Acme signs a contract with the ministry to supply
    rifles": a ministry supplies no company under the company's own contract).

    >>> from analysis.transfers.records import Transfer
    >>> from types import SimpleNamespace as M
    >>> row = Transfer("Peruvian Navy", "Peru", "Acme Corp", "", "", "frigate", "frigates",
    ...                "", "agreed", "", "", "", "", "contract", 2, "", 0, 0, 0, 0)
    >>> ms = [M(kind="actor", name="Peruvian Navy", type="military"),
    ...       M(kind="actor", name="Acme Corp", type="company")]
    >>> out = orient_company_deals([row], ms)[0]
    >>> out.supplier, out.recipient, out.recipient_country
    ('Acme Corp', 'Peruvian Navy', 'Peru')
    """
    types = {m.name: m.type for m in mentions if m.kind == "actor"}
    out = []
    for row in rows:
        turned = (
            (SIGNED_DEAL_CUES.fullmatch(row.cue or "") or _DEAL_WORD.search(row.sentence))
            and types.get(row.supplier) in STATE_TYPES
            and types.get(row.recipient) == "company"
        )
        out.append(turned_round(row) if turned else row)
    return out


#: A body the lexicon knows with no country, as the entities name it.
_UNPLACED = f" ({PLACE_NOT_STATED})"
#: The article calls its firms the buyer's own: "domestic firms", "indigenous industry".
_OWN_INDUSTRY = re.compile(
    r"(?i)\b(?:domestic|indigenous|local|home-?grown|national)\s+(?:defen[cs]e\s+)?"
    r"(?:firms?|compan(?:y|ies)|industry|industries|manufacturers?|makers?|producers?|"
    r"suppliers?|shipyards?)\b"
)


def place_by_own_industry(
    rows: list[Transfer], mentions: Sequence, text: str, country_names: Mapping[str, str]
) -> list[Transfer]:
    """A ministry the article places in no country buys in the country of its firms, when
    the article calls them its own ("the ministry signed contracts with HAL ... partnering
    with domestic firms like HAL"): every company it names is of that one country.

    >>> from analysis.transfers.records import Transfer
    >>> from types import SimpleNamespace as M
    >>> row = Transfer("Acme", "Acme", "Ministry of Defence (country not stated)", "", "",
    ...                "radar", "radars", "", "agreed", "", "", "", "", "contract", 2, "",
    ...                0, 0, 0, 0)
    >>> ms = [M(kind="actor", name="Acme", type="company", country="PER")]
    >>> text = "The ministry backs domestic firms."
    >>> out = place_by_own_industry([row], ms, text, {"PER": "Peru"})[0]
    >>> out.recipient, out.recipient_country
    ('Ministry of Defence (Peru)', 'Peru')
    """
    countries = {
        m.country for m in mentions if m.kind == "actor" and m.type == "company" and m.country
    }  # a firm the lexicon does not place says nothing either way
    if len(countries) != 1 or not _OWN_INDUSTRY.search(text):
        return rows
    home = country_names.get(next(iter(countries)), next(iter(countries)))

    def placed(name: str) -> str:
        return name.removesuffix(_UNPLACED) + f" ({home})"

    out = []
    for row in rows:
        if row.recipient.endswith(_UNPLACED):
            row = replace(row, recipient=placed(row.recipient), recipient_country=home)
        if row.supplier.endswith(_UNPLACED):
            row = replace(row, supplier=placed(row.supplier), supplier_country=home)
        out.append(row)
    return out
