"""The article's contractor: the company a contract is placed with supplies its open rows.

A procurement article names the company that holds the contract once, in the sentence that
tells the deal ("The deal was struck between the Armament Agency and Acme Corp", "Acme Corp
has won a contract ...", "The ministry signed a contract with Acme Corp"), and then tells the
items in other sentences that name only the buyer ("Soldiers will receive the first
vehicles this year", "It is planned to acquire training rounds"). Such a row's supplier is
that company: the side a contract is placed with supplies what the contract buys.

``find_contractors`` reads the contract sentences: a company is the contractor when the text
around it puts it in the contract's supplying slot (the rules ``CONTRACTOR_BEFORE`` and
``CONTRACTOR_AFTER``, as data); the buyer is the state, force or ministry in the same sentence
in a "from", "by", "with" or "between" phrase (else the sentence's one such side).
``fill_contractor`` gives a row with no supplier (or one only a pronoun or "the company"
names) the contractor of its own sentence, else the article's one contractor, when the item
is not made abroad by another country than the contractor's (a foreign-made jet in a
home-industry article is another deal); a contractor's row with no recipient takes the
contract's buyer. With two contractors and none in the row's
sentence nothing is filled: which one is meant cannot be read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from analysis.transfers import rules as rules
from analysis.transfers.records import Transfer, drop_repeats

#: Nouns that name a deal placed with a supplier.
CONTRACT_WORDS = re.compile(
    r"(?i)\b(?:contracts?|orders?|deals?|agreements?|framework|awards?|tenders?)\b"
)
#: Words just before a company that make it the side the contract is placed with, as
#: patterns on the sentence text up to the company (rules as data, tried in order):
#: "a contract with (the state-run firm) X", "awarded (a contract) to X", "between the
#: agency and (a consortium made up of) X".
_FILLER = r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
CONTRACTOR_BEFORE: tuple[re.Pattern, ...] = (
    re.compile(r"(?i)\bwith\s+" + _FILLER + r"$"),
    re.compile(
        r"(?i)\b(?:award(?:ed|s)?|assign(?:ed|s)?|went|goes|go)\b[^.;]*?\bto\s+" + _FILLER + r"$"
    ),
    re.compile(
        r"(?i)\bbetween\b[^.;]*?\band\s+"
        + _FILLER
        + r"(?:(?:made\s+up|composed|consisting)\s+of|comprising|led\s+by)?\s*:?\s*$"
    ),  # fmt: skip
)
#: Words just after a company that make it the contract's holder: "X (XYZ), the maker of
#: Y, has won / received / secured / been awarded / signed ..." with a contract word after.
CONTRACTOR_AFTER = re.compile(
    r"(?i)^\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,.;]{1,80},\s*)?"
    r"(?:and\s+(?:[\w'’-]+\s+){1,6}?)?"  # "Acme and the navy signed": a signing pair
    r"(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+|also\s+|recently\s+|now\s+|"
    r"together\s+|jointly\s+)*"
    r"(?:been\s+)?(?:won|wins|win|received|receives|secured|secures|bagged|bags|clinched|"
    r"landed|lands|booked|books|nets|netted|awarded|selected|signed|signs|sign|inked|inks|ink|"
    r"assigned|granted|"
    r"gets|got|obtained|entered|enter|enters|concluded|conclude|concludes)\b"
)
#: Words just before a buyer in a contract sentence: "from the army", "awarded by the
#: navy", "a contract with the ministry", "between the agency and".
BUYER_BEFORE = re.compile(r"(?i)\b(?:from|by|with|between)\s+" + _FILLER + r"$")
#: Words just before the buyer of a contract told in a sentence of its own: "The contract
#: was awarded / placed / issued by the Army".
AWARDER_BEFORE = re.compile(
    r"(?i)\b(?:awarded|placed|issued|let|signed|granted)\s+by\s+" + _FILLER + r"$"
)
#: Words just after a buyer that make it the one who signs or places contracts ("the
#: ministry signed five contracts", "the navy has placed orders"): with no company named,
#: the contracts the next sentences place with companies are its own.
SIGNER_AFTER = re.compile(
    r"(?i)^\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,.;]{1,80},\s*)?"
    r"(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+|today\s+|recently\s+)*"
    r"(?:signed|signs|inked|inks|awarded|awards|placed|places|concluded|concludes|"
    r"finalized|finalised|finalizes|finalises|issued|issues)\b"
)
#: Party types that buy under a contract (never a company: a subcontract is not counted).
BUYER_TYPES = frozenset({"country", "government", "military"})
#: What a row's open supplier may say in words and still be the contractor: a pronoun or a
#: bare description of a company ("the company", "the firm", "the shipyard").
COMPANY_WORDS = re.compile(
    r"(?i)^(?:it|they|the\s+(?:[\w-]+\s+)?(?:company|firm|manufacturer|maker|contractor|"
    r"group|shipbuilder|shipyard|supplier|consortium|producer))?$"
)
#: A cue that tells several deals at once ("signs contracts for vessels and radars"): one
#: contractor named elsewhere holds only one of them.
PLURAL_DEALS = re.compile(r"(?i)^(?:contracts|deals|agreements)$")
#: Statuses whose rows name no deal a contractor could supply.
OWN_STATUSES = frozenset({"implied"})


@dataclass(frozen=True)
class Contract:
    """A contract sentence's contractor (a company) and its buyer, when named."""

    contractor: str
    country: str  # the contractor's country name, or ""
    text: str
    sentence_number: int
    buyer: str = ""
    buyer_country: str = ""
    buyer_text: str = ""
    partners: tuple[str, ...] = ()  # other companies holding it with the contractor
    buyer_sentence: int = 0  # the sentence the buyer was named in, when not this one


