"""Transfer implied: a weapon built in one country in use by another.

"Sudanese forces are using Turkish-built drones" names no transfer verb, but
the drones went from Turkey to Sudan: an ``implied`` row, supplier the country
of origin ("Turkish-built", "Chinese-made", ``transfer_rules.ORIGIN_SUFFIX``
and ``DEMONYM_ENDING``), recipient the user of the weapon (the subject of the
use verb, or the party after "by"). A denial covering the origin makes it
``denied``.
"""

from __future__ import annotations

from analysis.transfers import rules as rules
from analysis.transfers.cues import Cue
from analysis.transfers.reading import SentenceReading, Transfer

__all__ = ["read_implied"]


def read_implied(reading: SentenceReading) -> list[Transfer]:
    """A weapon built in one country in use by another: an implied transfer."""
    rows = []
    for origin in reading.parties:
        suffix = rules.ORIGIN_SUFFIX.match(reading.text[origin.end :])
        if suffix:
            after = origin.end + suffix.end()
            weapon = next((w for w in reading.weapons if after <= w.start <= after + 30), None)
        elif origin.form != origin.name and rules.DEMONYM_ENDING.search(origin.form):
            weapon = next(
                (
                    w
                    for w in reading.weapons
                    if rules.DEMONYM_GAP.fullmatch(reading.text[origin.end : w.start])
                ),
                None,
            )
        else:
            continue
        use = rules.USE_VERBS.search(reading.text)
        if weapon is None or use is None:
            continue
        by = reading.party_after(r"\bby\s+", use.end(), len(reading.text))
        if by and use.start() > weapon.end:
            users = by
        else:
            left = reading.clause_start_before(use.start())
            users = reading.as_parties([reading.first_subject(left, use.start())])
        supplier = reading.as_parties([origin])[0]
        cue = Cue(
            origin.start, weapon.end, "use", "implied", "", reading.text[origin.start : weapon.end]
        )
        status = "denied" if reading.denies(origin.start) else "implied"
        denied_by = reading.denied_by() if status == "denied" else ""
        listed = [weapon]  # "North Korean-made KN-23 and KN-24 missiles"
        for w in reading.weapons:
            gap = reading.text[listed[-1].end : w.start]
            if w.start >= listed[-1].end and rules.LIST_SEPARATOR.fullmatch(gap):
                listed.append(w)
        text = f"{cue.text} … {use.group()}"
        for user in users:
            for w in listed if user.country != supplier.country else []:
                item = (w.name, w.type, w.start, w.end)
                row = reading.make_row(
                    text, supplier, user, item, status, [], denied_by, origin.start
                )
                rows.append(row)
    return rows
