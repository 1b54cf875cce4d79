"""A state's side never supplies its own side.

A row whose supplier and recipient are both state sides (a country, its government or its
armed forces) of one country tells no transfer between parties: it comes from a side read
in the wrong slot ("announced the jet deal during a meeting with his French counterpart",
the counterpart taken as the buyer of French jets). A state buying from its own industry
keeps its rows: there the supplier is a company.

A row that, after every sentence has been read, names neither side (no supplier written, a
recipient no reference could resolve: "Equipped with a dual satellite system, it can ...")
tells a reader nothing to report and goes too.
"""

from __future__ import annotations

import re

from analysis.transfers import rules
from analysis.transfers.records import Transfer

#: Party types that stand for a state.
STATE_SIDES = frozenset({"country", "government", "military"})
#: Words in a state body's name that make it the state's own industry ("the Ordnance Factory
#: Board", "the Naval Dockyard"): it makes what it supplies, as a company does.
INDUSTRY_NAME = re.compile(
    r"\b(?:Factory|Factories|Works|Arsenal|Dockyard|Shipyard|Industries|Manufacturing|"
    r"Production)\b"
)


def is_industry(name: str, party_type: str) -> bool:
    """True for a side that makes what it supplies: a company, or a state body named as a
    works ("the Ordnance Factory Board")."""
    return party_type == "company" or bool(INDUSTRY_NAME.search(name))


def is_own_state_row(row: Transfer) -> bool:
    """True when both sides are state sides of the same country.

    >>> row = Transfer("France", "France", "Ministry of Defence (France)", "France", "",
    ...                "Rafale", "Rafale", "", "agreed", "", "", "", "", "deal", 1, "",
    ...                0, 0, 0, 0, supplier_type="country", recipient_type="government")
    >>> is_own_state_row(row)
    True
    >>> is_own_state_row(Transfer(**{**row.__dict__, "supplier_type": "company"}))
    False
    >>> is_own_state_row(Transfer(**{**row.__dict__, "supplier": "Ordnance Factory Board",
    ...                              "supplier_type": "government"}))
    False
    """
    return (
        bool(row.supplier_country)
        and row.supplier_country == row.recipient_country
        and row.supplier_type in STATE_SIDES
        and row.recipient_type in STATE_SIDES
        and not is_industry(row.supplier, row.supplier_type)
    )


def drop_own_state_rows(rows: list[Transfer]) -> list[Transfer]:
    """The rows that are not a state side supplying its own side."""
    return [r for r in rows if not is_own_state_row(r)]


def names_no_side(row: Transfer) -> bool:
    """True when neither side is named: no supplier stated, an unresolved recipient (or
    the other way round)."""
    unknown = (rules.NOT_STATED, rules.UNRESOLVED)
    return row.supplier in unknown and row.recipient in unknown


def drop_sideless_rows(rows: list[Transfer]) -> list[Transfer]:
    """The rows that name at least one side."""
    return [r for r in rows if not names_no_side(r)]