def find_contractors(
    text: str, sentences: Sequence, mentions: Sequence, country_names: Mapping[str, str]
) -> list[Contract]:
    """Return the contracts the sentences place with a company, first first.

    >>> from analysis.text import article_from_text, split_sentences
    >>> from analysis.entities import find_mention_rows, discover_rows, load_lexicons
    >>> art = article_from_text("H\\n\\nThe Peruvian Navy signed a contract with Acme Corp.\\n")
    >>> lex = load_lexicons(); sents = split_sentences(art)
    >>> ms = discover_rows(art, sents, find_mention_rows(art, lex, sents), lex)
    >>> [(c.contractor, c.buyer) for c in find_contractors(art.text, sents, ms, {})]
    [('Acme Corp', 'Peruvian Navy')]
    """
    found = []
    signers: list = []  # buyers told signing contracts with no company named
    for sentence in sentences:
        words = text[sentence.start : sentence.end]
        if not CONTRACT_WORDS.search(words):
            continue
        inside = [
            m for m in mentions if m.kind == "actor" and sentence.start <= m.start < sentence.end
        ]
        holding = [m for m in inside if _holds_contract(text, sentence, m)]
        holding += _joined_holders(text, holding, inside)  # "with Acme (AC) and Zenith"
        company = holding[0] if holding else None
        if company is None:
            # "The ministry signed five contracts": the buyer of the contracts told next
            signers += [m for m in inside if _signs_contracts(text, sentence, m)]
            # "The contract was awarded by the Army": the buyer of the contract just told
            awarder = next((m for m in inside if _awards(text, sentence, m)), None)
            if awarder is not None and found and not found[-1].buyer and (
                sentence.number - found[-1].sentence_number <= 2
            ):  # fmt: skip
                found[-1] = replace(
                    found[-1], buyer=awarder.name,
                    buyer_country=country_names.get(awarder.country, awarder.country),
                    buyer_text=text[awarder.start : awarder.end],
                )  # fmt: skip
            continue
        buyers = [m for m in inside if m.type in BUYER_TYPES]
        # "the Peruvian defence ministry": the ministry, not also its country's demonym
        services = {m.country for m in buyers if m.type != "country" and m.country}
        buyers = [m for m in buyers if not (m.type == "country" and m.country in services)]
        # the side in a "from / by / with / between" phrase, else the sentence's one buyer
        # ("The ministry signed a contract with Acme Corp")
        buyer = next((m for m in buyers if _buys(text, sentence, m)), None)
        if buyer is None and len({m.name for m in buyers}) == 1:
            buyer = buyers[0]
        signer = _one_signer(signers, country_names)
        told_before = buyer is None and signer is not None
        if told_before:
            buyer = signer  # "The ministry signed five contracts. One was with Acme ..."
        found.append(
            Contract(
                company.name, country_names.get(company.country, company.country),
                text[company.start : company.end], sentence.number,
                buyer.name if buyer else "",
                country_names.get(buyer.country, buyer.country) if buyer else "",
                text[buyer.start : buyer.end] if buyer else "",
                tuple(dict.fromkeys(m.name for m in holding if m.name != company.name)),
                _sentence_of(sentences, buyer.start) if told_before else 0,
            )
        )  # fmt: skip
    return found


