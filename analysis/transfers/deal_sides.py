"""A deal told by its two sides alone: its contents, told next, move between them.

"Peru's navy signed a deal with Navantia on Monday. The deal covers four corvettes." The
first sentence names the deal and both its parties but no item, so it gives no row; the
second names the items but no party. The items move from one of the pair to the other:

- a company and a state (or its ministry or force): the company supplies, the state buys;
- two states: the one whose country makes every item told (the lexicon's maker) supplies;
- anything else (three parties, no maker, a maker outside the pair): two readings are
  possible, and nothing is given.

The deal's sentence must have a deal noun and a verb of settling it ("signed", "inked",
"finalised", "placed"): its contents are ``agreed``. Rows keep ``inferred_from``: the
deal's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from analysis.transfers import rules

#: A deal settled: a deal noun and a verb of signing or placing it in one sentence.
SETTLED_DEAL = re.compile(
    r"(?i)\b(?:signed|inked|sealed|concluded|finali[sz]ed|placed|clinched|struck)\b"
    r"[^.;]*?\b(?:deal|agreement|contract|order|accord)s?\b"
    r"|\b(?:deal|agreement|contract|order|accord)s?\b[^.;]*?\b(?:was|were|has\s+been|have\s+been)"
    r"\s+(?:signed|inked|sealed|concluded|finali[sz]ed|placed|clinched|struck)\b"
)
#: How far back the deal is looked for, in sentences.
REACH = 2


def sides_of_deal_before(
    number: int,
    sentences: Mapping[int, object],
    told: set[int],
    mentions: Sequence,
    items: Sequence,
    origins: Mapping[str, str],
    country_names: Mapping[str, str],
) -> tuple | None:
    """(supplier mention, recipient mention, deal sentence number) of the settled deal told
    by the nearest earlier sentence (within ``REACH``) with no row of its own (``told``:
    the numbers of sentences with rows), else None.

    ``items`` are the weapon mentions the contents sentence names; ``origins`` maps a
    canonical item to its maker's country name.
    """
    for before in range(number - 1, number - REACH - 1, -1):
        sentence = sentences.get(before)
        if sentence is None or before in told:
            continue
        if not SETTLED_DEAL.search(sentence.text):
            return None
        return _oriented(sentence, mentions, items, origins, country_names)
    return None


def _oriented(sentence, mentions, items, origins, country_names) -> tuple | None:
    sides: dict[str, object] = {}
    for m in mentions:
        if m.kind != "actor" or m.type not in rules.PARTY_TYPES:
            continue
        if not sentence.start <= m.start < sentence.end:
            continue
        key = m.name if m.type == "company" else country_names.get(m.country, m.country)
        if key:
            sides.setdefault(key, m)
    if len(sides) != 2:
        return None
    firms = [key for key, m in sides.items() if m.type == "company"]
    if len(firms) == 1:  # "the navy signed a deal with Acme": Acme supplies
        supplier = firms[0]
    elif not firms:  # two states: the one that makes every item told
        makers = {origins.get(m.name, "") for m in items}
        if len(makers) != 1 or not makers <= set(sides):
            return None
        supplier = makers.pop()
    else:
        return None
    recipient = next(key for key in sides if key != supplier)
    return sides[supplier], sides[recipient], sentence.number
