"""Arms transfers: who supplies what to whom, with status and attribution.

The article-level entry points. ``find_transfers`` matches the lexicons,
finds who says what (``analysis.transfers.sources``), reads each sentence that
can hold a transfer by grammar (``analysis.grammar`` parses it, the frames of
``analysis.transfers.frames`` fill its roles, ``analysis.transfers.sentence``
names them), then fills a side a sentence leaves unnamed from an earlier
sentence about the same transfer. One row per item (columns ``COLUMNS``); the
summaries, the readable table and the JSON summary for the command line start
from that table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, replace
from pathlib import Path

import pandas as pd

from analysis.entities import discover_rows, find_mention_rows, load_lexicons
from analysis.errors import ParameterError
from analysis.html import highlight as mark
from analysis.text import Article, Sentence, load_article, split_sentences
from analysis.transfers import rules as rules
from analysis.transfers.acronyms import item_acronyms
from analysis.transfers.budget import add_budget_lines
from analysis.transfers.containers import fill_container_sides
from analysis.transfers.contractor import fill_contractor, find_contractors
from analysis.transfers.deal import (
    add_deal_contents,
    fill_deal_parties,
    fold_rest_of_batch,
    join_headline,
    orient_signing_pairs,
    update_deal_stage,
)
from analysis.transfers.deal_roles import fill_deal_roles
from analysis.transfers.denial import fold_generic_rows, spread_party_denials
from analysis.transfers.discourse import (
    drop_told_packages,
    fill_named_makers,
    fill_pair_reference,
    fill_programme_seller,
    fill_told_source,
    infer_missing_parties,
    join_split_reports,
    keep_funding_for_others,
    name_described_suppliers,
)
from analysis.transfers.groups import fill_group_suppliers
from analysis.transfers.joiners import add_joining_buyers, joins_deal
from analysis.transfers.officials import office_holders
from analysis.transfers.origin_use import drop_told_uses
from analysis.transfers.origins import add_design_and_build_sides, fill_told_makers
from analysis.transfers.own_side import drop_own_state_rows, drop_sideless_rows
from analysis.transfers.programme import fill_article_programme_seller
from analysis.transfers.records import COLUMNS, Party, SentenceContext, Transfer
from analysis.transfers.respectively import pair_respectively
from analysis.transfers.seller import (
    fill_own_seller,
    fill_sentence_seller,
    orient_by_maker,
    orient_company_deals,
    place_by_own_industry,
)
from analysis.transfers.sentence import (
    deal_partner,
    fill_deal_partner,
    parse_candidate,
    read_parse,
    subjects_of,
    told_sources,
)
from analysis.transfers.sources import (
    Reference,
    Source,
    attribute,
    attribute_sentences,
    find_reference,
    find_sources,
    find_speech_verbs,
    resolve_reference,
)
from analysis.transfers.speaker import fill_speaker_supplier
from analysis.transfers.subject import fill_article_recipient, fill_maker_supplier

__all__ = [
    "COLUMNS",
    "READABLE_COLUMNS",
    "STATUSES",
    "Party",
    "Reference",
    "SentenceContext",
    "Source",
    "Transfer",
    "attribute",
    "attribute_sentences",
    "describe_transfers",
    "extract_from_article",
    "find_reference",
    "find_sources",
    "find_speech_verbs",
    "find_transfers",
    "transfers_for_reading",
    "item_as_written",
    "party_for_reading",
    "party_with_country",
    "readable_pairs",
    "readable_transfers",
    "resolve_reference",
    "select_statuses",
    "summarise_firmness",
    "summarise_pairs",
    "transfers_frame",
    "transfers_summary",
]


def find_transfers(article: Article, lexicons=None, sentences=None, mentions=None) -> pd.DataFrame:
    """Return the article's transfers: one row per item (columns ``COLUMNS``).

    ``mentions`` are the article's mention rows after the entities' second
    pass (``analysis.entities.discover_rows`` over ``find_mention_rows``, with
    the same ``lexicons`` and ``sentences``), when the caller has them already:
    the second pass then runs once per article, not once more here.
    """

    lexicons = lexicons if lexicons is not None else load_lexicons()
    sentences = sentences if sentences is not None else split_sentences(article)
    if mentions is None:
        # the lexicon's names and the names found from the shape of the text
        # ("Bharat Electronics Limited", "the firm Acme"), capitals used as places dropped
        mentions = discover_rows(
            article, sentences, find_mention_rows(article, lexicons, sentences), lexicons
        )
    return extract_from_article(article, sentences, mentions, lexicons.country_names())


def extract_from_article(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: Iterable,
    country_names: Mapping[str, str],
) -> pd.DataFrame:
    """Return the transfers of ``sentences`` given the article's lexicon ``mentions``.

    The chain of ``find_transfers`` after matching: group the mentions by
    sentence, find each sentence's sources, read each sentence with the
    subjects of the one before, then fill unnamed sides from earlier sentences.
    """
    mentions = list(mentions)
    grouped = [[m for m in mentions if s.start <= m.start and m.end <= s.end] for s in sentences]
    attributions = attribute_sentences(article, sentences, grouped)
    rows: list[Transfer] = []
    previous: list = []
    states: list = []  # the state mentions of the sentence before
    weapons: list = []
    last_weapons: list = []
    numbers: dict[int, int] = {}
    groups = {**first_rebel_names(article.text, mentions), **armed_groups_by_country(mentions)}
    forces: list = []
    companies: list = []
    sources_told: list[tuple] = []
    acronyms = item_acronyms(article.text)  # "armoured security vehicles (ASV)" ... "ASVs"
    officials = office_holders(article.text, mentions)  # "Defence Minister A B" ... "A B"
    for sentence, found, said in zip(sentences, grouped, attributions, strict=True):
        context = SentenceContext(
            country_names, previous, said.sources, said.speaker, said.quote_open, weapons,
            last_weapons, numbers, groups, forces, companies, acronyms, states, officials,
        )  # fmt: skip
        forces = [*forces, *named_forces(article.text, found)]
        companies = [*companies, *(m for m in found if m.kind == "actor" and m.type == "company")]
        parse = parse_candidate(article.text, sentence, found)
        last_weapons = [m for m in found if m.kind == "weapon"]
        numbers |= {m.start: sentence.number for m in last_weapons}
        weapons = [*weapons, *last_weapons]
        new = read_parse(parse, sentence, found, context, dict(country_names)) if parse else []
        # "Chile will also join the order": a second buyer (``add_joining_buyers``), no seller
        told_partner = not new and not joins_deal(sentence.text)
        partner = deal_partner(article.text, sentence, found, context) if told_partner else None
        if partner is not None:  # "The deal was signed with X": the seller of the deal before
            rows = fill_deal_partner(rows, partner, sentence.number)
        rows.extend(new)
        previous = subjects_of(parse, sentence, found)
        states = [m for m in found if m.kind == "actor" and m.type in rules.COUNTRY_TYPES]
        sources_told += told_sources(parse, sentence, found)
    rows = pair_respectively(rows)  # "A and B sent X and Y, respectively": A's X, B's Y
    rows = keep_funding_for_others(fill_programme_seller(rows, article.text))
    origins = {
        m.name: country_names.get(m.country, m.country) for m in mentions
        if m.kind == "weapon" and m.country
    }  # fmt: skip
    rows = fill_named_makers(rows, sentences, mentions, country_names)
    # "The navy received four boats. It is the second batch ordered from X": X supplies
    rows = fill_container_sides(rows, sentences, mentions, country_names)
    rows = fill_pair_reference(rows, sentences, mentions, country_names)
    # '"No weapons were exported to Chad," the minister said': the minister's country
    rows = fill_speaker_supplier(rows, article.text, sentences, mentions, country_names)
    rows = fill_deal_roles(rows)  # "Peru bought tanks from Spain. The seller will also ..."
    said_by = {
        s.number: [source.name for source in said.sources]
        for s, said in zip(sentences, attributions, strict=True)
    }
    rows = name_described_suppliers(rows, sentences, said_by, mentions, country_names)
    rows = join_split_reports(rows, origins)
    # "a contract with X, as well as orders for A and B from Y": A and B come from Y
    rows = fill_own_seller(rows, article.text, mentions, country_names)
    # "Russia signed an S-300 contract with Iran"; not a purchase from an unplaced firm
    rows = orient_by_maker(rows, origins, frozenset(country_names.values()))
    # "India and Russia signed an agreement for frigates": which of the pair sells
    rows = orient_signing_pairs(rows, sentences, mentions, country_names, origins)
    rows = join_headline(rows, sentences)  # "Peru to get tanks" / "Spain will send tanks"
    # "... signed an agreement. Under it, Germany will deliver 30 tanks": the other party
    rows = fill_deal_parties(rows, sentences, mentions, country_names)
    rows = infer_missing_parties(rows, origins)
    rows = fill_told_source(rows, sources_told)  # "X has been the main source. ... arrived in Y"
    # a seller still unnamed: the one maker the text names for the item ("made by X")
    rows = fill_told_makers(rows, article.text, sentences, mentions, country_names)
    # "They are designed by A and will be built by B": both firms supply
    rows = add_design_and_build_sides(rows, sentences, mentions, country_names)
    # "The deal was struck between the agency and Acme Corp": Acme supplies the deal's rows
    contracts = find_contractors(article.text, sentences, mentions, country_names)
    companies = frozenset(m.name for m in mentions if m.kind == "actor" and m.type == "company")
    rows = fill_contractor(rows, contracts, origins, companies)
    rows = orient_company_deals(rows, mentions)  # "Acme signed a contract with the navy"
    # "the ministry ... partnering with domestic firms like HAL": the firms' country
    rows = place_by_own_industry(rows, mentions, article.text, country_names)
    rows = fill_sentence_seller(rows)  # "X delivered the first of four boats ordered by Y"
    rows = fill_article_recipient(rows)  # "... also committed to sending X": the one recipient
    # "... The two Peruvian organisations will also donate X": the bodies named before
    rows = fill_group_suppliers(rows, mentions, country_names)
    rows = fill_maker_supplier(rows, origins)  # "Turkey received the S-400": its one seller
    # "DSCA notified Congress of the sale. Chile would receive 12 jets": the US sells
    rows = fill_article_programme_seller(rows, article.text, origins)
    rows = join_told_again(rows, article.text)  # "... 20 tanks to Peru. Peru ordered the tanks"
    rows = add_told_options(rows, sentences)  # "The contract includes an option for 12 more"
    # "It includes 30 tanks"; "Peru signed a deal with Acme. The deal covers 4 corvettes"
    rows = add_deal_contents(rows, sentences, mentions, origins, country_names)
    rows = fold_rest_of_batch(rows)  # "The remaining vessels will follow": the same deal
    # "The first batch arrived", "The contract was cancelled": the deal it names moves on
    rows = update_deal_stage(drop_told_packages(rows), sentences, mentions, country_names)
    # "The budget allocates $2 billion for 20 tanks": planned (sought when only requested)
    rows = add_budget_lines(rows, article.text, sentences, mentions, country_names)
    rows = drop_told_uses(rows)  # "... bought F-16s from X. The F-16 is in service with Y"
    rows = add_joining_buyers(rows, sentences, mentions, country_names)  # "Peru joins the deal"
    # "Y said X shipped rifles to Z. X denied it": the claim is denied; "weapons" = the rifles
    rows = fold_generic_rows(spread_party_denials(rows, mentions, article.text, country_names))
    # a state side read as supplying its own side came from a wrong slot
    rows = drop_sideless_rows(rows)  # neither side named, after every sentence is read
    return transfers_frame(drop_own_state_rows(with_party_types(rows, mentions)))


#: A force written as a country's possession: "Nigeria's military", "Peru's army".
OWNED_FORCE = re.compile(r"^['’]s\s+(?:armed forces|army|military|navy|air force)\b", re.I)


def named_forces(text: str, mentions: Iterable) -> list:
    """The armed services a sentence names: a military actor, or a country followed by
    "'s army" / "'s military" (the country's force, told by its country)."""
    return [
        m for m in mentions
        if m.kind == "actor" and (
            m.type == "military" or m.type == "country" and OWNED_FORCE.match(text[m.end :])
        )
    ]  # fmt: skip


def armed_groups_by_country(mentions: Iterable) -> dict[str, str]:
    """The one armed group the article names for each country (ISO3 -> its name); a country
    with two groups named has none: "Yemeni rebels" could be either."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "actor" and m.type == "armed_group" and m.country:
            named.setdefault(m.country, set()).add(m.name)
    return {country: next(iter(names)) for country, names in named.items() if len(names) == 1}


#: A noun of fighters against their state after a country's name ("Syrian rebels", "Syria's
#: opposition"): the article's armed group of that country, not the state.
REBEL_AFTER = re.compile(
    r"(?:['’`]s)?\s+(?:armed\s+|moderate\s+)?(?:rebels?|opposition|insurgents?|militants?|"
    r"militias?|guerrillas?|separatists?|jihadists?)\b",
    re.I,
)


def first_rebel_names(text: str, mentions: Iterable) -> dict[str, str]:
    """The first words an article names each country's fighters by ("Syrian rebels"): the one
    name of that side, so "Syria's opposition" and "the Syrian rebels" later are the same.

    >>> from types import SimpleNamespace as M
    >>> text = "Syrian rebels got rifles. Syria's opposition denied it."
    >>> found = [M(kind="actor", type="country", country="SYR", start=s, end=s + 5)
    ...          for s in (0, 26)]
    >>> first_rebel_names(text, found)
    {'SYR': 'Syrian rebels'}
    """
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "actor" or m.type != "country" or not m.country or m.country in out:
            continue
        word_end = m.end
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1  # "Syria" matched inside "Syrian"
        found = REBEL_AFTER.match(text, word_end)
        if found:
            out[m.country] = text[m.start : found.end()]
    return out


#: Words before an item that point back to items told before ("the tanks", "these jets").
DEFINITE_WORDS = rules.word_set("the these those")
#: How far a deal has gone, for a deal told twice: the further stage is the deal's.
STAGE_RANKS = {"possible": 1, "offered": 1, "sought": 1, "planned": 2, "agreed": 3, "delivered": 4}


def join_told_again(rows: list[Transfer], text: str) -> list[Transfer]:
    """One deal told again by a definite noun is one row, at the further of its stages.

    "Spain delivered 20 Leopard 2 tanks to Peru. Peru signed a deal for the tanks in May.":
    a later row with no number of its own, whose item is written after "the" / "these" /
    "those" (not "their": "exported their helicopters" may be another deal), between the
    same sides as an earlier row of the same kind of item (the same system, or a common
    noun: "the KF-21" after FA-50 jets is another deal), is that row's deal told again
    (CONVENTIONS: one row per supplier -> recipient -> deal). An option ("two more") or a
    negation is told apart and kept.

    >>> from analysis.transfers.records import Transfer
    >>> text = "Spain sent 20 tanks to Peru. Peru ordered the tanks."
    >>> def row(n, status, start, end, quantity=""):
    ...     return Transfer("Spain", "ESP", "Peru", "PER", "", "tank", text[start:end], "tank",
    ...                     status, "", "", "", "", "", n, "", 0, 0, start, end,
    ...                     quantity=quantity)
    >>> [(r.sentence_number, r.status) for r in join_told_again(
    ...     [row(1, "agreed", 14, 19, "20"), row(2, "delivered", 45, 50)], text)]
    [(1, 'delivered')]
    """
    out: list[Transfer] = []
    for row in rows:
        before = text[: row.item_start].split()[-1:]
        opening = row.item_text.split()[:1]  # "these systems": the item written back
        before = opening if opening and opening[0].lower() in DEFINITE_WORDS else before
        told_again = (
            not row.quantity
            and not row.polarity
            and row.status in STAGE_RANKS
            and bool(before) and before[0].lower() in DEFINITE_WORDS
            and {row.supplier, row.recipient} != {rules.NOT_STATED}
        )  # fmt: skip
        earlier = [
            i for i, e in enumerate(out)
            if told_again and e.sentence_number < row.sentence_number
            and (e.supplier, e.recipient, e.category) == (row.supplier, row.recipient, row.category)
            and e.status in STAGE_RANKS
            and (e.item == row.item or _common_noun(row.item_text))  # not "the KF-21" after FA-50
        ]  # fmt: skip
        if not earlier:
            out.append(row)
            continue
        first = out[earlier[-1]]
        if STAGE_RANKS[row.status] > STAGE_RANKS[first.status]:
            out[earlier[-1]] = replace(first, status=row.status, stage=row.stage)
    return out


#: Numbers an option may be written with.
_NUMBER = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a\s+dozen|a\s+further\s+\d[\d,]*)"
)
#: "an option for 12 more", "options to buy a further six", "an option on up to ten additional".
OPTION_PATTERN = re.compile(
    r"(?i)\boptions?\s+(?:(?:for|on|to|buy|acquire|order|purchase|procure|an?|up|further|"
    r"another|additional|extra|of)\s+){0,4}?(?P<quantity>"
    + _NUMBER
    + r"(?:\s+(?:more|additional|further|extra))?)\b"
)


#: Verbs that take up an option: the more it buys are ordered, not possible.
EXERCISED = re.compile(
    r"(?i)\b(?:exercis\w*|took\s+up|take\s+up|taken\s+up|taking\s+up|dr[ae]w\w*|"
    r"activat\w*|trigger\w*)\s+(?:\w+\s+){0,2}?options?\b"
)


def add_told_options(rows: list[Transfer], sentences: Sequence[Sentence]) -> list[Transfer]:
    """An option to buy more of a deal, told in a sentence of its own, is its own
    ``possible`` row (CONVENTIONS: "an option to buy more is its own possible row").

    "Chile bought 20 tanks from Germany. The contract includes an option for 12 more.":
    a sentence with no row of its own that writes an option with its number takes the
    deal of the nearest earlier sentence with rows (within three), when those rows name
    one supplier and one recipient; the new rows keep ``inferred_from`` that sentence.
    An option taken up ("exercised / drew the option for two more") is ``agreed``.

    >>> OPTION_PATTERN.search("It includes an option for a further 12 jets.")["quantity"]
    'a further 12'
    >>> OPTION_PATTERN.search("with options on up to six more")["quantity"]
    'six more'
    """
    told = {r.sentence_number for r in rows}
    out = list(rows)
    for sentence in sentences:
        found = OPTION_PATTERN.search(sentence.text)
        if sentence.number in told or found is None:
            continue
        earlier = [n for n in told if sentence.number - 3 <= n < sentence.number]
        if not earlier:
            continue
        deal = [
            r for r in rows
            if r.sentence_number == max(earlier) and r.status in STAGE_RANKS
            and r.status != "possible"
        ]  # fmt: skip
        if len({(r.supplier, r.recipient) for r in deal}) != 1:
            continue
        # "decided to exercise the option for two more": ordered
        status = "agreed" if EXERCISED.search(sentence.text) else "possible"
        for r in deal:
            out.append(
                replace(
                    r, status=status, modality="" if status == "agreed" else "possible",
                    stage="agreed" if status == "agreed" else r.stage,
                    quantity=found["quantity"],
                    sentence_number=sentence.number, sentence=sentence.text,
                    start=sentence.start, end=sentence.end, cue="option",
                    inferred_from=str(r.sentence_number),
                )
            )  # fmt: skip
    return out


def _common_noun(text: str) -> bool:
    """True for an item written as a common noun ("tanks", "the jets"), not a system's name."""
    return not any(c.isupper() or c.isdigit() for c in text)


def with_party_types(rows: Iterable[Transfer], mentions: Iterable) -> list[Transfer]:
    """The rows with each party's type as the lexicon gives it (``supplier_type``,
    ``recipient_type``), so a table can show a government or a capital as its country."""
    types = {m.name: m.type for m in mentions if m.kind == "actor"}
    return [
        replace(
            r, supplier_type=types.get(r.supplier, ""), recipient_type=types.get(r.recipient, "")
        )
        for r in rows
    ]


def transfers_frame(rows: Iterable[Transfer]) -> pd.DataFrame:
    """Return transfers as a DataFrame with the columns ``COLUMNS``."""
    return pd.DataFrame([asdict(r) for r in rows], columns=COLUMNS)


def select_statuses(transfers: pd.DataFrame, statuses: Iterable[str] = ()) -> pd.DataFrame:
    """Keep the rows whose status is in ``statuses`` (empty keeps all).

    A string is read as a comma-separated list ("delivered, ongoing").
    """
    if isinstance(statuses, str):
        statuses = [s.strip() for s in statuses.split(",") if s.strip()]
    wanted = list(statuses)
    if not wanted:
        return transfers
    unknown = sorted(set(wanted) - set(STATUSES))
    if unknown:
        raise ParameterError(
            "statuses", f"unknown status {', '.join(unknown)} (known: {', '.join(STATUSES)})"
        )
    return transfers[transfers["status"].isin(wanted)].reset_index(drop=True)


STATUSES = (
    "delivered",
    "ongoing",
    "agreed",
    "planned",
    "offered",
    "sought",
    "possible",
    "implied",
    "denied",
    "negated",
    "unspecified",
)


PAIR_COLUMNS = {
    "supplier": "Supplier",
    "recipient": "Recipient",
    "category": "Category",
    "items": "Items",
    "statuses": "Statuses",
    "sentences": "Sentences",
    "rows": "Rows",
}
FIRMNESS_COLUMNS = {
    "status": "Status",
    "stages": "Stages",
    "rows": "Rows",
    "quantities": "Quantities",
    "hedges": "Hedges",
    "sources": "Sources",
}


def readable_pairs(transfers: pd.DataFrame, roll_up: bool = True) -> pd.DataFrame:
    """``summarise_pairs`` with readable column names (``PAIR_COLUMNS``)."""
    return summarise_pairs(transfers, roll_up).rename(columns=PAIR_COLUMNS)


def summarise_firmness(transfers: pd.DataFrame) -> pd.DataFrame:
    """How firm the reports are: per status, its stages, rows, quantities, hedges and sources.

    The status is the one word of the tables; the stage (how far the transfer
    has gone: offered, planned, agreed, delivered ...) is kept apart from it,
    so "denied" rows still say what was denied (a delivery, a sale).
    """
    columns = list(FIRMNESS_COLUMNS.values())
    if transfers.empty:
        return pd.DataFrame(columns=columns)
    table = (
        transfers.groupby("status", sort=False)
        .agg(
            stages=("stage", _join_present),
            rows=("item", "size"),
            quantities=("quantity", _join_present),
            hedges=("hedges", _join_present),
            sources=("attributed_to", _join_present),
        )
        .reset_index()
    )
    return table.rename(columns=FIRMNESS_COLUMNS)[columns]


def summarise_pairs(transfers: pd.DataFrame, roll_up: bool = True) -> pd.DataFrame:
    """One row per supplier -> recipient pair and category: items, statuses, rows.

    With ``roll_up`` the pair is the countries (``supplier_country``), else
    the actors as matched.
    """
    supplier, recipient = (
        ("supplier_country", "recipient_country") if roll_up else ("supplier", "recipient")
    )
    columns = ["supplier", "recipient", "category", "items", "statuses", "sentences", "rows"]
    if transfers.empty:
        return pd.DataFrame(columns=columns)
    grouped = transfers.groupby([supplier, recipient, "category"], sort=False)
    summary = grouped.agg(
        items=("item", _join_unique),
        statuses=("status", _join_unique),
        sentences=("sentence_number", lambda s: ", ".join(str(n) for n in sorted(set(s)))),
        rows=("item", "size"),
    ).reset_index()
    summary.columns = columns
    return summary.sort_values(["rows", "supplier"], ascending=[False, True]).reset_index(drop=True)


def _join_unique(values: Iterable) -> str:
    return ", ".join(dict.fromkeys(str(v) for v in values))


def _join_present(values: Iterable) -> str:
    """'; '-joined distinct non-empty values.

    >>> _join_present(["may", "", "may", "could"])
    'may; could'
    """
    return "; ".join(dict.fromkeys(str(v) for v in values if v))


def describe_transfers(transfers: pd.DataFrame, roll_up: bool = True) -> str:
    """One part per pair, each item with its own statuses, so a reader sees
    which item is denied: "Iran → Russia: drone (ongoing), munition (possible,
    denied); ..."."""
    if transfers.empty:
        return "No transfers found."
    supplier, recipient = (
        ("supplier_country", "recipient_country") if roll_up else ("supplier", "recipient")
    )
    parts = []
    for (s, r), rows in transfers.groupby([supplier, recipient], sort=False):
        items = [
            f"{item} ({_join_unique(group['status'])})"
            for item, group in rows.groupby("item", sort=False)
        ]
        parts.append(f"{s} → {r}: {', '.join(items)}")
    return "; ".join(parts)


READABLE_COLUMNS = {
    "supplier": "Supplier",
    "supplier_country": "Supplier country",
    "recipient": "Recipient",
    "recipient_country": "Recipient country",
    "directed_by": "Directed by",
    "item": "Item",
    "category": "Category",
    "status": "Status",
    "stage": "Stage",
    "quantity": "Quantity",
    "hedges": "Hedges",
    "attributed_to": "Attributed to",
    "according_to": "According to",
    "denied_by": "Denied by",
    "inferred_from": "Party inferred from sentence",
    "cue": "Cue",
    "sentence_number": "Sentence no.",
    "sentence": "Sentence",
    "start": "Start",
    "end": "End",
}


def readable_transfers(transfers: pd.DataFrame, highlight: bool = False) -> pd.DataFrame:
    """The transfer table with readable column names, for a report and its CSV.

    **Item** is the item as the article writes it, with the canonical name
    after it when that differs ("short-range ballistic missiles (ballistic
    missile)"). With ``highlight`` the sentence is escaped HTML with the item
    in ``<mark>`` (show it with ``report.show_html_table(...,
    html_columns=["Sentence"])``).
    """

    table = transfers[list(READABLE_COLUMNS)].rename(columns=READABLE_COLUMNS)
    table["Item"] = [
        item_as_written(text, name)
        for text, name in zip(transfers["item_text"], transfers["item"], strict=True)
    ]
    if highlight:
        table["Sentence"] = [
            mark(r.sentence, [(r.item_start, r.item_end)], r.start)
            for r in transfers.itertuples(index=False)
        ]
    return table


def transfers_for_reading(transfers: pd.DataFrame, roll_up: bool = True) -> pd.DataFrame:
    """A narrow view of the transfer table for a report page.

    One column per question a reader asks (who, to whom, what, how sure, who
    says so), the rest folded into **Notes**, and the sentence as escaped HTML
    with the item marked (show it with ``html_columns=["Sentence"]``). The
    full table, one fact per column, is ``readable_transfers``. With
    ``roll_up`` a party of a type in ``rules.STATE_TYPES`` (a government, a
    capital standing for it) reads as its country, as in ``summarise_pairs``
    and the chart, and the words the article wrote go to **Notes**.
    """

    rows = []
    for r in transfers.itertuples(index=False):
        status = f"{r.status} ({r.hedges})" if r.hedges else r.status
        supplier, supplier_note = party_for_reading(r, "supplier", roll_up)
        recipient, recipient_note = party_for_reading(r, "recipient", roll_up)
        notes = [
            f"{label} {value}"
            for label, value in (
                ("supplier written", supplier_note),
                ("recipient written", recipient_note),
                ("stage", _stage_note(r)),
                ("quantity", getattr(r, "quantity", "")),
                ("according to", r.according_to),
                ("directed by", r.directed_by),
                ("denied by", r.denied_by),
                ("a side taken from sentence", getattr(r, "inferred_from", "")),
            )
            if value
        ]
        rows.append(
            [
                supplier,
                recipient,
                item_as_written(r.item_text, r.item),
                r.category,
                status,
                r.attributed_to or "(the article)",
                "; ".join(notes),
                r.sentence_number,
                mark(r.sentence, [(r.item_start, r.item_end)], r.start),
            ]
        )
    columns = ["Supplier", "Recipient", "Item", "Category", "Status", "Attributed to", "Notes",
               "No.", "Sentence"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def _stage_note(row) -> str:
    """The stage of a row when it says more than its status ("denied" of a delivery)."""
    stage = getattr(row, "stage", "")
    return stage if stage and stage != row.status else ""


def party_for_reading(row, role: str, roll_up: bool = True) -> tuple[str, str]:
    """How a table of rows names a side, and the words to note when it rolls them up.

    A government, or the capital written for it, is its country (``rules.STATE_TYPES``);
    any other party keeps its name with its country after it (``party_with_country``).

    >>> from types import SimpleNamespace as Row
    >>> row = Row(supplier="Government of Peru", supplier_country="Peru",
    ...           supplier_type="government", supplier_text="Lima")
    >>> party_for_reading(row, "supplier"), party_for_reading(row, "supplier", roll_up=False)
    (('Peru', '“Lima”'), ('Government of Peru (Peru)', ''))
    """
    name, country = getattr(row, role), getattr(row, f"{role}_country")
    kind, text = getattr(row, f"{role}_type", ""), getattr(row, f"{role}_text", "")
    if roll_up and country and kind in rules.STATE_TYPES and name != country:
        return country, f"“{text}”" if text and text != country else ""
    return party_with_country(name, country), ""


def party_with_country(party: str, country: str) -> str:
    """A party with its country when that is not the same name.

    >>> party_with_country("Government of Chad", "Chad"), party_with_country("Chad", "Chad")
    ('Government of Chad (Chad)', 'Chad')
    """
    return f"{party} ({country})" if country and country != party else str(party)


def item_as_written(text: str, name: str) -> str:
    """The item's words, with its canonical name when that is not the same words.

    Case and a plural ending do not count as a difference.

    >>> item_as_written("short-range ballistic missiles", "ballistic missile")
    'short-range ballistic missiles (ballistic missile)'
    >>> item_as_written("Drones", "drone"), item_as_written("SU-35", "Su-35")
    ('Drones', 'SU-35')
    """
    written, canonical = " ".join(str(text).split()), str(name)
    if not written:
        return canonical
    same = written.lower() in {canonical.lower() + end for end in ("", "s", "es")}
    return written if same else f"{written} ({canonical})"


def transfers_summary(
    article_path: str | Path,
    actors: str = "",
    weapons: str = "",
    extra_actors: tuple = (),
    extra_weapons: tuple = (),
) -> dict:
    """Return ``{"article": path, "article_id": id, "transfers": [row, ...]}``, JSON-ready."""

    article = load_article(article_path)
    lexicons = load_lexicons(actors, weapons, extra_actors, extra_weapons)
    transfers = find_transfers(article, lexicons)
    return {
        "article": str(article_path),
        "article_id": article.id,
        "transfers": transfers.to_dict(orient="records"),
    }
