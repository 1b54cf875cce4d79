"""Transfer records: a transfer row, a party, and what a sentence needs from its article.

The bottom of ``analysis.transfers``: plain records, no behaviour. A
``Transfer`` is one item moving from a supplier to a recipient as one
sentence says; its columns are the JSON shape of ``news-analysis transfers``
(fields are only ever added, never renamed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Transfer:
    """One item moving from a supplier to a recipient, as one sentence says.

    ``status`` is the one status of the tables; ``stage`` (sought, offered,
    planned, agreed, delivered, ongoing, in use), ``polarity`` (denied,
    negated or "") and ``modality`` (possible or "") are its parts, read
    apart. ``quantity`` is the number as written ("12 more", "30 units");
    ``inferred_from`` names the earlier sentence a party was taken from.
    """

    supplier: str
    supplier_country: str
    recipient: str
    recipient_country: str
    directed_by: str  # the actor it is done for or ordered by ("at the direction of X")
    item: str  # canonical name, or the article's words for unlisted equipment
    item_text: str  # the item as the article writes it
    category: str
    status: str
    hedges: str
    attributed_to: str  # the outermost source: who the article says says so
    according_to: str  # sources inside it, with their verb: "Peru (announced)"
    denied_by: str
    cue: str
    sentence_number: int
    sentence: str
    start: int  # sentence offsets in Article.text
    end: int
    item_start: int  # item offsets in Article.text
    item_end: int
    supplier_text: str = ""  # the words naming each party in the sentence
    recipient_text: str = ""
    stage: str = ""
    polarity: str = ""
    modality: str = ""
    quantity: str = ""
    inferred_from: str = ""  # sentence number a party was inferred from, if any
    supplier_type: str = ""  # the lexicon's type of each party (country, government, company ...)
    recipient_type: str = ""


COLUMNS = [f.name for f in fields(Transfer)]


@dataclass(frozen=True)
class Party:
    """A side of a transfer: canonical name, country, words, offsets in the article."""

    name: str
    country: str = ""
    text: str = ""
    start: int = -1
    end: int = -1


@dataclass
class SentenceContext:
    """What a sentence needs from the rest of the article.

    ``country_names`` maps ISO3 codes to country names (for roll-up);
    ``previous_subjects`` are the actors that were subjects in the previous
    sentence; ``sources`` are this sentence's own sources; ``inherited_source``
    is the speaker of the quotation the sentence belongs to, if any;
    ``quote_open`` says the sentence starts inside a quotation;
    ``earlier_weapons`` are the weapons named before, for a designation
    written alone later ("the K-9 guns" after "the K-9 Thunder howitzer");
    ``armed_groups`` maps a country to the one armed group of it the article names, the side
    "Yemeni rebels" stands for; ``earlier_forces`` the armed services named before, the one
    "the military" stands for when a sentence does not name it; ``earlier_companies`` the
    companies named before, the one "the company" stands for; ``item_acronyms`` the short
    forms the article defines for items ("armoured security vehicles (ASV)");
    ``previous_states`` the states (countries, governments, forces) the sentence before names,
    the one "the kingdom" stands for when no subject tells it.
    """

    country_names: Mapping[str, str] = field(default_factory=dict)
    previous_subjects: Sequence = ()
    sources: Sequence = ()
    inherited_source: str = ""
    quote_open: bool = False
    earlier_weapons: Sequence = ()  # weapon mentions of earlier sentences ("the K-9" -> K9 Thunder)
    previous_weapons: Sequence = ()  # weapon mentions of the sentence before ("them")
    weapon_sentences: Mapping[int, int] = field(default_factory=dict)  # start -> sentence no.
    armed_groups: Mapping[str, str] = field(default_factory=dict)  # ISO3 -> the one group named
    earlier_forces: Sequence = ()  # armed-service mentions of earlier sentences ("the army")
    earlier_companies: Sequence = ()  # company mentions of earlier sentences ("the company")
    item_acronyms: frozenset = frozenset()  # short forms the article gives items ("ASV")
    previous_states: Sequence = ()  # state mentions of the sentence before ("the kingdom")
    officials: frozenset = frozenset()  # people the article gives a state office (officials.py)


def drop_repeats(rows: list[Transfer]) -> list[Transfer]:
    """The rows with the same sides, item, status and sentence kept once, first first."""
    seen, kept = set(), []
    for row in rows:
        key = (row.supplier, row.recipient, row.item, row.status, row.sentence_number)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept
