"""A supplier written as the group of bodies named before: "the two Peruvian organisations".

"The Acme Trust and the Brisco Fund will donate a patrol vessel to Chile. ... The two
Peruvian organisations will also donate a smaller boat." The later subject is a
number or "both", maybe a demonym, and a plural noun of bodies (organisations, companies,
firms, foundations, ...): it stands for the bodies that supplied the same recipient in the
nearest earlier sentence, each of which supplies again (one row each). The demonym alone
would give the state ("Peru"), which the text never says supplies.

Only when that earlier sentence names exactly as many suppliers as the number says, all
companies or organisations (no state) and none of another country than the demonym's;
otherwise the group could mean other bodies and the row is left as the sentence read it.
Each row keeps ``inferred_from``: the sentence that named the bodies.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from analysis.transfers import rules
from analysis.transfers.records import Transfer

#: Plural nouns of bodies that are not states.
BODY_NOUNS = (
    r"organi[sz]ations|companies|firms|foundations|groups|manufacturers|makers|shipbuilders|"
    r"shipyards|contractors|suppliers|charities|agencies|corporations"
)
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
#: "the two Peruvian organizations", "both firms", "the three defence companies".
GROUP = re.compile(
    r"(?i)\b(?:the\s+(?P<n>two|three|four)|(?P<both>both)(?:\s+the)?)\s+"
    r"(?P<words>(?:[\w-]+\s+){0,2}?)(?:" + BODY_NOUNS + r")\b"
)
BODY_TYPES = ("company", "organisation")


def fill_group_suppliers(
    rows: list[Transfer], mentions: Sequence, country_names: Mapping
) -> list[Transfer]:
    """Give a row whose supplier is written "the two ... organisations" the bodies that
    supplied its recipient in the nearest earlier sentence, one row each."""
    bodies = {m.name: m for m in mentions if m.kind == "actor"}
    out: list[Transfer] = []
    for row in rows:
        group = _group_of(row)
        named = _bodies_before(row, out, group, bodies, country_names) if group else []
        if not named:
            out.append(row)
            continue
        for source, body in named:
            out.append(
                replace(
                    row,
                    supplier=body.name,
                    supplier_country=body.name,
                    supplier_text=group.group(0),
                    inferred_from=str(source.sentence_number),
                )  # fmt: skip
            )
    return out


def _group_of(row: Transfer) -> re.Match | None:
    """The group noun phrase the row's supplier was read from, if any."""
    for group in GROUP.finditer(row.sentence):
        if row.supplier_text and row.supplier_text in group.group(0):
            return group
        if not row.supplier_text and row.supplier in (rules.NOT_STATED, rules.UNRESOLVED):
            return group
    return None


def _bodies_before(
    row: Transfer, before: list[Transfer], group: re.Match, bodies: Mapping, country_names: Mapping
) -> list[tuple[Transfer, object]]:
    if row.recipient in (rules.NOT_STATED, rules.UNRESOLVED):
        return []
    key = row.recipient_country or row.recipient
    earlier = [
        r for r in before
        if r.sentence_number < row.sentence_number
        and (r.recipient_country or r.recipient) == key
        and r.supplier not in (rules.NOT_STATED, rules.UNRESOLVED)
    ]  # fmt: skip
    if not earlier:
        return []
    nearest = max(r.sentence_number for r in earlier)
    suppliers = {r.supplier: r for r in earlier if r.sentence_number == nearest}
    wanted = NUMBERS[(group.group("n") or group.group("both")).lower()]
    found = [(r, bodies.get(name)) for name, r in suppliers.items()]
    if len(found) != wanted or any(b is None or b.type not in BODY_TYPES for _, b in found):
        return []
    written = row.supplier_text and row.supplier_text in group.group("words")
    demonym = row.supplier_country if written else ""
    countries = {country_names.get(b.country, b.country) for _, b in found if b.country}
    if demonym and countries - {demonym}:
        return []  # "the two Peruvian firms" after a Chilean and a Peruvian firm: not these
    return found