def _one_signer(signers: Sequence, country_names: Mapping[str, str]):
    """The one side that signed contracts before, else None. A state and its ministry are
    one side ("India signs contracts" in a headline, "the defence ministry signed contracts"
    in the lead): the body's office, the last named, stands for it.

    >>> from types import SimpleNamespace as M
    >>> state, office = M(name="Peru", country="PER"), M(name="Ministry (Peru)", country="PER")
    >>> _one_signer([state, office], {}).name
    'Ministry (Peru)'
    >>> _one_signer([state, M(name="Chile", country="CHL")], {}) is None
    True
    """
    sides = {country_names.get(m.country, m.country) or m.name for m in signers}
    return signers[-1] if len(sides) == 1 else None


#: What joins a company to a contract holder before it: "Acme Corp (AC) and", "Acme, ".
HOLDER_JOIN = re.compile(r"^\)?\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*)?(?:and\s+|,\s*)(?:the\s+)?$")


def _joined_holders(text: str, holding: Sequence, inside: Sequence) -> list:
    """Companies coordinated after a contract holder hold the contract with it: "signed
    with Acme Corp (AC) and Zenith Marine" places the contract with both."""
    joined: list = []
    for holder in holding[:1]:
        last = holder
        for m in sorted(inside, key=lambda m: m.start):
            if m.start < last.end or m.type != "company" or m in holding:
                continue
            if m.name == last.name or not HOLDER_JOIN.match(text[last.end : m.start]):
                if m.name != last.name:
                    break
                last = m  # the holder's acronym after it: "Acme Corp (AC)"
                continue
            joined.append(m)
            last = m
    return joined


def _holds_contract(text: str, sentence, mention) -> bool:
    """True for a company in a contract's supplying slot with a contract word after it or
    before it in the same sentence."""
    if mention.type != "company":
        return False
    before = text[sentence.start : mention.start]
    after = text[mention.end : sentence.end]
    if any(p.search(before) for p in CONTRACTOR_BEFORE) and CONTRACT_WORDS.search(before):
        return True
    return bool(CONTRACTOR_AFTER.match(after) and CONTRACT_WORDS.search(after))


def _sentence_of(sentences: Sequence, offset: int) -> int:
    """The number of the sentence that holds ``offset``."""
    return next((s.number for s in sentences if s.start <= offset < s.end), 0)


def _signs_contracts(text: str, sentence, mention) -> bool:
    """True for a state, force or ministry that signs or places contracts, told with a
    contract word after the verb ("the ministry signed five procurement contracts")."""
    after = text[mention.end : sentence.end]
    return mention.type in BUYER_TYPES and bool(
        SIGNER_AFTER.match(after) and CONTRACT_WORDS.search(after)
    )


def _awards(text: str, sentence, mention) -> bool:
    """True for a state, force or ministry that awards or places a contract ("was awarded
    by the Army", "placed by the ministry")."""
    return mention.type in BUYER_TYPES and bool(
        AWARDER_BEFORE.search(text[sentence.start : mention.start])
    )


def _buys(text: str, sentence, mention) -> bool:
    """True for a state, force or ministry in a "from / by / with / between" phrase."""
    return bool(BUYER_BEFORE.search(text[sentence.start : mention.start]))


