"""A named weapon in a side's use: its maker country is the supplier of an implied row.

"Peru's air force flies the F-16" names no seller, but the F-16 is American (the weapon
lexicon's origin country): the conventions count a foreign-made weapon in someone's use
as an ``implied`` transfer from its maker. The sentence reader already finds who holds
or uses an item (a use verb, "in service with", a possessor with "X-made"); when the
item's phrase writes no maker ("Chilean-made"), ``origin_parties`` gives the maker
country of each named system in it. A generic class word ("jets", "drones") has no origin
and gives nothing; a system the lexicon knows no origin for gives nothing.

Verbs of one act with a weapon ("used HIMARS to hit positions", "launched Kalibr missiles at
Kyiv", "fired a missile") tell an attack, not whose arsenal the weapon is in (a launched
drone may be built under licence at home): they give no origin row; a maker the sentence
writes ("Iranian-made") still counts. Holding verbs and nouns do ("operates", "flies",
"deployed", "in service with", "Peru's F-16s").

The supplier is not written in the sentence, so the party keeps the weapon's words and
offsets: a reader can trace the row to the name the origin was read from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from analysis.transfers.records import Party
from analysis.transfers.rules import word_set

#: Use verbs that tell one act (often an attack), where the lexicon's origin is not read.
ACT_VERBS = word_set("use employ launch fire")


def origin_parties(weapons: Iterable, country_names: Mapping[str, str]) -> list[Party]:
    """Return one party per maker country of the named ``weapons`` (lexicon mentions).

    A mention counts when it has an origin country (``country``); the party is named by
    the country's name and carries the weapon's words and offsets.

    >>> from types import SimpleNamespace as M
    >>> jet = M(name="F-16", country="USA", start=10, end=14, form="F-16")
    >>> jets = M(name="aircraft (generic)", country="", start=15, end=19, form="jets")
    >>> [(p.name, p.text) for p in origin_parties([jet, jets], {"USA": "United States"})]
    [('United States', 'F-16')]
    """
    out: list[Party] = []
    for weapon in weapons:
        code = getattr(weapon, "country", "")
        if not code:
            continue
        name = country_names.get(code, code)
        if name in {p.name for p in out}:
            continue
        out.append(Party(name, name, weapon.form, weapon.start, weapon.end))
    return out


def _key(row, role: str) -> str:
    return getattr(row, f"{role}_country") or getattr(row, role)


def drop_told_uses(rows: list) -> list:
    """Drop an ``implied`` row whose holder the article names as receiving the same item.

    "Chile bought F-16 jets from the Netherlands. The F-16 is in service with Chile.": the
    use is the bought jets seen again, not a second transfer from their maker; a row that
    tells how the item came (any status but implied) stands for it.

    >>> from analysis.transfers.records import Transfer
    >>> def row(sup, rec, status, item="F-16"):
    ...     return Transfer(sup, sup, rec, rec, "", item, item, "", status, "", "",
    ...                     "", "", "send", 1, "", 0, 0, 0, 0)
    >>> rows = [row("NLD", "CHL", "delivered"), row("USA", "CHL", "implied")]
    >>> [r.supplier for r in drop_told_uses(rows)]
    ['NLD']
    >>> [r.supplier for r in drop_told_uses([rows[1], row("USA", "PER", "agreed")])]
    ['USA', 'USA']
    """
    told = {(_key(r, "recipient"), r.item) for r in rows if r.status != "implied"}
    return [r for r in rows if r.status != "implied" or (_key(r, "recipient"), r.item) not in told]