def fill_contractor(
    rows: list[Transfer],
    contracts: Sequence[Contract],
    origins: Mapping[str, str],
    companies: frozenset[str] = frozenset(),
) -> list[Transfer]:
    """Give open rows the contractor that holds their deal (see the module doc).

    ``origins`` maps a canonical item to its maker's country name (from the lexicon);
    ``companies`` are the article's company names (a row supplied by another one tells
    another contract, so the article's one contractor fills nothing).

    >>> def row(sup, rec, n, item="rifle", text=""):
    ...     return Transfer(sup, "", rec, rec, "", item, item, "", "agreed", "", "", "", "",
    ...                     "buy", n, "", 0, 0, 0, 0, supplier_text=text)
    >>> deal = Contract("Acme Corp", "Peru", "Acme Corp", 2, "Peru", "Peru", "Peru")
    >>> out = fill_contractor([row("(not stated)", "Peru", 3)], [deal], {})
    >>> out[0].supplier, out[0].inferred_from
    ('Acme Corp', '2')
    >>> jet = row("(not stated)", "Peru", 3, "F-16")
    >>> fill_contractor([jet], [deal], {"F-16": "United States"})[0].supplier
    '(not stated)'
    """
    if not contracts:
        return rows
    holders = {c.contractor for c in contracts}
    # another company a row names as a supplier: the article tells more than one contract
    others = {r.supplier for r in rows if r.supplier in companies} - holders
    one = len(holders) == 1 and not others
    out = []
    for row in rows:
        own = [c for c in contracts if c.sentence_number == row.sentence_number]
        deal = own[0] if len({c.contractor for c in own}) == 1 else None
        if deal is None and one and not own and not PLURAL_DEALS.search(row.cue):
            deal = contracts[0]
        if (
            deal in own
            and deal.buyer
            and row.recipient == deal.contractor
            and (row.supplier in (rules.NOT_STATED, rules.UNRESOLVED))
        ):  # "Acme and Chile signed a contract for rifles": Acme sells, Chile buys
            row = replace(
                row, supplier=deal.contractor, supplier_country=deal.country,
                supplier_text=deal.text, recipient=deal.buyer,
                recipient_country=deal.buyer_country, recipient_text=deal.buyer_text,
            )  # fmt: skip
        if deal is not None and _open_supplier(row, deal, origins, holders | companies):
            row = replace(
                row, supplier=deal.contractor, supplier_country=deal.country,
                supplier_text=deal.text, inferred_from=str(deal.sentence_number),
            )  # fmt: skip
        held = [c for c in own if row.supplier in (c.contractor, *c.partners) and c.buyer]
        if deal is None and held:  # "A and B have been assigned the contract": either's row
            deal = held[0]
        if deal is not None and not deal.buyer:
            # "The ministry signed contracts with Acme. The contract with Acme pertains to
            # 12 radars": the contract told back is the one told before with its buyer
            deal = _told_with_buyer(deal, contracts) or deal
        if deal is not None and row.supplier in (deal.contractor, *deal.partners) and (
            deal.buyer and row.recipient in (rules.NOT_STATED, rules.UNRESOLVED)
        ):  # fmt: skip
            row = replace(
                row, recipient=deal.buyer, recipient_country=deal.buyer_country,
                recipient_text=deal.buyer_text,
                inferred_from=str(deal.buyer_sentence or deal.sentence_number),
            )  # fmt: skip
        out.append(row)
    return drop_repeats(out)


def _told_with_buyer(deal: Contract, contracts: Sequence[Contract]) -> Contract | None:
    """The earlier contract of the same contractor that names a buyer, when every such
    contract names the same one; else None."""
    before = [
        c for c in contracts
        if c.sentence_number < deal.sentence_number and c.contractor == deal.contractor
        and c.buyer
    ]  # fmt: skip
    return before[-1] if len({c.buyer for c in before}) == 1 else None


def _open_supplier(
    row: Transfer, deal: Contract, origins: Mapping[str, str], holders: set[str]
) -> bool:
    """A row a contractor may supply: no supplier (or only "it" / "the company"), a
    recipient that is not a company (``holders``), not a weapon seen in use, and an item not
    made by a country other than the contractor's and the recipient's."""
    if row.supplier not in (rules.NOT_STATED, rules.UNRESOLVED) or row.status in OWN_STATUSES:
        return False
    if not COMPANY_WORDS.match(row.supplier_text.strip()):
        return False
    if row.recipient in holders:
        return False
    made = origins.get(row.item, "")
    return not made or made in (deal.country, row.recipient_country)
